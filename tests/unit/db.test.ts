import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import Dexie from 'dexie';
import { coveredEvents, CrosscountDB, DexieClaimStore, installPack, packClaims } from '../../src/claims/db.ts';
import { MemoryClaimStore } from '../../src/claims/store.ts';
import type { Pack } from '../../src/claims/model.ts';
import { validatePack } from '../../src/packs/validate.ts';
import { scanPage } from '../../src/match/scan.ts';

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
    expect(await packClaims(db, pack.id)).toHaveLength(next.claims.length);
    expect(await db.claimGroups.count()).toBe(1);
    expect((await db.packs.get(pack.id))?.version).toBe(2);
  });

  it('keeps the previous version whole when an install fails midway', async () => {
    open();
    await installPack(db, pack);
    // a repeated source id fails the transaction after the old rows were deleted and some new ones written
    const broken: Pack = { ...pack, version: 3, claims: pack.claims.slice(0, 3), sources: [...pack.sources, pack.sources[0]] };
    await expect(installPack(db, broken)).rejects.toThrow();
    expect(await packClaims(db, pack.id)).toHaveLength(pack.claims.length);
    expect(await db.sources.count()).toBe(pack.sources.length);
    expect((await db.packs.get(pack.id))?.version).toBe(pack.version);
    // a repeated claim id is refused before anything is written
    await expect(installPack(db, { ...pack, version: 4, claims: [...pack.claims, pack.claims[0]] })).rejects.toThrow(/two claims with the id/);
    expect(await packClaims(db, pack.id)).toHaveLength(pack.claims.length);
  });

  it('keeps claims of two packs about one event side by side, when a pack adds to another pack\'s event by its qualified id', async () => {
    open();
    await installPack(db, pack);
    const other: Pack = {
      ...pack, id: 'volunteer-pack', title: 'Volunteer pack', events: [],
      sources: [{ id: 'ru-mod', name: 'Russian Ministry of Defence', type: 'military', aliases: ['Russian MOD'] }],
      claims: [{ id: 'x1', eventId: `crosscount-default:${MAKIIVKA}`, sourceId: 'ru-mod', category: 'killed', low: 89, high: 89, approx: false, qualifier: '89', reportedAt: '2023-01-04', url: 'https://example.org/a', supersedes: null }],
    };
    expect(validatePack(other).ok).toBe(true);
    await installPack(db, other);
    const claims = await new DexieClaimStore(db).claimsForEvent(MAKIIVKA);
    expect(new Set(claims.map((c) => c.packId))).toEqual(new Set(['crosscount-default', 'volunteer-pack']));
    expect((await new DexieClaimStore(db).events()).filter((e) => e.id === MAKIIVKA)).toHaveLength(1);
  });

  it('never lets a pack take over another pack\'s event: the same id in a later pack is its own event', async () => {
    open();
    await installPack(db, pack);
    // "aaa" sorts first and reuses the default pack's event id with other names and another date
    const taker: Pack = {
      ...pack, id: 'aaa', title: 'Taker', sources: [{ id: 's', name: 'S', type: 'media', aliases: ['S'] }],
      events: [{ id: MAKIIVKA, title: 'Something else', aliases: ['Elsewhere'], places: ['Elsewhere'], date: '2020-05-05', keywords: [] }],
      claims: [{ id: 't1', eventId: MAKIIVKA, sourceId: 's', category: 'killed', low: 5, high: 5, approx: false, qualifier: '5', reportedAt: null, url: 'https://example.org/t', supersedes: null }],
    };
    await installPack(db, taker);
    const store = new DexieClaimStore(db);
    const events = await store.events();
    expect(events.find((e) => e.id === MAKIIVKA)).toMatchObject({ title: pack.events.find((e) => e.id === MAKIIVKA)!.title, date: '2023-01-01' });
    expect(events.find((e) => e.id === `aaa:${MAKIIVKA}`)).toMatchObject({ title: 'Something else' });
    expect((await store.claimsForEvent(MAKIIVKA)).every((c) => c.packId === 'crosscount-default')).toBe(true);
    expect((await store.claimsForEvent(`aaa:${MAKIIVKA}`)).map((c) => c.id)).toEqual(['t1']);
    // the sample article still goes to the default pack's event
    const sentences = [{ id: 0, text: 'the Ukrainian missile attack on Makeyevka (Donetsk) on New Year Day at 12.02 am killing 89 Russian conscripts.' }];
    const r = await scanPage({ page: { title: 'Makeyevka strike', url: 'https://example.com/2023/01/05/a', lede: [sentences[0].text] }, sentences }, store);
    expect(r.mentions[0]).toMatchObject({ event: MAKIIVKA, verdict: 'matches' });
  });

  it('survives closing and reopening', async () => {
    open();
    await installPack(db, pack);
    db.close();
    const again = new CrosscountDB(db.name);
    expect(await packClaims(again, pack.id)).toHaveLength(pack.claims.length);
    again.close();
  });

  it('counts each event\'s claims for the options page, its own pack\'s and other packs\' by qualified id', async () => {
    open();
    await installPack(db, pack);
    const own = pack.claims.filter((c) => c.eventId === MAKIIVKA).length;
    const extra: Pack = {
      ...pack, id: 'volunteer-pack', title: 'Volunteer pack', events: [],
      sources: [{ id: 'ru-mod', name: 'Russian Ministry of Defence', type: 'military', aliases: ['Russian MOD'] }],
      claims: [{ id: 'x1', eventId: `crosscount-default:${MAKIIVKA}`, sourceId: 'ru-mod', category: 'killed', low: 89, high: 89, approx: false, qualifier: '89', reportedAt: '2023-01-04', url: 'https://example.org/a', supersedes: null }],
    };
    await installPack(db, extra);
    const listed = await coveredEvents(db);
    expect(listed.find((e) => e.id === MAKIIVKA)?.claims).toBe(own + 1);
    expect(listed.reduce((n, e) => n + e.claims, 0)).toBe(pack.claims.length + 1);
  });

  it('moves claims installed by version 3 (a row per claim) into groups, losing none', async () => {
    const name = `test-${n++}`;
    const v3 = new Dexie(name);
    v3.version(3).stores({
      packs: '&id', sources: '&key, packId, id', events: '&key, packId, id', claims: '&key, packId, eventId, sourceId',
      corrections: '++localId, &id, status, packId, createdAt, nextAttemptAt', subscriptions: '&url, packId, nextCheckAt',
    });
    const key = (id: string) => `${pack.id}\u0000${id}`;
    await v3.table('packs').put({ id: pack.id, title: pack.title, version: pack.version, publishedAt: pack.publishedAt, expires: 86400, url: null, installedAt: '2026-01-01T00:00:00Z', lastCheckedAt: null, status: 'installed', lastError: null, counts: { sources: pack.sources.length, events: pack.events.length, claims: pack.claims.length } });
    await v3.table('sources').bulkAdd(pack.sources.map((s) => ({ ...s, key: key(s.id), packId: pack.id })));
    await v3.table('events').bulkAdd(pack.events.map((e) => ({ ...e, key: key(e.id), packId: pack.id })));
    await v3.table('claims').bulkAdd(pack.claims.map((c) => ({ ...c, key: key(c.id), packId: pack.id })));
    v3.close();
    db = new CrosscountDB(name);
    expect(db.tables.map((t) => t.name)).not.toContain('claims');
    expect((await packClaims(db, pack.id)).map((c) => c.id).sort()).toEqual(pack.claims.map((c) => c.id).sort());
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect((await new DexieClaimStore(db).claimsForEvent(MAKIIVKA)).sort(byId)).toEqual((await new MemoryClaimStore([pack]).claimsForEvent(MAKIIVKA)).sort(byId));
    expect((await coveredEvents(db)).find((e) => e.id === MAKIIVKA)?.claims).toBe(pack.claims.filter((c) => c.eventId === MAKIIVKA).length);
  });
});
