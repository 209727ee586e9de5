// Every page of the real-page corpus, loaded in Chromium with the extension: no error from
// the extension, and the page's text and structure are the same after the highlights are
// removed as before the extension read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { hasCasualtyWord } from '../../src/extract/prefilter.ts';
import { SKIPPED_TAGS } from '../../src/page/tags.ts';
import { SKIPPED_BY_ATTRIBUTES_SELECTOR } from '../../src/page/facts.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.html')).sort();

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;
const extensionErrors: string[] = [];

/** Text nodes and elements in order: what "the page is unchanged" compares. */
const structure = () => {
  const out: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) out.push(`#${(n as Text).data}`);
    else if (n.nodeType === Node.ELEMENT_NODE) {
      const el = n as Element;
      out.push(`<${el.localName} ${[...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ')}>`);
      for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
      out.push(`</${el.localName}>`);
    }
  };
  walk(document.documentElement);
  return out.join('\n');
};

/** The text a reader can read: text nodes outside whatever the reading skips. */
const readableText = (skipped: string) => {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(skipped)) text += (n as Text).data;
  return text;
};

beforeAll(async () => {
  // served without their own scripts (inline, in handlers, in srcdoc frames) and refreshes,
  // so that only the extension could change anything
  const stripped = Object.fromEntries(pages.map((f) => [`/${f}`, readFileSync(join(CORPUS, f), 'utf8')
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<meta[^>]+http-equiv=["']?refresh[^>]*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/\ssrcdoc\s*=\s*("[^"]*"|'[^']*')/gi, '')]));
  server = await serve(CORPUS, stripped);
  browser = await launchWithExtension();
  await browser.context.route('**/*', (route) => {
    const u = route.request().url();
    return u.startsWith(server.url) && route.request().resourceType() === 'document' ? route.continue() : route.abort();
  });
  browser.worker.on('console', (m) => { if (m.type() === 'error') extensionErrors.push(`worker: ${m.text()}`); });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

describe(`the ${pages.length} corpus pages`, () => {
  it('load with no extension error and are left exactly as they were', async () => {
    const changed: string[] = [];
    const page = await browser.context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && m.location().url.includes(browser.extensionId)) extensionErrors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => { if (String(e.stack).includes('chrome-extension://')) extensionErrors.push(`${page.url()}: ${e.message}`); });
    const read: Record<string, number> = {};
    const dormant: string[] = [];
    for (const f of pages) {
      await page.goto(`${server.url}/${f}`, { waitUntil: 'load' });
      const before = await page.evaluate(structure);
      const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
      const ask = (m: object) => browser.worker.evaluate(([id, msg]) => chrome.tabs.sendMessage(id, msg).catch(() => null), [tabId, m] as const);
      if (!hasCasualtyWord(await page.evaluate(readableText, `${[...SKIPPED_TAGS].join(',')},${SKIPPED_BY_ATTRIBUTES_SELECTOR}`))) {
        // no casualty word a reader can read (one in a style sheet does not count): the content
        // script stays dormant, with no listener to answer
        await page.waitForTimeout(400);
        expect(await ask({ type: 'overlay-status' }), f).toBeNull();
        dormant.push(f);
        read[f] = 0;
      } else {
        const status = await waitFor(() => ask({ type: 'overlay-status' }), (s) => Boolean(s?.scanned), 20_000, `${f} to be read`);
        read[f] = status.sentences;
        await ask({ type: 'set-overlay', enabled: false });
      }
      const after = await page.evaluate(structure);
      if (before !== after) changed.push(f);
    }
    expect(extensionErrors).toEqual([]);
    expect(changed).toEqual([]);
    // the pages with casualty figures were read and their sentences sent for checking
    for (const f of ['wapo-1.html', 'nytimes-1.html', 'bbc-1.html']) expect(read[f], f).toBeGreaterThan(0);
    // pages with no casualty word at all cost nothing more than one test of their text
    expect(dormant.length).toBeGreaterThan(0);
  }, 300_000);
});
