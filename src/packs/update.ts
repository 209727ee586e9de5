// Checks one subscribed pack: a conditional download with a size limit, the detached
// signature against the subscription's key, the schema, the version (never a rollback),
// then an all-or-nothing install. Every refusal is recorded with its reason; installed
// data is never touched by a refused pack. No DOM, no browser.*: the background and the
// tests run it with their own fetch.
import { BUNDLED_URL, installPack, type CrosscountDB, type SubscriptionRow } from '../claims/db.ts';
import { parsePack, DEFAULT_EXPIRES, MIN_EXPIRES } from './validate.ts';
import { verify } from './signing.ts';
import { compareVersions } from './version.ts';
import { fillTemplate, type CodedText } from '../coded-text.ts';

/** Why a pack was not installed, in English ($n: the reason's values); keys of _locales too. */
export const REFUSAL_MESSAGES = {
  refNotSubscribed: 'not subscribed',
  refNoKey: 'this subscription has no public key to check signatures with',
  refDownload: 'could not download the pack: $1',
  refStatus: 'the server answered $1',
  refTooLarge: 'the pack is $1 MB, over the $2 MB limit',
  refOverLimit: 'the pack is over the $1 MB limit',
  refSignatureDownload: 'could not download the signature: $1',
  refNoSignature: 'no signature at $1 ($2)',
  refBadSignature: "the signature does not verify with this subscription's public key",
  refInvalid: 'not a valid pack: $1',
  refNotAPack: 'not a claim pack: the address gives an HTML page (a web page or an error page), not a pack file',
  refIdChanged: 'the pack\'s id changed from "$1" to "$2"',
  refInstalledElsewhere: 'pack "$1" is already installed from $2',
  refComesWithExtension: 'pack "$1" comes with the extension',
  refRollback: 'version $1 is older than the installed $2: refusing to roll back',
  refInstallFailed: 'install failed: $1',
  refNoAnswer: 'no answer from the pack server in $1 s',
  refSignatureTooLarge: 'the signature is over the $1-byte limit',
  refSameVersion: 'version $1 is already installed with other content: a changed pack needs a new version',
} as const;

/** How long a pack server may take to send the pack and its signature. */
export const CHECK_TIMEOUT_MS = 60_000;

export type RefusalCode = keyof typeof REFUSAL_MESSAGES;

export function refusalText(reason: CodedText): string {
  return fillTemplate(REFUSAL_MESSAGES[reason.code as RefusalCode] ?? reason.code, reason.params);
}

export const MAX_PACK_BYTES = 32 * 1024 * 1024;
const MAX_SIGNATURE_BYTES = 1024;

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface CheckOptions {
  fetch: Fetch;
  now?: number;
  maxBytes?: number;
  /** 0..1; spreads checks of many clients over time */
  random?: () => number;
  /** how long the pack and its signature may take, together */
  timeoutMs?: number;
}

/** The bytes' SHA-256, in hex: what tells two packs of one version apart. */
export async function digestOf(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Installs the pack bundled with the extension when none is installed, when the bundle holds a
 * newer version, or when it holds the same version with other content: the bundle is trusted
 * (it ships inside the extension), and an update that re-syncs its claims without a new version
 * number must still reach readers. A newer version installed from the network is kept.
 */
export async function installBundledPack(db: CrosscountDB, text: string): Promise<{ packId: string; installed: boolean }> {
  const parsed = parsePack(text);
  if (!parsed.ok) throw new Error(`the bundled pack is invalid: ${parsed.errors.join('; ')}`);
  const pack = parsed.pack;
  const digest = await digestOf(new TextEncoder().encode(text));
  const installed = await db.packs.get(pack.id);
  const order = installed ? compareVersions(pack.version, installed.version) : 1;
  if (order < 0 || (order === 0 && installed!.digest === digest)) return { packId: pack.id, installed: false };
  await installPack(db, pack, null, digest);
  return { packId: pack.id, installed: true };
}

const isTimeout = (e: unknown) => (e as Error)?.name === 'TimeoutError' || (e as Error)?.name === 'AbortError';

export type CheckOutcome =
  | { status: 'installed'; version: number | string }
  | { status: 'unchanged' }
  /** `reason` in English; `why` for the reader's language */
  | { status: 'refused'; reason: string; why: CodedText };

/** The signature of a pack lives next to it. */
export function signatureUrl(packUrl: string): string {
  const u = new URL(packUrl);
  u.pathname = `${u.pathname}.sig`;
  return u.href;
}

class Refusal extends Error {
  readonly why: CodedText;
  constructor(code: RefusalCode, ...params: (string | number)[]) {
    const why = { code, params: params.map(String) };
    super(refusalText(why));
    this.why = why;
  }
}

async function readLimited(res: Response, limit: number, tooLarge: () => Refusal = () => new Refusal('refOverLimit', limit / 1048576)): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw limit < 1048576 ? tooLarge() : new Refusal('refTooLarge', (declared / 1048576).toFixed(1), limit / 1048576);
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
      throw tooLarge();
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

function refused(why: CodedText): CheckOutcome {
  return { status: 'refused', reason: refusalText(why), why };
}

export async function checkSubscription(db: CrosscountDB, url: string, options: CheckOptions): Promise<CheckOutcome> {
  const now = options.now ?? Date.now();
  const random = options.random ?? Math.random;
  const sub = await db.subscriptions.get(url);
  if (!sub) return refused({ code: 'refNotSubscribed', params: [] });
  const record = async (patch: Partial<SubscriptionRow>) => {
    await db.subscriptions.update(url, { lastCheckedAt: new Date(now).toISOString(), ...patch });
  };
  let expires = DEFAULT_EXPIRES;
  if (sub.packId) expires = (await db.packs.get(sub.packId))?.expires ?? DEFAULT_EXPIRES;
  const timeoutMs = options.timeoutMs ?? CHECK_TIMEOUT_MS;
  // one deadline for the pack and its signature, bodies included: a server that never answers is left
  const signal = AbortSignal.timeout(timeoutMs);
  const noAnswer = () => new Refusal('refNoAnswer', timeoutMs >= 10_000 ? String(Math.round(timeoutMs / 1000)) : (timeoutMs / 1000).toFixed(1));
  try {
    if (!sub.publicKey) throw new Refusal('refNoKey');
    const headers: Record<string, string> = {};
    if (sub.etag) headers['If-None-Match'] = sub.etag;
    if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
    let res: Response;
    try {
      res = await options.fetch(url, { headers, cache: 'no-cache', credentials: 'omit', redirect: 'follow', signal });
    } catch (e) {
      throw isTimeout(e) ? noAnswer() : new Refusal('refDownload', (e as Error).message);
    }
    if (res.status === 304) {
      await record({ status: 'ok', lastError: null, lastReason: null, nextCheckAt: nextCheck(now, expires, random) });
      return { status: 'unchanged' };
    }
    if (!res.ok) throw new Refusal('refStatus', `${res.status} ${res.statusText}`.trim());
    const bytes = await readLimited(res, options.maxBytes ?? MAX_PACK_BYTES);
    // a site's page or a login or error page at the address: say so before any signature talk
    if (/^\s*</.test(new TextDecoder().decode(bytes.subarray(0, 64))) || /text\/html/i.test(res.headers.get('content-type') ?? '')) throw new Refusal('refNotAPack');

    let sigRes: Response;
    try {
      sigRes = await options.fetch(signatureUrl(url), { cache: 'no-cache', credentials: 'omit', signal });
    } catch (e) {
      throw isTimeout(e) ? noAnswer() : new Refusal('refSignatureDownload', (e as Error).message);
    }
    if (!sigRes.ok) throw new Refusal('refNoSignature', signatureUrl(url), sigRes.status);
    const signature = new TextDecoder().decode(await readLimited(sigRes, MAX_SIGNATURE_BYTES, () => new Refusal('refSignatureTooLarge', MAX_SIGNATURE_BYTES))).trim();
    if (!(await verify(bytes, signature, sub.publicKey))) throw new Refusal('refBadSignature');

    const parsed = parsePack(new TextDecoder().decode(bytes));
    if (!parsed.ok) throw new Refusal('refInvalid', parsed.errors.join('; '));
    const pack = parsed.pack;
    if (sub.packId && pack.id !== sub.packId) throw new Refusal('refIdChanged', sub.packId, pack.id);
    const owner = await db.subscriptions.where('packId').equals(pack.id).first();
    if (owner && owner.url !== url) {
      throw owner.url === BUNDLED_URL ? new Refusal('refComesWithExtension', pack.id) : new Refusal('refInstalledElsewhere', pack.id, owner.url);
    }
    const installed = await db.packs.get(pack.id);
    const patch = { etag: res.headers.get('etag'), lastModified: res.headers.get('last-modified') };
    if (installed) {
      const order = compareVersions(pack.version, installed.version);
      if (order < 0) throw new Refusal('refRollback', pack.version, installed.version);
      // the same version republished with other content: refused, so that a version names one content
      if (order === 0 && installed.digest && installed.digest !== await digestOf(bytes)) throw new Refusal('refSameVersion', pack.version);
      if (order === 0) {
        await record({ ...patch, packId: pack.id, status: 'ok', lastError: null, lastReason: null, nextCheckAt: nextCheck(now, pack.expires ?? expires, random) });
        return { status: 'unchanged' };
      }
    }
    await installPack(db, pack, url, await digestOf(bytes));
    await record({ ...patch, packId: pack.id, status: 'ok', lastError: null, lastReason: null, nextCheckAt: nextCheck(now, pack.expires ?? DEFAULT_EXPIRES, random) });
    return { status: 'installed', version: pack.version };
  } catch (e) {
    const why: CodedText = e instanceof Refusal ? e.why : isTimeout(e) ? noAnswer().why : { code: 'refInstallFailed', params: [(e as Error)?.message ?? String(e)] };
    const reason = refusalText(why);
    // retry sooner than the expiry, but not in a tight loop
    await record({ status: 'error', lastError: reason, lastReason: why, nextCheckAt: nextCheck(now, Math.min(expires, MIN_EXPIRES), random) });
    if (sub.packId) await db.packs.update(sub.packId, { lastError: reason, lastCheckedAt: new Date(now).toISOString() });
    return refused(why);
  }
}
