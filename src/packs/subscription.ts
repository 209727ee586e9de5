// What a new subscription must look like, checked in the options form and again in the
// background before anything is stored.
import { isPublicKey } from './signing.ts';

/** The default pack ships inside the extension and updates with it. */
export const BUNDLED_URL = 'bundled:packs/default.json';

export function isLocalHost(url: URL): boolean {
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

export const SUBSCRIPTION_MESSAGES = {
  subNotUrl: 'The pack address is not a URL.',
  subNotHttps: 'The pack address must start with https:// (http:// only for 127.0.0.1 or localhost).',
  subBadKey: 'The public key must look like "ed25519-pub:" followed by 44 base64 characters.',
  subAlreadyFollowed: 'You already follow this pack.',
} as const;

export type SubscriptionProblem = keyof typeof SUBSCRIPTION_MESSAGES;

/** Null when the address and key are usable, else the code of what is wrong. */
export function subscriptionProblem(url: string, publicKey: string): SubscriptionProblem | null {
  let u: URL;
  try { u = new URL(url.trim()); } catch { return 'subNotUrl'; }
  if (u.protocol !== 'https:' && !(u.protocol === 'http:' && isLocalHost(u))) return 'subNotHttps';
  if (!isPublicKey(publicKey.trim())) return 'subBadKey';
  return null;
}
