// The card's place on the page: one host element with a closed shadow root, so page CSS
// cannot reach the card, the card's CSS cannot reach the page, and page scripts cannot read
// the card or reach its buttons (host.shadowRoot is null to them). Created on first use and
// removed by destroy(), leaving the page as it was.
import { h, render } from 'preact';
import { Card, type CardAction } from './card.tsx';
import { CARD_CSS } from './card-css.ts';
import type { Highlighted } from './highlighter.ts';
import { UI_HOST_ATTRIBUTE } from './text-snapshot.ts';

/** Viewports this narrow (a phone) get the card as a sheet along the bottom edge. */
const SHEET_BELOW = 480;

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private current: Highlighted | null = null;
  private returnFocus: Element | null = null;
  private side: 'below' | 'above' | null = null;
  private readonly reposition = () => this.place();

  constructor(private readonly onClosed: () => void, private readonly onSuggest: (item: Highlighted, action: CardAction) => void) {}

  get shown(): Highlighted | null {
    return this.current;
  }

  /** True when the point is over the card itself (hovering the card keeps it open). */
  contains(target: EventTarget | null): boolean {
    return Boolean(this.host && target instanceof Node && (target === this.host || this.host.contains(target)));
  }

  show(item: Highlighted, { focus = false } = {}): void {
    if (!this.host) this.create();
    if (focus) this.returnFocus = document.activeElement;
    if (this.current?.range !== item.range) this.side = null;
    this.current = item;
    render(h(Card, {
      // a new figure is a new card: its details start closed
      key: `${item.mention.sentenceId}:${item.mention.start}`,
      mention: item.mention, onClose: () => this.hide(true), onSuggest: (action: CardAction) => this.onSuggest(item, action),
      // opened or closed details: choose the side again for the new height
      onResize: () => { this.side = null; this.place(); },
    }), this.root!);
    this.host!.style.setProperty('display', 'block', 'important');
    this.place();
    if (focus) (this.root!.querySelector('.card') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  hide(restoreFocus = false): void {
    if (!this.current) return;
    this.current = null;
    // the host leaves the page with the card: a page with no open card holds nothing of ours
    this.removeHost();
    if (restoreFocus && this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
    this.onClosed();
  }

  destroy(): void {
    this.current = null;
    this.removeHost();
  }

  private removeHost(): void {
    window.removeEventListener('scroll', this.reposition, true);
    window.removeEventListener('resize', this.reposition);
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = null;
    this.root = null;
  }

  private create(): void {
    const host = document.createElement('crosscount-card');
    host.setAttribute(UI_HOST_ATTRIBUTE, '');
    // inline !important is the one thing page CSS cannot override (not even "display: none !important")
    host.style.cssText = 'all: initial !important; display: block !important; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; pointer-events: auto !important;';
    this.root = host.attachShadow({ mode: 'closed' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    this.root.adoptedStyleSheets = [sheet];
    document.documentElement.appendChild(host);
    this.host = host;
    window.addEventListener('scroll', this.reposition, { capture: true, passive: true });
    window.addEventListener('resize', this.reposition, { passive: true });
  }

  /** Below the figure if it fits, else above; never over the figure; inside the viewport. */
  private place(): void {
    if (!this.host || !this.current) return;
    const card = this.root!.querySelector('.card') as HTMLElement | null;
    if (!card) return;
    const rects = [...this.current.range.getClientRects()];
    let anchor = rects[0] ?? this.current.range.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    if (vw <= SHEET_BELOW) {
      // a phone: a sheet along the bottom edge, the page scrolled so the sentence stays above it
      card.style.maxHeight = '';
      const height = card.getBoundingClientRect().height;
      const covered = anchor.bottom + 8 - (vh - height);
      if (covered > 0 && !this.side) { window.scrollBy({ top: covered, behavior: 'instant' as ScrollBehavior }); anchor = this.current.range.getBoundingClientRect(); }
      this.side = 'below';
      // a figure the page cannot scroll above the sheet: the sheet goes to the top edge instead
      const top = anchor.bottom + 8 > vh - height ? 0 : vh - height;
      this.host.style.setProperty('transform', `translate(0px, ${Math.round(top)}px)`, 'important');
      return;
    }
    const gap = 6;
    const below = vh - anchor.bottom - gap - 4;
    const above = anchor.top - gap - 4;
    // Side and height are chosen when the card opens and kept while scrolling, so the card
    // moves with its figure instead of jumping: below if it fits, else above, else the
    // roomier side with the card scrolling inside.
    if (!this.side) {
      card.style.maxHeight = '';
      const natural = card.getBoundingClientRect().height;
      this.side = natural <= below ? 'below' : natural <= above ? 'above' : below >= above ? 'below' : 'above';
      const room = Math.max(this.side === 'below' ? below : above, 120);
      if (natural > room) card.style.maxHeight = `${room}px`;
    }
    const { width, height } = card.getBoundingClientRect();
    const top = this.side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
    const left = Math.min(Math.max(4, anchor.left), Math.max(4, vw - width - 4));
    this.host.style.setProperty('transform', `translate(${Math.round(left)}px, ${Math.round(top)}px)`, 'important');
  }
}
