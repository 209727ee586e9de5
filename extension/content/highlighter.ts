// Owns every mark Crosscount makes on the page. It uses the CSS Custom Highlight API, so
// the page's DOM is never touched: removing the highlights leaves the page exactly as it was.
import type { MatchedMention } from '../shared/messages.ts';
import { highlightName, VERDICTS, type Theme } from './highlight-looks.ts';

export interface Highlighted {
  range: Range;
  mention: MatchedMention;
}

/** Whether the page is dark where its text is: the body's background, else the root's (unset means white). */
function pageIsDark(doc: Document): boolean {
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const m = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?/.exec(getComputedStyle(el).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => Number(v) / 255);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.4;
  }
  return false;
}

export class Highlighter {
  private items: Highlighted[] = [];
  /** the page's theme, once the highlights are registered (their styles come with the manifest: highlights.css) */
  private theme: Theme | null = null;
  private readonly highlights = new Map<string, Highlight>();
  private focus: Highlight | null = null;

  constructor(private readonly doc: Document = document) {}

  /**
   * Registers the highlights with the page, on the first figure only: a page with no figure sees
   * no crosscount-* highlight.
   */
  private register(): void {
    if (this.theme || !supportsHighlights()) return;
    const theme = (this.theme = pageIsDark(this.doc) ? 'dark' : 'light');
    for (const v of VERDICTS) {
      const h = new Highlight();
      this.highlights.set(v, h);
      CSS.highlights.set(highlightName(v, theme), h);
    }
    this.focus = new Highlight();
    this.focus.priority = 1;
    CSS.highlights.set(highlightName('focus', theme), this.focus);
  }

  /** Takes the registrations back off the page (nothing highlighted any more). */
  private unregister(): void {
    if (!this.theme) return;
    for (const v of [...VERDICTS, 'focus']) CSS.highlights.delete(highlightName(v, this.theme));
    this.theme = null;
    this.highlights.clear();
    this.focus = null;
  }

  add(range: Range, mention: MatchedMention): void {
    this.register();
    this.items.push({ range, mention });
    this.highlights.get(mention.verdict)?.add(range);
  }

  all(): readonly Highlighted[] {
    return this.items;
  }

  setFocus(item: Highlighted | null): void {
    this.focus?.clear();
    if (item) this.focus?.add(item.range);
  }

  /** The highlight under a point: caret offset inside the range AND the point inside one of its boxes. */
  hitTest(x: number, y: number): Highlighted | null {
    const caret = caretAt(this.doc, x, y);
    for (const item of this.items) {
      if (caret && !safeInRange(item.range, caret.node, caret.offset)) continue;
      for (const r of item.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return item;
      }
    }
    return null;
  }

  removeWhere(predicate: (item: Highlighted) => boolean): void {
    this.items = this.items.filter((item) => {
      if (!predicate(item)) return true;
      this.highlights.get(item.mention.verdict)?.delete(item.range);
      return false;
    });
  }

  /** Drops ranges whose text has changed or left the document. */
  prune(): void {
    const keep: Highlighted[] = [];
    for (const item of this.items) {
      const alive = item.range.startContainer.isConnected && item.range.toString() === item.mention.text;
      if (alive) keep.push(item);
      else this.highlights.get(item.mention.verdict)?.delete(item.range);
    }
    this.items = keep;
  }

  clear(): void {
    for (const h of this.highlights.values()) h.clear();
    this.focus?.clear();
    this.items = [];
  }

  destroy(): void {
    this.clear();
    this.unregister();
  }
}

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function safeInRange(range: Range, node: Node, offset: number): boolean {
  try { return range.isPointInRange(node, offset); } catch { return false; }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (d.caretRangeFromPoint) {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
