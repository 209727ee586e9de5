// The whole loop in real Chromium: the built extension, the sample article served on
// 127.0.0.1, highlights with verdicts, the hover card, the badge, the popup, and a page
// left exactly as it was when the highlights are removed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
// chrome.* runs inside the extension's service worker, not in this file's scope.
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { highlightTexts, textPoint } from '../../scripts/lib/probes.ts';
import { cardText, inCard } from '../../scripts/lib/card-root.ts';

const SAMPLES = resolve(import.meta.dirname, '../../samples');
const SCREENSHOT = resolve(import.meta.dirname, '../../docs/hover-card.png');
const STORE_SCREENSHOT = resolve(import.meta.dirname, '../../artifacts/store/screenshot-1-card-1280x800.png');
const STORE_POPUP_SCREENSHOT = resolve(import.meta.dirname, '../../artifacts/store/screenshot-2-popup-1280x800.png');

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
let pageUrl: string;

type HighlightMap = Record<string, string[]>;

const highlights = (p: Page): Promise<HighlightMap> => p.evaluate(highlightTexts);
const pointOver = (p: Page, text: string, before: string) => p.evaluate(textPoint, [text, before] as const);

/** The article's tab: the active one (the extension has no "tabs" permission to query by URL). */
async function activeTabId(): Promise<number> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
}

/**
 * The store listing's second screenshot (1280x800): the article with the popup open over it,
 * where the browser shows it, below the toolbar's right end.
 */
async function storePopupScreenshot(popup: Page): Promise<void> {
  await popup.setViewportSize({ width: 400, height: 600 });
  const height = await popup.evaluate(() => Math.min(600, Math.ceil(document.body.getBoundingClientRect().height)));
  const popupPng = await popup.screenshot({ clip: { x: 0, y: 0, width: 400, height } });
  await page.setViewportSize({ width: 1280, height: 800 });
  const articlePng = await page.screenshot();
  await page.setViewportSize({ width: 1100, height: 800 });
  const compose = await browser.context.newPage();
  await compose.setViewportSize({ width: 1280, height: 800 });
  const url = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
  await compose.setContent(`<body style="margin:0"><img src="${url(articlePng)}" style="position:absolute;inset:0">
    <img src="${url(popupPng)}" style="position:absolute;top:8px;right:16px;border:1px solid #bbb;border-radius:8px;box-shadow:0 6px 24px rgb(0 0 0 / .3)"></body>`);
  await compose.waitForFunction(() => [...document.images].every((i) => i.complete && i.naturalWidth > 0));
  await compose.screenshot({ path: STORE_POPUP_SCREENSHOT });
  await compose.close();
}

beforeAll(async () => {
  mkdirSync(resolve(STORE_SCREENSHOT, '..'), { recursive: true });
  server = await serve(SAMPLES);
  pageUrl = `${server.url}/makeyevka-article.html`;
  browser = await launchWithExtension({ locale: 'en-GB' });
  page = await browser.context.newPage();
  await page.goto(pageUrl);
  await waitFor(async () => Object.values(await highlights(page)).flat().length, (n) => n > 0, 20_000, 'highlights');
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

describe('the sample article in Chromium', () => {
  it('highlights 89, upto 400, 83 and scores with their verdicts', async () => {
    const h = await highlights(page);
    expect(h['crosscount-matches']).toEqual(expect.arrayContaining(['89', 'upto 400', 'scores']));
    expect(h['crosscount-misattributed']).toEqual(['83']);
    // distractors are not figures: the time, the year, the six missiles
    const all = Object.values(h).flat();
    expect(all).not.toContain('12.02');
    expect(all).not.toContain('six');
    expect(all).not.toContain('2023');
    expect(all.filter((t) => t === '89')).toHaveLength(2);
  });

  // the looks come from the manifest's highlights.css: a highlight with no rule for its name would paint nothing
  it('paints the highlights with the stylesheet the manifest gives the page', async () => {
    const p = await browser.context.newPage();
    await p.goto(pageUrl);
    await waitFor(async () => Object.values(await highlights(p)).flat().length, (n) => n > 0, 20_000, 'highlights');
    const at = await pointOver(p, '89', 'killing ');
    const clip = { x: at.x - 14, y: at.y - 12, width: 28, height: 24 };
    const painted = await p.screenshot({ clip });
    await p.evaluate(() => CSS.highlights.delete('crosscount-matches'));
    const bare = await p.screenshot({ clip });
    expect(painted.equals(bare)).toBe(false);
    await p.close();
  });

  it('shows the card on hover over 89, with the revision 63 → 89 and Ukraine\'s ~400', async () => {
    const { x, y } = await pointOver(page, '89', 'killing ');
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 3 });
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Revisions');
    const text = await cardText(page);
    expect(text).toContain('Same figure');
    // what the record shows comes first, in words: whose figure it equals, and the other sources' spread
    expect(text).toContain("No source named here; equals Russian Ministry of Defence's figure (4 Jan 2023).");
    expect(text).toContain('Other sources: 83 to 610.');
    expect(text).not.toContain('✓');
    expect(text).toContain('Russian Ministry of Defence');
    expect(text).toMatch(/Russian Ministry of Defence:\s*63 \(2 Jan 2023\) → 89 \(4 Jan 2023\)/);
    expect(text).toContain('Armed Forces of Ukraine');
    expect(text).toContain('~400');
    expect(text).toContain('Makiivka');
    const links = await page.evaluate(() => [...document.querySelector('crosscount-card')!.shadowRoot!.querySelectorAll('a')].map((a) => a.href));
    expect(links.length).toBeGreaterThan(5);
    expect(links.every((l) => l.startsWith('http'))).toBe(true);
    // each link names its site, and a figure's quote from the cited page is shown with it
    const shown = await inCard(page, () => {
      const root = document.querySelector('crosscount-card')!.shadowRoot!;
      return { sites: [...root.querySelectorAll('td.o-link a')].map((a) => a.textContent), quotes: root.querySelectorAll('q.o-quote').length };
    });
    expect(shown.sites).toContain('novayagazeta.eu ↗');
    expect(shown.quotes).toBeGreaterThan(5);
    // the card never covers the figure it belongs to, and stays in the viewport
    const geometry = await page.evaluate(() => {
      const card = document.querySelector('crosscount-card')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
      return { card: { top: card.top, bottom: card.bottom, left: card.left, right: card.right }, vw: innerWidth, vh: innerHeight };
    });
    expect(geometry.card.top >= y || geometry.card.bottom <= y).toBe(true);
    expect(geometry.card.left).toBeGreaterThanOrEqual(0);
    expect(geometry.card.right).toBeLessThanOrEqual(geometry.vw);
    await page.screenshot({ path: SCREENSHOT, clip: { x: 0, y: Math.max(0, y - 120), width: 1100, height: 620 } });
    // the store listings' screenshot size (1280x800), collected by `npm run package`
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.mouse.move(x, y);
    await page.screenshot({ path: STORE_SCREENSHOT });
    await page.setViewportSize({ width: 1100, height: 800 });
  });

  it('closes the card with Esc', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => cardText(page)).toBe('');
  });

  it('opens the card for the next figure from the keyboard (Alt+Shift+N)', async () => {
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => cardText(page)).toContain('89');
    const focused = await inCard(page, () => document.querySelector('crosscount-card')?.shadowRoot?.activeElement?.getAttribute('role'));
    expect(focused).toBe('dialog');
    await page.keyboard.press('Escape');
  });

  it('sets the badge to the number of disputed figures', async () => {
    const tabId = await activeTabId();
    const badge = await browser.worker.evaluate((tabId) => chrome.action.getBadgeText({ tabId }), tabId);
    expect(badge).toBe('1');
  });

  it('says on the 83 card, first, that the MOD never gave 83 and whose figure it is', async () => {
    await page.keyboard.press('Escape');
    const { x, y } = await pointOver(page, '83', 'latest figure is ');
    await page.mouse.move(x - 30, y - 40);
    await page.mouse.move(x, y, { steps: 3 });
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('Misattributed');
    const lead = await inCard(page, () => {
      const root = document.querySelector('crosscount-card')!.shadowRoot!;
      const card = root.querySelector('.card')!.getBoundingClientRect();
      const p = root.querySelector('.summary .lead')!;
      const box = p.getBoundingClientRect();
      return { text: p.textContent, visible: box.top >= card.top && box.bottom <= card.bottom };
    });
    expect(lead.text).toBe("Russian Ministry of Defence never gave 83: it said 63 (2 Jan 2023) → 89 (4 Jan 2023). 83 is Idel.Realii (RFE/RL)'s figure (25 Jan 2023).");
    expect(lead.visible).toBe(true);
    await page.keyboard.press('Escape');
  });

  it('lists the page\'s figures and verdicts in the popup', async () => {
    const tabId = await activeTabId();
    let popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('li.mention');
    const items = await popup.$$eval('li.mention', (lis) => lis.map((li) => `${li.querySelector('.fig')?.textContent} ${li.getAttribute('data-verdict')}`));
    expect(items).toEqual(['89 matches', 'upto 400 matches', 'scores matches', '83 misattributed', 'scores matches', '89 matches']);
    expect(await popup.textContent('#summary')).toContain('6 figures found; 1 disputed.');
    expect(await popup.textContent('#open-settings')).toBe('Settings');
    await storePopupScreenshot(popup);
    // a row takes the reader to its figure, with the card open (and the popup closes)
    const closed = popup.waitForEvent('close');
    await popup.click('li.mention[data-verdict=misattributed] button.go');
    await closed;
    await expect.poll(() => cardText(page), { timeout: 5000 }).toContain('never gave 83');
    await page.keyboard.press('Escape');
    // the popup's button says what it will do, and removes the overlay from the page
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('li.mention');
    await expect.poll(() => popup.textContent('#overlay-toggle')).toBe('Hide highlights on this page');
    await popup.click('#overlay-toggle');
    await expect.poll(async () => Object.values(await highlights(page)).flat().length).toBe(0);
    await popup.reload();
    await expect.poll(() => popup.textContent('#overlay-toggle')).toBe('Show highlights on this page');
    await popup.close();
  });

  it('leaves the page exactly as served once the highlights are removed', async () => {
    const served = readFileSync(resolve(SAMPLES, 'makeyevka-article.html'), 'utf8');
    const same = await page.evaluate((html) => {
      const fresh = new DOMParser().parseFromString(html, 'text/html');
      return {
        body: fresh.body.innerHTML === document.body.innerHTML,
        head: fresh.head.innerHTML === document.head.innerHTML,
        rootChildren: document.documentElement.children.length,
        attrs: document.documentElement.attributes.length === fresh.documentElement.attributes.length,
        sheets: document.adoptedStyleSheets.length,
      };
    }, served);
    expect(same).toEqual({ body: true, head: true, rootChildren: 2, attrs: true, sheets: 0 });
  });
});
