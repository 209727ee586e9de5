// Settings in a real browser (a site turned off, a verdict unticked), and the privacy
// promise: reading pages makes no network request of the extension's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;
const extensionRequests: string[] = [];

const count = (p: Page) => p.evaluate(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>)].filter(([n]) => n !== 'crosscount-focus').reduce((n, [, h]) => n + h.size, 0));
const setSettings = (s: object) => browser.worker.evaluate((v) => chrome.storage.sync.set({ settings: v }), s);

beforeAll(async () => {
  server = await serve(resolve(import.meta.dirname, '../../samples'));
  browser = await launchWithExtension();
  // every request the extension could have made: from its worker or its pages to anywhere,
  // or from the page to anything but the test server (a content script's would show there)
  browser.context.on('request', (r) => {
    if (r.url().startsWith('chrome-extension://')) return;
    const fromExtension = Boolean(r.serviceWorker()) || (() => { try { return r.frame().url().startsWith('chrome-extension://'); } catch { return false; } })();
    if (fromExtension || !r.url().startsWith(server.url)) extensionRequests.push(r.url());
  });
  page = await browser.context.newPage();
  await page.goto(`${server.url}/makeyevka-article.html`);
  await waitFor(() => count(page), (n) => n === 6, 20_000, 'highlights');
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

describe('settings', () => {
  it('turns the highlights off and on again for a site', async () => {
    await setSettings({ disabledSites: ['127.0.0.1'] });
    await waitFor(() => count(page), (n) => n === 0, 5000, 'highlights to go');
    await setSettings({ disabledSites: [] });
    await waitFor(() => count(page), (n) => n === 6, 10_000, 'highlights to come back');
  });

  it('shows and keeps nothing of a page opened on a site already off, until the reader turns it on there', async () => {
    // the settings are the background's: the page never reads storage, the first reply says "off"
    await setSettings({ disabledSites: ['127.0.0.1'] });
    const off = await browser.context.newPage();
    await off.goto(`${server.url}/makeyevka-article.html`);
    await off.bringToFront();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
    const status = () => browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'overlay-status' }).catch(() => null), tabId);
    await waitFor(status, (st) => st?.enabled === false, 10_000, 'the overlay to stand down');
    expect(await count(off)).toBe(0);
    // and the background kept no report of it (no list in the popup, no badge)
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    expect(await options.evaluate((id) => chrome.runtime.sendMessage({ type: 'tab-report', tabId: id }), tabId)).toBeNull();
    await options.close();
    await off.bringToFront();
    // the keyboard command (Alt+Shift+O) is the reader's own choice: it shows this page anyway
    await browser.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'set-overlay' }), tabId);
    await waitFor(() => count(off), (n) => n === 6, 10_000, 'highlights on the reader\'s toggle');
    await off.close();
    await setSettings({ disabledSites: [] });
    await waitFor(() => count(page), (n) => n === 6, 10_000, 'highlights back on the first page');
  });

  it('highlights only the verdicts ticked', async () => {
    await setSettings({ version: 2, verdicts: ['misattributed'] });
    const only = await waitFor(() => page.evaluate(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>)].flatMap(([n, h]) => [...h].map((r) => `${n}:${r}`))), (x) => x.length === 1, 10_000, 'one highlight');
    expect(only).toEqual(['crosscount-misattributed:83']);
    await setSettings({});
    await waitFor(() => count(page), (n) => n === 6, 10_000, 'all highlights back');
  });

  it('lists a turned-off site in the options page, and leaves this page as it is', async () => {
    // a redraw replaces the page's highlight objects: keep one to compare
    await page.evaluate(() => { (window as unknown as { kept: unknown }).kept = CSS.highlights.get('crosscount-matches'); });
    await setSettings({ disabledSites: ['example.org'] });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.waitForSelector('#disabled-sites li');
    expect(await options.textContent('#disabled-sites')).toContain('example.org');
    await options.close();
    // another site's switch: this page was not redrawn nor read again
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => CSS.highlights.get('crosscount-matches') === (window as unknown as { kept: unknown }).kept)).toBe(true);
    expect(await count(page)).toBe(6);
    await setSettings({});
  });
});

describe('privacy', () => {
  it('makes no network request of its own while reading pages', async () => {
    for (const path of ['/makeyevka-article.html', '/makeyevka-article.html?again']) {
      await page.goto(`${server.url}${path}`);
      await waitFor(() => count(page), (n) => n === 6, 20_000, 'highlights');
    }
    expect(extensionRequests).toEqual([]);
  });
});
