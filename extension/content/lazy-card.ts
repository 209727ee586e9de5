// The card as the overlay sees it, before and after its module has loaded. The module
// (card-ui.js: Preact, the card, the chart, the styles) is imported when the reader first
// points at a highlighted figure (or reaches one by keyboard or from the popup), during the
// hover's open delay: a page no one hovers never evaluates it. Until it is there, there is
// no card to hit, hide or destroy.
import { api } from '../shared/extension-api.ts';
import type { CardHost } from './card-host.ts';
import type { CardAction } from './card.tsx';
import type { Highlighted } from './highlighter.ts';

/** The file the build writes the card's module to; listed in web_accessible_resources. */
const CARD_MODULE = 'card-ui.js';

export class LazyCard {
  private real: CardHost | null = null;
  private loading: Promise<CardHost | null> | null = null;
  /** a card asked for while the module loads: shown when it arrives, unless hidden meanwhile */
  private wanted: { item: Highlighted; focus: boolean } | null = null;
  private destroyed = false;

  constructor(private readonly onClosed: () => void, private readonly onSuggest: (item: Highlighted, action: CardAction) => void) {}

  /** Starts loading the module (the first hover's cue); later calls share the load. */
  preload(): Promise<CardHost | null> {
    this.loading ??= (import(/* @vite-ignore */ api.runtime.getURL(CARD_MODULE)) as Promise<typeof import('./card-ui.ts')>).then(
      (m) => (this.destroyed ? null : (this.real = new m.CardHost(this.onClosed, this.onSuggest))),
      (e: unknown) => {
        console.warn('Crosscount: the card could not be loaded', e);
        this.loading = null;
        return null;
      },
    );
    return this.loading;
  }

  get shown(): Highlighted | null {
    return this.real?.shown ?? null;
  }

  contains(target: EventTarget | null): boolean {
    return this.real?.contains(target) ?? false;
  }

  show(item: Highlighted, { focus = false } = {}): void {
    if (this.real) { this.real.show(item, { focus }); return; }
    this.wanted = { item, focus };
    void this.preload().then((card) => {
      const w = this.wanted;
      this.wanted = null;
      if (card && w) card.show(w.item, { focus: w.focus });
    });
  }

  hide(restoreFocus = false): void {
    this.wanted = null;
    this.real?.hide(restoreFocus);
  }

  destroy(): void {
    this.destroyed = true;
    this.wanted = null;
    this.real?.destroy();
    this.real = null;
  }
}
