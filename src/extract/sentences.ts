// Cheap sentence splitting, shared by the background extractor (block by block, from the page's
// text) and the CLI, so both see the same sentence boundaries and offsets; the content script
// does not carry it.

export interface Sentence {
  text: string;
  /** offset of the sentence in the text it was cut from */
  start: number;
}

// Abbreviations that end with a period but do not end a sentence (initials, "U.S.", "e.g.", "p.m.", are read by their
// shape: isInitials).
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr', 'prof', 'gov', 'sen',
  'rep', 'rev', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'fig', 'rs', 'incl', 'hon',
]);

const BOUNDARY = /[.!?]+["”’)\]]*\s+|\n+/g;
// In DOM text a line break is only the page's source formatting, not a paragraph.
const BOUNDARY_INLINE = /[.!?]+["”’)\]]*\s+/g;

/** How far back a boundary looks for the word before its period. */
const LOOK_BACK = 12;

/**
 * `lineBreaks: 'space'` reads line breaks as spaces (text from one DOM block), which splits
 * exactly as the CLI does on the same block with its white space collapsed. `until`: stop
 * after the sentence that holds this offset (the caller needs none after it).
 */
export function splitSentences(text: string, { lineBreaks = 'break' }: { lineBreaks?: 'break' | 'space' } = {}, until = text.length): Sentence[] {
  // This runs over every block a page sends (in the background since issue 15 moved it off the
  // page): character codes, not slices and regexes, decide each boundary.
  const out: Sentence[] = [];
  const boundary = lineBreaks === 'space' ? BOUNDARY_INLINE : BOUNDARY;
  boundary.lastIndex = 0;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const at = m.index;
    const end = at + m[0].length;
    if (!m[0].includes('\n') && continuesAfter(text, start, at, end)) continue;
    push(text, start, end, out);
    start = end;
    if (start > until) return out;
  }
  push(text, start, text.length, out);
  return out;
}

/** Whether the period at `at` (ending its boundary at `end`) leaves the sentence going on. */
function continuesAfter(text: string, start: number, at: number, end: number): boolean {
  // ("we have confirmed 512 people died ... 316 others were injured": an ellipsis set off by spaces leaves words out
  // of a quote, and the quote goes on)
  if (at > start && text.charCodeAt(at - 1) === SPACE && text.charCodeAt(at) === DOT && text.charCodeAt(at + 1) === DOT && text.charCodeAt(at + 2) === DOT) return true;
  // the word just before the period, letters and dots only, at most LOOK_BACK characters back
  const limit = Math.max(start, at - LOOK_BACK);
  let from = at;
  while (from > limit && isLetterOrDot(text.charCodeAt(from - 1))) from--;
  const length = at - from;
  // "Lt. Gen." or "U.S." or a single initial ("M. K.") keep the sentence going.
  if (length === 1 && text.charCodeAt(from) !== DOT) return true;
  // ("spokesman J.A. Barata said": a name's initials, letters between dots, before a capital)
  if (isInitials(text, from, at)) return true;
  if (length > 1 && length <= LONGEST_ABBREVIATION + 1) {
    const word = text.slice(from, at).toLowerCase();
    if (ABBREVIATIONS.has(word.endsWith('.') ? word.slice(0, -1) : word)) return true;
  }
  // A lower-case word after the period usually continues the sentence ("12.02 am. and").
  const next = text.charCodeAt(end);
  return next >= 97 && next <= 122;
}

const DOT = 46;
const SPACE = 32;

/** "J.A", "G.W": single letters, each after a dot but the first. */
function isInitials(text: string, from: number, at: number): boolean {
  if ((at - from) % 2 === 0 || at - from < 3) return false;
  for (let k = from; k < at; k++) if ((text.charCodeAt(k) === DOT) !== ((k - from) % 2 === 1)) return false;
  return true;
}
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

function isLetterOrDot(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === DOT;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead });
}
