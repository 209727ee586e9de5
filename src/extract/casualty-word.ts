// The words that make a text worth reading for casualty figures. This file is all the
// extraction the page's own thread runs: the content script tests each block of text with one
// search for these words, and the background does the rest (prefilter.ts, then the extractor).
// It imports nothing, so the content script carries nothing else of src/extract.

export const CASUALTY_WORD =
  /\b(?:kill|dead(?:\b|ly\b|li(?:er|est))|deceased|death|died|dies|dying|die\b|wound|injur|hurt|missing|unaccounted|fate of|whereabouts|disappeared|captur|casualt|causalit|bodies|body\b|corpse|toll|murder|massac|slain|slaughter|behead|perish|fatalit|hospital(?!ity)|clinic|(?:hit|struck) by|victims|lives|lost (?:their|his|her) life|shot|gunned|execut(?:ed|ing|ions?)|abduct|kidnap|prisoner|hostage|drown|fatally|electrocut|decapitat|suffocat|asphyxiat|martyr|homicide|assassinat|lynch|succumb|passed away|breathed (?:his|her|their) last|remains of|sets of (?:human )?remains|burn(?:t|ed) (?:\w+ ){1,3}alive|(?:critical|serious) condition|(?:receiving|undergoing) treatment|treated (?:and (?:released|discharged)|at the scene)|destroy|eliminat|neutrali[sz]|buri|losses(?: \w+){0,3} (?:over |more than |up to )?\d|los(?:t|es?|ing) (?:up to |more than |over |about |around |nearly |almost |at least |some |as many as )?\d)/i;

/** The same words, searched for all through a text (casualtyWordOffsets) or tested once. */
export const CASUALTY_WORDS = new RegExp(CASUALTY_WORD.source, 'gi');

/**
 * Whether a text holds a casualty word at all: the test a page and each of its blocks pass
 * before anything else is done. It runs the same RegExp object as casualtyWordOffsets, so the
 * page compiles one.
 */
export function hasCasualtyWord(text: string): boolean {
  CASUALTY_WORDS.lastIndex = 0;
  const found = CASUALTY_WORDS.test(text);
  CASUALTY_WORDS.lastIndex = 0;
  return found;
}

/** How many casualty words a text holds. */
export function countCasualtyWords(text: string): number {
  CASUALTY_WORDS.lastIndex = 0;
  let n = 0;
  while (CASUALTY_WORDS.test(text)) n++;
  CASUALTY_WORDS.lastIndex = 0;
  return n;
}
