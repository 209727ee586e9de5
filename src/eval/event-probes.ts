// The event-identity probes (tests/fixtures/event-probes) and the real pages, scanned the way
// `crosscount scan` reads a page: which figures are tied to which event, and every mistake.
// Read the same way by `npm run eval` and by the test that holds the targets.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PACK, scanWith } from '../cli/main.ts';
import { loadPack } from '../cli/pack.ts';
import { MemoryClaimStore, type ClaimStore } from '../claims/store.ts';

export interface Probe {
  file: string;
  kind: 'other' | 'true' | 'mixed';
  class: string;
  event?: string;
  untracked?: string[];
  figures?: Record<string, string | null>;
}

export interface ProbeReport {
  pages: Record<Probe['kind'], number>;
  figures: Record<Probe['kind'], number>;
  /** figures tied to an event they are not about (on any page) */
  wrong: string[];
  /** figures about a tracked event left untracked */
  missed: string[];
  /** true pages whose every figure went to their event */
  truePagesMatched: number;
  /** real pages of shared/corpus (none is about a tracked event) and the figures tied there */
  corpusPages: number;
  corpusTied: string[];
}

export function readProbes(root: string): Probe[] {
  return (JSON.parse(readFileSync(join(root, 'tests/fixtures/event-probes/probes.json'), 'utf8')) as { probes: Probe[] }).probes;
}

/** `store`: the claims to match against (the default pack when absent). */
export async function evaluateProbes(root: string, corpusPages?: string, store: ClaimStore = new MemoryClaimStore([loadPack(DEFAULT_PACK)])): Promise<ProbeReport> {
  const report: ProbeReport = {
    pages: { other: 0, true: 0, mixed: 0 }, figures: { other: 0, true: 0, mixed: 0 }, wrong: [], missed: [], truePagesMatched: 0, corpusPages: 0, corpusTied: [],
  };
  for (const probe of readProbes(root)) {
    const result = await scanWith(join(root, probe.file), store);
    report.pages[probe.kind]++;
    const seen = new Map<string, number>();
    let tiedHere = false;
    let wrongHere = false;
    for (const m of result.mentions) {
      const n = (seen.get(m.text) ?? 0) + 1;
      seen.set(m.text, n);
      const key = n > 1 ? `${m.text}#${n}` : m.text;
      const expected = probe.kind === 'other' ? null
        : probe.kind === 'true' ? (probe.untracked?.includes(m.text) ? null : probe.event!)
          : (probe.figures?.[key] !== undefined ? probe.figures[key] : probe.figures?.[m.text] ?? null);
      report.figures[probe.kind]++;
      const where = `${probe.file.split('/').pop()}: "${key}" (${m.category}, ${m.verdict})`;
      if (m.event && m.event !== expected) report.wrong.push(`${where} tied to ${m.event}, expected ${expected ?? 'none'}`);
      if (!m.event && expected) {
        report.missed.push(`${where} untracked (${m.eventEvidence.rejected ? `${m.eventEvidence.rejected.reason}: ${m.eventEvidence.rejected.detail}` : 'no evidence'}), expected ${expected}`);
      }
      if (m.event && m.event !== expected) wrongHere = true;
      if (expected && m.event === expected) tiedHere = true;
    }
    // a true page is matched when its figures go to its event and none elsewhere (a figure left
    // untracked is counted apart, in `missed`)
    if (probe.kind === 'true' && tiedHere && !wrongHere) report.truePagesMatched++;
  }
  if (corpusPages) {
    for (const f of readdirSync(corpusPages).filter((x) => x.endsWith('.html')).sort()) {
      report.corpusPages++;
      for (const m of (await scanWith(join(corpusPages, f), store)).mentions) {
        if (m.event) report.corpusTied.push(`${f}: "${m.text}" tied to ${m.event} (${m.verdict})`);
      }
    }
  }
  return report;
}
