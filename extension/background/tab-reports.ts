// What each tab's page was found to hold, for the popup. Kept in memory and mirrored to
// storage.session where the browser has it, so a restarted service worker still knows.
import browser from 'webextension-polyfill';
import { countDisputed, type ScanResult, type TabReport } from '../shared/messages.ts';

export class TabReports {
  private readonly reports = new Map<number, TabReport>();
  private restored: Promise<void>;

  constructor() {
    this.restored = this.restore();
  }

  get(tabId: number): TabReport | undefined {
    return this.reports.get(tabId);
  }

  set(tabId: number, report: TabReport): void {
    this.reports.set(tabId, report);
    void this.persist();
  }

  delete(tabId: number): void {
    if (this.reports.delete(tabId)) void this.persist();
  }

  async ready(): Promise<void> {
    await this.restored;
  }

  private async restore(): Promise<void> {
    const session = browser.storage.session;
    if (!session) return;
    try {
      const saved = (await session.get('tabReports')).tabReports as Record<string, TabReport> | undefined;
      for (const [k, v] of Object.entries(saved ?? {})) if (!this.reports.has(Number(k))) this.reports.set(Number(k), v);
    } catch {
      // storage.session unavailable: reports live only as long as the worker
    }
  }

  private async persist(): Promise<void> {
    const session = browser.storage.session;
    if (!session) return;
    try {
      await session.set({ tabReports: Object.fromEntries(this.reports) });
    } catch {
      // quota or unavailable: the in-memory copy still serves this worker's lifetime
    }
  }
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

/**
 * Folds one scan batch into the tab's report. Each frame keeps its own figures (sentence
 * ids are per frame); the report shows them all. A new page in the top frame starts over.
 */
export function recordScan(previous: TabReport | undefined, scan: ScanRecord): TabReport {
  const top = scan.frameId === 0;
  const frames = top && scan.reset ? {} : { ...(previous?.frames ?? {}) };
  const before = frames[scan.frameId];
  const forget = new Set(scan.forget);
  const kept = before && !scan.reset && before.url === scan.url ? before.result.mentions.filter((m) => !forget.has(m.sentenceId)) : [];
  const events = new Map([...(kept.length && before ? before.result.events : []), ...scan.result.events].map((e) => [e.id, e]));
  frames[scan.frameId] = { url: scan.url, result: { events: [...events.values()], mentions: [...kept, ...scan.result.mentions] } };
  const all = Object.keys(frames).map(Number).sort((a, b) => a - b).map((id) => frames[id].result);
  const merged: ScanResult = {
    events: [...new Map(all.flatMap((r) => r.events).map((e) => [e.id, e])).values()],
    mentions: all.flatMap((r) => r.mentions),
  };
  return {
    url: top ? scan.url : previous?.url ?? scan.url,
    title: top ? scan.title : previous?.title ?? scan.title,
    result: merged,
    disputed: countDisputed(merged),
    overlayEnabled: true,
    frames,
  };
}
