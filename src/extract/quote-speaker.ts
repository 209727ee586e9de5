// A quote of several sentences names its speaker only after its last one ("“Nine people have
// died. Nine others are injured,” the spokesman said."), or after its first, and then goes on
// ("“…,” said a village elder. “One woman lost her husband and two sons.”"). The sentence
// splitter cuts it apart, so the sentence alone names no one. Shared by the CLI (extractMentions)
// and the background (the scan's candidate sentences), which both know the text around a sentence.

import { splitSentences } from './sentences.ts';

/** How far past the sentence the quote's close is looked for. */
export const QUOTE_REACH = 600;

/** How far before the sentence the speaker of a quote that goes on is looked for. */
export const SPEAKER_REACH = 400;

/** Whether the sentence may stand in a quote that closes after it: it opens one, or holds no quote mark at all. */
export function mayBeQuoted(sentence: string): boolean {
  return opensQuote(sentence) !== null || !/["“”]/.test(sentence);
}

/**
 * Whether the sentence opens a quote it does not close: curly, else straight; else single ("'Approximately 294 have
 * died. This includes …,' said …", as British copy quotes), only when the sentence starts with it, since a single
 * mark is an apostrophe far more often.
 */
export function opensQuote(sentence: string): 'curly' | 'straight' | 'single' | null {
  if (count(sentence, '“') > count(sentence, '”')) return 'curly';
  if (count(sentence, '"') % 2 === 1 && /(^|[\s(])"\S/.test(sentence)) return 'straight';
  return /^\s*['‘]\w/.test(sentence) && !/[,.!?]['’](\s|$)/.test(sentence) && !/["“”]/.test(sentence) ? 'single' : null;
}

/**
 * For a sentence that opens a quote it does not close (or stands inside one), the same sentence
 * closed where the quote closes in `following` (the text after it), with the words after the close:
 * "“Nine people have died," + "” the spokesman said." Else null. Offsets inside the sentence
 * are unchanged, so a figure read in the result stands where it stood.
 */
export function closedQuote(sentence: string, following: string): string | null {
  // (a sentence with no quote of its own may stand inside one opened before it: "“… Zaporizhia. […] One person was
  // killed. These are preliminary consequences,” he said."; its close, with no quote opened first, says so)
  // (a straight quote mark then closes only after a comma, checked below)
  const rest = following.slice(0, QUOTE_REACH);
  // (some copy closes a curly quote with an opening mark after its comma: "… one by one,“ one of the sources said.")
  const misclosed = rest.search(/,“\s/) >= 0 ? rest.search(/,“\s/) + 1 : -1;
  const firstAt = rest.search(/["“”]/);
  const first = /["“”]/.test(sentence) ? undefined : misclosed >= 0 && misclosed === firstAt ? '”' : following.match(/["“”]/)?.[0];
  const opened = opensQuote(sentence) ?? (first === '”' ? 'curly' : first === '"' ? 'straight' : null);
  if (!opened) return null;
  const curly = opened === 'curly';
  // (a single mark closes only after a comma and before a space: never the apostrophe of "Ukraine’s")
  const closed = opened === 'single' ? (rest.search(/,['’]\s/) + 1 || -1) : rest.indexOf(curly ? '”' : '"');
  const close = curly && misclosed >= 0 && (closed < 0 || misclosed < closed) ? misclosed : closed;
  if (close < 0) return null;
  const mark = rest[close];
  // (a quote opened again before this one closes is another quote)
  if (opened !== 'single' && rest.slice(0, close).includes(curly ? '“' : '"')) return null;
  if (opened === 'single' && /["“”]/.test(rest.slice(0, close))) return null;
  // (only a quote closed on a comma goes on to its speaker: never '… awful.” The mayor said nothing.')
  // ('… to the families and friends..." - Pronin wrote.': or on an ellipsis that trails off)
  if (rest[close - 1] !== ',' && !/(?:\.\.\.|…)$/.test(rest.slice(0, close))) return null;
  const tail = rest.slice(close + 1);
  // the words after the close, to the end of their sentence: who said it, when they come there
  // ("…,” B. Rami Reddy, a district officer, told IANS.": the splitter's own boundary, past initials)
  const speaker = splitSentences(tail, { lineBreaks: 'space' })[0];
  if (!speaker) return null;
  const after = tail.slice(0, speaker.start + speaker.text.length);
  if (!/^\s+\S/.test(after)) return null;
  const body = sentence.replace(/[.!?]+\s*$/, '');
  return `${body},${mark}${after}`;
}

/** Whether the sentence opens with a quote mark: it may go on with a quote whose speaker was named before it. */
export function opensWithQuote(sentence: string): boolean {
  return /^\s*[“"]/.test(sentence);
}

/**
 * For a sentence that opens with a quote, right after a quote closed on a comma and then its speaker ("“…,” said
 * Abdel Qader Mubarak, a village elder."), the same sentence closed on that speaker: "“One woman lost her husband and
 * two sons,” said Abdel Qader Mubarak, a village elder." Else null. `preceding` is the text before the sentence in its
 * block; offsets inside the sentence are unchanged.
 */
export function quoteGoesOn(sentence: string, preceding: string): string | null {
  if (!opensWithQuote(sentence)) return null;
  const near = preceding.slice(-SPEAKER_REACH);
  const before = splitSentences(near, { lineBreaks: 'space' });
  const last = before[before.length - 1];
  // (the sentence before must end right where this one begins)
  if (!last || near.slice(last.start + last.text.length).trim() !== '') return null;
  // (a quote of its own, closed on a comma, then who said it: never a clause that goes on after the quote)
  const spoken = /^\s*[“"][^"“”]+,\s*[”"]\s+([^"“”]+)$/.exec(last.text);
  if (!spoken) return null;
  const tail = spoken[1].trim();
  if (!/\b(said|says|told|tells|added|adds)\b/.test(tail) || tail.split(/\s+/).length > 14) return null;
  const body = sentence.replace(/\s+$/, '').replace(/[”"]$/, '').replace(/[.!?]+$/, '');
  const mark = /^\s*“/.test(sentence) ? '”' : '"';
  return `${body},${mark} ${tail.replace(/[.!?]*$/, '.')}`;
}

/**
 * For a sentence inside a quote opened in a sentence before it, right after a saying ("X said in a post, “…
 * tragedy. Unfortunately, we already know of more than 20 deaths.”") or after a name and its colon ('Governor X: "…'),
 * the sentence led by that opening: "X said in a post, “Unfortunately, we already know …”", with `shift`, how far its
 * words moved on. A straight quote counts when its marks before the sentence leave it open. Else null.
 */
export function quoteOpenedBefore(sentence: string, preceding: string): { text: string; shift: number } | null {
  if (sentence.includes('“') || !closesStraightQuoteOnly(sentence)) return null;
  const near = preceding.slice(-SPEAKER_REACH);
  const curly = near.lastIndexOf('“');
  const open = curly >= 0 || !leavesStraightQuoteOpen(near) ? curly : near.lastIndexOf('"');
  // (the quote opened there is still open: no mark of any kind since)
  if (open < 0 || /["“”]/.test(near.slice(open + 1))) return null;
  const before = splitSentences(near.slice(0, open), { lineBreaks: 'space' });
  const lead = before[before.length - 1];
  if (!lead || near.slice(lead.start + lead.text.length, open).trim() !== '') return null;
  // (who speaks, a verb of saying, and a few words of where or how, up to the comma or colon that opens the quote)
  // ('11:30 GMT – Governor Seyi Makinde: "…': or a name and its title alone before a colon, as a live page writes it)
  if (!/\b(said|says|wrote|writes|added|adds|told [\w ]{1,30}?)\b[^.!?“”"]{0,40}[,:]$/.test(lead.text.trimEnd())
    && !/(?:^|[–—-] )(?:\p{Lu}[\p{L}.'’-]* ){1,4}\p{Lu}[\p{L}.'’-]*:$/u.test(lead.text.trimEnd())) return null;
  const text = `${lead.text.trimEnd()} “`;
  return { text: `${text}${sentence}`, shift: text.length };
}

/**
 * The speaker's label that leads a transcript's line, in capitals before its colon ("COLLECTOR: Good evening. As of 6
 * p.m., …", "UNIDENTIFIED PERSON #1: …"): every sentence of the line is that speaker's. Else null. Whether the label
 * names a speaker at all (never "UPDATE:", nor a dateline's "KYIV:") is the extractor's to judge, as for the line's
 * first sentence.
 */
export function turnLabel(block: string): string | null {
  // ("SURVIVOR (through interpreter): …": a note in brackets between the label and its colon)
  return /^(\p{Lu}[\p{Lu}'’.-]+(?: [\p{Lu}#\d][\p{Lu}\d'’.#-]*){0,3})(?: \([\p{L} ]{1,30}\))?: \S/u.exec(block)?.[1] ?? null;
}

/** A later sentence of a transcript's line led by the speaker's label `turn`, led by that label: the label said it. */
export function turnGoesOn(sentence: string, turn: string): { text: string; shift: number } {
  const text = `${turn}: `;
  return { text: `${text}${sentence}`, shift: text.length };
}

/** Whether `sentence` holds no straight quote mark but, at most, one that closes a quote at its end. */
export function closesStraightQuoteOnly(sentence: string): boolean {
  const marks = count(sentence, '"');
  return marks === 0 || (marks === 1 && /"\s*$/.test(sentence));
}

/** Whether a straight quote is still open at the end of `text`: an odd count of its marks. */
export const leavesStraightQuoteOpen = (text: string): boolean => count(text, '"') % 2 === 1;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
