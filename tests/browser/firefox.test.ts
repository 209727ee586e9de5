// The same build in Debian's Firefox ESR: highlights with verdicts, the hover card with the
// revision, and the popup's list, as in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { serve, waitFor } from '../../scripts/lib/browser.ts';
import { firefoxTooOld, launchFirefox, type FirefoxLaunched } from '../../scripts/lib/firefox.ts';
import { cardText as cardTextProbe, highlightTexts, textPoint } from '../../scripts/lib/probes.ts';
import { revealCardFirefox } from '../../scripts/lib/card-root.ts';

let ff: FirefoxLaunched;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
/** An extension page, from which a test reaches the card's closed shadow root. */
let extensionPage: Page;

const highlights = (p: Page) => p.evaluate(highlightTexts);
const cardText = async (p: Page) => { await revealCardFirefox(extensionPage, p); return p.evaluate(cardTextProbe); };

// A Firefox older than the manifest's minimum cannot install the add-on: the suite says so and
// is skipped (the README's test section names the version it needs)
const tooOld = firefoxTooOld();
if (tooOld) console.warn(`Skipping the Firefox tests: ${tooOld} (apt-get install firefox-esr from a newer Debian, or set FIREFOX_PATH)`);

beforeAll(async () => {
  if (tooOld) return;
  server = await serve(resolve(import.meta.dirname, '../../samples'));
  ff = await launchFirefox();
  extensionPage = await ff.browser.newPage();
  // goto on an add-on page may never settle in Firefox (puppeteer#14314): wait for its API instead
  void extensionPage.goto(`${ff.base}/options/index.html`).catch(() => undefined);
  await waitFor(() => extensionPage.evaluate('typeof browser !== "undefined" && Boolean(browser.scripting)').catch(() => false), Boolean, 15_000, 'an extension page');
  page = await ff.browser.newPage();
  await page.setViewport({ width: 1100, height: 800 });
  await page.goto(`${server.url}/makeyevka-article.html`);
  await waitFor(() => highlights(page), (h) => Object.values(h).flat().length >= 6, 30_000, 'highlights in Firefox');
}, 120_000);

afterAll(async () => {
  await ff?.close();
  server?.server.close();
});

describe.skipIf(Boolean(tooOld))('the sample article in Firefox', () => {
  it('highlights 89, upto 400, 83 and scores with their verdicts', async () => {
    const h = await highlights(page);
    expect(h['crosscount-matches']).toEqual(expect.arrayContaining(['89', 'upto 400', 'scores']));
    expect(h['crosscount-misattributed']).toEqual(['83']);
  });

  it('shows the card with the revision on hover over 89', async () => {
    const p = await page.evaluate(textPoint, ['89', 'killing '] as const);
    await page.mouse.move(p.x - 30, p.y - 30);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    const text = await waitFor(() => cardText(page), (t) => t.includes('Revisions'), 10_000, 'the card in Firefox');
    // dates in the reader's locale: "2 Jan 2023" or "Jan 2, 2023"
    expect(text).toMatch(/Russian Ministry of Defence:\s*63 \((2 Jan 2023|Jan 2, 2023)\) → 89 \((4 Jan 2023|Jan 4, 2023)\)/);
    expect(text).toContain('~400');
    await page.keyboard.press('Escape');
    await waitFor(() => cardText(page), (t) => t === '', 5000, 'the card to close');
  });

  it('says first on the 83 card that the MOD never gave 83, whose figure it is, in a first view with no scrollbar', async () => {
    const p = await page.evaluate(textPoint, ['83', 'latest figure is '] as const);
    await page.mouse.move(p.x - 30, p.y - 30);
    await page.mouse.move(p.x, p.y, { steps: 3 });
    await waitFor(() => cardText(page), (t) => t.includes('Misattributed'), 10_000, 'the 83 card in Firefox');
    await revealCardFirefox(extensionPage, page);
    const card = await page.evaluate(() => {
      const root = document.querySelector('crosscount-card')!.shadowRoot!;
      const el = root.querySelector('.card') as HTMLElement;
      return { lead: root.querySelector('.summary .lead')?.textContent, scroll: [el.scrollHeight, el.clientHeight, el.scrollWidth, el.clientWidth] };
    });
    expect(card.lead).toMatch(/^Russian Ministry of Defence never gave 83: it said 63 \((2 Jan 2023|Jan 2, 2023)\) → 89 \((4 Jan 2023|Jan 4, 2023)\)\. 83 is Idel\.Realii \(RFE\/RL\)'s figure/);
    expect(card.scroll[0]).toBeLessThanOrEqual(card.scroll[1] + 1);
    expect(card.scroll[2]).toBeLessThanOrEqual(card.scroll[3] + 1);
    await page.keyboard.press('Escape');
    await waitFor(() => cardText(page), (t) => t === '', 5000, 'the card to close');
  });

  it('lists the figures in the popup', async () => {
    const popup = await ff.browser.newPage();
    // goto on an add-on page may never settle in Firefox (puppeteer#14314): don't wait for it
    void popup.goto(`${ff.base}/popup/index.html`).catch(() => undefined);
    // the page may still be navigating: read until the list is there
    const items = await waitFor(() => popup.$$eval('li.mention', (lis) => lis.map((li) => `${li.querySelector('.fig')?.textContent} ${li.getAttribute('data-verdict')}`)).catch(() => [] as string[]),
      (x) => x.length >= 6, 15_000, 'the popup list in Firefox');
    expect(items).toEqual(['89 matches', 'upto 400 matches', 'scores matches', '83 misattributed', 'scores matches', '89 matches']);
    await popup.close();
  });

  it('opens no card for the page\'s synthetic events and no tab for its scripted click', async () => {
    const at = await page.evaluate(textPoint, ['83', 'latest figure is '] as const);
    await page.evaluate(({ x, y }) => {
      for (let i = 0; i < 5; i++) document.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
    }, at);
    await new Promise((r) => setTimeout(r, 600));
    expect(await cardText(page)).toBe('');
    // the reader opens the card; the page then clicks "Suggest a correction" by script
    await page.mouse.move(at.x - 30, at.y - 40);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await waitFor(() => page.evaluate(() => Boolean(document.querySelector('crosscount-card'))), Boolean, 10_000, 'the card the reader opened');
    // the root is closed: the page cannot reach the card's text or buttons at all
    expect(await page.evaluate(() => document.querySelector('crosscount-card')!.shadowRoot)).toBeNull();
    await waitFor(() => cardText(page), (t) => t.includes('Misattributed'), 10_000, 'the card the reader opened');
    const tabs = (await ff.browser.pages()).length;
    // and had it reached them, a scripted click is still not the reader's
    await revealCardFirefox(extensionPage, page);
    await page.evaluate(() => (document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.suggest') as HTMLButtonElement | null)?.click());
    await new Promise((r) => setTimeout(r, 800));
    expect((await ff.browser.pages()).length).toBe(tabs);
    await page.keyboard.press('Escape');
  });

  it('loads the card on a page whose Content-Security-Policy forbids every script of its own', async () => {
    const article = readFileSync(resolve(import.meta.dirname, '../../samples/makeyevka-article.html'), 'utf8');
    const strict = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'none'; script-src 'none'; style-src 'none'" });
      res.end(article);
    });
    await new Promise<void>((r) => strict.listen(0, '127.0.0.1', r));
    const p2 = await ff.browser.newPage();
    try {
      await p2.setViewport({ width: 1100, height: 800 });
      await p2.goto(`http://127.0.0.1:${(strict.address() as AddressInfo).port}/`);
      await waitFor(() => highlights(p2), (h) => Object.values(h).flat().length > 0, 30_000, 'highlights under a strict CSP in Firefox');
      const at = await p2.evaluate(textPoint, ['83', 'latest figure is '] as const);
      await p2.mouse.move(at.x - 30, at.y - 30);
      await p2.mouse.move(at.x, at.y, { steps: 3 });
      expect(await waitFor(() => cardText(p2), (t) => t.includes('Misattributed'), 10_000, 'the card under a strict CSP in Firefox')).toContain('never gave 83');
    } finally {
      await p2.close();
      strict.close();
    }
  });
});
