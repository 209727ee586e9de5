// UI strings come from _locales (English and French ship); Intl formats numbers and dates
// for the reader's locale.
import browser from 'webextension-polyfill';
import type { Reason } from '../../src/reasons.ts';

/** The message for `key`, with $1..$n filled in; the key itself if a locale lacks it. */
export function t(key: string, ...substitutions: (string | number)[]): string {
  const text = browser.i18n.getMessage(key, substitutions.map(String));
  return text || key;
}

/** A reason from the core in the reader's language; `english` when this version has no such message. */
export function tReason(reason: Reason | null | undefined, english: string | null = null): string {
  if (!reason) return english ?? '';
  const text = browser.i18n.getMessage(reason.code, reason.params);
  return text || english || reason.code;
}
