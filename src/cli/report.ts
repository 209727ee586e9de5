// The human-readable report of `crosscount scan`: each figure with its verdict, then the
// tracked figures once per event and category, with the revisions sources made.
import type { MatchedMention, ScanResult } from '../match/scan.ts';
import { formatFigure } from '../match/format.ts';
import { describeEvidence } from '../match/evidence-text.ts';
import { summarize, summaryText } from '../match/summary.ts';

export function formatReport(result: ScanResult): string {
  const lines: string[] = [];
  if (result.events.length === 0) lines.push('No tracked event recognised on this page.');
  for (const e of result.events) lines.push(`Event: ${e.title} (${e.id}, score ${e.score})`);
  lines.push('', `${result.mentions.length} casualty figure${result.mentions.length === 1 ? '' : 's'} found:`);
  for (const m of result.mentions) {
    lines.push('');
    lines.push(`  "${m.text}" — ${m.category} ${formatFigure(m)}  [${m.verdict.toUpperCase()}]`);
    for (const l of summaryText(summarize(m, { figure: (f) => formatFigure(f), date: (d) => d ?? 'date unknown', category: (c) => c }))) lines.push(`    ${l}`);
    lines.push(`    source as written: ${m.source ?? '(none)'}${m.sourceName ? `  → ${m.sourceName}${m.sourceInferred ? ' (same figure)' : ''}` : ''}`);
    if (m.victims) lines.push(`    victims: ${m.victims}`);
    if (m.event || m.eventEvidence?.rejected) lines.push(`    event: ${describeEvidence(m.eventEvidence)}`);
    if (m.disagreeing) lines.push(`    ${m.disagreeing} current tracked figure${m.disagreeing === 1 ? '' : 's'} of other sources lie outside it`);
    lines.push(`    in: ${m.sentence.length > 160 ? `${m.sentence.slice(0, 157)}...` : m.sentence}`);
  }
  const groups = new Map<string, MatchedMention>();
  for (const m of result.mentions) if (m.event && m.others.length) groups.set(`${m.event}\u0000${m.category}`, m);
  for (const m of groups.values()) {
    lines.push('', `Tracked ${m.category} figures for ${m.eventTitle}:`);
    for (const o of m.others) {
      lines.push(`  ${formatFigure(o).padEnd(8)} ${o.source} — ${o.reportedAt ?? 'date unknown'}${o.supersededBy ? ' (later revised)' : ''}`);
      lines.push(`           ${o.url}`);
    }
    for (const r of m.revisions) {
      lines.push(`  revised: ${r.source}: ${r.steps.map((s) => `${formatFigure(s)} (${s.reportedAt ?? 'date unknown'})`).join(' → ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
