// A page with no casualty word anywhere costs the page almost nothing: its text is tested
// once with the prefilter's word list, and no extension API is touched (the first use of
// one costs the page about 2 ms), no settings read, no message sent. A page whose words
// arrive later (a single-page app, an endless feed) wakes the content script when they do.
import { hasCasualtyWord } from '../../src/extract/prefilter.ts';

/** How long mutations settle before the page's text is tested again. */
const SETTLE_MS = 300;

const textOf = () => document.body?.textContent ?? document.documentElement.textContent ?? '';

/** Calls `wake` at once when the page holds a casualty word, else once one appears. */
export function wakeOnCasualtyWord(wake: () => void): void {
  if (hasCasualtyWord(textOf())) { wake(); return; }
  let timer = 0;
  const observer = new MutationObserver(() => {
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      if (!hasCasualtyWord(textOf())) return;
      observer.disconnect();
      wake();
    }, SETTLE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
