// `crosscount scan FILE [--json] [--pack PACK]` and `crosscount extract FILE.jsonl`:
// the extension's extraction and matching, on the command line.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractMentions } from '../extract/extract.ts';
import { MemoryClaimStore, type ClaimStore } from '../claims/store.ts';
import { scanPage, type ScanResult } from '../match/scan.ts';
import { looksLikeHtml, pageText, scanRequest } from '../page/request.ts';
import { formatReport } from './report.ts';
import { summarize, summaryText } from '../match/summary.ts';
import { formatFigure } from '../match/format.ts';
import { loadPack, packCommand, PACK_USAGE } from './pack.ts';
import { correctionsCommand, CORRECTIONS_USAGE } from './corrections.ts';

const USAGE = `usage:
  crosscount scan FILE [--json] [--pack PACK.json] [--url URL]
                                                     FILE: .html, .txt, or - for stdin; URL: where the page was read
  crosscount extract FILE.jsonl                      lines {"id","text"} -> {"id","mentions"}
${PACK_USAGE}
${CORRECTIONS_USAGE}`;

export const DEFAULT_PACK = fileURLToPath(new URL('../../public/packs/default.json', import.meta.url));

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'scan') return await scan(rest);
    if (command === 'extract') return extract(rest);
    if (command === 'pack') return await packCommand(rest, (t) => process.stdout.write(t));
    if (command === 'corrections') return correctionsCommand(rest, (t) => process.stdout.write(t));
    process.stderr.write(`${USAGE}\n`);
    return command === undefined || command === '--help' || command === '-h' ? 0 : 2;
  } catch (e) {
    process.stderr.write(`crosscount: ${(e as Error).message}\n`);
    return 1;
  }
}

function readInput(file: string): string {
  return readFileSync(file === '-' ? 0 : file, 'utf8');
}

export async function scanFile(file: string, packFile = DEFAULT_PACK, url?: string): Promise<ScanResult> {
  return scanWith(file, new MemoryClaimStore([loadPack(packFile)]), url);
}

/** Reads a page file (HTML or text, - for stdin) as the content script reads a page, and scans it against `store`. */
export async function scanWith(file: string, store: ClaimStore, url?: string): Promise<ScanResult> {
  const raw = readInput(file);
  const address = url ?? (file === '-' ? '' : file);
  return scanPage(scanRequest(pageText(raw, address, looksLikeHtml(raw, file)), address), store);
}

async function scan(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const option = (name: string, what: string) => {
    const at = args.indexOf(name);
    if (at < 0) return { at, value: undefined };
    if (!args[at + 1] || args[at + 1].startsWith('--')) throw new Error(`${name} needs ${what}`);
    return { at, value: args[at + 1] };
  };
  const pack = option('--pack', 'a file');
  const url = option('--url', 'the page\'s address');
  const file = args.find((a, i) => !a.startsWith('--') && !(pack.at >= 0 && i === pack.at + 1) && !(url.at >= 0 && i === url.at + 1));
  if (!file) { process.stderr.write(`${USAGE}\n`); return 2; }
  const result = await scanFile(file, pack.value, url.value);
  if (json) {
    process.stdout.write(`${JSON.stringify(toContract(result))}\n`);
  } else {
    process.stdout.write(formatReport(result));
  }
  return 0;
}

/** The JSON contract of `scan --json`: these field names are kept; new ones may be added. */
export function toContract(result: ScanResult) {
  return {
    events: result.events,
    mentions: result.mentions.map((m) => ({
      text: m.text, start: m.start, end: m.end, sentence: m.sentence, low: m.low, high: m.high,
      qualifier: m.qualifier, category: m.category, victims: m.victims, source: m.source, event: m.event,
      verdict: m.verdict, sourceId: m.sourceId, vague: m.vague, approx: m.approx, disagreeing: m.disagreeing,
      eventEvidence: m.eventEvidence,
      summary: summaryText(summarize(m, { figure: (f) => formatFigure(f), date: (d) => d ?? 'date unknown', category: (c) => c })),
      misattribution: m.misattribution ? {
        kind: m.misattribution.kind,
        figures: m.misattribution.figures.map((o) => ({ source: o.source, low: o.low, high: o.high, category: o.category, reportedAt: o.reportedAt, url: o.url })),
      } : null,
      others: m.others.map((o) => ({
        source: o.source, low: o.low, high: o.high, category: o.category, reportedAt: o.reportedAt, url: o.url,
        approx: o.approx, supersededBy: o.supersededBy, claimId: o.claimId, pack: o.packId,
      })),
    })),
  };
}

function extract(args: string[]): number {
  const file = args[0];
  if (!file) { process.stderr.write(`${USAGE}\n`); return 2; }
  const lines = readInput(file).split(/\r?\n/);
  let bad = 0;
  lines.forEach((line, n) => {
    if (!line.trim()) return;
    let item: { id?: unknown; text?: unknown };
    try { item = JSON.parse(line); } catch {
      bad++; process.stderr.write(`crosscount: line ${n + 1} is not JSON; skipped\n`); return;
    }
    if (typeof item.text !== 'string') {
      bad++; process.stderr.write(`crosscount: line ${n + 1} has no "text" string; skipped\n`); return;
    }
    const mentions = extractMentions(item.text).map((m) => ({
      text: m.text, start: m.start, end: m.end, sentence: m.sentence, low: m.low, high: m.high,
      qualifier: m.qualifier, category: m.category, victims: m.victims, source: m.source,
      vague: m.vague, approx: m.approx, qualifierText: m.qualifierText, ...(m.projection ? { projection: true } : {}),
    }));
    process.stdout.write(`${JSON.stringify({ id: item.id ?? null, mentions })}\n`);
  });
  return bad > 0 ? 1 : 0;
}
