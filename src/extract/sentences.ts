// Cheap sentence splitting, shared by the content script (which must stay light) and the
// background extractor, so both see the same sentence boundaries and offsets.

export interface Sentence {
  text: string;
  /** offset of the sentence in the text it was cut from */
  start: number;
}

// Abbreviations that end with a period but do not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'st', 'jr', 'sr', 'prof', 'gov', 'sen',
  'rep', 'rev', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'est', 'fig',
]);

const BOUNDARY = /[.!?]+["”’)\]]*\s+|\n+/g;
// In DOM text a line break is only the page's source formatting, not a paragraph.
const BOUNDARY_INLINE = /[.!?]+["”’)\]]*\s+/g;

/**
 * `lineBreaks: 'space'` reads line breaks as spaces (text from one DOM block), which splits
 * exactly as the CLI does on the same block with its white space collapsed.
 */
export function splitSentences(text: string, { lineBreaks = 'break' }: { lineBreaks?: 'break' | 'space' } = {}): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(lineBreaks === 'space' ? BOUNDARY_INLINE : BOUNDARY)) {
    const end = (m.index ?? 0) + m[0].length;
    if (!m[0].includes('\n')) {
      const before = text.slice(Math.max(start, (m.index ?? 0) - 12), m.index).toLowerCase();
      const word = /([a-z.]+)$/.exec(before)?.[1] ?? '';
      // "Lt. Gen." or "U.S." or a single initial ("M. K.") keep the sentence going.
      if (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^[a-z]$/.test(word)) continue;
      // A lower-case word after the period usually continues the sentence ("12.02 am. and").
      const next = text.slice(end, end + 1);
      if (next && /[a-z]/.test(next)) continue;
    }
    push(text, start, end, out);
    start = end;
  }
  push(text, start, text.length, out);
  return out;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (trimmed) out.push({ text: trimmed, start: start + lead });
}
