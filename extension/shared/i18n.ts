// UI strings come from _locales (English and French ship); Intl formats numbers and dates
// for the reader's locale.
import { api as browser } from './extension-api.ts';
import type { CodedText } from '../../src/coded-text.ts';

/** The message for `key`, with $1..$n filled in; the key itself if a locale lacks it. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/**
 * A count in the reader's language, by its plural category (Intl.PluralRules): `key` + "One"
 * or "Other" (French counts 0 as "one", English does not).
 */
export function tCount(key: string, n: number): string {
  const form = new Intl.PluralRules(browser.i18n.getUILanguage()).select(n) === 'one' ? 'One' : 'Other';
  return t(`${key}${form}`, n);
}

/** Coded text from the core in the reader's language; `english` when this version has no such message. */
export function tCoded(coded: CodedText | null | undefined, english: string | null = null): string {
  if (!coded) return english ?? '';
  const text = browser.i18n.getMessage(coded.code, coded.params);
  return text || english || coded.code;
}
