// The reader's settings, synced through storage.sync by the extension. Plain data and a
// pure normalizer, so every context (and the tests) read them the same way.
import type { Verdict } from './match/verdicts.ts';

export interface Settings {
  /** which verdicts existed when the reader saved: a verdict added since is highlighted */
  version?: number;
  /** hosts where Crosscount stays off ("example.com") */
  disabledSites: string[];
  /** also mark figures no tracked claim covers */
  showUntracked: boolean;
  /** which verdicts get a highlight */
  verdicts: Verdict[];
}

export const ALL_VERDICTS: Verdict[] = ['matches', 'conflicts', 'revised', 'misattributed', 'inconsistent', 'untracked'];

export const DEFAULT_SETTINGS: Settings = {
  version: 2,
  disabledSites: [],
  showUntracked: false,
  verdicts: ['matches', 'conflicts', 'revised', 'misattributed', 'inconsistent'],
};

/**
 * Verdicts added after a reader may have saved their choice, with the version that added
 * them: a choice saved before sees the new verdict highlighted, as a new reader would.
 */
const ADDED_VERDICTS: { version: number; verdict: Verdict }[] = [{ version: 2, verdict: 'misattributed' }];
export const SETTINGS_VERSION = 2;

/** Whatever storage holds (old, partial or tampered), a usable Settings. */
export function normalizeSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const sites = Array.isArray(r.disabledSites) ? r.disabledSites.filter((s): s is string => typeof s === 'string' && s.length < 256).map((s) => s.toLowerCase()) : [];
  const verdicts = Array.isArray(r.verdicts) ? r.verdicts.filter((v): v is Verdict => ALL_VERDICTS.includes(v as Verdict)) : DEFAULT_SETTINGS.verdicts;
  const saved = typeof r.version === 'number' ? r.version : 1;
  for (const added of ADDED_VERDICTS) if (saved < added.version && Array.isArray(r.verdicts)) verdicts.push(added.verdict);
  return { version: SETTINGS_VERSION, disabledSites: [...new Set(sites)].slice(0, 1000), showUntracked: r.showUntracked === true, verdicts: [...new Set(verdicts)] };
}

/** The verdicts to highlight: "show all figures" adds the untracked ones. */
export function highlightedVerdicts(s: Settings): Set<Verdict> {
  const set = new Set(s.verdicts);
  if (s.showUntracked) set.add('untracked');
  return set;
}

export function isSiteDisabled(s: Settings, hostname: string): boolean {
  const h = hostname.toLowerCase();
  return s.disabledSites.some((site) => h === site || h.endsWith(`.${site}`));
}

/** What the settings show on a host, as one comparable key: "off", or the verdicts highlighted. */
export function shownOn(s: Settings, hostname: string): string {
  return isSiteDisabled(s, hostname) ? 'off' : [...highlightedVerdicts(s)].sort().join(' ');
}

/**
 * Turns Crosscount on or off for a host. Turning it on removes every entry that covers the
 * host ("example.com" covers "news.example.com"), or it would stay off.
 */
export function setSiteEnabled(s: Settings, hostname: string, enabled: boolean): Settings {
  const h = hostname.toLowerCase();
  const disabledSites = enabled
    ? s.disabledSites.filter((site) => !(h === site || h.endsWith(`.${site}`)))
    : [...new Set([...s.disabledSites, h])];
  return { ...s, disabledSites };
}
