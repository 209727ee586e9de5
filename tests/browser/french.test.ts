// A French-speaking reader: the card's words come from the French locale, and its numbers
// and dates are formatted by Intl for French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';

let browser: Launched;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(resolve(import.meta.dirname, '../../samples'));
  browser = await launchWithExtension({ locale: 'fr-FR', args: ['--lang=fr'] });
});

afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

describe('in French', () => {
  it('shows the card in French with French dates', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/makeyevka-article.html`);
    await waitFor(() => page.evaluate(() => CSS.highlights.get('crosscount-matches')?.size ?? 0), (n) => n > 0, 20_000, 'highlights');
    await page.keyboard.press('Alt+Shift+N');
    const text = await waitFor(() => page.evaluate(() => document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.card')?.textContent ?? ''), (t) => t.length > 0, 5000, 'the card');
    expect(text).toContain('Concorde');
    expect(text).toContain('Proposer une correction');
    expect(text).toContain('Révisions');
    expect(text).toMatch(/63 \(2 janv\. 2023\) → 89 \(4 janv\. 2023\)/);
  });
});
