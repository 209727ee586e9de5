// Pack updates in real Chromium: a signed pack and its updates served from 127.0.0.1,
// subscribed from the options page; the hover card shows the new figure after an update,
// and a bad update leaves the old figures in place with its reason in the options page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { DIST, launchWithExtension, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { textPoint } from '../../scripts/lib/probes.ts';
import { cardText, clickInCard, inCard } from '../../scripts/lib/card-root.ts';
import { generateKeys, sign } from '../../src/packs/signing.ts';
import { serializePack } from '../../src/packs/source-files.ts';
import type { Pack } from '../../src/claims/model.ts';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../../samples/makeyevka-article.html'), 'utf8');
const MAKIIVKA = 'makiivka-barracks-strike-2023';

function testPack(version: number, figure: number): Pack {
  return {
    format: 'crosscount-pack/1', id: 'test-monitor', title: 'Test Monitor pack', version, publishedAt: '2026-11-01T00:00:00Z', expires: 3600,
    sources: [{ id: 'test-monitor', name: 'Test Monitor <script>alert(1)</script>', type: 'independent', aliases: ['Test Monitor'] }],
    // adds to the default pack's event, by its qualified id
    events: [],
    claims: [{ id: 'tm-1', eventId: `crosscount-default:${MAKIIVKA}`, sourceId: 'test-monitor', category: 'killed', low: figure, high: figure, approx: false, qualifier: 'count by name', reportedAt: '2023-02-01', url: 'https://example.org/test-monitor', supersedes: null }],
  };
}

let browser: Launched;
let server: Server;
let base: string;
let keys: { publicKey: string; privateKey: string };
const served: { body: string; sig: string; etag: string } = { body: '', sig: '', etag: '' };
const requests: { path: string; ifNoneMatch?: string }[] = [];

async function publish(pack: Pack, { badSignature = false } = {}) {
  served.body = serializePack(pack);
  const signed = badSignature ? serializePack({ ...pack, title: 'something else' }) : served.body;
  served.sig = await sign(new TextEncoder().encode(signed), keys.privateKey);
  served.etag = `"v${pack.version}${badSignature ? 'bad' : ''}"`;
}

async function cardFor89(page: Page): Promise<string> {
  await page.goto(`${base}/article.html`);
  await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-matches')?.size ?? 0), (n) => n > 0, 20_000, 'highlights');
  const point = await page.evaluate(textPoint, ['89', 'killing '] as const);
  await page.mouse.move(point.x - 30, point.y - 30);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return waitFor(() => cardText(page), (t) => t.includes('Revisions'), 5000, 'the card');
}

async function optionsRow(page: Page) {
  await page.reload();
  await page.waitForSelector('tr[data-url*="pack.json"]');
  return page.$eval('tr[data-url*="pack.json"]', (tr) => ({ status: tr.getAttribute('data-status'), version: tr.querySelector('.version')?.textContent, error: tr.querySelector('.last-error')?.textContent ?? null }));
}

beforeAll(async () => {
  keys = await generateKeys();
  await publish(testPack(1, 120));
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'] as string | undefined });
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'if-none-match, if-modified-since', 'access-control-expose-headers': 'etag' };
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); res.end(); return; }
    if (path === '/article.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(ARTICLE); return; }
    if (path === '/pack.json') {
      if (req.headers['if-none-match'] === served.etag) { res.writeHead(304, { ...cors, etag: served.etag }); res.end(); return; }
      res.writeHead(200, { ...cors, 'content-type': 'application/json', etag: served.etag });
      res.end(served.body);
      return;
    }
    if (path === '/pack.json.sig') { res.writeHead(200, { ...cors, 'content-type': 'text/plain' }); res.end(served.sig); return; }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('claim packs in Chromium', () => {
  let options: Page;

  it('refuses a malformed address or key in the form, next to the field', async () => {
    options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.waitForSelector('tr[data-url^="bundled:"]');
    await options.fill('#pack-url', 'ftp://example.org/pack.json');
    await options.fill('#pack-key', keys.publicKey);
    await options.click('#add button[type=submit]');
    expect(await options.textContent('#url-error')).toMatch(/https/);
    await options.fill('#pack-url', `${base}/pack.json`);
    await options.fill('#pack-key', 'ed25519-pub:short');
    await options.click('#add button[type=submit]');
    expect(await options.textContent('#key-error')).toMatch(/public key/);
  });

  it('subscribes to a signed pack and shows its figure in the card, labelled with the pack', async () => {
    await options.fill('#pack-url', `${base}/pack.json`);
    await options.fill('#pack-key', keys.publicKey);
    await options.click('#add button[type=submit]');
    await options.waitForSelector('#status');
    expect(await options.textContent('#status')).toContain('Installed version 1');
    expect(await optionsRow(options)).toMatchObject({ status: 'ok', version: '1' });
    const page = await browser.context.newPage();
    const card = await cardFor89(page);
    expect(card).toContain('[test-monitor]');
    expect(card).toContain('120');
    // hostile strings render as text: no script element reaches the card
    expect(card).toContain('<script>alert(1)</script>');
    expect(await inCard(page, () => document.querySelector('crosscount-card')!.shadowRoot!.querySelectorAll('script').length)).toBe(0);
    await page.close();
  });

  it('installs an update on "Update now", asking conditionally, and the card shows the new figure', async () => {
    const before = requests.length;
    await options.click('tr[data-url*="pack.json"] button.update');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Up to date'));
    expect(requests.slice(before).find((r) => r.path === '/pack.json')?.ifNoneMatch).toBe('"v1"');
    await publish(testPack(2, 130));
    await options.click('tr[data-url*="pack.json"] button.update');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Installed version 2'));
    const page = await browser.context.newPage();
    const card = await cardFor89(page);
    expect(card).toContain('130');
    expect(card).not.toMatch(/\b120\b/);
    await page.close();
  });

  it('refuses a badly signed update, keeps the old figures, and says why', async () => {
    await publish(testPack(3, 999), { badSignature: true });
    await options.click('tr[data-url*="pack.json"] button.update');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Not installed'));
    const row = await optionsRow(options);
    expect(row).toMatchObject({ status: 'error', version: '2' });
    expect(row.error).toMatch(/signature does not verify/);
    const page = await browser.context.newPage();
    const card = await cardFor89(page);
    expect(card).toContain('130');
    expect(card).not.toContain('999');
    await page.close();
  });

  it('refuses a downgrade', async () => {
    await publish(testPack(1, 120));
    await options.click('tr[data-url*="pack.json"] button.update');
    await options.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('Not installed'));
    expect((await optionsRow(options)).error).toMatch(/older than the installed 2/);
  });

  it('removes a pack and its claims', async () => {
    await options.click('tr[data-url*="pack.json"] button.remove');
    await options.waitForFunction(() => !document.querySelector('tr[data-url*="pack.json"]'));
    const page = await browser.context.newPage();
    const card = await cardFor89(page);
    expect(card).not.toContain('[test-monitor]');
    await page.close();
  });
});

describe('the pack catalog in Chromium', () => {
  it('follows a listed pack with one click, and keeps nothing of a listed address that gives an HTML page', async () => {
    // a build of the extension whose catalog lists this test's server: the catalog is data shipped in the extension
    const dist = mkdtempSync(join(tmpdir(), 'crosscount-catalog-dist-'));
    cpSync(DIST, dist, { recursive: true });
    const catalog = JSON.parse(readFileSync(join(DIST, 'packs/catalog.json'), 'utf8'));
    catalog.packs.push(
      { id: 'test-monitor', title: 'Test Monitor pack', description: 'Counts by name of one test monitor.', url: `${base}/pack.json`, publicKey: keys.publicKey, homepage: 'https://example.org/test-monitor' },
      { id: 'moved-away', title: 'A pack that moved', description: 'Its address now gives a web page.', url: `${base}/article.html`, publicKey: keys.publicKey, homepage: null },
    );
    writeFileSync(join(dist, 'packs/catalog.json'), JSON.stringify(catalog));
    const b = await launchWithExtension({ dist });
    try {
      const page = await b.context.newPage();
      await page.goto(`chrome-extension://${b.extensionId}/options/index.html`);
      await page.waitForSelector('#catalog li[data-id="test-monitor"] .follow');
      // the bundled pack is followed already; a local server brings no browser prompt, so none is announced
      expect(await page.textContent('#catalog li[data-id="crosscount-default"]')).toContain('Following');
      expect(await page.$('#catalog li[data-id="test-monitor"] .will-ask')).toBeNull();
      await page.click('#catalog li[data-id="moved-away"] .follow');
      const refused = await waitFor(() => page.textContent('#status').catch(() => null), (t) => Boolean(t), 20_000, 'the outcome');
      expect(refused).toMatch(/^Not installed: not a claim pack: the address gives an HTML page.* The address was not kept\.$/);
      expect(await page.$(`tr[data-url="${base}/article.html"]`)).toBeNull();
      expect(await page.$('#catalog li[data-id="moved-away"] .follow')).not.toBeNull();
      await page.click('#catalog li[data-id="test-monitor"] .follow');
      await waitFor(() => page.textContent('#status').catch(() => null), (t) => /Installed version 1/.test(t ?? ''), 20_000, 'the install');
      await page.waitForSelector('#catalog li[data-id="test-monitor"] .following');
      expect(await page.textContent(`tr[data-url="${base}/pack.json"]`)).toContain('Test Monitor pack');
      // the figure is there: the sample article's card lists the followed pack's source
      const article = await b.context.newPage();
      await cardFor89(article);
      await clickInCard(article, '.more');
      expect(await waitFor(() => cardText(article), (t) => t.includes('Test Monitor'), 5000, 'the card')).toContain('Test Monitor');
    } finally {
      await b.close();
      rmSync(dist, { recursive: true, force: true });
    }
  }, 90_000);
});
