// HTML → the blocks of text a reader sees, for the CLI. Mirrors what the content script
// walks in the DOM: skipped tags, block boundaries, title, publish date and description.
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, SKIPPED_TAGS } from './candidates.ts';

export interface PageText {
  title: string;
  publishedAt: string | null;
  description: string | null;
  headings: string[];
  blocks: string[];
}

const DATE_META = ['article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dcterms.created', 'og:published_time', 'sailthru.date', 'parsely-pub-date'];

export function htmlToPageText(html: string): PageText {
  const blocks: string[] = [];
  const headings: string[] = [];
  let current = '';
  let title = '';
  let inTitle = false;
  let skipDepth = 0;
  let headingDepth = 0;
  let heading = '';
  let publishedAt: string | null = null;
  let description: string | null = null;
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (SKIPPED_TAGS.has(name)) { skipDepth++; return; }
      if (name === 'title') inTitle = true;
      if (/^h[1-3]$/.test(name)) { headingDepth++; heading = ''; }
      if (name === 'meta') {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        if (!publishedAt && DATE_META.includes(key) && attrs.content) publishedAt = attrs.content;
        if (!description && (key === 'description' || key === 'og:description') && attrs.content) description = attrs.content;
      }
      if (name === 'time' && !publishedAt && attrs.datetime && /pubdate|published/i.test(Object.keys(attrs).join(' ') + (attrs.itemprop ?? '') + (attrs.class ?? ''))) publishedAt = attrs.datetime;
      if (BLOCK_TAGS.has(name)) flush();
    },
    ontext(text) {
      if (skipDepth > 0) return;
      if (inTitle) { title += text; return; }
      current += text;
      if (headingDepth > 0) heading += text;
    },
    onclosetag(name) {
      if (SKIPPED_TAGS.has(name)) { skipDepth = Math.max(0, skipDepth - 1); return; }
      if (name === 'title') inTitle = false;
      if (/^h[1-3]$/.test(name)) {
        headingDepth = Math.max(0, headingDepth - 1);
        const h = heading.replace(/\s+/g, ' ').trim();
        if (h) headings.push(h);
      }
      if (BLOCK_TAGS.has(name)) flush();
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  flush();
  return { title: title.replace(/\s+/g, ' ').trim(), publishedAt, description, headings, blocks };
}

/** Plain text: one block per paragraph (a line break ends a block). */
export function textToPageText(text: string): PageText {
  const blocks = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  return { title: blocks[0]?.slice(0, 200) ?? '', publishedAt: null, description: null, headings: [], blocks };
}
