// Real Chromium with the built extension loaded, and a static server on 127.0.0.1.
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const DIST = resolve(import.meta.dirname, '../../dist');

/**
 * The built highlights.css rules of the highlights a page registered (the manifest gives the file to
 * every page; a page's script cannot read it, so tests read it here).
 */
export function highlightRules(names: Iterable<string>): string[] {
  const registered = new Set(names);
  return readFileSync(join(DIST, 'highlights.css'), 'utf8').split('\n')
    .filter((rule) => registered.has(/^::highlight\(([^)]+)\)/.exec(rule)?.[1] ?? ''));
}

export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (p && existsSync(p)) return p;
  return null;
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** `dist`: another build of the extension to load (a copy with other bundled data, say). */
export async function launchWithExtension(options: { locale?: string; headless?: boolean; javaScriptEnabled?: boolean; profile?: string; args?: string[]; dist?: string } = {}): Promise<Launched> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium');
  // a given profile folder is kept (to test a browser restart); a fresh one is removed on close
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'crosscount-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-GB',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${options.dist ?? DIST}`, `--load-extension=${options.dist ?? DIST}`, '--no-sandbox', '--disable-gpu',
      '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId,
    async close() {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8' };

/** Serves files from `root` (and extra in-memory pages) on 127.0.0.1 at a free port. */
export async function serve(root: string, pages: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (pages[path] !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(pages[path]);
      return;
    }
    const file = resolve(root, `.${path}`);
    if (!file.startsWith(resolve(root)) || !existsSync(file)) { res.writeHead(404); res.end('not found'); return; }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/** Polls `probe` until `done` holds; for hooks, where expect.poll is not allowed. */
export async function waitFor<T>(probe: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (done(v)) return v;
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
