// A tab's scan results as the background keeps them, folded batch by batch (pure: no
// browser API, so it is unit-tested).
import { countDisputed, type ScanResult, type TabReport } from '../shared/messages.ts';

/** What is kept per tab: each frame's own figures (sentence ids are per frame). */
export interface TabState {
  url: string;
  title: string;
  /** the top frame is 0; same-origin frames are read too */
  frames: Record<number, { url: string; result: ScanResult }>;
}

export interface ScanRecord {
  frameId: number;
  url: string;
  title: string;
  result: ScanResult;
  /** a new page in that frame (or a single-page navigation) */
  reset: boolean;
  /** sentence ids of that frame read again or removed */
  forget: number[];
}

/** Folds one scan batch into a tab's state. A new page in the top frame starts over. */
export function recordScan(previous: TabState | undefined, scan: ScanRecord): TabState {
  const top = scan.frameId === 0;
  const frames = top && scan.reset ? {} : { ...(previous?.frames ?? {}) };
  const before = frames[scan.frameId];
  const samePage = before && !scan.reset && before.url === scan.url;
  const forget = new Set(scan.forget);
  const kept = samePage ? before.result.mentions.filter((m) => !forget.has(m.sentenceId)) : [];
  frames[scan.frameId] = {
    url: scan.url,
    result: { events: uniqueEvents([...(samePage ? before.result.events : []), ...scan.result.events]), mentions: [...kept, ...scan.result.mentions] },
  };
  return {
    url: top || !previous ? scan.url : previous.url,
    title: top || !previous ? scan.title : previous.title,
    frames,
  };
}

/** The badge's count, without merging the frames' figures (it is asked after every batch). */
export function disputedIn(state: TabState): number {
  return Object.values(state.frames).reduce((n, f) => n + countDisputed(f.result), 0);
}

export function toReport(state: TabState): TabReport {
  const all = Object.keys(state.frames).map(Number).sort((a, b) => a - b).map((id) => state.frames[id].result);
  const result: ScanResult = { events: uniqueEvents(all.flatMap((r) => r.events)), mentions: all.flatMap((r) => r.mentions) };
  return { url: state.url, title: state.title, result, disputed: countDisputed(result) };
}

function uniqueEvents(events: ScanResult['events']): ScanResult['events'] {
  return [...new Map(events.map((e) => [e.id, e])).values()];
}
