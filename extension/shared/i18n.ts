// UI strings come from _locales (English and French ship); Intl formats numbers and dates
// for the reader's locale.
import browser from 'webextension-polyfill';

/** The message for `key`, with $1..$n filled in; the key itself if a locale lacks it. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}
