// A volunteer's correction, end to end in Chromium: from the card over "83" to a form, a
// local HTTPS-style intake that first fails (503) then accepts, one accepted delivery, and
// a list that survives closing and reopening the browser profile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { launchWithExtension, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { textPoint } from '../../scripts/lib/probes.ts';
import { clickInCard } from '../../scripts/lib/card-root.ts';
import { generateKeys, sign } from '../../src/packs/signing.ts';
import { serializePack } from '../../src/packs/source-files.ts';
import type { Pack } from '../../src/claims/model.ts';

const ARTICLE = readFileSync(resolve(import.meta.dirname, '../../samples/makeyevka-article.html'), 'utf8');
const MAKIIVKA = 'makiivka-barracks-strike-2023';
// a real news page about an event no pack tracks (the Bardo museum attack in Tunis)
const TUNIS = readFileSync(resolve(import.meta.dirname, '../../../shared/corpus/pages/wapo-1.html'), 'utf8');
const TUNIS_URL = 'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html';
const profile = mkdtempSync(join(tmpdir(), 'crosscount-corrections-'));

let browser: Launched;
let server: Server;
let base: string;
const intake: { status: number; body: unknown }[] = [];
let failNext = 1;
/** the intake takes requests and never answers */
let hang = false;
const hung: import('node:http').ServerResponse[] = [];
const intakeHeld: string[] = [];

async function optionsPage(): Promise<Page> {
  const p = await browser.context.newPage();
  await p.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
  await p.waitForSelector('#packs');
  return p;
}

beforeAll(async () => {
  const keys = await generateKeys();
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type, idempotency-key', 'access-control-allow-methods': 'POST' };
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); res.end(); return; }
    if (path === '/article.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(ARTICLE); return; }
    if (path === '/tunis.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(TUNIS); return; }
    if (path === '/intake' && hang) {
      // takes the request and never answers
      req.resume();
      hung.push(res);
      intakeHeld.push(req.headers['idempotency-key'] as string);
      return;
    }
    if (path === '/intake') {
      let body = '';
      req.on('data', (d) => { body += d; });
      req.on('end', () => {
        const status = failNext > 0 ? 503 : 201;
        if (failNext > 0) failNext--;
        intake.push({ status, body: JSON.parse(body) });
        res.writeHead(status, cors); res.end();
      });
      return;
    }
    if (path === '/pack.json' || path === '/pack.json.sig') { res.writeHead(200, cors); res.end(path.endsWith('.sig') ? served.sig : served.body); return; }
    res.writeHead(404); res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const pack: Pack = {
    format: 'crosscount-pack/1', id: 'volunteer-desk', title: 'Volunteer desk pack', version: 1, publishedAt: '2026-11-01T00:00:00Z',
    corrections: { type: 'https', url: `${base}/intake` },
    sources: [{ id: 'ru-mod', name: 'Russian Ministry of Defence', type: 'military', aliases: ['Russian MOD'] }],
    // adds to the default pack's event, by its qualified id
    events: [],
    claims: [{ id: 'vd-1', eventId: `crosscount-default:${MAKIIVKA}`, sourceId: 'ru-mod', category: 'killed', low: 89, high: 89, approx: false, qualifier: '89', reportedAt: '2023-01-04', url: 'https://example.org/mod-89', supersedes: null }],
  };
  served.body = serializePack(pack);
  served.sig = await sign(new TextEncoder().encode(served.body), keys.privateKey);
  browser = await launchWithExtension({ profile });
  const options = await optionsPage();
  const reply = await options.evaluate(([url, key]) => (globalThis as any).chrome.runtime.sendMessage({ type: 'subscribe', url, publicKey: key }), [`${base}/pack.json`, keys.publicKey]); // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(reply).toMatchObject({ ok: true, outcome: { status: 'installed' } });
  await options.close();
}, 120_000);

const served = { body: '', sig: '' };
declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(profile, { recursive: true, force: true });
});

/** The corrections the database holds (drafts included). */
async function stored(): Promise<{ status: string; correction: { id: string } }[]> {
  const options = await optionsPage();
  const list = await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'list-corrections' })); // eslint-disable-line @typescript-eslint/no-explicit-any
  await options.close();
  return list;
}

async function openFormFrom83(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${base}/article.html`);
  await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-misattributed')?.size ?? 0), (n) => n > 0, 20_000, 'the 83 highlight');
  const p = await page.evaluate(textPoint, ['83', 'latest figure is '] as const);
  await page.mouse.move(p.x - 20, p.y - 20);
  await page.mouse.move(p.x, p.y, { steps: 3 });
  const [form] = await Promise.all([browser.context.waitForEvent('page'), clickInCard(page, '.suggest')]);
  await form.waitForSelector('#correction');
  await page.close();
  return form;
}

describe('a volunteer correction', () => {
  let form: Page;

  it('opens a form prefilled from the card', async () => {
    form = await openFormFrom83();
    expect(await form.textContent('#found')).toBe('83');
    expect(await form.textContent('#quote')).toContain('latest figure is 83');
    // "what is wrong" starts from the verdict: 83 is misattributed
    expect(await form.inputValue('#kind')).toBe('wrong-source');
    // nothing is stored until the reader changes something
    expect(await stored()).toEqual([]);
    await form.selectOption('#kind', 'wrong-figure');
    expect(await form.inputValue('#low')).toBe('83');
    // from the first change on, the draft is stored (closing the tab loses nothing)
    await waitFor(stored, (list) => list.length === 1 && list[0].status === 'draft', 10_000, 'the draft to be stored');
  });

  it('refuses a bad citation or low above high next to the field, and sends nothing', async () => {
    await form.selectOption('#pack', 'volunteer-desk');
    await form.fill('#citationUrl', 'not a url');
    await form.fill('#low', '90');
    await form.fill('#high', '80');
    await form.click('#correction button[type=submit]');
    expect(await form.textContent('#citationUrl-error')).toMatch(/http/);
    expect(await form.textContent('#high-error')).toMatch(/below the lowest/);
    expect(intake).toHaveLength(0);
  });

  it('says what will be sent and where, then delivers once after a 503, with a retry', async () => {
    await form.fill('#low', '89');
    await form.fill('#high', '89');
    await form.fill('#source', 'Russian Ministry of Defence');
    await form.fill('#citationUrl', 'https://example.org/mod-statement-4-jan');
    await form.fill('#note', 'The MOD said 89 on 4 January; 83 is Idel.Realii\'s count.');
    expect(await form.textContent('#privacy')).toContain(`${base}/intake`);
    await form.click('#correction button[type=submit]');
    await form.waitForFunction(() => /Not sent yet|Sent/.test(document.querySelector('#form-status')?.textContent ?? ''));
    const options = await optionsPage();
    await waitFor(async () => { await options.reload(); await options.waitForSelector('#corrections'); return options.$$eval('#corrections tr[data-id]', (rows) => rows.map((r) => r.getAttribute('data-status'))); }, (s) => s[0] === 'sent', 20_000, `the retried delivery (${await form.textContent('#form-status')}; intake ${JSON.stringify(intake.map((r) => r.status))})`);
    expect(intake.map((r) => r.status)).toEqual([503, 201]);
    const sent = intake[1].body as { format: string; corrections: { found: { text: string }; proposed: { low: number } }[] };
    expect(sent.format).toBe('crosscount-corrections/1');
    expect(sent.corrections[0]).toMatchObject({ found: { text: '83' }, proposed: { low: 89 } });
    // a sent correction is never sent again
    await options.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'retry-correction', localId: 1 })); // eslint-disable-line @typescript-eslint/no-explicit-any
    await options.waitForTimeout(300);
    expect(intake).toHaveLength(2);
    await options.close();
  }, 60_000);

  it('answers pages while an intake hangs, and retries a delivery a killed browser interrupted', async () => {
    hang = true;
    const form2 = await openFormFrom83();
    await form2.selectOption('#kind', 'wrong-figure');
    await form2.selectOption('#pack', 'volunteer-desk');
    await form2.fill('#low', '89');
    await form2.fill('#high', '89');
    await form2.fill('#source', 'Russian Ministry of Defence');
    await form2.fill('#citationUrl', 'https://example.org/mod-statement-4-jan');
    await form2.click('#correction button[type=submit]');
    // a second press while the first delivery is under way sends nothing more
    expect(await form2.isDisabled('#correction button[type=submit]')).toBe(true);
    await waitFor(async () => intakeHeld.length, (n) => n === 1, 10_000, 'the delivery to reach the hanging intake');
    const id = intakeHeld[0];
    // the browser is killed mid-delivery: the correction stays queued
    await browser.close();
    // restarted with the intake still hanging: pages get their highlights at once all the same
    browser = await launchWithExtension({ profile });
    const page = await browser.context.newPage();
    const t0 = Date.now();
    await page.goto(`${base}/article.html`);
    await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-misattributed')?.size ?? 0), (n) => n > 0, 10_000, 'highlights while the intake hangs');
    expect(Date.now() - t0).toBeLessThan(10_000);
    const options = await optionsPage(); // not stuck at "Loading"
    await options.waitForSelector('#corrections tr[data-id]', { timeout: 10_000 });
    // the interrupted delivery was tried again on start-up, with the same Idempotency-Key
    await waitFor(async () => intakeHeld.length, (n) => n >= 2, 10_000, 'the interrupted delivery to be retried');
    expect(intakeHeld[1]).toBe(id);
    for (const r of hung) r.destroy();
    await options.close();
    await page.close();
    hang = false;
  }, 90_000);

  it('keeps the list through a browser restart', async () => {
    await form.close();
    await browser.close();
    browser = await launchWithExtension({ profile });
    const options = await optionsPage();
    await options.waitForSelector('#corrections tr');
    const rows = await options.$$eval('#corrections tr[data-id]', (trs) => trs.map((r) => r.getAttribute('data-status')));
    expect(rows).toContain('sent');
    expect(rows).toHaveLength(2);
    await options.close();
  }, 60_000);

  it('proposes an untracked figure for tracking from the popup: shown in full, nothing stored or sent before Send, then delivered once', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${base}/tunis.html`, { waitUntil: 'domcontentloaded' });
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id as number);
    const popup = await browser.context.newPage();
    await waitFor(async () => {
      await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
      await popup.waitForSelector('#app > *');
      return popup.$$eval('li.mention', (lis) => lis.map((li) => `${li.querySelector('.fig')?.textContent}|${Boolean(li.querySelector('.propose'))}`));
    }, (rows) => rows.includes('About 50|true'), 20_000, 'the popup to offer "About 50" for tracking');
    // a figure with no named source is not offered: it is nobody's claim
    const rows = await popup.$$eval('li.mention', (lis) => lis.map((li) => [li.querySelector('.fig')?.textContent, Boolean(li.querySelector('.propose'))]));
    expect(rows.filter(([, offered]) => offered).length).toBeLessThan(rows.length);
    const before = { stored: (await stored()).length };
    const [form3] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.locator('li.mention', { hasText: 'About 50' }).locator('.propose').click(),
    ]);
    await form3.waitForSelector('#correction');
    // shown in full: the figure, its sentence, its source, the page it cites, and the event as the page names it
    expect(await form3.inputValue('#kind')).toBe('new-event');
    expect(await form3.textContent('#found')).toBe('About 50');
    expect(await form3.textContent('#quote')).toContain('About 50 other people were wounded, according to local news reports.');
    expect(await form3.inputValue('#source')).toBe('local news reports');
    expect(await form3.inputValue('#low')).toBe('50');
    expect(await form3.inputValue('#category')).toBe('wounded');
    expect(await form3.inputValue('#citationUrl')).toBe(TUNIS_URL);
    expect(await form3.inputValue('#reportedAt')).toBe('2015-03-18');
    expect(await form3.inputValue('#eventTitle')).toBe('Attack stokes instability fears in North Africa');
    expect(await form3.inputValue('#eventDate')).toBe('2015-03-18');
    expect(await form3.inputValue('#eventPlaces')).toContain('Tunisia');
    // nothing stored, nothing sent
    expect((await stored()).length).toBe(before.stored);
    expect(intake.filter((r) => (r.body as { corrections: { kind: string }[] }).corrections[0]?.kind === 'new-event')).toEqual([]);
    await form3.selectOption('#pack', 'volunteer-desk');
    await form3.click('#correction button[type=submit]');
    // (the correction the killed browser interrupted may reach the intake meanwhile: count only this one)
    const proposals = () => intake.filter((r) => (r.body as { corrections: { kind: string }[] }).corrections[0]?.kind === 'new-event');
    await waitFor(async () => proposals().length, (n) => n > 0, 20_000, 'the proposal to reach the intake');
    await form3.waitForTimeout(500);
    expect(proposals()).toHaveLength(1);
    const body = proposals()[0].body as { corrections: { kind: string; newEvent: { title: string; date: string }; proposed: { low: number; category: string; source: string; citationUrl: string }; found: { text: string } }[] };
    expect(proposals()[0].status).toBe(201);
    expect(body.corrections).toHaveLength(1);
    expect(body.corrections[0]).toMatchObject({
      kind: 'new-event', found: { text: 'About 50' }, newEvent: { title: 'Attack stokes instability fears in North Africa', date: '2015-03-18' },
      proposed: { low: 50, category: 'wounded', source: 'local news reports', citationUrl: TUNIS_URL },
    });
    expect((await stored()).find((c) => c.status === 'sent' && c.correction.id)).toBeTruthy();
    await Promise.all([form3.close(), popup.close()]);

    // with every figure shown, the card offers it too; a form closed untouched leaves nothing stored
    await browser.worker.evaluate(() => chrome.storage.sync.set({ settings: { showUntracked: true } }));
    await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-untracked')?.size ?? 0), (n) => n > 0, 20_000, 'untracked figures highlighted');
    const p = await page.evaluate(textPoint, ['50', 'About '] as const);
    await page.mouse.move(p.x - 20, p.y - 20);
    await page.mouse.move(p.x, p.y, { steps: 3 });

    const stillStored = (await stored()).length;
    const [form4] = await Promise.all([browser.context.waitForEvent('page'), clickInCard(page, '.propose')]);
    await form4.waitForSelector('#correction');
    expect(await form4.inputValue('#kind')).toBe('new-event');
    expect(await form4.inputValue('#eventTitle')).toBe('Attack stokes instability fears in North Africa');
    await form4.close();
    expect((await stored()).length).toBe(stillStored);
    await browser.worker.evaluate(() => chrome.storage.sync.remove('settings'));
    await page.close();
  }, 90_000);
});
