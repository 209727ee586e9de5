// Functions evaluated inside a page by the browser tests and `npm start` (Playwright and
// Puppeteer alike: each takes one serializable argument). They only read the page.

/** The viewport point over `text` where the page's text before it ends with `before`; scrolls it into view. */
export function textPoint([text, before]: readonly [string, string]): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let prev = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    const i = data.indexOf(text);
    if (i >= 0 && (prev + data.slice(0, i)).endsWith(before)) {
      const r = document.createRange();
      r.setStart(n, i); r.setEnd(n, i + text.length);
      (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const box = r.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    prev = (prev + data).slice(-200);
  }
  throw new Error(`text not found: ${before}${text}`);
}

/** Every Crosscount highlight, by name, as the text it covers. */
export function highlightTexts(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) out[name] = [...h].map((r) => r.toString());
  return out;
}

/** The hover card's text, or '' when no card is shown. */
export function cardText(): string {
  return document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.card')?.textContent ?? '';
}
