// The only extraction code that runs on the page's main thread: one regular expression
// test per sentence, no tagging. A sentence passes when it holds something number-like
// and a casualty word; the background does the real extraction on what passes.
import { PERSON_SINGULAR } from './lexicon.ts';

const NUMBER_LIKE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|several|handful|couple|no one|nobody|none|no(?:\s+\w+)?\s+(?:deaths|casualties|injuries|fatalities))\b/i;

const CASUALTY_WORD =
  /\b(?:kill|dead|death|died|dies|dying|die\b|wound|injur|hurt|missing|unaccounted|disappeared|captur|casualt|bodies|body\b|corpse|toll|murder|massac|slain|slaughter|behead|perish|fatalit|hospitali|to hospital|victims|lives|shot|gunned|execut(?:ed|ing)|abduct|kidnap|prisoner|drown|martyr|homicide|assassinat|lynch)/i;

// A single victim named without a number ("Civilian killed", "a security official"): the
// nouns the extractor reads as one victim, so the page never drops a sentence it would count.
const ONE_PERSON = new RegExp(`\\b(?:another|teen(?:ager)?|year-old|${[...PERSON_SINGULAR].join('|')})\\b`, 'i');

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

/** The second half of the test, for a sentence already known to hold a casualty word. */
export function mayCount(sentence: string): boolean {
  return NUMBER_LIKE.test(sentence) || ONE_PERSON.test(sentence);
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
