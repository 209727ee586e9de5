// Access to a pack's or an intake's host, asked for only when needed, in the reader's click
// (browsers require a user gesture). A local server (127.0.0.1) needs none: it can send CORS
// headers. The answer is returned: following a pack stops on a refusal; sending a correction
// goes on, as the intake may allow CORS.
import browser from 'webextension-polyfill';
import { isLocalHost } from '../../src/packs/subscription.ts';

/** Whether the browser will prompt for the address's host (not for a local server). */
export const asksHostAccess = (url: string): boolean => !isLocalHost(new URL(url));

/** True when Crosscount may read the host (granted, or no prompt needed). */
export async function askHostAccess(url: string): Promise<boolean> {
  const target = new URL(url);
  if (isLocalHost(target)) return true;
  try {
    return await browser.permissions.request({ origins: [`${target.origin}/*`] });
  } catch {
    return false;
  }
}
