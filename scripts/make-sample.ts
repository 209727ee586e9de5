// Wraps the seed article (shared/fixtures/makeyevka-article.txt) in a plain news-page
// layout for `npm start` and the browser tests: a headline, a byline, one <p> per line,
// and a publish date. A test checks that the page's paragraphs still equal the fixture.
import { readFileSync, writeFileSync } from 'node:fs';

const text = readFileSync('../shared/fixtures/makeyevka-article.txt', 'utf8');
const [byline, ...paragraphs] = text.split('\n').filter((l) => l.trim());
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// One figure split across inline elements, as real pages do: "killing <b>89</b> Russian conscripts".
const body = paragraphs.map((p, i) => {
  let html = esc(p);
  if (i === 0) html = html.replace('killing 89 Russian', 'killing <b>89</b> <a href="#conscripts">Russian</a>');
  return `    <p>${html}</p>`;
}).join('\n');
const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Blinken's message to Lavrov after the Makeyevka strike</title>
  <meta property="article:published_time" content="2023-01-05T10:00:00Z">
  <meta name="description" content="The New Year strike on Makeyevka and what it means for the war in Ukraine.">
  <style>body { max-width: 46em; margin: 2em auto; font: 18px/1.6 Georgia, serif; padding: 0 1em; } .byline { color: #555; }</style>
</head>
<body>
  <article>
    <h1>Blinken's message to Lavrov after the Makeyevka strike</h1>
    <p class="byline">${esc(byline)}</p>
${body}
  </article>
</body>
</html>
`;
writeFileSync('samples/makeyevka-article.html', page);
console.log('samples/makeyevka-article.html written');
