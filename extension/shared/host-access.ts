// Access to a pack's or an intake's host, asked for only when needed, in the reader's click
// (browsers require a user gesture). A local server (127.0.0.1) needs none: it can send CORS
// headers; a refusal is not an error either, as the host may allow CORS.
import browser from 'webextension-polyfill';
import { isLocalHost } from '../../src/packs/subscription.ts';

export async function askHostAccess(url: string): Promise<void> {
  const target = new URL(url);
  if (isLocalHost(target)) return;
  try { await browser.permissions.request({ origins: [`${target.origin}/*`] }); } catch { /* see above */ }
}
