// The extraction targets, measured the way `npm run eval` measures them.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { evaluateItems, sourcesAgree, valuesMatch, type LabelledItem } from '../../src/eval/score.ts';
import { extractFromSentence, extractMentions } from '../../src/extract/extract.ts';
import { candidateSentences } from '../../src/page/candidates.ts';
import { htmlToPageText } from '../../src/page/html.ts';

const dir = '../shared/corpus/labelled';
const items = ['headlines-dev.jsonl', 'pages-dev.jsonl', 'seed.jsonl']
  .flatMap((f) => readFileSync(`${dir}/${f}`, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LabelledItem));

describe('the scorer', () => {
  it('matches values and sources by the corpus rules', () => {
    expect(valuesMatch({ low: 201, high: null, vague: false }, { text: 'more than 200', start: 0, low: 201, high: null, category: 'killed', source: null })).toBe(true);
    expect(valuesMatch({ low: 200, high: null, vague: false }, { text: 'more than 200', start: 0, low: 201, high: null, category: 'killed', source: null })).toBe(true);
    expect(valuesMatch({ low: 88, high: 88, vague: false }, { text: '89', start: 0, low: 89, high: 89, category: 'killed', source: null })).toBe(false);
    expect(sourcesAgree('the Russian MOD', 'Russian MOD')).toBe(true);
    expect(sourcesAgree(null, 'Kiev')).toBe(false);
    expect(sourcesAgree('Kiev', null)).toBe(false);
  });
});

describe('extraction on the labelled dev files', () => {
  const r = evaluateItems(items, (t) => extractMentions(t));
  it('finds figures with F1 >= 0.93 and precision >= 0.95', () => {
    expect(r.precision).toBeGreaterThanOrEqual(0.95);
    expect(r.f1).toBeGreaterThanOrEqual(0.93);
  });
  it('reads the qualifier direction right >= 95% of the time', () => {
    expect(r.qualifierAccuracy).toBeGreaterThanOrEqual(0.95);
  });
  it('attributes the source right >= 85% of the time', () => {
    expect(r.sourceAccuracy).toBeGreaterThanOrEqual(0.85);
  });
});

describe('the 130 real pages', () => {
  it('flags at most 3 numbers on pages that hold no casualty figure', () => {
    const real = new Set(['wapo-1', 'nytimes-1', 'bbc-1', 'wikipedia-2', 'webmd-2', 'buzzfeed-1', 'yahoo-2', 'yahoo-3']);
    let flagged = 0;
    for (const f of readdirSync('../shared/corpus/pages').filter((n) => n.endsWith('.html'))) {
      if (real.has(f.replace(/\.html$/, ''))) continue;
      const page = htmlToPageText(readFileSync(`../shared/corpus/pages/${f}`, 'utf8'));
      for (const c of candidateSentences(page.blocks)) flagged += extractFromSentence(c.text).length;
    }
    expect(flagged).toBeLessThanOrEqual(3);
  }, 60_000);
});
