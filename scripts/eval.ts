// `npm run eval`: measures extraction on the labelled dev files and the 130 real pages.
// Prints precision, recall and F1 of figure detection, qualifier-direction accuracy and
// source-attribution accuracy, the mentions flagged on pages, and every mistake.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateItems, type LabelledItem } from '../src/eval/score.ts';
import { extractMentions } from '../src/extract/extract.ts';
import { parseNumberPhrase } from '../src/extract/numbers.ts';
import { candidateSentences } from '../src/page/candidates.ts';
import { htmlToPageText } from '../src/page/html.ts';
import { extractFromSentence } from '../src/extract/extract.ts';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => !a.startsWith('--'));
const labelled = files.length ? files : ['headlines-dev.jsonl', 'pages-dev.jsonl', 'seed.jsonl'].map((f) => join(corpus, 'labelled', f));

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
let allItems: LabelledItem[] = [];
for (const file of labelled) {
  const items = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as LabelledItem);
  allItems = allItems.concat(items);
  const r = evaluateItems(items, (t) => extractMentions(t));
  console.log(`${file.split('/').pop()}: ${items.length} items, ${r.gold} gold, ${r.predicted} predicted, TP ${r.tp}  P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}  qualifier ${pct(r.qualifierAccuracy)}  source ${pct(r.sourceAccuracy)}`);
}
const total = evaluateItems(allItems, (t) => extractMentions(t));
console.log(`\nALL DEV: figure P ${pct(total.precision)}  R ${pct(total.recall)}  F1 ${pct(total.f1)}  (gold ${total.gold}, predicted ${total.predicted}, TP ${total.tp})`);
console.log(`ALL DEV: qualifier direction accuracy ${pct(total.qualifierAccuracy)} (${total.qualifierRight}/${total.tp})`);
console.log(`ALL DEV: source attribution accuracy ${pct(total.sourceAccuracy)} (${total.sourceRight}/${total.tp})`);

// Number phrases
const numbers = readFileSync(join(corpus, 'numbers/number-phrases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; value: number });
const numberMisses = numbers.filter((n) => parseNumberPhrase(n.text) !== n.value);
console.log(`NUMBERS: ${numbers.length - numberMisses.length}/${numbers.length} parsed (${pct(1 - numberMisses.length / numbers.length)})`);

// Pages: what the extension would flag, page by page.
const REAL = new Set(['wapo-1', 'nytimes-1', 'bbc-1', 'wikipedia-2', 'webmd-2', 'buzzfeed-1', 'yahoo-2', 'yahoo-3']);
const pagesDir = join(corpus, 'pages');
const pages = readdirSync(pagesDir).filter((f) => f.endsWith('.html')).sort();
let flagged = 0;
const falsePositives: string[] = [];
const onRealPages: string[] = [];
for (const f of pages) {
  const page = htmlToPageText(readFileSync(join(pagesDir, f), 'utf8'));
  const name = f.replace(/\.html$/, '');
  for (const c of candidateSentences(page.blocks)) {
    for (const m of extractFromSentence(c.text)) {
      flagged++;
      const line = `  ${name}: "${m.text}" ${m.category} [${m.low},${m.high}] in: ${c.text.slice(0, 140)}`;
      (REAL.has(name) ? onRealPages : falsePositives).push(line);
    }
  }
}
console.log(`PAGES: ${pages.length} pages, ${flagged} mentions flagged; ${falsePositives.length} on pages with no casualty figures (target <= 3)`);

if (!quiet) {
  console.log('\n--- flagged on pages without casualty figures (false positives) ---');
  for (const l of falsePositives) console.log(l);
  console.log('\n--- flagged on pages with casualty figures (for reading) ---');
  for (const l of onRealPages) console.log(l);
  console.log('\n--- mistakes on the labelled files ---');
  for (const m of total.mistakes) console.log(m);
  if (numberMisses.length) {
    console.log('\n--- number phrases not parsed ---');
    for (const n of numberMisses) console.log(`  "${n.text}" = ${n.value}, got ${parseNumberPhrase(n.text)}`);
  }
}
