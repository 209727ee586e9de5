// The only extraction code that runs on the page's main thread: one regular expression
// search per block for casualty words, a word lookup per sentence that has one, no tagging.
// A sentence passes when it holds something number-like and a casualty word; the background
// does the real extraction on what passes.
import { PERSON_SINGULAR } from './lexicon.ts';

// Number-like words, looked up in a set for the same reason as the one-person nouns below.
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens',
  'scores', 'several', 'handful', 'couple', 'nobody', 'none',
]);
/** "no deaths", "no new casualties": the noun a word or two after "no". */
const NONE_OF = new Set(['deaths', 'casualties', 'injuries', 'fatalities']);
const DIGIT = /\d/;

const CASUALTY_WORD =
  /\b(?:kill|dead|death|died|dies|dying|die\b|wound|injur|hurt|missing|unaccounted|disappeared|captur|casualt|bodies|body\b|corpse|toll|murder|massac|slain|slaughter|behead|perish|fatalit|hospitali|to hospital|victims|lives|shot|gunned|execut(?:ed|ing)|abduct|kidnap|prisoner|drown|martyr|homicide|assassinat|lynch|succumb|remains of)/i;

// A single victim named without a number ("Civilian killed", "a security official"): the
// nouns the extractor reads as one victim, so the page never drops a sentence it would count.
// Looked up word by word in a set, not with one regular expression of 114 alternatives:
// compiling that cost a page about 1 ms on its first sentence (issue 15). Two-word nouns
// ("border guard", "year-old") are looked up as pairs.
const ONE_PERSON_WORDS = new Set(['another', 'year-old', ...PERSON_SINGULAR]);
const LETTERS = /[a-z]+/g;

/**
 * Whether a text holds a casualty word at all: the test a page passes before anything else is
 * done. It runs the same RegExp object as casualtyWordOffsets, so the page compiles one.
 */
export function hasCasualtyWord(text: string): boolean {
  CASUALTY_WORDS.lastIndex = 0;
  const found = CASUALTY_WORDS.test(text);
  CASUALTY_WORDS.lastIndex = 0;
  return found;
}

export function mayHoldCasualtyFigure(sentence: string): boolean {
  return CASUALTY_WORD.test(sentence) && mayCount(sentence);
}

/**
 * The second half of the test, for a sentence already known to hold a casualty word: a digit,
 * a number word, "no one" / "no (new) deaths", or one person named. One pass over the words.
 */
export function mayCount(sentence: string): boolean {
  if (DIGIT.test(sentence)) return true;
  const words = sentence.toLowerCase().match(LETTERS);
  if (!words) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (NUMBER_WORDS.has(w) || ONE_PERSON_WORDS.has(w)) return true;
    const next = words[i + 1];
    if (next === undefined) continue;
    if (w === 'no' && (next === 'one' || NONE_OF.has(next) || NONE_OF.has(words[i + 2] ?? ''))) return true;
    if (ONE_PERSON_WORDS.has(`${w} ${next}`) || ONE_PERSON_WORDS.has(`${w}-${next}`)) return true;
  }
  return false;
}

const CASUALTY_WORDS = new RegExp(CASUALTY_WORD.source, 'gi');

/**
 * Where casualty words start in `text`, in order. One pass over a whole block: a sentence
 * holds a casualty word exactly when one of these offsets falls inside it (the words never
 * span a sentence boundary), so the block's sentences need no test of their own.
 */
export function casualtyWordOffsets(text: string): number[] {
  const offsets: number[] = [];
  CASUALTY_WORDS.lastIndex = 0;
  for (let m = CASUALTY_WORDS.exec(text); m; m = CASUALTY_WORDS.exec(text)) offsets.push(m.index);
  return offsets;
}
