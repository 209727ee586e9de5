// The human-readable report of `crosscount scan`.
import type { ScanResult } from '../match/scan.ts';
import { formatFigure } from '../match/format.ts';

export function formatReport(result: ScanResult): string {
  const lines: string[] = [];
  if (result.events.length === 0) lines.push('No tracked event recognised on this page.');
  for (const e of result.events) lines.push(`Event: ${e.title} (${e.id}, score ${e.score})`);
  lines.push('', `${result.mentions.length} casualty figure${result.mentions.length === 1 ? '' : 's'} found:`);
  for (const m of result.mentions) {
    lines.push('');
    lines.push(`  "${m.text}" — ${m.category} ${formatFigure(m)}  [${m.verdict.toUpperCase()}]`);
    lines.push(`    source as written: ${m.source ?? '(none)'}${m.sourceName ? `  → ${m.sourceName}${m.sourceInferred ? ' (inferred)' : ''}` : ''}`);
    if (m.victims) lines.push(`    victims: ${m.victims}`);
    lines.push(`    in: ${m.sentence.length > 160 ? `${m.sentence.slice(0, 157)}...` : m.sentence}`);
    for (const r of m.revisions) {
      lines.push(`    revised: ${r.source}: ${r.steps.map((s) => `${formatFigure(s)} (${s.reportedAt ?? 'date unknown'})`).join(' → ')}`);
    }
    if (m.others.length) lines.push('    tracked figures:');
    for (const o of m.others) {
      lines.push(`      ${formatFigure(o).padEnd(10)} ${o.source} — ${o.reportedAt ?? 'date unknown'}${o.supersededBy ? ' (later revised)' : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
