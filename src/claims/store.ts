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

export class MemoryClaimStore implements ClaimStore {
  private readonly byEvent = new Map<string, ClaimView[]>();
  private readonly allEvents = new Map<string, TrackedEvent>();

  constructor(private readonly packs: Pack[]) {
    for (const pack of packs) {
      const sources = new Map(pack.sources.map((s) => [s.id, s]));
      for (const e of pack.events) if (!this.allEvents.has(e.id)) this.allEvents.set(e.id, e);
      const rows = pack.claims.map((claim) => ({ claim, packId: pack.id, source: sources.get(claim.sourceId) }));
      for (const view of viewClaims(rows)) {
        const list = this.byEvent.get(view.eventId) ?? [];
        list.push(view);
        this.byEvent.set(view.eventId, list);
      }
    }
  }

  private eventList: TrackedEvent[] | null = null;

  async events(): Promise<TrackedEvent[]> {
    this.eventList ??= [...this.allEvents.values()];
    return this.eventList;
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
