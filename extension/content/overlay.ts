// One page's overlay: scan, highlight, hover and keyboard, keep up with a changing page,
// and destroy() to undo it all.
//
// Dynamic pages: one MutationObserver collects changed text; once per idle period the
// blocks it touched are read again (and only those), their old highlights dropped, their
// sentences sent. Past a huge batch the page is rescanned once. A changed URL without a
// reload (history.pushState) starts the page over.
import { api as browser } from '../shared/extension-api.ts';
import { hasCasualtyWord } from '../../src/extract/casualty-word.ts';
import { blockOfSentence, type PageBlock, type SentenceSpan } from '../../src/page/page-blocks.ts';
import { fromWire, type ScanMessage, type ScanReply, type SiteOffReply, type ErrorReply, type MatchedMention, type NewCorrectionMessage, type OverlayStatus, type ProposeTrackingMessage } from '../shared/messages.ts';
import type { ProposalPage, ProposedFigure } from '../../src/harvest/propose.ts';
import { LazyCard } from './lazy-card.ts';
import { Highlighter, type Highlighted } from './highlighter.ts';
import { pageMeta, type PageMeta } from './page-meta.ts';
import { idle, measured, Slicer } from './slicing.ts';
import { blockAnchor, blockElementOf, furnitureTest, isFurnitureBlock, isInsideSkipped, rangeInBlock, snapshotBlocks, UI_HOST_ATTRIBUTE, type Block, type FurnitureTest } from './text-snapshot.ts';

const HOVER_OPEN_MS = 120;
/** A selection change this soon after a key the reader pressed is caret browsing. */
const CARET_AFTER_KEY_MS = 1000;
const HOVER_CLOSE_MS = 300;
/** More changed blocks than this in one batch: read the whole page again instead. */
const RESCAN_PAST_BLOCKS = 400;
/**
 * Blocks per message to the background: a small first batch so the top of the article is
 * highlighted soon, then large ones (each message costs a JSON round trip).
 */
const FIRST_BATCH = 40;
const BATCH_BLOCKS = 400;

interface SentenceRef { block: Block; start: number; text: string }

export class Overlay {
  private readonly highlighter = new Highlighter();
  private readonly card = new LazyCard(() => this.highlighter.setFocus(null), (item, action) => (action === 'propose' ? this.propose(item.mention) : this.suggest(item)));
  private destroyed = false;
  private frame = 0;
  private openTimer = 0;
  private closeTimer = 0;
  private lastPointer: { x: number; y: number; target: EventTarget | null } | null = null;
  private keyboardIndex = -1;
  /** when the reader last pressed a key (trusted): caret browsing opens cards only right after one */
  private lastKeyAt = -Infinity;
  private nextBlockId = 0;
  /** the blocks sent, by id: a figure's sentence id names its block (src/page/page-blocks.ts) */
  private readonly blocks = new Map<number, Block>();
  /** the sentences that hold a figure, as the background placed them in their blocks */
  private readonly sentences = new Map<number, SentenceRef>();
  private observer: MutationObserver | null = null;
  private readonly changed = new Set<Node>();
  private flushScheduled = false;
  private url = location.href;
  private page: PageMeta | null = null;
  /** work is serialised: a rescan never overlaps another */
  private queue: Promise<void> = Promise.resolve();

  private scanned = false;
  /** candidate sentences the background found in the blocks sent */
  private sentencesRead = 0;

  /**
   * `evenIfOff`: the reader's own toggle, on a site they turned off. `onShown` hears, with
   * each reply, what the settings show on this page ("off": the overlay has nothing to do).
   */
  constructor(private readonly options: { evenIfOff?: boolean; onShown?: (shown: string) => void } = {}) {}

  start(): Promise<void> {
    this.listen();
    this.observe();
    return this.enqueue(async () => {
      await this.scanRoot(document.body ?? document.documentElement, true);
      this.scanned = true;
    });
  }

  /** Whether the page has been read, and what was found: for the popup and the tests. */
  status(): OverlayStatus {
    return { enabled: true, scanned: this.scanned, sentences: this.sentencesRead, highlights: this.highlighter.all().length };
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(() => (this.destroyed ? undefined : job())).catch((e) => console.warn('Crosscount:', e));
    return this.queue;
  }

  /** Reads `root`, sends its candidate sentences and highlights what comes back. */
  private async scanRoot(root: Node, reset: boolean, forget: number[] = []): Promise<void> {
    const slicer = new Slicer();
    const blocks = await snapshotBlocks(root, slicer.shouldYield, slicer.pause);
    await this.scanBlocks(blocks, slicer, reset, forget);
  }

  private async scanBlocks(blocks: Block[], slicer: Slicer, reset: boolean, forget: number[]): Promise<void> {
    const batch: PageBlock[] = [];
    let first = true;
    let page: PageMeta | null = null;
    const inFurniture = furnitureTest();
    const send = async () => {
      // A page with no block to read sends nothing and reads no page facts; a reset goes only
      // where this page sent blocks before (a single-page navigation clears its report): with
      // nothing in the batch, every block id given out so far was sent
      if (this.destroyed || (batch.length === 0 && !(first && ((reset && this.nextBlockId > 0) || forget.length)))) return;
      page ??= this.pageFacts(inFurniture);
      const message: ScanMessage = {
        type: 'scan',
        request: { page, blocks: batch.splice(0) },
        ...(first ? { reset, forget } : {}),
        ...(this.options.evenIfOff ? { evenIfOff: true } : {}),
      };
      first = false;
      // the slice ends after sendMessage returns: encoding the message is our cost too
      const replied = browser.runtime.sendMessage(message) as Promise<ScanReply | SiteOffReply | ErrorReply | undefined>;
      slicer.end();
      const reply = await replied;
      slicer.restart();
      if (this.destroyed || !reply) return;
      if (!reply.ok) { console.warn(`Crosscount: could not check this page: ${reply.error}`); return; }
      this.options.onShown?.(reply.shown);
      if ('off' in reply) return;
      this.place(reply.spans);
      this.sentencesRead += reply.read;
      this.apply(fromWire(reply.result, (id) => this.sentences.get(id)?.text ?? '').mentions);
      slicer.end();
      slicer.restart();
    };
    for (let i = 0; i < blocks.length; i++) {
      // the clock is asked every 8 blocks: reading it costs more than a short block's search
      if ((i & 7) === 7 && slicer.shouldYield()) await slicer.pause();
      const block = blocks[i];
      // only blocks with a casualty word go; the background cuts them into sentences
      if (!hasCasualtyWord(block.text)) continue;
      const id = this.nextBlockId++;
      this.blocks.set(id, block);
      batch.push({ id, text: block.text, ...(isFurnitureBlock(block, inFurniture) ? { furniture: true } : {}) });
      if (batch.length >= (first ? FIRST_BATCH : BATCH_BLOCKS)) await send();
    }
    await send();
    slicer.end();
  }

  /** Records where the background found each figure's sentence. */
  private place(spans: SentenceSpan[]): void {
    for (const [id, start, length] of spans) {
      const block = this.blocks.get(blockOfSentence(id));
      if (block) this.sentences.set(id, { block, start, text: block.text.slice(start, start + length) });
    }
  }

  private apply(mentions: MatchedMention[]): void {
    // the reply holds only the verdicts this page highlights (sent with the request)
    for (const m of mentions) {
      const ref = this.sentences.get(m.sentenceId);
      if (!ref) continue;
      const range = rangeInBlock(ref.block, ref.start + m.start, ref.start + m.end);
      if (range && range.toString() === m.text) this.highlighter.add(range, m);
    }
  }

  // ---- dynamic pages ----

  private observe(): void {
    this.observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') this.changed.add(r.target);
        else if (isOwnUi(r)) continue; // our card's host coming or going is no change of the page
        else {
          for (const n of r.addedNodes) this.changed.add(n);
          if (r.removedNodes.length) this.changed.add(r.target);
        }
      }
      this.scheduleFlush();
    });
    this.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    window.addEventListener('popstate', this.onNavigate);
  }

  private readonly onNavigate = () => this.scheduleFlush();

  private scheduleFlush(): void {
    if (this.flushScheduled || this.destroyed) return;
    this.flushScheduled = true;
    void idle(200).then(() => {
      this.flushScheduled = false;
      void this.enqueue(() => this.flush());
    });
  }

  private async flush(): Promise<void> {
    if (location.href !== this.url) {
      // a single-page navigation: the article was replaced, start over
      this.url = location.href;
      this.changed.clear();
      this.reset();
      await this.scanRoot(document.body, true);
      return;
    }
    const owners = measured(() => this.changedBlocks());
    if (owners === 'rescan') {
      this.reset();
      await this.scanRoot(document.body, true);
      return;
    }
    if (owners.length === 0) return;
    const forget = measured(() => this.forgetWithin(owners));
    const slicer = new Slicer();
    const blocks: Block[] = [];
    for (const el of owners) blocks.push(...(await snapshotBlocks(el, slicer.shouldYield, slicer.pause)));
    await this.scanBlocks(blocks, slicer, false, forget);
  }

  /** The outermost block elements holding changed text, or 'rescan' past a huge batch. */
  private changedBlocks(): Element[] | 'rescan' {
    const owners = new Set<Element>();
    for (const node of this.changed) {
      // our own card, code, form fields, editable regions: not article text
      if (!node.isConnected || isInsideSkipped(node)) continue;
      const owner = node.nodeType === Node.ELEMENT_NODE && (node as Element).localName !== 'body' ? (node as Element) : blockElementOf(node);
      if (owner) owners.add(owner);
      if (owners.size > RESCAN_PAST_BLOCKS) { this.changed.clear(); return 'rescan'; }
    }
    this.changed.clear();
    // keep only the outermost: a block inside another changed block is read with it
    return [...owners].filter((el) => !hasAncestorIn(el.parentNode, owners));
  }

  /** Drops the highlights and sentences of blocks about to be read again. */
  private forgetWithin(owners: Element[]): number[] {
    // one walk up from each node, not a contains() per owner: a big batch stays linear
    const set = new Set<Node>(owners);
    this.highlighter.removeWhere((h) => hasAncestorIn(h.range.startContainer, set));
    this.highlighter.prune();
    const gone = new Set<Block>();
    for (const [id, block] of this.blocks) {
      const node = blockAnchor(block);
      if (!node || !node.isConnected || hasAncestorIn(node, set)) { this.blocks.delete(id); gone.add(block); }
    }
    // the report holds figures only, so the sentences that held one are all it must forget
    const forgotten: number[] = [];
    for (const [id, ref] of this.sentences) if (gone.has(ref.block)) { this.sentences.delete(id); forgotten.push(id); }
    return forgotten;
  }

  /**
   * The page's facts, read once per page rather than per mutation batch: an endless page flushes
   * often and its head does not change. A page still without headline or lede (a shell whose
   * article has not arrived yet) is read again on the next batch.
   */
  private pageFacts(inFurniture?: FurnitureTest): PageMeta {
    if (!this.page || (!this.page.headline && this.page.lede.length === 0)) this.page = pageMeta(document, inFurniture);
    return this.page;
  }

  private reset(): void {
    this.page = null;
    this.card.hide();
    this.highlighter.clear();
    this.blocks.clear();
    this.sentences.clear();
    this.keyboardIndex = -1;
  }

  // ---- reading: hover and keyboard ----

  private listen(): void {
    document.addEventListener('mousemove', this.onMouseMove, { passive: true, capture: true });
    document.addEventListener('keydown', this.onKeyDown, true);
    document.addEventListener('selectionchange', this.onSelectionChange);
  }

  private readonly onMouseMove = (e: MouseEvent) => {
    // only what the reader does: a page's synthetic events never open a card
    if (!e.isTrusted) return;
    this.lastPointer = { x: e.clientX, y: e.clientY, target: e.target };
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const p = this.lastPointer;
      if (!p || this.destroyed) return;
      if (this.card.contains(p.target)) { clearTimeout(this.closeTimer); this.closeTimer = 0; return; }
      const hit = this.highlighter.hitTest(p.x, p.y);
      if (hit) {
        clearTimeout(this.closeTimer);
        this.closeTimer = 0;
        if (this.card.shown?.range === hit.range) return;
        // the reader is over a figure: the card's module (not loaded on pages no one hovers) loads during the open delay
        void this.card.preload();
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
    if (!e.isTrusted) return;
    this.lastKeyAt = performance.now();
    if (e.key === 'Escape' && this.card.shown) { e.stopPropagation(); this.card.hide(true); return; }
    // typing in a field or an editor: its keys are the reader's, not shortcuts
    if (isEditable(e.target)) return;
    // Alt+Shift+N / Alt+Shift+P: next / previous highlighted figure, with its card.
    if (e.altKey && e.shiftKey && (e.code === 'KeyN' || e.code === 'KeyP')) {
      const items = this.ordered();
      if (items.length === 0) return;
      e.preventDefault();
      const step = e.code === 'KeyN' ? 1 : -1;
      this.goTo(items, (this.keyboardIndex + step + items.length) % items.length);
    }
  };

  /** Caret browsing or a keyboard selection that lands in a figure opens its card. */
  private readonly onSelectionChange = () => {
    // a selection the page's script made is no reader's caret: only just after a key the reader pressed
    if (performance.now() - this.lastKeyAt > CARET_AFTER_KEY_MS) return;
    const sel = document.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return;
    const { startContainer, startOffset } = sel.getRangeAt(0);
    const item = this.highlighter.all().find((h) => {
      try { return h.range.isPointInRange(startContainer, startOffset); } catch { return false; }
    });
    if (item && this.card.shown?.range !== item.range) this.open(item, false);
  };

  /** Scrolls to a figure the popup names and opens its card, focused. False when it is not highlighted. */
  focusFigure(sentenceId: number, start: number): boolean {
    const item = this.highlighter.all().find((h) => h.mention.sentenceId === sentenceId && h.mention.start === start);
    if (!item) return false;
    const items = this.ordered();
    this.goTo(items, items.indexOf(item));
    return true;
  }

  /** Brings the index-th figure in page order into view with its card focused; N/P go on from it. */
  private goTo(items: Highlighted[], index: number): void {
    this.keyboardIndex = index;
    const item = items[index];
    item.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.open(item, true);
  }

  private ordered(): Highlighted[] {
    return [...this.highlighter.all()].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  }

  private open(item: Highlighted, focus: boolean): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = 0;
    this.highlighter.setFocus(item);
    this.card.show(item, { focus });
  }

  /** Opens the correction form on the figure; the background stores it once the reader changes something. */
  private suggest(item: Highlighted): void {
    const message: NewCorrectionMessage = { type: 'new-correction', mention: item.mention, page: { url: location.href, title: document.title } };
    void browser.runtime.sendMessage(message);
  }

  /**
   * Opens the form on a figure proposed for tracking: the card's button, or the popup's (which
   * knows the figure but not its sentence). The page is cited by its canonical address.
   */
  propose(figure: Omit<ProposedFigure, 'sentence'> & { sentenceId: number }): boolean {
    const sentence = this.sentences.get(figure.sentenceId)?.text;
    if (!sentence || sentence.slice(figure.start, figure.end) !== figure.text) return false;
    const facts = this.pageFacts();
    const page: ProposalPage = {
      url: facts.canonical ?? location.href, title: facts.title, date: null, dates: facts.dates, headline: facts.headline, lede: facts.lede,
    };
    const { text, start, end, low, high, approx, category, source, sourceName } = figure;
    const message: ProposeTrackingMessage = { type: 'propose-tracking', figure: { text, start, end, sentence, low, high, approx, category, source, sourceName }, page };
    void browser.runtime.sendMessage(message);
    return true;
  }

  destroy(): void {
    this.destroyed = true;
    this.observer?.disconnect();
    window.removeEventListener('popstate', this.onNavigate);
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    cancelAnimationFrame(this.frame);
    document.removeEventListener('mousemove', this.onMouseMove, { capture: true });
    document.removeEventListener('keydown', this.onKeyDown, true);
    document.removeEventListener('selectionchange', this.onSelectionChange);
    this.card.destroy();
    this.highlighter.destroy();
    this.blocks.clear();
    this.sentences.clear();
  }
}

/** A mutation that only adds or removes Crosscount's own UI (the card's host). */
function isOwnUi(r: MutationRecord): boolean {
  const nodes = [...r.addedNodes, ...r.removedNodes];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === Node.ELEMENT_NODE && (n as Element).hasAttribute(UI_HOST_ATTRIBUTE));
}

/** A form field or an editable region, where keys belong to the reader's typing. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  const tag = target.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color', 'file'].includes((target as HTMLInputElement).type);
  return Boolean(target.closest('[contenteditable=""], [contenteditable="true" i], [contenteditable="plaintext-only" i]'));
}

/** Whether `node` or one of its ancestors is in `set`. */
function hasAncestorIn(node: Node | null, set: ReadonlySet<Node>): boolean {
  for (let n = node; n; n = n.parentNode) if (set.has(n)) return true;
  return false;
}
