// The claim database: Dexie over IndexedDB. Schema changes add a new version with an
// upgrade; an existing version(n) is never edited, so installed data survives updates.
import Dexie, { type Table } from 'dexie';
import type { CodedText } from '../coded-text.ts';
import type { Claim, CorrectionsIntake, Pack, Source, TrackedEvent } from './model.ts';
import { claimOfEvent, ownEvents, qualifiedId, viewClaims, type ClaimStore, type OwnedEvents } from './store.ts';
import type { ClaimView } from './model.ts';

export interface PackRow {
  id: string;
  title: string;
  version: number | string;
  publishedAt: string;
  expires: number;
  homepage?: string;
  url: string | null;
  installedAt: string;
  lastCheckedAt: string | null;
  status: 'installed' | 'error';
  lastError: string | null;
  counts: { sources: number; events: number; claims: number };
  /** where volunteers' corrections for this pack go */
  corrections?: CorrectionsIntake | null;
  /** SHA-256 of the bytes installed (downloaded packs): a version names one content */
  digest?: string;
}

/** Rows of pack data carry their pack: the same event id in two packs is one event. */
export interface SourceRow extends Source { key: string; packId: string }
export interface EventRow extends TrackedEvent { key: string; packId: string }
export interface ClaimRow extends Claim { key: string; packId: string }

export interface CorrectionRow {
  localId?: number;
  /** the correction's own id (payload.id), unique */
  id?: string;
  packId: string | null;
  status: 'draft' | 'queued' | 'sent' | 'failed';
  createdAt: string;
  updatedAt: string;
  payload: unknown;
  /** why the last delivery failed, in English */
  lastError: string | null;
  /** the same as a message code and values, for the reader's language (absent on older rows) */
  lastReason?: CodedText | null;
  attempts?: number;
  /** epoch ms of the next delivery attempt, for failed ones that are retried */
  nextAttemptAt?: number | null;
  sentAt?: string | null;
  /** how it was sent, in English; sentViaReason the same as a message code (a URL has none) */
  sentVia?: string | null;
  sentViaReason?: CodedText | null;
}

/** A pack the user follows: where it comes from, the key it must be signed with, how checks went. */
export interface SubscriptionRow {
  /** the pack's URL; the bundled default pack uses BUNDLED_URL */
  url: string;
  publicKey: string | null;
  packId: string | null;
  addedAt: string;
  lastCheckedAt: string | null;
  /** epoch ms of the next scheduled check; Infinity-like for the bundled pack */
  nextCheckAt: number;
  status: 'pending' | 'ok' | 'error';
  /** why the last check failed, in English */
  lastError: string | null;
  /** the same as a message code and values, for the reader's language (absent on older rows) */
  lastReason?: CodedText | null;
  etag: string | null;
  lastModified: string | null;
}

/** The default pack ships inside the extension and updates with it. */
export const BUNDLED_URL = 'bundled:packs/default.json';

export class CrosscountDB extends Dexie {
  packs!: Table<PackRow, string>;
  sources!: Table<SourceRow, string>;
  events!: Table<EventRow, string>;
  claims!: Table<ClaimRow, string>;
  corrections!: Table<CorrectionRow, number>;
  subscriptions!: Table<SubscriptionRow, string>;

  constructor(name = 'crosscount', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      packs: '&id',
      sources: '&key, packId, id',
      events: '&key, packId, id',
      claims: '&key, packId, eventId, sourceId',
      corrections: '++localId, status, packId, createdAt',
    });
    // v2: subscriptions to packs by URL. The bundled default pack becomes a subscription.
    this.version(2).stores({
      subscriptions: '&url, packId, nextCheckAt',
    }).upgrade(async (tx) => {
      const packs = await tx.table('packs').toArray() as PackRow[];
      for (const p of packs) {
        await tx.table('subscriptions').put({
          url: p.url ?? BUNDLED_URL, publicKey: null, packId: p.id, addedAt: p.installedAt, lastCheckedAt: p.lastCheckedAt,
          nextCheckAt: Number.MAX_SAFE_INTEGER, status: 'ok', lastError: null, etag: null, lastModified: null,
        } satisfies SubscriptionRow);
      }
    });
    // v3: corrections are found by their own id, and retried by their next attempt time.
    this.version(3).stores({
      corrections: '++localId, &id, status, packId, createdAt, nextAttemptAt',
    });
  }
}

/** An event a reader's packs cover, for the options page: what Crosscount can check. */
export interface CoveredEvent { id: string; title: string; date: string; dateEnd: string | null; claims: number; packId: string; packTitle: string }

/** Every installed event with its number of claims, newest first. One pass over the claims' event index. */
export async function coveredEvents(db: CrosscountDB): Promise<CoveredEvent[]> {
  const [events, packs, eventKeys] = await Promise.all([db.events.toArray(), db.packs.toArray(), db.claims.orderBy('eventId').keys()]);
  const counts = new Map<string, number>();
  for (const k of eventKeys) counts.set(String(k), (counts.get(String(k)) ?? 0) + 1);
  const titles = new Map(packs.map((p) => [p.id, p.title]));
  return events
    .map((e) => ({ id: e.id, title: e.title, date: e.date, dateEnd: e.dateEnd ?? null, claims: counts.get(e.id) ?? 0, packId: e.packId, packTitle: titles.get(e.packId) ?? e.packId }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title)));
}

/** Removes a subscription and, in the same transaction, the rows of its pack. */
export async function removeSubscription(db: CrosscountDB, url: string): Promise<void> {
  await db.transaction('rw', [db.subscriptions, db.packs, db.sources, db.events, db.claims], async () => {
    const sub = await db.subscriptions.get(url);
    await db.subscriptions.delete(url);
    if (!sub?.packId) return;
    const others = await db.subscriptions.where('packId').equals(sub.packId).count();
    if (others > 0) return;
    await db.sources.where('packId').equals(sub.packId).delete();
    await db.events.where('packId').equals(sub.packId).delete();
    await db.claims.where('packId').equals(sub.packId).delete();
    await db.packs.delete(sub.packId);
  });
}

/**
 * Replaces one pack's rows in a single transaction: if anything fails, the previous
 * version of the pack stays installed as it was.
 */
/** `digest`: the SHA-256 of the pack's bytes as downloaded, to tell a republished version's content apart. */
export async function installPack(db: CrosscountDB, pack: Pack, url: string | null = null, digest: string | null = null): Promise<PackRow> {
  const row: PackRow = {
    id: pack.id,
    title: pack.title,
    version: pack.version,
    publishedAt: pack.publishedAt,
    expires: pack.expires ?? 86400,
    homepage: pack.homepage,
    url,
    installedAt: new Date().toISOString(),
    lastCheckedAt: new Date().toISOString(),
    status: 'installed',
    lastError: null,
    counts: { sources: pack.sources.length, events: pack.events.length, claims: pack.claims.length },
    corrections: pack.corrections ?? null,
    ...(digest ? { digest } : {}),
  };
  const key = (id: string) => `${pack.id}\u0000${id}`;
  await db.transaction('rw', [db.packs, db.sources, db.events, db.claims], async () => {
    await db.sources.where('packId').equals(pack.id).delete();
    await db.events.where('packId').equals(pack.id).delete();
    await db.claims.where('packId').equals(pack.id).delete();
    await db.sources.bulkAdd(pack.sources.map((s) => ({ ...s, key: key(s.id), packId: pack.id })));
    await db.events.bulkAdd(pack.events.map((e) => ({ ...e, key: key(e.id), packId: pack.id })));
    await db.claims.bulkAdd(pack.claims.map((c) => ({ ...c, key: key(c.id), packId: pack.id })));
    await db.packs.put(row);
  });
  return row;
}

/** The matcher's view of the database, with the (small) event list cached in memory. */
export class DexieClaimStore implements ClaimStore {
  private cachedEvents: OwnedEvents | null = null;
  private cachedSources: Map<string, SourceRow> | null = null;
  // Pages about the same few events come again and again: keep their claims at hand.
  private readonly claimCache = new Map<string, ClaimView[]>();
  private static readonly CLAIM_CACHE_SIZE = 64;

  constructor(private readonly db: CrosscountDB) {}

  /** Frees the cached claims (the event index stays). */
  dropClaimCache(): void {
    this.claimCache.clear();
  }

  /** Call after installing or removing a pack. */
  invalidate(): void {
    this.cachedEvents = null;
    this.cachedSources = null;
    this.claimCache.clear();
  }

  /** Events owned by their pack: the bundled default pack, then packs in the order they were installed. */
  async events(): Promise<TrackedEvent[]> {
    return (await this.owned()).events;
  }

  private async owned(): Promise<OwnedEvents> {
    if (!this.cachedEvents) {
      const [rows, packs] = await Promise.all([this.db.events.toArray(), this.db.packs.toArray()]);
      const order = packs.sort((a, b) => Number(b.url === null) - Number(a.url === null) || a.installedAt.localeCompare(b.installedAt)).map((p) => p.id);
      this.cachedEvents = ownEvents(rows.map(({ key: _k, ...e }) => e), order);
    }
    return this.cachedEvents;
  }

  async claimsForEvent(eventId: string): Promise<ClaimView[]> {
    const cached = this.claimCache.get(eventId);
    if (cached) {
      this.claimCache.delete(eventId);
      this.claimCache.set(eventId, cached); // most recently used last
      return cached;
    }
    const owner = (await this.owned()).owner.get(eventId);
    if (!owner) return [];
    const [found, byKey] = await Promise.all([
      this.db.claims.where('eventId').anyOf([owner.id, qualifiedId(owner.packId, owner.id)]).toArray(),
      this.sourceMap(),
    ]);
    const rows = found.filter((c) => claimOfEvent(c, c.packId, owner));
    const views = viewClaims(rows.map(({ key: _k, packId, ...claim }) => {
      const s = byKey.get(`${packId}\u0000${claim.sourceId}`);
      return { claim, packId, source: s ? { id: s.id, name: s.name, type: s.type, aliases: s.aliases } : undefined };
    }));
    this.claimCache.set(eventId, views);
    if (this.claimCache.size > DexieClaimStore.CLAIM_CACHE_SIZE) this.claimCache.delete(this.claimCache.keys().next().value!);
    return views;
  }

  async sources(): Promise<Source[]> {
    return [...(await this.sourceMap()).values()].map(({ key: _k, packId: _p, ...s }) => s);
  }

  private async sourceMap(): Promise<Map<string, SourceRow>> {
    this.cachedSources ??= new Map((await this.db.sources.toArray()).map((s) => [s.key, s]));
    return this.cachedSources;
  }
}
