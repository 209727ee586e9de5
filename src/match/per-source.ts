// A big event may hold tens of thousands of claims: the card shows the first few of each
// source and says how many more there are, rather than a row for every one.
import type { OtherFigure } from './scan.ts';

export interface PerSource {
  shown: OtherFigure[];
  /** per source name, how many of its figures are not shown */
  more: { source: string; count: number }[];
}

export function firstPerSource(figures: OtherFigure[], perSource: number): PerSource {
  const seen = new Map<string, number>();
  const shown: OtherFigure[] = [];
  for (const f of figures) {
    const n = (seen.get(f.source) ?? 0) + 1;
    seen.set(f.source, n);
    if (n <= perSource) shown.push(f);
  }
  const more = [...seen].filter(([, n]) => n > perSource).map(([source, n]) => ({ source, count: n - perSource }));
  return { shown, more };
}
