// Which event a figure is about, in real Chromium with the built extension: pages about
// other events at tracked places get no highlight and the popup says why; the sample
// article's card says what tied its figure to the Makiivka strike.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightRules, launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { highlightTexts, textPoint } from '../../scripts/lib/probes.ts';
import { cardText } from '../../scripts/lib/card-root.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const ROOT = resolve(import.meta.dirname, '../..');

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(ROOT);
  browser = await launchWithExtension({ locale: 'en-GB' });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

/** Opens a page and waits until the extension has read it; gives the page and its tab id. */
async function open(path: string): Promise<{ page: Page; tabId: number }> {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}/${path}`);
  await page.bringToFront();
  const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
  await waitFor(() => browser.worker.evaluate(([id]) => chrome.tabs.sendMessage(id, { type: 'overlay-status' }).catch(() => null), [tabId] as const),
    (s) => Boolean(s?.scanned), 20_000, `${path} to be read`);
  return { page, tabId };
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
  await popup.waitForSelector('li.mention');
  return popup;
}

describe('event identity in Chromium', () => {
  it('gives no highlight on a later strike at a tracked place, and the popup says why', async () => {
    const { page, tabId } = await open('tests/fixtures/event-probes/o-kremenchuk-2023-strike.html');
    // the figures were read and judged, then left untracked: nothing is highlighted
    await new Promise((r) => setTimeout(r, 300));
    expect(Object.values(await page.evaluate(highlightTexts)).flat()).toEqual([]);
    const popup = await popupFor(tabId);
    const whyNot = await popup.$$eval('.why-not', (els) => els.map((e) => e.textContent));
    expect(whyNot.join('\n')).toMatch(/another date: Sept\. 22|long after the event/);
    // a silent page says why, and where to see what Crosscount covers
    expect(await popup.textContent('#silent')).toMatch(/^No tracked event on this page/);
    // the related-stories box is listed apart, not as the article's own
    expect(await popup.textContent('#elsewhere')).toMatch(/Elsewhere on this page/);
    expect(await popup.$$eval('ul.elsewhere li .fig', (els) => els.map((e) => e.textContent))).toEqual(['at least 18', '21', '40']);
    await popup.close();
    await page.close();
  });

  it('gives no highlight to the figures of a most-read box on an unrelated page', async () => {
    const { page } = await open('tests/fixtures/event-probes/o-unrelated-with-most-read.html');
    await new Promise((r) => setTimeout(r, 300));
    expect(Object.values(await page.evaluate(highlightTexts)).flat()).toEqual([]);
    await page.close();
  });

  it('lists the covered events in the options page', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html#events`);
    await options.waitForSelector('#covered-events tbody tr');
    const rows = await options.$$eval('#covered-events tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)));
    expect(rows.length).toBe(13);
    expect(rows).toContainEqual(['Ukrainian HIMARS strike on Russian troops quartered in Makiivka vocational school (PTU No. 19)', '2023-01-01', '13', 'Crosscount default claims']);
    await options.fill('#events-filter', 'kramatorsk');
    await expect.poll(() => options.$$eval('#covered-events tbody tr', (trs) => trs.length)).toBe(2);
    await options.close();
  });

  it('ignores the next/previous keys while the reader types in a field', async () => {
    const { page } = await open('samples/makeyevka-article.html');
    await waitFor(async () => Object.values(await page.evaluate(highlightTexts)).flat().length, (n) => n > 0, 20_000, 'highlights');
    await page.evaluate(() => { const i = document.createElement('input'); i.id = 'typing'; document.body.prepend(i); });
    await page.focus('#typing');
    await page.keyboard.press('Alt+Shift+N');
    await new Promise((r) => setTimeout(r, 300));
    expect(await cardText(page)).toBe('');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('typing');
    await page.close();
  });

  it('draws underlines with at least 3:1 contrast on a dark page', async () => {
    const page = await browser.context.newPage();
    await page.route('http://127.0.0.1:9/dark', (route) => route.fulfill({ contentType: 'text/html',
      body: '<!doctype html><title>Makiivka strike</title><meta property="article:published_time" content="2023-01-03"><body style="background:#121212;color:#eee"><p>The Russian MOD said 83 servicemen were killed in Makiivka. Kiev claimed that upto 400 Russian soldiers were killed in Makiivka.</p></body>' }));
    await page.goto('http://127.0.0.1:9/dark');
    await waitFor(async () => Object.values(await page.evaluate(highlightTexts)).flat().length, (n) => n > 1, 20_000, 'highlights');
    const names = await page.evaluate(() => [...CSS.highlights.keys()]);
    expect(names).toContain('crosscount-matches-dark');
    const colours = highlightRules(names).map((r) => /underline[^;]*?(rgb\([^)]*\))/.exec(r)?.[1]).filter(Boolean) as string[];
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = luminance('rgb(18, 18, 18)');
    expect(colours.length).toBeGreaterThanOrEqual(6);
    for (const c of colours) expect((luminance(c) + 0.05) / (background + 0.05), c).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  it('says in the card what tied the figure to its event', async () => {
    const { page } = await open('samples/makeyevka-article.html');
    await waitFor(async () => Object.values(await page.evaluate(highlightTexts)).flat().length, (n) => n > 0, 20_000, 'highlights');
    const at = await page.evaluate(textPoint, ['83', 'latest figure is '] as const);
    await page.mouse.move(at.x, at.y);
    const text = await waitFor(() => cardText(page), (t) => t.includes('Why this event'), 10_000, 'the card');
    expect(text).toMatch(/Why this event.*Makiivka.*page dated 5 Jan 2023/);
    await page.close();
  });
});
