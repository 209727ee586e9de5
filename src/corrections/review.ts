// For maintainers: what a correction would change in a pack's source files, and applying
// the accepted ones so that `pack build` and `pack diff` show the change.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Source } from '../claims/model.ts';
import { quoteCategoryClash, quoteStatesFigure } from '../packs/quotes.ts';
import { eventFilePath, readEventFiles, readSources, type EventFile } from '../packs/source-files.ts';
import { KINDS, type Correction } from './format.ts';
import { normalizeName, slugOf } from '../match/normalize.ts';
import { formatFigure } from '../match/format.ts';

interface PackSource {
  dir: string;
  sources: Source[];
  events: Map<string, { file: string; event: EventFile }>;
}

export function readPackSource(dir: string): PackSource {
  return { dir, sources: readSources(dir), events: new Map(readEventFiles(dir).map(({ file, event }) => [event.id, { file, event }])) };
}

/**
 * The pack's source a name stands for. An alias in lower case ("officials", "police") is a
 * description, not a name: it stands for a source only about an event that source already
 * reports on, so "officials" in Tunisia never becomes the Ukrainian authorities.
 */
function findSource(src: PackSource, name: string, eventClaims: { sourceId: string }[] = []): Source | undefined {
  const n = normalizeName(name);
  const reporting = new Set(eventClaims.map((c) => c.sourceId));
  return src.sources.find((s) => normalizeName(s.name) === n)
    ?? src.sources.find((s) => s.aliases.some((a) => normalizeName(a) === n && (a !== a.toLowerCase() || reporting.has(s.id))));
}

export interface Plan {
  correction: Correction;
  /** what would change, in words */
  change: string;
  /** whether the citation is not yet anywhere in the pack */
  newCitation: boolean | null;
  apply: ((src: PackSource) => void) | null;
  /** the event whose file the change writes */
  eventId: string | null;
}

export function planCorrection(c: Correction, src: PackSource): Plan {
  const allClaims = [...src.events.values()].flatMap((e) => e.event.claims);
  const newCitation = c.proposed ? !allClaims.some((x) => x.url === c.proposed!.citationUrl) : null;
  const eventId = c.event?.id ?? (c.kind === 'new-event' ? c.newEvent?.id ?? null : null);
  const plan = (change: string, apply: Plan['apply'] = null): Plan => ({ correction: c, change, newCitation, apply, eventId: apply ? eventId : null });
  if (!c.proposed) return plan(`${KINDS[c.kind]}: nothing to change in the pack (an extraction or matching report).`);
  let entry = eventId ? src.events.get(eventId) : undefined;
  // a proposed event is created by the first accepted proposal about it, and joined by the others
  const creates = !entry && c.kind === 'new-event' && c.newEvent ? c.newEvent : null;
  if (creates && !creates.date) return plan(`the page gives no date for the proposed event "${creates.title}": add the event by hand first.`);
  if (!entry && !creates) return plan(`the event ${eventId ? `"${eventId}"` : '(none)'} is not in this pack: add the event first.`);
  const ensureEntry = (s: PackSource) => {
    entry ??= s.events.get(creates!.id);
    if (!entry) {
      entry = {
        file: eventFilePath(s.dir, creates!.id),
        event: { id: creates!.id, title: creates!.title, aliases: [], places: [...creates!.places], date: creates!.date!, keywords: [], claims: [] },
      };
      s.events.set(creates!.id, entry);
    }
    return entry;
  };
  const p = c.proposed;
  const figureText = formatFigure(p);
  const claims = entry?.event.claims ?? [];
  const known = findSource(src, p.source, claims);
  if (known && claims.some((x) => x.sourceId === known.id && x.low === p.low && x.high === p.high && x.category === p.category && x.url === p.citationUrl)) {
    return plan(`already in the pack: ${known.name}'s ${figureText} ${p.category} about ${eventId}, citing ${p.citationUrl}`);
  }
  const existing = c.claim && c.claim.packId ? claims.find((x) => x.id === c.claim!.id) : undefined;
  const sourceOf = (s: PackSource) => {
    let source = findSource(s, p.source, entry?.event.claims);
    if (!source) {
      const base = slugOf(p.source) || `source-${c.id.slice(0, 8)}`;
      let id = base;
      for (let k = 2; s.sources.some((x) => x.id === id); k++) id = `${base}-${k}`;
      source = { id, name: p.source, type: 'media', aliases: [p.source] };
      s.sources.push(source);
    }
    return source;
  };
  // a figure harvested from the page it cites: the page's sentence is its quote, the figure as written its qualifier
  const fromPage = p.citationUrl === c.page.url;
  const quote = fromPage && c.quote && quoteStatesFigure({ ...p, quote: c.quote }) && !quoteCategoryClash({ ...p, quote: c.quote }) ? c.quote : null;
  const newClaim = (event: string, source: Source, supersedes: string | null): Omit<Claim, 'eventId'> => ({
    id: `${event}/${c.id.startsWith('h-') ? `harvest-${c.id.slice(2, 14)}` : `corr-${c.id.slice(0, 8)}`}`, sourceId: source.id, category: p.category, low: p.low, high: p.high, approx: p.approx ?? false,
    qualifier: c.note || (fromPage ? c.found.text : `correction ${c.id}`), reportedAt: p.reportedAt, url: p.citationUrl, supersedes,
    ...(quote ? { quote } : {}),
  });
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
      entry!.event.claims.push(newClaim(entry!.event.id, source, existing.sourceId === source.id ? existing.id : null));
    });
  }
  const what = `${p.source}${known ? '' : ' (a new source)'}: ${figureText} ${p.category}`;
  const where = creates ? `a new event "${creates.title}" (${[...creates.places, creates.date].join(', ')}) as ${creates.id}` : eventId;
  return plan(`add a claim: ${what} about ${where}${quote ? ', quoting the page' : ''}`, (s) => {
    const e = ensureEntry(s);
    e.event.claims.push(newClaim(e.event.id, sourceOf(s), null));
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
    if (p.eventId) touched.add(p.eventId);
  }
  if (touched.size) mkdirSync(join(dir, 'events'), { recursive: true });
  for (const id of touched) {
    const e = src.events.get(id)!;
    writeFileSync(e.file, `${JSON.stringify(e.event, null, 2)}\n`);
  }
  writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(src.sources, null, 2)}\n`);
  for (const id of ids) if (!corrections.some((c) => c.id === id)) skipped.push(`${id}: not in the file`);
  return { applied, skipped };
}
