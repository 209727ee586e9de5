// A quote of several sentences names its speaker only after its last one ("“Nine people have
// died. Nine others are injured,” the spokesman said."). The sentence splitter cuts it apart, so
// the first sentence alone names no one. Shared by the CLI (extractMentions) and the background
// (the scan's candidate sentences), which both know the text that follows a sentence.

import { splitSentences } from './sentences.ts';

/** How far past the sentence the quote's close is looked for. */
export const QUOTE_REACH = 600;

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
  if (rest[close - 1] !== ',') return null;
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

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
