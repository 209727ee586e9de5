// The cheap test a sentence passes before the extractor reads it: one regular expression
// search per block for casualty words, a word lookup per sentence that has one, no tagging.
// A sentence passes when it holds something number-like and a casualty word. It runs in the
// background worker on the blocks a page sends (the page itself runs only casualty-word.ts)
// and in the CLI, so both pick the same sentences.
import { DEMONYMS, HARMED_ANYONE, isPersonWord, ONE_MORE, PERSON_SINGULAR, REPORTS_ONE } from './lexicon.ts';
import { CASUALTY_WORD, CASUALTY_WORDS } from './casualty-word.ts';

export { hasCasualtyWord } from './casualty-word.ts';

// Number-like words, looked up in a set for the same reason as the one-person nouns below.
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'dozen', 'dozens',
  'scores', 'score', 'several', 'handful', 'couple', 'nobody', 'none',
  // ("Both men were killed": two, by the people after it)
  'both',
]);
/** "no deaths", "no new casualties": the noun a word or two after "no". */
const NONE_OF = new Set(['deaths', 'casualties', 'injuries', 'fatalities', 'death', 'fatality', 'casualty']);
const DIGIT = /\d/;

// A single victim named without a number ("Civilian killed", "a security official"): the
// nouns the extractor reads as one victim, so the page never drops a sentence it would count.
// Looked up word by word in a set, not with one regular expression of 114 alternatives
// (compiling that cost about 1 ms on the first sentence, issue 15). Two-word nouns
// ("border guard", "year-old") are looked up as pairs.
// ("found a body": one dead, found)
const ONE_PERSON_WORDS = new Set(['another', 'year-old', 'body', ...PERSON_SINGULAR]);
const LETTERS = /[a-z]+/g;
/** "reported a death", "recorded a fatality": one death counted (implicit.ts reads it). */
const ONE_DEATH = /^(death|fatality|injury)$/;

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
    if (w === 'no' && (next === 'one' || NONE_OF.has(next) || NONE_OF.has(words[i + 2] ?? '') || NONE_OF.has(words[i + 3] ?? ''))) return true;
    // ("didn't kill anybody": a harm denied of anyone, a zero)
    if (HARMED_ANYONE.has(w) && (next === 'anybody' || next === 'anyone')) return true;
    // ("no civilians were hurt": a zero of people)
    if (w === 'no' && (isPersonWord(next) || isPersonWord(words[i + 2] ?? '') || isPersonWord(words[i + 3] ?? ''))) return true;
    if (ONE_PERSON_WORDS.has(`${w} ${next}`) || ONE_PERSON_WORDS.has(`${w}-${next}`)) return true;
    // ("an American was killed", "another Briton": one of a nationality)
    if ((w === 'a' || w === 'an' || w === 'another') && DEMONYMS.has(next)) return true;
    // ("the Ombudsman reported a death": one death counted)
    // ("reported a flood death": a noun of its cause between)
    if (w === 'a' && (ONE_DEATH.test(next) || ONE_MORE.has(next) || ONE_DEATH.test(words[i + 2] ?? '')) && REPORTS_ONE.has(words[i - 1] ?? '')) return true;
    // ("A third fatality was reported": the passive, the death its subject)
    if (i === 0 && w === 'a' && ONE_MORE.has(next) && ONE_DEATH.test(words[2] ?? '') && /^(was|has)$/.test(words[3] ?? '')) return true;
  }
  return false;
}

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
