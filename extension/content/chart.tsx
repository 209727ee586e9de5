// A number line placing every current tracked figure for the event and category, with the
// page's figure on top: points for exact figures, bars for ranges, arrows for open ends.
import type { MatchedMention } from '../shared/messages.ts';
import { formatFigure } from '../../src/match/format.ts';
import { t } from '../shared/i18n.ts';

const W = 350;
const ROW = 16;
const LABEL_W = 150;
const PLOT_L = LABEL_W + 8;
const PLOT_R = W - 36;

function shorten(s: string, n = 26): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

export function FigureChart({ mention: m }: { mention: MatchedMention }) {
  const rows = m.others.filter((o) => !o.supersededBy);
  const values: number[] = [];
  for (const r of [m, ...rows]) for (const v of [r.low, r.high]) if (v !== null) values.push(v);
  const max = Math.max(1, ...values) * 1.05;
  const x = (v: number) => PLOT_L + (v / max) * (PLOT_R - PLOT_L);
  const height = (rows.length + 1) * ROW + 18;
  const label = t('chartLabel', Math.round(max), formatFigure(m, navigator.language), rows.map((o) => `${o.source} ${formatFigure(o, navigator.language)}`).join('; '));
  return (
    <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${W} ${height}`} width={W} height={height}>
      <line x1={PLOT_L} x2={PLOT_R} y1={height - 12} y2={height - 12} class="axis" />
      <text x={PLOT_L} y={height - 1} class="tick">0</text>
      <text x={PLOT_R} y={height - 1} class="tick" text-anchor="end">{Math.round(max).toLocaleString(navigator.language)}</text>
      <Row y={ROW / 2 + 2} name={t('chartThisPage')} fig={m} x={x} max={max} cls="page" />
      {rows.map((o, i) => (
        <Row key={`${o.packId}/${o.claimId}`} y={(i + 1) * ROW + ROW / 2 + 2} name={o.source} fig={o} x={x} max={max}
          cls={o.sourceId === m.sourceId ? 'mine' : 'other'} />
      ))}
    </svg>
  );
}

function Row({ y, name, fig, x, max, cls }: {
  y: number; name: string; fig: { low: number | null; high: number | null; approx?: boolean }; x: (v: number) => number; max: number; cls: string;
}) {
  const lo = fig.low ?? 0;
  const hi = fig.high ?? max;
  return (
    <g class={`mark ${cls}`}>
      <title>{`${name}: ${formatFigure(fig)}`}</title>
      <text x={LABEL_W} y={y + 3} class="mark-label" text-anchor="end">{shorten(name)}</text>
      {lo === hi ? <circle cx={x(lo)} cy={y} r={4} /> : <line x1={x(lo)} x2={x(hi)} y1={y} y2={y} />}
      {fig.low === null ? <path d={`M${x(0) + 5},${y - 4} L${x(0)},${y} L${x(0) + 5},${y + 4}`} /> : null}
      {fig.high === null ? <path d={`M${x(max) - 5},${y - 4} L${x(max)},${y} L${x(max) - 5},${y + 4}`} /> : null}
      <text x={Math.min(x(hi === max ? lo : hi) + 7, W - 2)} y={y + 3} class="mark-value" text-anchor={x(hi) + 30 > W ? 'end' : 'start'}>{formatFigure(fig)}</text>
    </g>
  );
}
