// What each tab's page was found to hold, for the popup. Kept in memory and mirrored to
// storage.session where the browser has it, so a restarted service worker still knows.
import browser from 'webextension-polyfill';
import type { TabReport } from '../shared/messages.ts';
import { toReport, type TabState } from './tab-state.ts';

const PERSIST_DELAY_MS = 500;

export class TabReports {
  private readonly tabs = new Map<number, TabState>();
  private restored: Promise<void>;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    this.restored = this.restore();
  }

  state(tabId: number): TabState | undefined {
    return this.tabs.get(tabId);
  }

  /** The popup's view, derived from the frames when asked. */
  report(tabId: number): TabReport | null {
    const t = this.tabs.get(tabId);
    return t ? toReport(t) : null;
  }

  set(tabId: number, state: TabState): void {
    this.tabs.set(tabId, state);
    this.schedulePersist();
  }

  delete(tabId: number): void {
    if (this.tabs.delete(tabId)) this.schedulePersist();
  }

  async ready(): Promise<void> {
    await this.restored;
  }

  private async restore(): Promise<void> {
    const session = browser.storage.session;
    if (!session) return;
    try {
      const saved = (await session.get('tabStates')).tabStates as Record<string, TabState> | undefined;
      for (const [k, v] of Object.entries(saved ?? {})) if (!this.tabs.has(Number(k))) this.tabs.set(Number(k), v);
    } catch {
      // storage.session unavailable: reports live only as long as the worker
    }
  }

  /** A page scanned in many batches is written once they settle, not once per batch. */
  private schedulePersist(): void {
    if (this.persistTimer) return;
    this.persistTimer = setTimeout(() => {
      this.persistTimer = null;
      void this.persist();
    }, PERSIST_DELAY_MS);
  }

  private async persist(): Promise<void> {
    const session = browser.storage.session;
    if (!session) return;
    try {
      await session.set({ tabStates: Object.fromEntries(this.tabs) });
    } catch {
      // quota or unavailable: the in-memory copy still serves this worker's lifetime
    }
  }
}
