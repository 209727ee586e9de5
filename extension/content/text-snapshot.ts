// Reads the page's text the way a reader sees it: text nodes grouped into blocks (a
// paragraph, a list item, a heading), skipping scripts, code, form fields, editable
// regions and Crosscount's own UI. Each block remembers which text node holds which
// offsets, so a figure found in the block's text maps back to a DOM Range.
import { BLOCK_TAGS, SKIPPED_TAGS } from '../../src/page/candidates.ts';

export interface TextPiece {
  node: Text;
  /** offset of the node's first character in the block's text */
  start: number;
}

export interface Block {
  text: string;
  pieces: TextPiece[];
}

export const UI_HOST_ATTRIBUTE = 'data-crosscount-ui';

function isSkipped(el: Element): boolean {
  const tag = el.localName;
  if (SKIPPED_TAGS.has(tag)) return true;
  if (el.hasAttribute(UI_HOST_ATTRIBUTE)) return true;
  if ((el as HTMLElement).isContentEditable) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  return false;
}

export function snapshotBlocks(root: Node): Block[] {
  const blocks: Block[] = [];
  let current: Block = { text: '', pieces: [] };
  const flush = () => {
    if (current.pieces.length && current.text.trim()) blocks.push(current);
    current = { text: '', pieces: [] };
  };
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data.length === 0) return;
      current.pieces.push({ node: node as Text, start: current.text.length });
      current.text += data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (isSkipped(el)) return;
    const block = BLOCK_TAGS.has(el.localName);
    if (block) flush();
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (el.shadowRoot && !el.hasAttribute(UI_HOST_ATTRIBUTE)) {
      flush();
      for (let child = el.shadowRoot.firstChild; child; child = child.nextSibling) walk(child);
      flush();
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** A DOM Range over [start, end) of a block's text. */
export function rangeInBlock(block: Block, start: number, end: number): Range | null {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function locate(block: Block, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  for (let i = 0; i < block.pieces.length; i++) {
    const p = block.pieces[i];
    const len = p.node.data.length;
    const inside = isEnd ? offset > p.start && offset <= p.start + len : offset >= p.start && offset < p.start + len;
    if (inside) return { node: p.node, offset: offset - p.start };
  }
  return null;
}
