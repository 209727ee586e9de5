// Names the way people write them. One place folds every spelling of a word onto one key:
// transliterations of one place (Olenivka / Olenovka / Elenovka / Yelenovka / Оленівка,
// Dnipro / Dnepr, Kremenchuk / Kremenchug, Hroza / Groza), British and American spellings
// (theatre / theater) and English inflections (strikes / strike, retaliatory / retaliation).
// Names are then bags of keys, so word order does not matter ("retaliatory strike on
// Kramatorsk" is the name "Kramatorsk retaliatory strike").

/** Ukrainian and Russian Cyrillic → Latin, one table for both (Г is h, its Russian g folds onto h below). */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z', и: 'y', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Words that never carry a name. */
export const NAME_STOPWORDS = new Set(['the', 'of', 'on', 'in', 'at', 'a', 'an', 'and', 'no', 'for', 'to', 'by', 'near', 'nr']);

function transliterate(word: string): string {
  let out = '';
  for (const ch of word) out += CYRILLIC[ch] ?? ch;
  return out;
}

/** English inflections and derivations, one suffix each: strikes → strike, retaliatory → retali. */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const suffix of ['ations', 'ation', 'atory', 'ions', 'ion', 'ory', 'ings', 'ing', 'ed']) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
  }
  return w;
}

/**
 * The key of one word. Letters are folded the way transliterations differ: kh/h/g, w/v,
 * ts/c, ch/c, doubled letters, a final g (or Ukrainian h) devoiced to k, and every run of vowels (with the
 * semivowels y and j) is one vowel. A trailing vowel is dropped from a word of four or more
 * consonants (Dnipro / Dnepr). Digits stay as they are.
 */
export function wordKey(raw: string): string {
  let w = transliterate(raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()).replace(/['’]s$/, '').replace(/['’]/g, '');
  if (/^\d+$/.test(w)) return w;
  w = w.replace(/tre$/, 'ter').replace(/tres$/, 'ters').replace(/our$/, 'or');
  w = stem(w);
  w = w
    .replace(/shch/g, 'sc')
    .replace(/kh/g, 'h')
    .replace(/ts|tz|cz/g, 'c')
    .replace(/ch/g, 'c')
    .replace(/sh/g, 's')
    .replace(/zh/g, 'j')
    .replace(/g/g, 'h')
    .replace(/h$/, 'k')
    .replace(/w/g, 'v')
    .replace(/ck|q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/([^aeiouyj])\1+/g, '$1')
    .replace(/[aeiouyj]+/g, 'a');
  if (/a$/.test(w) && w.replace(/a/g, '').length >= 4) w = w.slice(0, -1);
  return w;
}

export interface Token {
  key: string;
  /** where the word starts in the text */
  at: number;
  /** as written: a place name is only read from a capitalized word (Bucha, not "bucha") */
  capitalized: boolean;
  /** Latin letters: a capital tells a proper noun only in a script that has capitals */
  latin: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The words of a text, each with its key. A possessive ('s) is dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/i, '').replace(/['’]/g, '');
    const lower = word.toLowerCase();
    if (NAME_STOPWORDS.has(lower)) continue;
    const first = word[0];
    const latin = /[A-Za-z]/.test(first);
    out.push({ key: wordKey(word), at: m.index, capitalized: first !== first.toLowerCase() || /\d/.test(first), latin });
  }
  return out;
}

/** A name as a bag of keys; `proper` keys must be read from capitalized words. */
export interface NameKeys {
  text: string;
  keys: string[];
  /** the keys written with a capital in the name (a proper noun): matched only from capitalized Latin words */
  proper: Set<string>;
}

export function nameKeys(name: string): NameKeys {
  const keys: string[] = [];
  const proper = new Set<string>();
  for (const m of name.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/i, '').replace(/['’]/g, '');
    if (NAME_STOPWORDS.has(word.toLowerCase())) continue;
    const key = wordKey(word);
    if (!keys.includes(key)) keys.push(key);
    if (/^[A-Z]/.test(word)) proper.add(key);
  }
  return { text: name, keys, proper };
}

/** The keys a text holds, each with whether some occurrence was capitalized (or not Latin). */
export function keySet(tokens: Token[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  for (const t of tokens) out.set(t.key, (out.get(t.key) ?? false) || t.capitalized || !t.latin);
  return out;
}

/** True when every key of the name is in the text; a proper noun's key only from a capitalized word. */
export function holdsName(keys: Map<string, boolean>, name: NameKeys): boolean {
  if (name.keys.length === 0) return false;
  for (const k of name.keys) {
    const cap = keys.get(k);
    if (cap === undefined) return false;
    if (name.proper.has(k) && !cap) return false;
  }
  return true;
}
