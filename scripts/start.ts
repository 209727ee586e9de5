// `npm start`: builds the extension and shows it at work on the bundled sample article.
// With a display, Chromium opens with the extension loaded; without one, it runs headless,
// writes screenshots of the highlights and the hover card, and prints the findings. With no
// Chromium at all, it prints the command-line scan and says how to install a browser.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumPath, launchWithExtension, serve, waitFor } from './lib/browser.ts';
import { highlightTexts, textPoint } from './lib/probes.ts';
import { cardText } from './lib/card-root.ts';
import { scanFile } from '../src/cli/main.ts';
import { formatReport } from '../src/cli/report.ts';

const root = resolve(import.meta.dirname, '..');
const sample = resolve(root, 'samples/makeyevka-article.html');
const out = resolve(root, 'artifacts/start');

console.log('Building the extension into dist/ ...');
execSync('npm run build --silent', { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

console.log('\nWhat Crosscount finds on the sample article (samples/makeyevka-article.html):\n');
console.log(formatReport(await scanFile(sample)));

if (!chromiumPath()) {
  console.log('No Chromium found, so the extension was not shown in a browser.');
  console.log('Install one with: sudo apt-get install -y chromium   (or set CHROMIUM_PATH), then run npm start again.');
  console.log('You can also load dist/ by hand: see "Load it by hand" in README.md.');
  process.exit(0);
}

const { url, server } = await serve(resolve(root, 'samples'));
const pageUrl = `${url}/makeyevka-article.html`;
const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
const browser = await launchWithExtension({ headless: !headed });
const page = await browser.context.newPage();
await page.goto(pageUrl);
const highlights = Object.entries(await waitFor(() => page.evaluate(highlightTexts), (h) => Object.values(h).flat().length > 0, 20_000, 'highlights on the sample page'));
console.log('Highlighted in Chromium:');
for (const [name, ranges] of highlights) if (ranges.length) console.log(`  ${name.replace('crosscount-', '')}: ${ranges.map((r) => `"${r}"`).join(', ')}`);

if (headed) {
  console.log(`\nChromium is open on ${pageUrl}. Hover a highlighted figure to see its card. Press Ctrl+C to quit.`);
  const stop = async () => { await browser.close(); server.close(); process.exit(0); };
  process.on('SIGINT', stop);
  browser.context.on('close', stop);
} else {
  mkdirSync(out, { recursive: true });
  await page.screenshot({ path: resolve(out, 'highlights.png') });
  const box = await page.evaluate(textPoint, ['89', 'killing '] as const);
  if (box) {
    await page.mouse.move(box.x - 20, box.y - 30);
    await page.mouse.move(box.x, box.y, { steps: 3 });
    await waitFor(() => cardText(page), Boolean, 5000, 'the hover card');
    await page.screenshot({ path: resolve(out, 'hover-card.png') });
  }
  console.log(`\nNo display, so Chromium ran headless. Screenshots: ${resolve(out, 'highlights.png')} and ${resolve(out, 'hover-card.png')}`);
  await browser.close();
  server.close();
}
