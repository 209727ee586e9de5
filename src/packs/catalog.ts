// The pack catalog: the claim packs Crosscount knows of, listed in the options page and
// followed with one click, as filter lists are in uBlock. It ships inside the extension
// (public/packs/catalog.json); a maintainer adds a pack with a pull request. Every entry is
// checked here: a malformed one is named and left out, never followed.
import { isPublicKey } from './signing.ts';
import { BUNDLED_URL, subscriptionProblem } from './subscription.ts';

export const CATALOG_FORMAT = 'crosscount-catalog/1';

export interface CatalogEntry {
  /** the pack's id, as its pack.json gives it */
  id: string;
  title: string;
  /** what it covers and who keeps it, in a sentence or two */
  description: string;
  /** where the pack is published (its .sig beside it); the bundled default pack's is "bundled:packs/default.json" */
  url: string;
  /** the maintainers' Ed25519 public key; null only for the bundled pack */
  publicKey: string | null;
  homepage: string | null;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,127}$/;
const text = (v: unknown, max: number) => typeof v === 'string' && v.trim().length > 0 && v.length <= max;
const https = (v: unknown) => typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v) && v.length <= 2000;

/** The entries of a catalog file; each bad entry is named ("entry 2: …") and left out. */
export function parseCatalog(raw: string): { entries: CatalogEntry[]; problems: string[] } {
  let data: { format?: unknown; packs?: unknown };
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { entries: [], problems: [`the catalog is not JSON: ${(e as Error).message}`] };
  }
  if (!data || data.format !== CATALOG_FORMAT || !Array.isArray(data.packs)) return { entries: [], problems: [`not a catalog (expected format "${CATALOG_FORMAT}" with a packs list)`] };
  const entries: CatalogEntry[] = [];
  const problems: string[] = [];
  data.packs.forEach((p: Partial<CatalogEntry>, i) => {
    const at = `entry ${i + 1}`;
    if (!p || typeof p !== 'object') { problems.push(`${at}: not an object`); return; }
    const bundled = p.url === BUNDLED_URL;
    const wrong = [
      typeof p.id === 'string' && ID.test(p.id) ? null : 'id',
      text(p.title, 200) ? null : 'title',
      text(p.description, 1000) ? null : 'description',
      bundled || (typeof p.url === 'string' && typeof p.publicKey === 'string' && !subscriptionProblem(p.url, p.publicKey)) ? null : 'url or publicKey',
      bundled ? (p.publicKey == null ? null : 'publicKey') : isPublicKey(String(p.publicKey ?? '')) ? null : 'publicKey',
      p.homepage == null || https(p.homepage) ? null : 'homepage',
    ].filter(Boolean);
    if (wrong.length) { problems.push(`${at}${typeof p.id === 'string' ? ` (${p.id.slice(0, 60)})` : ''}: bad ${[...new Set(wrong)].join(', ')}`); return; }
    if (entries.some((e) => e.id === p.id || e.url === p.url)) { problems.push(`${at} (${p.id}): listed twice`); return; }
    entries.push({ id: p.id!, title: p.title!.trim(), description: p.description!.trim(), url: p.url!, publicKey: bundled ? null : p.publicKey!.trim(), homepage: p.homepage ?? null });
  });
  return { entries, problems };
}
