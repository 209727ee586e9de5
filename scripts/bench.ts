// `npm run bench`: prints the figures the issues set targets for, measured in this
// machine's Chromium (real IndexedDB) and on the built bundles.
import { build } from 'vite';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { chromiumPath, serve } from './lib/browser.ts';
import { htmlToPageText } from '../src/page/html.ts';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'artifacts/bench');
const row = (what: string, value: string, target = '') => console.log(`${what.padEnd(58)} ${value.padStart(12)}  ${target}`);

console.log('Building the extension and the benchmark page...');
execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
await build({
  configFile: false, logLevel: 'warn', root,
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: { outDir: out, emptyOutDir: true, lib: { entry: resolve(root, 'bench/db-bench.ts'), formats: ['iife'], name: 'bench', fileName: () => 'db-bench.js' } },
});

console.log('\nBundle sizes (minified, gzip):');
const dist = resolve(root, 'dist');
const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)]));
for (const f of walk(dist).filter((f) => f.endsWith('.js')).sort()) {
  const bytes = readFileSync(f);
  const name = f.slice(dist.length + 1);
  row(`  ${name}`, `${(gzipSync(bytes).length / 1024).toFixed(1)} KB`, name === 'content.js' ? 'target <= 25 KB' : `(${(bytes.length / 1024).toFixed(0)} KB raw)`);
}

const exe = chromiumPath();
if (!exe) { console.log('\nNo Chromium: install it (apt-get install -y chromium) for the browser figures.'); process.exit(0); }
const { url, server } = await serve(out, { '/': '<!doctype html><title>bench</title><script src="/db-bench.js"></script>' });
const browser = await chromium.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage();
await page.goto(`${url}/`);
const base = JSON.parse(readFileSync(resolve(root, 'public/packs/default.json'), 'utf8'));
const blocks = htmlToPageText(readFileSync(resolve(root, 'samples/makeyevka-article.html'), 'utf8')).blocks;
const r = await page.evaluate((opts) => window.runDbBench(opts), { events: 10_000, claims: 100_000, base, blocks, runs: 50 }) as {
  installMs: number; claims: number; events: number; matchP50: number; matchP95: number; coldP50: number; coldP95: number; runs: number; extractP50: number; extractP95: number; sentences: number;
};
console.log(`\nClaim database (Chromium ${browser.version()}, real IndexedDB):`);
row(`  install a pack of ${r.claims.toLocaleString('en')} claims, ${r.events.toLocaleString('en')} events`, `${(r.installMs / 1000).toFixed(2)} s`, '(one transaction)');
row(`  matching the sample article, ${r.runs} runs: p50`, `${r.matchP50.toFixed(2)} ms`);
row('  matching the sample article: p95', `${r.matchP95.toFixed(2)} ms`, 'target p95 <= 10 ms');
row('  matching, event claims not cached (read from IndexedDB): p50', `${r.coldP50.toFixed(2)} ms`);
row('  matching, event claims not cached: p95', `${r.coldP95.toFixed(2)} ms`, 'target p95 <= 10 ms');
row(`  extraction (compromise) of its ${r.sentences} candidate sentences: p50`, `${r.extractP50.toFixed(1)} ms`, '(background worker, off the page)');
row('  extraction: p95', `${r.extractP95.toFixed(1)} ms`);
await browser.close();
server.close();
