// The one pipeline behind both the extension and the CLI: candidate sentences of a page
// → mentions → events → verdicts, with the tracked figures a reader sees on hover.
import { extractFromSentence, type Mention } from '../extract/extract.ts';
import type { ClaimStore } from '../claims/store.ts';
import type { ClaimView } from '../claims/model.ts';
import { eventForSentence, scoreEvents, type EventScore, type PageContext } from './events.ts';
import { judgeMentions, type Verdict } from './verdicts.ts';

export interface CandidateSentence {
  /** the caller's handle for the sentence (the content script maps it back to the DOM) */
  id: number;
  text: string;
}

export interface ScanRequest {
  page: Omit<PageContext, 'text'> & { headings?: string[]; description?: string };
  sentences: CandidateSentence[];
}

export interface OtherFigure {
  claimId: string;
  packId: string;
  source: string;
  sourceId: string;
  sourceType: string;
  low: number | null;
  high: number | null;
  approx: boolean;
  category: string;
  qualifier: string;
  reportedAt: string | null;
  url: string;
  supersedes: string | null;
  supersededBy: string | null;
}

export interface Revision {
  source: string;
  sourceId: string;
  /** the source's figures in the order it published them, each revising the one before */
  steps: OtherFigure[];
}

export interface MatchedMention extends Mention {
  sentenceId: number;
  sentence: string;
  event: string | null;
  eventTitle: string | null;
  verdict: Verdict;
  sourceId: string | null;
  sourceName: string | null;
  sourceInferred: boolean;
  /** every tracked figure for the event and category, from every source and pack */
  others: OtherFigure[];
  revisions: Revision[];
  /** how many current figures of other sources lie outside this figure's range */
  disagreeing: number;
}

export interface ScanResult {
  events: { id: string; title: string; score: number }[];
  mentions: MatchedMention[];
}

export interface Found { m: Mention; s: CandidateSentence }

export async function scanPage(request: ScanRequest, store: ClaimStore): Promise<ScanResult> {
  return matchMentions(extractCandidates(request.sentences), request, store);
}

/** Extraction: the figures in each candidate sentence. */
export function extractCandidates(sentences: CandidateSentence[]): Found[] {
  const found: Found[] = [];
  for (const s of sentences) {
    for (const m of extractFromSentence(s.text)) found.push({ m, s });
  }
  return found;
}

/** Matching: events for the page and each figure, verdicts, and the tracked figures to show. */
export async function matchMentions(found: Found[], request: ScanRequest, store: ClaimStore): Promise<ScanResult> {
  const context: PageContext = {
    title: request.page.title,
    url: request.page.url,
    publishedAt: request.page.publishedAt,
    text: [request.page.description ?? '', ...(request.page.headings ?? []), ...request.sentences.map((s) => s.text)].join('\n'),
  };
  const pageEvents = found.length ? scoreEvents(context, await store.events()) : [];
  const claimsByEvent = new Map<string, ClaimView[]>();
  for (const es of pageEvents) claimsByEvent.set(es.event.id, await store.claimsForEvent(es.event.id));

  const eventOf = new Map<number, EventScore | null>(); // per sentence, not per figure
  const withEvents = found.map(({ m, s }) => {
    if (!eventOf.has(s.id)) eventOf.set(s.id, eventForSentence(s.text, pageEvents));
    return { m, s, es: eventOf.get(s.id)! };
  });
  const verdicts = judgeMentions(
    withEvents.map(({ m, es }) => ({ ...m, eventId: es?.event.id ?? null })),
    claimsByEvent,
  );

  // The tracked figures of an event and category are the same for every figure about them:
  // built once, shared by reference.
  const figures = new Map<string, { claims: ClaimView[]; others: OtherFigure[]; revisions: Revision[] }>();
  const figuresFor = (eventId: string | null, category: string) => {
    const key = `${eventId}\u0000${category}`;
    let f = figures.get(key);
    if (!f) {
      const claims = eventId ? (claimsByEvent.get(eventId) ?? []).filter((c) => c.category === category) : [];
      const others = claims.map(toOther).sort(byDate);
      f = { claims, others, revisions: revisionsOf(others) };
      figures.set(key, f);
    }
    return f;
  };

  const mentions: MatchedMention[] = withEvents.map(({ m, s, es }, i) => {
    const v = verdicts[i];
    const { claims, others, revisions } = figuresFor(es?.event.id ?? null, m.category);
    const bound = claims.find((c) => c.sourceId === v.sourceId)?.source ?? null;
    return {
      ...m,
      sentenceId: s.id,
      sentence: s.text,
      event: es?.event.id ?? null,
      eventTitle: es?.event.title ?? null,
      verdict: v.verdict,
      sourceId: v.sourceId,
      sourceName: bound?.name ?? null,
      sourceInferred: v.sourceInferred,
      others,
      revisions,
      disagreeing: v.disagreeing.length,
    };
  });
  return {
    events: pageEvents.map((e) => ({ id: e.event.id, title: e.event.title, score: e.score })),
    mentions,
  };
}

function toOther(c: ClaimView): OtherFigure {
  return {
    claimId: c.id,
    packId: c.packId,
    source: c.source.name,
    sourceId: c.sourceId,
    sourceType: c.source.type,
    low: c.low,
    high: c.high,
    approx: c.approx,
    category: c.category,
    qualifier: c.qualifier,
    reportedAt: c.reportedAt,
    url: c.url,
    supersedes: c.supersedes,
    supersededBy: c.supersededBy,
  };
}

function byDate(a: OtherFigure, b: OtherFigure): number {
  return (a.reportedAt ?? '9999').localeCompare(b.reportedAt ?? '9999');
}

/** Chains of a source revising itself: 63 (2 Jan) → 89 (4 Jan). */
function revisionsOf(others: OtherFigure[]): Revision[] {
  const byId = new Map(others.map((o) => [`${o.packId}\u0000${o.claimId}`, o]));
  const out: Revision[] = [];
  for (const o of others) {
    if (o.supersedes || !o.supersededBy) continue; // start chains at their first figure
    const steps = [o];
    let next = o.supersededBy ? byId.get(`${o.packId}\u0000${o.supersededBy}`) : undefined;
    while (next && steps.length < 20) {
      steps.push(next);
      next = next.supersededBy ? byId.get(`${next.packId}\u0000${next.supersededBy}`) : undefined;
    }
    if (steps.length > 1) out.push({ source: o.source, sourceId: o.sourceId, steps });
  }
  return out;
}
