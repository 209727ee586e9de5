// What `npm run build` produces: one manifest both browsers accept, and a content script
// that stays light (no compromise, no database).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { DIST } from '../../scripts/lib/browser.ts';

describe('the built extension', () => {
  it('has every file the manifest names', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toMatchObject({ service_worker: 'background.js', scripts: ['background.js'], type: 'module' });
    expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    // what the reader grants: the Firefox tests' copy adds "scripting" (scripts/lib/firefox.ts); the build never does
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    // the highlights' looks, which the content script no longer builds (highlight-looks.ts)
    expect(manifest.content_scripts[0].css).toEqual(['highlights.css']);
    const files = [manifest.background.service_worker, manifest.action.default_popup, manifest.options_ui.page,
      ...manifest.content_scripts.flatMap((c: { js: string[]; css?: string[] }) => [...c.js, ...(c.css ?? [])]), ...Object.values(manifest.icons) as string[], 'packs/default.json'];
    for (const f of files) expect(existsSync(join(DIST, f)), f).toBe(true);
  });

  it('keeps compromise and Dexie out of the content script', () => {
    const content = readFileSync(join(DIST, 'content.js'), 'utf8');
    expect(content).not.toMatch(/compromise|spencermountain|Dexie/);
    const background = readFileSync(join(DIST, 'background.js'), 'utf8');
    expect(background).toMatch(/Dexie/);
    // what every page pays before its first highlight: at most 10 KB gzipped, with the highlights' stylesheet the
    // manifest gives it, and no Preact and no card
    const css = readFileSync(join(DIST, 'highlights.css'), 'utf8');
    expect(css).toMatch(/::highlight\(crosscount-matches\)/);
    expect(gzipSync(content).length + gzipSync(css).length).toBeLessThanOrEqual(10 * 1024);
    // (minified Preact holds no "preact"; its runtime's one fixed string is dangerouslySetInnerHTML)
    expect(content).not.toMatch(/dangerouslySetInnerHTML|crosscount-card/);
    // the card's module comes on a page's first highlight: a web-accessible file, by a dynamic URL only
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toEqual([{ resources: ['card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }]);
    const card = readFileSync(join(DIST, 'card-ui.js'), 'utf8');
    expect(card).toMatch(/crosscount-card/);
    expect(card).toMatch(/dangerouslySetInnerHTML/); // the marker above is one Preact really carries
  });

  it('passes addons-linter with 0 errors', () => {
    const bin = join(import.meta.dirname, '../../node_modules/.bin/addons-linter');
    const out = execFileSync(bin, [DIST, '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(out);
    expect(report.errors).toEqual([]);
    // the known warnings, explained in the README
    const codes = report.warnings.map((w: { code: string }) => w.code).sort();
    for (const c of codes) expect(['BACKGROUND_SERVICE_WORKER_IGNORED', 'UNSAFE_VAR_ASSIGNMENT']).toContain(c);
    // in the content script, the one such warning is the card module's import (its URL is runtime.getURL of our own file)
    const inContent = report.warnings.filter((w: { file?: string }) => w.file === 'content.js');
    expect(inContent.map((w: { message: string }) => w.message)).toEqual(['Unsafe call to import for argument 0']);
  }, 60_000);
});
