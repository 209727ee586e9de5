import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';
import { warcPages } from '../../src/cli/harvest.ts';
import { parseCorrectionFiles, type Correction } from '../../src/corrections/format.ts';

const run = (args: string[]) => spawnSync(process.execPath, ['bin/crosscount.mjs', ...args], { encoding: 'utf8', timeout: 120_000 });
const tmp = () => mkdtempSync(join(tmpdir(), 'harvest-'));
const SAMPLE = 'samples/makeyevka-article.html';
const TUNIS = '../shared/corpus/pages/wapo-1.html';
const TUNIS_URL = 'http://www.washingtonpost.com/world/gunmen-storm-museum-in-tunisia-killing-at-least-8/2015/03/18/00202e76-cd73-11e4-8730-4f473416e759_story.html';

/** One WARC record, serialized (gzipped per record, as crawls store them). */
async function record(url: string, body: string, type = 'text/html; charset=utf-8', warcType: 'response' | 'request' = 'response'): Promise<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  const rec = WARCRecord.create({ url, type: warcType, date: '2023-01-05T10:00:00Z', httpHeaders: { 'Content-Type': type }, statusline: 'HTTP/1.1 200 OK' }, (async function* () { yield bytes; })());
  return WARCSerializer.serialize(rec, { gzip: true });
}

const figures = (c: Correction[]) => c.map((p) => [p.found.text, p.found.source, p.proposed!.source, p.proposed!.low, p.proposed!.high]);

describe('crosscount pack harvest', { timeout: 60_000 }, () => {
  it('proposes the sample article\'s attributed figures with their quotes, the page\'s address and date', () => {
    const dir = tmp();
    const out = join(dir, 'proposals.json');
    const r = run(['pack', 'harvest', SAMPLE, '--url', 'https://example.com/blinken-lavrov', '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('1 page read, 6 casualty figures found, 3 claims proposed (3 for tracked events, 0 for new events)');
    const { corrections, problems } = parseCorrectionFiles(readFileSync(out, 'utf8'));
    expect(problems).toEqual([]);
    expect(figures(corrections)).toEqual([
      ['upto 400', 'Kiev', 'Armed Forces of Ukraine (Strategic Communications)', null, 400],
      ['scores', 'Russian MOD', 'Russian Ministry of Defence', 40, null],
      ['83', 'Russian MOD', 'Russian Ministry of Defence', 83, 83],
    ]);
    for (const c of corrections) {
      expect(c).toMatchObject({ kind: 'missing-claim', packId: 'crosscount-default', event: { id: 'makiivka-barracks-strike-2023' } });
      expect(c.page.url).toBe('https://example.com/blinken-lavrov');
      expect(c.proposed).toMatchObject({ citationUrl: 'https://example.com/blinken-lavrov', reportedAt: '2023-01-05' });
      expect(c.quote.length).toBeLessThanOrEqual(300);
      expect(c.quote).toContain(c.found.text);
    }
    // the same page again proposes the same ids: a repeat is visible in review
    const again = join(dir, 'again.json');
    run(['pack', 'harvest', SAMPLE, '--url', 'https://example.com/blinken-lavrov', '-o', again]);
    expect(parseCorrectionFiles(readFileSync(again, 'utf8')).corrections.map((c) => c.id)).toEqual(corrections.map((c) => c.id));
  });

  it('proposes no claim for one person named: a single victim is no toll anyone claims', () => {
    const dir = tmp();
    const page = join(dir, 'page.html');
    writeFileSync(page, '<!doctype html><title>Shelling in Kherson</title><body><h1>Shelling in Kherson</h1>'
      + '<p>A local official said a soldier was killed in the shelling of Kherson on Monday.</p>'
      + '<p>The regional governor said 4 civilians were wounded in the shelling of Kherson on Monday.</p></body>');
    const out = join(dir, 'p.json');
    const r = run(['pack', 'harvest', page, '--url', 'https://example.com/kherson', '-o', out]);
    expect(r.status).toBe(0);
    expect(figures(parseCorrectionFiles(readFileSync(out, 'utf8')).corrections)).toEqual([['4', 'regional governor', 'regional governor', 4, 4]]);
  });

  it('says so when a saved page has no address, instead of proposing claims that cite nothing', () => {
    const out = join(tmp(), 'p.json');
    const r = run(['pack', 'harvest', SAMPLE, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/no http\(s\) address: give --url/);
    expect(parseCorrectionFiles(readFileSync(out, 'utf8')).corrections).toEqual([]);
  });

  it('streams a WARC of news pages: one JSON line per page, proposals for an untracked event as a new event', async () => {
    const dir = tmp();
    const warc = join(dir, 'crawl.warc.gz');
    const parts = [
      await record('https://example.com/blinken-lavrov', readFileSync(SAMPLE, 'utf8')),
      await record('https://example.com/logo.png', 'not a page', 'image/png'),
      await record(TUNIS_URL, readFileSync(TUNIS, 'utf8')),
    ];
    writeFileSync(warc, Buffer.concat(parts));
    const out = join(dir, 'proposals.jsonl');
    const r = run(['pack', 'harvest', warc, '--jsonl', '-o', out]);
    expect(r.status).toBe(0);
    // (the Tunis page's "a local museum worker and a security official were killed" names two victims: no claim)
    expect(r.stdout).toMatch(/^2 pages read, \d+ casualty figures found, 5 claims proposed/);
    const lines = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.page.url)).toEqual(['https://example.com/blinken-lavrov', TUNIS_URL]);
    expect(lines[0].corrections).toHaveLength(3);
    const tunis = lines[1].corrections as Correction[];
    expect(tunis.map((c) => c.kind)).toEqual(['new-event', 'new-event']);
    expect(tunis[0].newEvent).toMatchObject({ title: 'Attack stokes instability fears in North Africa', date: '2015-03-18', places: expect.arrayContaining(['Tunisia']) });
    expect(figures(tunis)).toContainEqual(['About 50', 'local news reports', 'local news reports', 50, 50]);
    // the lines read back as corrections files, for review
    expect(parseCorrectionFiles(readFileSync(out, 'utf8')).corrections).toHaveLength(5);
  });

  it('reads a WARC record by record: the first page comes out before the rest of the file has arrived', async () => {
    const input = new PassThrough();
    const pages = warcPages('stream', input);
    input.write(await record('https://example.com/a', '<p>Officials said 12 people were killed.</p>'));
    const first = await pages.next();
    expect(first.value).toMatchObject({ address: 'https://example.com/a' });
    input.end(await record('https://example.com/b', '<p>Police said 3 people were wounded.</p>'));
    expect((await pages.next()).value).toMatchObject({ address: 'https://example.com/b' });
    expect((await pages.next()).done).toBe(true);
  });

  it('names a broken archive and a missing page, and carries on with the others', () => {
    const dir = tmp();
    const bad = join(dir, 'broken.warc.gz');
    writeFileSync(bad, gzipSync(Buffer.from('this is not a WARC record at all\r\n\r\n')));
    const out = join(dir, 'p.json');
    const r = run(['pack', 'harvest', bad, join(dir, 'missing.html'), SAMPLE, '--event', 'makiivka-barracks-strike-2023', '-o', out]);
    expect(r.stderr).toMatch(/missing\.html: cannot read it/);
    expect(r.stderr).toMatch(/broken\.warc\.gz: cannot read the web archive/);
    expect(r.stdout).toMatch(/1 page read.*; 2 not read/);
    const unknown = run(['pack', 'harvest', SAMPLE, '--event', 'no-such-event', '-o', out]);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('--event no-such-event: no such event');
  });

  it('goes through corrections review and apply into a pack source folder that builds', () => {
    const dir = tmp();
    const src = join(dir, 'src');
    expect(run(['pack', 'source', 'public/packs/default.json', '-o', src]).status).toBe(0);
    const tracked = join(dir, 'sample.json');
    run(['pack', 'harvest', SAMPLE, '--url', 'https://example.com/blinken-lavrov', '-o', tracked]);
    const fresh = join(dir, 'tunis.jsonl');
    run(['pack', 'harvest', TUNIS, '--jsonl', '-o', fresh]);
    const ids = [tracked, fresh].flatMap((f) => parseCorrectionFiles(readFileSync(f, 'utf8')).corrections.map((c) => c.id)).join(',');
    const review = run(['corrections', 'review', tracked, fresh, '--pack-src', src]);
    expect(review.stdout).toContain('add a claim: Armed Forces of Ukraine (Strategic Communications): ≤400 killed about makiivka-barracks-strike-2023, quoting the page');
    expect(review.stdout).toMatch(/add a claim: local news reports \(a new source\): ~50 wounded about a new event "Attack stokes instability fears in North Africa"/);
    // "officials" in Tunis are not the Ukrainian authorities, whose aliases include the word
    expect(review.stdout).toMatch(/add a claim: officials \(a new source\): 2 killed/);
    expect(run(['corrections', 'apply', tracked, '--pack-src', src, '--ids', ids]).stdout).toMatch(/3 applied/);
    expect(run(['corrections', 'apply', fresh, '--pack-src', src, '--ids', ids]).stdout).toMatch(/2 applied/);
    const built = run(['pack', 'build', src, '-o', join(dir, 'pack.json')]);
    expect(built.stdout).toMatch(/15 events|14 events/);
    expect(built.status).toBe(0);
    const pack = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8'));
    const kiev = pack.claims.find((c: { url: string; high: number }) => c.url === 'https://example.com/blinken-lavrov' && c.high === 400);
    expect(kiev).toMatchObject({ sourceId: 'ua-armed-forces', quote: 'Kiev claimed that upto 400 Russian soldiers might have been killed.', qualifier: 'upto 400', reportedAt: '2023-01-05' });
    expect(readdirSync(join(src, 'events'))).toContain('attack-stokes-instability-fears-in-north-africa-2015-03-18.json');
    // applied twice, nothing is added twice
    expect(run(['corrections', 'review', tracked, '--pack-src', src]).stdout).toMatch(/already in the pack/);
  });
});
