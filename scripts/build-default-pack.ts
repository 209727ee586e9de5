// Regenerates public/packs/default.json from data/events.json (a copy of the researched
// facts) and data/sources.json (curated source names and aliases).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { factsToPack, quoteSupports, type CuratedSource, type FactEvent } from '../src/claims/facts-to-pack.ts';

const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as FactEvent[];
const { sources } = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: CuratedSource[] };
const pack = factsToPack(events, sources, { version: 1, publishedAt: '2026-11-26T00:00:00Z' });
mkdirSync('public/packs', { recursive: true });
writeFileSync('public/packs/default.json', `${JSON.stringify(pack, null, 1)}\n`);
const quoted = pack.claims.filter((c) => c.quote).length;
console.log(`public/packs/default.json: ${pack.events.length} events, ${pack.sources.length} sources, ${pack.claims.length} claims, ${quoted} with a quote`);
// the researched quotes that do not state their figure stay out of the pack: say which, for the facts' maintainers
for (const e of events) {
  for (const f of e.figures) {
    if (f.quote && !quoteSupports(f)) {
      console.log(`  left out: ${e.id} ${f.source_name} ${f.category} ${f.value.low ?? ''}–${f.value.high ?? ''}: the quote does not state it as such: "${f.quote}"`);
    }
  }
}
