// UCDP Georeferenced Event Dataset rows → a claim pack: each GED event becomes an event
// known by its place and day only (its place and district as spellings of the place, region
// and country as wider places), so matching always needs a date that fits; UCDP's
// low/best/high is a claim of UCDP (an independent tracker); a source gets a claim only for a
// figure the row's headline states with it, quoted.
import type { Claim, Pack, Source, TrackedEvent } from '../claims/model.ts';
import { canonicalPack } from './source-files.ts';
import { extractMentions } from '../extract/extract.ts';
import { slugOf } from '../match/normalize.ts';

/** RFC 4180 CSV: quoted fields, doubled quotes, commas and newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field); field = '';
      if (row.length > 1 || row[0] !== '') rows.push(row);
      row = [];
    } else field += ch;
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

const REQUIRED = ['id', 'dyad_name', 'date_start', 'date_end', 'where_description', 'country', 'best', 'low', 'high', 'source_original', 'source_date'];

const slug = (s: string) => slugOf(s) || 'source';

/**
 * A GED date as real extracts give it: ISO ("2014-01-22 00:00:00.000") or exported from a
 * spreadsheet ("1/22/2014 12:00:00 AM", month first). Null when it is neither, or no real day.
 */
export function gedDay(s: string): string | null {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]|$)/.exec(t);
  if (m) return realDay(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s|$)/.exec(t);
  if (m) return realDay(+m[3], +m[1], +m[2]);
  return null;
}

function realDay(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function count(s: string, what: string, row: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`row ${row}: ${what} "${s}" is not a non-negative integer`);
  return n;
}

export interface UcdpOptions {
  /** skip rows that do not parse, instead of failing the import; each is reported to `onSkip` */
  skipBadRows?: boolean;
  onSkip?: (line: number, reason: string) => void;
}

/**
 * GED rows → a pack. UCDP's own low/best/high is a claim of UCDP only. A source gets a claim
 * only where the row's headline states a figure with that source ("Russia says 89 killed in
 * Makiivka strike"): the headline is its quote and source_date its date. A source merely
 * listed in source_original is never credited with UCDP's estimate.
 */
export function importUcdp(csv: string, meta: { id: string; title: string; version: number | string; publishedAt: string }, options: UcdpOptions = {}): Pack {
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new Error('the CSV is empty');
  const col = new Map(header.map((h, i) => [h.trim(), i]));
  const missing = REQUIRED.filter((c) => !col.has(c));
  if (missing.length) throw new Error(`not UCDP GED columns: missing ${missing.join(', ')}`);
  const get = (r: string[], c: string) => (col.has(c) ? (r[col.get(c)!] ?? '').trim() : '');
  const sources = new Map<string, Source>([['ucdp-ged', { id: 'ucdp-ged', name: 'UCDP Georeferenced Event Dataset', type: 'independent', aliases: ['UCDP', 'Uppsala Conflict Data Program'] }]]);
  const events: TrackedEvent[] = [];
  const claims: Claim[] = [];
  rows.forEach((r, n) => {
    const line = n + 2;
    try {
      readRow(r, line);
    } catch (e) {
      if (!options.skipBadRows) throw new Error(`${(e as Error).message} (use --skip-bad-rows to import the other rows)`);
      options.onSkip?.(line, (e as Error).message);
    }
  });

  function readRow(r: string[], line: number): void {
    const id = get(r, 'id');
    if (!/^\d+$/.test(id)) throw new Error(`row ${line}: id "${id}" is not a GED event id`);
    const start = gedDay(get(r, 'date_start'));
    if (!start) throw new Error(`row ${line}: date_start "${get(r, 'date_start')}" is not a date (ISO or M/D/YYYY)`);
    const end = get(r, 'date_end') ? gedDay(get(r, 'date_end')) : start;
    if (!end) throw new Error(`row ${line}: date_end "${get(r, 'date_end')}" is not a date (ISO or M/D/YYYY)`);
    const low = count(get(r, 'low'), 'low', line);
    const best = count(get(r, 'best'), 'best', line);
    const high = count(get(r, 'high'), 'high', line);
    const where = get(r, 'where_description');
    const places = [where, get(r, 'adm_2'), get(r, 'adm_1'), get(r, 'country')].map((p) => p.replace(/\s+(district|city|town|village|oblast|province)$/i, '').trim()).filter(Boolean);
    const eventId = `ucdp-ged-${id}`;
    const url = `https://ucdp.uu.se/event/${id}`;
    events.push({
      id: eventId,
      title: `${get(r, 'dyad_name')}: ${where || get(r, 'country')}, ${start}${end !== start ? ` to ${end}` : ''}`,
      // known by its place and day: the place and district as spellings, region and country wider
      aliases: [...new Set(places.slice(0, 2))],
      places: [...new Set(places)],
      date: start,
      ...(end !== start ? { dateEnd: end } : {}),
      // the warring parties and the conflict name fit every event of a war: no event-specific term
      keywords: [],
    });
    claims.push({
      id: `${eventId}/ucdp`, eventId, sourceId: 'ucdp-ged', category: 'killed', low, high, approx: false,
      qualifier: `UCDP GED estimate: best ${best}, low ${low}, high ${high}`, reportedAt: null, url, supersedes: null,
    });
    // figures the headline states, with who states them
    const headline = get(r, 'source_headline').slice(0, 300);
    const reportedAt = gedDay(get(r, 'source_date').split(/[;,]/)[0] ?? '');
    if (!headline) return;
    for (const m of extractMentions(headline)) {
      if (!m.source || m.low === null && m.high === null) continue;
      const sid = slug(m.source);
      if (!sources.has(sid)) sources.set(sid, { id: sid, name: m.source, type: 'media', aliases: [m.source] });
      const claimId = `${eventId}/${sid}-${m.category}`;
      if (claims.some((c) => c.id === claimId)) continue;
      claims.push({
        id: claimId, eventId, sourceId: sid, category: m.category, low: m.low, high: m.high, approx: m.approx,
        qualifier: `as the headline cited by UCDP GED event ${id} states it`, reportedAt, url, supersedes: null, quote: headline,
      });
    }
  }
  return canonicalPack({ format: 'crosscount-pack/1', ...meta, expires: 86400, sources: [...sources.values()], events, claims });
}
