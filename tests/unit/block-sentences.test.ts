// The page sends blocks; the background cuts them into the sentences the extractor reads. The
// cut must be the one the page used to make itself (candidateSentences, line breaks as spaces),
// each sentence's id must name its block, and its span must give its text back from the block.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPageText } from '../../src/page/html.ts';
import { candidateSentences } from '../../src/page/candidates.ts';
import { sentencesOfBlocks } from '../../src/page/block-sentences.ts';
import { blockOfSentence, SENTENCES_PER_BLOCK, type PageBlock } from '../../src/page/page-blocks.ts';

const PAGE = { title: 't', url: 'https://example.org/a', lede: [] };

describe('sentences of the blocks a page sends', () => {
  it('are the candidate sentences of each block, with ids that name the block and spans that give their text back', () => {
    let total = 0;
    const dir = '../shared/corpus/pages';
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
      // ids as a page hands them out: not from 0, with gaps (blocks without a casualty word are not sent)
      const blocks: PageBlock[] = htmlToPageText(readFileSync(join(dir, f), 'utf8')).blocks.map((text, i) => ({ id: 1000 + 3 * i, text }));
      const { request, spans } = sentencesOfBlocks({ page: PAGE, blocks });
      const expected = blocks.flatMap((b) => candidateSentences([b.text], 0, { lineBreaks: 'space' }).map((c) => ({ block: b.id, text: c.text })));
      expect(request.sentences.map((s) => ({ block: blockOfSentence(s.id), text: s.text })), f).toEqual(expected);
      for (const s of request.sentences) {
        const [id, start, length] = spans.get(s.id)!;
        expect(id).toBe(s.id);
        expect(blocks.find((b) => b.id === blockOfSentence(s.id))!.text.slice(start, start + length)).toBe(s.text);
      }
      total += request.sentences.length;
    }
    expect(total).toBeGreaterThan(100);
  });

  it('send a paragraph with its sentences only when the block holds more than the one sentence', () => {
    const { request } = sentencesOfBlocks({
      page: PAGE,
      blocks: [
        { id: 7, text: 'Five people were killed.' },
        { id: 8, text: 'The mayor spoke. Five people were killed.', furniture: true },
      ],
    });
    expect(request.sentences).toEqual([
      { id: 7 * SENTENCES_PER_BLOCK, text: 'Five people were killed.' },
      { id: 8 * SENTENCES_PER_BLOCK, text: 'Five people were killed.', block: 8, furniture: true },
    ]);
    expect(request.blocks).toEqual([{ id: 8, text: 'The mayor spoke. Five people were killed.' }]);
  });

  it('numbers a block\'s sentences from its own id, and skips a block that is not one', () => {
    const { request } = sentencesOfBlocks({
      page: PAGE,
      blocks: [
        { id: 2, text: 'Two died. Then 3 were wounded. No more.' },
        { id: -1, text: 'Six were killed.' },
        { id: 1.5, text: 'Six were killed.' },
        { id: 4, text: null as unknown as string },
      ],
    });
    expect(request.sentences.map((s) => [s.id - 2 * SENTENCES_PER_BLOCK, s.text])).toEqual([[0, 'Two died.'], [1, 'Then 3 were wounded.']]);
  });
});
