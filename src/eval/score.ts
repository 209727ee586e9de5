// Scores extracted mentions against hand-labelled figures (shared/corpus/labelled rules):
// a prediction counts when its span overlaps a gold figure's span in the same text, with
// the same category and the same value (exact figures equal; bounded sides within 1;
// vague quantities flagged vague).
import type { Mention, Qualifier } from '../extract/types.ts';

export interface GoldFigure {
  text: string;
  start: number;
  low: number | null;
  high: number | null;
  category: string;
  who?: string | null;
  source: string | null;
  implicit?: boolean;
  approx?: boolean;
  vague?: boolean;
}

export interface LabelledItem {
  id: string;
  text: string;
  figures: GoldFigure[];
}

export interface EvalResult {
  gold: number;
  predicted: number;
  tp: number;
  precision: number;
  recall: number;
  f1: number;
  qualifierRight: number;
  qualifierAccuracy: number;
  sourceRight: number;
  sourceAccuracy: number;
  mistakes: string[];
}

export function goldDirection(g: GoldFigure): Qualifier {
  if (g.vague) return 'at least';
  if (g.low !== null && g.high !== null) return g.low === g.high ? (g.approx ? 'approximate' : 'exact') : 'range';
  if (g.low !== null) return 'at least';
  if (g.high !== null) return 'at most';
  return 'exact';
}

export function valuesMatch(p: Pick<Mention, 'low' | 'high' | 'vague'>, g: GoldFigure): boolean {
  if (g.vague) return Boolean(p.vague);
  if (g.low !== null && g.low === g.high) return p.low === g.low && p.high === g.high;
  const side = (a: number | null, b: number | null) => (a === null ? b === null : b !== null && Math.abs(a - b) <= 1);
  return side(p.low, g.low) && side(p.high, g.high);
}

export function normalizeSource(s: string | null): string {
  return (s ?? '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function sourcesAgree(predicted: string | null, gold: string | null): boolean {
  const p = normalizeSource(predicted);
  const g = normalizeSource(gold);
  if (!g) return !p;
  if (!p) return false;
  return p.includes(g) || g.includes(p);
}

export function evaluateItems(items: LabelledItem[], extract: (text: string) => Mention[]): EvalResult {
  let gold = 0;
  let predicted = 0;
  let tp = 0;
  let qualifierRight = 0;
  let sourceRight = 0;
  const mistakes: string[] = [];
  for (const item of items) {
    const preds = extract(item.text);
    gold += item.figures.length;
    predicted += preds.length;
    const used = new Set<number>();
    const describe = (m: Mention) => `"${m.text}"@${m.start} ${m.category} [${m.low},${m.high}]${m.vague ? ' vague' : ''} ${m.qualifier} src=${m.source ?? '-'}`;
    const describeGold = (g: GoldFigure) => `"${g.text}"@${g.start} ${g.category} [${g.low},${g.high}]${g.vague ? ' vague' : ''}${g.implicit ? ' implicit' : ''} ${goldDirection(g)} src=${g.source ?? '-'}`;
    for (const g of item.figures) {
      const gEnd = g.start + g.text.length;
      const k = preds.findIndex((p, i) => !used.has(i) && p.start < gEnd && g.start < p.end && p.category === g.category && valuesMatch(p, g));
      if (k < 0) {
        const near = preds.find((p, i) => !used.has(i) && p.start < gEnd && g.start < p.end);
        mistakes.push(`MISS   ${item.id}: ${describeGold(g)}${near ? `  (found ${describe(near)})` : ''}\n         ${item.text.slice(0, 220)}`);
        continue;
      }
      used.add(k);
      tp++;
      const p = preds[k];
      if (p.qualifier === goldDirection(g)) qualifierRight++;
      else mistakes.push(`QUAL   ${item.id}: gold ${describeGold(g)} got ${describe(p)}`);
      if (sourcesAgree(p.source, g.source)) sourceRight++;
      else mistakes.push(`SOURCE ${item.id}: gold ${g.source ?? '-'} got ${p.source ?? '-'} for "${g.text}"\n         ${item.text.slice(0, 220)}`);
    }
    preds.forEach((p, i) => {
      if (used.has(i)) return;
      const overlapping = item.figures.some((g) => p.start < g.start + g.text.length && g.start < p.end);
      if (!overlapping) mistakes.push(`EXTRA  ${item.id}: ${describe(p)}\n         ${item.text.slice(0, 220)}`);
    });
  }
  const precision = predicted ? tp / predicted : 1;
  const recall = gold ? tp / gold : 1;
  return {
    gold, predicted, tp, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    qualifierRight, qualifierAccuracy: tp ? qualifierRight / tp : 1,
    sourceRight, sourceAccuracy: tp ? sourceRight / tp : 1,
    mistakes,
  };
}
