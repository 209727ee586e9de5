// `crosscount pack harvest PAGE… [--event ID] [--pack PACK.json] [--url URL] (-o FILE | --jsonl)`:
// proposes claims from saved pages and web archives (WARC, gzipped or not), one page at a
// time. A WARC is read as a stream, record by record, never whole; with --jsonl each page's
// proposals are written as soon as it is read, so a crawl splits into one task per WARC
// file on any batch engine.
import { createReadStream, createWriteStream, readFileSync, writeFileSync, type WriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WARCParser } from 'warcio';
import { MemoryClaimStore } from '../claims/store.ts';
import { correctionFile, type Correction } from '../corrections/format.ts';
import { harvestPage, type PageHarvest } from '../harvest/propose.ts';
import { looksLikeHtml, pageText } from '../page/request.ts';
import { loadPack } from './pack.ts';
import { option } from './args.ts';

export const HARVEST_USAGE = `  crosscount pack harvest PAGE... (-o PROPOSALS.json | --jsonl [-o FILE]) [--pack PACK.json] [--event ID] [--url URL]
                                                          propose the claims pages attribute to sources (PAGE: .html, .txt, .warc, .warc.gz)`;

interface PageInput { address: string; raw: string; isHtml: boolean; where: string }

const isWarc = (file: string) => /\.warc(\.gz)?$/i.test(file);

/** The HTML (or text) pages of a WARC file (or stream), as its response and resource records stream by. */
export async function* warcPages(file: string, input: AsyncIterable<Uint8Array> = createReadStream(file)): AsyncGenerator<PageInput> {
  let n = 0;
  for await (const record of WARCParser.iterRecords(input)) {
    n++;
    if (n === 1 && !record.warcType) throw new Error('its first record has no WARC-Type: it is not a WARC file');
    if (record.warcType !== 'response' && record.warcType !== 'resource') continue;
    const type = (record.httpHeaders?.headers.get('content-type') ?? record.warcHeader('Content-Type') ?? '').toLowerCase();
    if (!/text\/html|application\/xhtml|text\/plain/.test(type)) continue;
    const address = record.warcTargetURI ?? '';
    yield { address, raw: await record.contentText(), isHtml: !type.includes('text/plain'), where: `${file} record ${n} (${address})` };
  }
  if (n === 0) throw new Error('it holds no WARC record');
}

async function* pagesOf(files: string[], url: string | undefined): AsyncGenerator<PageInput | { where: string; problem: string }> {
  for (const file of files) {
    if (isWarc(file)) {
      try {
        yield* warcPages(file);
      } catch (e) {
        yield { where: file, problem: `cannot read the web archive: ${(e as Error).message}` };
      }
      continue;
    }
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (e) {
      yield { where: file, problem: `cannot read it: ${(e as Error).message}` };
      continue;
    }
    yield { address: url ?? '', raw, isHtml: looksLikeHtml(raw, file), where: file };
  }
}


/** A one-line progress bar on a terminal: pages read, claims proposed. Nothing when stderr is a file or a pipe. */
function progress(stream: NodeJS.WriteStream) {
  let last = 0;
  const draw = (pages: number, claims: number, force = false) => {
    if (!stream.isTTY) return;
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    stream.write(`\r\x1b[Kharvest: ${pages.toLocaleString('en')} pages read · ${claims.toLocaleString('en')} claims proposed`);
  };
  return { draw, done: () => stream.isTTY && stream.write('\n') };
}

export async function harvestCommand(args: string[], out: (s: string) => void, err: (s: string) => void = (s) => process.stderr.write(s)): Promise<number> {
  const flags = new Set(['-o', '--pack', '--event', '--url']);
  const files = args.filter((a, i) => !a.startsWith('-') && !flags.has(args[i - 1]));
  const jsonl = args.includes('--jsonl');
  const output = option(args, '-o');
  const packFile = option(args, '--pack') ?? fileURLToPath(new URL('../../public/packs/default.json', import.meta.url));
  const eventId = option(args, '--event');
  const url = option(args, '--url');
  if (!files.length || (!jsonl && !output)) {
    out(`usage:\n${HARVEST_USAGE}\n`);
    return 2;
  }
  if (url && files.length > 1) throw new Error('--url names one page: give it with one PAGE');
  const pack = loadPack(packFile);
  const store = new MemoryClaimStore([pack]);
  if (eventId && !(await store.events()).some((e) => e.id === eventId)) throw new Error(`--event ${eventId}: no such event in ${packFile}`);

  const sink: WriteStream | null = jsonl && output ? createWriteStream(output) : null;
  const writeLine = (line: string) => (sink ? new Promise<void>((resolve) => { if (sink.write(line)) resolve(); else sink.once('drain', resolve); }) : Promise.resolve(void out(line)));
  // with the lines on stdout, the summary goes to stderr
  const say = jsonl && !output ? err : out;
  const bar = progress(process.stderr);
  const all: Correction[] = [];
  let pages = 0;
  let figures = 0;
  let claims = 0;
  let problems = 0;
  for await (const page of pagesOf(files, url)) {
    if ('problem' in page) {
      problems++;
      err(`crosscount: ${page.where}: ${page.problem}\n`);
      continue;
    }
    let harvest: PageHarvest;
    try {
      harvest = await harvestPage(pageText(page.raw, page.address, page.isHtml), page.address, store, { packId: pack.id, eventId });
    } catch (e) {
      problems++;
      err(`crosscount: ${page.where}: not read: ${(e as Error).message}\n`);
      continue;
    }
    pages++;
    figures += harvest.figures;
    claims += harvest.proposals.length;
    if (harvest.problem && harvest.figures) err(`crosscount: ${page.where}: ${harvest.problem}\n`);
    if (jsonl) {
      const line = { ...correctionFile(harvest.proposals), page: { url: harvest.url, title: harvest.title, date: harvest.date, figures: harvest.figures } };
      await writeLine(`${JSON.stringify(line)}\n`);
    } else {
      all.push(...harvest.proposals);
    }
    bar.draw(pages, claims);
  }
  bar.draw(pages, claims, true);
  bar.done();
  if (sink) await new Promise<void>((resolve, reject) => sink.end((e?: Error | null) => (e ? reject(e) : resolve())));
  if (!jsonl) writeFileSync(output!, `${JSON.stringify(correctionFile(all), null, 2)}\n`);
  const tracked = (jsonl ? null : all.filter((c) => c.kind !== 'new-event').length);
  say(`${pages} page${pages === 1 ? '' : 's'} read, ${figures} casualty figures found, ${claims} claim${claims === 1 ? '' : 's'} proposed`
    + `${tracked === null ? '' : ` (${tracked} for tracked events, ${claims - tracked} for new events)`}`
    + `${problems ? `; ${problems} not read` : ''}${output ? ` → ${output}` : ''}\n`);
  if (claims) say(`Next: crosscount corrections review ${output ?? 'FILE'} --pack-src DIR, then corrections apply with the ids you accept.\n`);
  return problems && !pages ? 1 : 0;
}
