// The rules for a page's facts besides its text (publish date, description, headings) and
// for the markup a reader does not read, shared by the content script (DOM) and the CLI
// (htmlparser2), so `crosscount scan` matches events from the same facts a reader's page gives.

/** Meta keys (name, property or itemprop, lower-cased) that carry the publish date, best first. */
export const DATE_META_KEYS = [
  'article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created',
  'og:published_time', 'sailthru.date', 'parsely-pub-date',
];

export const DESCRIPTION_META_KEYS = ['description', 'og:description'];

/** Headings that name what a page is about, and how many are read. */
export const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
export const MAX_HEADINGS = 10;
export const MAX_HEADING_LENGTH = 300;

/** A <time> element that dates the page: itemprop="datePublished", a pubdate attribute or a published class. */
export function isPublishTime(attribute: (name: string) => string | null | undefined): boolean {
  return /datepublished/i.test(attribute('itemprop') ?? '') || attribute('pubdate') != null || /\bpub(lished|date)\b/i.test(attribute('class') ?? '');
}

const EDITABLE = new Set(['', 'true', 'plaintext-only']);

/** Markup a reader does not read as article text, by its attributes: editable regions, aria-hidden. */
export function isSkippedByAttributes(attribute: (name: string) => string | null | undefined): boolean {
  const editable = attribute('contenteditable');
  if (editable != null && EDITABLE.has(editable.toLowerCase())) return true;
  return attribute('aria-hidden') === 'true';
}
