// The dependency rules of DESIGN.md, checked on the imports: src/ runs in Node (no DOM, no
// browser.*, nothing from extension/), and the extension's contexts talk only through
// extension/shared, never by importing each other.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const walk = (d: string): string[] => readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : [join(d, f)])).filter((f) => /\.tsx?$/.test(f));

/** Modules a file loads at run time (type-only imports are erased, so they do not count). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s+(?!type\b)[^'"]*['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]);
}

const resolved = (file: string, spec: string) => (spec.startsWith('.') ? relative(process.cwd(), resolve(dirname(file), spec)) : spec);

describe('dependency rules', () => {
  it('src/ imports nothing from extension/, no browser API and no UI library', () => {
    const bad: string[] = [];
    for (const f of walk('src')) {
      for (const spec of imports(f)) {
        const target = resolved(f, spec);
        if (target.startsWith('extension') || spec === 'webextension-polyfill' || spec.startsWith('preact')) bad.push(`${f} → ${spec}`);
      }
      const code = readFileSync(f, 'utf8').replace(/\/\/.*$/gm, '');
      if (/\b(document|window|chrome|browser)\.[a-zA-Z]/.test(code)) bad.push(`${f} uses the DOM or a browser API`);
    }
    expect(bad).toEqual([]);
  });

  it('each extension context imports only itself, extension/shared and src/', () => {
    const bad: string[] = [];
    for (const ctx of ['content', 'background', 'popup', 'options', 'correction']) {
      for (const f of walk(join('extension', ctx))) {
        for (const spec of imports(f)) {
          const target = resolved(f, spec);
          if (!spec.startsWith('.')) continue;
          const ok = target.startsWith(join('extension', ctx)) || target.startsWith(join('extension', 'shared')) || target.startsWith('src');
          if (!ok) bad.push(`${f} → ${spec}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('the content script never reaches compromise or the database', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of imports(file)) {
        if (!spec.startsWith('.')) { seen.add(spec); continue; }
        const base = resolve(dirname(file), spec);
        visit(relative(process.cwd(), base));
      }
    };
    visit('extension/content/index.ts');
    const reached = [...seen];
    expect(reached.filter((f) => f === 'compromise' || f === 'dexie' || f.endsWith('extract/extract.ts') || f.endsWith('claims/db.ts'))).toEqual([]);
  });
});
