import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseDigits, parseNumberPhrase } from '../../src/extract/numbers.ts';

describe('number phrases', () => {
  it.each([
    ['89', 89], ['1,200', 1200], ['1,97,666', 197666], ['12,000', 12000], ['eighty-nine', 89], ['Eighty-nine', 89],
    ['two hundred', 200], ['a hundred and seventy', 170], ['one hundred and twelve', 112], ['a dozen', 12],
    ['two dozen', 24], ['2.5 million', 2500000], ['forty-five', 45], ['two fifty five', 255], ['sixty three', 63],
  ])('%s = %d', (text, value) => {
    expect(parseNumberPhrase(text)).toBe(value);
  });

  it('rejects what is not one number', () => {
    expect(parseNumberPhrase('12.02')).toBeNull(); // a time, not a count
    expect(parseNumberPhrase('seven seven')).toBeNull();
    expect(parseDigits('1,2,3')).toBeNull();
  });

  it('parses at least 97% of the corpus number phrases', () => {
    const lines = readFileSync('../shared/corpus/numbers/number-phrases.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const ok = lines.filter((l: { text: string; value: number }) => parseNumberPhrase(l.text) === l.value).length;
    expect(ok / lines.length).toBeGreaterThanOrEqual(0.97);
  });
});
