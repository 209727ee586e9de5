import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import Dexie from 'dexie';
import { CrosscountDB, installPack, packClaims, removeSubscription, type SubscriptionRow } from '../../src/claims/db.ts';
import type { Claim, Pack } from '../../src/claims/model.ts';
import { parsePack, validatePack } from '../../src/packs/validate.ts';
import { generateKeys, isPublicKey, sign, verify } from '../../src/packs/signing.ts';
import { compareVersions } from '../../src/packs/version.ts';
import { checkSubscription, installBundledPack, nextCheck, refusalText, signatureUrl } from '../../src/packs/update.ts';
import { subscriptionProblem } from '../../src/packs/subscription.ts';
import { diffPacks, formatDiff } from '../../src/packs/diff.ts';
import { buildPack, serializePack, writePackSource } from '../../src/packs/source-files.ts';
import { gedDay, importUcdp, parseCsv } from '../../src/packs/ucdp.ts';
import { numbersIn, quoteCategoryClash, quoteStatesFigure } from '../../src/packs/quotes.ts';

const shipped = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;
const MAKIIVKA = 'makiivka-barracks-strike-2023';

function small(version: number | string, figure = 120, extra: Partial<Pack> = {}): Pack {
  return {
    format: 'crosscount-pack/1', id: 'small', title: 'Small pack', version, publishedAt: '2026-11-01T00:00:00Z', expires: 3600,
    sources: [{ id: 'mon', name: 'Monitor', type: 'independent', aliases: [] }],
    events: [{ id: MAKIIVKA, title: 'Makiivka', aliases: ['Makiivka'], places: [], date: '2023-01-01', keywords: [] }],
    claims: [{ id: 'c1', eventId: MAKIIVKA, sourceId: 'mon', category: 'killed', low: figure, high: figure, approx: false, qualifier: '', reportedAt: '2023-02-01', url: 'https://example.org/a', supersedes: null }],
    ...extra,
  };
}

describe('the pack format', () => {
  it('accepts the default pack', () => {
    expect(validatePack(shipped)).toMatchObject({ ok: true });
  });

  it.each([
    ['a missing field', (p: Pack) => { delete (p as Partial<Pack>).title; }, /title/],
    ['an unknown field (no code, no rules)', (p: Pack) => { (p as unknown as Record<string, unknown>).rules = ['x']; }, /rules/],
    ['a javascript: URL', (p: Pack) => { p.claims[0].url = 'javascript:alert(1)'; }, /url/],
    ['low above high', (p: Pack) => { p.claims[0].low = 9; p.claims[0].high = 1; }, /greater than high/],
    ['a negative figure', (p: Pack) => { p.claims[0].low = -1; }, /low/],
    ['a dangling event', (p: Pack) => { p.claims[0].eventId = 'nope'; }, /event "nope"/],
    ['a dangling source', (p: Pack) => { p.claims[0].sourceId = 'nope'; }, /source "nope"/],
    ['a duplicate id', (p: Pack) => { p.claims.push({ ...p.claims[0] }); }, /used twice/],
    ['an impossible date', (p: Pack) => { p.claims[0].reportedAt = '2023-02-30'; }, /not a real date/],
    ['an expiry under an hour', (p: Pack) => { p.expires = 60; }, /expires/],
    ['a huge string', (p: Pack) => { p.sources[0].name = 'x'.repeat(5000); }, /name/],
    ['a wrong format id', (p: Pack) => { (p as unknown as Record<string, unknown>).format = 'other/1'; }, /format/],
  ])('refuses %s with a message', (_what, mutate, message) => {
    const p = structuredClone(small(1));
    mutate(p);
    const v = validatePack(p);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors.join(' ')).toMatch(message);
  });

  it('says when a body is an HTML page, not JSON', () => {
    const v = parsePack('<!doctype html><html><body>502 Bad Gateway</body></html>');
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]).toMatch(/HTML page/);
  });

  it('keeps hostile text as plain data', () => {
    const p = small(1);
    p.sources[0].name = '<script>alert(1)</script>';
    expect(validatePack(p).ok).toBe(true); // rendered as text by the card, never as HTML
  });

  it('orders versions: integers and semver', () => {
    expect(compareVersions(2, 1)).toBeGreaterThan(0);
    expect(compareVersions('1.10.0', '1.9.3')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0', '1.0.0')).toBe(0);
    expect(compareVersions(1, 2)).toBeLessThan(0);
    // in the schema's terms an integer N is N.0.0
    expect(compareVersions(2, '2.0.0')).toBe(0);
    expect(compareVersions('2.0.1', 2)).toBeGreaterThan(0);
    expect(compareVersions(3, '2.9.9')).toBeGreaterThan(0);
  });
});

describe('signatures', () => {
  it('verify only the exact bytes with the right key', async () => {
    const a = await generateKeys();
    const b = await generateKeys();
    expect(isPublicKey(a.publicKey)).toBe(true);
    const bytes = new TextEncoder().encode(serializePack(small(1)));
    const sig = await sign(bytes, a.privateKey);
    expect(await verify(bytes, sig, a.publicKey)).toBe(true);
    expect(await verify(bytes, sig, b.publicKey)).toBe(false);
    const tampered = bytes.slice(); tampered[10] ^= 1;
    expect(await verify(tampered, sig, a.publicKey)).toBe(false);
    expect(await verify(bytes, 'not base64 !!', a.publicKey)).toBe(false);
  });

  it('checks a subscription address and key', async () => {
    const keysForCheck = await generateKeys();
    expect(subscriptionProblem('https://example.org/p.json', 'nope')).toBe('subBadKey');
    expect(subscriptionProblem('http://example.org/p.json', 'ed25519-pub:AAAA')).toBe('subNotHttps');
    expect(subscriptionProblem('not a url', '')).toBe('subNotUrl');
    expect(subscriptionProblem('http://127.0.0.1:8080/p.json', (keysForCheck.publicKey))).toBeNull();
  });
});

describe('updating a subscribed pack from a server', () => {
  let server: Server;
  let base: string;
  let keys: { publicKey: string; privateKey: string };
  let route: (path: string, headers: Record<string, string | string[] | undefined>) => { status: number; body: string | Buffer; headers?: Record<string, string> };
  let db: CrosscountDB;
  let n = 0;
  const fetchLocal = (u: string, init?: RequestInit) => fetch(u, init);

  const serve = async (pack: Pack, opts: { badSig?: boolean; etag?: string } = {}) => {
    const body = serializePack(pack);
    const sig = await sign(new TextEncoder().encode(opts.badSig ? `${body} ` : body), keys.privateKey);
    route = (path, headers) => {
      if (path === '/p.json') {
        if (opts.etag && headers['if-none-match'] === opts.etag) return { status: 304, body: '' };
        return { status: 200, body, headers: opts.etag ? { etag: opts.etag } : ({} as Record<string, string>) };
      }
      if (path === '/p.json.sig') return { status: 200, body: sig };
      return { status: 404, body: 'not found' };
    };
  };

  beforeAll(async () => {
    keys = await generateKeys();
    server = createServer((req, res) => {
      const r = route(new URL(req.url ?? '/', 'http://x').pathname, req.headers);
      if ((r as { hang?: boolean }).hang) { hanging.push(res); return; } // takes the request, never answers
      res.writeHead(r.status, r.headers ?? {});
      res.end(r.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  const hanging: import('node:http').ServerResponse[] = [];
  afterAll(() => { for (const r of hanging) r.destroy(); server.close(); });

  const subscribe = async () => {
    db = new CrosscountDB(`packs-${n++}`);
    await installPack(db, shipped);
    const row: SubscriptionRow = { url: `${base}/p.json`, publicKey: keys.publicKey, packId: null, addedAt: '', lastCheckedAt: null, nextCheckAt: 0, status: 'pending', lastError: null, etag: null, lastModified: null };
    await db.subscriptions.put(row);
    return row.url;
  };
  afterEach(async () => { db.close(); await Dexie.delete(db.name); });

  it('installs a signed pack, then asks conditionally and keeps it', async () => {
    const url = await subscribe();
    await serve(small(1), { etag: '"a"' });
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toEqual({ status: 'installed', version: 1 });
    expect((await packClaims(db, 'small')).length).toBe(1);
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toEqual({ status: 'unchanged' });
    const sub = await db.subscriptions.get(url);
    expect(sub).toMatchObject({ status: 'ok', packId: 'small', etag: '"a"' });
    expect(sub!.nextCheckAt).toBeGreaterThan(Date.now() + 3500 * 1000);
  });

  it('refuses a bad signature, a downgrade, a wrong schema, an HTML page and a 50 MB body, keeping what was installed', async () => {
    const url = await subscribe();
    await serve(small(2, 130));
    await checkSubscription(db, url, { fetch: fetchLocal });
    const cases: [() => Promise<void>, RegExp][] = [
      [() => serve(small(3, 999), { badSig: true }), /signature does not verify/],
      [() => serve(small(1, 999)), /older than the installed 2/],
      [() => serve({ ...small(4, 999), claims: [{ ...small(4).claims[0], url: 'javascript:alert(1)' }] }), /not a valid pack/],
      [async () => { route = (p) => (p === '/p.json' ? { status: 200, body: '<html><body>Error</body></html>' } : { status: 200, body: 'x' }); }, /not a claim pack: the address gives an HTML page/],
      [async () => { route = () => ({ status: 200, body: Buffer.alloc(50 * 1024 * 1024, 32) }); }, /over the 32 MB limit/],
      [async () => { route = () => ({ status: 503, body: 'busy' }); }, /503/],
    ];
    for (const [setup, reason] of cases) {
      await setup();
      const outcome = await checkSubscription(db, url, { fetch: fetchLocal });
      expect(outcome.status).toBe('refused');
      if (outcome.status === 'refused') expect(outcome.reason).toMatch(reason);
      const claims = await packClaims(db, 'small');
      expect(claims.map((c) => c.low)).toEqual([130]);
      expect((await db.packs.get('small'))?.version).toBe(2);
      expect((await db.subscriptions.get(url))?.lastError).toMatch(reason);
      // stored as a message code too, which reads back as the same English
      const row = await db.subscriptions.get(url);
      expect(row?.lastReason && refusalText(row.lastReason)).toBe(row?.lastError);
      expect((await packClaims(db, 'crosscount-default')).length).toBe(shipped.claims.length);
    }
  });

  it('gives up on a pack server that never answers, says so, and keeps what was installed', async () => {
    const url = await subscribe();
    await serve(small(2, 130));
    await checkSubscription(db, url, { fetch: fetchLocal });
    route = () => ({ status: 200, body: '', hang: true } as never);
    const started = Date.now();
    const outcome = await checkSubscription(db, url, { fetch: fetchLocal, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(outcome).toMatchObject({ status: 'refused', why: { code: 'refNoAnswer', params: ['0.3'] } });
    expect((await db.subscriptions.get(url))?.lastError).toBe('no answer from the pack server in 0.3 s');
    expect((await db.packs.get('small'))?.version).toBe(2);
  });

  it('refuses an oversized signature in bytes, and the same version with other content', async () => {
    const url = await subscribe();
    await serve(small(2, 130));
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toMatchObject({ status: 'installed' });
    const body = serializePack(small(2, 999));
    route = (p) => (p === '/p.json' ? { status: 200, body } : { status: 200, body: 'x'.repeat(5000) });
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toMatchObject({ why: { code: 'refSignatureTooLarge', params: ['1024'] } });
    // version 2 again, republished with another figure, and as "2.0.0": both the installed version
    await serve(small(2, 999));
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toMatchObject({ status: 'refused', why: { code: 'refSameVersion', params: ['2'] } });
    await serve({ ...small(2, 999), version: '2.0.0' });
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toMatchObject({ status: 'refused', why: { code: 'refSameVersion', params: ['2.0.0'] } });
    expect((await packClaims(db, 'small')).map((c) => c.low)).toEqual([130]);
    // the same bytes again are simply up to date
    await serve(small(2, 130));
    expect(await checkSubscription(db, url, { fetch: fetchLocal })).toEqual({ status: 'unchanged' });
  });

  it('refuses an unsigned HTML error page as not a pack when it happens to be signed', async () => {
    const url = await subscribe();
    const html = '<!doctype html><title>Oops</title>';
    const sig = await sign(new TextEncoder().encode(html), keys.privateKey);
    route = (p) => (p === '/p.json' ? { status: 200, body: html } : { status: 200, body: sig });
    const outcome = await checkSubscription(db, url, { fetch: fetchLocal });
    expect(outcome).toMatchObject({ status: 'refused' });
    if (outcome.status === 'refused') expect(outcome.reason).toMatch(/not a claim pack: the address gives an HTML page/);
    expect(outcome).toMatchObject({ why: { code: 'refNotAPack' } });
  });

  it('installs the bundled pack again when an update ships other content under the same version, never over a newer one', async () => {
    db = new CrosscountDB(`packs-${n++}`);
    const figures = async () => (await packClaims(db, 'small')).map((c) => c.low);
    expect(await installBundledPack(db, serializePack(small(2, 130)))).toEqual({ packId: 'small', installed: true });
    // the same bytes at the next start: nothing to do
    expect(await installBundledPack(db, serializePack(small(2, 130)))).toMatchObject({ installed: false });
    // an extension update re-synced the claims but kept version 2
    expect(await installBundledPack(db, serializePack(small(2, 131)))).toMatchObject({ installed: true });
    expect(await figures()).toEqual([131]);
    // a newer version from the network stays over an older bundle, whatever its content
    await installPack(db, small(3, 140));
    expect(await installBundledPack(db, serializePack(small(2, 132)))).toMatchObject({ installed: false });
    expect(await figures()).toEqual([140]);
    // a broken bundle is named and loses nothing
    await expect(installBundledPack(db, '{"format":')).rejects.toThrow(/bundled pack is invalid/);
    expect(await figures()).toEqual([140]);
  });

  it('removes a subscription with its pack in one go', async () => {
    const url = await subscribe();
    await serve(small(1));
    await checkSubscription(db, url, { fetch: fetchLocal });
    await removeSubscription(db, url);
    expect((await packClaims(db, 'small')).length).toBe(0);
    expect(await db.packs.get('small')).toBeUndefined();
    expect((await packClaims(db, 'crosscount-default')).length).toBe(shipped.claims.length);
  });

  it('spreads checks with jitter and never checks sooner than an hour', () => {
    expect(nextCheck(0, 60, () => 0)).toBe(3600 * 1000);
    expect(nextCheck(0, 86400, () => 1)).toBe(86400 * 1000 + 15 * 60 * 1000);
    expect(signatureUrl('https://e.org/p.json?x=1')).toBe('https://e.org/p.json.sig?x=1');
  });
});

describe('maintainer tools', () => {
  it('builds a canonical pack from source files and reports every problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-src-'));
    writePackSource(shipped, dir);
    const built = buildPack(dir);
    expect('pack' in built && built.pack.claims.length).toBe(shipped.claims.length);
    const again = buildPack(dir) as { pack: Pack };
    if ('pack' in built) expect(serializePack(built.pack)).toBe(serializePack(again.pack)); // byte-identical builds
    const file = join(dir, 'events', `${MAKIIVKA}.json`);
    const e = JSON.parse(readFileSync(file, 'utf8'));
    e.claims[0].sourceId = 'ghost';
    e.claims[1].low = 500; e.claims[1].high = 5;
    e.claims[2].url = 'ftp://x';
    writeFileSync(file, JSON.stringify(e));
    const broken = buildPack(dir);
    expect('errors' in broken).toBe(true);
    if ('errors' in broken) expect(broken.errors.join('\n')).toMatch(/url/);
    e.claims[2].url = 'https://example.org/ok';
    writeFileSync(file, JSON.stringify(e));
    const broken2 = buildPack(dir);
    if ('errors' in broken2) {
      expect(broken2.errors.join('\n')).toMatch(/source "ghost"/);
      expect(broken2.errors.join('\n')).toMatch(/greater than high/);
    } else throw new Error('expected errors');
  });

  it('builds a pack that adds claims to another pack\'s event, from an "extends" file, and writes it back the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-extends-'));
    const adds: Pack = {
      format: 'crosscount-pack/1', id: 'monitor', title: 'Monitor', version: 1, publishedAt: '2026-11-01T00:00:00Z',
      sources: [{ id: 'm', name: 'Monitor', type: 'ngo', aliases: ['Monitor'] }], events: [],
      claims: [{ id: 'm1', eventId: `crosscount-default:${MAKIIVKA}`, sourceId: 'm', category: 'killed', low: 120, high: 120, approx: false, qualifier: '120', reportedAt: '2023-02-01', url: 'https://example.org/m', supersedes: null }],
    };
    writePackSource(adds, dir);
    expect(JSON.parse(readFileSync(join(dir, 'events', `extends-crosscount-default_${MAKIIVKA}.json`), 'utf8'))).toMatchObject({ extends: `crosscount-default:${MAKIIVKA}` });
    const built = buildPack(dir);
    expect('pack' in built && built.pack.claims).toEqual(adds.claims);
    expect('pack' in built && built.pack.events).toEqual([]);
    // and a claim may not name an event of its own pack by the qualified form
    expect(validatePack({ ...adds, claims: [{ ...adds.claims[0], eventId: 'monitor:x' }] }).ok).toBe(false);
  });

  it('refuses to build a claim whose quote does not state its figure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-quote-'));
    writePackSource(shipped, dir);
    const file = join(dir, 'events', `${MAKIIVKA}.json`);
    const e = JSON.parse(readFileSync(file, 'utf8'));
    const i = e.claims.findIndex((c: Claim) => c.quote?.includes('89'));
    expect(i).toBeGreaterThanOrEqual(0);
    e.claims[i].low = 98; e.claims[i].high = 98; // a typo: the quote says 89
    writeFileSync(file, JSON.stringify(e));
    const built = buildPack(dir);
    expect('errors' in built && built.errors.join('\n')).toMatch(new RegExp(`claim "${e.claims[i].id}": its quote does not state its figure \\(98\\)`));
    // the figure right, the category wrong: Ukraine's "about 300 more were wounded" filed as killed
    e.claims[i].low = 89; e.claims[i].high = 89;
    const w = e.claims.findIndex((c: Claim) => c.category === 'wounded' && c.low === 300);
    expect(w).toBeGreaterThanOrEqual(0);
    e.claims[w].category = 'killed';
    writeFileSync(file, JSON.stringify(e));
    const clash = buildPack(dir);
    expect('errors' in clash && clash.errors.join('\n')).toMatch(new RegExp(`claim "${e.claims[w].id}": its quote gives 300 as wounded, not killed`));
  });

  it('reads the numbers a quote states, in digits, words and parts', () => {
    expect([...numbersIn('Thirty-six people went missing; 1,200 were hurt and 2 000 displaced')].sort((a, b) => a - b)).toEqual([36, 1200, 2000]);
    expect(quoteStatesFigure({ low: 342, high: 342, quote: '471 mortos e 28 feridos em estado crítico, além de 314 pessoas com ferimentos' })).toBe(true);
    // one person in the singular is a part of the toll
    expect(quoteStatesFigure({ low: 59, high: 59, quote: '36 women, 22 men and an eight-year-old boy were killed' })).toBe(true);
    expect(quoteStatesFigure({ low: 60, high: 60, quote: '36 women, 22 men and an eight-year-old boy were killed' })).toBe(false);
    expect(quoteStatesFigure({ low: 59, high: 59, quote: '36 women and 22 men were killed' })).toBe(false);
    expect(quoteStatesFigure({ low: 59, high: 59, quote: '36 women, 22 men and the boy were killed' })).toBe(false);
    expect(quoteStatesFigure({ low: 0, high: 0, quote: 'no one was hurt' })).toBe(true);
    // every quote the default pack ships states its figure
    expect(shipped.claims.filter((c) => c.quote).length).toBeGreaterThan(90);
    expect(shipped.claims.filter((c) => !quoteStatesFigure(c)).map((c) => c.id)).toEqual([]);
    expect(shipped.claims.filter((c) => quoteCategoryClash(c)).map((c) => c.id)).toEqual([]);
  });

  it('describes a new version for a release note', () => {
    const next = structuredClone(shipped);
    next.version = 2;
    next.claims[0] = { ...next.claims[0], low: 410, high: 410 };
    next.claims.push({ ...next.claims[1], id: 'new-claim', low: 70, high: 70 });
    next.claims = next.claims.filter((c) => c.id !== shipped.claims[5].id);
    const d = diffPacks(shipped, next);
    expect([d.added.length, d.changed.length, d.removed.length]).toEqual([1, 1, 1]);
    const text = formatDiff(shipped, next);
    expect(text).toContain('1 claim added, 1 changed, 1 removed');
    expect(text).toMatch(/figure ~400 → ~410/);
    // a quote that changes is part of the release note, and a new claim shows its quote
    const requoted = structuredClone(shipped);
    requoted.claims[0] = { ...requoted.claims[0], quote: 'A new quote that states 400.' };
    requoted.claims.push({ ...requoted.claims[1], id: 'quoted-claim', quote: 'Some 70 were killed.' });
    const note = formatDiff(shipped, requoted);
    expect(note).toMatch(/quote .* → "A new quote that states 400\."/);
    expect(note).toContain('"Some 70 were killed."');
  });

  it('imports UCDP GED rows: UCDP\'s estimate is UCDP\'s, and a source gets only the figure its headline states, quoted', () => {
    expect(parseCsv('a,"b,""c""",d\n1,2,3\n')).toEqual([['a', 'b,"c"', 'd'], ['1', '2', '3']]);
    const meta = { id: 'ucdp-test', title: 'UCDP test', version: 1, publishedAt: '2026-11-01T00:00:00Z' };
    const pack = importUcdp(readFileSync('tests/fixtures/ged-sample.csv', 'utf8'), meta);
    expect(validatePack(pack).ok).toBe(true);
    expect(pack.events.map((e) => e.id)).toEqual(['ucdp-ged-900001', 'ucdp-ged-900002']);
    expect(pack.events[0]).toMatchObject({ date: '2023-01-01', places: ['Makiivka', 'Donetsk', 'Ukraine'], keywords: [] });
    const ucdp = pack.claims.find((c) => c.id === 'ucdp-ged-900001/ucdp')!;
    expect([ucdp.low, ucdp.high, ucdp.sourceId]).toEqual([63, 400, 'ucdp-ged']);
    // "Russia says 89 killed in Makiivka strike": Russia's 89, with the headline as its quote
    const others = pack.claims.filter((c) => c.sourceId !== 'ucdp-ged');
    expect(others.map((c) => [c.eventId, c.sourceId, c.low, c.reportedAt])).toEqual([['ucdp-ged-900001', 'russia', 89, '2023-01-04']]);
    for (const c of others) expect(quoteStatesFigure(c) && c.quote).toBeTruthy();
    // the sources only listed (Russian Ministry of Defence, Reuters, Ukrainian Railways) are credited with nothing
    expect(pack.sources.map((s) => s.id).sort()).toEqual(['russia', 'ucdp-ged']);
    expect(pack.sources.find((s) => s.id === 'ucdp-ged')?.type).toBe('independent');
  });

  it('reads GED dates in both forms, names a row that does not parse, and skips it only when asked', () => {
    const meta = { id: 'ucdp-test', title: 'UCDP test', version: 1, publishedAt: '2026-11-01T00:00:00Z' };
    expect(gedDay('2014-01-22 00:00:00.000')).toBe('2014-01-22');
    expect(gedDay('1/22/2014 12:00:00 AM')).toBe('2014-01-22');
    expect(gedDay('2/30/2014 12:00:00 AM')).toBeNull();
    const csv = readFileSync('tests/fixtures/ged-sample-spreadsheet.csv', 'utf8');
    expect(() => importUcdp(csv, meta)).toThrow(/row 4: date_start "sometime in April" is not a date .*--skip-bad-rows/);
    const skipped: number[] = [];
    const pack = importUcdp(csv, meta, { skipBadRows: true, onSkip: (line) => skipped.push(line) });
    expect(skipped).toEqual([4]);
    expect(pack.events.map((e) => [e.id, e.date])).toEqual([['ucdp-ged-900001', '2023-01-01'], ['ucdp-ged-900002', '2022-04-08']]);
    expect(() => importUcdp('a,b\n1,2\n', { id: 'x', title: 'x', version: 1, publishedAt: '2026-11-01T00:00:00Z' })).toThrow(/missing/);
  });
});

describe('the pack CLI', () => {
  it('keygen, sign, verify and diff from the command line', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = mkdtempSync(join(tmpdir(), 'pack-cli-'));
    const run = (...args: string[]) => spawnSync(process.execPath, [join(process.cwd(), 'bin/crosscount.mjs'), 'pack', ...args], { cwd: dir, encoding: 'utf8' });
    expect(run('keygen', '-o', 'm').status).toBe(0);
    expect(readFileSync(join(dir, 'm.key'), 'utf8')).toMatch(/^ed25519-priv:/);
    expect(run('keygen', '-o', 'm').stderr).toMatch(/refusing to overwrite/);
    writeFileSync(join(dir, 'p.json'), serializePack(small(1)));
    expect(run('sign', 'p.json', '--key', 'm.key').status).toBe(0);
    const ok = run('verify', 'p.json', '--pubkey', 'm.pub');
    expect([ok.status, ok.stdout]).toEqual([0, expect.stringMatching(/^OK/)]);
    writeFileSync(join(dir, 'p.json'), serializePack(small(1, 121)));
    expect(run('verify', 'p.json', '--pubkey', 'm.pub').status).toBe(1);
    writeFileSync(join(dir, 'q.json'), serializePack(small(2, 140)));
    expect(run('diff', 'p.json', 'q.json').stdout).toContain('1 changed');
    mkdirSync(join(dir, 'src'));
    expect(run('build', 'src', '-o', 'x.json').status).not.toBe(0);
    // a built pack goes back to source files and builds again to the same bytes
    writeFileSync(join(dir, 'r.json'), serializePack(small(3, 150)));
    expect(run('source', 'r.json', '-o', 'r-src').status).toBe(0);
    expect(run('build', 'r-src', '-o', 'r2.json').status).toBe(0);
    expect(readFileSync(join(dir, 'r2.json'), 'utf8')).toBe(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(run('source', 'r.json', '-o', 'r-src').stderr).toMatch(/refusing to overwrite/);
  }, 60_000);
});
