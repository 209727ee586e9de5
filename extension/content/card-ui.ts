// The card's module, loaded by the content script only when the reader first points at a
// highlighted figure (a dynamic import of this extension file): Preact, the card, its chart
// and its styles are never evaluated on pages where no one opens a card.
export { CardHost } from './card-host.ts';
