// Installs the claim pack bundled with the extension on first run, and again when an
// extension update bundles a newer version of it. Installed data is kept on failure.
import browser from 'webextension-polyfill';
import { BUNDLED_URL, installPack, type CrosscountDB } from '../../src/claims/db.ts';
import { parsePack } from '../../src/packs/validate.ts';
import { compareVersions } from '../../src/packs/version.ts';

export const DEFAULT_PACK_ID = 'crosscount-default';

export async function ensureDefaultPack(db: CrosscountDB): Promise<void> {
  const installed = await db.packs.get(DEFAULT_PACK_ID);
  const response = await fetch(browser.runtime.getURL('packs/default.json'));
  const parsed = parsePack(await response.text());
  if (!parsed.ok) throw new Error(`the bundled pack is invalid: ${parsed.errors.join('; ')}`);
  const pack = parsed.pack;
  if (!installed || compareVersions(pack.version, installed.version) > 0) await installPack(db, pack, null);
  if (!(await db.subscriptions.get(BUNDLED_URL))) {
    await db.subscriptions.put({
      url: BUNDLED_URL, publicKey: null, packId: pack.id, addedAt: new Date().toISOString(), lastCheckedAt: new Date().toISOString(),
      nextCheckAt: Number.MAX_SAFE_INTEGER, status: 'ok', lastError: null, etag: null, lastModified: null,
    });
  }
}
