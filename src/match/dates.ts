// Dates: the page's own (from metadata values, the URL, a dateline) and the ones its text
// gives ("on Sept. 22", "in 2015", "last October", "on New Year's night"), resolved against
// the page date. Every date is a span of days, with how precisely the text fixed it.

export type Precision = 'day' | 'month' | 'year' | 'monthday';

export interface DaySpan {
  /** ISO days; for 'monthday' (no year known) the year is 0000 */
  from: string;
  to: string;
  precision: Precision;
  /** as written */
  text: string;
  /** said of a report ("said on Monday", "on Wednesday raised the toll"), not of what happened */
  report?: boolean;
}

/** Words that make a nearby date the day something was said or counted. */
const REPORT_WORDS = /\b(said|says|say|saying|told|raised|raising|rose|risen|rising|climbed|updated|update|reported|reports|announced|confirmed|toll|revised|increased|statement|added|according)\b/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 };
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(w);
  if (full >= 0) return full + 1;
  return MONTH_ABBR[w] ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const lastDayOf = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + days * 86400000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

const MONTH_NAME = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/**
 * A metadata value, a <time datetime>, a JSON-LD date → an ISO day, or null.
 * ISO forms, RFC 2822 ("Thu, 05 Jan 2023 10:00:00 GMT"), "January 5, 2023", "5 January 2023", "2023/01/05".
 */
export function parseDateValue(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim();
  const numeric = numericDayMatch(s);
  if (numeric) return checked(+numeric[1], +numeric[2], +numeric[3]);
  let m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME},? (\\d{4})\\b`, 'i').exec(s);
  if (m) { const mo = monthNumber(m[2]); if (mo) return checked(+m[3], mo, +m[1]); }
  m = new RegExp(`\\b${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'i').exec(s);
  if (m) { const mo = monthNumber(m[1]); if (mo) return checked(+m[3], mo, +m[2]); }
  return null;
}

/** "2023-01-05T…", "2023/1/5", "20230105": the forms parseDateValue reads first. */
const numericDayMatch = (s: string) => /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);

/**
 * The ISO day of a value written as numbers, as parseDateValue reads it, else null: the part of
 * it small enough for the page's side (no month names).
 */
export function numericDay(raw: string | null | undefined): string | null {
  const m = raw ? numericDayMatch(raw.trim()) : null;
  return m ? checked(+m[1], +m[2], +m[3]) : null;
}

function checked(y: number, m: number, d: number): string | null {
  return y >= 1900 && y <= 2100 && validDay(y, m, d) ? isoDay(y, m, d) : null;
}

/** A date in the URL's path: /2023/09/22/, /2015-08-14-, /20230922/ ; a year and month alone (/2023/09/) is not a day. */
export function dateFromUrl(url: string): string | null {
  let path = url;
  try { path = new URL(url).pathname; } catch { /* a bare path or a file name */ }
  let m = /(?:^|[/_-])((?:19|20)\d{2})[/_-](\d{1,2})[/_-](\d{1,2})(?=$|[/_.-])/.exec(path);
  if (m) return checked(+m[1], +m[2], +m[3]);
  m = /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=$|[/_.-])/.exec(path);
  if (m) return checked(+m[1], +m[2], +m[3]);
  return null;
}

/**
 * A visible dateline near the top of the page: a short block that states a full date
 * ("Published January 5, 2023 at 10:00", "Updated: 05/01/2023" is ambiguous and skipped).
 */
export function dateFromDateline(block: string): string | null {
  if (block.length > 160) return null;
  const m = new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME},? (\\d{4})|${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4}))\\b`, 'i').exec(block);
  if (!m) { const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(block); return iso ? checked(+iso[1], +iso[2], +iso[3]) : null; }
  if (m[1]) { const mo = monthNumber(m[2]); return mo ? checked(+m[3], mo, +m[1]) : null; }
  const mo = monthNumber(m[4]);
  return mo ? checked(+m[6], mo, +m[5]) : null;
}

function span(text: string, from: string, to: string, precision: Precision): DaySpan {
  return { text, from, to, precision };
}

function yearSpan(text: string, y: number): DaySpan { return span(text, isoDay(y, 1, 1), isoDay(y, 12, 31), 'year'); }
function monthSpan(text: string, y: number, m: number): DaySpan { return span(text, isoDay(y, m, 1), isoDay(y, m, lastDayOf(y, m)), 'month'); }

/** The year that puts month/day on or just before the page date (a report speaks of the past). */
function yearFor(month: number, day: number, ref: string): number {
  const y = +ref.slice(0, 4);
  return isoDay(y, month, day) <= addDays(ref, 2) ? y : y - 1;
}

/** Words before a bare year that make it a date rather than a count ("in 2015", "since 2014"). */
const YEAR_LEAD = /\b(in|since|of|during|from|until|till|by|early|late|mid|summer|spring|autumn|fall|winter|before|after|the|year)\s+$/i;

interface Pattern { re: RegExp; read: (m: RegExpExecArray, ref: string | null) => DaySpan | null }

// built on first use: a bundle that imports something else from this file (the content script) holds none of it
let patterns: Pattern[] | null = null;
const PATTERNS = (): Pattern[] => (patterns ??= [
  // 2023-01-01
  { re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/g, read: (m) => { const d = checked(+m[1], +m[2], +m[3]); return d ? span(m[0], d, d, 'day') : null; } },
  // 22 September 2023, 22 Sept. 2023, 1 January
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'gi'),
    read: (m, ref) => dayMonth(m[0], +m[1], m[2], m[3], ref),
  },
  // September 22, 2023 / Sept. 22 / Jan 1
  {
    re: new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d|,\\d)(?:,?\\s+((?:19|20)\\d{2}))?\\b`, 'gi'),
    read: (m, ref) => dayMonth(m[0], +m[2], m[1], m[3], ref),
  },
  // January 2023, the January 2023 strike
  {
    re: new RegExp(`\\b${MONTH_NAME}\\s+((?:19|20)\\d{2})\\b`, 'gi'),
    read: (m) => { const mo = monthNumber(m[1]); return mo ? monthSpan(m[0], +m[2], mo) : null; },
  },
  // last October, in October (resolved against the page date)
  {
    re: new RegExp(`\\b(last|this|in|early|late|mid-?)\\s+${MONTH_NAME}\\b(?!\\s+\\d)`, 'gi'),
    read: (m, ref) => {
      const mo = monthNumber(m[2]);
      if (!mo || !ref || (m[2] === 'May' && m[1].toLowerCase() === 'this')) return null;
      const y = +ref.slice(0, 4);
      const refMonth = +ref.slice(5, 7);
      const last = m[1].toLowerCase() === 'last';
      const year = mo < refMonth || (mo === refMonth && !last) ? y : y - 1;
      return monthSpan(m[0], year, mo);
    },
  },
  // New Year's Eve / Day / night; New Year
  {
    re: /\bNew Year(?:['’]s)?(?:\s+(Eve|Day|night|party|celebrations?))?\b/gi,
    read: (m, ref) => {
      const eve = /eve/i.test(m[1] ?? '');
      if (!ref) return span(m[0], eve ? '0000-12-31' : '0000-12-31', eve ? '0000-12-31' : '0000-01-01', 'monthday');
      // the New Year nearest before the page date (or just after, for an eve reported the same night)
      const y = +ref.slice(0, 4);
      const jan1 = isoDay(y, 1, 1) <= addDays(ref, 2) ? y : y - 1;
      return span(m[0], isoDay(jan1 - 1, 12, 31), isoDay(jan1, 1, 1), 'day');
    },
  },
  // yesterday, today, last night, on Monday
  {
    re: /\b(yesterday|today|tonight|last night|this morning|(?:on|last|early|late)\s+(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday))\b/gi,
    read: (m, ref) => {
      if (!ref) return null;
      const w = m[1].toLowerCase();
      if (w === 'yesterday' || w === 'last night') { const d = addDays(ref, -1); return span(m[0], d, w === 'last night' ? ref : d, 'day'); }
      if (w === 'today' || w === 'tonight' || w === 'this morning') return span(m[0], ref, ref, 'day');
      const target = WEEKDAYS.indexOf(w.split(/\s+/)[1]);
      const refDay = new Date(`${ref}T00:00:00Z`).getUTCDay();
      let back = (refDay - target + 7) % 7;
      if (w.startsWith('last') && back === 0) back = 7;
      const d = addDays(ref, -back);
      return span(m[0], d, d, 'day');
    },
  },
  // last month, this month
  {
    re: /\b(last|this|earlier this)\s+month\b/gi,
    read: (m, ref) => {
      if (!ref) return null;
      const y = +ref.slice(0, 4);
      const mo = +ref.slice(5, 7);
      if (m[1].toLowerCase() !== 'last') return monthSpan(m[0], y, mo);
      return mo === 1 ? monthSpan(m[0], y - 1, 12) : monthSpan(m[0], y, mo - 1);
    },
  },
  // a year ago, two years ago, last year, this year
  {
    re: /\b(?:(a|one|two|three|four|five|\d+)\s+years?\s+ago|(last|this|next)\s+year)\b/gi,
    read: (m, ref) => {
      if (!ref) return null;
      const y = +ref.slice(0, 4);
      if (m[2]) return yearSpan(m[0], m[2].toLowerCase() === 'last' ? y - 1 : m[2].toLowerCase() === 'this' ? y : y + 1);
      const n = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5 }[m[1].toLowerCase()] ?? +m[1];
      // "a year ago" from the page date: that day, give or take a month
      const center = `${y - n}${ref.slice(4)}`;
      return span(m[0], addDays(center, -45), addDays(center, 45), 'month');
    },
  },
  // in 2015, since 2014, the 2022 strike, 2022's toll
  {
    re: /\b((?:19|20)\d{2})(?:['’]s)?\b(?![-–]\d|,\d|\.\d| ?%)/g,
    read: (m, _ref) => yearSpan(m[0], +m[1]),
  },
]);

function dayMonth(text: string, day: number, monthWord: string, year: string | undefined, ref: string | null): DaySpan | null {
  const mo = monthNumber(monthWord);
  if (!mo || day < 1 || day > 31) return null;
  if (year) { const d = checked(+year, mo, day); return d ? span(text, d, d, 'day') : null; }
  if (!validDay(2024, mo, day)) return null;
  if (!ref) return span(text, isoDay(0, mo, day), isoDay(0, mo, day), 'monthday');
  const d = isoDay(yearFor(mo, day, ref), mo, day);
  return validDay(+d.slice(0, 4), mo, day) ? span(text, d, d, 'day') : null;
}

/** Every date the text gives, resolved against the page date (`ref`, an ISO day) when there is one. */
export function textDates(text: string, ref: string | null): DaySpan[] {
  const out: DaySpan[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  const all = PATTERNS();
  for (const p of all) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      // "since October 2023" starts a period (a war's toll), it dates no event
      if (/\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 16), start))) { taken.push([start, end]); continue; }
      // a bare year is a date only after a word that makes it one, or before "strike", "attack"...
      if (p === all[all.length - 1] && !YEAR_LEAD.test(text.slice(Math.max(0, start - 12), start)) && !/^['’]s|^\s+(strike|attack|shelling|bombing|explosion|blast|massacre|war|invasion|offensive|sinking)/i.test(text.slice(end, end + 12))) continue;
      const d = p.read(m, ref);
      if (d) {
        if (REPORT_WORDS.test(text.slice(Math.max(0, start - 30), Math.min(text.length, end + 30)))) d.report = true;
        out.push(d);
        taken.push([start, end]);
      }
    }
  }
  return out;
}

export type DateRelation = 'fits' | 'after' | 'other';

/** Days after an event's last day within which a page is still news of it (revised tolls, first investigations). */
export const FRESH_DAYS = 45;

/**
 * How a date the text gives stands to an event's days: it `fits` them (a day either side),
 * comes `after` within the fresh window (a report date: "on Wednesday the toll rose to 89"),
 * or is `other`: before the event, or long after it.
 */
export function relate(d: DaySpan, start: string, end: string): DateRelation {
  const lo = addDays(start, -1);
  const hi = addDays(end, 1);
  if (d.precision === 'monthday') {
    // the year is unknown: compare month and day only
    const md = (iso: string) => iso.slice(5);
    const days = [lo, start, end, hi].map(md);
    if (days.includes(md(d.from)) || days.includes(md(d.to))) return 'fits';
    if (d.report) for (let i = 0; i <= FRESH_DAYS; i++) if (md(addDays(end, i)) === md(d.from)) return 'after';
    return 'other';
  }
  if (d.from <= hi && d.to >= lo) return 'fits';
  // days after the event are a report's ("the toll rose on Tuesday"), or another attack's
  // ("a drone hit Dnipro on Thursday"): only a day said of a report is no other date
  if (d.precision !== 'year' && d.from > hi && d.from <= addDays(end, FRESH_DAYS) && (d.report || d.precision !== 'day')) return 'after';
  return 'other';
}
