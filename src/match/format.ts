// How a figure reads in the card, the popup and the CLI: "63", "≥92", "≤100", "~400", "10–50".
export function formatFigure(f: { low: number | null; high: number | null; approx?: boolean; vague?: boolean }, locale?: string): string {
  const n = (v: number) => v.toLocaleString(locale ?? 'en-US');
  const { low, high } = f;
  if (low !== null && high !== null) {
    if (low === high) return `${f.approx ? '~' : ''}${n(low)}`;
    return `${n(low)}–${n(high)}`;
  }
  if (low !== null) return `≥${n(low)}`;
  if (high !== null) return `≤${n(high)}`;
  return '?';
}
