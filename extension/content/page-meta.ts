// The page facts event matching uses besides its text: title, URL, publish date, headings.
const DATE_SELECTORS = [
  'meta[property="article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name="date"]',
  'meta[name="pubdate"]', 'meta[name="publishdate"]', 'meta[name="dc.date"]', 'meta[property="og:published_time"]',
  'time[itemprop="datePublished"]', 'time[pubdate]',
];

export function pageMeta(doc: Document) {
  let publishedAt: string | null = null;
  for (const sel of DATE_SELECTORS) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    if (v) { publishedAt = v; break; }
  }
  const description = doc.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content') ?? undefined;
  const headings = [...doc.querySelectorAll('h1, h2')].slice(0, 10).map((h) => (h.textContent ?? '').trim().slice(0, 300)).filter(Boolean);
  return { title: doc.title, url: location.href, publishedAt, description, headings };
}
