// HTML → the blocks of text a reader sees, for the CLI. Mirrors what the content script
// walks in the DOM: skipped tags, block boundaries, title, publish date and description.
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, SKIPPED_TAGS } from './candidates.ts';
import { DATE_META_KEYS, DESCRIPTION_META_KEYS, HEADING_TAGS, isPublishTime, isSkippedByAttributes, MAX_HEADING_LENGTH, MAX_HEADINGS } from './facts.ts';

export interface PageText {
  title: string;
  publishedAt: string | null;
  description: string | null;
  headings: string[];
  blocks: string[];
}

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
  let dateRank = Infinity;
  let description: string | null = null;
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push(t);
    current = '';
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      // an element skipped for its attributes is skipped whole, like a skipped tag
      if (skipDepth > 0 || SKIPPED_TAGS.has(name) || isSkippedByAttributes((a) => attrs[a])) { skipDepth++; return; }
      if (name === 'title') inTitle = true;
      if (HEADING_TAGS.has(name)) { headingDepth++; heading = ''; }
      if (name === 'meta') {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        const rank = DATE_META_KEYS.indexOf(key);
        if (rank >= 0 && attrs.content && rank < dateRank) { publishedAt = attrs.content; dateRank = rank; }
        if (!description && DESCRIPTION_META_KEYS.includes(key) && attrs.content) description = attrs.content;
      }
      if (name === 'time' && !publishedAt && attrs.datetime && isPublishTime((a) => attrs[a])) publishedAt = attrs.datetime;
      if (BLOCK_TAGS.has(name)) flush();
    },
    ontext(text) {
      if (skipDepth > 0) return;
      if (inTitle) { title += text; return; }
      current += text;
      if (headingDepth > 0) heading += text;
    },
    onclosetag(name) {
      if (skipDepth > 0) { skipDepth--; return; }
      if (name === 'title') inTitle = false;
      if (HEADING_TAGS.has(name)) {
        headingDepth = Math.max(0, headingDepth - 1);
        const h = heading.replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_LENGTH);
        if (h && headings.length < MAX_HEADINGS) headings.push(h);
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
