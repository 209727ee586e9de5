// What the record shows about a figure, in words, first: the card's first two lines and the
// CLI's. Given as coded text (a message code and its values), so the extension says it in
// the reader's language and the CLI in English. "Matches" never reads as "verified": it
// says whose figure agrees, and how far the other sources' figures spread.
import { fillTemplate, type CodedText } from '../coded-text.ts';
import type { MatchedMention, OtherFigure } from './scan.ts';

export const SUMMARY_MESSAGES = {
  sumMisattributed: '$1 never gave $2: it said $3. $2 is $4\'s figure ($5).',
  sumMisattributedNone: '$1 gave no such figure for this event. $2 is $3\'s figure ($4).',
  sumMisattributedCategory: '$1 gave $2 as $3 ($4), not as $5.',
  sumNotLatest: '$1\'s latest figure is $2 ($3); $4 was its earlier figure ($5).',
  sumSameAsSource: 'Same as $1\'s current figure ($2).',
  sumAgreesWithSource: 'Agrees with $1\'s current figure, $2 ($3).',
  sumInferred: 'No source named here; equals $1\'s figure ($2).',
  sumWithinSource: 'No source named here; $1\'s figure ($2) agrees with it.',
  sumRevised: '$1 gave $2 ($3), then revised it: $4.',
  sumSpread: 'Other sources: $1 to $2.',
  sumSpreadOne: 'Other sources: $1.',
} as const;

export type SummaryCode = keyof typeof SUMMARY_MESSAGES;

/** How the reader's side writes figures, dates and categories. */
export interface Formats {
  figure: (f: Pick<OtherFigure, 'low' | 'high' | 'approx'>) => string;
  date: (iso: string | null) => string;
  category: (c: string) => string;
}

const code = (c: SummaryCode, ...params: string[]): CodedText => ({ code: c, params });

/** The first lines of a figure's card: what the record shows, then the spread of the other sources. */
export function summarize(m: MatchedMention, f: Formats): CodedText[] {
  const out: CodedText[] = [];
  const own = m.others.filter((o) => o.sourceId === m.sourceId);
  const chain = (figures: OtherFigure[]) => figures.map((o) => `${f.figure(o)} (${f.date(o.reportedAt)})`).join(' → ');
  const figure = m.text;
  const source = m.sourceName ?? m.source ?? '';
  if (m.verdict === 'misattributed' && m.misattribution) {
    const [first] = m.misattribution.figures;
    if (m.misattribution.kind === 'not-latest') {
      const latest = own.filter((o) => !o.supersededBy).at(-1);
      if (latest && first) out.push(code('sumNotLatest', source, f.figure(latest), f.date(latest.reportedAt), figure, f.date(first.reportedAt)));
    } else if (m.misattribution.kind === 'other-category' && first) {
      out.push(code('sumMisattributedCategory', source, figure, f.category(first.category), f.date(first.reportedAt), f.category(m.category)));
    } else if (first) {
      out.push(own.length
        ? code('sumMisattributed', source, figure, chain(own), first.source, f.date(first.reportedAt))
        : code('sumMisattributedNone', source, figure, first.source, f.date(first.reportedAt)));
    }
  } else if (m.verdict === 'matches') {
    const agreeing = own.find((o) => !o.supersededBy);
    if (m.sourceId && agreeing && m.sourceInferred) out.push(code('sumInferred', source, f.date(agreeing.reportedAt)));
    else if (m.sourceId && agreeing && samePoint(m, agreeing)) out.push(code('sumSameAsSource', source, f.date(agreeing.reportedAt)));
    else if (m.sourceId && agreeing) out.push(code('sumAgreesWithSource', source, f.figure(agreeing), f.date(agreeing.reportedAt)));
    else {
      const any = m.others.find((o) => !o.supersededBy && agrees(m, o));
      if (any) out.push(code('sumWithinSource', any.source, f.date(any.reportedAt)));
    }
  } else if (m.verdict === 'revised') {
    const steps = m.revisions.find((r) => r.sourceId === m.sourceId)?.steps ?? own;
    const earlier = steps.find((o) => agrees(m, o));
    if (earlier) out.push(code('sumRevised', source, f.figure(earlier), f.date(earlier.reportedAt), chain(steps.filter((o) => o !== earlier && (o.reportedAt ?? '') >= (earlier.reportedAt ?? '')))));
  }
  if (out.length && (m.verdict === 'matches' || m.verdict === 'misattributed' || m.verdict === 'revised')) {
    const spread = spreadOf(m.others.filter((o) => o.sourceId !== m.sourceId && !o.supersededBy));
    if (spread) out.push(spread.low === spread.high ? code('sumSpreadOne', f.figure(spread)) : code('sumSpread', f.figure({ low: spread.low, high: spread.low, approx: false }), f.figure({ low: spread.high, high: spread.high, approx: false })));
  }
  return out;
}

/** The lowest and highest figure of a set of claims (open sides ignored), without spreading a huge array. */
function spreadOf(figures: OtherFigure[]): { low: number; high: number; approx: boolean } | null {
  let low = Infinity;
  let high = -Infinity;
  for (const o of figures) {
    for (const v of [o.low, o.high]) if (v !== null) { if (v < low) low = v; if (v > high) high = v; }
  }
  return Number.isFinite(low) ? { low, high, approx: false } : null;
}

function samePoint(m: Pick<MatchedMention, 'low' | 'high'>, o: OtherFigure): boolean {
  return m.low !== null && m.low === m.high && o.low === m.low && o.high === m.high && !o.approx;
}

function agrees(m: Pick<MatchedMention, 'low' | 'high'>, o: OtherFigure): boolean {
  const lo = m.low ?? 0;
  const hi = m.high ?? Infinity;
  return (o.low ?? 0) <= hi && lo <= (o.high ?? Infinity);
}

/** The summary in English, for the CLI. */
export function summaryText(lines: CodedText[]): string[] {
  return lines.map((l) => fillTemplate(SUMMARY_MESSAGES[l.code as SummaryCode] ?? l.code, l.params));
}
