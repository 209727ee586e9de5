import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each run starts a process that loads the extractor (about 1.5 s here, more when the other test files run
// beside it): the default 5 s is too close for a test of several runs. No speed is asserted.
const SPAWNS = { timeout: 30_000 };

const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/crosscount.mjs', ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('crosscount scan', SPAWNS, () => {
  it('lists the seed article\'s figures with their verdicts as JSON', () => {
    const out = execFileSync(process.execPath, ['bin/crosscount.mjs', 'scan', '../shared/fixtures/makeyevka-article.txt', '--json'], { encoding: 'utf8' });
    const result = JSON.parse(out);
    expect(result.events[0]).toMatchObject({ id: 'makiivka-barracks-strike-2023' });
    expect(result.mentions.map((m: { text: string; verdict: string; source: string | null }) => [m.text, m.verdict, m.source])).toEqual([
      ['89', 'matches', null], ['upto 400', 'matches', 'Kiev'], ['scores', 'matches', 'Russian MOD'],
      ['83', 'misattributed', 'Russian MOD'], ['scores', 'matches', 'Russian MOD'], ['89', 'matches', null],
    ]);
    const m = result.mentions[0];
    for (const key of ['text', 'start', 'end', 'sentence', 'low', 'high', 'qualifier', 'category', 'victims', 'source', 'event', 'verdict', 'others']) {
      expect(m).toHaveProperty(key);
    }
    for (const x of result.mentions) expect(x.sentence.slice(x.start, x.end)).toBe(x.text); // offsets into the sentence
    expect(Object.keys(m.others[0])).toEqual(expect.arrayContaining(['source', 'low', 'high', 'category', 'reportedAt', 'url']));
  });

  it('reads HTML and stdin, and prints a readable report', () => {
    const html = run(['scan', 'samples/makeyevka-article.html']);
    expect(html.status).toBe(0);
    expect(html.stdout).toContain('[MISATTRIBUTED]');
    expect(html.stdout).toContain("Russian Ministry of Defence never gave 83: it said 63 (2023-01-02) → 89 (2023-01-04). 83 is Idel.Realii (RFE/RL)'s figure (2023-01-25).");
    expect(html.stdout).toMatch(/Russian Ministry of Defence: 63 \(2023-01-02\) → 89 \(2023-01-04\)/);
    const stdin = run(['scan', '-', '--json'], 'Makeyevka, New Year strike: Kiev claimed that upto 400 Russian soldiers were killed.');
    expect(JSON.parse(stdin.stdout).mentions[0]).toMatchObject({ text: 'upto 400', verdict: 'matches' });
  });

  it('says clearly what is wrong with a bad pack or a missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    writeFileSync(join(dir, 'bad.json'), '<html>not a pack</html>');
    const bad = run(['scan', 'samples/makeyevka-article.html', '--pack', join(dir, 'bad.json')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/cannot read pack/);
    const missing = run(['scan', join(dir, 'nope.html')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT|no such file/);
  });
});

describe('crosscount extract', SPAWNS, () => {
  it('writes mentions per line with offsets into the line\'s text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    const file = join(dir, 'in.jsonl');
    const lines = readFileSync('../shared/corpus/labelled/seed.jsonl', 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    writeFileSync(file, `${lines.map((l) => JSON.stringify({ id: l.id, text: l.text })).join('\n')}\n`);
    const out = run(['extract', file]);
    expect(out.status).toBe(0);
    const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows).toHaveLength(lines.length);
    for (const [i, row] of rows.entries()) {
      expect(row.id).toBe(lines[i].id);
      for (const m of row.mentions) expect(lines[i].text.slice(m.start, m.end)).toBe(m.text);
    }
    expect(rows.find((r) => r.id === 'seed#3').mentions[0]).toMatchObject({ text: 'upto 400', low: null, high: 400, source: 'Kiev' });
  });

  it('skips malformed lines with a message and a non-zero exit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-'));
    const file = join(dir, 'in.jsonl');
    writeFileSync(file, '{"id":1,"text":"12 people were killed."}\nnot json\n{"id":3}\n');
    const out = run(['extract', file]);
    expect(out.status).toBe(1);
    expect(out.stdout.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/line 2 is not JSON/);
    expect(out.stderr).toMatch(/line 3 has no "text"/);
  });
});
