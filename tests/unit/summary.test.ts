// The card's first lines: what the record shows, in words, with its source and date.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MemoryClaimStore } from '../../src/claims/store.ts';
import type { Pack } from '../../src/claims/model.ts';
import { scanPage } from '../../src/match/scan.ts';
import { summarize, summaryText } from '../../src/match/summary.ts';
import { formatFigure } from '../../src/match/format.ts';
import { firstPerSource } from '../../src/match/per-source.ts';

const store = new MemoryClaimStore([JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack]);
const page = { title: 'HIMARS strike on Makiivka', url: 'https://example.com/2023/01/10/makiivka', publishedAt: '2023-01-10' };
const lines = async (text: string) => {
  const r = await scanPage({ page, sentences: [{ id: 0, text }] }, store);
  return r.mentions.map((m) => [m.verdict, ...summaryText(summarize(m, { figure: (f) => formatFigure(f), date: (d) => d ?? '?', category: (c) => c }))]);
};

describe('what the card says first', () => {
  it('says whose figure an unattributed one equals, and the spread of the others', async () => {
    expect(await lines('In Makiivka, 89 soldiers were killed.')).toEqual([[
      'matches', "No source named here; equals Russian Ministry of Defence's figure (2023-01-04).", 'Other sources: 83 to 610.',
    ]]);
  });

  it('says "same as" only for the same figure, and "agrees with" a range or an estimate', async () => {
    expect((await lines('The Russian MOD said 89 soldiers were killed in Makiivka.'))[0][1]).toBe("Same as Russian Ministry of Defence's current figure (2023-01-04).");
    expect((await lines('Kiev claimed that up to 400 soldiers were killed in Makiivka.'))[0][1])
      .toBe("Agrees with Armed Forces of Ukraine (Strategic Communications)'s current figure, ~400 (2023-01-01).");
  });

  it('names whose figure a misattributed one is', async () => {
    expect((await lines('The Russian MOD said 83 soldiers were killed in Makiivka.'))[0].slice(0, 2)).toEqual([
      'misattributed', "Russian Ministry of Defence never gave 83: it said 63 (2023-01-02) → 89 (2023-01-04). 83 is Idel.Realii (RFE/RL)'s figure (2023-01-25).",
    ]);
    expect((await lines('Kiev said 300 soldiers were killed in Makiivka.'))[0][1]).toBe('Armed Forces of Ukraine (Strategic Communications) gave 300 as wounded (2023-01-01), not as killed.');
    expect((await lines('The Russian MOD said its latest figure is 63 killed in Makiivka.'))[0][1])
      .toBe("Russian Ministry of Defence's latest figure is 89 (2023-01-04); 63 was its earlier figure (2023-01-02).");
  });
});

describe('a big event', () => {
  it('judges and summarizes a figure among 150,000 claims of one event without overflowing the stack, and lists a few per source', async () => {
    const base = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;
    const big: Pack = {
      ...base, id: 'big', title: 'Big', events: [], claims: Array.from({ length: 150_000 }, (_, i) => ({
        id: `big-${i}`, eventId: 'crosscount-default:makiivka-barracks-strike-2023', sourceId: base.sources[i % 5].id, category: 'killed' as const, low: 10 + (i % 500), high: 10 + (i % 500),
        approx: false, qualifier: '', reportedAt: '2023-01-05', url: `https://example.org/${i}`, supersedes: null,
      })),
    };
    const r = await scanPage({ page, sentences: [{ id: 0, text: 'In Makiivka, 89 soldiers were killed.' }] }, new MemoryClaimStore([base, big]));
    const m = r.mentions[0];
    expect(m.others.length).toBeGreaterThan(150_000);
    expect(summaryText(summarize(m, { figure: (f) => formatFigure(f), date: (d) => d ?? '?', category: (c) => c }))).toContain('Other sources: 10 to 610.');
    const rows = firstPerSource(m.others, 5);
    expect(rows.shown.length).toBeLessThanOrEqual(5 * new Set(m.others.map((o) => o.source)).size);
    expect(rows.more.reduce((n, x) => n + x.count, 0) + rows.shown.length).toBe(m.others.length);
    // (it builds and matches 150,000 claims: about 4 s on a busy 2-core machine, so vitest's 5 s default is too tight)
  }, 30_000);
});
