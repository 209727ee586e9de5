// `npm run package`: zips dist/ into store-ready archives, one per store. The same build
// serves both browsers (one manifest), so the archives hold the same files.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const dist = join(import.meta.dirname, '../dist');
const out = join(import.meta.dirname, '../artifacts');
const version = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')).version as string;

function files(dir: string): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(entries, files(path));
    else entries[relative(dist, path).split('\\').join('/')] = readFileSync(path);
  }
  return entries;
}

mkdirSync(out, { recursive: true });
const zip = zipSync(files(dist), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
for (const store of ['chrome', 'firefox']) {
  const file = join(out, `crosscount-${version}-${store}.zip`);
  writeFileSync(file, zip);
  console.log(`${relative(process.cwd(), file)}  ${(zip.length / 1024).toFixed(1)} KB`);
}
