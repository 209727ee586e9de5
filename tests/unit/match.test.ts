import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryClaimStore } from '../../src/claims/store.ts';
import type { Pack, TrackedEvent } from '../../src/claims/model.ts';
import { eventsForPage, type PageFacts } from '../../src/match/events.ts';
import { resolveSource } from '../../src/match/sources.ts';
import { judgeMentions, rangesAgree, type VerdictInput } from '../../src/match/verdicts.ts';
import { scanPage } from '../../src/match/scan.ts';

const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;
const store = new MemoryClaimStore([pack]);
const MAKIIVKA = 'makiivka-barracks-strike-2023';

describe('which event a page is about', () => {
  const one = async (page: PageFacts, sentence: string, paragraph?: string) =>
    eventsForPage(page, [{ id: 0, text: sentence, paragraph }], await store.events(), await store.sources()).bySentence.get(0)!;

  it('finds the Makiivka strike from any spelling, in the title with a term of the event', async () => {
    for (const spelling of ['Makeyevka', 'Makiivka', 'Makeevka', 'Макіївка']) {
      const tied = await one({ title: `Strike on ${spelling}`, url: 'https://example.com/news', lede: ['HIMARS missiles hit a vocational school used as barracks.'] }, '63 soldiers were killed.');
      expect(tied.event?.id, spelling).toBe(MAKIIVKA);
      expect(tied.evidence.scope).toBe('page');
    }
  });

  it('uses the address, and rejects pages published before the event', async () => {
    const tied = await one({ title: 'News', url: 'https://example.com/2023/01/02/makiivka-strike-death-toll', lede: ['The toll from the New Year strike in Donetsk rose.'] }, '63 soldiers were killed.');
    expect(tied.event?.id).toBe(MAKIIVKA);
    expect(tied.evidence.pageDate).toBe('2023-01-02');
    const before = await one({ title: 'Makiivka strike', url: '', publishedAt: '2021-05-01' }, 'In Makiivka, 3 people were killed in the New Year strike.');
    expect(before.event).toBeNull();
    expect(before.evidence.rejected?.reason).toBe('page-before');
  });

  it('gives each sentence of a page about two events the event it names', () => {
    const event = (id: string, place: string, keyword: string): TrackedEvent => ({ id, title: `Strike on ${place}`, aliases: [], places: [place, 'Ukraine'], date: '2023-01-01', keywords: [keyword] });
    const events = [event('a', 'Makiivka', 'HIMARS'), event('b', 'Kramatorsk', 'Tochka-U')];
    const page: PageFacts = { title: 'HIMARS strike on Makiivka', url: '', publishedAt: '2023-01-03' };
    const sentences = ['In Kramatorsk, 50 people were killed.', 'A Tochka-U hit the station, killing 50.', '89 servicemen were killed.'].map((text, id) => ({ id, text }));
    const result = eventsForPage(page, sentences, events);
    expect(sentences.map((s) => result.bySentence.get(s.id)!.event?.id ?? null)).toEqual(['b', 'a', 'a']);
  });

  it('finds no event on an unrelated page', async () => {
    expect((await one({ title: 'Football results', url: 'https://example.com/sport' }, 'Twelve people were injured.')).event).toBeNull();
  });
});

describe('binding a written source to a tracked one', () => {
  it('resolves aliases and fuller names', async () => {
    const sources = [...new Map((await store.claimsForEvent(MAKIIVKA)).map((c) => [c.source.id, c.source])).values()];
    expect(resolveSource('Russian MOD', sources)?.id).toBe('ru-mod');
    expect(resolveSource('the Russian Defence Ministry', sources)?.id).toBe('ru-mod');
    expect(resolveSource('Lieutenant General Sergey Sevryukov', sources)?.id).toBe('ru-mod');
    expect(resolveSource('Kiev', sources)?.id).toBe('ua-armed-forces');
    expect(resolveSource('a passer-by', sources)).toBeNull();
    expect(resolveSource(null, sources)).toBeNull();
  });
});

describe('verdicts', () => {
  const claims = async () => new Map([[MAKIIVKA, await store.claimsForEvent(MAKIIVKA)]]);
  const m = (low: number | null, high: number | null, source: string | null, extra: Partial<VerdictInput> = {}): VerdictInput =>
    ({ low, high, source, category: 'killed', eventId: MAKIIVKA, ...extra });

  it('ranges agree when they overlap, approximate ones with 10% slack', () => {
    expect(rangesAgree({ low: null, high: 400 }, { low: 400, high: 400 })).toBe(true);
    expect(rangesAgree({ low: 83, high: 83 }, { low: 89, high: 89 })).toBe(false);
    expect(rangesAgree({ low: 420, high: 420 }, { low: 400, high: 400, approx: true })).toBe(true);
    expect(rangesAgree({ low: 40, high: null }, { low: 89, high: 89 })).toBe(true);
  });

  it('an open-ended figure does not agree with one many times larger (like with like)', () => {
    expect(rangesAgree({ low: 471, high: null }, { low: 50900, high: null })).toBe(false);
    expect(rangesAgree({ low: 92, high: null }, { low: 2000, high: 2000 })).toBe(false);
    expect(rangesAgree({ low: 92, high: null }, { low: 139, high: 139 })).toBe(true);
    expect(rangesAgree({ low: null, high: null }, { low: 2000, high: 2000 })).toBe(true);
  });

  it('matches a source\'s current figure, and marks its earlier one revised', async () => {
    const [current, earlier] = judgeMentions([m(89, 89, 'Russian MOD'), m(63, 63, 'the Russian defence ministry')], await claims());
    expect(current.verdict).toBe('matches');
    expect(earlier.verdict).toBe('revised');
  });

  it('conflicts when the tracked figures of the named source disagree', async () => {
    const [v] = judgeMentions([m(1000, 1000, 'Russian MOD')], await claims());
    expect(v.verdict).toBe('conflicts');
  });

  it('conflicts when no tracked figure agrees with an unattributed one', async () => {
    const [v] = judgeMentions([m(2000, 2000, null)], await claims());
    expect(v.verdict).toBe('conflicts');
    expect(v.disagreeing.length).toBeGreaterThan(5);
  });

  it('is misattributed when the named source never gave the figure and another source did: the MOD\'s "83"', async () => {
    const [a, b] = judgeMentions([m(89, 89, null), m(83, 83, 'Russian MOD')], await claims());
    expect(a).toMatchObject({ verdict: 'matches', sourceId: 'ru-mod', sourceInferred: true });
    expect(b).toMatchObject({ verdict: 'misattributed', sourceId: 'ru-mod', misattribution: { kind: 'other-source', claimIds: ['makiivka-barracks-strike-2023/9'] } });
  });

  it('is misattributed when the source gave the figure for another category, or the text calls an old figure the latest', async () => {
    // Ukraine's ~300 is its wounded figure, not its dead
    const [wounded] = judgeMentions([m(300, 300, 'Kiev')], await claims());
    expect(wounded).toMatchObject({ verdict: 'misattributed', misattribution: { kind: 'other-category' } });
    // the MOD's 63 called its latest on a page dated after it revised it to 89; on 2 Jan it was the latest
    const [stale] = judgeMentions([m(63, 63, 'Russian MOD', { current: true, asOf: '2023-01-10' })], await claims());
    expect(stale).toMatchObject({ verdict: 'misattributed', misattribution: { kind: 'not-latest' } });
    const [then] = judgeMentions([m(63, 63, 'Russian MOD', { current: true, asOf: '2023-01-02' })], await claims());
    expect(then.verdict).toBe('revised');
  });

  it('is inconsistent when the page gives two figures for one source and neither is tracked: 120 and 150', async () => {
    const [a, b] = judgeMentions([m(120, 120, 'Russian MOD'), m(150, 150, 'Russian MOD')], await claims());
    expect(a.verdict).toBe('inconsistent');
    expect(b.verdict).toBe('inconsistent');
  });

  it('is untracked without an event or without claims of the category', async () => {
    const [a, b] = judgeMentions([m(5, 5, null, { eventId: null }), m(5, 5, null, { category: 'captured' })], await claims());
    expect(a.verdict).toBe('untracked');
    expect(b.verdict).toBe('untracked');
  });
});

describe('scanPage', () => {
  it('gives the seed article its verdicts, revisions and tracked figures', async () => {
    const text = readFileSync('../shared/fixtures/makeyevka-article.txt', 'utf8');
    const sentences = text.split('\n').map((t, id) => ({ id, text: t }));
    const result = await scanPage({ page: { title: 'Makeyevka strike', url: 'https://example.com/a', lede: [sentences[1].text] }, sentences }, store);
    expect(result.events[0].id).toBe(MAKIIVKA);
    expect(result.mentions.map((x) => [x.text, x.verdict])).toEqual([
      ['89', 'matches'], ['upto 400', 'matches'], ['scores', 'matches'], ['83', 'misattributed'], ['scores', 'matches'], ['89', 'matches'],
    ]);
    const m89 = result.mentions[0];
    const mod = m89.revisions.find((r) => r.sourceId === 'ru-mod')!;
    expect(mod.steps.map((s) => [s.low, s.reportedAt])).toEqual([[63, '2023-01-02'], [89, '2023-01-04']]);
    expect(m89.others.some((o) => o.sourceId === 'ua-armed-forces' && o.low === 400 && o.approx)).toBe(true);
    expect(m89.others.every((o) => o.category === 'killed' && /^https?:/.test(o.url))).toBe(true);
  });
  it("never judges one person named, or a part of a toll, against the event's toll", async () => {
    const sentences = [
      'Kiev claimed that upto 400 Russian soldiers might have been killed in the strike on Makiivka on New Year\'s night.',
      'A soldier who was wounded in the Makiivka attack said the building collapsed.',
      'The mother of a conscript said her son was killed in the strike.',
      'The Russian MOD said 89 servicemen were killed in the strike, including 12 officers.',
    ].map((text, id) => ({ id, text }));
    const result = await scanPage({ page: { title: 'Makeyevka strike', url: 'https://example.com/a', lede: [sentences[0].text] }, sentences }, store);
    expect(result.mentions.map((x) => [x.text, x.verdict, x.event, x.eventEvidence.rejected?.reason ?? null])).toEqual([
      ['upto 400', 'matches', MAKIIVKA, null],
      ['soldier', 'untracked', null, 'single-victim'],
      ['son', 'untracked', null, 'single-victim'],
      // a part of the toll is not a toll: 12 officers neither conflicts with 89 nor matches "fewer than 100"
      ['89', 'matches', MAKIIVKA, null],
      ['12', 'untracked', null, 'part-of-toll'],
    ]);
  });

  it('never judges a count five times smaller than any tracked figure of the event: a part of its toll, or a first count', async () => {
    const sentences = [
      'Kiev claimed that upto 400 Russian soldiers might have been killed in the strike on Makiivka on New Year\'s night.',
      'Two soldiers from Samara were killed in the strike on Makiivka, the regional governor said.',
      'Officials in Samara said 25 soldiers from the region died in the Makiivka strike.',
    ].map((text, id) => ({ id, text }));
    const result = await scanPage({ page: { title: 'Makeyevka strike', url: 'https://example.com/a', lede: [sentences[0].text] }, sentences }, store);
    expect(result.mentions.map((x) => [x.text, x.verdict, x.eventEvidence.rejected?.reason ?? null])).toEqual([
      ['upto 400', 'matches', null],
      // 2 is under a fifth of the smallest tracked figure (63): no "match" with "fewer than 100", no conflict with 89
      ['Two', 'untracked', 'smaller'],
      // 25 is judged: "fewer than 100" holds it (a subgroup said this way still reads as a match)
      ['25', 'matches', null],
    ]);
  });
});
