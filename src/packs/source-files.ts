// A pack's human-editable source: one directory, reviewed in pull requests.
//   DIR/pack.json      id, title, version, publishedAt (optional), expires, homepage, corrections
//   DIR/sources.json   [ { id, name, type, aliases } ]
//   DIR/events/*.json  one event per file: { id, title, names?, aliases, places, date, dateEnd?, keywords, claims: [...] }
//                      (each claim without eventId: the file gives it)
// `buildPack` checks everything and returns the canonical pack: sorted, fixed key order.
import { readFileSync, readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Pack, Source, TrackedEvent } from '../claims/model.ts';
import { validatePack, PACK_FORMAT } from './validate.ts';
import { quoteProblems } from './quotes.ts';

export interface EventFile extends TrackedEvent { claims: Omit<Claim, 'eventId'>[] }

/** A file of claims this pack adds to another pack's event: { "extends": "packId:eventId", "claims": [...] }. */
export interface ExtensionFile { extends: string; claims: Omit<Claim, 'eventId'>[] }

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(`${path}: ${(e as Error).message}`);
  }
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Key order is part of the canonical form, so that builds of the same source are byte-identical. */
export function canonicalPack(p: Pack): Pack {
  const source = (s: Source): Source => ({ id: s.id, name: s.name, type: s.type, aliases: s.aliases });
  const event = (e: TrackedEvent): TrackedEvent => ({
    id: e.id, title: e.title, ...(e.names?.length ? { names: e.names } : {}), aliases: e.aliases, places: e.places, date: e.date,
    ...(e.dateEnd ? { dateEnd: e.dateEnd } : {}), keywords: e.keywords,
  });
  const claim = (c: Claim): Claim => ({
    id: c.id, eventId: c.eventId, sourceId: c.sourceId, category: c.category, low: c.low, high: c.high, approx: c.approx,
    qualifier: c.qualifier, reportedAt: c.reportedAt, url: c.url, supersedes: c.supersedes, ...(c.quote ? { quote: c.quote } : {}),
    ...(c.note ? { note: c.note } : {}),
  });
  return {
    format: PACK_FORMAT,
    id: p.id,
    title: p.title,
    version: p.version,
    publishedAt: p.publishedAt,
    ...(p.expires !== undefined ? { expires: p.expires } : {}),
    ...(p.homepage ? { homepage: p.homepage } : {}),
    ...(p.corrections ? { corrections: p.corrections } : {}),
    sources: [...p.sources].sort(byId).map(source),
    events: [...p.events].sort(byId).map(event),
    claims: [...p.claims].sort(byId).map(claim),
  };
}

export function serializePack(p: Pack): string {
  return `${JSON.stringify(p, null, 1)}\n`;
}

/** The sources of a source tree. */
export function readSources(dir: string): Source[] {
  return readJson(join(dir, 'sources.json')) as Source[];
}

/** The event files of a source tree, in name order, each with its path (to write it back). */
export function readEventFiles(dir: string): { name: string; file: string; event: EventFile }[] {
  const eventsDir = join(dir, 'events');
  return readdirSync(eventsDir).filter((n) => n.endsWith('.json')).sort()
    .map((name) => ({ name, file: join(eventsDir, name), event: readJson(join(eventsDir, name)) as EventFile }));
}

export function buildPack(dir: string, now = new Date()): { pack: Pack } | { errors: string[] } {
  const errors: string[] = [];
  const meta = readJson(join(dir, 'pack.json')) as Partial<Pack>;
  const sources = readSources(dir);
  const eventsDir = join(dir, 'events');
  const events: TrackedEvent[] = [];
  const claims: Claim[] = [];
  if (!existsSync(eventsDir)) errors.push(`${eventsDir}: missing (one JSON file per event)`);
  else {
    for (const { name: f, event: e } of readEventFiles(dir)) {
      if (!e || typeof e !== 'object' || !Array.isArray(e.claims)) { errors.push(`events/${f}: needs an event object with a "claims" array`); continue; }
      // claims added to another pack's event: the event stays that pack's, with its names, places and date
      const extending = (e as unknown as Partial<ExtensionFile>).extends;
      if (typeof extending === 'string' && !/^[^:]+:[^:]+$/.test(extending)) { errors.push(`events/${f}: "extends" must be packId:eventId`); continue; }
      const { claims: eventClaims, ...event } = e;
      if (!extending) events.push(event);
      const eventId = extending ?? e.id;
      for (const c of eventClaims) {
        if ('eventId' in c && (c as Claim).eventId !== eventId) errors.push(`events/${f}: claim "${c.id}" names event "${(c as Claim).eventId}"; leave eventId out`);
        claims.push({ ...c, eventId } as Claim);
      }
    }
  }
  if (errors.length) return { errors };
  const pack = canonicalPack({
    format: PACK_FORMAT,
    ...meta,
    publishedAt: meta.publishedAt ?? now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    sources, events, claims,
  } as Pack);
  const v = validatePack(pack);
  if (!v.ok) return { errors: v.errors };
  // a maintainer cannot ship a claim its own quote does not state
  const quoteErrors = quoteProblems(pack);
  if (quoteErrors.length) return { errors: quoteErrors };
  return { pack };
}

/** The file of one event in a source folder (an id's slashes and colons made safe for a file name). */
export function eventFilePath(dir: string, id: string): string {
  return join(dir, 'events', `${id.replace(/[^A-Za-z0-9._-]/g, '_')}.json`);
}

/** Writes a pack back into source files (for starting a source tree from a built pack). */
export function writePackSource(pack: Pack, dir: string): void {
  mkdirSync(join(dir, 'events'), { recursive: true });
  const { sources, events, claims, format: _f, ...meta } = pack;
  writeFileSync(join(dir, 'pack.json'), `${JSON.stringify(meta, null, 2)}\n`);
  writeFileSync(join(dir, 'sources.json'), `${JSON.stringify(sources, null, 2)}\n`);
  const file = (id: string) => eventFilePath(dir, id);
  for (const e of events) {
    const own = claims.filter((c) => c.eventId === e.id).map(({ eventId: _e, ...c }) => c);
    writeFileSync(file(e.id), `${JSON.stringify({ ...e, claims: own }, null, 2)}\n`);
  }
  // claims added to other packs' events, one file per event they extend
  for (const target of new Set(claims.filter((c) => c.eventId.includes(':')).map((c) => c.eventId))) {
    const added = claims.filter((c) => c.eventId === target).map(({ eventId: _e, ...c }) => c);
    writeFileSync(file(`extends-${target}`), `${JSON.stringify({ extends: target, claims: added } satisfies ExtensionFile, null, 2)}\n`);
  }
}
