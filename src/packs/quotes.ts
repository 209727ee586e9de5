// Every claim's quote must state the claim's figure, and not as another casualty class: a
// maintainer cannot ship a claim its own quote does not support (a typo in the figure, a
// quote pasted from the wrong claim, wounded filed as killed).
import type { Claim, Pack } from '../claims/model.ts';
import { parseNumberPhrase } from '../extract/numbers.ts';
import { extractMentions } from '../extract/extract.ts';
import { PERSON_SINGULAR } from '../extract/lexicon.ts';

/** The numbers a text writes, in digits ("1,200", "1 200", "471") or English words ("thirty-six"). */
export function numbersIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?!\d)|\d+/g)) out.add(Number(m[0].replace(/[ ,.\u00a0\u202f]/g, '')));
  // runs of number words: "thirty-six", "eighty nine", "two hundred"
  for (const m of text.matchAll(/\b(?:(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen|and)[\s-]*)+/gi)) {
    const v = parseNumberPhrase(m[0].replace(/\band\b\s*$/i, '').trim());
    if (v !== null) out.add(v);
  }
  return out;
}

/**
 * Whether the quote states the claim's figure: its low or its high, or the parts it adds up
 * from ("28 in critical condition, and 314 with other injuries": 342). A zero may be said in
 * words ("no one was hurt").
 */
export function quoteStatesFigure(c: Pick<Claim, 'low' | 'high' | 'quote'>): boolean {
  if (!c.quote) return true;
  if (c.low === 0 || c.high === 0) return true;
  const numbers = numbersIn(c.quote);
  // one person named in the singular is a part too: "36 women, 22 men and an eight-year-old boy" is 59
  if (ONE_PERSON.test(c.quote)) numbers.add(1);
  return [c.low, c.high].some((v) => v !== null && (numbers.has(v) || addsUpTo([...numbers], v)));
}

/** "a man", "an eight-year-old boy", "one elderly woman": one person, with up to two words before the noun. */
const ONE_PERSON = new RegExp(String.raw`\b(?:a|an|one)\s+(?:[\p{L}\d-]+\s+){0,2}(?:${[...PERSON_SINGULAR].join('|')})\b`, 'iu');

/** Whether two or three of the numbers add up to `v` (a toll given as its parts). */
function addsUpTo(ns: number[], v: number): boolean {
  for (let i = 0; i < ns.length; i++) {
    for (let j = i + 1; j < ns.length; j++) {
      if (ns[i] + ns[j] === v) return true;
      for (let k = j + 1; k < ns.length; k++) if (ns[i] + ns[j] + ns[k] === v) return true;
    }
  }
  return false;
}

/** Casualty classes the extractor tells apart reliably enough to call a quote contradictory. */
const CLASSES = new Set<string>(['killed', 'wounded', 'missing']);

/**
 * The category the quote gives the claim's figure, when the extractor reads it only as
 * another casualty class ("75 wounded" filed as killed): else null.
 */
export function quoteCategoryClash(c: Pick<Claim, 'low' | 'high' | 'quote' | 'category'>): string | null {
  if (!c.quote || !CLASSES.has(c.category)) return null;
  const values = [c.low, c.high].filter((v): v is number => v !== null);
  const readings = extractMentions(c.quote).filter((m) => (m.low !== null && values.includes(m.low)) || (m.high !== null && values.includes(m.high)));
  if (readings.length === 0 || readings.some((m) => m.category === c.category || !CLASSES.has(m.category))) return null;
  return readings[0].category;
}

export function quoteProblems(pack: Pack): string[] {
  const figure = (c: Claim) => (c.low === c.high ? String(c.low) : [c.low, c.high].filter((v) => v !== null).join('–'));
  const problems: string[] = [];
  for (const c of pack.claims) {
    if (!quoteStatesFigure(c)) { problems.push(`claim "${c.id}": its quote does not state its figure (${figure(c)}): "${c.quote}"`); continue; }
    const clash = quoteCategoryClash(c);
    if (clash) problems.push(`claim "${c.id}": its quote gives ${figure(c)} as ${clash}, not ${c.category}: "${c.quote}"`);
  }
  return problems;
}
