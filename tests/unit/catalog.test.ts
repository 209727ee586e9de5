import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CATALOG_FORMAT, parseCatalog } from '../../src/packs/catalog.ts';
import { generateKeys } from '../../src/packs/signing.ts';

describe('the pack catalog', () => {
  it('ships with the bundled default pack listed under its own id and title, and nothing made up', () => {
    const { entries, problems } = parseCatalog(readFileSync('public/packs/catalog.json', 'utf8'));
    expect(problems).toEqual([]);
    const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8'));
    expect(entries).toEqual([expect.objectContaining({ id: pack.id, title: pack.title, url: 'bundled:packs/default.json', publicKey: null })]);
  });

  it('names each bad entry and keeps the good ones', async () => {
    const { publicKey } = await generateKeys();
    const good = { id: 'acled-mirror', title: 'A pack', description: 'What it covers.', url: 'https://packs.example.org/p.json', publicKey, homepage: 'https://example.org/' };
    const { entries, problems } = parseCatalog(JSON.stringify({
      format: CATALOG_FORMAT,
      packs: [
        good,
        { ...good, id: 'plain-http', url: 'http://packs.example.org/p.json' },
        { ...good, id: 'no-key', publicKey: 'ed25519-pub:short' },
        { ...good, id: 'bad home', homepage: 'javascript:alert(1)' },
        { ...good, title: 'the same id again' },
        { ...good, id: 'bundled-with-key', url: 'bundled:packs/default.json' },
        null,
      ],
    }));
    expect(entries.map((e) => e.id)).toEqual(['acled-mirror']);
    expect(problems).toEqual([
      'entry 2 (plain-http): bad url or publicKey',
      'entry 3 (no-key): bad url or publicKey, publicKey',
      'entry 4 (bad home): bad id, homepage',
      'entry 5 (acled-mirror): listed twice',
      'entry 6 (bundled-with-key): bad publicKey',
      'entry 7: not an object',
    ]);
    expect(parseCatalog('<html>').problems[0]).toMatch(/not JSON/);
    expect(parseCatalog('{"packs": []}').problems[0]).toMatch(/not a catalog/);
  });
});
