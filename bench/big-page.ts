// A 1 MB news page for the benchmark: real article text from the corpus pages as filler,
// with a sentence carrying a Makiivka casualty figure every few paragraphs.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToPageText } from '../src/page/html.ts';

const FIGURES = [
  'The Russian MOD said 89 servicemen were killed in the strike on Makiivka.',
  'Kiev claimed that upto 400 Russian soldiers might have been killed in Makeyevka.',
  'Russian MOD has made a rare acknowledgment of scores of deaths in Makiivka; the latest figure is 83.',
  'The Russian defence ministry first said 63 soldiers died in Makiivka.',
];

export function bigPage(corpusDir: string, bytes = 1_000_000): string {
  const filler: string[] = [];
  for (const f of readdirSync(corpusDir).filter((n) => n.endsWith('.html')).sort()) {
    for (const b of htmlToPageText(readFileSync(join(corpusDir, f), 'utf8')).blocks) {
      if (b.length > 200 && b.length < 1500 && !/[<>{}]/.test(b)) filler.push(b);
    }
  }
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = i % 4 === 3 ? `${esc(filler[i % filler.length])} ${FIGURES[(i >> 2) % FIGURES.length]}` : esc(filler[i % filler.length]);
    const html = `<p>${p}</p>\n`;
    parts.push(html);
    size += html.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><meta name="crosscount-profile"><title>Makiivka strike: the long read</title></head><body><article><h1>Makiivka strike: the long read</h1>\n${parts.join('')}</article></body></html>`;
}
