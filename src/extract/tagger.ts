// compromise's part-of-speech tags, laid onto our own tokens by offset. compromise is
// heavy (hundreds of ms to load): only the background and the CLI import this file.
import nlp from 'compromise';
import type { Token } from './tokens.ts';

export type Tags = Set<string>;

interface TermJson { tags: string[]; offset: { start: number; length: number } }

export function tagTokens(sentence: string, tokens: Token[]): Tags[] {
  const terms: TermJson[] = [];
  for (const s of nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]) {
    terms.push(...s.terms);
  }
  const out: Tags[] = tokens.map(() => new Set<string>());
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (k < terms.length && terms[k].offset.start + terms[k].offset.length <= t.start) k++;
    for (let j = k; j < terms.length && terms[j].offset.start < t.end; j++) {
      for (const tag of terms[j].tags) out[i].add(tag);
    }
  }
  return out;
}
