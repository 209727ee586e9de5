// A page's text as a scan request: what the content script sends the background, built from
// a saved page. `crosscount scan` and `pack harvest` read pages through it, so both see what
// a reader's extension sees.
import type { ScanRequest } from '../match/scan.ts';
import { candidateSentences, MAX_PARAGRAPH, quoteContext } from './candidates.ts';
import { htmlToPageText, textToPageText, type PageText } from './html.ts';

/** Whether a saved page is HTML (by its file name or its first tag) rather than plain text. */
export function looksLikeHtml(raw: string, name = ''): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype|html|head|body|p|div|article)\b/i.test(raw);
}

export function pageText(raw: string, address: string, isHtml: boolean): PageText {
  return isHtml ? htmlToPageText(raw, address) : textToPageText(raw, address);
}

export function scanRequest(page: PageText, address: string): ScanRequest {
  const sentences = candidateSentences(page.blocks).map((c) => {
    return { id: c.id, text: c.text, block: c.block, ...(page.furniture[c.block] ? { furniture: true } : {}), ...quoteContext(page.blocks[c.block], c) };
  });
  const blocks = [...new Set(sentences.map((s) => s.block))].map((id) => ({ id, text: page.blocks[id].slice(0, MAX_PARAGRAPH) }));
  return {
    page: {
      title: page.title, url: address, ...(page.canonical ? { canonical: page.canonical } : {}), publishedAt: page.publishedAt, headings: page.headings,
      description: page.description ?? undefined, headline: page.headline ?? undefined, lede: page.lede,
    },
    sentences,
    blocks,
  };
}
