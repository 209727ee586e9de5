// `crosscount corrections review|apply`: the maintainers' side of volunteer corrections.
import { readFileSync } from 'node:fs';
import { parseCorrectionFiles, type Correction } from '../corrections/format.ts';
import { applyCorrections, formatPlans, planCorrection, readPackSource } from '../corrections/review.ts';

export const CORRECTIONS_USAGE = `  crosscount corrections review FILE... --pack-src DIR     what each correction would change in the pack source (FILE: a corrections file, or JSON lines of them)
  crosscount corrections apply FILE --pack-src DIR --ids ID,ID   write the accepted corrections into the pack source`;

function readFiles(files: string[], out: (s: string) => void): Correction[] {
  const all: Correction[] = [];
  for (const f of files) {
    const { corrections, problems } = parseCorrectionFiles(readFileSync(f, 'utf8'));
    for (const p of problems) out(`${f}: skipped ${p}\n`);
    all.push(...corrections);
  }
  return all;
}

export function correctionsCommand(args: string[], out: (s: string) => void): number {
  const [sub, ...rest] = args;
  const at = rest.indexOf('--pack-src');
  const dir = at >= 0 ? rest[at + 1] : undefined;
  const idsAt = rest.indexOf('--ids');
  const ids = idsAt >= 0 ? rest[idsAt + 1] : undefined;
  const files = rest.filter((a, i) => !a.startsWith('--') && i !== at + 1 && (idsAt < 0 || i !== idsAt + 1));
  if (!dir || files.length === 0 || (sub !== 'review' && sub !== 'apply')) {
    out(`usage:\n${CORRECTIONS_USAGE}\n`);
    return 2;
  }
  const corrections = readFiles(files, out);
  if (sub === 'review') {
    const src = readPackSource(dir);
    out(formatPlans(corrections.map((c) => planCorrection(c, src))));
    return 0;
  }
  if (!ids) { out('corrections apply needs --ids ID,ID (the accepted corrections)\n'); return 2; }
  const { applied, skipped } = applyCorrections(dir, corrections, new Set(ids.split(',').map((s) => s.trim()).filter(Boolean)));
  for (const a of applied) out(`applied ${a}\n`);
  for (const s of skipped) out(`not applied ${s}\n`);
  out(`${applied.length} applied. Next: crosscount pack build ${dir} -o pack.json, then pack diff.\n`);
  return skipped.length && !applied.length ? 1 : 0;
}
