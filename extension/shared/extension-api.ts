// The extension API as the page's context gets it, without webextension-polyfill. In MV3 both
// Chrome's chrome.* and Firefox's browser.* return promises, so the polyfill's wrapping only
// costs the page (it walks chrome.* through accessors at start-up, about 5 ms on every page).
// Contexts the page never pays for (the background, popup, options) keep the polyfill.
import type { Browser } from 'webextension-polyfill';

const globals = globalThis as unknown as { browser?: Browser; chrome?: Browser };

export const api: Browser = globals.browser ?? globals.chrome!;

/**
 * Answers a message with a value, the way every browser accepts: sendResponse, called at once.
 * (A listener returning a promise is not understood by every Chrome.)
 */
export function onMessage(handle: (message: unknown) => unknown): void {
  (api.runtime.onMessage as unknown as { addListener: (l: (m: unknown, s: unknown, respond: (v: unknown) => void) => boolean | undefined) => void })
    .addListener((message, _sender, respond) => {
      const value = handle(message);
      if (value === undefined) return undefined;
      respond(value);
      return false;
    });
}
