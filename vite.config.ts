// Three passes build the unpacked extension into dist/ (one manifest serves Chrome, Edge
// and Firefox): the default pass builds the background worker, popup and options page;
// `--mode content` builds the content script as one classic (IIFE) script, which is what
// content scripts must be; `--mode card` builds the card's ES module, which the content
// script imports only once a page has a highlight.
import { defineConfig } from 'vite';
import { minify } from 'terser';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { highlightCss } from './extension/content/highlight-looks.ts';

const root = resolve(import.meta.dirname, 'extension');
const outDir = resolve(import.meta.dirname, 'dist');

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'preact' } } };

/** A pass that writes one file of the page's side, added to dist/ beside the default pass's output. */
function pagePass(entry: string, fileName: string, format: 'iife' | 'es') {
  return {
    ...jsx,
    plugins: format === 'iife' ? [repackWithTerser, compileEagerly] : [],
    root,
    publicDir: false as const,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: false,
      minify: true,
      lib: { entry: resolve(root, entry), formats: [format], name: 'crosscountContent', fileName: () => fileName },
      // lib mode leaves ES output unminified by default: this file ships as it is
      ...(format === 'es' ? { rollupOptions: { output: { minify: true } } } : {}),
    },
  };
}

/**
 * The page's script, minified once more by terser (two passes of compression) over what the default minifier wrote: it
 * packs it about 180 bytes gzipped smaller, of the 10 KB every page pays, and the page's casualty words
 * (src/extract/casualty-word.ts) are what those bytes buy. Terser alone, in place of the default, packs it less.
 */
const repackWithTerser = {
  name: 'crosscount-repack-with-terser',
  async generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string }>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && chunk.code !== undefined) chunk.code = (await minify(chunk.code, { compress: { passes: 2 } })).code ?? chunk.code;
    }
  },
};

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): every function of the
 * content script is compiled with the script, not parsed twice and compiled on its first call.
 * A page with figures runs nearly all of them once, and lazy compilation was about a third of
 * what the script cost the sample article (issue 15: 10.5 -> 6.1 ms, median of 20 loads).
 * Added after minification, which would drop it.
 */
const compileEagerly = {
  name: 'crosscount-compile-eagerly',
  generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string }>) {
    for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
  },
};

export default defineConfig(({ mode }) => {
  // the card's module, imported by the content script when the reader first points at a figure
  if (mode === 'card') return pagePass('content/card-ui.ts', 'card-ui.js', 'es');
  if (mode === 'content') return pagePass('content/index.ts', 'content.js', 'iife');
  return {
    ...jsx,
    root,
    base: './',
    publicDir: resolve(import.meta.dirname, 'public'),
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      modulePreload: false,
      rollupOptions: {
        input: {
          background: resolve(root, 'background/index.ts'),
          popup: resolve(root, 'popup/index.html'),
          options: resolve(root, 'options/index.html'),
          correction: resolve(root, 'correction/index.html'),
        },
        output: {
          entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
        },
      },
    },
    plugins: [
      {
        name: 'crosscount-manifest',
        generateBundle() {
          const manifest = JSON.parse(readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8'));
          manifest.version = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')).version;
          this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify(manifest, null, 2)}\n` });
          // the highlights' looks, which the browser gives every page the content script runs on (highlight-looks.ts)
          this.emitFile({ type: 'asset', fileName: 'highlights.css', source: highlightCss() });
        },
      },
    ],
  };
});
