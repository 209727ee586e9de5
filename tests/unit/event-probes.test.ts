// Event identity on the probe pages (tests/fixtures/event-probes) and the 130 real pages,
// measured the way `npm run eval` measures it; then the same with 10,000 GED-shaped events
// installed beside the default pack.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { evaluateProbes } from '../../src/eval/event-probes.ts';
import { MemoryClaimStore } from '../../src/claims/store.ts';
import type { Pack } from '../../src/claims/model.ts';
import { importUcdp } from '../../src/packs/ucdp.ts';
import { gedShapedCsv } from '../support/ged-shaped.ts';

const pack = JSON.parse(readFileSync('public/packs/default.json', 'utf8')) as Pack;

describe('which event each figure is about, on the probe pages', () => {
  it('ties no figure on other-event pages, every figure of true pages, and on mixed pages only the sentences about each event', async () => {
    const r = await evaluateProbes('.', '../shared/corpus/pages');
    expect(r.pages.other).toBeGreaterThanOrEqual(19);
    expect(r.pages.true).toBeGreaterThanOrEqual(20);
    expect(r.wrong).toEqual([]);
    expect(r.truePagesMatched).toBe(r.pages.true);
    // figures left untracked rather than tied, known and listed by npm run eval: one sentence
    // naming two events ("600 in revenge for the Makiivka strike, in which 89 died"), and a
    // report dated ten months later whose second paragraph does not say which blast it means
    expect(r.missed.length).toBeLessThanOrEqual(2);
    expect(r.corpusPages).toBe(130);
    expect(r.corpusTied).toEqual([]);
  }, 60_000);

  it('holds with 10,000 GED-shaped events on the same places over years', async () => {
    const ged = importUcdp(gedShapedCsv(10_000), { id: 'ged-shaped', title: 'GED-shaped', version: 1, publishedAt: '2026-11-01T00:00:00Z' });
    expect(ged.events.length).toBe(10_000);
    const r = await evaluateProbes('.', undefined, new MemoryClaimStore([pack, ged]));
    expect(r.wrong).toEqual([]);
    expect(r.truePagesMatched).toBe(r.pages.true);
  }, 60_000);
});
