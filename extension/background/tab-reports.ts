// What each tab's page was found to hold, for the popup. Kept in memory and mirrored to
// storage.session where the browser has it, so a restarted service worker still knows: one
// key per tab, written once its batches settle, so a tab's report never fails another's.
import browser from 'webextension-polyfill';
import type { TabReport } from '../shared/messages.ts';
import { toReport, type TabState } from './tab-state.ts';

const PERSIST_DELAY_MS = 500;

export class TabReports {
  private readonly tabs = new Map<number, TabState>();
  private restored: Promise<void>;
  private persistTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly dirty = new Set<number>();

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
    this.dirty.add(tabId);
    this.schedulePersist();
  }

  delete(tabId: number): void {
    if (this.tabs.delete(tabId)) { this.dirty.add(tabId); this.schedulePersist(); }
  }

  async ready(): Promise<void> {
    await this.restored;
  }

  private async restore(): Promise<void> {
    const session = browser.storage.session;
    if (!session) return;
    try {
      const saved = await session.get(null) as Record<string, unknown>;
      for (const [k, v] of Object.entries(saved)) {
        const id = /^tab:(\d+)$/.exec(k)?.[1];
        if (id && !this.tabs.has(Number(id)) && isTabState(v)) this.tabs.set(Number(id), v);
      }
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
    const ids = [...this.dirty];
    this.dirty.clear();
    if (!session) return;
    for (const id of ids) {
      const state = this.tabs.get(id);
      try {
        if (state) await session.set({ [`tab:${id}`]: state });
        else await session.remove(`tab:${id}`);
      } catch {
        // quota or unavailable for this tab: the in-memory copy still serves this worker's lifetime
      }
    }
  }
}

function isTabState(v: unknown): v is TabState {
  const s = v as TabState;
  return Boolean(s && typeof s === 'object' && typeof s.url === 'string' && s.frames && typeof s.frames === 'object'
    && Object.values(s.frames).every((f) => Array.isArray(f?.all) && Array.isArray(f?.mentions)));
}
