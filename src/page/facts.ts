// The rules for a page's facts besides its text (publish date, description, headline, lede,
// headings), for the markup a reader does not read, and for page furniture, shared by the
// content script (DOM) and the CLI (htmlparser2), so `crosscount scan` matches events from
// the same facts a reader's page gives.
import { dateFromDateline, dateFromUrl, numericDay, parseDateValue } from '../match/dates.ts';

/** Meta keys (name, property or itemprop, lower-cased) that carry the publish date, best first. */
export const DATE_META_KEYS = [
  'article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created',
  'og:published_time', 'sailthru.date', 'parsely-pub-date', 'publish-date', 'dc.date.issued', 'citation_publication_date',
];

/** Meta keys that say when the page was last changed: a date, when the page gives no other. */
export const MODIFIED_META_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified', 'lastmod'];

export const DESCRIPTION_META_KEYS = ['description', 'og:description'];

/** Headings that name what a page is about, and how many are read. */
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
export const MAX_HEADINGS = 10;
export const MAX_HEADING_LENGTH = 300;

/** The lede: the first paragraphs of the article, which say what the page's main story is. */
export const LEDE_PARAGRAPHS = 3;
export const LEDE_MIN_LENGTH = 60;
export const LEDE_MAX_LENGTH = 1500;

/** A <time> element that dates the page: itemprop="datePublished", a pubdate attribute or a published class. */
export function isPublishTime(attribute: (name: string) => string | null | undefined): boolean {
  return /datepublished/i.test(attribute('itemprop') ?? '') || attribute('pubdate') != null || /\bpub(lished|date)\b/i.test(attribute('class') ?? '');
}

/**
 * Elements whose short text may be a visible dateline ("Published 5 January 2023"): a class
 * that holds one of these words, or is one of these meta tokens (not "metadata": an infobox).
 */
const DATELINE_WORDS = ['date', 'byline', 'published', 'timestamp', 'posted'];
const DATELINE_TOKENS = ['meta', 'article-meta', 'story-meta', 'post-meta', 'entry-meta', 'article__meta', 'meta-info'];
/** Class words that hold "date" without being one: "update", a reference's "accessdate". */
const NOT_DATELINE_WORD = /update|accessdate|validat|candidate|mandate|consolidat/;

export function isDatelineClass(cls: string | null | undefined): boolean {
  if (!cls) return false;
  return cls.toLowerCase().split(/\s+/).some((t) => (DATELINE_WORDS.some((w) => t.includes(w)) && !NOT_DATELINE_WORD.test(t)) || DATELINE_TOKENS.includes(t));
}

/** A wide net for the DOM: each element it catches is checked with isDatelineClass. */
export const DATELINE_SELECTOR = [...DATELINE_WORDS.map((w) => `[class*=${w} i]`), ...DATELINE_TOKENS.map((t) => `[class~="${t}" i]`)].join(',');
export const MAX_DATELINES = 12;
/** Where a date is about something else than the page (an infobox's birthday, a table of events). */
export const NOT_DATELINE_SELECTOR = 'table';

const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/** The elements isSkippedByAttributes skips, as one CSS selector: the page finds them all in one native query. */
export const SKIPPED_BY_ATTRIBUTES_SELECTOR = '[contenteditable=""],[contenteditable="true" i],[contenteditable="plaintext-only" i],[aria-hidden="true"]';

/** Markup a reader does not read as article text, by its attributes: editable regions, aria-hidden. */
export function isSkippedByAttributes(attribute: (name: string) => string | null | undefined): boolean {
  const editable = attribute('contenteditable');
  if (editable != null && EDITABLE.has(editable.toLowerCase())) return true;
  return attribute('aria-hidden') === 'true';
}

/**
 * Page furniture: navigation, sidebars, footers, related and most-read boxes, comments.
 * Figures there are not the article's own and their names never vote for the page's event.
 */
export const FURNITURE_TAGS = ['nav', 'aside', 'footer'];
export const FURNITURE_ROLES = ['complementary', 'navigation', 'contentinfo'];
const FURNITURE_NAMES = ['related', 'most-read', 'mostread', 'most-popular', 'mostpopular', 'popular', 'trending', 'recommend',
  'sidebar', 'side-bar', 'promo', 'more-stories', 'more-news', 'morenews', 'explore', 'outbrain', 'taboola', 'newsletter',
  'breadcrumb', 'comments', 'read-next', 'readnext', 'up-next', 'also-read', 'see-also', 'latest-news', 'top-stories'];

export function isFurniture(tag: string, attribute: (name: string) => string | null | undefined): boolean {
  if (FURNITURE_TAGS.includes(tag)) return true;
  const role = attribute('role');
  if (role && FURNITURE_ROLES.includes(role.toLowerCase())) return true;
  const names = `${attribute('class') ?? ''} ${attribute('id') ?? ''}`.toLowerCase();
  return names.trim() !== '' && FURNITURE_NAMES.some((n) => names.includes(n));
}

/** The same rule as a CSS selector, for Element.closest() in the content script. */
export const FURNITURE_SELECTOR = [
  ...FURNITURE_TAGS,
  ...FURNITURE_ROLES.map((r) => `[role=${r} i]`),
  ...FURNITURE_NAMES.flatMap((n) => [`[class*="${n}" i]`, `[id*="${n}" i]`]),
].join(',');

/** A block that is a link and little else (a headline in a list of stories) is furniture too. */
export function isLinkBlock(blockLength: number, linkLength: number): boolean {
  return blockLength > 0 && linkLength >= 0.8 * blockLength;
}

/** The dates JSON-LD gives: datePublished (or dateCreated, uploadDate) and dateModified, anywhere in the graph. */
export function datesFromJsonLd(text: string): { published: string | null; modified: string | null } {
  let published: string | null = null;
  let modified: string | null = null;
  let data: unknown;
  try { data = JSON.parse(text); } catch { return { published, modified }; }
  const seen = new Set<unknown>();
  const visit = (v: unknown, depth: number) => {
    if (!v || typeof v !== 'object' || depth > 6 || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) { for (const x of v.slice(0, 50)) visit(x, depth + 1); return; }
    const o = v as Record<string, unknown>;
    for (const k of ['datePublished', 'dateCreated', 'uploadDate']) {
      if (!published && typeof o[k] === 'string') published = parseDateValue(o[k] as string);
    }
    if (!modified && typeof o.dateModified === 'string') modified = parseDateValue(o.dateModified);
    for (const x of Object.values(o)) if (x && typeof x === 'object') visit(x, depth + 1);
  };
  visit(data, 0);
  return { published, modified };
}

/** Where a page's date came from, best first. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'url' | 'dateline' | 'modified';

export interface DateCandidates {
  jsonLd: string[];
  meta: string | null;
  publishTime: string | null;
  url: string;
  datelines: string[];
  modifiedMeta: string | null;
}

/**
 * Whether the page's structured places (JSON-LD, meta, a publish-time <time>) hold a day that
 * pickPublishDate will certainly read before it reaches the datelines. The content script then
 * does not look for datelines at all: that search (class names containing "date", in any
 * case) cost a news page 1.5 to 6 ms on its own.
 */
export function hasStructuredDay(c: Pick<DateCandidates, 'jsonLd' | 'meta' | 'publishTime'>): boolean {
  if (numericDay(c.meta) || numericDay(c.publishTime)) return true;
  return c.jsonLd.some((fields) => {
    try {
      const o = JSON.parse(fields) as Record<string, unknown>;
      return ['datePublished', 'dateCreated', 'uploadDate'].some((k) => typeof o[k] === 'string' && numericDay(o[k] as string) !== null);
    } catch {
      return false;
    }
  });
}

/**
 * The JSON-LD date fields of a script's text, as a small JSON object: the content script sends
 * these few bytes instead of a page's whole JSON-LD, and the background reads them with the rest.
 */
export function jsonLdDateFields(text: string): string | null {
  const fields = text.match(/"(?:datePublished|dateCreated|uploadDate|dateModified)"\s*:\s*"[^"\\]{0,64}"/g);
  return fields ? `{${fields.slice(0, 8).join(',')}}` : null;
}

/** A page's date: the one it was given, else the one its candidates yield. */
export function pageDateOf(page: { publishedAt?: string | null; dates?: DateCandidates }): string | null {
  return page.publishedAt ?? (page.dates ? pickPublishDate(page.dates)?.date ?? null : null);
}

/** The page's publication date (an ISO day) from every usual place, best first. */
export function pickPublishDate(c: DateCandidates): { date: string; from: DateSource } | null {
  const ld = c.jsonLd.map(datesFromJsonLd);
  const tries: [DateSource, () => string | null][] = [
    ['json-ld', () => ld.map((d) => d.published).find(Boolean) ?? null],
    ['meta', () => parseDateValue(c.meta)],
    ['time', () => parseDateValue(c.publishTime)],
    ['url', () => dateFromUrl(c.url)],
    ['dateline', () => c.datelines.map(dateFromDateline).find(Boolean) ?? null],
    ['modified', () => ld.map((d) => d.modified).find(Boolean) ?? parseDateValue(c.modifiedMeta)],
  ];
  for (const [from, read] of tries) {
    const date = read();
    if (date) return { date, from };
  }
  return null;
}
