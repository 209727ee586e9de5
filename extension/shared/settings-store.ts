// Settings in storage.sync (they follow the reader's browser profile), with a listener.
import type { Storage } from 'webextension-polyfill';
import { api as browser } from './extension-api.ts';
import { normalizeSettings, type Settings } from '../../src/settings.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings((await browser.storage.sync.get(KEY))[KEY]);
  } catch {
    return normalizeSettings(undefined);
  }
}

export async function saveSettings(s: Settings): Promise<void> {
  await browser.storage.sync.set({ [KEY]: normalizeSettings(s) });
}

export function onSettingsChanged(listener: (s: Settings) => void): () => void {
  const handler = (changes: Record<string, Storage.StorageChange>, area: string) => {
    if (area === 'sync' && changes[KEY]) listener(normalizeSettings(changes[KEY].newValue));
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
