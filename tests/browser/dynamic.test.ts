// Pages that change after load: appended articles (infinite scroll), a single-page
// navigation, text that changes under a highlight, and text a reader does not read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';

const SENTENCES = [
  'Ukrainian forces said the strike on Makiivka killed 400 Russian soldiers.',
  'The Russian MOD said 89 servicemen were killed in Makiivka.',
  'Kiev claimed that upto 400 Russian soldiers might have been killed in Makeyevka.',
];

// dated: a page that names only the place needs a date that fits the event (or a term of it)
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2023-01-03"><title>Makiivka strike: live updates</title></head><body>
<main id="feed"><article><h1>Makiivka strike</h1><p id="first">The Russian MOD said 63 servicemen were killed in Makiivka.</p></article></main>
<pre>Log: 500 killed in Makiivka (quoted code, not article text)</pre>
<textarea>Draft: 610 killed in Makiivka</textarea>
<div contenteditable="true">Editable: 139 killed in Makiivka</div>
<div contenteditable="PLAINTEXT-ONLY"><p>Also editable: 300 killed in Makiivka</p></div>
<div aria-hidden="true"><p>Hidden from readers: 83 killed in Makiivka</p></div>
<div id="host"></div>
<iframe id="same" src="/frame" width="600" height="80"></iframe>
<iframe id="other" src="__OTHER_ORIGIN__/frame" width="600" height="80"></iframe>
<script>
  const sentences = ${JSON.stringify(SENTENCES)};
  document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>BBC News Russian says 92 soldiers died in Makiivka.</p>';
  const article = (i) => {
    const a = document.createElement('article');
    a.innerHTML = '<h2>Update ' + i + '</h2><p>Filler text about the war, with no figures at all in it, number ' + i + '.</p><p>' + sentences[i % sentences.length] + '</p>';
    return a;
  };
  window.appendArticles = (n) => {
    for (let i = 0; i < n; i++) document.getElementById('feed').appendChild(article(i));
  };
  window.navigate = () => {
    history.pushState({}, '', '/other-story');
    document.title = 'Makeyevka: the aftermath';
    document.getElementById('feed').innerHTML = '<article><h1>Makeyevka aftermath</h1><p>BBC News Russian reported 139 soldiers were killed in Makeyevka.</p></article>';
  };
  // an endless feed: n articles, a few at a time, as a reader scrolls
  window.scrollFeed = (n, perTick, ms) => new Promise((done) => {
    let added = 0;
    const tick = setInterval(() => {
      for (let k = 0; k < perTick && added < n; k++) document.getElementById('feed').appendChild(article(added++));
      if (added >= n) { clearInterval(tick); done(added); }
    }, ms);
  });
</script>
</body></html>`;

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

const ranges = (p: Page) => p.evaluate(() => {
  const out: string[] = [];
  for (const [name, h] of CSS.highlights as unknown as Map<string, Set<Range>>) {
    if (name === 'crosscount-focus') continue;
    for (const r of h) out.push(r.toString());
  }
  return out.sort();
});

// casualty words only where a reader does not read: a style sheet, an inline script, a hidden box
const QUIET = `<!doctype html><html><head><meta charset="utf-8"><meta property="article:published_time" content="2023-01-03"><title>Weather: a dead calm</title>
<script>window.killedTabs = 0;</script></head><body>
<style>body { margin: 0 } /* the dead code of an old theme, killed in 2022 */</style>
<main id="m"><p>Sunny spells, with a light breeze from the west.</p></main>
<div aria-hidden="true">89 killed in Makiivka</div>
<script>if (document.body) window.note = 'no one was killed';</script>
</body></html>`;

const FRAME = '<!doctype html><title>frame</title><meta property="article:published_time" content="2023-01-04"><p>In Makiivka, the Russian MOD said 89 servicemen were killed.</p>';

beforeAll(async () => {
  const pages: Record<string, string> = { '/frame': FRAME, '/quiet': QUIET };
  server = await serve('.', pages);
  // the same server under another host name is another origin
  pages['/live'] = PAGE.replace('__OTHER_ORIGIN__', server.url.replace('127.0.0.1', 'localhost'));
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.url}/live`);
  await waitFor(() => ranges(page), (r) => r.includes('63'), 20_000, 'first highlight');
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

const frameRanges = (p: Page, id: string) => p.frame({ url: (u) => u.pathname === '/frame' && u.hostname === (id === 'same' ? '127.0.0.1' : 'localhost') })!
  .evaluate(() => [...(CSS.highlights as unknown as Map<string, Set<Range>>)].filter(([n]) => n !== 'crosscount-focus').flatMap(([, h]) => [...h].map((r) => r.toString())));

describe('frames', () => {
  it('reads same-origin frames and leaves other origins alone', async () => {
    expect(await waitFor(() => frameRanges(page, 'same'), (r) => r.length > 0, 10_000, 'the same-origin frame')).toEqual(['89']);
    expect(await frameRanges(page, 'other')).toEqual([]);
  });
});

describe('a page that changes', () => {
  it('reads open shadow roots but not code, form fields, editable regions or what is hidden from readers', async () => {
    const r = await ranges(page);
    expect(r).toContain('92');
    expect(r).not.toContain('500');
    expect(r).not.toContain('610');
    expect(r).not.toContain('139');
    expect(r).not.toContain('300');
    expect(r).not.toContain('83');
  });

  it('highlights articles appended by infinite scroll, once each', async () => {
    await page.evaluate(() => (window as unknown as { appendArticles(n: number): void }).appendArticles(30));
    const r = await waitFor(() => ranges(page), (x) => x.length >= 1 + 1 + 30, 20_000, 'appended highlights');
    expect(r.filter((t) => t === '89')).toHaveLength(10);
    expect(r.filter((t) => t === 'upto 400')).toHaveLength(10);
    await page.evaluate(() => (window as unknown as { appendArticles(n: number): void }).appendArticles(450));
    const big = await waitFor(() => ranges(page), (x) => x.filter((t) => t === '89').length >= 160, 30_000, 'a huge batch');
    expect(big.filter((t) => t === '89')).toHaveLength(160); // past 400 blocks: one rescan, nothing twice
  });

  it('drops a highlight whose text changed, and reads the new text', async () => {
    await page.evaluate(() => { document.querySelector('#first')!.textContent = 'The Russian MOD said 88 servicemen were killed in Makiivka.'; });
    const r = await waitFor(() => ranges(page), (x) => !x.includes('63') && x.includes('88'), 10_000, 'the changed text');
    expect(r).not.toContain('63');
  });

  it('starts over on a single-page navigation, with no stale highlights', async () => {
    await page.evaluate(() => (window as unknown as { navigate(): void }).navigate());
    const r = await waitFor(() => ranges(page), (x) => x.includes('139') && !x.includes('89'), 10_000, 'the new article');
    expect(r.filter((t) => t !== '92')).toEqual(['139']);
  });
});

/** The active tab's top-frame overlay status (the same-origin frame has its own), or null when no one answers. */
const status = () => browser.worker.evaluate(async () => {
  const c = (globalThis as unknown as { chrome: any }).chrome; // eslint-disable-line @typescript-eslint/no-explicit-any
  const [tab] = await c.tabs.query({ active: true, lastFocusedWindow: true });
  return c.tabs.sendMessage(tab.id, { type: 'overlay-status' }, { frameId: 0 }).catch(() => null) as Promise<{ scanned: boolean; sentences: number; highlights: number } | null>;
});

describe('a page with no casualty word a reader can read', () => {
  // (the search starts at the document, so the head's title and scripts are walked too, and skipped)
  it('stays dormant for words in the head, scripts, style sheets and hidden boxes, and wakes for a readable one', async () => {
    const quiet = await browser.context.newPage();
    await quiet.goto(`${server.url}/quiet`);
    await quiet.bringToFront();
    // a dormant content script has no listener: the message finds no one to answer it
    await quiet.waitForTimeout(500);
    expect(await status()).toBeNull();
    // a script added later (an ad, a tracker) holds "body" and "killed": still nothing to read
    await quiet.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'document.body.dataset.killed = "0";';
      document.body.appendChild(s);
    });
    await quiet.waitForTimeout(700);
    expect(await status()).toBeNull();
    await quiet.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'The Russian MOD said 63 servicemen were killed in Makiivka.';
      document.getElementById('m')!.appendChild(p);
    });
    expect(await waitFor(() => ranges(quiet), (r) => r.length > 0, 10_000, 'the readable figure')).toEqual(['63']);
    await quiet.close();
  });
});

describe('an endless page', () => {
  it('reads 1,000 articles appended over time, each once, without reading the page again', async () => {
    const feed = await browser.context.newPage();
    await feed.goto(`${server.url}/live`);
    await feed.bringToFront();
    const before = await waitFor(status, (s) => Boolean(s?.scanned), 20_000, 'the page to be read');
    await feed.evaluate(() => (window as unknown as { scrollFeed(n: number, perTick: number, ms: number): Promise<number> }).scrollFeed(1000, 25, 100));
    const r = await waitFor(() => ranges(feed), (x) => x.length >= before!.highlights + 1000, 60_000, 'the appended highlights');
    expect(r.filter((t) => t === '400')).toHaveLength(334);
    expect(r.filter((t) => t === '89')).toHaveLength(333);
    expect(r.filter((t) => t === 'upto 400')).toHaveLength(333);
    // one candidate sentence per article, each sent once: no batch was big enough to read the page again
    const after = await waitFor(status, (s) => (s?.sentences ?? 0) >= before!.sentences + 1000, 20_000, 'the sentences sent');
    expect(after!.sentences - before!.sentences).toBe(1000);
    expect(after!.highlights).toBe(before!.highlights + 1000);
    await feed.close();
  }, 120_000);
});
