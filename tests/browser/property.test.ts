// Property: whatever inline markup and text-node boundaries a casualty sentence is spread
// across, highlighting it and removing the highlights leaves the page's text and node
// structure exactly as they were, and nothing throws.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitFor, type Launched } from '../../scripts/lib/browser.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const SENTENCES: [string, string][] = [
  ['The Russian MOD said 89 servicemen were killed in Makiivka.', '89'],
  ['Kiev claimed that upto 400 Russian soldiers might have been killed in Makiivka.', 'upto 400'],
  ['Russian MOD has made a rare acknowledgment of scores of deaths in Makiivka.', 'scores'],
  ['The Russian MOD first said 63 soldiers died in Makiivka.', '63'],
];

/** A tree of nodes to build in the page: text, or an inline element around children. */
type Spec = { text: string } | { tag: 'b' | 'a' | 'span' | 'em'; children: Spec[] };

/** Splits a string into 1-4 consecutive pieces and wraps some of them in inline elements. */
const spread = (s: string): fc.Arbitrary<Spec[]> =>
  fc.array(fc.integer({ min: 1, max: Math.max(1, s.length - 1) }), { maxLength: 4 }).chain((cuts) => {
    const points = [...new Set(cuts)].sort((a, b) => a - b);
    const pieces: string[] = [];
    let at = 0;
    for (const p of points) { pieces.push(s.slice(at, p)); at = p; }
    pieces.push(s.slice(at));
    return fc.tuple(...pieces.map((piece) => fc.oneof(
      fc.constant<Spec>({ text: piece }),
      fc.constantFrom('b', 'a', 'span', 'em').map((tag): Spec => ({ tag: tag as 'b', children: [{ text: piece }] })),
      fc.constantFrom('b', 'span').map((tag): Spec => ({ tag: tag as 'b', children: [{ tag: 'em', children: [{ text: piece }] }] })),
    )));
  });

const paragraph = fc.tuple(fc.constantFrom(...SENTENCES), fc.lorem({ maxCount: 8 })).chain(([[sentence, figure], filler]) =>
  spread(`${filler}. ${sentence}`).map((children) => ({ children, figure })));

let browser: Launched;
let page: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  // any http page will do: the content script runs on it, and the test builds the DOM
  await page.route('http://127.0.0.1:9/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Makiivka strike</title><meta property="article:published_time" content="2023-01-03"><body><main></main></body>' }));
});

afterAll(async () => { await browser?.close(); });

const snapshot = (p: Page) => p.evaluate(() => {
  const out: string[] = [];
  const walk = (n: Node) => {
    out.push(n.nodeType === Node.TEXT_NODE ? `#${(n as Text).data}` : `<${(n as Element).localName}>`);
    for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
    if (n.nodeType !== Node.TEXT_NODE) out.push('/');
  };
  walk(document.documentElement);
  return out.join('|');
});

describe('highlighting any markup', () => {
  it('restores text and structure exactly, with no error', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    let run = 0;
    await fc.assert(fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 4 }), async (paragraphs) => {
      await page.goto(`http://127.0.0.1:9/p${run++}`);
      const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
      const ask = (m: object) => browser.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg).catch(() => null), [tabId, m] as const);
      // the empty page holds no casualty word: the content script sleeps until the paragraphs below arrive
      await page.waitForLoadState('load');
      const built = await page.evaluate((specs) => {
        const make = (s: { text?: string; tag?: string; children?: unknown[] }): Node => {
          if (s.text !== undefined) return document.createTextNode(s.text);
          const el = document.createElement(s.tag!);
          // a named anchor: a link (a[href]) holding most of a paragraph makes it a link block, page
          // furniture that stays untracked (tests/browser/event-identity.test.ts covers that)
          if (s.tag === 'a') el.setAttribute('name', 'x');
          for (const c of s.children ?? []) el.appendChild(make(c as never));
          return el;
        };
        const main = document.querySelector('main')!;
        for (const p of specs) {
          const el = document.createElement('p');
          for (const c of p.children) el.appendChild(make(c as never)); // adjacent text nodes stay split
          main.appendChild(el);
        }
        return main.textContent;
      }, paragraphs);
      const before = await snapshot(page);
      const expected = paragraphs.map((p) => p.figure).sort();
      const found = await waitFor(() => page.evaluate(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>)]
        .filter(([n]) => n !== 'crosscount-focus').flatMap(([, h]) => [...h].map((r) => r.toString())).sort()), (h) => h.length >= expected.length, 10_000, `highlights in: ${built}`);
      expect(found).toEqual(expected);
      await ask({ type: 'set-overlay', enabled: false });
      expect(await snapshot(page)).toBe(before);
      expect(await page.evaluate(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>).values()].reduce((n, h) => n + h.size, 0))).toBe(0);
    }), {
      numRuns: 25,
      // always among the cases: a figure cut across two text nodes of a paragraph with no element
      // inside (read whole, its text nodes found only when the figure lands), and inside markup
      examples: [[[
        { children: [{ text: 'Lorem ipsum. The Russian MOD said 8' }, { text: '9 servicemen were killed in Makiivka.' }], figure: '89' },
        { children: [{ text: 'Kiev claimed that up' }, { tag: 'b', children: [{ text: 'to 4' }] }, { text: '00 Russian soldiers might have been killed in Makiivka.' }], figure: 'upto 400' },
      ]], [[
        // the only casualty word of the page cut across two elements: the dormant content script must still wake
        { children: [{ tag: 'b', children: [{ tag: 'em', children: [{ text: 'varius. The Russian MOD said 89 servicemen were k' }] }] }, { tag: 'b', children: [{ tag: 'em', children: [{ text: 'illed in Makiivka.' }] }] }], figure: '89' },
      ]]],
    });
    expect(errors).toEqual([]);
  }, 240_000);
});
