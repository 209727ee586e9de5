// Which tracked event a figure is about. Decided per sentence, from its own evidence:
//  - names: an event's own name ("Makiivka New Year strike") identifies it;
//  - places: a place alone (Makiivka, the Amstor mall, the cruiser Moskva) never does: it
//    needs a date that fits, an event-specific term, or a page whose main story is the event;
//  - time: a page dated before an event is not about it; a page dated long after is about it
//    only in the sentences that say so ("the January 2023 strike", an anniversary); a date in
//    the text that does not fit points elsewhere;
//  - scope: a figure of a war's or a country's total is never one event's toll.
// A sentence with no evidence of its own takes its paragraph's, then the page's main story
// (title, headline, description, lede, address), unless something near it points elsewhere.
// An index from the first key of every name to its events keeps this to a few map look-ups
// per word, however many events are installed.
import type { Source, TrackedEvent } from '../claims/model.ts';
import type { DateCandidates } from '../page/facts.ts';
import { addDays, dateFromUrl, daysBetween, FRESH_DAYS, parseDateValue, relate, textDates, type DaySpan } from './dates.ts';
import { holdsName, keySet, nameKeys, tokenize, type NameKeys } from './names.ts';
import { normalizeName } from './normalize.ts';
import { cumulativeScope, looksBack, placesNamed } from './scope.ts';

/** The page facts the main story is read from: never the body's sentences, never page furniture. */
export interface PageFacts {
  title: string;
  url: string;
  /** the address the page names as its own (<link rel="canonical">), when it differs */
  canonical?: string;
  /** the page's publication date (an ISO day or a date value), when it has one */
  publishedAt?: string | null;
  /** where the date may be read, when the reader sends them unread (the content script): see pageDateOf */
  dates?: DateCandidates;
  description?: string;
  /** the first h1 outside page furniture */
  headline?: string;
  /** the article's first paragraphs */
  lede?: string[];
}

export type Scope = 'sentence' | 'paragraph' | 'page';

export type RejectReason =
  | 'furniture' | 'other-scope' | 'another-date' | 'another-place' | 'page-before' | 'page-late' | 'needs-date' | 'ambiguous' | 'magnitude'
  | 'single-victim' | 'part-of-toll' | 'smaller';

/** Why a figure is tied to its event, or why the event near it was not taken. */
export interface EventEvidence {
  event: string | null;
  scope: Scope | null;
  /** the event's names, places and terms the text gave, as the pack writes them */
  terms: string[];
  /** dates the text gave that fit the event, as written */
  dates: string[];
  /** the page's publication date (ISO day), when known */
  pageDate: string | null;
  /** 0 to 1 */
  confidence: number;
  rejected?: { event: string; title: string; reason: RejectReason; detail: string };
}

/** An event's words, sorted by what they prove. */
interface EventTerms {
  event: TrackedEvent;
  /** event names: identify the event */
  names: NameKeys[];
  /** the place itself, its spellings, buildings and ships: need a date or a specific term */
  places: NameKeys[];
  /** wider places (region, country): consistent with the event, never evidence */
  regions: NameKeys[];
  /** terms specific to the event (proper nouns, numbers, phrases) */
  keywords: NameKeys[];
  /** every key of its names, places, regions and terms: a place the text names is the event's own when it shares one */
  ownKeys: Set<string>;
  start: string;
  end: string;
  /** known by its places only (a UCDP GED import): always needs a date fit */
  placeOnly: boolean;
}

/** Words that make an alias an event's name rather than a place's ("Makiivka New Year strike" vs "Makiivka"). */
const EVENT_WORD = /\b(strikes?|attacks?|massacres?|bombings?|shelling|explosions?|blasts?|air ?strikes?|killings?|atrocit\w*|sinking|shootings?|siege|raids?|assault|ambush|crash|bombardment|offensive|retaliat\w*|revenge|tragedy|disaster|executions?|fire)\b/i;

/** The keys of event words, to tell a name with a word of its own from a place plus "strike". */
const EVENT_WORD_KEYS = new Set(['strike', 'attack', 'massacre', 'bombing', 'shelling', 'explosion', 'blast', 'airstrike', 'air', 'killing',
  'killings', 'atrocity', 'atrocities', 'sinking', 'shooting', 'siege', 'raid', 'assault', 'ambush', 'crash', 'bombardment', 'offensive',
  'tragedy', 'disaster', 'execution', 'fire'].map((w) => nameKeys(w).keys[0]));

export function isEventName(alias: string): boolean {
  return EVENT_WORD.test(alias);
}

/** Days after its last day within which a page dated then may be about an event named by its place alone. */
const PLACE_DAYS = 7;
/** The same for an event known by its places only (UCDP): a report of that day. */
const PLACE_ONLY_DAYS = 2;

function prepareEvent(event: TrackedEvent): EventTerms {
  const aliases = event.aliases ?? [];
  const names = [...(event.names ?? []), ...aliases.filter(isEventName)];
  const [locality, ...regions] = event.places ?? [];
  const places = [locality, ...aliases.filter((a) => !isEventName(a))].filter((p): p is string => Boolean(p));
  const keys = (xs: string[]) => {
    const seen = new Set<string>();
    return xs.map(nameKeys).filter((n) => n.keys.length > 0 && !seen.has(n.keys.join(' ')) && seen.add(n.keys.join(' ')));
  };
  const t: EventTerms = {
    event,
    names: keys(names),
    places: keys(places),
    regions: keys(regions),
    keywords: keys(event.keywords ?? []),
    ownKeys: new Set(),
    start: event.date,
    end: event.dateEnd ?? event.date,
    placeOnly: false,
  };
  for (const n of [...t.names, ...t.places, ...t.regions, ...t.keywords]) for (const k of n.keys) t.ownKeys.add(k);
  return t;
}

interface Entry { terms: EventTerms; kind: 'name' | 'place' | 'keyword'; name: NameKeys }

/**
 * Events known by place and day only (a GED import holds hundreds per town), grouped by
 * place name and sorted by day: a text naming the town reaches only those whose days its
 * dates or the page's date could fit, not every event ever recorded there.
 */
interface PlaceDays { name: NameKeys; events: EventTerms[]; longest: number }

/** Keys → the names that start with them; each event's terms prepared once per event list. */
class EventIndex {
  readonly byKey = new Map<string, Entry[]>();
  readonly placeDays = new Map<string, PlaceDays[]>();
  readonly all: EventTerms[];

  constructor(events: TrackedEvent[], reporters: Source[]) {
    this.all = events.map(prepareEvent);
    // Place words are no event-specific term: a region (Donetsk, Gaza), the event's own town
    // (Makiivka), another event's place. The event's own building is ("vocational school").
    // Nor is anyone who reports figures (the Associated Press, a governor, a health ministry).
    const regionBags = this.all.flatMap((t) => t.regions.map((p) => new Set(p.keys)));
    const placeBags = this.all.flatMap((t) => t.places.map((p) => ({ t, keys: new Set(p.keys) })));
    const within = (k: NameKeys, bag: Set<string>) => k.keys.every((key) => bag.has(key));
    const isPlaceWord = (k: NameKeys, t: EventTerms) => regionBags.some((bag) => within(k, bag))
      || placeBags.some((p) => p.t !== t && within(k, p.keys))
      || within(k, new Set(t.places[0]?.keys ?? []))
      || t.places.some((p) => p.keys.length === k.keys.length && within(k, new Set(p.keys)));
    const reporterNames = new Set(reporters.flatMap((r) => [r.name, ...r.aliases]).map(normalizeName));
    for (const t of this.all) {
      t.keywords = t.keywords.filter((k) => isSpecific(k) && !isPlaceWord(k, t) && !reporterNames.has(normalizeName(k.text)));
      // "Bucha killings" says no more than "killed in Bucha": a name needs a word of its own
      const placeKeys = new Set([...t.places, ...t.regions].flatMap((p) => p.keys));
      const demoted = t.names.filter((n) => n.keys.every((k) => placeKeys.has(k) || EVENT_WORD_KEYS.has(k)));
      t.names = t.names.filter((n) => !demoted.includes(n));
      t.places.push(...demoted);
      t.placeOnly = t.names.length === 0 && t.keywords.length === 0;
      const add = (kind: Entry['kind'], name: NameKeys) => {
        const list = this.byKey.get(name.keys[0]) ?? [];
        list.push({ terms: t, kind, name });
        this.byKey.set(name.keys[0], list);
      };
      if (t.placeOnly) { for (const p of t.places) this.addPlaceDay(p, t); continue; }
      for (const n of t.names) add('name', n);
      for (const p of t.places) add('place', p);
      for (const k of t.keywords) add('keyword', k);
    }
    for (const lists of this.placeDays.values()) for (const l of lists) l.events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  }

  private readonly placeDayOf = new Map<string, PlaceDays>();

  private addPlaceDay(name: NameKeys, t: EventTerms): void {
    const id = `${[...name.keys].join(' ')}\u0000${[...name.proper].join(' ')}`;
    let entry = this.placeDayOf.get(id);
    if (!entry) {
      entry = { name, events: [], longest: 0 };
      this.placeDayOf.set(id, entry);
      const list = this.placeDays.get(name.keys[0]) ?? [];
      list.push(entry);
      this.placeDays.set(name.keys[0], list);
    }
    entry.events.push(t);
    entry.longest = Math.max(entry.longest, daysBetween(t.start, t.end));
  }
}

/** The events of one place whose days a date of the text, or the page's date, could fit. */
function eventsOnDays(entry: PlaceDays, dates: DaySpan[], pageDate: string | null): EventTerms[] {
  const out = new Set<EventTerms>();
  const between = (from: string, to: string) => {
    // events are sorted by first day: find the first that may reach `from`, walk until past `to`
    const earliest = addDays(from, -entry.longest);
    let lo = 0;
    let hi = entry.events.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (entry.events[mid].start < earliest) lo = mid + 1; else hi = mid; }
    for (let i = lo; i < entry.events.length && entry.events[i].start <= to; i++) if (entry.events[i].end >= from) out.add(entry.events[i]);
  };
  for (const d of dates) {
    if (d.precision === 'monthday') {
      for (const t of entry.events) if (relate(d, t.start, t.end) === 'fits') out.add(t);
    } else between(addDays(d.from, -1), addDays(d.to, 1));
  }
  if (pageDate) between(addDays(pageDate, -PLACE_ONLY_DAYS), addDays(pageDate, 1));
  return [...out];
}

/** A term that points at one event: a proper noun, a number, or a phrase ("vocational school"); not "children" or "crew". */
function isSpecific(k: NameKeys): boolean {
  return k.proper.size > 0 || k.keys.length > 1 || /\d|[^\u0000-\u024f]/.test(k.text);
}

const indexes = new WeakMap<TrackedEvent[], EventIndex>();

/** The index is built once per event list (the background caches the list between pages, and drops it with the sources). */
function indexFor(events: TrackedEvent[], reporters: Source[]): EventIndex {
  let index = indexes.get(events);
  if (!index) { index = new EventIndex(events, reporters); indexes.set(events, index); }
  return index;
}

/** What one stretch of text (a sentence, a paragraph, the page's facts) says of each event. */
interface Found {
  terms: EventTerms;
  names: NameKeys[];
  places: NameKeys[];
  keywords: NameKeys[];
  /** where in the text its names and places stand */
  at: number[];
}

/**
 * The events a text names, and how. `dates` (the text's own, resolved) and `pageDate` pick,
 * among events known by place and day only, those the text could be about.
 */
function findIn(index: EventIndex, text: string, dates: DaySpan[], pageDate: string | null, allCapitalized = false): Map<EventTerms, Found> {
  const tokens = tokenize(text);
  if (allCapitalized) for (const t of tokens) t.capitalized = true;
  const keys = keySet(tokens);
  const out = new Map<EventTerms, Found>();
  const positions = new Map<string, number[]>();
  for (const t of tokens) { const list = positions.get(t.key); if (list) list.push(t.at); else positions.set(t.key, [t.at]); }
  const found = (terms: EventTerms) => {
    let f = out.get(terms);
    if (!f) { f = { terms, names: [], places: [], keywords: [], at: [] }; out.set(terms, f); }
    return f;
  };
  for (const key of keys.keys()) {
    for (const e of index.byKey.get(key) ?? []) {
      if (!holdsName(keys, e.name)) continue;
      const f = found(e.terms);
      (e.kind === 'name' ? f.names : e.kind === 'place' ? f.places : f.keywords).push(e.name);
      if (e.kind !== 'keyword') f.at.push(...positions.get(key)!);
    }
    for (const entry of index.placeDays.get(key) ?? []) {
      if (!holdsName(keys, entry.name)) continue;
      for (const terms of eventsOnDays(entry, dates, pageDate)) {
        const f = found(terms);
        f.places.push(entry.name);
        f.at.push(...positions.get(key)!);
      }
    }
  }
  return out;
}

interface Judged {
  terms: EventTerms;
  ok: boolean;
  score: number;
  fitting: DaySpan[];
  found: Found;
  reason?: RejectReason;
  detail?: string;
}

type PageTime = 'before' | 'fresh' | 'late' | 'undated';

function pageTime(t: EventTerms, pageDate: string | null): PageTime {
  if (!pageDate) return 'undated';
  if (pageDate < addDays(t.start, -1)) return 'before';
  return pageDate <= addDays(t.end, t.placeOnly ? PLACE_ONLY_DAYS : FRESH_DAYS) ? 'fresh' : 'late';
}

/** One stretch of text read for evidence: a sentence, a paragraph, or the page's facts. */
interface Unit { texts: string[]; dates: DaySpan[]; lookBack: boolean }

interface Context {
  pageDate: string | null;
  /** where the evidence was read */
  level: Scope;
  /** whether the event is the page's main story */
  mainStory: boolean;
  /** why the page's own facts were not about the event, when they named it */
  pageRejected?: { reason: RejectReason; detail: string };
}

/** Whether the evidence of one stretch of text ties it to an event. */
function judge(found: Found, unit: Unit, ctx: Context): Judged {
  const t = found.terms;
  const { pageDate, level } = ctx;
  const base = { terms: t, found, fitting: [] as DaySpan[], score: 0 };
  const reject = (reason: RejectReason, detail: string): Judged => ({ ...base, ok: false, reason, detail });
  const when = pageTime(t, pageDate);
  if (when === 'before') return reject('page-before', pageDate!);
  const relations = unit.dates.map((d) => relate(d, t.start, t.end));
  // an event known by its day alone is not fitted by the day a toll was reported ("on Wednesday raised the toll")
  const fitting = unit.dates.filter((d, i) => relations[i] === 'fits' && !(t.placeOnly && d.report));
  const other = unit.dates.find((_, i) => relations[i] === 'other');
  if (other && fitting.length === 0) return reject('another-date', other.text);
  // the page's story is dated by the first date its title or lede gives: a later look back
  // ("the village lost 50 residents in October 2023") does not make it that story
  const first = level === 'page' ? relations.find((r) => r !== 'after') : undefined;
  if (first === 'other') return reject('another-date', other!.text);
  if (when === 'late' && level === 'page') return reject('page-late', pageDate!);
  if (when === 'late' && fitting.length === 0 && !unit.lookBack) return reject('page-late', pageDate!);
  const named = found.names.length > 0;
  const specific = found.keywords.length > 0;
  const sincePage = pageDate ? daysBetween(t.end, pageDate) : Infinity;
  if (!named && found.places.length === 0) return reject('needs-date', '');
  if (!named) {
    // a place alone: what was struck, where the text names another place, is not the event's
    const place = unit.texts.map((text) => foreignPlace(text, t)).find(Boolean);
    if (place) return reject('another-place', place);
    // the page's own facts put the event elsewhere (another date, another place): so is this
    if (ctx.pageRejected && fitting.length === 0 && (ctx.pageRejected.reason === 'another-date' || ctx.pageRejected.reason === 'another-place')) {
      return reject(ctx.pageRejected.reason, ctx.pageRejected.detail);
    }
  }
  if (t.placeOnly) {
    if (fitting.length === 0 && !(when === 'fresh' && sincePage <= PLACE_ONLY_DAYS)) return reject('needs-date', '');
  } else if (!named) {
    const dated = fitting.length > 0 || (when === 'fresh' && sincePage <= PLACE_DAYS);
    const inStory = ctx.mainStory && level !== 'page';
    if (!specific && !dated && !inStory) return reject('needs-date', '');
    // an undated page that names only the place needs more than one term of the event
    if (when === 'undated' && !dated && !inStory && found.keywords.length < 2) return reject('needs-date', '');
  }
  // an event known by place and day alone (GED) is the weaker claim to a page that also gives a tracked event's terms
  const score = 4 * Math.min(2, found.names.length) + (found.places.length ? (t.placeOnly ? 1 : 2) : 0) + Math.min(3, found.keywords.length)
    + (fitting.length ? 2 : 0) + (when === 'fresh' ? 1 : 0) + (ctx.mainStory && level !== 'page' ? 1 : 0);
  return { ...base, ok: true, score, fitting };
}

/** The best of the judged events; two events equally well supported are no answer. */
function pick(judged: Judged[]): { best: Judged | null; rejected: Judged | null; ambiguous: boolean } {
  const ok = judged.filter((j) => j.ok).sort((a, b) => b.score - a.score);
  if (ok.length > 1 && ok[0].score === ok[1].score) return { best: null, rejected: ok[0], ambiguous: true };
  if (ok.length) return { best: ok[0], rejected: null, ambiguous: false };
  const rejected = [...judged].sort((a, b) => rank(b) - rank(a))[0] ?? null;
  return { best: null, rejected, ambiguous: false };
}

/** Which rejection to tell a reader: the one of the event best named. */
function rank(j: Judged): number {
  return 4 * j.found.names.length + 2 * j.found.places.length + j.found.keywords.length;
}

function termsOf(j: Judged): string[] {
  return [...j.found.names, ...j.found.places, ...j.found.keywords].map((n) => n.text);
}

/** Places named for what happened in the text that the event does not own. */
function foreignPlace(text: string, t: EventTerms): string | null {
  for (const place of placesNamed(text)) {
    const keys = nameKeys(place).keys;
    if (keys.length && !keys.some((k) => t.ownKeys.has(k)) && !DEMONYM.test(place)) return place;
  }
  return null;
}

/** Capitalized words that name a people or a party rather than a place. */
const DEMONYM = /^(russian|ukrainian|israeli|palestinian|american|british|french|german|syrian|iranian|iraqi|chechen|belarusian|polish|turkish|western|european|nato|un|us|u\.s\.|kremlin|pentagon|hamas|hezbollah|wagner|soviet)\b/i;

export interface SentenceInput {
  id: number;
  text: string;
  /** the paragraph (block) the sentence is in, when the page sent it */
  paragraph?: string;
  /** inside navigation, a sidebar or a related-stories box */
  furniture?: boolean;
}

/** One sentence's event, with where every event it names stands in it. */
export interface SentenceEvent {
  event: TrackedEvent | null;
  evidence: EventEvidence;
  /**
   * Where each event the sentence names (by name or place) stands in it: a sentence that
   * names two events ("600 in revenge for Makiivka, where 89 died") gives each figure the
   * event named nearest to it.
   */
  anchors?: { event: TrackedEvent; at: number }[];
}

export interface PageEvents {
  pageDate: string | null;
  /** the page's main story, if its title, headline, description, lede or address names one */
  main: { event: TrackedEvent; score: number; evidence: EventEvidence } | null;
  /** per sentence id */
  bySentence: Map<number, SentenceEvent>;
}

/** Every sentence's event, and the page's main story. */
export function eventsForPage(page: PageFacts, sentences: SentenceInput[], events: TrackedEvent[], reporters: Source[] = []): PageEvents {
  const index = indexFor(events, reporters);
  const pageDate = parseDateValue(page.publishedAt ?? null) ?? dateFromUrl(page.canonical ?? page.url) ?? dateFromUrl(page.url);

  // The main story: from the page's own facts only.
  const pageTexts = [page.title, page.headline ?? '', page.description ?? '', ...(page.lede ?? [])].filter(Boolean);
  const pageFound = new Map<EventTerms, Found>();
  const merge = (m: Map<EventTerms, Found>) => {
    for (const [t, f] of m) {
      const into = pageFound.get(t) ?? { terms: t, names: [], places: [], keywords: [], at: [] };
      for (const k of ['names', 'places', 'keywords'] as const) for (const n of f[k]) if (!into[k].includes(n)) into[k].push(n);
      pageFound.set(t, into);
    }
  };
  const pageTextDates = pageTexts.map((text) => textDates(text, pageDate));
  pageTexts.forEach((text, i) => merge(findIn(index, text, pageTextDates[i], pageDate)));
  for (const address of new Set([page.url, page.canonical ?? page.url])) merge(findIn(index, safeDecode(address).replace(/[-_/.+]+/g, ' '), [], pageDate, true));
  // what the story itself says happened where: the title, headline, description and first paragraph (later ones compare)
  const storyTexts = [page.title, page.headline ?? '', page.description ?? '', page.lede?.[0] ?? ''].filter(Boolean);
  const pageUnit: Unit = { texts: storyTexts, dates: pageTextDates.flat(), lookBack: pageTexts.some(looksBack) };
  const pageJudged = [...pageFound.values()].map((f) => judge(f, pageUnit, { pageDate, level: 'page', mainStory: false }));
  const main = pick(pageJudged).best;
  // a live blog's entries are about many events: its headline's event is no main story for the others
  const liveBlog = LIVE_BLOG.test(`${page.title}\n${page.headline ?? ''}`);
  const pageRejected = new Map(pageJudged.filter((j) => !j.ok).map((j) => [j.terms, { reason: j.reason!, detail: j.detail ?? '' }]));
  const ctx = (f: Found, level: Scope): Context => ({ pageDate, level, mainStory: f.terms === main?.terms, pageRejected: pageRejected.get(f.terms) });
  const evidenceOf = (j: Judged, scope: Scope, confidence: number): EventEvidence => ({
    event: j.terms.event.id, scope, terms: termsOf(j), dates: j.fitting.map((d) => d.text), pageDate, confidence,
  });
  const untracked = (rejected?: EventEvidence['rejected']): { event: null; evidence: EventEvidence } => ({
    event: null, evidence: { event: null, scope: null, terms: [], dates: [], pageDate, confidence: 0, ...(rejected ? { rejected } : {}) },
  });
  const rejectedOf = (j: Judged | null, reason?: RejectReason, detail?: string) => (j ? {
    event: j.terms.event.id, title: j.terms.event.title, reason: reason ?? j.reason ?? 'needs-date', detail: detail ?? j.detail ?? '',
  } : undefined);

  const bySentence = new Map<number, SentenceEvent>();
  const paragraphs = new Map<string, { found: Map<EventTerms, Found>; dates: DaySpan[]; lookBack: boolean }>();
  const readParagraph = (text: string) => {
    let p = paragraphs.get(text);
    if (!p) {
      const dates = textDates(text, pageDate);
      p = { found: findIn(index, text, dates, pageDate), dates, lookBack: looksBack(text) };
      paragraphs.set(text, p);
    }
    return p;
  };

  for (const s of sentences) {
    if (s.furniture) {
      // names in furniture never vote; a figure there is not the article's own
      const near = pick([...findIn(index, s.text, [], pageDate).values()].map((f) => judge(f, { texts: [], dates: [], lookBack: false }, { pageDate, level: 'sentence', mainStory: false })));
      bySentence.set(s.id, untracked(rejectedOf(near.best ?? near.rejected ?? main, 'furniture', '')));
      continue;
    }
    const scopeWords = cumulativeScope(s.text);
    const sentenceDates = textDates(s.text, pageDate);
    const sentenceFound = findIn(index, s.text, sentenceDates, pageDate);
    const lookBack = looksBack(s.text);
    if (scopeWords) {
      const near = [...sentenceFound.keys()][0] ?? main?.terms ?? null;
      bySentence.set(s.id, untracked(near ? { event: near.event.id, title: near.event.title, reason: 'other-scope', detail: scopeWords } : undefined));
      continue;
    }
    // 1. the sentence's own evidence
    const own = [...sentenceFound.values()].filter((f) => f.names.length || f.places.length);
    if (own.length) {
      // on a page dated long after the event, the sentence before may be the one that looks back
      const before = pageDate ? previousSentence(s.paragraph, s.text) : '';
      const unit: Unit = { texts: [s.text], dates: sentenceDates, lookBack };
      const withBefore: Unit = before ? { texts: [s.text], dates: [...textDates(before, pageDate), ...sentenceDates], lookBack: lookBack || looksBack(before) } : unit;
      const judged = own.map((f) => judge(f, pageTime(f.terms, pageDate) === 'late' ? withBefore : unit, ctx(f, 'sentence')));
      const p = pick(judged);
      if (p.best) {
        const conf = 0.8 + (p.best.found.names.length ? 0.1 : 0) + (p.best.fitting.length ? 0.05 : 0) - (pageDate ? 0 : 0.1);
        // events that may own a figure of this sentence: those that fit, and a tracked event
        // named without a date ("in revenge for the Makiivka strike, in which 89 died")
        const claimants = judged.filter((j) => j.ok || (!j.terms.placeOnly && (j.reason === 'needs-date' || j.reason === 'another-place')));
        const anchors = claimants.length > 1 ? claimants.flatMap((j) => j.found.at.map((at) => ({ event: j.terms.event, at }))) : undefined;
        bySentence.set(s.id, { event: p.best.terms.event, evidence: evidenceOf(p.best, 'sentence', round(conf)), ...(anchors ? { anchors } : {}) });
      } else {
        bySentence.set(s.id, untracked(rejectedOf(p.rejected, p.ambiguous ? 'ambiguous' : undefined, p.ambiguous ? '' : undefined)));
      }
      continue;
    }
    // 2. its paragraph's
    const paragraph = s.paragraph && s.paragraph !== s.text ? readParagraph(s.paragraph) : null;
    const around = paragraph ? [...paragraph.found.values()].filter((f) => f.names.length || f.places.length) : [];
    if (paragraph && around.length) {
      const unit: Unit = { texts: [s.paragraph!], dates: paragraph.dates, lookBack: paragraph.lookBack };
      // on a page dated long after, only the sentence that looks back and the one after it
      const before = previousSentence(s.paragraph, s.text);
      const near: Unit = { texts: [before, s.text], dates: [...textDates(before, pageDate), ...sentenceDates], lookBack: looksBack(before) || lookBack };
      const p = pick(around.map((f) => {
        if (pageTime(f.terms, pageDate) !== 'late') return judge(f, unit, ctx(f, 'paragraph'));
        const previous = findIn(index, before, near.dates, pageDate).get(f.terms);
        return previous ? judge(previous, near, ctx(previous, 'sentence')) : judge(f, unit, ctx(f, 'paragraph'));
      }));
      const best = p.best;
      const elsewhere = best ? pointsElsewhere(s.text, sentenceDates, best.terms) : null;
      if (best && !elsewhere) {
        bySentence.set(s.id, { event: best.terms.event, evidence: evidenceOf(best, 'paragraph', round(0.75 + (best.fitting.length ? 0.05 : 0) - (pageDate ? 0 : 0.1))) });
      } else if (best && elsewhere) {
        bySentence.set(s.id, untracked(rejectedOf(best, elsewhere.reason, elsewhere.detail)));
      } else {
        bySentence.set(s.id, untracked(rejectedOf(p.rejected, p.ambiguous ? 'ambiguous' : undefined, p.ambiguous ? '' : undefined)));
      }
      continue;
    }
    // 3. the page's main story, unless something near the figure points elsewhere
    if (main && !liveBlog) {
      const elsewhere = pointsElsewhere(s.text, sentenceDates, main.terms)
        ?? (paragraph ? pointsElsewhere(s.paragraph!, paragraph.dates, main.terms, true) : null);
      if (elsewhere) {
        bySentence.set(s.id, untracked(rejectedOf(main, elsewhere.reason, elsewhere.detail)));
      } else {
        bySentence.set(s.id, { event: main.terms.event, evidence: evidenceOf(main, 'page', round(0.7 + (main.fitting.length ? 0.05 : 0) + (main.found.names.length ? 0.05 : 0) - (pageDate ? 0 : 0.1))) });
      }
      continue;
    }
    bySentence.set(s.id, untracked(undefined));
  }
  return {
    pageDate,
    main: main ? { event: main.terms.event, score: main.score, evidence: evidenceOf(main, 'page', round(0.7 + (main.fitting.length ? 0.05 : 0))) } : null,
    bySentence,
  };
}

/** The sentence just before `sentence` in its paragraph, or ''. */
function previousSentence(paragraph: string | undefined, sentence: string): string {
  if (!paragraph) return '';
  const at = paragraph.indexOf(sentence);
  if (at <= 0) return '';
  const before = paragraph.slice(0, at).trimEnd();
  const cut = Math.max(before.lastIndexOf('. ', before.length - 2), before.lastIndexOf('! ', before.length - 2), before.lastIndexOf('? ', before.length - 2));
  return before.slice(cut + 1).trim();
}

/** A live blog, by its title: "live", "as it happened", "live updates". */
const LIVE_BLOG = /\blive(?:\s*:|\s+(?:updates?|blog|news|coverage|report)\b|\s*$|\s+[-–—|])|\bas it happened\b|\blatest updates\b|\bminute[- ]by[- ]minute\b/im;

/** A sentence that turns to another story: "Elsewhere, ...", "Separately, ...". */
const ELSEWHERE = /^(?:elsewhere|separately|in other news|meanwhile,? in|in another (?:attack|strike|incident))\b/i;

/** A date that does not fit the event, or a place it does not own, in the text near a figure. */
function pointsElsewhere(text: string, dates: DaySpan[], t: EventTerms, datesOnly = false): { reason: RejectReason; detail: string } | null {
  const relations = dates.map((d) => relate(d, t.start, t.end));
  const other = dates.find((_, i) => relations[i] === 'other');
  if (other && !relations.includes('fits')) return { reason: 'another-date', detail: other.text };
  if (datesOnly) return null;
  const turn = ELSEWHERE.exec(text.trim());
  if (turn) return { reason: 'another-place', detail: turn[0] };
  const place = foreignPlace(text, t);
  return place ? { reason: 'another-place', detail: place } : null;
}

function round(x: number): number {
  return Math.max(0, Math.min(0.99, Math.round(x * 100) / 100));
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
