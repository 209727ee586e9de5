import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, highlightedVerdicts, isSiteDisabled, normalizeSettings, setSiteEnabled } from '../../src/settings.ts';

describe('settings', () => {
  it('default to the tracked verdicts, on every site', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect([...highlightedVerdicts(DEFAULT_SETTINGS)]).not.toContain('untracked');
  });

  it('survive junk in storage', () => {
    expect(normalizeSettings({ disabledSites: ['Example.COM', 5, 'x'.repeat(300)], verdicts: ['matches', 'evil'], showUntracked: 'yes' }))
      .toEqual({ version: 2, disabledSites: ['example.com'], verdicts: ['matches', 'misattributed'], showUntracked: false });
  });

  it('highlight a verdict added since the reader saved their choice, and keep a choice saved since', () => {
    expect(normalizeSettings({ verdicts: ['conflicts'] }).verdicts).toEqual(['conflicts', 'misattributed']);
    expect(normalizeSettings({ version: 2, verdicts: ['conflicts'] }).verdicts).toEqual(['conflicts']);
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
