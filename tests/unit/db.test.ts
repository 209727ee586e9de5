import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { CrosscountDB, DexieClaimStore, installPack } from '../../src/claims/db.ts';
import { MemoryClaimStore } from '../../src/claims/store.ts';
import type { Pack } from '../../src/claims/model.ts';

const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;
const MAKIIVKA = 'makiivka-barracks-strike-2023';
let n = 0;
let db: CrosscountDB;
const open = () => (db = new CrosscountDB(`test-${n++}`));

afterEach(async () => {
  db?.close();
  await Dexie.delete(db.name);
});

describe('the claim database', () => {
  it('installs the default pack and reads claims back as the in-memory store does', async () => {
    open();
    const row = await installPack(db, pack);
    expect(row.counts).toEqual({ sources: pack.sources.length, events: pack.events.length, claims: pack.claims.length });
    const fromDb = await new DexieClaimStore(db).claimsForEvent(MAKIIVKA);
    const fromMemory = await new MemoryClaimStore([pack]).claimsForEvent(MAKIIVKA);
    const key = (c: { id: string }) => c.id;
    expect([...fromDb].sort((a, b) => key(a).localeCompare(key(b)))).toEqual([...fromMemory].sort((a, b) => key(a).localeCompare(key(b))));
    expect(fromDb.find((c) => c.low === 63)?.supersededBy).toBe(`${MAKIIVKA}/8`);
  });

  it('replaces a pack\'s rows when a new version is installed', async () => {
    open();
    await installPack(db, pack);
    const next: Pack = { ...pack, version: 2, claims: pack.claims.filter((c) => c.eventId === MAKIIVKA) };
    await installPack(db, next);
    expect(await db.claims.count()).toBe(next.claims.length);
    expect((await db.packs.get(pack.id))?.version).toBe(2);
  });

  it('keeps the previous version whole when an install fails midway', async () => {
    open();
    await installPack(db, pack);
    const broken: Pack = { ...pack, version: 3, claims: [...pack.claims, pack.claims[0]] }; // duplicate key
    await expect(installPack(db, broken)).rejects.toThrow();
    expect(await db.claims.count()).toBe(pack.claims.length);
    expect((await db.packs.get(pack.id))?.version).toBe(pack.version);
  });

  it('keeps claims of two packs about one event side by side', async () => {
    open();
    await installPack(db, pack);
    const other: Pack = {
      ...pack, id: 'volunteer-pack', title: 'Volunteer pack', events: pack.events.filter((e) => e.id === MAKIIVKA),
      sources: [{ id: 'ru-mod', name: 'Russian Ministry of Defence', type: 'military', aliases: ['Russian MOD'] }],
      claims: [{ id: 'x1', eventId: MAKIIVKA, sourceId: 'ru-mod', category: 'killed', low: 89, high: 89, approx: false, qualifier: '89', reportedAt: '2023-01-04', url: 'https://example.org/a', supersedes: null }],
    };
    await installPack(db, other);
    const claims = await new DexieClaimStore(db).claimsForEvent(MAKIIVKA);
    expect(new Set(claims.map((c) => c.packId))).toEqual(new Set(['crosscount-default', 'volunteer-pack']));
    expect((await new DexieClaimStore(db).events()).filter((e) => e.id === MAKIIVKA)).toHaveLength(1);
  });

  it('survives closing and reopening', async () => {
    open();
    await installPack(db, pack);
    db.close();
    const again = new CrosscountDB(db.name);
    expect(await again.claims.count()).toBe(pack.claims.length);
    again.close();
  });
});
