// The page facts event matching uses besides its text: title, URL, publish date, description,
// headings, read by the same rules as the CLI (src/page/facts.ts).
import { DATE_META_KEYS, DESCRIPTION_META_KEYS, HEADING_TAGS, isPublishTime, MAX_HEADING_LENGTH, MAX_HEADINGS } from '../../src/page/facts.ts';

/** The meta element's key, as the CLI reads it: property, else name, else itemprop. */
const metaKey = (m: Element) => (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();

export function pageMeta(doc: Document) {
  const metas = [...doc.querySelectorAll('meta[content]')].map((m) => ({ key: metaKey(m), content: m.getAttribute('content')! }));
  const byKey = (keys: string[]) => keys.map((k) => metas.find((m) => m.key === k && m.content)?.content).find(Boolean) ?? null;
  const publishedAt = byKey(DATE_META_KEYS)
    ?? [...doc.querySelectorAll('time[datetime]')].find((t) => isPublishTime((a) => t.getAttribute(a)))?.getAttribute('datetime')
    ?? null;
  const description = byKey(DESCRIPTION_META_KEYS) ?? undefined;
  // read the first few only: an endless page may hold a thousand headings, and this runs on every batch
  const headings: string[] = [];
  for (const h of doc.querySelectorAll([...HEADING_TAGS].join(','))) {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_LENGTH);
    if (text) headings.push(text);
    if (headings.length === MAX_HEADINGS) break;
  }
  return { title: doc.title, url: location.href, publishedAt, description, headings };
}
