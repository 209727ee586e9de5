// The background's side of a page scan: the blocks a page sent (page-blocks.ts), cut into the
// candidate sentences the scan pipeline reads. Splitting and the prefilter's word lookup used
// to run on the page's main thread (issue 15); now the page only tests each block with one
// regular expression, and the CLI and the extension still pick the same sentences.
import type { CandidateSentence, ScanRequest } from '../match/scan.ts';
import { candidateSentences, MAX_PARAGRAPH, quoteContext } from './candidates.ts';
import { SENTENCES_PER_BLOCK, type BlockScanRequest, type SentenceSpan } from './page-blocks.ts';

export interface BlockSentences {
  request: ScanRequest;
  /** every candidate sentence's place in its block, by id */
  spans: Map<number, SentenceSpan>;
}

/** The candidate sentences of the blocks, as the scan pipeline takes them. */
export function sentencesOfBlocks({ page, blocks }: BlockScanRequest): BlockSentences {
  const sentences: CandidateSentence[] = [];
  const paragraphs: NonNullable<ScanRequest['blocks']> = [];
  const spans = new Map<number, SentenceSpan>();
  for (const block of blocks) {
    if (!Number.isSafeInteger(block.id) || block.id < 0 || typeof block.text !== 'string') continue;
    const first = block.id * SENTENCES_PER_BLOCK;
    const found = candidateSentences([block.text], 0, { lineBreaks: 'space' }).slice(0, SENTENCES_PER_BLOCK);
    if (found.length === 0) continue;
    // the paragraph goes with its sentences when it holds more than the one: an event's name may be in the sentence before
    const several = found.length > 1 || found[0].text.length < block.text.trim().length;
    if (several) paragraphs.push({ id: block.id, text: block.text.slice(0, MAX_PARAGRAPH) });
    for (const c of found) {
      const id = first + c.id;
      spans.set(id, [id, c.start, c.text.length]);
      sentences.push({ id, text: c.text, ...(several ? { block: block.id } : {}), ...(block.furniture ? { furniture: true } : {}), ...quoteContext(block.text, c) });
    }
  }
  return { request: { page, sentences, blocks: paragraphs }, spans };
}
