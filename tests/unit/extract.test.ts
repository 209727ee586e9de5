import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractFromSentence, extractMentions } from '../../src/extract/extract.ts';
import { mayHoldCasualtyFigure } from '../../src/extract/prefilter.ts';

interface Gold { text: string; start: number; low: number | null; high: number | null; category: string; who: string | null; source: string | null }

const seed = readFileSync('../shared/corpus/labelled/seed.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string; figures: Gold[] });
const article = readFileSync('../shared/fixtures/makeyevka-article.txt', 'utf8');

const one = (s: string) => {
  const found = extractFromSentence(s);
  expect(found, `one figure in: ${s}`).toHaveLength(1);
  return found[0];
};

describe('the seed article, sentence by sentence', () => {
  it.each(seed.map((s) => [s.id, s] as const))('%s', (_id, item) => {
    const got = extractFromSentence(item.text);
    expect(got.map((m) => ({ text: m.text, start: m.start, low: m.low, high: m.high, category: m.category, who: m.victims, source: m.source })))
      .toEqual(item.figures.map((g) => ({ text: g.text, start: g.start, low: g.low, high: g.high, category: g.category, who: g.who, source: g.source })));
  });

  it('finds exactly the six figures in the whole article, and no distractor', () => {
    const found = extractMentions(article);
    expect(found.map((m) => m.text)).toEqual(['89', 'upto 400', 'scores', '83', 'scores', '89']);
    for (const m of found) expect(article.slice(m.start, m.end)).toBe(m.text);
  });

  it('passes every sentence with a figure through the page prefilter', () => {
    for (const item of seed) if (item.figures.length) expect(mayHoldCasualtyFigure(item.text)).toBe(true);
  });
});

describe('number forms', () => {
  it.each([
    ['At least 1,200 people were killed.', 1200, null, 'at least'],
    ['Eighty-nine soldiers died in the strike.', 89, 89, 'exact'],
    ['Two hundred civilians were killed.', 200, 200, 'exact'],
    ['A dozen people were wounded.', 12, 12, 'exact'],
    ['A couple of people were killed.', 2, 2, 'exact'],
    ['Dozens of people were killed.', 24, null, 'at least'],
    ['Hundreds of soldiers were killed.', 200, null, 'at least'],
    ['Thousands of civilians have died.', 2000, null, 'at least'],
    ['Between 60 and 70 people were killed.', 60, 70, 'range'],
    ['60 to 70 people were killed.', 60, 70, 'range'],
    ['60-70 people were killed.', 60, 70, 'range'],
    ['More than 200 people were killed.', 201, null, 'at least'],
    ['Over 50 soldiers were wounded.', 51, null, 'at least'],
    ['Up to 400 soldiers may have been killed.', null, 400, 'at most'],
    ['As many as 30 people died.', null, 30, 'at most'],
    ['Nearly 100 people were killed.', 100, 100, 'approximate'],
    ['About 300 were wounded.', 300, 300, 'approximate'],
    ['Some 400 soldiers were killed.', 400, 400, 'approximate'],
    ['The death toll rose to 1,97,666.', 197666, 197666, 'exact'],
  ])('%s', (sentence, low, high, qualifier) => {
    const m = one(sentence);
    expect([m.low, m.high, m.qualifier]).toEqual([low, high, qualifier]);
  });
});

describe('categories', () => {
  it.each([
    ['17 dead in Tunisia after attack', 'killed'],
    ['The attack caused 40 deaths.', 'killed'],
    ['The death toll rises to 28', 'killed'],
    ['Nine people died overnight.', 'killed'],
    ['300 were wounded in the blast.', 'wounded'],
    ['Twelve people were injured.', 'wounded'],
    ['Sixteen soldiers are missing.', 'missing'],
    ['Forty soldiers were captured.', 'captured'],
    ['The strike caused 50 casualties.', 'casualties'],
  ])('%s', (sentence, category) => {
    expect(one(sentence).category).toBe(category);
  });

  it('reads three figures sharing one verb', () => {
    const got = extractFromSentence('Forty-five passengers, four crew, and one person on the ground died.');
    expect(got.map((m) => [m.low, m.category, m.victims])).toEqual([[45, 'killed', 'passengers'], [4, 'killed', 'crew'], [1, 'killed', 'person']]);
  });

  it('reads figures joined by "and"', () => {
    const got = extractFromSentence('The raid left four officers and 16 Nazis dead.');
    expect(got.map((m) => [m.low, m.victims])).toEqual([[4, 'officers'], [16, 'Nazis']]);
  });
});

describe('sources', () => {
  it.each([
    ['Kiev claimed that upto 400 Russian soldiers might have been killed.', 'Kiev'],
    ['The Russian MOD said 63 servicemen were killed.', 'Russian MOD'],
    ['According to the UN, at least 51 prisoners were killed.', 'UN'],
    ['At least 30 people were killed, officials said.', 'officials'],
    ['Lieutenant General Sergey Sevryukov told reporters that 89 servicemen were killed.', 'Lieutenant General Sergey Sevryukov'],
    ['Four protesters killed in police assault on Kiev camp: opposition', 'opposition'],
    ['Three Ukrainian soldiers killed in past 24 hours - Kiev military', 'Kiev military'],
  ])('%s', (sentence, source) => {
    expect(one(sentence).source).toBe(source);
  });

  it('has no source when the sentence names none', () => {
    expect(one('The strike killed 89 Russian conscripts.').source).toBeNull();
  });

  // (a headline with no stop ends on the figure: the search for a passive's agent after it must find nothing, not throw)
  it.each(['Quake death toll of 300', 'The earlier toll of 210'])('reads a toll that closes its sentence: %s', (sentence) => {
    const m = one(sentence);
    expect([m.low, m.category, m.source]).toEqual([Number(/\d+/.exec(sentence)![0]), 'killed', null]);
  });
});

describe('what is not a casualty figure', () => {
  it.each([
    'The missiles struck at 12.02 am, killing nobody we know of in 2023.',
    'The fact that as many was six deadly HIMARS missiles were fired in rapid sequence.',
    'The war has cost $2 billion and killed hopes of peace.',
    'Prices rose 12 percent as the death of the currency loomed.',
    'The soldier, aged 19, was praised.',
  ])('%s', (sentence) => {
    expect(extractFromSentence(sentence).filter((m) => m.low !== 0)).toEqual([]);
  });
});
