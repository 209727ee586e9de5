// The one pipeline behind both the extension and the CLI: candidate sentences of a page
// → mentions → events → verdicts, with the tracked figures a reader sees on hover.
import { extractFromSentence, type Mention } from '../extract/extract.ts';
import { pageDateOf } from '../page/facts.ts';
import type { ClaimStore } from '../claims/store.ts';
import type { ClaimView } from '../claims/model.ts';
import type { TrackedEvent } from '../claims/model.ts';
import { eventsForPage, type EventEvidence, type PageFacts, type RejectReason } from './events.ts';
import { judgeMentions, type Misattribution, type Verdict } from './verdicts.ts';

export interface CandidateSentence {
  /** the caller's handle for the sentence (the content script maps it back to the DOM) */
  id: number;
  text: string;
  /** the id of the block (paragraph) it came from, in the request's `blocks` */
  block?: number;
  /** inside navigation, a sidebar, a related-stories box or a list of links */
  furniture?: boolean;
  /** the text after the sentence in its block, when the sentence may stand in a quote that closes there (its speaker may follow) */
  following?: string;
  /** the text before the sentence in its block, when the sentence opens with a quote that may go on from one before it */
  preceding?: string;
  /** the speaker's label that leads the sentence's block, a transcript's line, when the sentence is not its first */
  turn?: string;
}

export interface ScanRequest {
  page: PageFacts & { headings?: string[] };
  sentences: CandidateSentence[];
  /** the text of the blocks the sentences came from: the paragraph an event's evidence may be in */
  blocks?: { id: number; text: string }[];
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
  /** a verbatim quote from the cited page that states the figure */
  quote: string | null;
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
  /** what tied the figure to its event (names, dates, scope, confidence), or why the event near it was not taken */
  eventEvidence: EventEvidence;
  /** for a misattributed figure: what it really is, and the tracked figures that hold it */
  misattribution: { kind: Misattribution['kind']; figures: OtherFigure[] } | null;
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
    for (const m of extractFromSentence(s.text, s)) found.push({ m, s });
  }
  return found;
}

/** A figure this many times the largest tracked figure of its event is of another scope (a war's, a country's total). */
const MAGNITUDE_FACTOR = 5;

/** Matching: each figure's event, verdicts, and the tracked figures to show. */
export async function matchMentions(all: Found[], request: ScanRequest, store: ClaimStore): Promise<ScanResult> {
  // a forecast ("could die") is nobody's report of the dead: it is never matched against claims nor shown
  const found = all.filter(({ m }) => !m.projection);
  const events = found.length ? await store.events() : [];
  const reporters = found.length && store.sources ? await store.sources() : [];
  const paragraphs = new Map((request.blocks ?? []).map((b) => [b.id, b.text]));
  const sentences = new Map(found.map(({ s }) => [s.id, {
    id: s.id, text: s.text, furniture: s.furniture, paragraph: s.block === undefined ? undefined : paragraphs.get(s.block),
  }]));
  // the content script sends where the date may be read; it is read here, off the page
  const facts = request.page.dates && !request.page.publishedAt ? { ...request.page, publishedAt: pageDateOf(request.page) } : request.page;
  const page = eventsForPage(facts, [...sentences.values()], events, reporters);

  const claimsByEvent = new Map<string, ClaimView[]>();
  for (const { event } of page.bySentence.values()) {
    if (event && !claimsByEvent.has(event.id)) claimsByEvent.set(event.id, await store.claimsForEvent(event.id));
  }
  const largest = new Map<string, number>();
  /** per event and category, the smallest figure any claim gives */
  const smallest = new Map<string, number>();
  // a loop, not Math.max(...): an event may hold more claims than a call takes arguments
  for (const [id, claims] of claimsByEvent) {
    let top = 0;
    for (const c of claims) {
      const v = c.high ?? c.low ?? 0;
      if (v > top) top = v;
      const key = `${id}\u0000${c.category}`;
      if (v > 0 && v < (smallest.get(key) ?? Infinity)) smallest.set(key, v);
    }
    largest.set(id, top);
  }

  /** Why a figure tied to `event` is still not judged against it, if it is not. */
  const notToJudge = (m: Mention, event: TrackedEvent, nearest: { id: string; title: string } | null): { reason: RejectReason; detail: string } | null => {
    // the sentence names two events and this figure stands nearer the other one
    if (nearest && nearest.id !== event.id) return { reason: 'ambiguous', detail: nearest.title };
    // one person named ("a soldier who was wounded") is one of the event's victims: judged
    // against the event's toll it would read as a conflict, or as a match with "fewer than 100"
    // (a part of a toll, "including 17 foreigners", likewise)
    if (m.single || m.part) return { reason: m.single ? 'single-victim' : 'part-of-toll', detail: m.text };
    // "Two soldiers from Samara were killed": a count five times smaller than any tracked figure
    // of the event is a part of its toll (or a first count), not one to judge; "fewer than 100"
    // would make it a match, the event's 89 a conflict
    const value = m.high ?? m.low ?? 0;
    if (value > 0 && value < (smallest.get(`${event.id}\u0000${m.category}`) ?? 0) / MAGNITUDE_FACTOR) return { reason: 'smaller', detail: m.text };
    const ceiling = MAGNITUDE_FACTOR * (largest.get(event.id) ?? 0);
    if (ceiling > 0 && (m.low ?? 0) > Math.max(50, ceiling)) return { reason: 'magnitude', detail: String(m.low) };
    return null;
  };

  const withEvents = found.map(({ m, s }) => {
    const tied = page.bySentence.get(s.id)!;
    const reason = tied.event ? notToJudge(m, tied.event, tied.anchors ? nearestEvent(tied.anchors, m.start, m.end, tied.event) : null) : null;
    if (!reason) return { m, s, event: tied.event, evidence: tied.evidence };
    const event = tied.event!;
    const evidence: EventEvidence = { ...tied.evidence, event: null, scope: null, confidence: 0, rejected: { event: event.id, title: event.title, ...reason } };
    return { m, s, event: null, evidence };
  });
  const verdicts = judgeMentions(
    withEvents.map(({ m, s, event }) => ({ ...m, eventId: event?.id ?? null, current: callsCurrent(s.text, m.start), asOf: page.pageDate })),
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

  const mentions: MatchedMention[] = withEvents.map(({ m, s, event, evidence }, i) => {
    const v = verdicts[i];
    const { claims, others, revisions } = figuresFor(event?.id ?? null, m.category);
    const bound = claims.find((c) => c.sourceId === v.sourceId)?.source ?? null;
    const allClaims = event ? (claimsByEvent.get(event.id) ?? []) : [];
    const misattribution = v.misattribution
      ? { kind: v.misattribution.kind, figures: allClaims.filter((c) => v.misattribution!.claimIds.includes(c.id)).map(toOther).sort(byDate) }
      : null;
    return {
      ...m,
      sentenceId: s.id,
      sentence: s.text,
      event: event?.id ?? null,
      eventTitle: event?.title ?? null,
      verdict: v.verdict,
      sourceId: v.sourceId,
      sourceName: bound?.name ?? null,
      sourceInferred: v.sourceInferred,
      others,
      revisions,
      disagreeing: v.disagreeing.length,
      eventEvidence: evidence,
      misattribution,
    };
  });
  // the page's main story first, then every other event a figure was tied to
  const listed = new Map<string, { id: string; title: string; score: number }>();
  if (page.main) listed.set(page.main.event.id, { id: page.main.event.id, title: page.main.event.title, score: page.main.score });
  for (const m of mentions) {
    if (m.event && m.eventTitle && !listed.has(m.event)) listed.set(m.event, { id: m.event, title: m.eventTitle, score: 0 });
  }
  return { events: [...listed.values()], mentions };
}

/** Words before a figure that call it current: "latest figure is 83", "the toll now stands at 63". */
const CURRENT = /\b(latest|most recent|current|updated|new|now(?: stands at| at)?|has (?:risen|climbed|reached)|rose to|raised (?:it|the (?:death )?toll) to)\b[^.;]{0,30}$/i;

function callsCurrent(sentence: string, start: number): boolean {
  return CURRENT.test(sentence.slice(Math.max(0, start - 40), start));
}

/** The event named nearest to a figure in its sentence. */
function nearestEvent(anchors: { event: TrackedEvent; at: number }[], start: number, end: number, tied: TrackedEvent): TrackedEvent | null {
  let best: TrackedEvent | null = null;
  let distance = Infinity;
  for (const a of anchors) {
    const d = a.at < start ? start - a.at : Math.max(0, a.at - end);
    // one word naming two events (Kramatorsk: the station, the dormitories) is the tied event's
    if (d < distance || (d === distance && a.event === tied)) { distance = d; best = a.event; }
  }
  return best;
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
    quote: c.quote ?? null,
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
