// The page facts event matching uses besides its text: title, URL, where its publish date may
// be read (the background reads it), description, headline, lede and headings, found by the
// same rules as the CLI (src/page/facts.ts).
import {
  DATE_META_KEYS, DATELINE_SELECTOR, hasStructuredDay, isDatelineClass, NOT_DATELINE_SELECTOR, DESCRIPTION_META_KEYS, HEADING_TAGS, isPublishTime, LEDE_MAX_LENGTH, LEDE_MIN_LENGTH,
  LEDE_PARAGRAPHS, MAX_DATELINES, MAX_HEADING_LENGTH, MAX_HEADINGS, MODIFIED_META_KEYS, jsonLdDateFields, type DateCandidates,
} from '../../src/page/facts.ts';
import { furnitureTest, isInsideSkipped, type FurnitureTest } from './text-snapshot.ts';

/** The meta element's key, as the CLI reads it: property, else name, else itemprop. */
const metaKey = (m: Element) => (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();

const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Elements looked at for a dateline, and paragraphs for the lede: the top of the page is enough. */
const MAX_LOOKED = 60;

export type PageMeta = ReturnType<typeof pageMeta>;

/** `inFurniture`: the reading's furniture test, so that elements it matched are not matched again. */
export function pageMeta(doc: Document, inFurniture: FurnitureTest = furnitureTest()) {
  const metas = [...doc.querySelectorAll('meta[content]')].map((m) => ({ key: metaKey(m), content: m.getAttribute('content')! }));
  const byKey = (keys: string[]) => keys.map((k) => metas.find((m) => m.key === k && m.content)?.content).find(Boolean) ?? null;
  const canonical = doc.querySelector('link[rel~="canonical" i][href^="http"]')?.getAttribute('href') ?? null;
  const jsonLd = [...doc.querySelectorAll('script[type*="ld+json" i]')].slice(0, 10).map((s) => jsonLdDateFields(s.textContent ?? '')).filter((f): f is string => f !== null);
  const meta = byKey(DATE_META_KEYS);
  const publishTime = [...doc.querySelectorAll('time[datetime]')].find((t) => isPublishTime((a) => t.getAttribute(a)))?.getAttribute('datetime') ?? null;
  // a feed may hold a thousand timestamps: look at the first few only, and only when no
  // structured day will be read before them (facts.ts hasStructuredDay)
  const datelines: string[] = [];
  let looked = 0;
  for (const el of hasStructuredDay({ jsonLd, meta, publishTime }) ? [] : doc.querySelectorAll(`time,${DATELINE_SELECTOR}`)) {
    if (++looked > MAX_LOOKED) break;
    if ((el.localName !== 'time' && !isDatelineClass(el.getAttribute('class'))) || inFurniture(el) || el.closest(NOT_DATELINE_SELECTOR)) continue;
    const text = squash(el.textContent);
    if (text && text.length <= 200) datelines.push(text);
    if (datelines.length === MAX_DATELINES) break;
  }
  // where the date may be read, sent unread: the background reads it (the date parser stays off the page)
  const dates: DateCandidates = { jsonLd, meta, publishTime, url: canonical ?? location.href, datelines, modifiedMeta: byKey(MODIFIED_META_KEYS) };
  const description = byKey(DESCRIPTION_META_KEYS) ?? undefined;
  // read the first few only: an endless page may hold a thousand headings
  const headings: string[] = [];
  let headline: string | undefined;
  for (const h of doc.querySelectorAll([...HEADING_TAGS].join(','))) {
    const text = squash(h.textContent).slice(0, MAX_HEADING_LENGTH);
    if (text && !headline && h.localName === 'h1' && !inFurniture(h)) headline = text;
    if (text && headings.length < MAX_HEADINGS) headings.push(text);
    if (headings.length === MAX_HEADINGS && headline) break;
  }
  // the lede: the article's first paragraphs, outside furniture and what a reader does not read
  const lede: string[] = [];
  let ledeLength = 0;
  looked = 0;
  for (const p of doc.querySelectorAll('p')) {
    if (lede.length === LEDE_PARAGRAPHS || ledeLength >= LEDE_MAX_LENGTH || ++looked > MAX_LOOKED) break;
    const text = squash(p.textContent);
    if (text.length < LEDE_MIN_LENGTH || inFurniture(p) || isInsideSkipped(p)) continue;
    lede.push(text.slice(0, LEDE_MAX_LENGTH - ledeLength));
    ledeLength += text.length;
  }
  return { title: doc.title, url: location.href, ...(canonical ? { canonical } : {}), dates, description, headline, lede, headings };
}
