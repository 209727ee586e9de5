// Installs the claim pack bundled with the extension on first run, and again when an
// extension update bundles a newer version of it. Installed data is kept on failure.
import browser from 'webextension-polyfill';
import { installPack, type CrosscountDB } from '../../src/claims/db.ts';
import type { Pack } from '../../src/claims/model.ts';

export const DEFAULT_PACK_ID = 'crosscount-default';

export async function ensureDefaultPack(db: CrosscountDB): Promise<void> {
  const installed = await db.packs.get(DEFAULT_PACK_ID);
  const response = await fetch(browser.runtime.getURL('packs/default.json'));
  const pack = (await response.json()) as Pack;
  if (installed && installed.version >= pack.version) return;
  await installPack(db, pack, null);
}
