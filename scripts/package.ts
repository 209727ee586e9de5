// `npm run package`: store-ready archives of dist/ (one build serves both browsers, so the
// Chrome and Firefox zips hold the same files) and the listing assets next to them: icons,
// the description in every locale, and the screenshots the browser tests take.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const out = join(root, 'artifacts');
const store = join(out, 'store');
const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
const version = manifest.version as string;

function files(dir: string): Record<string, Uint8Array> {
  const entries: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(entries, files(path));
    else entries[relative(dist, path).split('\\').join('/')] = readFileSync(path);
  }
  return entries;
}

// every icon size the stores ask for must be in the build
const icons = [16, 32, 48, 96, 128].map((size) => `icons/icon-${size}.png`);
const missing = icons.filter((f) => !existsSync(join(dist, f)));
if (missing.length) throw new Error(`missing icons in dist/: ${missing.join(', ')}`);

mkdirSync(store, { recursive: true });
const zip = zipSync(files(dist), { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
for (const target of ['chrome', 'firefox']) {
  const file = join(out, `crosscount-${version}-${target}.zip`);
  writeFileSync(file, zip);
  console.log(`${relative(root, file)}  ${(zip.length / 1024).toFixed(1)} KB`);
}

copyFileSync(join(dist, 'icons/icon-128.png'), join(store, 'icon-128.png'));
const listing: string[] = [];
for (const locale of readdirSync(join(dist, '_locales'))) {
  const m = JSON.parse(readFileSync(join(dist, '_locales', locale, 'messages.json'), 'utf8'));
  listing.push(`[${locale}]\n${m.extName.message}\n${m.extDescription.message}\n`);
}
writeFileSync(join(store, 'description.txt'), listing.join('\n'));
const shots = readdirSync(store).filter((f) => f.startsWith('screenshot-'));
console.log(`${relative(root, store)}/: icon-128.png, description.txt (${listing.length} locales), ${shots.length} screenshot${shots.length === 1 ? '' : 's'}`);
if (shots.length === 0) console.log('  (the screenshots come from the browser tests: run npm test first)');
