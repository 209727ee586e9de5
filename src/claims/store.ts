// What matching needs from the claim database. The background implements it over Dexie,
// the CLI and tests over a pack held in memory, so both run the same matcher.
import type { ClaimView, Pack, Source, TrackedEvent } from './model.ts';

export interface ClaimStore {
  events(): Promise<TrackedEvent[]>;
  /** every claim about the event from every installed pack, with its source */
  claimsForEvent(eventId: string): Promise<ClaimView[]>;
  /** every installed source: who reports figures is no evidence of which event a page is about */
  sources?(): Promise<Source[]>;
}

/**
 * Events are owned by their pack. The same id defined by two packs is two events: the pack
 * installed first (the bundled default pack before any other) keeps the plain id, a later one
 * is known as "packId:id", so no pack can take over another's event or change its names,
 * places or dates. A pack adds claims to another pack's event explicitly, with a claim whose
 * eventId is qualified: "crosscount-default:makiivka-barracks-strike-2023".
 */
export interface OwnedEvents {
  events: TrackedEvent[];
  /** the event id the matcher sees → the pack that owns it and its id in that pack */
  owner: Map<string, { packId: string; id: string }>;
}

export function ownEvents(rows: (TrackedEvent & { packId: string })[], packOrder: string[]): OwnedEvents {
  const rank = new Map(packOrder.map((p, i) => [p, i]));
  const sorted = [...rows].sort((a, b) => (rank.get(a.packId) ?? Infinity) - (rank.get(b.packId) ?? Infinity) || (a.packId < b.packId ? -1 : a.packId > b.packId ? 1 : 0));
  const events: TrackedEvent[] = [];
  const owner = new Map<string, { packId: string; id: string }>();
  for (const { packId, ...e } of sorted) {
    const seen = owner.has(e.id);
    const id = seen ? qualifiedId(packId, e.id) : e.id;
    if (owner.has(id)) continue;
    owner.set(id, { packId, id: e.id });
    events.push(seen ? { ...e, id } : e);
  }
  return { events, owner };
}

export const qualifiedId = (packId: string, eventId: string) => `${packId}:${eventId}`;

/** Whether a claim belongs to the event its owner pack knows as `id`: its own claim, or another pack's by qualified id. */
export function claimOfEvent(claim: { eventId: string }, claimPack: string, owner: { packId: string; id: string }): boolean {
  return claim.eventId === owner.id ? claimPack === owner.packId : claim.eventId === qualifiedId(owner.packId, owner.id);
}

/** Links each claim of an event to its source and to the claim that revised it. */
export function viewClaims(rows: { claim: Pack['claims'][number]; packId: string; source: Source | undefined }[]): ClaimView[] {
  const supersededBy = new Map<string, string>();
  for (const r of rows) if (r.claim.supersedes) supersededBy.set(`${r.packId}\u0000${r.claim.supersedes}`, r.claim.id);
  return rows.map((r) => ({
    ...r.claim,
    packId: r.packId,
    source: r.source ?? { id: r.claim.sourceId, name: r.claim.sourceId, type: 'independent', aliases: [] },
    supersededBy: supersededBy.get(`${r.packId}\u0000${r.claim.id}`) ?? null,
  }));
}

/** Packs held in memory (the CLI, tests), in the order given: the first defining an event id owns it. */
export class MemoryClaimStore implements ClaimStore {
  private readonly byEvent = new Map<string, ClaimView[]>();
  private readonly owned: OwnedEvents;

  constructor(private readonly packs: Pack[]) {
    this.owned = ownEvents(packs.flatMap((p) => p.events.map((e) => ({ ...e, packId: p.id }))), packs.map((p) => p.id));
    // each claim to the event it belongs to, found through its pack and (qualified) event id
    const byRawId = new Map<string, string[]>();
    for (const [id, o] of this.owned.owner) {
      for (const raw of [o.id, qualifiedId(o.packId, o.id)]) byRawId.set(raw, [...(byRawId.get(raw) ?? []), id]);
    }
    for (const pack of packs) {
      const sources = new Map(pack.sources.map((s) => [s.id, s]));
      const rows = pack.claims.map((claim) => ({ claim, packId: pack.id, source: sources.get(claim.sourceId) }));
      for (const view of viewClaims(rows)) {
        for (const id of byRawId.get(view.eventId) ?? []) {
          if (!claimOfEvent(view, view.packId, this.owned.owner.get(id)!)) continue;
          const list = this.byEvent.get(id) ?? [];
          list.push(view);
          this.byEvent.set(id, list);
        }
      }
    }
  }

  async events(): Promise<TrackedEvent[]> {
    return this.owned.events;
  }

  async claimsForEvent(eventId: string): Promise<ClaimView[]> {
    return this.byEvent.get(eventId) ?? [];
  }

  async sources(): Promise<Source[]> {
    this.sourceList ??= [...new Map(this.packs.flatMap((p) => p.sources).map((s) => [s.id, s])).values()];
    return this.sourceList;
  }

  private sourceList: Source[] | null = null;
}
