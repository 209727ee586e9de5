// The page-side prefilter looks number words and single-victim nouns up word by word instead
// of compiling two big regular expressions. It must never drop a sentence those expressions
// kept: checked on every labelled sentence, every corpus page's sentences, and the cases
// where words are cut.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PERSON_SINGULAR } from '../../src/extract/lexicon.ts';
import { hasCasualtyWord, mayCount, mayHoldCasualtyFigure } from '../../src/extract/prefilter.ts';
import { CASUALTY_WORD, countCasualtyWords } from '../../src/extract/casualty-word.ts';
import { extractFromSentence } from '../../src/extract/extract.ts';
import { htmlToPageText } from '../../src/page/html.ts';
import { splitSentences } from '../../src/extract/sentences.ts';

/** The expressions the page used to compile (the definition the word lookup must cover). */
const NUMBER_LIKE =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|dozens?|scores|several|handful|couple|no one|nobody|none|no(?:\s+\w+)?\s+(?:deaths|casualties|injuries|fatalities))\b/i;
const ONE_PERSON = new RegExp(`\\b(?:another|teen(?:ager)?|year-old|${[...PERSON_SINGULAR].join('|')})\\b`, 'i');
const before = (s: string) => NUMBER_LIKE.test(s) || ONE_PERSON.test(s);

function labelledSentences(): string[] {
  const files = ['../shared/corpus/labelled/headlines-dev.jsonl', '../shared/corpus/labelled/pages-dev.jsonl', '../shared/corpus/labelled/seed.jsonl', 'tests/fixtures/labelled/pages-extra.jsonl', 'tests/fixtures/labelled/quotes-extra.jsonl'];
  return files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text));
}

function pageSentences(): string[] {
  const dir = '../shared/corpus/pages';
  return readdirSync(dir).filter((f) => f.endsWith('.html')).flatMap((f) =>
    htmlToPageText(readFileSync(join(dir, f), 'utf8')).blocks.flatMap((b) => splitSentences(b).map((s) => s.text)));
}

describe('mayCount', () => {
  // The page's word lists are a small copy of the extractor's (numbers.ts, lexicon.ts), kept
  // apart so that the content script stays under 10 KB: this is what keeps the copy whole.
  it('passes every sentence in which the extractor reads a figure, on labelled text and corpus pages', () => {
    const read = [...labelledSentences(), ...pageSentences()].filter((s) => hasCasualtyWord(s) && extractFromSentence(s).length > 0);
    expect(read.length).toBeGreaterThan(200);
    expect(read.filter((s) => !mayHoldCasualtyFigure(s))).toEqual([]);
  }, 60_000);

  it('keeps every sentence the expressions kept, on labelled text and corpus pages', () => {
    const sentences = [...labelledSentences(), ...pageSentences()];
    expect(sentences.length).toBeGreaterThan(2000);
    const dropped = sentences.filter((s) => before(s) && !mayCount(s));
    expect(dropped).toEqual([]);
    // and it is a filter: most sentences name no one
    expect(sentences.filter((s) => mayCount(s)).length).toBeLessThan(sentences.length * 0.9);
    // and it adds little: a sentence more is a few bytes more in the message, never a figure
    expect(sentences.filter((s) => mayCount(s) && !before(s)).length).toBeLessThan(sentences.length * 0.01);
  });

  it.each([
    ['A 15-year-old was among the dead', true],
    ['Border guard shot at the crossing', true],
    ["The soldier's body was returned", true],
    ['SOLDIER KILLED IN DONETSK', true],
    ['Another died in hospital', true],
    ['A teen-aged boy', true],
    ['An aid worker was killed', true],
    ['Her grandson was killed', true],
    ['Three people were killed', true],
    ['Twenty-one were killed', true],
    ['Hundreds died', true],
    ['No one was hurt', true],
    ['There were no new deaths', true],
    ['No deaths', true],
    ['Soldiers were killed', false],
    ['Someone was killed', false],
    ['The guardian of the old town died', false],
    ['No new cases', false],
  ] as const)('%s → %s', (sentence, expected) => {
    expect(mayCount(sentence)).toBe(expected);
    expect(before(sentence)).toBe(expected);
  });
});

describe('hasCasualtyWord', () => {
  // the page's first test: a word it lets through wakes the whole reading of a page
  it('knows the words of the deadly and the hospitalised, not of deadlines and hospitality', () => {
    for (const w of ['19 people are under treatment', 'nine were fighting for their lives', 'the loss of 123 people', 'were burned to ash', 'received serious burns', 'suffered burns'])
      expect(hasCasualtyWord(w), w).toBe(true);
    for (const w of ['Work is under way', 'fighting for a ceasefire', 'a loss of power', 'the fire burns', 'it burns slowly'])
      expect(hasCasualtyWord(w), w).toBe(false);
    for (const w of ['12 dead', 'the deadliest attack', 'a deadly strike', 'were hospitalised', 'hospitalized', '200 servicemen were destroyed', 'has lost 56 soldiers', 'buried 280 people', 'eliminated 300'])
      expect(hasCasualtyWord(w), w).toBe(true);
    for (const w of ['The deadline is near', 'Deadspin', 'Retailing & Hospitality', 'lost the match', 'lost track of time'])
      expect(hasCasualtyWord(w), w).toBe(false);
    // the people searched for, and none who survived, but never a page's search box
    for (const w of ['rescuers were searching for 26 others', 'search operations resumed on Wednesday for 26 passengers', 'None of the 54 people aboard survived', "the Federal loss at 15,000"])
      expect(hasCasualtyWord(w), w).toBe(true);
    for (const w of ['Search for:', 'Search for articles', 'searching for the best price', 'None of the above'])
      expect(hasCasualtyWord(w), w).toBe(false);
    // (stop 54's words: shot and gunned down, a fate but never "fateful", "stab" but never "stable", one's kin lost, burns
    // sustained three words on, "lost close to" a count)
    for (const w of ['after shooting down 18 people', 'accused of gunning down four', 'a gunman guns down five', 'people whose fate we do not know',
      'managed to stab nine people', 'lamented the loss of her son', 'sustained various degrees of burns', 'he lost close to 50'])
      expect(hasCasualtyWord(w), w).toBe(true);
    for (const w of ['The economy needs stability', 'a stable government', 'shooting a film downtown', 'the loss of his job', 'lost close to the shore', 'that fateful day'])
      expect(hasCasualtyWord(w), w).toBe(false);
    // (stop 56: a life claimed, one or two words after the verb)
    for (const w of ['the deluge claimed another life', 'the floods claimed one more life', 'The attack claimed the life of one guard'])
      expect(hasCasualtyWord(w), w).toBe(true);
    for (const w of ['she claimed life insurance', 'a new life', 'the life of the party'])
      expect(hasCasualtyWord(w), w).toBe(false);
    // (stop 78: men lost, the tens of thousands read as thousands, those treated where it happened)
    for (const w of ['it had lost two men in the clash', 'has lost tens of thousands of troops', 'we lost dozens of people', 'Paramedics treated 18 people at the scene'])
      expect(hasCasualtyWord(w), w).toBe(true);
    for (const w of ["he lost the women's final", 'lost the election', 'the guests were treated well by the staff'])
      expect(hasCasualtyWord(w), w).toBe(false);
  });

  // The page searches a shorter expression and checks each phrase where its first word stands
  // (compiling the whole expression was most of the page's first test): it must find exactly
  // what the whole expression finds, which the background searches with.
  it('finds exactly what the whole expression finds, on corpus pages, labelled text and shaped phrases', () => {
    const dir = '../shared/corpus/pages';
    const blocks = readdirSync(dir).filter((f) => f.endsWith('.html')).flatMap((f) => htmlToPageText(readFileSync(join(dir, f), 'utf8')).blocks);
    const shaped = ['Los Angeles', 'lost 5 soldiers', 'lost their lives', 'lost her life', 'lose 12', 'losing as many as 40', 'losses of the army over 300',
      'losses were high', 'hit by a car', 'hitting', 'struck by shrapnel', 'struck a deal', 'burned three men alive', 'burnt alive', 'sets of remains',
      'sets of human remains', 'sets off', 'in critical condition', 'critical of', 'serious condition', 'receiving treatment', 'undergoing surgery',
      'treated and released', 'treated at the scene', 'treated well', 'neutralised', 'neutralized', 'neutral', 'executed', 'execution', 'executive',
      'breathed their last', 'breathed again', 'die', 'diet', 'Die Welt', 'body', 'bodyguard', 'hospitality', 'hospitals', 'dead', 'deadline', 'deadliest',
      'DEAD', 'Deadly', 'HOSPITALITY', 'Los 5', 'loses 3', 'lostly 4', 'under treatment', 'undergoing treatment', 'under way', 'understood',
      'fighting for their lives', 'fighting for his life', 'fighting for freedom', 'battling for her life', 'loss of 23 people', 'loss of power',
      'burned to ash', 'burnt to ashes', 'burned to the ground', 'received serious burns', 'suffered burns', 'the fire burns', 'sustaining burns to', 'were sent to hell', 'hello', 'Hellenic', 'went to hell',
      'shooting down 18', 'shooting downtown', 'gunning down', 'guns down', 'guns', 'whose fate', 'fateful', 'stab', 'stabs', 'stabbed', 'stable', 'stability',
      'loss of her son', 'loss of his job', 'put the Federal loss at 15,000', 'the loss was heavy', 'lost his wife and four children', 'Man loses wife',
      'lost close to 50', 'sustained various degrees of burns', 'claimed another life', 'claimed life insurance', 'cost one more life',
      'lost two men', 'lost tens of thousands of', 'lost the women', 'treated 18 people at the scene', 'treated well at the scene of'];
    const texts = [...blocks, ...labelledSentences(), ...shaped, ...shaped.map((s) => `Deadline: ${s}.`), shaped.join(' ')];
    expect(blocks.length).toBeGreaterThan(5000);
    const differ = texts.filter((t) => hasCasualtyWord(t) !== CASUALTY_WORD.test(t));
    expect(differ).toEqual([]);
    expect(texts.filter((t) => hasCasualtyWord(t)).length).toBeGreaterThan(800);
    // counted words: each lead checked, a failed phrase not counted
    expect(countCasualtyWords('Los Angeles: 12 killed, 3 died, lost 5 and lost the match; a deadline')).toBe(3);
  }, 60_000);
});
