// Pack versions only grow: integers compare as numbers, semver strings part by part.
export type PackVersion = number | string;

function parts(v: PackVersion): number[] {
  return typeof v === 'number' ? [v] : v.split('.').map((p) => Number(p));
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: PackVersion, b: PackVersion): number {
  if (typeof a !== typeof b) return typeof a === 'number' ? parts(a)[0] - parts(b)[0] || -1 : parts(a)[0] - parts(b)[0] || 1;
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
