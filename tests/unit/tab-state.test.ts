// How the background folds a page's scan batches (and its frames) into what the popup and
// the badge show.
import { describe, expect, it } from 'vitest';
import { disputedIn, recordScan, toReport, type ScanRecord } from '../../extension/background/tab-state.ts';
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
});
