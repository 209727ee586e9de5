// Owns every mark Crosscount makes on the page. It uses the CSS Custom Highlight API, so
// the page's DOM is never touched: removing the highlights leaves the page exactly as it was.
import type { MatchedMention } from '../shared/messages.ts';

export interface Highlighted {
  range: Range;
  mention: MatchedMention;
}

const VERDICTS = ['matches', 'conflicts', 'revised', 'misattributed', 'inconsistent', 'untracked'] as const;
const name = (verdict: string) => `crosscount-${verdict}`;

// Decoration differs by verdict as well as colour, so meaning never rests on colour alone.
// Each underline has at least 3:1 contrast on the page's background: the light theme's colours
// on light pages, the dark theme's on dark ones. Untracked figures get no background.
type Theme = { bg: string | null; line: string };
const LOOKS: Record<(typeof VERDICTS)[number], { underline: string; light: Theme; dark: Theme }> = {
  matches: { underline: 'solid 2px', light: { bg: 'rgba(96, 125, 139, 0.2)', line: 'rgb(84, 110, 122)' }, dark: { bg: 'rgba(176, 190, 197, 0.25)', line: 'rgb(176, 190, 197)' } },
  misattributed: { underline: 'dotted 3px', light: { bg: 'rgba(216, 67, 21, 0.2)', line: 'rgb(191, 54, 12)' }, dark: { bg: 'rgba(255, 138, 101, 0.25)', line: 'rgb(255, 138, 101)' } },
  conflicts: { underline: 'wavy 2px', light: { bg: 'rgba(198, 40, 40, 0.22)', line: 'rgb(198, 40, 40)' }, dark: { bg: 'rgba(239, 83, 80, 0.28)', line: 'rgb(239, 108, 106)' } },
  revised: { underline: 'dashed 2px', light: { bg: 'rgba(230, 145, 0, 0.25)', line: 'rgb(180, 95, 0)' }, dark: { bg: 'rgba(255, 183, 77, 0.25)', line: 'rgb(255, 183, 77)' } },
  inconsistent: { underline: 'double 2px', light: { bg: 'rgba(106, 27, 154, 0.22)', line: 'rgb(106, 27, 154)' }, dark: { bg: 'rgba(206, 147, 216, 0.25)', line: 'rgb(206, 147, 216)' } },
  untracked: { underline: 'dotted 1px', light: { bg: null, line: 'rgb(110, 110, 110)' }, dark: { bg: null, line: 'rgb(189, 189, 189)' } },
};
const FOCUS = { light: 'rgba(21, 101, 192, 0.35)', dark: 'rgba(138, 180, 248, 0.4)' };

/** The highlight rules of one theme. */
function styles(theme: 'light' | 'dark'): string {
  const rules = VERDICTS.map((v) => {
    const { underline, [theme]: { bg, line } } = LOOKS[v];
    const [style, width] = underline.split(' ');
    return `::highlight(${name(v)}) { ${bg ? `background-color: ${bg}; ` : ''}text-decoration: underline ${style} ${line} ${width}; }`;
  });
  return [...rules, `::highlight(${name('focus')}) { background-color: ${FOCUS[theme]}; }`].join('\n');
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
  private sheet: CSSStyleSheet | null = null;
  private readonly highlights = new Map<string, Highlight>();
  private focus: Highlight | null = null;

  constructor(private readonly doc: Document = document) {}

  /**
   * Registers the highlights and their styles with the page, on the first figure only: a page
   * with no figure sees no crosscount-* highlight and no extra stylesheet (less to fingerprint).
   */
  private register(): void {
    if (this.sheet || !supportsHighlights()) return;
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(styles(pageIsDark(this.doc) ? 'dark' : 'light'));
    this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.sheet];
    for (const v of VERDICTS) {
      const h = new Highlight();
      this.highlights.set(v, h);
      CSS.highlights.set(name(v), h);
    }
    this.focus = new Highlight();
    this.focus.priority = 1;
    CSS.highlights.set(name('focus'), this.focus);
  }

  /** Takes the registrations back off the page (nothing highlighted any more). */
  private unregister(): void {
    if (!this.sheet) return;
    for (const v of [...VERDICTS, 'focus']) CSS.highlights.delete(name(v));
    this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
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
