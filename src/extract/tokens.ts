// A small tokenizer that keeps offsets into the original text. Hyphenated words stay
// whole ("eighty-nine", "year-old", "mini-bus", "magnitude-7.1"), except a wire tag or a source glued on
// ("RPT-Three", "dead-Ukrinform") or a count ("killed-19 women"); digit groups stay whole ("1,97,666", "12.02",
// "1 159" with a space or a narrow space between groups, as French and UN reports write them);
// a hyphen after digits is its own token, so "60-70", "8-year-old" and wire tags glued to
// the headline ("UPDATE 2-Thirteen") can all be read.
import { CASUALTY_AFTER, gluesSource, SAY_VERBS, WIRE_TAGS } from './lexicon.ts';

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'digits' | 'punct';
}

// (an initialism is one word: "U.S. officials", "12 U.N. staff"; so is a name's initial: "George W. Bush"; so is a
// clock's "a.m." before a word that opens no sentence: "attacked the base at 4:30 a.m. local time …, killing 11"; so is
// a hashtag: "Death toll in #Pulwamaattack is around 40")
const TOKEN_RE =
  /\bincl\.(?=\s)|[aApP]\.[mM]\.(?=[,;:)"'’”]|\s+[^\p{Lu}\s])|(?:\p{Lu}\.){2,}(?=[\s,;:)"'’”]|$)|\p{Lu}\.(?= \p{Lu}\p{Ll})|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d|[.,]\d|-\S)|\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?|[\p{L}\p{M}]+(?:['’][\p{L}]+)*(?:-(?:\d+(?:[.,]\d+)*|[\p{L}\p{M}\d]+))*|#\p{L}[\p{L}\p{M}\d_]*|\.\.\.|[^\s\p{L}\p{M}\d]/gu;

/** Wire tags glued to a headline, in capitals: "RPT-Three soldiers killed", "EXCLUSIVE-Over 40 dead". */
const WIRE_TAG = new RegExp(`^(?:${WIRE_TAGS.join('|').toUpperCase()})-(?=\\p{L})`, 'u');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // ("20 other tourists & locals injured": an ampersand is read as the "and" it stands for; "whilst other sources
  // estimate …" as the "while" it is, "amongst them" as "among"; "14 dead so far, incl 5 kids" as "including")
  const push = (t: string, start: number) => tokens.push({
    text: t,
    lower: t === '&' ? 'and' : /^whilst$/i.test(t) ? 'while' : /^amongst$/i.test(t) ? 'among' : /^incl\.?$/.test(t) ? 'including' : t.toLowerCase(),
    start,
    end: start + t.length,
    kind: /^\d/.test(t) ? 'digits' : /^#?[\p{L}\p{M}]/u.test(t) || t === '&' ? 'word' : 'punct',
  });
  /** an aside opened by a dash typed as a glued hyphen, which a hyphen after a bracket may close */
  let dashOpened = false;
  for (const m of text.matchAll(TOKEN_RE)) {
    const t = m[0];
    const start = m.index ?? 0;
    // a tag or a source glued on by a hyphen is its own word, the hyphen a dash between them
    const hyphen = t.indexOf('-');
    const glued = WIRE_TAG.test(t) || (hyphen > 0 && gluesSource(t.slice(0, hyphen), t.slice(hyphen + 1).split('-')[0]));
    // "35 people who were killed-19 women, 15 men…": a count glued on is a dash and a new number
    // ("the 100-to-300 spectrum": the range's "to" and its high end, read as phrases.ts merges a range)
    if (hyphen > 0 && /^\d/.test(t.slice(hyphen + 1)) && (CASUALTY_AFTER[t.slice(0, hyphen).toLowerCase()] || t.slice(0, hyphen).toLowerCase() === 'to')) {
      push(t.slice(0, hyphen), start);
      push('-', start + hyphen);
      for (const rest of tokenize(t.slice(hyphen + 1))) push(rest.text, start + hyphen + 1 + rest.start);
      continue;
    }
    // ("more than 280 aid workers-the majority of them staff …-have been killed": a dash typed as a hyphen, between a
    // plural and the article or auxiliary that opens an aside or the verb)
    const asideDash = hyphen > 0 && t.indexOf('-', hyphen + 1) < 0 && /s$/.test(t.slice(0, hyphen))
      && /^(the|a|an|have|has|had|were|was|are|is|including|mostly|mainly|all|most|many|some)$/.test(t.slice(hyphen + 1));
    if (glued || asideDash) {
      dashOpened ||= asideDash;
      const cut = hyphen;
      push(t.slice(0, cut), start);
      push(asideDash ? '—' : '-', start + cut);
      push(t.slice(cut + 1), start + cut + 1);
      continue;
    }
    // ("of those killed -- 97 -- were women": two hyphens are a typed em dash, one token over both)
    const last = tokens[tokens.length - 1];
    if (t === '-' && last?.text === '-' && last.end === start) {
      tokens[tokens.length - 1] = { ...last, text: '—', lower: '—', end: start + 1 };
      continue;
    }
    // ("… at US party ― Police": a horizontal bar is read as the em dash it stands for; "43 of the deaths ‒ 28 adults
    // and 15 children ‒ were in Kerr County": a figure dash as the en dash)
    // ("(UNRWA)-have been killed": a hyphen glued between a bracket and the verb closes an aside as a dash does)
    const closesAside = t === '-' && dashOpened && last?.text === ')' && last.end === start && /^[a-z]/.test(text.slice(start + 1, start + 2));
    dashOpened ||= t === '—';
    // ("almost 800 children – or two a day ‐ lost their lives": a Unicode hyphen set apart by spaces is the en dash)
    const spacedHyphen = t === '\u2010' && /\s/.test(text[start - 1] ?? '') && /\s/.test(text[start + 1] ?? '');
    push(t === '\u2015' || closesAside ? '—' : t === '\u2012' || spacedHyphen ? '–' : t, start);
  }
  // ("while six IS fighters and one civilian were also killed": the group's initials before its people, never the verb)
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].text === 'IS' && IS_GROUP_NOUNS.test(tokens[k + 1].text)) tokens[k] = { ...tokens[k], lower: 'isis' };
  }
  return tokens;
}

/** What follows "IS" when it names the Islamic State group: its people, its cells, its attacks. */
const IS_GROUP_NOUNS = /^(fighters?|militants?|jihadists?|members?|operatives?|suspects?|detainees?|prisoners?|inmates?|commanders?|leaders?|gunmen|bombers?|loyalists|supporters|cells?|group|attacks?|families|wives|children)$/;

/** Whether the quote mark at `k` opens a quote right after a say-verb and its comma: 'Krishna said, “Out of these …'. */
export function opensQuoteAfterSaying(tokens: Token[], k: number): boolean {
  return /^[“"]$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.text === ',' && SAY_VERBS.has(tokens[k - 2]?.lower ?? '');
}

/** The dot at `k` closes a short capitalised abbreviation glued to it ("Que.", "Oct.", "Lt.", "N." of "U.N."). */
export function isAbbreviationDot(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  // ("at 05.30 p.m, 22 people died": the dot inside "a.m." or "p.m.", written with or without its last dot)
  const after = tokens[k + 1];
  const time = before !== undefined && /^[ap]$/i.test(before.text) && after !== undefined && /^m$/i.test(after.text) && after.start === t?.end;
  // ("my hon. Friend", "the right hon. Member": a parliament's courtesy, in lower case)
  const courtesy = before?.text === 'hon' && /^\p{Lu}/u.test(after?.text ?? '');
  return t?.text === '.' && before !== undefined && before.end === t.start && (/^\p{Lu}[a-z]{0,3}$/u.test(before.text) || time || courtesy);
}
