// For maintainers: what a correction would change in a pack's source files, and applying
// the accepted ones so that `pack build` and `pack diff` show the change.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Source } from '../claims/model.ts';
import { readEventFiles, readSources, type EventFile } from '../packs/source-files.ts';
import { KINDS, type Correction } from './format.ts';
import { normalizeName } from '../match/normalize.ts';
import { formatFigure } from '../match/format.ts';

interface PackSource {
  dir: string;
  sources: Source[];
  events: Map<string, { file: string; event: EventFile }>;
}

export function readPackSource(dir: string): PackSource {
  return { dir, sources: readSources(dir), events: new Map(readEventFiles(dir).map(({ file, event }) => [event.id, { file, event }])) };
}

function findSource(src: PackSource, name: string): Source | undefined {
  const n = normalizeName(name);
  return src.sources.find((s) => normalizeName(s.name) === n || s.aliases.some((a) => normalizeName(a) === n));
}

export interface Plan {
  correction: Correction;
  /** what would change, in words */
  change: string;
  /** whether the citation is not yet anywhere in the pack */
  newCitation: boolean | null;
  apply: ((src: PackSource) => void) | null;
}

export function planCorrection(c: Correction, src: PackSource): Plan {
  const allClaims = [...src.events.values()].flatMap((e) => e.event.claims);
  const newCitation = c.proposed ? !allClaims.some((x) => x.url === c.proposed!.citationUrl) : null;
  const entry = c.event ? src.events.get(c.event.id) : undefined;
  const plan = (change: string, apply: Plan['apply'] = null): Plan => ({ correction: c, change, newCitation, apply });
  if (!c.proposed) return plan(`${KINDS[c.kind]}: nothing to change in the pack (an extraction or matching report).`);
  if (!entry) return plan(`the event ${c.event ? `"${c.event.id}"` : '(none)'} is not in this pack: add the event first.`);
  const p = c.proposed;
  const existing = c.claim && c.claim.packId ? entry.event.claims.find((x) => x.id === c.claim!.id) : undefined;
  const sourceOf = (s: PackSource) => {
    let source = findSource(s, p.source);
    if (!source) {
      const id = normalizeName(p.source).replace(/ /g, '-').slice(0, 60) || `source-${c.id.slice(0, 8)}`;
      source = { id, name: p.source, type: 'media', aliases: [p.source] };
      s.sources.push(source);
    }
    return source;
  };
  const newClaim = (source: Source, supersedes: string | null): Omit<Claim, 'eventId'> => ({
    id: `${entry.event.id}/corr-${c.id.slice(0, 8)}`, sourceId: source.id, category: p.category, low: p.low, high: p.high, approx: false,
    qualifier: c.note || `correction ${c.id}`, reportedAt: p.reportedAt, url: p.citationUrl, supersedes,
  });
  const figureText = formatFigure(p);
  if (c.kind === 'wrong-figure' && existing) {
    // the old quote stated the old figure from the old citation: it goes (pack build would refuse it)
    const dropsQuote = existing.quote ? '; its quote goes with the old figure (add one from the new citation)' : '';
    return plan(`change claim ${existing.id} (${formatFigure(existing)} ${existing.category}) to ${figureText} ${p.category}, citing ${p.citationUrl}${dropsQuote}`, () => {
      Object.assign(existing, { low: p.low, high: p.high, category: p.category, url: p.citationUrl, ...(p.reportedAt ? { reportedAt: p.reportedAt } : {}) });
      delete existing.quote;
    });
  }
  if (c.kind === 'claim-revised' && existing) {
    return plan(`add ${p.source}'s revised figure ${figureText} ${p.category}, superseding claim ${existing.id} (${formatFigure(existing)})`, (s) => {
      const source = sourceOf(s);
      entry.event.claims.push(newClaim(source, existing.sourceId === source.id ? existing.id : null));
    });
  }
  const known = findSource(src, p.source);
  return plan(`add a claim: ${p.source}${known ? '' : ' (a new source)'}: ${figureText} ${p.category} about ${entry.event.id}`, (s) => {
    entry.event.claims.push(newClaim(sourceOf(s), null));
  });
}

export function formatPlans(plans: Plan[]): string {
  return `${plans.map((p) => {
    const c = p.correction;
    return [
      `${c.id}  ${KINDS[c.kind]}  (${c.createdAt.slice(0, 10)})`,
      `  found: "${c.found.text}" ${c.found.category} on ${c.page.url}`,
      `  would: ${p.change}`,
      p.newCitation === null ? '' : `  citation: ${c.proposed!.citationUrl} ${p.newCitation ? '(new to this pack)' : '(already cited in this pack)'}`,
      c.note ? `  note: ${c.note}` : '',
    ].filter(Boolean).join('\n');
  }).join('\n\n')}\n`;
}

/** Applies the plans with the given ids; returns what was applied and what could not be. */
export function applyCorrections(dir: string, corrections: Correction[], ids: Set<string>): { applied: string[]; skipped: string[] } {
  const src = readPackSource(dir);
  const applied: string[] = [];
  const skipped: string[] = [];
  const touched = new Set<string>();
  for (const c of corrections) {
    if (!ids.has(c.id)) continue;
    const p = planCorrection(c, src);
    if (!p.apply) { skipped.push(`${c.id}: ${p.change}`); continue; }
    p.apply(src);
    applied.push(`${c.id}: ${p.change}`);
    if (c.event) touched.add(c.event.id);
  }
  for (const id of touched) {
    const e = src.events.get(id)!;
    writeFileSync(e.file, `${JSON.stringify(e.event, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(src.sources, null, 2)}\n`);
  for (const id of ids) if (!corrections.some((c) => c.id === id)) skipped.push(`${id}: not in the file`);
  return { applied, skipped };
}
