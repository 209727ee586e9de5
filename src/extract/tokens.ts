// A small tokenizer that keeps offsets into the original text. Hyphenated words stay
// whole ("eighty-nine", "year-old", "mini-bus"), except a wire tag or a source glued on
// ("RPT-Three", "dead-Ukrinform"); digit groups stay whole ("1,97,666", "12.02");
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

/** Wire tags glued to a headline: "RPT-Three soldiers killed", "EXCLUSIVE-Over 40 dead". */
const WIRE_TAG = /^(?:RPT|REFILE|CORRECTED|UPDATE|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|TIMELINE|BREAKING)-(?=\p{L})/u;
/** A casualty word glued to the source after it: "Four civilians dead-Ukrinform", "Two dead-police say". */
const GLUED_SOURCE = /^(?:dead|killed|wounded|injured|missing|captured|died|hurt)-(?=\p{Lu}|(?:police|army|military|officials?|ministry|sources?|media|reports?|rebels|medics|agency|governor|mayor)\b)/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (t: string, start: number) => tokens.push({
    text: t,
    lower: t.toLowerCase(),
    start,
    end: start + t.length,
    kind: /^\d/.test(t) ? 'digits' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct',
  });
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index ?? 0;
    // a tag or a source glued on by a hyphen is its own word, the hyphen a dash between them
    const glued = WIRE_TAG.exec(t) ?? GLUED_SOURCE.exec(t);
    if (glued) {
      const cut = glued[0].length - 1;
      push(t.slice(0, cut), start);
      push('-', start + cut);
      push(t.slice(cut + 1), start + cut + 1);
      continue;
    }
    push(t, start);
  }
  return tokens;
}
