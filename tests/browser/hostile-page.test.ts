// A page that tries to drive Crosscount's UI, in real Chromium: synthetic pointer and key
// events, a selection set by script, a wrapped attachShadow, a scripted click on "Suggest a
// correction". None may open the card, reach into it, open a tab or store anything. And a page with no figure sees nothing of
// Crosscount: no highlight registrations, no stylesheet, no card host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { highlightTexts, textPoint } from '../../scripts/lib/probes.ts';
import { cardText } from '../../scripts/lib/card-root.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../../samples/makeyevka-article.html'), 'utf8');
const PLAIN = '<!doctype html><title>Recipes</title><body><h1>Bread</h1><p>Mix 500 g of flour with 300 ml of water and a pinch of salt.</p></body>';
// a casualty word ("died") but no figure: the content script wakes, reads, and finds nothing to send
const DEADLINE = '<!doctype html><title>Gardening</title><body><p>The old apple tree died after the long dry summer, so plant early.</p></body>';

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(resolve(import.meta.dirname, '../../samples'), { '/article.html': ARTICLE, '/plain.html': PLAIN, '/deadline.html': DEADLINE });
  browser = await launchWithExtension({ locale: 'en-GB' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

/** The stored corrections, asked from an extension page (the worker does not hear its own messages). */
async function drafts(): Promise<unknown[]> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
  const list = await options.evaluate(() => chrome.runtime.sendMessage({ type: 'list-corrections' }));
  await options.close();
  return list as unknown[];
}

describe('a hostile page', () => {
  it('cannot open the card with synthetic events or a scripted selection, nor send a correction with a scripted click', async () => {
    const page = await browser.context.newPage();
    // before any script of ours runs, the page wraps attachShadow to keep every root made
    await page.addInitScript(() => {
      const kept: ShadowRoot[] = [];
      (window as unknown as { keptRoots: ShadowRoot[] }).keptRoots = kept;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init: ShadowRootInit) { const root = attach.call(this, init); kept.push(root); return root; };
    });
    await page.goto(`${server.url}/article.html`);
    await waitFor(async () => Object.values(await page.evaluate(highlightTexts)).flat().length, (n) => n > 0, 20_000, 'highlights');
    const at = await page.evaluate(textPoint, ['83', 'latest figure is '] as const);
    // the page dispatches pointer moves over the figure, the next-figure keys, and selects the figure
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const i = (n as Text).data.indexOf('is 83');
        if (i >= 0) { const r = document.createRange(); r.setStart(n, i + 4); r.collapse(true); getSelection()!.removeAllRanges(); getSelection()!.addRange(r); break; }
      }
    }, at);
    await page.waitForTimeout(600);
    expect(await cardText(page)).toBe('');
    // the reader opens it; the page then clicks "Suggest a correction" by script
    await page.mouse.move(at.x - 30, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await waitFor(() => page.evaluate(() => document.querySelectorAll('crosscount-card').length), (n) => n === 1, 5000, 'the card the reader opened');
    // the card's root is closed, and made in the content script's world: the page holds no way in
    expect(await page.evaluate(() => ({
      shadowRoot: document.querySelector('crosscount-card')!.shadowRoot,
      kept: (window as unknown as { keptRoots: ShadowRoot[] }).keptRoots.length,
    }))).toEqual({ shadowRoot: null, kept: 0 });
    expect(await cardText(page)).toContain('Misattributed');
    // had the page reached the card's buttons, its scripted click is still not the reader's
    const pagesBefore = browser.context.pages().length;
    await page.evaluate(() => (document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.suggest') as HTMLButtonElement | null)?.click());
    await page.waitForTimeout(800);
    expect(browser.context.pages().length).toBe(pagesBefore);
    expect(await drafts()).toEqual([]);
    await page.close();
  });

  it('sees nothing of Crosscount on a page with no figure, and no card host once the card closes', async () => {
    const plain = await browser.context.newPage();
    await plain.goto(`${server.url}/plain.html`);
    await plain.waitForTimeout(800);
    const seen = await plain.evaluate(() => ({
      highlights: [...(CSS.highlights as unknown as Map<string, unknown>).keys()].filter((k) => k.startsWith('crosscount')),
      sheets: document.adoptedStyleSheets.length,
      hosts: document.querySelectorAll('crosscount-card').length,
    }));
    expect(seen).toEqual({ highlights: [], sheets: 0, hosts: 0 });
    await plain.close();
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/article.html`);
    await waitFor(async () => Object.values(await page.evaluate(highlightTexts)).flat().length, (n) => n > 0, 20_000, 'highlights');
    const at = await page.evaluate(textPoint, ['89', 'killing '] as const);
    await page.mouse.move(at.x - 30, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await waitFor(() => cardText(page), (t) => t.length > 0, 5000, 'the card');
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(() => document.querySelectorAll('crosscount-card').length), (n) => n === 0, 5000, 'the card host to leave');
    await page.close();
  });

  it('finds nothing on a page with a casualty word but no candidate sentence', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/deadline.html`);
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
    const status = await waitFor(() => browser.worker.evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'overlay-status' }).catch(() => null), [tabId] as const),
      (st) => Boolean(st?.scanned), 20_000, 'the page to be read');
    expect(status).toMatchObject({ scanned: true, sentences: 0 });
    // the block with "died" went to the background, which cut no candidate sentence from it
    // (the page tests blocks for a casualty word only; the rest of the prefilter runs there)
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    expect(await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab-report', tabId: id }), tabId)).toMatchObject({ total: 0, disputed: 0, result: { mentions: [] } });
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await options.close();
    await page.close();
  });

  it('shows the card on a page whose Content-Security-Policy forbids every script of its own', async () => {
    // the card's module comes from the extension, not the page: the page's CSP does not apply to it
    const strict = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'" });
      res.end(ARTICLE);
    });
    await new Promise<void>((r) => strict.listen(0, '127.0.0.1', r));
    try {
      const page = await browser.context.newPage();
      await page.goto(`http://127.0.0.1:${(strict.address() as AddressInfo).port}/`);
      await waitFor(async () => Object.values(await page.evaluate(highlightTexts)).flat().length, (n) => n > 0, 20_000, 'highlights under a strict CSP');
      const at = await page.evaluate(textPoint, ['83', 'latest figure is '] as const);
      await page.mouse.move(at.x - 30, at.y - 40);
      await page.mouse.move(at.x, at.y, { steps: 3 });
      expect(await waitFor(() => cardText(page), (t) => t.includes('Misattributed'), 10_000, 'the card under a strict CSP')).toContain('never gave 83');
      await page.close();
    } finally {
      strict.close();
    }
  });
});
