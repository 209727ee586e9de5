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
  const headings = [...doc.querySelectorAll([...HEADING_TAGS].join(','))]
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_LENGTH))
    .filter(Boolean)
    .slice(0, MAX_HEADINGS);
  return { title: doc.title, url: location.href, publishedAt, description, headings };
}
