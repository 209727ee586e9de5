// Checks one subscribed pack: a conditional download with a size limit, the detached
// signature against the subscription's key, the schema, the version (never a rollback),
// then an all-or-nothing install. Every refusal is recorded with its reason; installed
// data is never touched by a refused pack. No DOM, no browser.*: the background and the
// tests run it with their own fetch.
import { BUNDLED_URL, installPack, type CrosscountDB, type SubscriptionRow } from '../claims/db.ts';
import { parsePack, DEFAULT_EXPIRES, MIN_EXPIRES } from './validate.ts';
import { verify } from './signing.ts';
import { compareVersions } from './version.ts';

export const MAX_PACK_BYTES = 32 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 1024;

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface CheckOptions {
  fetch: Fetch;
  now?: number;
  maxBytes?: number;
  /** 0..1; spreads checks of many clients over time */
  random?: () => number;
}

export type CheckOutcome =
  | { status: 'installed'; version: number | string }
  | { status: 'unchanged' }
  | { status: 'refused'; reason: string };

/** The signature of a pack lives next to it. */
export function signatureUrl(packUrl: string): string {
  const u = new URL(packUrl);
  u.pathname = `${u.pathname}.sig`;
  return u.href;
}

class Refusal extends Error {}

async function readLimited(res: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new Refusal(`the pack is ${(declared / 1048576).toFixed(1)} MB, over the ${limit / 1048576} MB limit`);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new Refusal(`the pack is over the ${limit / 1048576} MB limit`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
}

/** When to check next: the pack's expiry from now, plus up to 10% (at most 15 min) of jitter. */
export function nextCheck(now: number, expiresSeconds: number, random: () => number = Math.random): number {
  const expires = Math.max(MIN_EXPIRES, expiresSeconds) * 1000;
  return now + expires + Math.floor(random() * Math.min(expires * 0.1, 15 * 60 * 1000));
}

export async function checkSubscription(db: CrosscountDB, url: string, options: CheckOptions): Promise<CheckOutcome> {
  const now = options.now ?? Date.now();
  const random = options.random ?? Math.random;
  const sub = await db.subscriptions.get(url);
  if (!sub) return { status: 'refused', reason: 'not subscribed' };
  const record = async (patch: Partial<SubscriptionRow>) => {
    await db.subscriptions.update(url, { lastCheckedAt: new Date(now).toISOString(), ...patch });
  };
  let expires = DEFAULT_EXPIRES;
  if (sub.packId) expires = (await db.packs.get(sub.packId))?.expires ?? DEFAULT_EXPIRES;
  try {
    if (!sub.publicKey) throw new Refusal('this subscription has no public key to check signatures with');
    const headers: Record<string, string> = {};
    if (sub.etag) headers['If-None-Match'] = sub.etag;
    if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
    let res: Response;
    try {
      res = await options.fetch(url, { headers, cache: 'no-cache', credentials: 'omit', redirect: 'follow' });
    } catch (e) {
      throw new Refusal(`could not download the pack: ${(e as Error).message}`);
    }
    if (res.status === 304) {
      await record({ status: 'ok', lastError: null, nextCheckAt: nextCheck(now, expires, random) });
      return { status: 'unchanged' };
    }
    if (!res.ok) throw new Refusal(`the server answered ${res.status} ${res.statusText}`.trim());
    const bytes = await readLimited(res, options.maxBytes ?? MAX_PACK_BYTES);

    let sigRes: Response;
    try {
      sigRes = await options.fetch(signatureUrl(url), { cache: 'no-cache', credentials: 'omit' });
    } catch (e) {
      throw new Refusal(`could not download the signature: ${(e as Error).message}`);
    }
    if (!sigRes.ok) throw new Refusal(`no signature at ${signatureUrl(url)} (${sigRes.status})`);
    const signature = new TextDecoder().decode(await readLimited(sigRes, MAX_SIGNATURE_BYTES)).trim();
    if (!(await verify(bytes, signature, sub.publicKey))) throw new Refusal("the signature does not verify with this subscription's public key");

    const parsed = parsePack(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new Refusal(`not a valid pack: ${parsed.errors.join('; ')}`);
    const pack = parsed.pack;
    if (sub.packId && pack.id !== sub.packId) throw new Refusal(`the pack's id changed from "${sub.packId}" to "${pack.id}"`);
    const owner = await db.subscriptions.where('packId').equals(pack.id).first();
    if (owner && owner.url !== url) throw new Refusal(`pack "${pack.id}" is already installed from ${owner.url === BUNDLED_URL ? 'the extension' : owner.url}`);
    const installed = await db.packs.get(pack.id);
    const patch = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
    if (installed) {
      const order = compareVersions(pack.version, installed.version);
      if (order < 0) throw new Refusal(`version ${pack.version} is older than the installed ${installed.version}: refusing to roll back`);
      if (order === 0) {
        await record({ ...patch, packId: pack.id, status: 'ok', lastError: null, nextCheckAt: nextCheck(now, pack.expires ?? expires, random) });
        return { status: 'unchanged' };
      }
    }
    await installPack(db, pack, url);
    await record({ ...patch, packId: pack.id, status: 'ok', lastError: null, nextCheckAt: nextCheck(now, pack.expires ?? DEFAULT_EXPIRES, random) });
    return { status: 'installed', version: pack.version };
  } catch (e) {
    const reason = e instanceof Refusal ? e.message : `install failed: ${(e as Error).message ?? String(e)}`;
    // retry sooner than the expiry, but not in a tight loop
    await record({ status: 'error', lastError: reason, nextCheckAt: nextCheck(now, Math.min(expires, MIN_EXPIRES), random) });
    if (sub.packId) await db.packs.update(sub.packId, { lastError: reason, lastCheckedAt: new Date(now).toISOString() });
    return { status: 'refused', reason };
  }
}
