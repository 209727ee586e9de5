// Accessibility: axe-core finds no violations in the card, the popup and the options page;
// the card has its role and label, takes focus from the keyboard, and gives it back on Esc.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { highlightRules, launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { inCard } from '../../scripts/lib/card-root.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;
let page: Page;

/** Runs axe (evaluated through the debugger, so extension pages' CSP does not block it). */
async function violations(p: Page, include?: string[][]): Promise<string[]> {
  await p.evaluate(AXE);
  const result = await p.evaluate((inc) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } })
    .axe.run(inc ? { include: inc } : document, { resultTypes: ['violations'] }), include ?? null);
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** How many nodes inside a shadow root passed axe's checks (a target given as a path through the root). */
async function passedInShadow(p: Page, include: string[][]): Promise<number> {
  const result = await p.evaluate((inc) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ passes: { nodes: { target: unknown[] }[] }[] }> } })
    .axe.run({ include: inc }, { resultTypes: ['passes'] }), include);
  return result.passes.flatMap((r) => r.nodes).filter((n) => Array.isArray(n.target[0]) && (n.target[0] as unknown[]).length > 1).length;
}

beforeAll(async () => {
  server = await serve(resolve(import.meta.dirname, '../../samples'));
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(`${server.url}/makeyevka-article.html`);
  await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-matches')?.size ?? 0), (n) => n > 0, 20_000, 'highlights');
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

describe('accessibility', () => {
  // the underline carries the verdict: it must stand out from the page, light or dark (WCAG 1.4.11, 3:1)
  it.each(['light', 'dark'] as const)('underlines every verdict at 3:1 or more against a %s page', async (theme) => {
    const p = await browser.context.newPage();
    if (theme === 'dark') await p.addInitScript(() => document.addEventListener('DOMContentLoaded', () => {
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'body { background: #121212; color: #eee; }' }));
    }));
    await p.goto(`${server.url}/makeyevka-article.html`);
    // a dark page gets the dark theme's highlights, by their own names
    const matches = theme === 'dark' ? 'crosscount-matches-dark' : 'crosscount-matches';
    await waitFor(() => p.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, matches), (n) => n > 0, 20_000, 'highlights');
    const found = await p.evaluate(() => ({ names: [...CSS.highlights.keys()], background: getComputedStyle(document.body).backgroundColor }));
    await p.close();
    const rules = highlightRules(found.names);
    const rgb = (c: string) => (/rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(c) ?? [0, 255, 255, 255]).slice(1, 4).map(Number);
    const luminance = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = /rgba\(0, 0, 0, 0\)/.test(found.background) ? 'rgb(255, 255, 255)' : found.background;
    const underlined = rules.filter((r) => r.includes('text-decoration'));
    expect(underlined).toHaveLength(6);
    for (const rule of underlined) {
      const colour = /text-decoration:[^;]*?(rgb\([^)]*\))/.exec(rule)?.[1];
      expect(colour, rule).toBeTruthy();
      const [a, b] = [luminance(colour!), luminance(background)].sort((x, y) => y - x);
      expect((a + 0.05) / (b + 0.05), rule).toBeGreaterThanOrEqual(3);
    }
  });

  it('moves to the next figure from the keyboard, focuses the card and returns focus on Esc', async () => {
    await page.focus('a[href="#conscripts"]');
    await page.keyboard.press('Alt+Shift+N');
    await waitFor(() => inCard(page, () => document.querySelector('crosscount-card')?.shadowRoot?.activeElement?.getAttribute('role') ?? null), (r) => r === 'dialog', 5000, 'focus in the card');
    const card = await inCard(page, () => {
      const root = document.querySelector('crosscount-card')!.shadowRoot!;
      const dialog = root.querySelector('[role=dialog]')!;
      const label = root.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent;
      const verdict = root.getElementById(dialog.getAttribute('aria-describedby')!)?.textContent;
      return { label, verdict, close: root.querySelector('button.close')?.getAttribute('aria-label'), chart: root.querySelector('svg[role=img]')?.getAttribute('aria-label') };
    });
    expect(card.label).toContain('89');
    expect(card.verdict).toMatch(/Same figure/);
    expect(card.close).toBe('Close');
    expect(card.chart).toMatch(/this page says 89/);
    // Tab moves through the card's controls in order
    await page.keyboard.press('Tab');
    expect(await inCard(page, () => document.querySelector('crosscount-card')!.shadowRoot!.activeElement?.className)).toBe('close');
    await page.keyboard.press('Tab');
    expect(await inCard(page, () => document.querySelector('crosscount-card')!.shadowRoot!.activeElement?.className)).toBe('suggest');
    await page.keyboard.press('Escape');
    await waitFor(() => page.evaluate(() => document.activeElement?.getAttribute('href')), (h) => h === '#conscripts', 5000, 'focus back on the page');
  });

  it.each(['light', 'dark'] as const)('finds no axe violations in the card (%s theme, contrast included)', async (scheme) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.keyboard.press('Alt+Shift+N');
    await waitFor(() => inCard(page, () => Boolean(document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.card'))), Boolean, 5000, 'the card');
    expect(await violations(page, [['crosscount-card']])).toEqual([]);
    // axe did read inside the card's (closed, revealed to the test) root: its nodes passed checks
    expect(await passedInShadow(page, [['crosscount-card']])).toBeGreaterThan(10);
    await page.keyboard.press('Escape');
  });

  it('finds no axe violations in the popup and the options page', async () => {
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('li.mention');
    expect(await violations(popup)).toEqual([]);
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(popup)).toEqual([]);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.waitForSelector('#packs');
    await options.waitForSelector('#covered-events');
    expect(await violations(options)).toEqual([]);
    await options.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(options)).toEqual([]);
  });
});
