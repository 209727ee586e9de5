// Keeps subscribed packs current: one alarm, due packs checked one at a time, each at its
// own expiry plus jitter. Installing goes through src/packs/update.ts, which verifies the
// signature, the schema, the size and the version before replacing anything.
import browser from 'webextension-polyfill';
import { BUNDLED_URL, removeSubscription, type CrosscountDB, type DexieClaimStore, type SubscriptionRow } from '../../src/claims/db.ts';
import { checkSubscription, type CheckOutcome } from '../../src/packs/update.ts';
import { subscriptionProblem } from '../../src/packs/subscription.ts';
import type { SubscriptionView } from '../shared/messages.ts';

const ALARM = 'crosscount-pack-check';
const MIN_DELAY_MS = 60_000;

export class PackManager {
  private running: Promise<void> | null = null;

  constructor(private readonly db: CrosscountDB, private readonly store: DexieClaimStore) {}

  async list(): Promise<SubscriptionView[]> {
    const subs = await this.db.subscriptions.toArray();
    const packs = new Map((await this.db.packs.toArray()).map((p) => [p.id, p]));
    return subs.map((s) => {
      const p = s.packId ? packs.get(s.packId) : undefined;
      return {
        url: s.url,
        bundled: s.url === BUNDLED_URL,
        packId: s.packId,
        title: p?.title ?? null,
        version: p?.version ?? null,
        installedAt: p?.installedAt ?? null,
        lastCheckedAt: s.lastCheckedAt,
        nextCheckAt: s.url === BUNDLED_URL ? null : new Date(s.nextCheckAt).toISOString(),
        status: s.status,
        lastError: s.lastError,
        lastReason: s.lastReason ?? null,
        claims: p?.counts.claims ?? 0,
        events: p?.counts.events ?? 0,
      };
    });
  }

  async subscribe(url: string, publicKey: string): Promise<{ ok: true; outcome: CheckOutcome } | { ok: false; error: string }> {
    const problem = subscriptionProblem(url, publicKey);
    if (problem) return { ok: false, error: problem };
    const normalized = new URL(url).href;
    if (await this.db.subscriptions.get(normalized)) return { ok: false, error: 'subAlreadyFollowed' };
    const row: SubscriptionRow = {
      url: normalized, publicKey: publicKey.trim(), packId: null, addedAt: new Date().toISOString(), lastCheckedAt: null,
      nextCheckAt: Date.now(), status: 'pending', lastError: null, lastReason: null, etag: null, lastModified: null,
    };
    await this.db.subscriptions.add(row);
    const outcome = await this.check(normalized);
    // an address that never installed is not a subscription: nothing is kept of it
    if (outcome.status === 'refused') await this.db.subscriptions.delete(normalized);
    return { ok: true, outcome };
  }

  async remove(url: string): Promise<void> {
    if (url === BUNDLED_URL) throw new Error('The bundled pack comes with the extension and cannot be removed.');
    await removeSubscription(this.db, url);
    this.store.invalidate();
    await this.schedule();
  }

  /** Checks one pack now (the options page's "Update now"). */
  async check(url: string): Promise<CheckOutcome> {
    if (url === BUNDLED_URL) return { status: 'unchanged' };
    const outcome = await this.checkOne(url);
    await this.schedule();
    return outcome;
  }

  /** Downloads, verifies and installs one pack; the claim cache is dropped when it changed. */
  private async checkOne(url: string): Promise<CheckOutcome> {
    const outcome = await checkSubscription(this.db, url, { fetch: (u, init) => fetch(u, init) });
    if (outcome.status === 'installed') this.store.invalidate();
    return outcome;
  }

  /** Checks every due pack, one at a time; concurrent calls share one run. */
  runDue(): Promise<void> {
    this.running ??= (async () => {
      try {
        const due = await this.db.subscriptions.where('nextCheckAt').belowOrEqual(Date.now()).toArray();
        for (const s of due) {
          if (s.url !== BUNDLED_URL) await this.checkOne(s.url);
        }
      } finally {
        this.running = null;
        await this.schedule();
      }
    })();
    return this.running;
  }

  /** One alarm at the earliest next check. */
  async schedule(): Promise<void> {
    const next = await this.db.subscriptions.orderBy('nextCheckAt').filter((s) => s.url !== BUNDLED_URL).first();
    await browser.alarms.clear(ALARM);
    if (next) browser.alarms.create(ALARM, { when: Math.max(next.nextCheckAt, Date.now() + MIN_DELAY_MS) });
  }

  listen(): void {
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) void this.runDue();
    });
  }
}
