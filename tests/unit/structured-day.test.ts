// The page skips its search for datelines (1.5 to 6 ms on a news page) only when a structured
// day will certainly be read first: whenever hasStructuredDay says yes, pickPublishDate must
// take its date from JSON-LD, meta or <time>, never from a dateline.
import { describe, expect, it } from 'vitest';
import { hasStructuredDay, jsonLdDateFields, pickPublishDate } from '../../src/page/facts.ts';

const base = { url: 'https://example.org/news/story', datelines: ['Published 3 March 2021'], modifiedMeta: null };

describe('a structured day', () => {
  it.each([
    [{ jsonLd: [], meta: '2023-01-02T09:00:00Z', publishTime: null }, true],
    [{ jsonLd: [], meta: null, publishTime: '2023-1-2' }, true],
    [{ jsonLd: [], meta: '20230102', publishTime: null }, true],
    [{ jsonLd: [jsonLdDateFields('{"@type":"NewsArticle","datePublished":"2023-01-02T09:00:00+02:00"}')!], meta: null, publishTime: null }, true],
    // no day, or one the date parser would refuse: the datelines are still looked for
    [{ jsonLd: [], meta: null, publishTime: null }, false],
    [{ jsonLd: [], meta: '2023-02-30', publishTime: null }, false],
    [{ jsonLd: [], meta: 'yesterday', publishTime: '13:05' }, false],
    [{ jsonLd: [jsonLdDateFields('{"dateModified":"2023-01-02"}')!], meta: null, publishTime: null }, false],
    [{ jsonLd: ['{not json'], meta: null, publishTime: null }, false],
  ])('%j: %s', (c, expected) => {
    expect(hasStructuredDay(c)).toBe(expected);
    const picked = pickPublishDate({ ...base, ...c });
    if (expected) expect(picked?.from).not.toBe('dateline');
    else expect(picked?.from).toBe('dateline');
  });
});
