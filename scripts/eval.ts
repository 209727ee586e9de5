// `npm run eval`: measures extraction on the labelled dev files (the corpus's, this project's
// pages-extra of running page text and quotes-extra of the researched facts' verbatim quotes)
// and the 130 real pages.
// Prints precision, recall and F1 of figure detection, qualifier-direction accuracy and
// source-attribution accuracy, the mentions flagged on pages, and every mistake.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateItems, type LabelledItem } from '../src/eval/score.ts';
import { DEV_FILES, EXTRA_FILES, flagPages, readLabelled, WRITTEN_FILES } from '../src/eval/corpus.ts';
import { extractMentions } from '../src/extract/extract.ts';
import { parseNumberPhrase } from '../src/extract/numbers.ts';
import { evaluateProbes, type ProbeReport } from '../src/eval/event-probes.ts';
import { DEFAULT_PACK } from '../src/cli/main.ts';
import { loadPack } from '../src/cli/pack.ts';
import { MemoryClaimStore } from '../src/claims/store.ts';
import { importUcdp } from '../src/packs/ucdp.ts';
import { gedShapedCsv } from '../tests/support/ged-shaped.ts';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const files = args.filter((a) => !a.startsWith('--'));
const extra = resolve(import.meta.dirname, '../tests/fixtures/labelled');
const labelled = files.length ? files : [...DEV_FILES.map((f) => join(corpus, 'labelled', f)), ...EXTRA_FILES.map((f) => join(extra, f))];

const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
let allItems: LabelledItem[] = [];
// sentences of news pages' running text (the corpus's pages-dev and this project's pages-extra), apart from headlines
let pageItems: LabelledItem[] = [];
// the quotes the researched facts cite, verbatim from news pages: running text no rule was written from
let quoteItems: LabelledItem[] = [];
for (const file of labelled) {
  const items = readLabelled(file);
  allItems = allItems.concat(items);
  if (/pages-(dev|extra)/.test(file)) pageItems = pageItems.concat(items);
  if (/quotes-extra/.test(file)) quoteItems = quoteItems.concat(items);
  const r = evaluateItems(items, (t) => extractMentions(t));
  console.log(`${file.split('/').pop()}: ${items.length} items, ${r.gold} gold, ${r.predicted} predicted, TP ${r.tp}  P ${pct(r.precision)} R ${pct(r.recall)} F1 ${pct(r.f1)}  qualifier ${pct(r.qualifierAccuracy)}  source ${pct(r.sourceAccuracy)}`);
}
const total = evaluateItems(allItems, (t) => extractMentions(t));
console.log(`\nALL DEV: figure P ${pct(total.precision)}  R ${pct(total.recall)}  F1 ${pct(total.f1)}  (gold ${total.gold}, predicted ${total.predicted}, TP ${total.tp})`);
console.log(`ALL DEV: qualifier direction accuracy ${pct(total.qualifierAccuracy)} (${total.qualifierRight}/${total.tp})`);
console.log(`ALL DEV: source attribution accuracy ${pct(total.sourceAccuracy)} (${total.sourceRight}/${total.tp})`);
if (pageItems.length) {
  const p = evaluateItems(pageItems, (t) => extractMentions(t));
  console.log(`PAGE SENTENCES (pages-dev + pages-extra, ${pageItems.length} items, ${p.gold} figures): F1 ${pct(p.f1)}  P ${pct(p.precision)}  R ${pct(p.recall)}  source accuracy ${pct(p.sourceAccuracy)} (${p.sourceRight}/${p.tp})`);
}
if (quoteItems.length) {
  const q = evaluateItems(quoteItems, (t) => extractMentions(t));
  const both = evaluateItems([...pageItems, ...quoteItems], (t) => extractMentions(t));
  console.log(`FACT QUOTES (quotes-extra, ${quoteItems.length} items, ${q.gold} figures): F1 ${pct(q.f1)}  P ${pct(q.precision)}  R ${pct(q.recall)}  source accuracy ${pct(q.sourceAccuracy)} (${q.sourceRight}/${q.tp})`);
  console.log(`RUNNING TEXT (page sentences + fact quotes, ${both.gold} figures): F1 ${pct(both.f1)}  P ${pct(both.precision)}  R ${pct(both.recall)}  source accuracy ${pct(both.sourceAccuracy)} (${both.sourceRight}/${both.tp})`);
}

// Written running text: fixed against, so it says what stays fixed
if (!files.length) {
  const written = WRITTEN_FILES.flatMap((f) => readLabelled(join(extra, f)));
  const w = evaluateItems(written, (t) => extractMentions(t));
  console.log(`WRITTEN (written-extra, ${written.length} items, ${w.gold} figures, rules fixed against them): F1 ${pct(w.f1)}  P ${pct(w.precision)}  R ${pct(w.recall)}  source accuracy ${pct(w.sourceAccuracy)} (${w.sourceRight}/${w.tp})`);
}

// Number phrases
const numbers = readFileSync(join(corpus, 'numbers/number-phrases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; value: number });
const numberMisses = numbers.filter((n) => parseNumberPhrase(n.text) !== n.value);
console.log(`NUMBERS: ${numbers.length - numberMisses.length}/${numbers.length} parsed (${pct(1 - numberMisses.length / numbers.length)})`);

// Pages: what the extension would flag, page by page.
const { pages, flags } = flagPages(join(corpus, 'pages'));
const line = (f: (typeof flags)[number]) => `  ${f.page}: "${f.mention.text}" ${f.mention.category} [${f.mention.low},${f.mention.high}] in: ${f.sentence.slice(0, 140)}`;
const falsePositives = flags.filter((f) => !f.withFigures).map(line);
const onRealPages = flags.filter((f) => f.withFigures).map(line);
console.log(`PAGES: ${pages} pages, ${flags.length} mentions flagged; ${falsePositives.length} on pages with no casualty figures (target <= 3)`);

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

// Event identity: which event each figure is tied to, on the probe pages and the real pages,
// with the default pack, then with 10,000 GED-shaped events beside it.
const root = resolve(import.meta.dirname, '..');
const probes = await evaluateProbes(root, join(corpus, 'pages'));
const ged = importUcdp(gedShapedCsv(10_000), { id: 'ged-shaped', title: 'GED-shaped', version: 1, publishedAt: '2026-11-01T00:00:00Z' });
const atScale = await evaluateProbes(root, undefined, new MemoryClaimStore([loadPack(DEFAULT_PACK), ged]));
const summary = (r: ProbeReport) => `other-event pages ${r.pages.other} (${r.figures.other} figures), true pages matched ${r.truePagesMatched}/${r.pages.true} (${r.figures.true} figures), mixed pages ${r.pages.mixed} (${r.figures.mixed} figures); figures tied to a wrong event ${r.wrong.length}, figures about a tracked event left untracked ${r.missed.length}`;
console.log(`\nEVENTS (probes): ${summary(probes)}`);
console.log(`EVENTS (real pages): ${probes.corpusPages} pages, ${probes.corpusTied.length} figures tied to a tracked event (none is about one)`);
console.log(`EVENTS (+10,000 GED-shaped events): ${summary(atScale)}`);
if (!quiet) {
  for (const [label, r] of [['default pack', probes], ['with GED-shaped events', atScale]] as const) {
    if (r.wrong.length || r.missed.length || r.corpusTied.length) console.log(`\n--- event mistakes, ${label} ---`);
    for (const l of [...r.wrong, ...r.missed, ...r.corpusTied]) console.log(`  ${l}`);
  }
}
