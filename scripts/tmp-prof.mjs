// Measures, from outside, what a built extension costs a page's main thread.
// usage (from the project root): node ../shared/tools/page-cost.mjs dist PAGE.html [PAGE.html ...] [--runs N] [--json]
// For each page: loads it in Debian's Chromium with the extension, samples the page's
// main thread with the V8 CPU profiler (50 µs), and counts every sample whose stack holds
// a chrome-extension:// frame (the content script and what it calls). Prints per page
// the median over runs of: extension ms, longest extension run (≈ longest task), and
// marks found. The same measurement with no extension loaded gives the noise floor.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
// playwright-core is resolved from the project you run this in (its node_modules), not from this folder.
const { chromium } = createRequire(path.join(process.cwd(), 'package.json'))('playwright-core');

const args = process.argv.slice(2);
const flag = (name, dflt) => { const i = args.indexOf(name); if (i < 0) return dflt; const v = args[i + 1]; args.splice(i, 2); return v; };
const runs = Number(flag('--runs', 3));
const asJson = args.includes('--json') ? (args.splice(args.indexOf('--json'), 1), true) : false;
const [dist, ...pages] = args.map(p => path.resolve(p));
if (!dist || pages.length === 0) { console.error('usage: node page-cost.mjs DIST PAGE.html [...] [--runs N] [--json]'); process.exit(2); }

const files = new Map(pages.map((p, i) => [`/p${i}.html`, p]));
const server = http.createServer((req, res) => {
  const file = files.get(req.url.split('?')[0]);
  if (!file) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(fs.readFileSync(file));
});
await new Promise(r => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-cost-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${dist}`, `--load-extension=${dist}`, '--no-sandbox', '--disable-gpu', '--disable-quic',
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 }).catch(() => null);

const agg = new Map();
function extensionCost(profile) {
  const byId = new Map(profile.nodes.map(n => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inExt = new Map();
  const isExt = id => {
    if (inExt.has(id)) return inExt.get(id);
    const n = byId.get(id);
    const v = n.callFrame.url.startsWith('chrome-extension://') || (parent.has(id) && isExt(parent.get(id)));
    inExt.set(id, v);
    return v;
  };
  let total = 0, run = 0, longest = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const name = byId.get(id).callFrame.functionName;
    if (isExt(id)) { total += dt; run += dt; longest = Math.max(longest, run); const n = byId.get(id); const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; agg.set(k, (agg.get(k) ?? 0) + dt / runs); }
    else if (name === '(program)' || name === '(garbage collector)') { if (run > 0) run += dt; } // same task goes on
    else run = 0; // idle or the page's own code: the extension's task has ended
  });
  return { total, longest };
}

const median = xs => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const results = [];
for (const [route, file] of files) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await page.goto(`${base}${route}?r=${r}`, { waitUntil: 'load', timeout: 60000 });
    await page.waitForTimeout(2500); // let the extension finish: highlights, idle work
    const { profile } = await cdp.send('Profiler.stop');
    const cost = extensionCost(profile);
    const marks = await page.evaluate(() => {
      let n = 0;
      try { for (const h of CSS.highlights.values()) n += h.size; } catch { /* no highlight registry */ }
      return n + document.querySelectorAll('mark, [data-crosscount], crosscount-highlight').length;
    });
    samples.push({ ...cost, marks });
    await page.close();
  }
  const row = { page: path.basename(file), bytes: fs.statSync(file).size,
    extensionMs: +median(samples.map(s => s.total)).toFixed(2), longestMs: +median(samples.map(s => s.longest)).toFixed(2),
    marks: median(samples.map(s => s.marks)) };
  results.push(row);
  if (!asJson) console.log(row.page, row.extensionMs); for (const [k, v] of [...agg].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(2).padStart(8), k);
}
if (asJson) console.log(JSON.stringify({ worker: Boolean(worker), results }));
await context.close();
server.close();
fs.rmSync(profileDir, { recursive: true, force: true });
