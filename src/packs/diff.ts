// What changed between two versions of a pack, in words a release note can use.
import type { Claim, Pack } from '../claims/model.ts';
import { formatFigure } from '../match/format.ts';

export interface PackDiff {
  added: Claim[];
  removed: Claim[];
  changed: { before: Claim; after: Claim; fields: (keyof Claim)[] }[];
  eventsAdded: string[];
  eventsRemoved: string[];
  sourcesAdded: string[];
  sourcesRemoved: string[];
}

const FIELDS: (keyof Claim)[] = ['eventId', 'sourceId', 'category', 'low', 'high', 'approx', 'qualifier', 'reportedAt', 'url', 'supersedes', 'quote', 'note'];

export function diffPacks(before: Pack, after: Pack): PackDiff {
  const old = new Map(before.claims.map((c) => [c.id, c]));
  const neu = new Map(after.claims.map((c) => [c.id, c]));
  const changed: PackDiff['changed'] = [];
  for (const [id, a] of neu) {
    const b = old.get(id);
    if (!b) continue;
    const fields = FIELDS.filter((f) => JSON.stringify(a[f] ?? null) !== JSON.stringify(b[f] ?? null));
    if (fields.length) changed.push({ before: b, after: a, fields });
  }
  const ids = <T extends { id: string }>(xs: T[]) => new Set(xs.map((x) => x.id));
  const be = ids(before.events); const ae = ids(after.events);
  const bs = ids(before.sources); const as = ids(after.sources);
  return {
    added: after.claims.filter((c) => !old.has(c.id)),
    removed: before.claims.filter((c) => !neu.has(c.id)),
    changed,
    eventsAdded: [...ae].filter((e) => !be.has(e)),
    eventsRemoved: [...be].filter((e) => !ae.has(e)),
    sourcesAdded: [...as].filter((s) => !bs.has(s)),
    sourcesRemoved: [...bs].filter((s) => !as.has(s)),
  };
}

export function formatDiff(before: Pack, after: Pack, d: PackDiff = diffPacks(before, after)): string {
  const sourceName = (id: string) => after.sources.find((s) => s.id === id)?.name ?? before.sources.find((s) => s.id === id)?.name ?? id;
  const eventTitle = (id: string) => after.events.find((e) => e.id === id)?.title ?? before.events.find((e) => e.id === id)?.title ?? id;
  const describe = (c: Claim) => `${sourceName(c.sourceId)}: ${formatFigure(c)} ${c.category}${c.reportedAt ? ` (${c.reportedAt})` : ''} — ${eventTitle(c.eventId)}`;
  const lines = [`${after.title}: version ${before.version} → ${after.version}`];
  const summary = `${d.added.length} claim${d.added.length === 1 ? '' : 's'} added, ${d.changed.length} changed, ${d.removed.length} removed`;
  lines.push(summary);
  for (const e of d.eventsAdded) lines.push(`New event: ${eventTitle(e)}`);
  for (const e of d.eventsRemoved) lines.push(`Event removed: ${eventTitle(e)}`);
  for (const s of d.sourcesAdded) lines.push(`New source: ${sourceName(s)}`);
  for (const s of d.sourcesRemoved) lines.push(`Source removed: ${sourceName(s)}`);
  for (const c of d.added) lines.push(`+ Added: ${describe(c)}${c.supersedes ? ` (revises ${c.supersedes})` : ''}${c.quote ? `\n    "${c.quote}"` : ''}`);
  for (const { before: b, after: a, fields } of d.changed) {
    const what = fields.map((f) => f === 'low' || f === 'high' ? `figure ${formatFigure(b)} → ${formatFigure(a)}` : `${f} ${JSON.stringify(b[f] ?? null)} → ${JSON.stringify(a[f] ?? null)}`);
    lines.push(`~ Changed: ${describe(a)}: ${[...new Set(what)].join('; ')}`);
  }
  for (const c of d.removed) lines.push(`- Removed: ${describe(c)}`);
  return `${lines.join('\n')}\n`;
}
