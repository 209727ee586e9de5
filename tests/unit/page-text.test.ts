// The CLI reads a page's facts and text by the rules the content script reads the DOM by
// (src/page/facts.ts): what it skips, which date wins, which headings count.
import { describe, expect, it } from 'vitest';
import { htmlToPageText } from '../../src/page/html.ts';

describe('page text for the CLI', () => {
  it('skips what a reader does not read: code, form fields, editable and aria-hidden regions', () => {
    const page = htmlToPageText(`<body><p>Kept 1.</p><div aria-hidden="true"><p>Hidden 2.</p></div><pre>Code 3.</pre>
      <div contenteditable="true">Draft <b>4</b>.</div><div contenteditable="false">Kept 5.</div><input value="6"><p>Kept 7.</p></body>`);
    expect(page.blocks).toEqual(['Kept 1.', 'Kept 5.', 'Kept 7.']);
  });

  it('takes the best-ranked publish date, whatever its place in the page', () => {
    const page = htmlToPageText(`<head><meta name="date" content="2023-01-05"><meta property="article:published_time" content="2023-01-04T10:00Z"></head>`);
    expect(page.publishedAt).toBe('2023-01-04');
    expect(htmlToPageText('<p><time class="published" datetime="2023-01-03">3 Jan</time></p>').publishedAt).toBe('2023-01-03');
    expect(htmlToPageText('<p><time datetime="2023-01-03">3 Jan</time></p>').publishedAt).toBeNull();
  });

  it('reads at most ten headings, h1 to h3', () => {
    const page = htmlToPageText(`${Array.from({ length: 12 }, (_, i) => `<h2>Part ${i}</h2>`).join('')}<h4>Small</h4>`);
    expect(page.headings).toEqual(Array.from({ length: 10 }, (_, i) => `Part ${i}`));
  });
});
