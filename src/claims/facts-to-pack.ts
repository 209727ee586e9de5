// Turns the researched facts (shared/facts/events.json, copied to data/) and the curated
// source list into the default claim pack. Every figure keeps its citation.
import type { Category } from '../extract/types.ts';
import type { Claim, Pack, Source, SourceType, TrackedEvent } from './model.ts';
import { isEventName } from '../match/events.ts';
import { quoteCategoryClash, quoteStatesFigure } from '../packs/quotes.ts';

/** Whether a researched quote states its figure, and not as another casualty class. */
export function quoteSupports(f: FactFigure): boolean {
  const claim = { low: f.value.low, high: f.value.high, quote: f.quote, category: f.category };
  return quoteStatesFigure(claim) && !quoteCategoryClash(claim);
}

export interface FactFigure {
  category: Category;
  value: { low: number | null; high: number | null };
  approx?: boolean;
  qualifier: string;
  source_name: string;
  source_type: SourceType;
  reported_date: string | null;
  revised_later?: boolean;
  citation_url: string;
  /** a verbatim quote from the cited page */
  quote?: string;
  note?: string;
}

export interface FactEvent {
  id: string;
  title: string;
  aliases: string[];
  place: { locality?: string; region?: string; country?: string };
  date: string;
  date_end?: string;
  keywords: string[];
  figures: FactFigure[];
}

export interface CuratedSource extends Source { from: string[] }

export function factsToPack(events: FactEvent[], curated: CuratedSource[], meta: { version: number | string; publishedAt: string }): Pack {
  const sourceFor = (name: string): CuratedSource => {
    const s = curated.find((c) => c.from.some((prefix) => name.toLowerCase().startsWith(prefix.toLowerCase())));
    if (!s) throw new Error(`no curated source for "${name}": add it to data/sources.json`);
    return s;
  };
  const usedSources = new Map<string, Source>();
  const packEvents: TrackedEvent[] = [];
  const claims: Claim[] = [];
  for (const e of events) {
    packEvents.push({
      id: e.id,
      title: e.title,
      // the researched aliases mix the event's names and the place's spellings: the pack tells them apart
      names: e.aliases.filter(isEventName),
      aliases: e.aliases.filter((a) => !isEventName(a)),
      places: [e.place.locality, e.place.region, e.place.country].filter((p): p is string => Boolean(p)),
      date: e.date,
      dateEnd: e.date_end ?? null,
      keywords: e.keywords,
    });
    const eventClaims: Claim[] = e.figures.map((f, i) => {
      const s = sourceFor(f.source_name);
      usedSources.set(s.id, { id: s.id, name: s.name, type: s.type, aliases: s.aliases });
      return {
        id: `${e.id}/${i + 1}`,
        eventId: e.id,
        sourceId: s.id,
        category: f.category,
        low: f.value.low,
        high: f.value.high,
        approx: Boolean(f.approx),
        qualifier: f.qualifier,
        reportedAt: f.reported_date,
        url: f.citation_url,
        supersedes: null,
        // a quote is shipped only where it states the figure (the card shows it as the figure's evidence)
        ...(f.quote && quoteSupports(f) ? { quote: f.quote } : {}),
        ...(f.note ? { note: f.note } : {}),
      };
    });
    // A source that revised itself: each figure flagged revised_later is superseded by the
    // next figure of the same source and category (facts are listed in order of report).
    e.figures.forEach((f, i) => {
      if (!f.revised_later) return;
      const next = eventClaims.findIndex((c, j) => j > i && c.sourceId === eventClaims[i].sourceId && c.category === f.category);
      if (next >= 0 && eventClaims[next].supersedes === null) eventClaims[next].supersedes = eventClaims[i].id;
    });
    claims.push(...eventClaims);
  }
  return {
    format: 'crosscount-pack/1',
    id: 'crosscount-default',
    title: 'Crosscount default claims',
    version: meta.version,
    publishedAt: meta.publishedAt,
    expires: 86400,
    homepage: 'https://github.com/crosscount/crosscount',
    // corrections go to this repository's issue forms (.github/ISSUE_TEMPLATE), submitted by the reader
    corrections: { type: 'github', repo: 'crosscount/crosscount' },
    sources: [...usedSources.values()],
    events: packEvents,
    claims,
  };
}
