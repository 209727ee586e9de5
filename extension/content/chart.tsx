// A number line placing every current tracked figure for the event and category, with the
// page's figure on top: points for exact figures, bars for ranges, arrows for open ends.
import type { MatchedMention } from '../shared/messages.ts';
import { formatFigure } from '../../src/match/format.ts';
import { t } from '../shared/i18n.ts';
import { firstPerSource } from '../../src/match/per-source.ts';

const W = 350;
/** Each row: the source's full name on a line of its own, then its figure on the number line. */
const ROW = 28;
const PLOT_L = 6;
const PLOT_R = W - 44;

/** A source's full name in lines of at most `n` characters, cut at spaces (two lines; a third is shortened). */
function wrap(s: string, n = 60): string[] {
  if (s.length <= n) return [s];
  const cut = s.lastIndexOf(' ', n);
  const first = cut > 0 ? s.slice(0, cut) : s.slice(0, n);
  const rest = s.slice(first.length).trim();
  // the space stays with the first line, so the name reads whole to assistive technology and copy
  return [`${first} `, rest.length > n ? `${rest.slice(0, n - 1)}…` : rest];
}

const LINE = 11;

/** A round top for the axis: 610 → 700, 89 → 100, 1,234 → 1,500. */
function niceMax(v: number): number {
  const p = 10 ** Math.floor(Math.log10(Math.max(1, v)));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

/** Current figures drawn per source: a big event's tens of thousands would make no chart. */
const CHART_PER_SOURCE = 3;

export function FigureChart({ mention: m }: { mention: MatchedMention }) {
  const rows = firstPerSource(m.others.filter((o) => !o.supersededBy), CHART_PER_SOURCE).shown;
  // the axis fits the finite figures; open ends run to its edge
  let top = 1;
  for (const r of [m, ...rows]) for (const v of [r.low, r.high]) if (v !== null && v > top) top = v;
  const max = niceMax(top);
  const x = (v: number) => PLOT_L + (v / max) * (PLOT_R - PLOT_L);
  // rows grow by a line for a name that wraps
  const names = [t('chartThisPage'), ...rows.map((o) => o.source)].map((n) => wrap(n));
  const tops: number[] = [];
  let y = 0;
  for (const lines of names) { tops.push(y); y += ROW + (lines.length - 1) * LINE; }
  const height = y + 16;
  const label = t('chartLabel', Math.round(max), formatFigure(m, navigator.language), rows.map((o) => `${o.source} ${formatFigure(o, navigator.language)}`).join('; '));
  return (
    <svg class="chart" role="img" aria-label={label} viewBox={`0 0 ${W} ${height}`} width={W} height={height}>
      <line x1={PLOT_L} x2={PLOT_R} y1={height - 12} y2={height - 12} class="axis" />
      <text x={PLOT_L} y={height - 1} class="tick">0</text>
      <text x={(PLOT_L + PLOT_R) / 2} y={height - 1} class="tick" text-anchor="middle">{Math.round(max / 2).toLocaleString(navigator.language)}</text>
      <text x={PLOT_R} y={height - 1} class="tick" text-anchor="end">{Math.round(max).toLocaleString(navigator.language)}</text>
      <Row y={tops[0]} name={t('chartThisPage')} lines={names[0]} fig={m} x={x} max={max} cls="page" />
      {rows.map((o, i) => (
        <Row key={`${o.packId}/${o.claimId}`} y={tops[i + 1]} name={o.source} lines={names[i + 1]} fig={o} x={x} max={max}
          cls={o.sourceId === m.sourceId ? 'mine' : 'other'} />
      ))}
    </svg>
  );
}

function Row({ y, name, lines, fig, x, max, cls }: {
  y: number; name: string; lines: string[]; fig: { low: number | null; high: number | null; approx?: boolean }; x: (v: number) => number; max: number; cls: string;
}) {
  const lo = fig.low ?? 0;
  const hi = fig.high ?? max;
  const mid = y + 19 + (lines.length - 1) * LINE;
  return (
    <g class={`mark ${cls}`}>
      <title>{`${name}: ${formatFigure(fig)}`}</title>
      <text x={PLOT_L} y={y + 10} class="mark-label">{lines.map((l, i) => <tspan key={i} x={PLOT_L} dy={i ? LINE : 0}>{l}</tspan>)}</text>
      {lo === hi ? <circle cx={x(lo)} cy={mid} r={4} /> : <line x1={x(lo)} x2={x(hi)} y1={mid} y2={mid} />}
      {fig.low === null ? <path d={`M${x(0) + 5},${mid - 4} L${x(0)},${mid} L${x(0) + 5},${mid + 4}`} /> : null}
      {fig.high === null ? <path d={`M${x(max) - 5},${mid - 4} L${x(max)},${mid} L${x(max) - 5},${mid + 4}`} /> : null}
      <text x={Math.min(x(fig.high === null ? lo : hi) + 7, W - 2)} y={mid + 3} class="mark-value" text-anchor={x(hi) + 40 > W ? 'end' : 'start'}>{formatFigure(fig)}</text>
    </g>
  );
}
