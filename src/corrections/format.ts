// The correction format: what a volunteer says is wrong about a figure, with the figure as
// found, where, and the proposed fix. Files of corrections ("crosscount-corrections/1") are
// what volunteers export and maintainers review. Validation returns one message per field,
// so the form can show each next to its field.
import { CATEGORIES, type Category } from '../extract/types.ts';
import { isRealDate } from '../calendar.ts';

export const CORRECTIONS_FORMAT = 'crosscount-corrections/1';

export const KINDS = {
  'wrong-figure': 'The figure is wrong',
  'wrong-source': 'It is attributed to the wrong source',
  'wrong-event': 'It is matched to the wrong event',
  'missing-claim': 'A source\'s figure is missing',
  'claim-revised': 'The source revised its figure',
  'not-a-figure': 'This is not a casualty figure',
  'new-event': 'A figure about an event not yet tracked',
} as const;

export type CorrectionKind = keyof typeof KINDS;
export { CATEGORIES };
export type CorrectionCategory = Category;

/** Kinds that propose a figure: they need a figure and a citation. */
export const PROPOSES_FIGURE: ReadonlySet<CorrectionKind> = new Set(['wrong-figure', 'missing-claim', 'claim-revised', 'new-event']);

export const LIMITS = { text: 200, quote: 2000, note: 2000, url: 2000, source: 200 } as const;

/** How much of a long sentence a correction quotes: the figure's clause, about this long. */
export const QUOTE_AROUND = 300;

/**
 * The part of a sentence a correction quotes: the whole sentence when it is short, else the
 * clause around the figure (cut at punctuation near QUOTE_AROUND characters), with "…" where
 * it was cut. A page's run-on "sentence" of thousands of characters can then still be sent.
 */
export function quoteAround(sentence: string, start: number, end: number, max = QUOTE_AROUND): string {
  // a page's sentence may hold line breaks and runs of spaces from its markup
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (sentence.length <= max) return squash(sentence);
  const half = Math.max(40, Math.floor((max - (end - start)) / 2));
  let from = Math.max(0, start - half);
  let to = Math.min(sentence.length, end + half);
  // start and end at a clause boundary when one is near
  const before = sentence.slice(from, start);
  const cutBefore = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(', '));
  if (cutBefore >= 0) from += cutBefore + 2;
  const after = sentence.slice(end, to);
  const cutAfter = after.search(/[.;!?](\s|$)/);
  if (cutAfter >= 0) to = end + cutAfter + 1;
  return `${from > 0 ? '…' : ''}${squash(sentence.slice(from, to))}${to < sentence.length ? '…' : ''}`;
}

export interface Correction {
  /** a random id, stable across export and import: delivery never sends the same id twice */
  id: string;
  createdAt: string;
  kind: CorrectionKind;
  /** the pack the correction is meant for, or null when no installed pack tracks it */
  packId: string | null;
  page: { url: string; title: string };
  /** the sentence the figure was found in */
  quote: string;
  found: { text: string; low: number | null; high: number | null; category: CorrectionCategory; source: string | null };
  event: { id: string; title: string } | null;
  claim: { id: string; packId: string; source: string; low: number | null; high: number | null } | null;
  proposed: {
    low: number | null;
    high: number | null;
    /** "about 50": the source's figure is approximate (absent: exact) */
    approx?: boolean;
    category: CorrectionCategory;
    source: string;
    citationUrl: string;
    reportedAt: string | null;
  } | null;
  note: string;
  /** kind "new-event": the event proposed for tracking, as the page gives it (a maintainer completes it) */
  newEvent?: NewEvent | null;
}

export interface NewEvent { id: string; title: string; places: string[]; date: string | null }

const EVENT_ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;

/** A proposed event, checked as a pack will want it (or null when it is not one). */
function newEventOf(v: unknown): NewEvent | null {
  if (!v || typeof v !== 'object') return null;
  const e = v as Partial<NewEvent>;
  if (typeof e.id !== 'string' || !EVENT_ID.test(e.id) || typeof e.title !== 'string' || !e.title.trim() || e.title.length > 300) return null;
  if (!Array.isArray(e.places) || e.places.length > 20 || !e.places.every((p) => typeof p === 'string' && p.trim() && p.length <= 300)) return null;
  if (e.date !== null && !(typeof e.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.date) && isRealDate(e.date))) return null;
  return { id: e.id, title: e.title.trim(), places: e.places.map((p) => p.trim()), date: e.date ?? null };
}

export interface CorrectionFile {
  format: typeof CORRECTIONS_FORMAT;
  exportedAt: string;
  corrections: Correction[];
}

/** Each field's problem, as a message code: the extension shows it from _locales, the CLI in English. */
export type FieldErrors = Partial<Record<'kind' | 'newEvent' | 'low' | 'high' | 'category' | 'source' | 'citationUrl' | 'reportedAt' | 'note' | 'quote' | 'page' | 'packId' | 'form', ErrorCode>>;

export const ERROR_MESSAGES = {
  'errKind': 'Choose what is wrong.',
  'errPage': 'The page address must be an http(s) URL.',
  'errQuoteLong': 'The quoted sentence is longer than 2000 characters.',
  'errNoteLong': 'The note is longer than 2000 characters.',
  'errNoFigure': 'Give the figure the source published.',
  'errLowNumber': 'The lowest figure must be a whole number, 0 or more.',
  'errHighNumber': 'The highest figure must be a whole number, 0 or more.',
  'errLowOrHigh': 'Give the figure: at least one of lowest and highest.',
  'errHighBelowLow': 'The highest figure must not be below the lowest.',
  'errCategory': 'Choose a category.',
  'errSource': 'Name the source that published this figure.',
  'errSourceLong': 'The source name is longer than 200 characters.',
  'errCitationRequired': 'A citation is required for a new or changed figure.',
  'errCitationUrl': 'The citation must be an http(s) URL.',
  'errDate': 'The date must look like 2023-01-04.',
  'errNewEvent': 'The proposed event needs an id, a title, its places and a date (or none).'
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** English, for the command line and for files. */
export function errorText(code: ErrorCode): string {
  return ERROR_MESSAGES[code];
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && Boolean(u.hostname);
  } catch {
    return false;
  }
}

/** What the form sends: numbers may still be text as typed. */
export interface CorrectionInput extends Omit<Correction, 'proposed'> {
  proposed: { low: number | string | null; high: number | string | null; approx?: boolean; category: string; source: string; citationUrl: string; reportedAt: string | null } | null;
}

function count(v: number | string | null | undefined): number | null | 'bad' {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(String(v).trim());
  return Number.isInteger(n) && n >= 0 && n <= 1e9 ? n : 'bad';
}

export function validateCorrection(input: CorrectionInput): { ok: true; correction: Correction } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  if (!(input.kind in KINDS)) errors.kind = 'errKind';
  if (!input.page || !isHttpUrl(input.page.url)) errors.page = 'errPage';
  if ((input.quote ?? '').length > LIMITS.quote) errors.quote = 'errQuoteLong';
  if ((input.note ?? '').length > LIMITS.note) errors.note = 'errNoteLong';
  let proposed: Correction['proposed'] = null;
  if (PROPOSES_FIGURE.has(input.kind)) {
    const p = input.proposed;
    if (!p) {
      errors.low = 'errNoFigure';
    } else {
      const low = count(p.low);
      const high = count(p.high);
      if (low === 'bad') errors.low = 'errLowNumber';
      if (high === 'bad') errors.high = 'errHighNumber';
      if (low === null && high === null) errors.low = 'errLowOrHigh';
      if (typeof low === 'number' && typeof high === 'number' && low > high) errors.high = 'errHighBelowLow';
      if (!CATEGORIES.includes(p.category as CorrectionCategory)) errors.category = 'errCategory';
      if (!p.source?.trim()) errors.source = 'errSource';
      else if (p.source.length > LIMITS.source) errors.source = 'errSourceLong';
      if (!p.citationUrl?.trim()) errors.citationUrl = 'errCitationRequired';
      else if (!isHttpUrl(p.citationUrl.trim()) || p.citationUrl.length > LIMITS.url) errors.citationUrl = 'errCitationUrl';
      // the date a pack will hold: a real day, as the pack check wants it
      if (p.reportedAt && !(/^\d{4}-\d{2}-\d{2}$/.test(p.reportedAt) && isRealDate(p.reportedAt))) errors.reportedAt = 'errDate';
      if (!Object.keys(errors).length) {
        proposed = {
          low: low as number | null, high: high as number | null, ...(p.approx === true ? { approx: true } : {}), category: p.category as CorrectionCategory,
          source: p.source.trim(), citationUrl: new URL(p.citationUrl.trim()).href, reportedAt: p.reportedAt || null,
        };
      }
    }
  }
  let newEvent: NewEvent | null = null;
  if (input.newEvent !== undefined && input.newEvent !== null) {
    newEvent = newEventOf(input.newEvent);
    if (!newEvent) errors.newEvent = 'errNewEvent';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const { newEvent: _n, ...rest } = input;
  return { ok: true, correction: { ...rest, proposed, note: (input.note ?? '').trim(), ...(newEvent ? { newEvent } : {}) } as Correction };
}

/** Parses an exported file; each bad entry is named, the good ones kept. */
export function parseCorrectionFile(text: string): { corrections: Correction[]; problems: string[] } {
  let data: Partial<CorrectionFile>;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { corrections: [], problems: [`not JSON: ${(e as Error).message}`] };
  }
  if (!data || data.format !== CORRECTIONS_FORMAT || !Array.isArray(data.corrections)) {
    return { corrections: [], problems: [`not a corrections file (expected format "${CORRECTIONS_FORMAT}" with a corrections list)`] };
  }
  const corrections: Correction[] = [];
  const problems: string[] = [];
  data.corrections.forEach((c, i) => {
    if (!c || typeof c !== 'object' || typeof c.id !== 'string' || !/^[A-Za-z0-9-]{8,64}$/.test(c.id)) { problems.push(`entry ${i + 1}: no valid id`); return; }
    const v = validateCorrection(c as CorrectionInput);
    if (v.ok) corrections.push(v.correction);
    else problems.push(`entry ${i + 1} (${c.id}): ${Object.values(v.errors).map((e) => errorText(e!)).join(' ')}`);
  });
  return { corrections, problems };
}

/** A corrections file, or JSON lines of them (`pack harvest --jsonl`, crawl outputs joined): every line's problems named by line. */
export function parseCorrectionFiles(text: string): { corrections: Correction[]; problems: string[] } {
  const whole = parseCorrectionFile(text);
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (whole.corrections.length || lines.length < 2 || !lines[0].trim().startsWith('{') || !lines[0].trim().endsWith('}')) return whole;
  const corrections: Correction[] = [];
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const r = parseCorrectionFile(line);
    corrections.push(...r.corrections);
    problems.push(...r.problems.map((p) => `line ${i + 1}: ${p}`));
  });
  return { corrections, problems };
}

export function correctionFile(corrections: Correction[], now = new Date()): CorrectionFile {
  return { format: CORRECTIONS_FORMAT, exportedAt: now.toISOString(), corrections };
}

function figure(low: number | null, high: number | null): string {
  if (low !== null && high !== null) return low === high ? String(low) : `${low}–${high}`;
  if (low !== null) return `at least ${low}`;
  if (high !== null) return `at most ${high}`;
  return '?';
}

/** A one-line title and a readable summary, for an issue or a review. */
export function summarize(c: Correction): { title: string; body: string } {
  const where = c.event?.title ?? (c.newEvent ? `proposed event: ${c.newEvent.title}` : 'an untracked event');
  // the correction's id in the title: a second report of the same correction is easy to spot and close
  const title = `Correction: ${KINDS[c.kind]} — "${c.found.text}" (${where}) [${c.id.slice(0, 8)}]`.slice(0, 200);
  const lines = [
    `**What is wrong:** ${KINDS[c.kind]}`,
    `**Figure as found:** "${c.found.text}" (${c.found.category}, ${figure(c.found.low, c.found.high)}), attributed to ${c.found.source ?? 'no named source'}`,
    `**Quoted sentence:** > ${c.quote}`,
    `**Page:** ${c.page.url}`,
    `**Event:** ${c.event ? `${c.event.title} (\`${c.event.id}\`)` : c.newEvent ? `not tracked; proposed: ${c.newEvent.title} (${[...c.newEvent.places, c.newEvent.date ?? 'date unknown'].join(', ')})` : 'none matched'}`,
    c.claim ? `**Matched claim:** \`${c.claim.id}\` in pack \`${c.claim.packId}\` — ${c.claim.source}: ${figure(c.claim.low, c.claim.high)}` : '**Matched claim:** none',
    c.proposed ? `**Proposed:** ${c.proposed.source}: ${figure(c.proposed.low, c.proposed.high)} ${c.proposed.category}${c.proposed.reportedAt ? ` (reported ${c.proposed.reportedAt})` : ''} — citation: ${c.proposed.citationUrl}` : '',
    c.note ? `**Note:** ${c.note}` : '',
  ].filter(Boolean);
  return { title, body: lines.join('\n\n') };
}
