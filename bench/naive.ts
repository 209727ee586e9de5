// The naive design, written only for the benchmark: compromise loaded into the page and
// run over the whole page text on the main thread, as a content script would be without
// the prefilter and the background split. It only tags the text (no grammar on top), so
// the ratio it gives is a lower bound.
import nlp from 'compromise';

declare global { interface Window { naiveResult?: { ms: number; terms: number; chars: number }; naiveStart?: number } }

const text = document.body.innerText;
const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as { terms: unknown[] }[];
window.naiveResult = {
  ms: performance.now() - (window.naiveStart ?? 0),
  terms: sentences.reduce((n, s) => n + s.terms.length, 0),
  chars: text.length,
};
