// The scan reply on the wire: decoded on the page's main thread, so it carries only what the
// page lacks, and decodes back to exactly what the background matched.
import { describe, expect, it } from 'vitest';
import { scanFile } from '../../src/cli/main.ts';
import { fromWire, HIGHLIGHTED, toWire } from '../../extension/shared/messages.ts';

describe('the scan reply', () => {
  it('decodes to the matched figures the page highlights, with their sentences and event titles', async () => {
    const result = await scanFile('../shared/fixtures/makeyevka-article.txt');
    expect(result.mentions.length).toBeGreaterThan(3);
    const bySentence = new Map(result.mentions.map((m) => [m.sentenceId, m.sentence]));
    const wire = JSON.parse(JSON.stringify(toWire(result, HIGHLIGHTED)));
    const back = fromWire(wire, (id) => bySentence.get(id)!);
    expect(back).toEqual({ events: result.events, mentions: result.mentions.filter((m) => HIGHLIGHTED.has(m.verdict)) });
  });

  it('leaves out figures of verdicts the page does not show, and never echoes a sentence', async () => {
    const result = await scanFile('../shared/fixtures/makeyevka-article.txt');
    const onlyConflicts = toWire(result, new Set(['inconsistent']));
    expect(onlyConflicts.mentions.map((m) => m.verdict)).toEqual(result.mentions.filter((m) => m.verdict === 'inconsistent').map((m) => m.verdict));
    const text = JSON.stringify(toWire(result, HIGHLIGHTED));
    for (const m of result.mentions) expect(text).not.toContain(m.sentence);
    // each event's tracked figures go once, however many figures refer to them
    expect(toWire(result, HIGHLIGHTED).figures.length).toBeLessThan(result.mentions.length);
  });
});
