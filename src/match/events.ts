// Which tracked event a page, and each figure on it, is about: by aliases and places in
// the title, the URL and the text, by keywords, and by the page's publication date.
import type { TrackedEvent } from '../claims/model.ts';
import { containsWords, normalizeName } from './normalize.ts';

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

/** A page needs at least this score, and one alias or place name, to be about an event. */
export const EVENT_THRESHOLD = 4;

interface PreparedEvent {
  event: TrackedEvent;
  aliases: string[];
  places: string[];
  keywords: string[];
}

const prepared = new WeakMap<TrackedEvent, PreparedEvent>();

function prepare(e: TrackedEvent): PreparedEvent {
  let p = prepared.get(e);
  if (!p) {
    p = {
      event: e,
      aliases: [...new Set(e.aliases.map(normalizeName).filter(Boolean))],
      // the country alone names too many events to count as a place
      places: [...new Set(e.places.slice(0, -1).map(normalizeName).filter(Boolean))],
      keywords: [...new Set(e.keywords.map(normalizeName).filter((k) => k.length > 2))],
    };
    prepared.set(e, p);
  }
  return p;
}

export function scoreEvents(page: PageContext, events: TrackedEvent[]): EventScore[] {
  const title = normalizeName(page.title);
  const url = normalizeName(decodeURIComponent(safeDecode(page.url)).replace(/[-_/.]+/g, ' '));
  const text = normalizeName(page.text);
  const out: EventScore[] = [];
  for (const e of events) {
    const p = prepare(e);
    let score = 0;
    let named = false;
    for (const a of p.aliases) {
      if (containsWords(title, a)) { score += 5; named = true; }
      if (containsWords(url, a)) { score += 3; named = true; }
      if (containsWords(text, a)) { score += 3; named = true; }
    }
    for (const pl of p.places) {
      if (containsWords(title, pl) || containsWords(text, pl)) { score += 1; }
    }
    let keywordHits = 0;
    for (const k of p.keywords) if (containsWords(text, k) || containsWords(title, k)) keywordHits++;
    score += Math.min(keywordHits, 6);
    if (page.publishedAt) {
      const published = Date.parse(page.publishedAt);
      const start = Date.parse(e.date);
      if (Number.isFinite(published) && Number.isFinite(start)) {
        const days = (published - start) / 86400000;
        if (days < -2) score = 0; // a page published before the event is not about it
        else if (days <= 30) score += 2;
      }
    }
    if (named && score >= EVENT_THRESHOLD) out.push({ event: e, score });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** The event a sentence is about: one it names, else the page's best event. */
export function eventForSentence(sentence: string, pageEvents: EventScore[]): EventScore | null {
  if (pageEvents.length <= 1) return pageEvents[0] ?? null;
  const s = normalizeName(sentence);
  let best: EventScore | null = null;
  let bestHits = 0;
  for (const es of pageEvents) {
    const p = prepare(es.event);
    let hits = 0;
    for (const a of p.aliases) if (containsWords(s, a)) hits += 3;
    for (const k of p.keywords) if (containsWords(s, k)) hits += 1;
    if (hits > bestHits) { best = es; bestHits = hits; }
  }
  return best ?? pageEvents[0];
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
