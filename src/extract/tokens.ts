// A small tokenizer that keeps offsets into the original text. Hyphenated words stay
// whole ("eighty-nine", "year-old") and digit groups stay whole ("1,97,666", "12.02");
// a hyphen after digits is its own token, so "60-70", "8-year-old" and wire tags glued to
// the headline ("UPDATE 2-Thirteen") can all be read.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'digits' | 'punct';
}

const TOKEN_RE =
  /\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{M}\d]+)*|\.\.\.|[^\s\p{L}\p{M}\d]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index ?? 0;
    tokens.push({
      text: t,
      lower: t.toLowerCase(),
      start,
      end: start + t.length,
      kind: /^\d/.test(t) ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct',
    });
  }
  return tokens;
}
