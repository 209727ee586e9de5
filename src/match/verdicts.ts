// Gives each mention its verdict against the tracked claims of its event:
//   matches       a current claim of the same source (or, unattributed, of any source) agrees
//   revised       the same source said this once, and later published another figure
//   misattributed the named source never gave this figure, but another source did (83 is
//                 Idel.Realii's count, not the MOD's); or the source gave it in another
//                 category; or the text calls current a figure the source has since revised
//   inconsistent  the same page gives a different figure for the same event, source and category
//   conflicts     the tracked claims give figures outside this one's range
//   untracked     no tracked event or no claim of this category
import type { Category } from '../extract/types.ts';
import type { ClaimView } from '../claims/model.ts';
import { resolveSource } from './sources.ts';

export type Verdict = 'matches' | 'conflicts' | 'revised' | 'misattributed' | 'inconsistent' | 'untracked';

/** What a misattributed figure really is. */
export interface Misattribution {
  /** another source's figure; the named source's figure of another category; its figure from before it revised it */
  kind: 'other-source' | 'other-category' | 'not-latest';
  /** the claims that hold this figure */
  claimIds: string[];
}

export interface Range { low: number | null; high: number | null; approx?: boolean }

export interface VerdictInput extends Range {
  category: Category;
  source: string | null;
  eventId: string | null;
  /** the text calls the figure current ("latest figure is", "now stands at") */
  current?: boolean;
  /** the page's date: a figure called current is stale only if its source had revised it by then */
  asOf?: string | null;
}

export interface VerdictResult {
  verdict: Verdict;
  /** the tracked source the figure is bound to: named in the text, or inferred from an identical claim */
  sourceId: string | null;
  sourceInferred: boolean;
  /** the claims that agree with the figure */
  agreeing: string[];
  /** current claims of other sources whose figures lie outside this one's range */
  disagreeing: string[];
  /** for a misattributed figure: whose it is */
  misattribution?: Misattribution;
}

/**
 * How far above its floor an open-ended figure still agrees: "at least 92" agrees with 139,
 * not with 2,000 ("at least 471" is no match for a war's 50,900). Like with like.
 */
export const OPEN_CEILING_FACTOR = 5;

/** Widens an approximate figure by 10% each way, and caps an open ceiling, before comparing. */
function widen(r: Range): [number, number] {
  const lo = r.low ?? 0;
  const hi = r.high ?? (r.low ? r.low * OPEN_CEILING_FACTOR + 10 : Number.POSITIVE_INFINITY);
  if (!r.approx) return [lo, hi];
  return [Math.floor(lo * 0.9), hi === Number.POSITIVE_INFINITY ? hi : Math.ceil(hi * 1.1)];
}

export function rangesAgree(a: Range, b: Range): boolean {
  const [al, ah] = widen(a);
  const [bl, bh] = widen(b);
  return al <= bh && bl <= ah;
}

function isPoint(r: Range): boolean {
  return r.low !== null && r.low === r.high;
}

export function judgeMentions(mentions: VerdictInput[], claimsByEvent: Map<string, ClaimView[]>): VerdictResult[] {
  // First bind every mention to a tracked source, so that page-level consistency can compare them.
  const bound = mentions.map((m) => {
    const claims = m.eventId ? (claimsByEvent.get(m.eventId) ?? []).filter((c) => c.category === m.category) : [];
    const candidates = uniqueSources(claimsByEvent.get(m.eventId ?? '') ?? []);
    let source = resolveSource(m.source, candidates);
    let inferred = false;
    if (!source && !m.source && isPoint(m)) {
      // An unattributed figure identical to one source's current figure is that source's figure.
      // An earlier, since-revised figure counts only when no current one is identical.
      for (const current of [true, false]) {
        const same = claims.filter((c) => !c.supersededBy === current && isPoint(c) && c.low === m.low);
        const ids = new Set(same.map((c) => c.sourceId));
        if (ids.size === 1) { source = same[0].source; inferred = true; break; }
        if (ids.size > 1) break;
      }
    }
    return { m, claims, sourceId: source?.id ?? null, inferred };
  });

  return bound.map(({ m, claims, sourceId, inferred }, index) => {
    const base = { sourceId, sourceInferred: inferred, agreeing: [] as string[], disagreeing: [] as string[] };
    if (!m.eventId || claims.length === 0) return { ...base, verdict: 'untracked' as const };
    const current = claims.filter((c) => !c.supersededBy);
    const agreeing = claims.filter((c) => rangesAgree(m, c));
    base.agreeing = agreeing.map((c) => c.id);
    base.disagreeing = current.filter((c) => c.sourceId !== sourceId && !rangesAgree(m, c)).map((c) => c.id);

    const own = sourceId ? claims.filter((c) => c.sourceId === sourceId) : [];
    const ownCurrentAgrees = own.some((c) => !c.supersededBy && rangesAgree(m, c));
    if (ownCurrentAgrees) return { ...base, verdict: 'matches' as const };

    // A page that tells a revision ("first 63, then 89") quotes the earlier figure rightly,
    // unless it calls it the latest.
    const earlier = own.filter((c) => c.supersededBy && rangesAgree(m, c));
    const revisedBefore = (c: ClaimView) => {
      const next = own.find((x) => x.id === c.supersededBy);
      return Boolean(m.asOf && next?.reportedAt && next.reportedAt < m.asOf.slice(0, 10));
    };
    if (earlier.length && m.current && !inferred && earlier.every(revisedBefore)) {
      return { ...base, verdict: 'misattributed' as const, misattribution: { kind: 'not-latest' as const, claimIds: earlier.map((c) => c.id) } };
    }
    if (earlier.length) return { ...base, verdict: 'revised' as const };

    // A named source that never gave this figure, when another source did, or when it gave
    // it as another category. Open-ended claims ("at least 92") hold too many figures to say so.
    if (sourceId && !inferred) {
      const bounded = (c: ClaimView) => c.low !== null && c.high !== null && rangesAgree(m, c);
      // the source's own figure of another category first: "300 wounded" given as killed
      const otherCategory = (claimsByEvent.get(m.eventId) ?? []).filter((c) => c.sourceId === sourceId && c.category !== m.category && bounded(c));
      if (otherCategory.length) {
        return { ...base, verdict: 'misattributed' as const, misattribution: { kind: 'other-category' as const, claimIds: otherCategory.map((c) => c.id) } };
      }
      const others = claims.filter((c) => c.sourceId !== sourceId && bounded(c));
      if (others.length) return { ...base, verdict: 'misattributed' as const, misattribution: { kind: 'other-source' as const, claimIds: others.map((c) => c.id) } };
    }

    const pageDisagrees = bound.some((o, j) => j !== index && o.m.eventId === m.eventId && o.m.category === m.category &&
      sameSource(o, { m, sourceId }) && !rangesAgree(o.m, m));
    if (pageDisagrees) return { ...base, verdict: 'inconsistent' as const };

    if (own.length > 0) return { ...base, verdict: 'conflicts' as const };
    // Source not tracked for this event (or not named): compare with every current figure.
    if (current.some((c) => rangesAgree(m, c))) return { ...base, verdict: 'matches' as const };
    return { ...base, verdict: 'conflicts' as const };
  });
}

function sameSource(a: { m: VerdictInput; sourceId: string | null }, b: { m: VerdictInput; sourceId: string | null }): boolean {
  if (a.sourceId || b.sourceId) return a.sourceId === b.sourceId;
  // neither bound to a tracked source: the same words name the same source
  return Boolean(a.m.source && b.m.source && a.m.source.toLowerCase() === b.m.source.toLowerCase());
}

function uniqueSources(claims: ClaimView[]) {
  const seen = new Map<string, ClaimView['source']>();
  for (const c of claims) if (!seen.has(c.source.id)) seen.set(c.source.id, c.source);
  return [...seen.values()];
}
