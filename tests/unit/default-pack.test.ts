import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { factsToPack, type CuratedSource, type FactEvent } from '../../src/claims/facts-to-pack.ts';
import type { Pack } from '../../src/claims/model.ts';

const facts = JSON.parse(readFileSync('data/events.json', 'utf8')) as FactEvent[];
const shipped = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;

describe('the default claim pack', () => {
  it('is a copy of the researched facts', () => {
    expect(readFileSync('data/events.json', 'utf8')).toBe(readFileSync('../shared/facts/events.json', 'utf8'));
  });

  it('is what the build script makes from them (regenerate with npm run pack:default)', () => {
    const { sources } = JSON.parse(readFileSync('data/sources.json', 'utf8')) as { sources: CuratedSource[] };
    expect(factsToPack(facts, sources, { version: shipped.version, publishedAt: shipped.publishedAt })).toEqual(shipped);
  });

  it('keeps every figure with its citation, date and source', () => {
    const figures = facts.flatMap((e) => e.figures.map((f) => ({ e, f })));
    expect(shipped.claims).toHaveLength(figures.length);
    for (const { e, f } of figures) {
      const c = shipped.claims.find((x) => x.eventId === e.id && x.url === f.citation_url && x.low === f.value.low && x.high === f.value.high && x.category === f.category);
      expect(c, `${e.id} ${f.source_name} ${f.value.low}`).toBeDefined();
      expect(c!.reportedAt).toBe(f.reported_date);
    }
  });

  it('has references that resolve and ids that are unique', () => {
    const sources = new Set(shipped.sources.map((s) => s.id));
    const events = new Set(shipped.events.map((e) => e.id));
    const ids = new Set(shipped.claims.map((c) => c.id));
    expect(ids.size).toBe(shipped.claims.length);
    for (const c of shipped.claims) {
      expect(sources.has(c.sourceId)).toBe(true);
      expect(events.has(c.eventId)).toBe(true);
      if (c.supersedes) expect(ids.has(c.supersedes)).toBe(true);
      if (c.low !== null && c.high !== null) expect(c.low).toBeLessThanOrEqual(c.high);
    }
  });
});
