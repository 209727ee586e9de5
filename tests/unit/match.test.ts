import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryClaimStore } from '../../src/claims/store.ts';
import type { Pack } from '../../src/claims/model.ts';
import { eventForSentence, scoreEvents } from '../../src/match/events.ts';
import { resolveSource } from '../../src/match/sources.ts';
import { judgeMentions, rangesAgree, type VerdictInput } from '../../src/match/verdicts.ts';
import { scanPage } from '../../src/match/scan.ts';

const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;
const store = new MemoryClaimStore([pack]);
const MAKIIVKA = 'makiivka-barracks-strike-2023';

describe('which event a page is about', () => {
  it('finds the Makiivka strike from any spelling', async () => {
    const events = await store.events();
    for (const spelling of ['Makeyevka', 'Makiivka', 'Makeevka']) {
      const scored = scoreEvents({ title: `Strike on ${spelling}`, url: 'https://example.com/news', text: 'HIMARS missiles hit a vocational school used as barracks.' }, events);
      expect(scored[0]?.event.id).toBe(MAKIIVKA);
    }
  });

  it('uses the URL and rejects pages published before the event', async () => {
    const events = await store.events();
    expect(scoreEvents({ title: 'News', url: 'https://example.com/2023/01/makiivka-strike-death-toll', text: 'The toll from the New Year strike in Donetsk rose.' }, events)[0]?.event.id).toBe(MAKIIVKA);
    expect(scoreEvents({ title: 'Makiivka strike', url: '', text: 'Makiivka', publishedAt: '2021-05-01' }, events).map((e) => e.event.id)).not.toContain(MAKIIVKA);
  });

  it('gives each sentence of a page about two events the event it names', () => {
    const event = (id: string, place: string, keyword: string) => ({ id, title: `Strike on ${place}`, aliases: [place], places: [place, 'Ukraine'], date: '2023-01-01', keywords: [keyword] });
    const a = { event: event('a', 'Makiivka', 'barracks'), score: 9 };
    const b = { event: event('b', 'Kramatorsk', 'railway'), score: 8 };
    expect(eventForSentence('In Kramatorsk, 50 people were killed.', [a, b])?.event.id).toBe('b');
    expect(eventForSentence('The railway station was hit.', [a, b])?.event.id).toBe('b');
    expect(eventForSentence('89 servicemen were killed.', [a, b])?.event.id).toBe('a'); // names neither: the page's best
  });

  it('finds no event on an unrelated page', async () => {
    expect(scoreEvents({ title: 'Football results', url: 'https://example.com/sport', text: 'Twelve goals were scored.' }, await store.events())).toEqual([]);
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

  it('is inconsistent when the page gives two figures for one source: 89 and 83', async () => {
    const [a, b] = judgeMentions([m(89, 89, null), m(83, 83, 'Russian MOD')], await claims());
    expect(a).toMatchObject({ verdict: 'matches', sourceId: 'ru-mod', sourceInferred: true });
    expect(b).toMatchObject({ verdict: 'inconsistent', sourceId: 'ru-mod' });
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
    const result = await scanPage({ page: { title: 'Makeyevka strike', url: 'https://example.com/a' }, sentences }, store);
    expect(result.events[0].id).toBe(MAKIIVKA);
    expect(result.mentions.map((x) => [x.text, x.verdict])).toEqual([
      ['89', 'matches'], ['upto 400', 'matches'], ['scores', 'matches'], ['83', 'inconsistent'], ['scores', 'matches'], ['89', 'matches'],
    ]);
    const m89 = result.mentions[0];
    const mod = m89.revisions.find((r) => r.sourceId === 'ru-mod')!;
    expect(mod.steps.map((s) => [s.low, s.reportedAt])).toEqual([[63, '2023-01-02'], [89, '2023-01-04']]);
    expect(m89.others.some((o) => o.sourceId === 'ua-armed-forces' && o.low === 400 && o.approx)).toBe(true);
    expect(m89.others.every((o) => o.category === 'killed' && /^https?:/.test(o.url))).toBe(true);
  });
});
