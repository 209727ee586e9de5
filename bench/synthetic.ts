// A large synthetic claim pack for benchmarks: `events` events with made-up place names,
// `claims` claims spread over them, plus the real default pack's events so that real
// pages still match.
import type { Pack } from '../src/claims/model.ts';

const SYLLABLES = ['ka', 'ro', 'vi', 'ne', 'lu', 'mar', 'pol', 'sk', 'dov', 'ts', 'ha', 'rin', 'bel', 'zor', 'yan', 'ost', 'gra', 'len'];

function name(i: number): string {
  let s = '';
  let n = i + 7;
  for (let k = 0; k < 3; k++) { s += SYLLABLES[n % SYLLABLES.length]; n = Math.floor(n / SYLLABLES.length) + k * 5; }
  return `${s[0].toUpperCase()}${s.slice(1)}${i}`;
}

export function syntheticPack(events: number, claims: number, base?: Pack): Pack {
  const sources = Array.from({ length: 200 }, (_, i) => ({ id: `src-${i}`, name: `Source ${i}`, type: 'media' as const, aliases: [`Agency ${i}`] }));
  const evs = Array.from({ length: events }, (_, i) => {
    const place = name(i);
    const day = new Date(Date.UTC(2015, 0, 1) + (i % 3000) * 86400000).toISOString().slice(0, 10);
    return { id: `ev-${i}`, title: `Strike on ${place}`, aliases: [place, `${place} strike`], places: [place, 'Region'], date: day, keywords: [place, 'shelling', 'missile'] };
  });
  const cl = Array.from({ length: claims }, (_, i) => {
    const e = i % events;
    const v = 5 + ((i * 37) % 400);
    return {
      id: `c-${i}`, eventId: `ev-${e}`, sourceId: `src-${i % 200}`, category: 'killed' as const, low: v, high: v, approx: false,
      qualifier: `${v} killed`, reportedAt: evs[e].date, url: `https://example.org/${i}`, supersedes: null,
    };
  });
  return {
    format: 'crosscount-pack/1', id: 'synthetic', title: 'Synthetic benchmark pack', version: 1, publishedAt: '2026-11-01T00:00:00Z',
    sources: [...sources, ...(base?.sources ?? [])], events: [...evs, ...(base?.events ?? [])], claims: [...cl, ...(base?.claims ?? [])],
  };
}
