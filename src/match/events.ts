// Which tracked event a page, and each figure on it, is about: by aliases and places in
// the title, the URL and the text, by keywords, and by the page's publication date.
// An index from every name (as words) to its events makes this a few map look-ups per
// word of the page, however many events are installed.
import type { TrackedEvent } from '../claims/model.ts';
import { normalizeName } from './normalize.ts';

export interface PageContext {
  title: string;
  url: string;
  /** ISO date from the page's publish-date meta, when it has one */
  publishedAt?: string | null;
  /** the text to look for event names in: candidate sentences, headings, description */
  text: string;
}

export interface EventScore {
  event: TrackedEvent;
  score: number;
}

/** A page needs at least this score, and one alias, to be about an event. */
export const EVENT_THRESHOLD = 4;
const MAX_NAME_WORDS = 6;

/** An event's names, normalized as page text is: once per event, for pages and sentences alike. */
interface Prepared {
  event: TrackedEvent;
  aliases: string[];
  places: string[];
  keywords: string[];
}

const prepared = new WeakMap<TrackedEvent, Prepared>();

function prepare(event: TrackedEvent): Prepared {
  let p = prepared.get(event);
  if (!p) {
    const names = (xs: string[], min = 1) => [...new Set(xs.map(normalizeName).filter((n) => n.length >= min && n.split(' ').length <= MAX_NAME_WORDS))];
    // the country alone names too many events to count as a place
    p = { event, aliases: names(event.aliases), places: names(event.places.slice(0, -1)), keywords: names(event.keywords, 3) };
    prepared.set(event, p);
  }
  return p;
}

/** Aliases → events; each event's places and keywords are checked only once it is named. */
class EventIndex {
  readonly byAlias = new Map<string, Prepared[]>();

  constructor(events: TrackedEvent[]) {
    for (const event of events) {
      const p = prepare(event);
      for (const a of p.aliases) {
        const list = this.byAlias.get(a) ?? [];
        list.push(p);
        this.byAlias.set(a, list);
      }
    }
  }
}

/** Every run of up to MAX_NAME_WORDS words of a normalized text. */
function phrases(normalizedText: string): Set<string> {
  const words = normalizedText.split(' ').filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    let phrase = words[i];
    out.add(phrase);
    for (let n = 1; n < MAX_NAME_WORDS && i + n < words.length; n++) {
      phrase = `${phrase} ${words[i + n]}`;
      out.add(phrase);
    }
  }
  return out;
}

const indexes = new WeakMap<TrackedEvent[], EventIndex>();

/** The index is built once per event list (the background caches the list between pages). */
function indexFor(events: TrackedEvent[]): EventIndex {
  let index = indexes.get(events);
  if (!index) { index = new EventIndex(events); indexes.set(events, index); }
  return index;
}

export function scoreEvents(page: PageContext, events: TrackedEvent[]): EventScore[] {
  const index = indexFor(events);
  const title = phrases(normalizeName(page.title));
  const url = phrases(normalizeName(safeDecode(page.url).replace(/[-_/.]+/g, ' ')));
  const text = phrases(normalizeName(page.text));
  const named = new Map<Prepared, number>();
  for (const [set, weight] of [[title, 5], [url, 3], [text, 3]] as const) {
    for (const phrase of set) {
      const list = index.byAlias.get(phrase);
      if (list) for (const p of list) named.set(p, (named.get(p) ?? 0) + weight);
    }
  }
  const out: EventScore[] = [];
  const published = page.publishedAt ? Date.parse(page.publishedAt) : Number.NaN;
  for (const [p, aliasScore] of named) {
    let score = aliasScore;
    score += p.places.filter((pl) => title.has(pl) || text.has(pl)).length;
    score += Math.min(6, p.keywords.filter((k) => title.has(k) || text.has(k)).length);
    if (Number.isFinite(published)) {
      const start = Date.parse(p.event.date);
      if (Number.isFinite(start)) {
        const days = (published - start) / 86400000;
        if (days < -2) score = 0; // a page published before the event is not about it
        else if (days <= 30) score += 2;
      }
    }
    if (score >= EVENT_THRESHOLD) out.push({ event: p.event, score });
  }
  return out.sort((a, b) => b.score - a.score || a.event.id.localeCompare(b.event.id));
}

/** The event a sentence is about: one it names, else the page's best event. */
export function eventForSentence(sentence: string, pageEvents: EventScore[]): EventScore | null {
  if (pageEvents.length <= 1) return pageEvents[0] ?? null;
  const words = phrases(normalizeName(sentence));
  let best: EventScore | null = null;
  let bestHits = 0;
  for (const es of pageEvents) {
    const p = prepare(es.event);
    const count = (xs: string[]) => xs.filter((x) => words.has(x)).length;
    const hits = count(p.aliases) * 3 + count(p.keywords);
    if (hits > bestHits) { best = es; bestHits = hits; }
  }
  return best ?? pageEvents[0];
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
