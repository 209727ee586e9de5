import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, highlightedVerdicts, isSiteDisabled, normalizeSettings, setSiteEnabled } from '../../src/settings.ts';

describe('settings', () => {
  it('default to the tracked verdicts, on every site', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect([...highlightedVerdicts(DEFAULT_SETTINGS)]).not.toContain('untracked');
  });

  it('survive junk in storage', () => {
    expect(normalizeSettings({ disabledSites: ['Example.COM', 5, 'x'.repeat(300)], verdicts: ['matches', 'evil'], showUntracked: 'yes' }))
      .toEqual({ disabledSites: ['example.com'], verdicts: ['matches'], showUntracked: false });
  });

  it('turn a site off with its subdomains', () => {
    const s = normalizeSettings({ disabledSites: ['example.com'] });
    expect(isSiteDisabled(s, 'www.example.com')).toBe(true);
    expect(isSiteDisabled(s, 'example.org')).toBe(false);
    expect(isSiteDisabled(s, 'notexample.com')).toBe(false);
  });

  it('turn a subdomain back on even when its parent domain was turned off', () => {
    const off = normalizeSettings({ disabledSites: ['example.com', 'other.org'] });
    const on = setSiteEnabled(off, 'News.Example.com', true);
    expect(isSiteDisabled(on, 'news.example.com')).toBe(false);
    expect(on.disabledSites).toEqual(['other.org']);
    expect(setSiteEnabled(on, 'news.example.com', false).disabledSites).toEqual(['other.org', 'news.example.com']);
  });

  it('show untracked figures when asked', () => {
    expect(highlightedVerdicts(normalizeSettings({ showUntracked: true })).has('untracked')).toBe(true);
  });
});
