// The card's styles, scoped to its shadow root. Colours meet WCAG AA on the card's own
// background in both light and dark schemes.
export const CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 380px; max-width: calc(100vw - 8px); max-height: 70vh; overflow-y: auto; overflow-x: hidden; overflow-wrap: anywhere;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b1b1b; background: #fff;
  border: 1px solid #8a8a8a; border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 10px 12px;
}
.card:focus { outline: 3px solid #1565c0; outline-offset: -3px; }
@media (max-width: 480px) {
  .card { width: 100vw; max-width: 100vw; max-height: 45vh; border-radius: 12px 12px 0 0; border-width: 1px 0 0; }
  .chart { max-width: 100%; height: auto; }
}
header { display: flex; align-items: center; gap: 8px; }
.figure { flex: 1; }
.number { font-size: 20px; font-weight: 700; margin-right: 6px; }
.category { color: #444; }
.verdict { font-weight: 600; padding: 2px 8px; border-radius: 12px; border: 1px solid currentColor; }
.verdict-matches { color: #37474f; background: #eceff1; }
.verdict-misattributed { color: #a0300c; background: #fbe9e7; }
.verdict-conflicts { color: #b71c1c; background: #ffebee; }
.verdict-revised { color: #8a4b00; background: #fff3e0; }
.verdict-inconsistent { color: #4a148c; background: #f3e5f5; }
.verdict-untracked { color: #424242; background: #f5f5f5; }
.close { all: unset; cursor: pointer; font-size: 18px; line-height: 1; padding: 2px 6px; border-radius: 4px; color: #333; }
.close:focus-visible { outline: 2px solid #1565c0; }
.summary { margin: 8px 0 4px; }
.summary .lead { margin: 0; font-size: 14px; font-weight: 600; color: #1b1b1b; }
.summary .spread { margin: 2px 0 0; color: #333; }
.explain { margin: 6px 0; color: #333; }
.o-quote { display: block; margin-top: 2px; font-style: italic; color: #333; font-size: 12px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; margin: 6px 0; }
dt { color: #555; }
dd { margin: 0; }
h2 { font-size: 13px; margin: 8px 0 2px; }
ul { margin: 0; padding-left: 18px; }
table { width: 100%; border-collapse: collapse; margin-top: 6px; table-layout: fixed; }
th:nth-child(1), td:nth-child(1) { width: 40%; }
caption { text-align: left; font-weight: 600; margin-bottom: 2px; }
th, td { text-align: left; padding: 2px 4px; border-bottom: 1px solid #e0e0e0; vertical-align: top; }
tr.mine td { font-weight: 600; }
tr.superseded td { color: #555; }
a { color: #0d47a1; }
.chart { display: block; margin-top: 6px; }
.actions { margin: 4px 0 6px; }
.suggest { font: inherit; padding: 3px 10px; border: 1px solid #1565c0; border-radius: 4px; background: #fff; color: #0d47a1; cursor: pointer; }
.suggest:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.more { font: inherit; padding: 3px 8px; border: 1px solid #757575; border-radius: 4px; background: #fff; color: #1b1b1b; cursor: pointer; }
.more:focus-visible { outline: 2px solid #1565c0; outline-offset: 1px; }
.details[hidden] { display: none; }
.chart .axis { stroke: #757575; stroke-width: 1; }
.chart .tick, .chart .mark-label, .chart .mark-value { font-size: 10px; fill: #333; }
.chart .mark line, .chart .mark path { stroke-width: 3; fill: none; }
.chart .mark circle { stroke: none; }
.chart .other line, .chart .other path { stroke: #546e7a; } .chart .other circle { fill: #546e7a; }
.chart .mine line, .chart .mine path { stroke: #1565c0; } .chart .mine circle { fill: #1565c0; }
.chart .page line, .chart .page path { stroke: #212121; } .chart .page circle { fill: #212121; }
.chart .page .mark-label { font-weight: 700; }
@media (prefers-color-scheme: dark) {
  .card { color: #eee; background: #202124; border-color: #777; }
  .category, .explain, dt, .summary .spread, .o-quote { color: #ccc; }
  .summary .lead { color: #eee; }
  .close { color: #eee; }
  th, td { border-color: #444; }
  tr.superseded td { color: #bbb; }
  a { color: #8ab4f8; }
  .chart .tick, .chart .mark-label, .chart .mark-value { fill: #ddd; }
  .chart .page line, .chart .page path { stroke: #f5f5f5; } .chart .page circle { fill: #f5f5f5; }
  .chart .other line, .chart .other path { stroke: #90a4ae; } .chart .other circle { fill: #90a4ae; }
  .chart .mine line, .chart .mine path { stroke: #8ab4f8; } .chart .mine circle { fill: #8ab4f8; }
  .suggest { background: #202124; color: #8ab4f8; border-color: #8ab4f8; }
  .more { background: #202124; color: #eee; border-color: #999; }
  .verdict-matches { color: #cfd8dc; background: #263238; }
  .verdict-misattributed { color: #ffab91; background: #3e2018; }
  .verdict-conflicts { color: #ef9a9a; background: #3b1c1c; }
  .verdict-revised { color: #ffcc80; background: #3a2a10; }
  .verdict-inconsistent { color: #ce93d8; background: #2f1a36; }
  .verdict-untracked { color: #ddd; background: #333; }
}
`;
