// What each tab's page was found to hold, for the popup. Kept in memory and mirrored to
// storage.session where the browser has it, so a restarted service worker still knows.
import browser from 'webextension-polyfill';
import type { TabReport } from '../shared/messages.ts';

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
