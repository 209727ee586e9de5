// How the bench reads the content script's main-thread cost from a Chrome trace: slices are
// paired in time order, and each is charged the CPU share of the innermost timed task
// around it on the same thread.
import { describe, expect, it } from 'vitest';
import { sliceTimes } from '../../scripts/lib/trace.ts';

const main = { pid: 1, tid: 1 };
const mark = (ph: 'b' | 'e', ts: number) => ({ name: 'crosscount', cat: 'blink.user_timing', ph, ts, ...main });
const task = (name: string, ts: number, dur: number, tdur: number, where = main) => ({ name, cat: 'toplevel', ph: 'X', ts, dur, tdur, ...where });

describe('slice times from a trace', () => {
  it('charges each slice the CPU share of the innermost task around it', () => {
    const events = [
      task('RunTask', 0, 20_000, 10_000), // half CPU
      task('FunctionCall', 1_000, 10_000, 8_000), // the slice's own call: 80 % CPU
      mark('b', 2_000), mark('e', 7_000), // 5 ms wall → 4 ms CPU
      task('RunTask', 30_000, 4_000, 4_000, { pid: 2, tid: 2 }), // another process: ignored
      task('RunTask', 30_000, 4_000, 1_000),
      mark('e', 33_000), mark('b', 31_000), // out of order in the trace: 2 ms wall → 0.5 ms CPU
    ];
    const t = sliceTimes(events, 'crosscount');
    expect(t.slices).toBe(2);
    expect(t.wall).toBeCloseTo(7);
    expect(t.cpu).toBeCloseTo(4.5);
    expect(t.longest).toBeCloseTo(5);
    expect(t.unmatched).toBe(0);
  });

  it('counts a slice with no timed task around it at its wall-clock time', () => {
    const t = sliceTimes([mark('b', 0), mark('e', 3_000), task('RunTask', 5_000, 1_000, 1_000)], 'crosscount');
    expect(t).toEqual({ wall: 3, cpu: 3, slices: 1, longest: 3, unmatched: 1 });
  });

  it('reads nothing from a trace without slices', () => {
    expect(sliceTimes([task('RunTask', 0, 10, 10)], 'crosscount')).toEqual({ wall: 0, cpu: 0, slices: 0, longest: 0, unmatched: 0 });
  });
});
