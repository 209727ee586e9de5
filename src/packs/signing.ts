// Detached Ed25519 signatures over the exact bytes of a pack, with WebCrypto (in Node,
// Chromium and Firefox alike, so no crypto library ships in the extension).
// Keys travel as text: "ed25519-pub:BASE64" (32 raw bytes) and "ed25519-priv:BASE64" (PKCS#8).

const PUB = 'ed25519-pub:';
const PRIV = 'ed25519-priv:';

function b64(bytes: ArrayBuffer | Uint8Array): string {
  const u = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (const b of u) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text.trim());
  const out = new Uint8Array(new ArrayBuffer(s.length));
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export async function generateKeys(): Promise<{ publicKey: string; privateKey: string }> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair;
  return {
    publicKey: PUB + b64(await crypto.subtle.exportKey('raw', pair.publicKey)),
    privateKey: PRIV + b64(await crypto.subtle.exportKey('pkcs8', pair.privateKey)),
  };
}

export function isPublicKey(text: string): boolean {
  if (!text.startsWith(PUB)) return false;
  try { return unb64(text.slice(PUB.length)).length === 32; } catch { return false; }
}

async function importPublic(text: string): Promise<CryptoKey> {
  if (!isPublicKey(text.trim())) throw new Error('not an Ed25519 public key (expected "ed25519-pub:" and 32 bytes in base64)');
  return crypto.subtle.importKey('raw', unb64(text.trim().slice(PUB.length)), { name: 'Ed25519' }, false, ['verify']);
}

async function importPrivate(text: string): Promise<CryptoKey> {
  const t = text.trim();
  if (!t.startsWith(PRIV)) throw new Error('not an Ed25519 private key (expected "ed25519-priv:")');
  return crypto.subtle.importKey('pkcs8', unb64(t.slice(PRIV.length)), { name: 'Ed25519' }, false, ['sign']);
}

/** The detached signature of `bytes`, as base64 text. */
export async function sign(bytes: Uint8Array, privateKey: string): Promise<string> {
  const sig = await crypto.subtle.sign({ name: 'Ed25519' }, await importPrivate(privateKey), bytes as Uint8Array<ArrayBuffer>);
  return b64(sig);
}

/** True only when `signature` is a valid signature of exactly these bytes by this key. */
export async function verify(bytes: Uint8Array, signature: string, publicKey: string): Promise<boolean> {
  let sig: Uint8Array<ArrayBuffer>;
  try { sig = unb64(signature); } catch { return false; }
  if (sig.length !== 64) return false;
  return crypto.subtle.verify({ name: 'Ed25519' }, await importPublic(publicKey), sig, bytes as Uint8Array<ArrayBuffer>);
}
