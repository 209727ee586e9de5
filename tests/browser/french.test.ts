// A French-speaking reader: the card's words come from the French locale, and its numbers
// and dates are formatted by Intl for French; why a pack was refused is said in French too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { launchWithExtension, serve, waitFor, type Launched } from '../../scripts/lib/browser.ts';
import { inCard } from '../../scripts/lib/card-root.ts';
import { generateKeys } from '../../src/packs/signing.ts';

declare const chrome: any; // eslint-disable-line @typescript-eslint/no-explicit-any

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
    const text = await waitFor(() => inCard(page, () => document.querySelector('crosscount-card')?.shadowRoot?.querySelector('.card')?.textContent ?? ''), (t) => t.length > 0, 5000, 'the card');
    expect(text).toContain('Même chiffre');
    expect(text).toContain("Aucune source n'est nommée ici ; égal au chiffre de Russian Ministry of Defence (4 janv. 2023).");
    expect(text).toContain('Autres sources : de 83 à 610.');
    expect(text).toContain('Proposer une correction');
    expect(text).toContain('Révisions');
    expect(text).toMatch(/63 \(2 janv\. 2023\) → 89 \(4 janv\. 2023\)/);
    // counts by the French plural rules
    await page.bringToFront();
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('li.mention');
    expect(await popup.textContent('#summary')).toContain('6 chiffres trouvés; 1 contesté.');
    await popup.close();
  });

  it('says in French why a pack was not installed', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options/index.html`);
    await options.waitForSelector('tr[data-url^="bundled:"]');
    // nothing listens on the discard port: the download fails
    await options.fill('#pack-url', 'http://127.0.0.1:9/pack.json');
    await options.fill('#pack-key', (await generateKeys()).publicKey);
    await options.click('#add button[type=submit]');
    const status = await waitFor(() => options.textContent('#status'), (t) => Boolean(t), 10_000, 'the outcome');
    expect(status).toMatch(/^Non installé : impossible de télécharger le paquet : .* L'adresse n'a pas été conservée\.$/);
    // an address that never installed is not kept as a subscription
    await options.reload();
    await options.waitForSelector('tr[data-url^="bundled:"]');
    expect(await options.$('tr[data-url="http://127.0.0.1:9/pack.json"]')).toBeNull();
  });
});
