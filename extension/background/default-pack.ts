// Installs the claim pack bundled with the extension on first run, and again when an
// extension update bundles a newer version or other content (src/packs/update.ts decides).
// Installed data is kept on failure.
import browser from 'webextension-polyfill';
import { BUNDLED_URL, type CrosscountDB } from '../../src/claims/db.ts';
import { installBundledPack } from '../../src/packs/update.ts';

export async function ensureDefaultPack(db: CrosscountDB): Promise<void> {
  const response = await fetch(browser.runtime.getURL('packs/default.json'));
  const { packId } = await installBundledPack(db, await response.text());
  if (!(await db.subscriptions.get(BUNDLED_URL))) {
    await db.subscriptions.put({
      url: BUNDLED_URL, publicKey: null, packId, addedAt: new Date().toISOString(), lastCheckedAt: new Date().toISOString(),
      nextCheckAt: Number.MAX_SAFE_INTEGER, status: 'ok', lastError: null, etag: null, lastModified: null,
    });
  }
}
