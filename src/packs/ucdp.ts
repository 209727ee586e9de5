// UCDP Georeferenced Event Dataset rows → a claim pack: each GED event becomes an event
// known by its place and day only (its place and district as spellings of the place, region
// and country as wider places), so matching always needs a date that fits,
// UCDP's low/best/high a claim of UCDP (an independent tracker), and each source named in
// source_original a claim of that source at UCDP's best estimate, citing the GED event.
import type { Claim, Pack, Source, TrackedEvent } from '../claims/model.ts';
import { canonicalPack } from './source-files.ts';

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

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'source';
}

function day(s: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  return m ? m[1] : null;
}

function count(s: string, what: string, row: number): number {
  const n = Number(s);
  if (!Number.isInteger(n) || n < 0) throw new Error(`row ${row}: ${what} "${s}" is not a non-negative integer`);
  return n;
}

export function importUcdp(csv: string, meta: { id: string; title: string; version: number | string; publishedAt: string }): Pack {
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
    const id = get(r, 'id');
    if (!/^\d+$/.test(id)) throw new Error(`row ${line}: id "${id}" is not a GED event id`);
    const start = day(get(r, 'date_start'));
    const end = day(get(r, 'date_end'));
    if (!start) throw new Error(`row ${line}: date_start "${get(r, 'date_start')}" is not a date`);
    const low = count(get(r, 'low'), 'low', line);
    const best = count(get(r, 'best'), 'best', line);
    const high = count(get(r, 'high'), 'high', line);
    const where = get(r, 'where_description');
    const places = [where, get(r, 'adm_2'), get(r, 'adm_1'), get(r, 'country')].map((p) => p.replace(/\s+(district|city|town|village|oblast|province)$/i, '').trim()).filter(Boolean);
    const eventId = `ucdp-ged-${id}`;
    const url = `https://ucdp.uu.se/event/${id}`;
    events.push({
      id: eventId,
      title: `${get(r, 'dyad_name')}: ${where || get(r, 'country')}, ${start}${end && end !== start ? ` to ${end}` : ''}`,
      aliases: [...new Set(places.slice(0, 2))],
      places: [...new Set(places)],
      date: start,
      ...(end && end !== start ? { dateEnd: end } : {}),
      // the warring parties and the conflict name fit every event of a war: no event-specific term
      keywords: [],
    });
    claims.push({
      id: `${eventId}/ucdp`, eventId, sourceId: 'ucdp-ged', category: 'killed', low, high, approx: false,
      qualifier: `UCDP GED estimate: best ${best}, low ${low}, high ${high}`, reportedAt: null, url, supersedes: null,
    });
    const sourceDate = day(get(r, 'source_date').split(/[;,]/)[0] ?? '');
    for (const name of get(r, 'source_original').split(';').map((s) => s.trim()).filter(Boolean)) {
      const sid = slug(name);
      if (!sources.has(sid)) sources.set(sid, { id: sid, name, type: 'media', aliases: [name] });
      if (claims.some((c) => c.eventId === eventId && c.sourceId === sid)) continue;
      claims.push({
        id: `${eventId}/${sid}`, eventId, sourceId: sid, category: 'killed', low: best, high: best, approx: false,
        qualifier: `as cited by UCDP GED event ${id}${get(r, 'source_headline') ? `: "${get(r, 'source_headline').slice(0, 300)}"` : ''}`,
        reportedAt: sourceDate, url, supersedes: null,
      });
    }
  });
  return canonicalPack({ format: 'crosscount-pack/1', ...meta, expires: 86400, sources: [...sources.values()], events, claims });
}
