// The card lives in a closed shadow root, so neither the page nor a test's page.evaluate can
// reach it. A test reaches it the way DevTools does: it finds the root from outside the page
// (Chromium: the DevTools protocol; Firefox: the extension's own content-script world, where
// `openOrClosedShadowRoot` exists) and sets it as `host.shadowRoot` in the page's main world
// for the probes to read. Only the test does this; the page's own scripts see `null`.
// The host is made anew each time the card opens, so reveal before every read.
import type { Page as PlaywrightPage, CDPSession } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { cardText as cardTextProbe } from './probes.ts';

const sessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();

/** Chromium: sets the open card's closed root as its host's `shadowRoot` in the main world; false when no card is open. */
export async function revealCard(page: PlaywrightPage): Promise<boolean> {
  let session = sessions.get(page);
  if (!session) { session = page.context().newCDPSession(page); sessions.set(page, session); }
  const cdp = await session;
  const host = await cdp.send('Runtime.evaluate', { expression: 'document.querySelector("crosscount-card")' });
  const hostId = host.result.objectId;
  if (!hostId) return false;
  const { node } = await cdp.send('DOM.describeNode', { objectId: hostId, depth: 1, pierce: true });
  const root = node.shadowRoots?.[0];
  if (!root) return false;
  const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: root.backendNodeId });
  await cdp.send('Runtime.callFunctionOn', {
    objectId: hostId,
    functionDeclaration: 'function (root) { Object.defineProperty(this, "shadowRoot", { value: root, configurable: true }); }',
    arguments: [{ objectId: resolved.object.objectId }],
  });
  return true;
}

/** Chromium: the open card's text, or '' when no card is open. */
export async function cardText(page: PlaywrightPage): Promise<string> {
  await revealCard(page);
  return page.evaluate(cardTextProbe);
}

/**
 * Chromium: a reader's click (a trusted event, from the browser's input pipeline) on the
 * centre of the first element matching `selector` in the card. Waits for it up to `timeoutMs`.
 */
export async function clickInCard(page: PlaywrightPage, selector: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await revealCard(page)) {
      const at = await page.evaluate((sel) => {
        const el = document.querySelector('crosscount-card')?.shadowRoot?.querySelector(sel) as HTMLElement | null;
        if (!el) return null;
        el.scrollIntoView({ block: 'nearest' });
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.height > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
      }, selector);
      if (at) { await page.mouse.click(at.x, at.y); return; }
    }
    if (Date.now() > until) throw new Error(`no "${selector}" in the card after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Firefox: the same, through `scripting.executeScript` from an extension page. The test build
 * of the extension (see launchFirefox) is the only one holding the "scripting" permission.
 */
export async function revealCardFirefox(extensionPage: PuppeteerPage, page: PuppeteerPage): Promise<boolean> {
  // a string, not a function: the bundler's helpers would not exist in the extension page
  const revealed = await extensionPage.evaluate(`(async () => {
    const tabs = await browser.tabs.query({});
    const tab = tabs.find((t) => t.url === ${JSON.stringify(page.url())});
    if (!tab) return false;
    const [res] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: () => {
      const host = document.querySelector('crosscount-card');
      const root = host && host.openOrClosedShadowRoot;
      if (!root) return false;
      Object.defineProperty(host.wrappedJSObject, 'shadowRoot', { value: root, configurable: true });
      return true;
    } });
    return Boolean(res && res.result);
  })()`);
  return revealed === true;
}

/** Chromium: `page.evaluate(fn, arg)` after revealing the open card's root, for probes that read it. */
export async function inCard<R, A = undefined>(page: PlaywrightPage, fn: (arg: A) => R, arg?: A): Promise<R> {
  await revealCard(page);
  return page.evaluate(fn as (arg: unknown) => R, arg) as Promise<R>;
}
