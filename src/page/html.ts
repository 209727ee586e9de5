// HTML → the blocks of text a reader sees, for the CLI. Mirrors what the content script
// walks in the DOM: skipped tags, block boundaries, page furniture, title, headline, lede,
// publish date and description (src/page/facts.ts holds the rules both follow).
import { Parser } from 'htmlparser2';
import { BLOCK_TAGS, SKIPPED_TAGS } from './tags.ts';
import {
  DATE_META_KEYS, DESCRIPTION_META_KEYS, isDatelineClass, HEADING_TAGS, isFurniture, isLinkBlock, isPublishTime, isSkippedByAttributes,
  LEDE_MAX_LENGTH, LEDE_MIN_LENGTH, LEDE_PARAGRAPHS, MAX_DATELINES, NOT_DATELINE_SELECTOR, MAX_HEADING_LENGTH, MAX_HEADINGS, MODIFIED_META_KEYS, pickPublishDate, jsonLdDateFields,
  type DateSource,
} from './facts.ts';

export interface PageText {
  title: string;
  /** the publish date as an ISO day, and where it was read */
  publishedAt: string | null;
  dateSource: DateSource | null;
  description: string | null;
  /** the first h1 outside page furniture */
  headline: string | null;
  /** the first paragraphs of the article */
  lede: string[];
  headings: string[];
  blocks: string[];
  /** per block: inside navigation, a sidebar, a related-stories box, or a list of links */
  furniture: boolean[];
  /** the page's canonical address, when it names one */
  canonical: string | null;
}

export function htmlToPageText(html: string, url = ''): PageText {
  const blocks: string[] = [];
  const furniture: boolean[] = [];
  const headings: string[] = [];
  const lede: string[] = [];
  let ledeLength = 0;
  let headline: string | null = null;
  let current = '';
  let linkText = 0;
  let currentTag = '';
  let title = '';
  let inTitle = false;
  let skipDepth = 0;
  let headingDepth = 0;
  let heading = '';
  let jsonLd: string | null = null;
  const jsonLds: string[] = [];
  let meta: string | null = null;
  let metaRank = Infinity;
  let modifiedMeta: string | null = null;
  let publishTime: string | null = null;
  let description: string | null = null;
  let canonical: string | null = null;
  const datelines: string[] = [];
  // open elements that are furniture, links or datelines, by depth
  const stack: { tag: string; furniture: boolean; link: boolean; dateline: boolean }[] = [];
  let furnitureDepth = 0;
  let linkDepth = 0;
  let datelineDepth = 0;
  let dateline = '';
  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) {
      const isFurnitureBlock = furnitureDepth > 0 || isLinkBlock(current.trim().length, linkText);
      blocks.push(t);
      furniture.push(isFurnitureBlock);
      if (!isFurnitureBlock && currentTag === 'p' && t.length >= LEDE_MIN_LENGTH && lede.length < LEDE_PARAGRAPHS && ledeLength < LEDE_MAX_LENGTH) {
        lede.push(t.slice(0, LEDE_MAX_LENGTH - ledeLength));
        ledeLength += t.length;
      }
    }
    current = '';
    linkText = 0;
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (name === 'script' && /ld\+json/i.test(attrs.type ?? '') && skipDepth === 0) { jsonLd = ''; skipDepth++; return; }
      // an element skipped for its attributes is skipped whole, like a skipped tag
      if (skipDepth > 0 || SKIPPED_TAGS.has(name) || isSkippedByAttributes((a) => attrs[a])) { skipDepth++; return; }
      if (name === 'title') inTitle = true;
      if (HEADING_TAGS.has(name)) { headingDepth++; heading = ''; }
      if (name === 'meta') {
        const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
        const rank = DATE_META_KEYS.indexOf(key);
        if (rank >= 0 && attrs.content && rank < metaRank) { meta = attrs.content; metaRank = rank; }
        if (!modifiedMeta && MODIFIED_META_KEYS.includes(key) && attrs.content) modifiedMeta = attrs.content;
        if (!description && DESCRIPTION_META_KEYS.includes(key) && attrs.content) description = attrs.content;
      }
      if (name === 'link' && !canonical && /\bcanonical\b/i.test(attrs.rel ?? '') && /^https?:\/\//i.test(attrs.href ?? '')) canonical = attrs.href;
      if (name === 'time' && !publishTime && attrs.datetime && isPublishTime((a) => attrs[a])) publishTime = attrs.datetime;
      if (BLOCK_TAGS.has(name)) { flush(); currentTag = name; }
      const entry = {
        tag: name,
        furniture: isFurniture(name, (a) => attrs[a]),
        link: name === 'a' && attrs.href != null,
        dateline: (name === 'time' || isDatelineClass(attrs.class)) && datelines.length < MAX_DATELINES && !stack.some((e) => e.tag === NOT_DATELINE_SELECTOR),
      };
      stack.push(entry);
      if (entry.furniture) furnitureDepth++;
      if (entry.link) linkDepth++;
      if (entry.dateline) { if (datelineDepth === 0) dateline = ''; datelineDepth++; }
    },
    ontext(text) {
      if (jsonLd !== null) { jsonLd += text; return; }
      if (skipDepth > 0) return;
      if (inTitle) { title += text; return; }
      current += text;
      if (linkDepth > 0) linkText += text.trim().length;
      if (headingDepth > 0) heading += text;
      if (datelineDepth > 0 && dateline.length < 200) dateline += text;
    },
    onclosetag(name) {
      if (jsonLd !== null && name === 'script') { jsonLds.push(jsonLd); jsonLd = null; skipDepth--; return; }
      if (skipDepth > 0) { skipDepth--; return; }
      if (name === 'title') inTitle = false;
      if (HEADING_TAGS.has(name)) {
        headingDepth = Math.max(0, headingDepth - 1);
        const h = heading.replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING_LENGTH);
        if (h && headings.length < MAX_HEADINGS) headings.push(h);
        if (h && name === 'h1' && !headline && furnitureDepth === 0) headline = h;
      }
      if (BLOCK_TAGS.has(name)) flush();
      // close up to the matching element (htmlparser2 closes unclosed ones for us, one by one)
      const at = stack.map((e) => e.tag).lastIndexOf(name);
      if (at >= 0) {
        for (const e of stack.splice(at)) {
          if (e.furniture) furnitureDepth--;
          if (e.link) linkDepth--;
          if (e.dateline && --datelineDepth === 0) datelines.push(dateline.replace(/\s+/g, ' ').trim());
        }
      }
    },
  }, { decodeEntities: true, lowerCaseTags: true });
  parser.write(html);
  parser.end();
  flush();
  // JSON-LD read as the content script reads it: its date fields only (a CDATA wrapper or a stray comma cannot hide them)
  const jsonLdFields = jsonLds.slice(0, 10).map(jsonLdDateFields).filter((f): f is string => f !== null);
  const date = pickPublishDate({ jsonLd: jsonLdFields, meta, publishTime, url: canonical ?? url, datelines, modifiedMeta });
  return {
    title: title.replace(/\s+/g, ' ').trim(),
    publishedAt: date?.date ?? null,
    dateSource: date?.from ?? null,
    description,
    headline,
    lede,
    headings,
    blocks,
    furniture,
    canonical,
  };
}

/** Plain text: one block per paragraph (a line break ends a block); the first line is the title. */
export function textToPageText(text: string, url = ''): PageText {
  const blocks = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const lede = blocks.filter((b) => b.length >= LEDE_MIN_LENGTH).slice(0, LEDE_PARAGRAPHS).map((b) => b.slice(0, LEDE_MAX_LENGTH));
  const date = pickPublishDate({ jsonLd: [], meta: null, publishTime: null, url, datelines: blocks.slice(0, 5), modifiedMeta: null });
  return {
    title: blocks[0]?.slice(0, 200) ?? '', publishedAt: date?.date ?? null, dateSource: date?.from ?? null, description: null,
    headline: null, lede, headings: [], blocks, furniture: blocks.map(() => false), canonical: null,
  };
}
