// The page sends the background whole blocks of text (a paragraph, a list item) that hold a
// casualty word, and the background cuts them into candidate sentences (block-sentences.ts).
// This file is the contract between the two, and imports nothing the page would carry.
//
// A sentence's id is derived from its block's: the page gives each block an id, and the k-th
// candidate sentence of block b is b * SENTENCES_PER_BLOCK + k. So the page can tell which
// block a figure is in from the figure's sentence id alone, and ids stay unique across batches
// and rescans without the background keeping count.
import type { ScanRequest } from '../match/scan.ts';

/** A block of the page's text, as the content script sends it. */
export interface PageBlock {
  /** the page's handle for the block; unique within the page (across rescans) */
  id: number;
  /** the block's DOM text: its line breaks are source formatting, read as spaces */
  text: string;
  /** inside navigation, a sidebar, a related-stories box or a list of links */
  furniture?: boolean;
}

/** What the content script asks of the background: its page's facts and the blocks to read. */
export interface BlockScanRequest {
  page: ScanRequest['page'];
  blocks: PageBlock[];
}

/** More candidate sentences than this in one block are not read (no real paragraph holds so many). */
export const SENTENCES_PER_BLOCK = 2 ** 16;

export const blockOfSentence = (sentenceId: number): number => Math.floor(sentenceId / SENTENCES_PER_BLOCK);

/** Where a sentence lies in its block: [sentence id, start, length]. */
export type SentenceSpan = [number, number, number];
