// Runs in a real Chromium page (real IndexedDB): installs a 100,000-claim pack with the
// extension's own install code (and installs it again, as an update would), then times the extension's own matching of a page.
import { CrosscountDB, DexieClaimStore, installPack } from '../src/claims/db.ts';
import { extractCandidates, matchMentions, scanPage } from '../src/match/scan.ts';
import { candidateSentences } from '../src/page/candidates.ts';
import type { Pack } from '../src/claims/model.ts';
import { syntheticPack } from './synthetic.ts';

declare global { interface Window { runDbBench: (opts: { events: number; claims: number; base: Pack; blocks: string[]; runs: number; packs?: Pack[] }) => Promise<unknown> } }

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

/** `packs`: install these (the default pack and a GED-shaped one, say) instead of a synthetic pack. */
window.runDbBench = async ({ events, claims, base, blocks, runs, packs }) => {
  await CrosscountDB.delete('bench');
  const db = new CrosscountDB('bench');
  const installed = packs ?? [syntheticPack(events, claims, base)];
  const t0 = performance.now();
  for (const p of installed) await installPack(db, p);
  const installMs = performance.now() - t0;
  // an update: the same packs again, replacing every row in one transaction each
  const t1 = performance.now();
  for (const p of installed) await installPack(db, p);
  const reinstallMs = performance.now() - t1;
  const pack = { claims: installed.flatMap((p) => p.claims), events: installed.flatMap((p) => p.events) };
  const store = new DexieClaimStore(db);
  // the page as the content script sends it: sentences with their paragraphs, and the lede
  const candidates = candidateSentences(blocks);
  const sentences = candidates.map(({ id, text, block }) => ({ id, text, block }));
  const paragraphs = [...new Set(candidates.map((c) => c.block))].map((id) => ({ id, text: blocks[id] }));
  const lede = blocks.filter((b) => b.length >= 60).slice(0, 3);
  const request = {
    page: { title: "Blinken's message to Lavrov after the Makeyevka strike", url: 'http://127.0.0.1/makeyevka', publishedAt: '2023-01-05', lede },
    sentences, blocks: paragraphs,
  };
  // matching alone: the event list is cached after the first page, as in the background
  await scanPage(request, store);
  const times: number[] = [];
  const coldTimes: number[] = [];
  const extractTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const found = extractCandidates(sentences);
    const t1 = performance.now();
    const r = await matchMentions(found, request, store);
    times.push(performance.now() - t1);
    extractTimes.push(t1 - t0);
    if (r.mentions.filter((m) => m.verdict !== 'untracked').length === 0) throw new Error('no mentions matched');
    // cold: the claim cache emptied, as for a page about an event not seen lately
    store.dropClaimCache();
    const t2 = performance.now();
    await matchMentions(found, request, store);
    coldTimes.push(performance.now() - t2);
  }
  db.close();
  return {
    installMs, reinstallMs, claims: pack.claims.length, events: pack.events.length, runs, sentences: sentences.length,
    matchP50: quantile(times, 0.5), matchP95: quantile(times, 0.95), coldP50: quantile(coldTimes, 0.5), coldP95: quantile(coldTimes, 0.95), extractP50: quantile(extractTimes, 0.5), extractP95: quantile(extractTimes, 0.95),
  };
};
