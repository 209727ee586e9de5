// The labelled corpus and the real pages (shared/corpus), read the same way by `npm run eval`
// and by the tests that hold its targets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFromSentence } from '../extract/extract.ts';
import type { Mention } from '../extract/types.ts';
import { candidateSentences, quoteContext } from '../page/candidates.ts';
import { htmlToPageText } from '../page/html.ts';
import type { LabelledItem } from './score.ts';

export const DEV_FILES = ['headlines-dev.jsonl', 'pages-dev.jsonl', 'seed.jsonl'];

/**
 * The pages of corpus/pages that report casualty figures; on the others anything flagged is a
 * false positive. article-author-tag tells of two deaths by kin ("Arthur’s father died", "his
 * sister died"), salon-1 of a murdered ex-wife, and wikipedia-4 (films with time loops) of
 * single victims in its plots ("a woman who was murdered by her husband"): figures by the
 * label rules (tests/fixtures/labelled/pages-extra.jsonl).
 */
export const PAGES_WITH_FIGURES = new Set(['wapo-1', 'nytimes-1', 'bbc-1', 'wikipedia-2', 'webmd-2', 'buzzfeed-1', 'yahoo-2', 'yahoo-3', 'article-author-tag', 'salon-1', 'wikipedia-4']);

/**
 * Running text labelled by this project by the same rules, to measure it again: sentences of the
 * corpus pages, and the verbatim quotes the researched facts cite (shared/facts/events.json,
 * English ones; the few the rules do not settle are left out, listed in tests/fixtures/labelled/README.md).
 */
export const EXTRA_FILES = ['pages-extra.jsonl', 'quotes-extra.jsonl'];

/**
 * Sentences written for issue 16 in the shape of running news text, labelled blind and then read (stops 71 to 91):
 * rules were fixed against them, so they measure what stays fixed, never text the extractor has not seen.
 */
export const WRITTEN_FILES = ['written-extra.jsonl'];

export function readLabelled(file: string): LabelledItem[] {
  return readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabelledItem);
}

export interface Flag { page: string; withFigures: boolean; mention: Mention; sentence: string }

/** What the extension would flag on each page of `dir`, read as the CLI reads it. */
export function flagPages(dir: string): { pages: number; flags: Flag[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const flags: Flag[] = [];
  for (const f of files) {
    const page = f.replace(/\.html$/, '');
    const blocks = htmlToPageText(readFileSync(join(dir, f), 'utf8')).blocks;
    for (const c of candidateSentences(blocks)) {
      for (const mention of extractFromSentence(c.text, quoteContext(blocks[c.block], c))) flags.push({ page, withFigures: PAGES_WITH_FIGURES.has(page), mention, sentence: c.text });
    }
  }
  return { pages: files.length, flags };
}
