// Claims proposed from a news page. Every figure the page attributes to a source becomes a
// correction of kind "missing-claim" (its event is tracked) or "new-event" (it is not), so
// harvested figures go through the one review path volunteers' corrections take:
// `crosscount corrections review/apply`. Runs the extension's own extraction and matching.
import type { ClaimStore } from '../claims/store.ts';
import { isHttpUrl, quoteAround, validateCorrection, type Correction, type NewEvent } from '../corrections/format.ts';
import { scanPage, type MatchedMention } from '../match/scan.ts';
import { placesNamed } from '../match/scope.ts';
import { slugOf } from '../match/normalize.ts';
import { scanRequest } from '../page/request.ts';
import { isAttributed, isNoToll } from './proposable.ts';
import type { PageText } from '../page/html.ts';
import { pageDateOf, type DateCandidates } from '../page/facts.ts';

export interface HarvestOptions {
  /** the pack the proposals are for: tracked events are its own */
  packId: string;
  /** a tracked event the page is about: figures the matcher ties to no event go to it */
  eventId?: string;
  now?: Date;
}

export interface PageHarvest {
  url: string;
  title: string;
  date: string | null;
  /** casualty figures found on the page, attributed or not */
  figures: number;
  proposals: Correction[];
  /** why the page gave no proposals although it may hold figures (no address) */
  problem?: string;
}

/** A stable id: harvesting the same page twice proposes the same ids, so review sees repeats. */
async function proposalId(parts: string[]): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\u0000')));
  return `h-${[...new Uint8Array(bytes)].slice(0, 12).map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** What a proposal needs of its page: the address it cites, its date, and what names its event. */
export interface ProposalPage {
  url: string; title: string; date: string | null; headline?: string | null; lede?: string[];
  /** where the date may be read, when `date` is not given (the content script sends them unread) */
  dates?: DateCandidates;
}

/** The event a page with no tracked event is about, as far as the page says: its headline, the places its lede names, its date. */
export function proposedEvent(page: ProposalPage): NewEvent | null {
  const title = (page.headline || page.title).trim().slice(0, 300);
  if (!title) return null;
  const places = [...new Set([title, ...(page.lede ?? [])].flatMap((t) => placesNamed(t)).map((p) => p.replace(/['’]s$/, '')))].slice(0, 5);
  const id = `${slugOf(title, 80) || 'event'}${page.date ? `-${page.date}` : ''}`;
  return { id, title, places, date: page.date };
}

/** The figure a proposal is made of, as the matcher gives it. */
export type ProposedFigure = Pick<MatchedMention, 'text' | 'start' | 'end' | 'sentence' | 'low' | 'high' | 'approx' | 'category' | 'source' | 'sourceName'>;

/**
 * One figure proposed as a claim: of its tracked event ("missing-claim"), or of the event its
 * page is about ("new-event"), citing the page with its sentence as the quote.
 */
export function proposalFor(m: ProposedFigure, given: ProposalPage, opts: { id: string; createdAt: string; packId: string | null; event: { id: string; title: string } | null }): Correction {
  const { event } = opts;
  const page = given.date || !given.dates ? given : { ...given, date: pageDateOf({ dates: given.dates }) };
  return {
    id: opts.id,
    createdAt: opts.createdAt,
    kind: event ? 'missing-claim' : 'new-event',
    packId: opts.packId,
    page: { url: page.url, title: page.title },
    quote: quoteAround(m.sentence, m.start, m.end),
    found: { text: m.text, low: m.low, high: m.high, category: m.category, source: m.source },
    event,
    claim: null,
    proposed: { low: m.low, high: m.high, approx: m.approx, category: m.category, source: m.sourceName ?? m.source ?? '', citationUrl: page.url, reportedAt: page.date },
    note: '',
    ...(event ? {} : { newEvent: proposedEvent(page) }),
  };
}

/** A figure the page attributes to a source it names, outside page furniture: the harvest's only kind of proposal. */
// one person named is one of an event's victims, not a toll anyone claims
const attributed = (m: MatchedMention, furniture: Set<number>) => isAttributed(m) && !furniture.has(m.sentenceId) && !isNoToll(m);

export async function harvestPage(page: PageText, address: string, store: ClaimStore, opts: HarvestOptions): Promise<PageHarvest> {
  const url = page.canonical && isHttpUrl(page.canonical) ? page.canonical : address;
  const request = scanRequest(page, address);
  const result = await scanPage(request, store);
  const base = { url, title: page.title, date: page.publishedAt, figures: result.mentions.length };
  if (!isHttpUrl(url)) return { ...base, proposals: [], problem: 'the page has no http(s) address: give --url or a page with a canonical link' };
  const furniture = new Set(request.sentences.filter((s) => s.furniture).map((s) => s.id));
  const titles = new Map((await store.events()).map((e) => [e.id, e.title]));
  const fallback = opts.eventId ? { id: opts.eventId, title: titles.get(opts.eventId) ?? opts.eventId } : null;
  const about: ProposalPage = { url, title: page.title, date: page.publishedAt, headline: page.headline, lede: page.lede };
  const canPropose = Boolean(proposedEvent(about));
  const createdAt = (opts.now ?? new Date()).toISOString();
  const seen = new Set<string>();
  const proposals: Correction[] = [];
  for (const m of result.mentions) {
    if (!attributed(m, furniture)) continue;
    const event = m.event ? { id: m.event, title: m.eventTitle ?? m.event } : fallback;
    if (!event && !canPropose) continue;
    // the same source's same figure said twice on a page is one claim
    const key = [event?.id ?? '', m.sourceName ?? m.source, m.category, m.low, m.high].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const id = await proposalId([url, m.sentence, String(m.start), m.text]);
    const checked = validateCorrection(proposalFor(m, about, { id, createdAt, packId: event ? opts.packId : null, event }));
    if (checked.ok) proposals.push(checked.correction);
  }
  return { ...base, proposals };
}
