// Number phrases as news writes them: digits with any grouping ("1,200", Indian
// "1,97,666"), decimals with a scale ("2.5 million"), and English number words
// ("eighty-nine", "a hundred and seventy", "two fifty five", "two dozen").
// Works on lower-cased word lists so the extractor and the eval share one parser.

const UNITS: Record<string, number> = {
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, quadrillion: 1e15, quintillion: 1e18,
  sextillion: 1e21, lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
};
const ORDINAL_UNITS: Record<string, number> = {
  zeroth: 0, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = {
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70,
  eightieth: 80, ninetieth: 90,
};

/** Vague quantities: a floor and no ceiling (the labelling rules of the corpus). */
export const VAGUE_FLOORS: Record<string, number> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2000000,
  several: 3, handful: 3,
};

/** Whether a token is a count: digits or a number word ("12", "twelve"). */
export function isCountToken(t: { kind: string; lower: string } | undefined): boolean {
  return t !== undefined && (t.kind === 'digits' || isNumberWord(t.lower));
}

export function isNumberWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in UNITS || w in TENS || w === 'hundred' || w in SCALES || w === 'dozen';
}

export function isOrdinalWord(word: string): boolean {
  const w = word.toLowerCase();
  return w in ORDINAL_UNITS || w in ORDINAL_TENS || /^\d+(st|nd|rd|th)$/.test(w) ||
    w === 'hundredth' || w === 'thousandth' || w === 'millionth';
}

/** "1,200" / "1,97,666" / "12000" / "2.5" → number; null for anything else. */
export function parseDigits(token: string): number | null {
  const t = token.replace(/[\u00a0\u202f ]/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  // Western (3-digit groups) or Indian (2-digit groups then a last group of 3) grouping.
  if (/^\d{1,3}(,\d{3})+$/.test(t) || /^\d{1,2}(,\d{2})+,\d{3}$/.test(t)) return Number(t.replace(/,/g, ''));
  if (/^\d+\.\d+$/.test(t)) return Number(t);
  return null;
}

/**
 * Parses a whole phrase of words (already split on spaces and hyphens), e.g.
 * ["a","hundred","and","seventy"] → 170. Returns null when the words are not one number.
 */
export function parseNumberWords(words: string[]): number | null {
  const ws = words.map((w) => w.toLowerCase()).filter((w) => w !== 'and' && w !== '');
  if (ws.length === 0) return null;
  let negative = false;
  if (ws[0] === 'negative' || ws[0] === 'minus') { negative = true; ws.shift(); }
  if (ws[0] === 'a' || ws[0] === 'an') {
    if (ws.length === 1) return null;
    ws[0] = 'one';
  }
  let total = 0; // completed scale groups
  let group = 0; // current group below a thousand
  let groupHasValue = false;
  let lastKind: 'none' | 'unit' | 'tens' | 'hundred' | 'scale' = 'none';
  let ordinalSeen = false;
  for (let i = 0; i < ws.length; i++) {
    if (ordinalSeen) return null; // an ordinal only ends a phrase
    const w = ws[i];
    const digits = parseDigits(w);
    let unit: number | undefined = UNITS[w];
    let tens: number | undefined = TENS[w];
    if (w in ORDINAL_UNITS) { unit = ORDINAL_UNITS[w]; ordinalSeen = true; }
    if (w in ORDINAL_TENS) { tens = ORDINAL_TENS[w]; ordinalSeen = true; }
    if (/^\d+(st|nd|rd|th)$/.test(w)) { unit = Number(w.replace(/\D/g, '')); ordinalSeen = true; }
    if (unit === undefined && tens === undefined && digits !== null) {
      if (digits < 20 && Number.isInteger(digits)) unit = digits;
      else if (digits < 100 && digits % 10 === 0) tens = digits;
      else if (lastKind === 'none' || lastKind === 'scale') {
        group += digits; groupHasValue = true; lastKind = 'unit'; continue;
      } else return null;
    }
    if (unit !== undefined) {
      if (lastKind === 'unit') return null;
      if (lastKind === 'tens' && (group % 10 !== 0 || unit >= 10)) return null;
      // "three twenty" style (3 * 100 + 20) is handled on the tens branch.
      group += unit; groupHasValue = true; lastKind = 'unit';
    } else if (tens !== undefined) {
      if (lastKind === 'tens') return null;
      if (lastKind === 'unit' && group > 0 && group < 10) {
        // "two fifty" = 250, "seven twenty" = 720: a unit then tens means hundreds.
        group = group * 100 + tens;
      } else if (lastKind === 'unit') return null;
      else group += tens;
      groupHasValue = true; lastKind = 'tens';
    } else if (w === 'hundred' || w === 'hundredth') {
      group = (groupHasValue ? group : 1) * 100; groupHasValue = true; lastKind = 'hundred';
      if (w === 'hundredth') ordinalSeen = true;
    } else if (w === 'dozen') {
      group = (groupHasValue ? group : 1) * 12; groupHasValue = true; lastKind = 'unit';
    } else if (w in SCALES || w === 'thousandth' || w === 'millionth') {
      const scale = SCALES[w] ?? (w === 'thousandth' ? 1e3 : 1e6);
      total += (groupHasValue ? group : 1) * scale;
      group = 0; groupHasValue = false; lastKind = 'scale';
      if (w.endsWith('th')) ordinalSeen = true;
    } else {
      return null;
    }
  }
  const value = total + group;
  if (!Number.isFinite(value)) return null;
  // Decimals only make sense with a scale ("2.5 million").
  const rounded = Math.round(value);
  if (Math.abs(rounded - value) > 1e-6) return null;
  return negative ? -rounded || 0 : rounded;
}

/** Any written number phrase ("eighty-nine", "1,97,666", "2.5 million") → its value, or null. */
export function parseNumberPhrase(text: string): number | null {
  const words = text.trim().split(/[\s\u00a0]+|-(?=[a-z])/i).filter(Boolean);
  return parseNumberWords(words);
}
