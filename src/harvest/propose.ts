// Claims proposed from a news page. Every figure the page attributes to a source becomes a
// correction of kind "missing-claim" (its event is tracked) or "new-event" (it is not), so
// harvested figures go through the one review path volunteers' corrections take:
// `crosscount corrections review/apply`. Runs the extension's own extraction and matching.
import type { ClaimStore } from '../claims/store.ts';
import { quoteAround, validateCorrection, type Correction, type NewEvent } from '../corrections/format.ts';
import { scanPage, type MatchedMention } from '../match/scan.ts';
import { placesNamed } from '../match/scope.ts';
import { isHttpUrl } from '../corrections/format.ts';
import { scanRequest } from '../page/request.ts';
import type { PageText } from '../page/html.ts';

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

const slug = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');

/** The event a page with no tracked event is about, as far as the page says: its headline, the places its lede names, its date. */
export function proposedEvent(page: PageText): NewEvent | null {
  const title = (page.headline ?? page.title).trim().slice(0, 300);
  if (!title) return null;
  const places = [...new Set([title, ...page.lede].flatMap((t) => placesNamed(t)).map((p) => p.replace(/['’]s$/, '')))].slice(0, 5);
  const id = `${slug(title) || 'event'}${page.publishedAt ? `-${page.publishedAt}` : ''}`;
  return { id, title, places, date: page.publishedAt };
}

/** A figure the page attributes to a source it names: the harvest's only kind of proposal. */
function attributed(m: MatchedMention, furniture: Set<number>): boolean {
  return m.source !== null && !m.sourceInferred && !furniture.has(m.sentenceId);
}

export async function harvestPage(page: PageText, address: string, store: ClaimStore, opts: HarvestOptions): Promise<PageHarvest> {
  const url = page.canonical && isHttpUrl(page.canonical) ? page.canonical : address;
  const request = scanRequest(page, address);
  const result = await scanPage(request, store);
  const base = { url, title: page.title, date: page.publishedAt, figures: result.mentions.length };
  if (!isHttpUrl(url)) return { ...base, proposals: [], problem: 'the page has no http(s) address: give --url or a page with a canonical link' };
  const furniture = new Set(request.sentences.filter((s) => s.furniture).map((s) => s.id));
  const titles = new Map((await store.events()).map((e) => [e.id, e.title]));
  const fallback = opts.eventId ? { id: opts.eventId, title: titles.get(opts.eventId) ?? opts.eventId } : null;
  const newEvent = proposedEvent(page);
  const createdAt = (opts.now ?? new Date()).toISOString();
  const seen = new Set<string>();
  const proposals: Correction[] = [];
  for (const m of result.mentions) {
    if (!attributed(m, furniture)) continue;
    const event = m.event ? { id: m.event, title: m.eventTitle ?? m.event } : fallback;
    if (!event && !newEvent) continue;
    const source = m.sourceName ?? m.source!;
    // the same source's same figure said twice on a page is one claim
    const key = [event?.id ?? '', source, m.category, m.low, m.high].join('|');
    if (seen.has(key)) continue;
    seen.add(key);
    const input: Correction = {
      id: await proposalId([url, m.sentence, String(m.start), m.text]),
      createdAt,
      kind: event ? 'missing-claim' : 'new-event',
      packId: event ? opts.packId : null,
      page: { url, title: page.title },
      quote: quoteAround(m.sentence, m.start, m.end),
      found: { text: m.text, low: m.low, high: m.high, category: m.category, source: m.source },
      event,
      claim: null,
      proposed: { low: m.low, high: m.high, approx: m.approx, category: m.category, source, citationUrl: url, reportedAt: page.publishedAt },
      note: '',
      ...(event ? {} : { newEvent }),
    };
    const checked = validateCorrection(input);
    if (checked.ok) proposals.push(checked.correction);
  }
  return { ...base, proposals };
}
