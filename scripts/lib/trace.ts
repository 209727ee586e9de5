// The content script's main-thread cost, read from a Chrome trace. Its slices are marked
// with performance.measure; the wall clock of a slice also counts the time the operating
// system gave to other processes (on a 2-core machine the browser, the extension's worker
// and the test driver all want a core), so the trace's thread time (tdur) of the task
// around each slice tells how much of it was CPU spent by the page's main thread.
import type { CDPSession } from 'playwright-core';

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number }

export interface SliceTimes {
  /** sum of the slices by the wall clock, ms */
  wall: number;
  /** sum of the slices' main-thread CPU time, ms */
  cpu: number;
  slices: number;
  /** the longest slice by the wall clock, ms */
  longest: number;
  /** slices with no timed task around them, counted at their wall-clock time */
  unmatched: number;
}

const CATEGORIES = ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/** Traces `load()` and sums the slices measured under `name`. */
export async function traceSlices(cdp: CDPSession, load: () => Promise<void>, name = 'crosscount'): Promise<SliceTimes> {
  const events: TraceEvent[] = [];
  const onData = (e: { value: object[] }) => { events.push(...(e.value as TraceEvent[])); };
  cdp.on('Tracing.dataCollected', onData);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
  try {
    await load();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', onData);
  }
  return sliceTimes(events, name);
}

export function sliceTimes(events: TraceEvent[], name: string): SliceTimes {
  const marks = events.filter((e) => e.name === name && e.cat.includes('user_timing')).sort((a, b) => a.ts - b.ts);
  if (marks.length === 0) return { wall: 0, cpu: 0, slices: 0, longest: 0, unmatched: 0 };
  const { pid, tid } = marks[0];
  const timed = events.filter((e) => e.ph === 'X' && e.pid === pid && e.tid === tid && e.dur && e.tdur !== undefined);
  const out: SliceTimes = { wall: 0, cpu: 0, slices: 0, longest: 0, unmatched: 0 };
  let begin: number | null = null;
  for (const m of marks) {
    if (m.ph === 'b' || m.ph === 'B') { begin = m.ts; continue; }
    if ((m.ph !== 'e' && m.ph !== 'E') || begin === null) continue;
    const wall = m.ts - begin;
    // the innermost timed event around the slice: its share of CPU is the slice's
    let inner: TraceEvent | null = null;
    for (const t of timed) if (t.ts <= begin && t.ts + t.dur! >= m.ts && (!inner || t.dur! < inner.dur!)) inner = t;
    if (inner) out.cpu += (wall * inner.tdur!) / inner.dur!;
    else { out.cpu += wall; out.unmatched++; }
    out.wall += wall;
    out.longest = Math.max(out.longest, wall);
    out.slices++;
    begin = null;
  }
  return { ...out, wall: out.wall / 1000, cpu: out.cpu / 1000, longest: out.longest / 1000 };
}
