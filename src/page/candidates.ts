// Blocks of page text → the sentences worth sending to the extractor. Runs in the background
// worker (on the blocks a page sends) and in the CLI, so both pick the same sentences. Each
// block's text is searched for casualty words once, and only blocks with one are split.
import { splitSentences } from '../extract/sentences.ts';
import { casualtyWordOffsets, mayCount } from '../extract/prefilter.ts';
import { closesStraightQuoteOnly, leavesStraightQuoteOpen, mayBeQuoted, opensWithQuote, QUOTE_REACH, SPEAKER_REACH, turnLabel } from '../extract/quote-speaker.ts';

export interface Candidate {
  id: number;
  text: string;
  /** which block the sentence came from, and where in the block's text it starts */
  block: number;
  start: number;
}

export function candidateSentences(blocks: readonly string[], firstId = 0, options: { lineBreaks?: 'break' | 'space' } = {}): Candidate[] {
  const out: Candidate[] = [];
  let id = firstId;
  blocks.forEach((text, block) => {
    const words = casualtyWordOffsets(text);
    if (words.length === 0) return;
    let w = 0;
    for (const s of splitSentences(text, options, words[words.length - 1])) {
      while (w < words.length && words[w] < s.start) w++;
      if (w === words.length) break;
      // same as mayHoldCasualtyFigure(s.text), without searching the sentence again
      if (words[w] < s.start + s.text.length && mayCount(s.text)) out.push({ id: id++, text: s.text, block, start: s.start });
    }
  });
  return out;
}

/**
 * The text after a candidate sentence in its block, when the sentence may stand in a quote that closes there (it
 * opens one, or holds no quote mark and one follows): the quote's speaker may be named where it closes. Else undefined.
 */
function followingQuote(block: string, c: Candidate): string | undefined {
  const following = mayBeQuoted(c.text) ? block.slice(c.start + c.text.length, c.start + c.text.length + QUOTE_REACH) : '';
  // (only when a quote mark follows at all: any that closedQuote closes on, the single marks of British copy and a curly
  // quote closed with an opening mark after its comma among them)
  return /["“”'’]/.test(following) ? following : undefined;
}

/**
 * The text before a candidate sentence in its block, when the sentence opens with a quote and a quote closes before it
 * (the quote may go on after its speaker was named there), or when it stands inside a curly quote opened before it (its
 * speaker may have opened it). Else undefined.
 */
function precedingQuote(block: string, c: Candidate): string | undefined {
  if (c.start === 0) return undefined;
  const preceding = block.slice(Math.max(0, c.start - SPEAKER_REACH), c.start);
  if (opensWithQuote(c.text)) return /[”"]/.test(preceding) ? preceding : undefined;
  // (or a straight quote left open before it, which the sentence at most closes at its end)
  const straightOpen = closesStraightQuoteOnly(c.text) && leavesStraightQuoteOpen(preceding);
  return !c.text.includes('“') && (preceding.lastIndexOf('“') > preceding.lastIndexOf('”') || straightOpen) ? preceding : undefined;
}

/** The text around a sentence where a quote's speaker may stand: what the background sends with it and the CLI reads. */
/** (`turn`: the speaker's label of the transcript's line the sentence is a later sentence of) */
export interface QuoteContext { following?: string; preceding?: string; turn?: string }

/** The quote context of a candidate sentence in its block, with only the parts a quote may need (ready to spread). */
export function quoteContext(block: string, c: Candidate): QuoteContext {
  const following = followingQuote(block, c);
  const preceding = precedingQuote(block, c);
  const turn = c.start > 0 ? turnLabel(block) : null;
  return { ...(following ? { following } : {}), ...(preceding ? { preceding } : {}), ...(turn ? { turn } : {}) };
}

/** How much of a block is sent as the paragraph around its sentences (where an event's evidence may be). */
export const MAX_PARAGRAPH = 2000;
