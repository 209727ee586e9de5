import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { CrosscountDB } from '../../src/claims/db.ts';
import type { Pack } from '../../src/claims/model.ts';
import { correctionFile, errorText, parseCorrectionFile, QUOTE_AROUND, quoteAround, summarize, validateCorrection, type Correction, type CorrectionInput } from '../../src/corrections/format.ts';
import { backoff, deliver, githubIssueUrl } from '../../src/corrections/deliver.ts';
import { writePackSource, buildPack } from '../../src/packs/source-files.ts';

const MAKIIVKA = 'makiivka-barracks-strike-2023';

function draft(patch: Partial<CorrectionInput> = {}): CorrectionInput {
  return {
    id: '3f2b9c1e-0000-4000-8000-000000000001', createdAt: '2026-11-26T10:00:00Z', kind: 'wrong-figure', packId: 'crosscount-default',
    page: { url: 'https://news.example/makeyevka', title: 'Makeyevka' },
    quote: 'Russian MOD has made a rare acknowledgment of scores of deaths latest figure is 83.',
    found: { text: '83', low: 83, high: 83, category: 'killed', source: 'Russian MOD' },
    event: { id: MAKIIVKA, title: 'Makiivka strike' },
    claim: { id: `${MAKIIVKA}/8`, packId: 'crosscount-default', source: 'Russian Ministry of Defence', low: 89, high: 89 },
    proposed: { low: '89', high: '89', category: 'killed', source: 'Russian Ministry of Defence', citationUrl: 'https://example.org/mod', reportedAt: '2023-01-04' },
    note: 'The MOD said 89.',
    ...patch,
  };
}

describe('validating a correction', () => {
  it('accepts a complete one and turns typed numbers into numbers', () => {
    const v = validateCorrection(draft());
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.correction.proposed).toMatchObject({ low: 89, high: 89 });
  });

  it.each([
    ['a javascript: citation', { citationUrl: 'javascript:alert(1)' }, 'citationUrl', 'errCitationUrl', /http/],
    ['no citation for a new figure', { citationUrl: '' }, 'citationUrl', 'errCitationRequired', /required/],
    ['a negative figure', { low: '-3' }, 'low', 'errLowNumber', /0 or more/],
    ['a fraction', { high: '2.5' }, 'high', 'errHighNumber', /whole number/],
    ['low above high', { low: '90', high: '80' }, 'high', 'errHighBelowLow', /below the lowest/],
    ['no figure at all', { low: '', high: '' }, 'low', 'errLowOrHigh', /at least one/],
    ['no source', { source: '  ' }, 'source', 'errSource', /source/],
    ['a bad date', { reportedAt: '4 Jan' }, 'reportedAt', 'errDate', /2023-01-04/],
    // a pack would refuse it when the correction is applied
    ['a day that does not exist', { reportedAt: '2023-02-30' }, 'reportedAt', 'errDate', /2023-01-04/],
  ] as const)('refuses %s, next to the field', (_what, patch, field, code, english) => {
    const v = validateCorrection(draft({ proposed: { ...draft().proposed!, ...patch } }));
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors[field]).toBe(code);
      expect(errorText(v.errors[field]!)).toMatch(english);
    }
  });

  it('limits text lengths and needs no figure for "not a casualty figure"', () => {
    expect(validateCorrection(draft({ note: 'x'.repeat(3000) })).ok).toBe(false);
    expect(validateCorrection(draft({ kind: 'not-a-figure', proposed: null })).ok).toBe(true);
  });

  it('round-trips through the file format, naming bad entries', () => {
    const c = (validateCorrection(draft()) as { correction: Correction }).correction;
    const file = correctionFile([c, { ...c, id: 'bad id!' }]);
    const { corrections, problems } = parseCorrectionFile(JSON.stringify(file));
    expect(corrections).toEqual([c]);
    expect(problems).toEqual(['entry 2: no valid id']);
    expect(parseCorrectionFile('<html>').problems[0]).toMatch(/not JSON/);
  });

  it('quotes the clause around the figure from a run-on sentence, so the correction can be sent', () => {
    const long = `${'Filler words about other things, '.repeat(80)}the ministry said 83 soldiers were killed in Makiivka; ${'more filler text, '.repeat(80)}`;
    const at = long.indexOf('83');
    const q = quoteAround(long, at, at + 2);
    expect(q.length).toBeLessThanOrEqual(QUOTE_AROUND + 2);
    expect(q).toContain('the ministry said 83 soldiers were killed in Makiivka;');
    expect(q.startsWith('…')).toBe(true);
    expect(validateCorrection({ ...draft(), quote: q }).ok).toBe(true);
    expect(validateCorrection({ ...draft(), quote: long }).ok).toBe(false); // the whole could never be sent
    expect(quoteAround('Short: 83 killed.', 7, 9)).toBe('Short: 83 killed.');
    // a sentence read from a page's markup, its line breaks and runs of spaces squashed
    expect(quoteAround('Officials said\n      12 people were killed.', 22, 24)).toBe('Officials said 12 people were killed.');
  });

  it('writes a readable GitHub issue with the JSON inside', () => {
    const c = (validateCorrection(draft()) as { correction: Correction }).correction;
    const url = new URL(githubIssueUrl('crosscount/claims', c));
    expect(url.pathname).toBe('/crosscount/claims/issues/new');
    expect(url.searchParams.get('title')).toContain('"83"');
    // the correction's id in the title: a second report of it is easy to spot
    expect(url.searchParams.get('title')).toContain(`[${c.id.slice(0, 8)}]`);
    // this repository's issue form, its fields prefilled by id (.github/ISSUE_TEMPLATE/correction.yml)
    expect(url.searchParams.get('template')).toBe('correction.yml');
    const form = readFileSync('.github/ISSUE_TEMPLATE/correction.yml', 'utf8');
    for (const field of ['kind', 'page', 'found', 'proposed', 'note', 'correction']) {
      expect(form, field).toContain(`id: ${field}`);
      expect(url.searchParams.get(field), field).not.toBeNull();
    }
    expect(form).toContain(`- ${url.searchParams.get('kind')}`); // a dropdown option, as written
    expect(JSON.parse(url.searchParams.get('correction')!).corrections[0].id).toBe(c.id);
    expect(url.searchParams.get('body')).toContain('```json');
    expect(summarize(c).body).toContain('Russian Ministry of Defence: 89 killed');
  });

  it('sends a figure proposed for tracking to the new-claim form, with the event as the page names it', () => {
    const newEvent = { id: 'bardo-museum-attack-2015-03-18', title: 'Gunmen storm museum in Tunisia', places: ['Tunis', 'Bardo National Museum'], date: '2015-03-18' };
    const c = (validateCorrection({ ...draft(), kind: 'new-event', event: null, claim: null, newEvent }) as { correction: Correction }).correction;
    expect(c.newEvent).toEqual(newEvent);
    const url = new URL(githubIssueUrl('crosscount/crosscount', c));
    expect(url.searchParams.get('template')).toBe('new-claim.yml');
    const form = readFileSync('.github/ISSUE_TEMPLATE/new-claim.yml', 'utf8');
    for (const field of ['page', 'found', 'event', 'note', 'correction']) {
      expect(form, field).toContain(`id: ${field}`);
      expect(url.searchParams.get(field), field).not.toBeNull();
    }
    expect(url.searchParams.get('event')).toBe('Gunmen storm museum in Tunisia\nplaces: Tunis, Bardo National Museum\ndate: 2015-03-18');
    expect(summarize(c).title).toContain('proposed event: Gunmen storm museum in Tunisia');
    // a proposed event that is not one is named, not sent
    for (const bad of [{ ...newEvent, date: '2015-02-30' }, { ...newEvent, title: ' ' }, { ...newEvent, id: 'has space' }, { ...newEvent, places: 'Tunis' }]) {
      expect(validateCorrection({ ...draft(), kind: 'new-event', newEvent: bad as never })).toEqual({ ok: false, errors: { newEvent: 'errNewEvent' } });
    }
  });
});

describe('delivering to an HTTPS intake', () => {
  let server: Server;
  let url: string;
  const statuses: number[] = [];
  let answer = 503;
  beforeAll(async () => {
    server = createServer((req, res) => { req.resume(); req.on('end', () => { statuses.push(answer); res.writeHead(answer); res.end(); }); });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/intake`;
  });
  afterAll(() => server.close());

  it('retries after a 5xx with backoff, then marks it sent and never sends it again', async () => {
    const db = new CrosscountDB('corrections-deliver');
    const c = (validateCorrection(draft()) as { correction: Correction }).correction;
    const localId = await db.corrections.add({ id: c.id, packId: c.packId, status: 'queued', createdAt: c.createdAt, updatedAt: c.createdAt, payload: c, lastError: null });
    const io = { fetch: (u: string, i?: RequestInit) => fetch(u, i), openUrl: async () => {}, now: 1_000_000 };
    const first = await deliver(db, localId, { type: 'https', url }, io);
    expect(first).toMatchObject({ status: 'failed', retryAt: 1_000_000 + backoff(1) });
    expect((await db.corrections.get(localId))?.lastError).toMatch(/503.*will retry/);
    // the same as a message code and its value, for the reader's language
    expect((await db.corrections.get(localId))?.lastReason).toEqual({ code: 'delIntakeStatusRetry', params: ['503 Service Unavailable'] });
    expect(first).toMatchObject({ reason: { code: 'delIntakeStatus' } });
    answer = 201;
    expect(await deliver(db, localId, { type: 'https', url }, io)).toEqual({ status: 'sent', via: 'https' });
    expect(await deliver(db, localId, { type: 'https', url }, io)).toEqual({ status: 'skipped', reason: { code: 'delAlreadySent', params: [] } });
    expect(statuses).toEqual([503, 201]);
    expect(backoff(1)).toBe(2000);
    expect(backoff(30)).toBe(3600_000);
    db.close();
  });

  it('gives up on an intake that accepts the connection and never answers, and says so', async () => {
    // a local server that takes the request and never replies
    const hanging = createServer(() => { /* never answers */ });
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/intake`;
    const db = new CrosscountDB('corrections-hanging');
    const c = (validateCorrection(draft()) as { correction: Correction }).correction;
    const localId = await db.corrections.add({ id: c.id, packId: c.packId, status: 'queued', createdAt: c.createdAt, updatedAt: c.createdAt, payload: c, lastError: null });
    const started = Date.now();
    const d = await deliver(db, localId, { type: 'https', url: at }, { fetch: (u, i) => fetch(u, i), openUrl: async () => {}, timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(d).toMatchObject({ status: 'failed', reason: { code: 'delNoAnswer', params: ['0.3'] } });
    const row = await db.corrections.get(localId);
    expect(row).toMatchObject({ status: 'failed', lastReason: { code: 'delNoAnswerRetry' }, attempts: 1 });
    expect(row?.nextAttemptAt).toBeGreaterThan(0);
    hanging.closeAllConnections();
    hanging.close();
    db.close();
  });

  it('keeps a correction for a pack without an intake, for export', async () => {
    const db = new CrosscountDB('corrections-no-intake');
    const c = (validateCorrection(draft()) as { correction: Correction }).correction;
    const localId = await db.corrections.add({ id: c.id, packId: null, status: 'queued', createdAt: c.createdAt, updatedAt: c.createdAt, payload: c, lastError: null });
    expect(await deliver(db, localId, null, { fetch, openUrl: async () => {} })).toMatchObject({ status: 'skipped', reason: { code: 'delNoIntake' } });
    expect((await db.corrections.get(localId))?.status).toBe('draft');
    db.close();
  });
});

describe('maintainers: review and apply', () => {
  it('reviews against the pack source and applies the accepted ones', () => {
    const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;
    const dir = mkdtempSync(join(tmpdir(), 'corr-src-'));
    writePackSource(pack, join(dir, 'src'));
    const fix = (validateCorrection(draft({ claim: { id: `${MAKIIVKA}/4`, packId: 'crosscount-default', source: 'Russian Ministry of Defence', low: 63, high: 63 }, proposed: { ...draft().proposed!, low: '64', high: '64' } })) as { correction: Correction }).correction;
    const missing = (validateCorrection(draft({ id: '3f2b9c1e-0000-4000-8000-000000000002', kind: 'missing-claim', claim: null, proposed: { low: '120', high: null, category: 'killed', source: 'New Monitor', citationUrl: 'https://example.org/new', reportedAt: null } })) as { correction: Correction }).correction;
    const notFigure = (validateCorrection(draft({ id: '3f2b9c1e-0000-4000-8000-000000000003', kind: 'not-a-figure', proposed: null })) as { correction: Correction }).correction;
    writeFileSync(join(dir, 'c.json'), JSON.stringify(correctionFile([fix, missing, notFigure])));
    const run = (...args: string[]) => spawnSync(process.execPath, ['bin/crosscount.mjs', 'corrections', ...args], { encoding: 'utf8' });
    const review = run('review', join(dir, 'c.json'), '--pack-src', join(dir, 'src'));
    expect(review.status).toBe(0);
    expect(review.stdout).toMatch(/change claim makiivka-barracks-strike-2023\/4 \(63 killed\) to 64 killed/);
    expect(review.stdout).toMatch(/add a claim: New Monitor \(a new source\)/);
    expect(review.stdout).toMatch(/\(new to this pack\)/);
    expect(review.stdout).toMatch(/nothing to change in the pack/);
    const apply = run('apply', join(dir, 'c.json'), '--pack-src', join(dir, 'src'), '--ids', `${fix.id},${missing.id}`);
    expect(apply.status).toBe(0);
    const built = buildPack(join(dir, 'src'));
    expect('pack' in built).toBe(true);
    if ('pack' in built) {
      expect(built.pack.claims.find((c) => c.id === `${MAKIIVKA}/4`)).toMatchObject({ low: 64, high: 64 });
      expect(built.pack.claims.some((c) => c.sourceId === 'new-monitor' && c.low === 120)).toBe(true);
    }
  }, 60_000);
});
