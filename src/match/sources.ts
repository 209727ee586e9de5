// Binds a source as written ("Kiev", "the Russian MOD", "Lieutenant General Sergey
// Sevryukov") to a tracked source, among the sources that have claims about the event.
import type { Source } from '../claims/model.ts';
import { containsWords, normalizeName } from './normalize.ts';

export function resolveSource(written: string | null, candidates: Source[]): Source | null {
  if (!written) return null;
  const w = normalizeName(written);
  if (!w) return null;
  let best: Source | null = null;
  let bestLength = 0;
  for (const s of candidates) {
    for (const name of [s.name, ...s.aliases]) {
      const a = normalizeName(name);
      if (!a) continue;
      // the written source names the alias, or is a fuller form of it
      if (w === a || containsWords(w, a)) {
        const length = a.length + (w === a ? 1000 : 0);
        if (length > bestLength) { best = s; bestLength = length; }
      }
    }
  }
  return best;
}
