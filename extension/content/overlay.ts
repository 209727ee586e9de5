// One page's overlay: scan, highlight, hover and keyboard, and destroy() to undo it all.
import browser from 'webextension-polyfill';
import { candidateSentences, type Candidate } from '../../src/page/candidates.ts';
import { HIGHLIGHTED, type ScanMessage, type ScanReply, type ErrorReply } from '../shared/messages.ts';
import { CardHost } from './card-host.ts';
import { Highlighter, type Highlighted } from './highlighter.ts';
import { pageMeta } from './page-meta.ts';
import { rangeInBlock, snapshotBlocks, type Block } from './text-snapshot.ts';

const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;

export class Overlay {
  private readonly highlighter = new Highlighter();
  private readonly card = new CardHost(() => this.highlighter.setFocus(null));
  private destroyed = false;
  private frame = 0;
  private openTimer = 0;
  private closeTimer = 0;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private keyboardIndex = -1;

  async start(): Promise<void> {
    const blocks = snapshotBlocks(document.body ?? document.documentElement);
    // Whitespace becomes plain spaces, one for one, so offsets still index the DOM text.
    const candidates = candidateSentences(blocks.map((b) => b.text.replace(/\s/g, ' ')));
    this.listen();
    if (candidates.length === 0) return;
    const message: ScanMessage = {
      type: 'scan',
      request: { page: pageMeta(document), sentences: candidates.map(({ id, text }) => ({ id, text })) },
    };
    const reply = (await browser.runtime.sendMessage(message)) as ScanReply | ErrorReply | undefined;
    if (this.destroyed || !reply) return;
    if (!reply.ok) { console.warn(`Crosscount: could not check this page: ${reply.error}`); return; }
    this.apply(blocks, candidates, reply.result.mentions);
  }

  private apply(blocks: Block[], candidates: Candidate[], mentions: ScanReply['result']['mentions']): void {
    const byId = new Map(candidates.map((c) => [c.id, c]));
    for (const m of mentions) {
      if (!HIGHLIGHTED.has(m.verdict)) continue;
      const c = byId.get(m.sentenceId);
      if (!c) continue;
      const range = rangeInBlock(blocks[c.block], c.start + m.start, c.start + m.end);
      if (range && range.toString() === m.text) this.highlighter.add(range, m);
    }
  }

  private listen(): void {
    document.addEventListener('mousemove', this.onMouseMove, { passive: true, capture: true });
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  private readonly onMouseMove = (e: MouseEvent) => {
    this.lastPointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.lastPointer;
      if (!p || this.destroyed) return;
      if (this.card.contains(p.target)) { clearTimeout(this.closeTimer); return; }
      const hit = this.highlighter.hitTest(p.x, p.y);
      if (hit) {
        clearTimeout(this.closeTimer);
        if (this.card.shown?.range === hit.range) return;
        clearTimeout(this.openTimer);
        this.openTimer = window.setTimeout(() => this.open(hit, false), HOVER_OPEN_MS);
      } else {
        clearTimeout(this.openTimer);
        if (this.card.shown && !this.closeTimer) {
          this.closeTimer = window.setTimeout(() => { this.closeTimer = 0; this.card.hide(); }, HOVER_CLOSE_MS);
        }
      }
    });
  };

  private readonly onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && this.card.shown) { e.stopPropagation(); this.card.hide(true); return; }
    // Alt+Shift+N / Alt+Shift+P: next / previous highlighted figure, with its card.
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      const items = this.ordered();
      if (items.length === 0) return;
      e.preventDefault();
      const step = e.code === 'KeyN' ? 1 : -1;
      this.keyboardIndex = (this.keyboardIndex + step + items.length) % items.length;
      const item = items[this.keyboardIndex];
      const el = item.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
      this.open(item, true);
    }
  };

  /** Caret browsing or a keyboard selection that lands in a figure opens its card. */
  private readonly onSelectionChange = () => {
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return;
    const { startContainer, startOffset } = sel.getRangeAt(0);
    const item = this.highlighter.all().find((h) => {
      try { return h.range.isPointInRange(startContainer, startOffset); } catch { return false; }
    });
    if (item && this.card.shown?.range !== item.range) this.open(item, false);
  };

  private ordered(): Highlighted[] {
    return [...this.highlighter.all()].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  private open(item: Highlighted, focus: boolean): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
    this.highlighter.setFocus(item);
    this.card.show(item, { focus });
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    cancelAnimationFrame(this.frame);
    document.removeEventListener('mousemove', this.onMouseMove, { capture: true });
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.card.destroy();
    this.highlighter.destroy();
  }
}
