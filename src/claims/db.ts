// The claim database: Dexie over IndexedDB. Schema changes add a new version with an
// upgrade; an existing version(n) is never edited, so installed data survives updates.
import Dexie, { type Table } from 'dexie';
import type { CodedText } from '../coded-text.ts';
import type { Claim, CorrectionsIntake, Pack, Source, TrackedEvent } from './model.ts';
import { claimOfEvent, ownEvents, qualifiedId, viewClaims, type ClaimStore, type OwnedEvents } from './store.ts';
import type { ClaimView } from './model.ts';
import { BUNDLED_URL } from '../packs/subscription.ts';

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
  /** claims per event id as the pack's claims write it (plain or qualified): the options page counts without reading claims */
  claimsByEvent?: Record<string, number>;
}

/** Rows of pack data carry their pack: the same event id in two packs is one event. */
export interface SourceRow extends Source { key: string; packId: string }
export interface EventRow extends TrackedEvent { key: string; packId: string }
/**
 * One pack's claims about one event id, stored as one row. A pack installs like a filter
 * list: a few thousand rows of many claims in one transaction instead of a row (and three
 * index entries) per claim, and matching reads an event's claims in one get per pack.
 */
export interface ClaimGroupRow { key: string; packId: string; eventId: string; claims: Claim[] }

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

export { BUNDLED_URL };

export class CrosscountDB extends Dexie {
  packs!: Table<PackRow, string>;
  sources!: Table<SourceRow, string>;
  events!: Table<EventRow, string>;
  claimGroups!: Table<ClaimGroupRow, string>;
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
    // v4: claims grouped by pack and event (see ClaimGroupRow); installed claims move over.
    this.version(4).stores({
      claimGroups: '&key, packId, eventId',
    }).upgrade(async (tx) => {
      const rows = await tx.table('claims').toArray() as (Claim & { key: string; packId: string })[];
      const byPack = new Map<string, Claim[]>();
      for (const { key: _k, packId, ...claim } of rows) {
        const list = byPack.get(packId);
        if (list) list.push(claim);
        else byPack.set(packId, [claim]);
      }
      for (const [packId, claims] of byPack) {
        const groups = groupClaims(packId, claims);
        await tx.table('claimGroups').bulkAdd(groups);
        await tx.table('packs').update(packId, { claimsByEvent: countsOf(groups) });
      }
    });
    // v5: the per-claim table is gone once v4 has moved its rows.
    this.version(5).stores({ claims: null });
  }
}

/** An event a reader's packs cover, for the options page: what Crosscount can check. */
export interface CoveredEvent { id: string; title: string; date: string; dateEnd: string | null; claims: number; packId: string; packTitle: string }

const groupKey = (packId: string, eventId: string) => `${packId}\u0000${eventId}`;

function groupClaims(packId: string, claims: Claim[]): ClaimGroupRow[] {
  const byEvent = new Map<string, Claim[]>();
  for (const c of claims) {
    const list = byEvent.get(c.eventId);
    if (list) list.push(c);
    else byEvent.set(c.eventId, [c]);
  }
  return [...byEvent].map(([eventId, list]) => ({ key: groupKey(packId, eventId), packId, eventId, claims: list }));
}

const countsOf = (groups: ClaimGroupRow[]) => Object.fromEntries(groups.map((g) => [g.eventId, g.claims.length]));

/**
 * A pack's rows all have keys that start with its id and a NUL: one key range per table,
 * which IndexedDB deletes at once (a delete through the packId index reads every key first).
 */
async function deletePackRows(db: CrosscountDB, packId: string): Promise<void> {
  // every key "<packId>\0…" sorts at or after "<packId>\0" and before "<packId>\1"
  for (const table of [db.sources, db.events, db.claimGroups]) await table.where(':id').between(`${packId}\u0000`, `${packId}\u0001`, true, false).delete();
}

/** Every claim a pack installed, its groups read back (the tests read installs through it). */
export async function packClaims(db: CrosscountDB, packId: string): Promise<Claim[]> {
  return (await db.claimGroups.where('packId').equals(packId).toArray()).flatMap((g) => g.claims);
}

/** Every installed event with its number of claims (its own pack's, and other packs' by qualified id), newest first. Reads no claim. */
export async function coveredEvents(db: CrosscountDB): Promise<CoveredEvent[]> {
  const [events, packs] = await Promise.all([db.events.toArray(), db.packs.toArray()]);
  const titles = new Map(packs.map((p) => [p.id, p.title]));
  const count = (e: EventRow) => packs.reduce((n, p) => n + (p.claimsByEvent?.[p.id === e.packId ? e.id : qualifiedId(e.packId, e.id)] ?? 0), 0);
  return events
    .map((e) => ({ id: e.id, title: e.title, date: e.date, dateEnd: e.dateEnd ?? null, claims: count(e), packId: e.packId, packTitle: titles.get(e.packId) ?? e.packId }))
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title)));
}

/** Removes a subscription and, in the same transaction, the rows of its pack. */
export async function removeSubscription(db: CrosscountDB, url: string): Promise<void> {
  await db.transaction('rw', [db.subscriptions, db.packs, db.sources, db.events, db.claimGroups], async () => {
    const sub = await db.subscriptions.get(url);
    await db.subscriptions.delete(url);
    if (!sub?.packId) return;
    const others = await db.subscriptions.where('packId').equals(sub.packId).count();
    if (others > 0) return;
    await deletePackRows(db, sub.packId);
    await db.packs.delete(sub.packId);
  });
}

/**
 * Replaces one pack's rows in a single transaction: if anything fails, the previous
 * version of the pack stays installed as it was. `digest`: the SHA-256 of the pack's bytes
 * as downloaded, to tell a republished version's content apart.
 */
export async function installPack(db: CrosscountDB, pack: Pack, url: string | null = null, digest: string | null = null): Promise<PackRow> {
  // claims no longer have a row (and a unique key) each: a repeated id is refused here
  const ids = new Set<string>();
  for (const c of pack.claims) {
    if (ids.has(c.id)) throw new Error(`The pack has two claims with the id "${c.id}".`);
    ids.add(c.id);
  }
  const groups = groupClaims(pack.id, pack.claims);
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
    claimsByEvent: countsOf(groups),
  };
  const key = (id: string) => groupKey(pack.id, id);
  await db.transaction('rw', [db.packs, db.sources, db.events, db.claimGroups], async () => {
    await deletePackRows(db, pack.id);
    await db.sources.bulkAdd(pack.sources.map((s) => ({ ...s, key: key(s.id), packId: pack.id })));
    await db.events.bulkAdd(pack.events.map((e) => ({ ...e, key: key(e.id), packId: pack.id })));
    await db.claimGroups.bulkAdd(groups);
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
    const [groups, byKey] = await Promise.all([
      this.db.claimGroups.where('eventId').anyOf([owner.id, qualifiedId(owner.packId, owner.id)]).toArray(),
      this.sourceMap(),
    ]);
    const rows = groups.filter((g) => claimOfEvent(g, g.packId, owner)).flatMap((g) => g.claims.map((claim) => ({ claim, packId: g.packId })));
    const views = viewClaims(rows.map(({ packId, claim }) => {
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
