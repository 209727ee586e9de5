// A page with no casualty word anywhere costs the page almost nothing: its text is tested
// once with the prefilter's word list, and no extension API is touched (the first use of
// one costs the page about 2 ms), no settings read, no message sent. A page whose words
// arrive later (a single-page app, an endless feed) wakes the content script when they do.
import { hasCasualtyWord } from '../../src/extract/casualty-word.ts';

/** How long mutations settle before what they added is tested. */
const SETTLE_MS = 300;

/**
 * Whether the text under `root` holds a casualty word, text node by text node: a news page
 * stops at its first such word, where building the whole page's textContent (about 3 ms on a
 * 1 MB page) would read it all only to walk it again.
 */
function holdsCasualtyWord(root: Node): boolean {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  // a word may run across text nodes ("k<b>illed</b>"): each node is read after the end of the one before
  let tail = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = tail + (n as Text).data;
    if (hasCasualtyWord(text)) return true;
    tail = text.slice(-WORD_SPAN);
  }
  return false;
}

/** Longer than any casualty word the prefilter knows ("unaccounted", "to hospital"). */
const WORD_SPAN = 16;

/** Calls `wake` at once when the page holds a casualty word, else once one appears. */
export function wakeOnCasualtyWord(wake: () => void): void {
  if (holdsCasualtyWord(document.body ?? document.documentElement)) { wake(); return; }
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
      if (!hasCasualtyWord(nodes.filter((n) => n.isConnected).map((n) => n.textContent ?? '').join(''))) return;
      observer.disconnect();
      wake();
    }, SETTLE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
