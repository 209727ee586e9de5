// A tab's scan results as the background keeps them, folded batch by batch (pure: no
// browser API, so it is unit-tested). What is kept stays small whatever the page: the first
// REPORT_LIMIT figures of each frame in the popup's slim form, and for every figure only its
// sentence and whether it is disputed, which is all the counts and the badge need.
import { DISPUTED, toReportMention, type ReportMention, type ScanResult, type TabReport } from '../shared/messages.ts';

/** Figures listed per frame; past it, the popup counts them. */
export const REPORT_LIMIT = 300;

export interface FrameState {
  url: string;
  events: ScanResult['events'];
  /** the first figures, for the popup's list */
  mentions: ReportMention[];
  /** every figure: [sentence id, 1 when disputed] */
  all: [number, number][];
}

/** What is kept per tab: each frame's own figures (sentence ids are per frame). */
export interface TabState {
  url: string;
  title: string;
  /** the top frame is 0; same-origin frames are read too */
  frames: Record<number, FrameState>;
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
  const kept = samePage ? before.mentions.filter((m) => !forget.has(m.sentenceId)) : [];
  const all = samePage ? (forget.size ? before.all.filter(([id]) => !forget.has(id)) : before.all) : [];
  for (const m of scan.result.mentions) all.push([m.sentenceId, DISPUTED.has(m.verdict) ? 1 : 0]);
  for (const m of scan.result.mentions) if (kept.length < REPORT_LIMIT) kept.push(toReportMention(m));
  frames[scan.frameId] = { url: scan.url, events: uniqueEvents([...(samePage ? before.events : []), ...scan.result.events]), mentions: kept, all };
  return {
    url: top || !previous ? scan.url : previous.url,
    title: top || !previous ? scan.title : previous.title,
    frames,
  };
}

/** The badge's count, without merging the frames' figures (it is asked after every batch). */
export function disputedIn(state: TabState): number {
  let n = 0;
  for (const f of Object.values(state.frames)) for (const [, d] of f.all) n += d;
  return n;
}

export function toReport(state: TabState): TabReport {
  const frames = Object.keys(state.frames).map(Number).sort((a, b) => a - b).map((id) => state.frames[id]);
  return {
    url: state.url,
    title: state.title,
    result: { events: uniqueEvents(frames.flatMap((f) => f.events)), mentions: frames.flatMap((f) => f.mentions) },
    total: frames.reduce((n, f) => n + f.all.length, 0),
    disputed: disputedIn(state),
  };
}

function uniqueEvents(events: ScanResult['events']): ScanResult['events'] {
  return [...new Map(events.map((e) => [e.id, e])).values()];
}
