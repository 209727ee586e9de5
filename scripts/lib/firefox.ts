// Debian's firefox-esr driven headless by puppeteer-core (WebDriver BiDi), with the built
// extension installed as a temporary add-on. The add-on's internal UUID is fixed through a
// preference, so its pages have a known moz-extension:// address.
import puppeteer, { type Browser } from 'puppeteer-core';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export const DIST = resolve(import.meta.dirname, '../../dist');
export const FIREFOX_UUID = '6b0e7c36-1d3a-4f4e-9d2b-7a1c2d3e4f50';

export function firefoxPath(): string | null {
  for (const p of [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']) if (p && existsSync(p)) return p;
  return null;
}

/**
 * Why the installed Firefox cannot run the add-on, or null: older than the manifest's
 * strict_min_version (Debian bookworm's firefox-esr was 140 at stop 24; the add-on needs 142).
 */
export function firefoxTooOld(): string | null {
  const executablePath = firefoxPath();
  if (!executablePath) return null;
  const version = execFileSync(executablePath, ['--version'], { encoding: 'utf8' }).match(/(\d+)\.\d+/)?.[1];
  const needed = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../manifest.json'), 'utf8')).browser_specific_settings.gecko.strict_min_version as string;
  if (!version || Number(version) >= Number(needed.split('.')[0])) return null;
  return `Firefox ${version} is installed and the add-on needs ${needed} or later`;
}

export interface FirefoxLaunched {
  browser: Browser;
  /** moz-extension://UUID */
  base: string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxLaunched> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('Firefox not found: apt-get install -y firefox-esr');
  const id = JSON.parse(readFileSync(resolve(DIST, 'manifest.json'), 'utf8')).browser_specific_settings.gecko.id as string;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver open moz-extension:// pages only with system access
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_UUID }),
      'intl.accept_languages': 'en-GB',
      'intl.locale.requested': 'en-GB',
      'datareporting.policy.dataSubmissionEnabled': false,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  // The built extension plus one permission, "scripting", which only this test copy holds:
  // it lets a test reach the card's closed shadow root from the content-script world
  // (card-root.ts). Every file the extension runs is the built one, unchanged.
  const copy = mkdtempSync(join(tmpdir(), 'crosscount-ff-'));
  cpSync(DIST, copy, { recursive: true });
  const manifest = JSON.parse(readFileSync(resolve(copy, 'manifest.json'), 'utf8'));
  manifest.permissions = [...manifest.permissions, 'scripting'];
  writeFileSync(resolve(copy, 'manifest.json'), JSON.stringify(manifest));
  await browser.installExtension(copy);
  return {
    browser, base: `moz-extension://${FIREFOX_UUID}`,
    async close() { await browser.close(); rmSync(copy, { recursive: true, force: true }); },
  };
}

