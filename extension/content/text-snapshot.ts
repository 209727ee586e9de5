// Reads the page's text the way a reader sees it: text nodes grouped into blocks (a
// paragraph, a list item, a heading), skipping scripts, code, form fields, editable
// regions and Crosscount's own UI. Each block knows which text node holds which offsets
// (found when first needed, for a block read whole), so a figure found in the block's text
// maps back to a DOM Range.
// The walk is iterative and can stop at a deadline, so a huge page is read in slices
// that never hold the main thread for long.
import { BLOCK_TAGS, SKIPPED_TAGS } from '../../src/page/tags.ts';
import { FURNITURE_SELECTOR, isLinkBlock, SKIPPED_BY_ATTRIBUTES_SELECTOR } from '../../src/page/facts.ts';

export interface TextPiece {
  node: Text;
  /** offset of the node's first character in the block's text */
  start: number;
}

export interface Block {
  text: string;
  /**
   * Which text node holds which offsets. A block element with no element inside is read
   * whole (its textContent, one call) and its pieces are found only if a figure lands in it:
   * reaching each text node from the content script costs more than the text itself.
   */
  pieces: TextPiece[] | null;
  /** the element of a block read whole */
  element?: Element;
}

/** The block's text nodes and where each starts in its text. */
export function piecesOf(block: Block): TextPiece[] {
  if (block.pieces) return block.pieces;
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let child = block.element!.firstChild; child;) {
    const next = child.nextSibling;
    if (child.nodeType === TEXT) {
      pieces.push({ node: child as Text, start });
      if (next) start += (child as Text).data.length; // the last one's length is never needed
    }
    child = next;
  }
  block.pieces = pieces;
  return pieces;
}

/** A node of the block, to tell whether the block is still in the page and where. */
export function blockAnchor(block: Block): Node | null {
  return block.element ?? block.pieces?.[0]?.node ?? null;
}

export const UI_HOST_ATTRIBUTE = 'data-crosscount-ui';

/**
 * The elements skipped for their attributes (editable regions, aria-hidden, our own UI), as the
 * selector facts.ts gives for isSkippedByAttributes: attributes only, since reading
 * isContentEditable would make the browser compute styles.
 */
const SKIPPED_ATTRIBUTES = `[${UI_HOST_ATTRIBUTE}],${SKIPPED_BY_ATTRIBUTES_SELECTOR}`;
/** Everything skipped, by tag or attribute: one native closest() asks it of all the ancestors. */
const SKIPPED_CLOSEST = `${[...SKIPPED_TAGS].join(',')},${SKIPPED_ATTRIBUTES}`;

const TEXT = 3;
const ELEMENT = 1;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** The elements attachShadow accepts (besides custom elements, whose names hold a hyphen). */
const CAN_HOST_SHADOW = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);

/** True when the node lies inside something a reader does not read as article text. */
export function isInsideSkipped(node: Node): boolean {
  const el = node.nodeType === ELEMENT ? (node as Element) : node.parentElement;
  return el?.closest(SKIPPED_CLOSEST) != null;
}

/** The element whose text forms the block a node belongs to. */
export function blockElementOf(node: Node): Element | null {
  for (let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.localName)) return el;
  }
  return node.ownerDocument?.body ?? null;
}

/** Whether an element is inside page furniture (itself or an ancestor matches FURNITURE_SELECTOR). */
export type FurnitureTest = (el: Element | null) => boolean;

/**
 * A furniture test for one reading of the page: each element is matched once, however many
 * blocks and paragraphs below it are asked about. A closest() per block matched the long
 * selector against every ancestor again, which cost a news page about a millisecond.
 */
export function furnitureTest(): FurnitureTest {
  const memo = new Map<Element, boolean>();
  const test: FurnitureTest = (el) => {
    if (!el) return false;
    let known = memo.get(el);
    if (known === undefined) {
      known = el.matches(FURNITURE_SELECTOR) || test(el.parentElement);
      memo.set(el, known);
    }
    return known;
  };
  return test;
}

/**
 * Whether a block is page furniture: inside navigation, a sidebar, a related-stories box,
 * or a link and little else. Asked only of blocks that hold a casualty word, rather than a
 * look at every element the walk passes.
 */
export function isFurnitureBlock(block: Block, inFurniture: FurnitureTest = furnitureTest()): boolean {
  const node = blockAnchor(block);
  const el = node && (node.nodeType === ELEMENT ? (node as Element) : node.parentElement);
  if (!el) return false;
  if (inFurniture(el)) return true;
  if (el.closest('a[href]')) return true;
  // a block read whole has no element inside, so no link inside
  if (!block.pieces) return false;
  let linkText = 0;
  for (const p of block.pieces) if (p.node.parentElement?.closest('a[href]')) linkText += p.node.data.trim().length;
  return linkText > 0 && isLinkBlock(block.text.trim().length, linkText);
}

/** A block boundary on the walk's stack: reached after the element's children. */
const EXIT = null;

/**
 * Walks `root` and returns its blocks. `shouldYield` is asked between nodes; when it says
 * yes the walk waits for `pause()` and goes on where it stopped.
 */
export async function snapshotBlocks(root: Node, shouldYield: () => boolean = () => false, pause: () => Promise<void> = async () => {}): Promise<Block[]> {
  const blocks: Block[] = [];
  let current = { text: '', pieces: [] as TextPiece[] };
  const flush = () => {
    if (current.pieces.length && current.text.trim()) blocks.push(current);
    current = { text: '', pieces: [] };
  };
  const stack: (Node | typeof EXIT)[] = [root];
  // the few elements skipped for their attributes, found by one native query rather than by
  // reading three attributes of every element from the content script's world
  const skipped = new Set<Node>();
  const findSkipped = (under: Node) => {
    if (!('querySelectorAll' in under)) return;
    for (const el of (under as ParentNode).querySelectorAll(SKIPPED_ATTRIBUTES)) skipped.add(el);
    if (under.nodeType === ELEMENT && (under as Element).matches(SKIPPED_ATTRIBUTES)) skipped.add(under);
  };
  findSkipped(root);
  let steps = 0;
  // Every DOM property read crosses from the content script's world into the page's and
  // costs: each node's type, name and children are read once.
  while (stack.length) {
    // asking the clock is not free: every 64 nodes is often enough for an 8 ms budget
    if ((++steps & 63) === 0 && shouldYield()) await pause();
    const node = stack.pop()!;
    if (node === EXIT) { flush(); continue; }
    const type = node.nodeType;
    if (type === TEXT) {
      const data = (node as Text).data;
      if (data.length) {
        current.pieces.push({ node: node as Text, start: current.text.length });
        current.text += data;
      }
      continue;
    }
    if (type === ELEMENT) {
      const el = node as Element;
      const tag = el.localName;
      if (SKIPPED_TAGS.has(tag) || skipped.has(el)) continue;
      // an open shadow root is read as its own blocks, after the element's light children
      const shadow = CAN_HOST_SHADOW.has(tag) || tag.includes('-') ? el.shadowRoot : null;
      if (BLOCK_TAGS.has(tag)) {
        flush();
        if (!shadow && el.childElementCount === 0) {
          const text = el.textContent!;
          if (text.trim()) blocks.push({ text, pieces: null, element: el });
          continue;
        }
        stack.push(EXIT);
      }
      if (shadow) { findSkipped(shadow); stack.push(EXIT, shadow, EXIT); }
    } else if (type !== FRAGMENT && type !== DOCUMENT) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  flush();
  return blocks;
}

/** A DOM Range over [start, end) of a block's text. */
export function rangeInBlock(block: Block, start: number, end: number): Range | null {
  const from = locate(block, start, false);
  const to = locate(block, end, true);
  if (!from || !to) return null;
  const range = from.node.ownerDocument!.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function locate(block: Block, offset: number, isEnd: boolean): { node: Text; offset: number } | null {
  // binary search: pieces are in order of their start
  const pieces = piecesOf(block);
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    const len = p.node.data.length;
    if (isEnd ? offset <= p.start : offset < p.start) hi = mid - 1;
    else if (isEnd ? offset > p.start + len : offset >= p.start + len) lo = mid + 1;
    else return { node: p.node, offset: offset - p.start };
  }
  return null;
}
