// The hover card on a hostile page: page CSS cannot reach it, its CSS cannot reach the
// page, it stays in the viewport, never covers its figure, and follows scroll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { inCard } from '../../scripts/lib/card-root.ts';

const HOSTILE_CSS = `<style>
  * { color: rgb(255, 0, 255) !important; font-size: 31px !important; background: yellow !important; }
  div, table, section, header, p { display: inline !important; margin: 40px !important; }
  .card { color: rgb(1, 2, 3) !important; }
  crosscount-card { display: none !important; }
</style>`;
const sample = readFileSync(resolve(import.meta.dirname, '../../samples/makeyevka-article.html'), 'utf8');
const PAGE = sample.replace('</head>', `${HOSTILE_CSS}</head>`).replace('</article>', '<div class="card" id="page-card">the page\'s own .card</div></article>' + '<p>More text.</p>'.repeat(80));

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

const card = (p: Page) => inCard(p, () => {
  const el = document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.card') as HTMLElement | null;
  if (!el) return null;
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  const v = el.querySelector('.verdict')!;
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, color: cs.color, fontSize: cs.fontSize, background: cs.backgroundColor, verdictColor: getComputedStyle(v).color };
});

const figureBox = (p: Page) => p.evaluate(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    if ((n as Text).data === '89') {
      const r = document.createRange(); r.selectNodeContents(n);
      const b = r.getBoundingClientRect();
      return { top: b.top, bottom: b.bottom, left: b.left, right: b.right, x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
  }
  throw new Error('no 89');
});

beforeAll(async () => {
  server = await serve('.', { '/hostile': PAGE });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.goto(`${server.url}/hostile`);
  await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-matches')?.size ?? 0), (n) => n > 0, 20_000, 'highlights');
  await page.evaluate(() => { document.querySelector('b')!.scrollIntoView({ block: 'center' }); });
  const f = await figureBox(page);
  await page.mouse.move(f.x - 20, f.y - 20);
  await page.mouse.move(f.x, f.y, { steps: 3 });
  await waitFor(() => card(page), Boolean, 5000, 'the card');
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

describe('the card on a hostile page', () => {
  it('keeps its own styles whatever the page says', async () => {
    const c = (await card(page))!;
    expect(c.right - c.left).toBeGreaterThan(300); // shown, even under "display: none !important"
    expect(c.bottom - c.top).toBeGreaterThan(100);
    expect(c.color).not.toBe('rgb(255, 0, 255)');
    expect(c.color).not.toBe('rgb(1, 2, 3)');
    expect(c.fontSize).toBe('13px');
    expect(c.background).not.toBe('rgb(255, 255, 0)');
    expect(c.verdictColor).not.toBe('rgb(255, 0, 255)');
  });

  it('leaves the page\'s own styles alone', async () => {
    expect(await page.evaluate(() => getComputedStyle(document.getElementById('page-card')!).color)).toBe('rgb(1, 2, 3)');
  });

  it('stays inside the viewport without covering its figure', async () => {
    const c = (await card(page))!;
    const f = await figureBox(page);
    expect(c.left).toBeGreaterThanOrEqual(0);
    expect(c.right).toBeLessThanOrEqual(900);
    expect(c.bottom <= f.top || c.top >= f.bottom).toBe(true);
  });

  it('follows the figure when the page scrolls', async () => {
    const before = (await card(page))!;
    const f0 = await figureBox(page);
    await page.evaluate(() => window.scrollBy(0, 60));
    await page.waitForTimeout(100);
    const after = (await card(page))!;
    const f1 = await figureBox(page);
    expect(f1.top - f0.top).toBeCloseTo(-60, 0);
    expect(Math.abs((after.top - before.top) - (f1.top - f0.top))).toBeLessThan(2);
  });
});
