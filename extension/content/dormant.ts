// A page with no casualty word anywhere costs the page almost nothing: its text is tested
// once with the prefilter's word list, and no extension API is touched (the first use of
// one costs the page about 2 ms), no settings read, no message sent. A page whose words
// arrive later (a single-page app, an endless feed) wakes the content script when they do.
import { countCasualtyWords, hasCasualtyWord } from '../../src/extract/casualty-word.ts';
import { isInsideSkipped } from './text-snapshot.ts';

/** How long mutations settle before what they added is tested. */
const SETTLE_MS = 300;

/**
 * A search for a casualty word a reader can read, text node by text node under `roots`, that
 * can stop after a number of nodes and go on from there: a news page stops at its first such
 * word, where building the whole page's textContent (about 3 ms on a 1 MB page) would read it all
 * only to walk it again. A word inside a script, a style sheet or anything else the reading skips
 * does not count: "document.body" in an inline script woke the whole reading on pages with no
 * casualty word at all (folha, 370 KB: 11 ms from outside, then 2 to 4 ms).
 */
function casualtyWordSearch(roots: Iterable<Node>): (limit?: number) => boolean | null {
  const pending = [...roots];
  let walker: TreeWalker | null = null;
  // a word may run across text nodes ("k<b>illed</b>"): each node is read after the end of the one before
  let tail = '';
  const nextText = (): Node | null => {
    for (;;) {
      const n = walker?.nextNode();
      if (n) return n;
      const root = pending.shift();
      if (!root) return null;
      if (!root.isConnected) continue;
      walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      if (root.nodeType === Node.TEXT_NODE) return root;
    }
  };
  return (limit = Infinity) => {
    for (let read = 0; read < limit; read++) {
      const n = nextText();
      if (!n) return false;
      const text = tail + (n as Text).data;
      // only a hit asks where the node is: one native closest(), for a few nodes of a page
      // (a word in the head, a title's, is no text of the page either)
      if (hasCasualtyWord(text)) {
        if (!isInsideSkipped(n) && !(n as Text).parentElement?.closest('head')) return true;
        tail = '';
        continue;
      }
      tail = text.slice(-WORD_SPAN);
    }
    return null;
  };
}

/** Elements whose text is code or style, never read: their casualty words are counted apart. */
const CODE = 'script,style,noscript';

/**
 * Whether the page's text holds a casualty word outside its scripts and style sheets, from
 * native calls only: the page's textContent, and each script's. Most pages with no casualty
 * word end here (folha from outside: 4.5 ms with a walk to the end, 2.6 ms counted first).
 */
function mayHoldReadableWord(root: Element): boolean {
  const all = countCasualtyWords(root.textContent ?? '');
  if (all === 0) return false;
  let inCode = 0;
  for (const el of root.querySelectorAll(CODE)) inCode += countCasualtyWords(el.textContent ?? '');
  return all > inCode;
}

/**
 * How many text nodes the first part of the walk reads: a news article's headline and first
 * paragraphs. (Walking folha's 2,500 text nodes took 1.5 ms in the page; counting a 1 MB
 * page's text, about 3 ms.)
 */
const EARLY_TEXT_NODES = 400;

/** Longer than any casualty word the prefilter knows ("unaccounted", "struck by"). */
const WORD_SPAN = 16;

/** Calls `wake` at once when the page holds a casualty word, else once one appears. */
export function wakeOnCasualtyWord(wake: () => void): void {
  // A news page names its casualty word early (a headline, a first paragraph): a short walk finds
  // it. Past that, the page's text is counted with native calls first, and walked to the end only
  // if a word lies outside its scripts (a word in a hidden box or a button does not wake it either).
  // The walk starts at the document, not its body, and the observer watches the document: the first
  // element this script touches costs the page the building of every element's bindings in the
  // script's world (1.1 ms of 1.6 ms for walking a page of 200 paragraphs and observing it, in
  // Chromium 150 here), which a page with no casualty word never needs.
  const search = casualtyWordSearch([document]);
  const early = search(EARLY_TEXT_NODES);
  // the rest of the walk goes on where the first part stopped
  if (early || (early === null && mayHoldReadableWord(document.body ?? document.documentElement) && search())) { wake(); return; }
  // only what changed is read again: a busy app's mutations cost what they add, not the whole page
  const changed = new Set<Node>();
  let timer = 0;
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') changed.add(r.target);
      else for (const n of r.addedNodes) changed.add(n);
    }
    if (timer || changed.size === 0) return;
    timer = window.setTimeout(() => {
      timer = 0;
      const nodes = [...changed];
      changed.clear();
      // read together: a word may arrive in pieces ("k", then "illed")
      if (!casualtyWordSearch(nodes)()) return;
      observer.disconnect();
      wake();
    }, SETTLE_MS);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}
