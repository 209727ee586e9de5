// Pack versions only grow. In the schema's terms a version is an integer or a semver string;
// an integer N is the version N.0.0, so 2 and "2.0.0" are the same version (and the same
// version with other content is refused, not installed).
export type PackVersion = number | string;

/** [major, minor, patch] */
function parts(v: PackVersion): [number, number, number] {
  if (typeof v === 'number') return [v, 0, 0];
  const [major = 0, minor = 0, patch = 0] = v.split('.').map((p) => Number(p));
  return [major, minor, patch];
}

/** Negative when a < b, zero when equal, positive when a > b. */
export function compareVersions(a: PackVersion, b: PackVersion): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < 3; i++) {
    const d = pa[i] - pb[i];
    if (d !== 0) return d;
  }
  return 0;
}
