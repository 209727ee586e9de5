import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { htmlToPageText } from '../../src/page/html.ts';

describe('the bundled sample page', () => {
  it('holds the seed article\'s text, paragraph for paragraph', () => {
    const page = htmlToPageText(readFileSync('samples/makeyevka-article.html', 'utf8'));
    const fixture = readFileSync('../shared/fixtures/makeyevka-article.txt', 'utf8').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
    expect(page.blocks.slice(1)).toEqual(fixture); // the first block is the headline
    expect(page.publishedAt).toBe('2023-01-05');
  });
});
