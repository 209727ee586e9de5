// How the background folds a page's scan batches (and its frames) into what the popup and
// the badge show.
import { describe, expect, it } from 'vitest';
import { disputedIn, recordScan, REPORT_LIMIT, toReport, type ScanRecord } from '../../extension/background/tab-state.ts';
import type { MatchedMention, ScanResult } from '../../extension/shared/messages.ts';

const mention = (sentenceId: number, verdict: MatchedMention['verdict']) => ({ sentenceId, verdict, text: String(sentenceId) }) as MatchedMention;
const result = (...m: MatchedMention[]): ScanResult => ({ events: [{ id: 'e', title: 'E', score: 5 }], mentions: m });
const scan = (patch: Partial<ScanRecord>): ScanRecord => ({ frameId: 0, url: 'https://a.example/x', title: 'A', result: result(), reset: false, forget: [], ...patch });

describe("a tab's figures", () => {
  it('add up batch by batch and drop the sentences read again', () => {
    let s = recordScan(undefined, scan({ reset: true, result: result(mention(0, 'matches'), mention(1, 'conflicts')) }));
    s = recordScan(s, scan({ result: result(mention(2, 'inconsistent')) }));
    expect(toReport(s)).toMatchObject({ disputed: 2 });
    s = recordScan(s, scan({ forget: [1], result: result(mention(3, 'matches')) }));
    expect(toReport(s).result.mentions.map((m) => m.sentenceId)).toEqual([0, 2, 3]);
    expect(toReport(s).disputed).toBe(1);
    expect(disputedIn(s)).toBe(1);
    expect(toReport(s).result.events).toHaveLength(1);
  });

  it("keep each frame's figures, and a new top page starts over", () => {
    let s = recordScan(undefined, scan({ reset: true, result: result(mention(0, 'conflicts')) }));
    s = recordScan(s, scan({ frameId: 7, url: 'https://a.example/frame', title: 'F', reset: true, result: result(mention(0, 'revised')) }));
    expect(toReport(s)).toMatchObject({ url: 'https://a.example/x', title: 'A', disputed: 2 });
    expect(disputedIn(s)).toBe(2); // the badge's count, across frames, without the merge
    s = recordScan(s, scan({ url: 'https://a.example/next', title: 'Next', reset: true, result: result(mention(0, 'matches')) }));
    expect(toReport(s)).toMatchObject({ url: 'https://a.example/next', disputed: 0 });
    expect(toReport(s).result.mentions).toHaveLength(1);
  });

  it('stay small on a page of 2,000 figures: the first few hundred listed, every one counted', () => {
    const big = (i: number) => ({
      ...mention(i, i % 4 === 0 ? 'conflicts' : 'matches'), sentence: 'x'.repeat(500),
      others: Array.from({ length: 50 }, (_, k) => ({ claimId: `c${k}`, source: 'A source with a long name', url: 'https://example.org/a/long/path' })),
    }) as unknown as MatchedMention;
    let s = recordScan(undefined, scan({ reset: true }));
    for (let b = 0; b < 20; b++) s = recordScan(s, scan({ result: result(...Array.from({ length: 100 }, (_, i) => big(b * 100 + i))) }));
    const report = toReport(s);
    expect(report.total).toBe(2000);
    expect(report.disputed).toBe(500);
    expect(disputedIn(s)).toBe(500);
    expect(report.result.mentions).toHaveLength(REPORT_LIMIT);
    expect(report.result.mentions[0]).not.toHaveProperty('others');
    // what storage.session holds for the tab: well under its 10 MB quota
    expect(JSON.stringify(s).length).toBeLessThan(200_000);
    // reading sentences again forgets their figures from the counts too
    s = recordScan(s, scan({ forget: [0, 4, 8] }));
    expect(toReport(s)).toMatchObject({ total: 1997, disputed: 497 });
  });
});

