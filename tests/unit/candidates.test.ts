// Candidate sentences are picked by one casualty-word search per block (the page's main
// thread pays for every pass over the text): the pick must be exactly the sentences the
// prefilter passes one by one, on every corpus page, both ways of reading line breaks.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPageText } from '../../src/page/html.ts';
import { candidateSentences } from '../../src/page/candidates.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { mayHoldCasualtyFigure } from '../../src/extract/prefilter.ts';

const DIR = '../shared/corpus/pages';

/** The definition: split every block, test every sentence. */
function oneByOne(blocks: string[], lineBreaks: 'break' | 'space') {
  const out: { text: string; block: number; start: number }[] = [];
  blocks.forEach((text, block) => {
    for (const s of splitSentences(text, { lineBreaks })) if (mayHoldCasualtyFigure(s.text)) out.push({ text: s.text, block, start: s.start });
  });
  return out;
}

describe('candidate sentences', () => {
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.html')).sort();

  it.each(['break', 'space'] as const)('are the sentences the prefilter passes, on every corpus page (line breaks: %s)', (lineBreaks) => {
    let total = 0;
    for (const f of pages) {
      const blocks = htmlToPageText(readFileSync(join(DIR, f), 'utf8')).blocks;
      const picked = candidateSentences(blocks, 0, { lineBreaks }).map(({ text, block, start }) => ({ text, block, start }));
      expect(picked, f).toEqual(oneByOne(blocks, lineBreaks));
      total += picked.length;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('keep a casualty word at the very start or end of a block and drop a block without one', () => {
    const blocks = ['Killed: 12 people. Nothing else here.', 'The weather was fine for 3 days.', 'Dr. Smith said 4 were wounded', 'Prices rose 5%. 7 died'];
    expect(candidateSentences(blocks).map((c) => [c.block, c.text])).toEqual([
      [0, 'Killed: 12 people.'], [2, 'Dr. Smith said 4 were wounded'], [3, '7 died'],
    ]);
  });
});
