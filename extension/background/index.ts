// The service worker: owns the claim database, installs the default pack, answers the
// content script's scan requests with the shared src/ pipeline, and keeps the badge.
import browser from 'webextension-polyfill';
import { coveredEvents, CrosscountDB, DexieClaimStore } from '../../src/claims/db.ts';
import { scanPage } from '../../src/match/scan.ts';
import { sentencesOfBlocks } from '../../src/page/block-sentences.ts';
import { toWire, type ScanMessage, type ToBackground } from '../shared/messages.ts';
import { ensureDefaultPack } from './default-pack.ts';
import { TabReports } from './tab-reports.ts';
import { disputedIn, recordScan } from './tab-state.ts';
import { PackManager } from './packs.ts';
import { CorrectionsManager } from './corrections.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';
import { highlightedVerdicts, isSiteDisabled, shownOn, type Settings } from '../../src/settings.ts';

const db = new CrosscountDB();
const store = new DexieClaimStore(db);
const reports = new TabReports();
const packs = new PackManager(db, store);
packs.listen();
const corrections = new CorrectionsManager(db);
corrections.listen();

// The reader's settings are applied here, not on the page: pages never touch storage.
let settings: Promise<Settings> = loadSettings();
onSettingsChanged((s) => {
  settings = Promise.resolve(s);
  void tellTabs(s);
});

/** Every tab's pages hear of a change of settings; those it concerns redraw. */
async function tellTabs(s: Settings): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, { type: 'settings-changed', settings: s }).catch(() => undefined);
  }
}

// Every request waits for the default pack, and only for it: pack checks and correction
// retries go to the network and run after, off the path pages wait on. A failure is
// reported, never swallowed.
let ready: Promise<void> = start();

async function start(): Promise<void> {
  // one colour for every tab's badge, set once rather than with every count
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await ensureDefaultPack(db);
  store.invalidate();
  void background();
}

async function background(): Promise<void> {
  await packs.schedule().catch((e) => console.warn('Crosscount: pack checks', e));
  await corrections.retryDue().catch((e) => console.warn('Crosscount: correction retries', e));
}

browser.runtime.onInstalled.addListener(() => {
  ready = ready.catch(() => undefined).then(start);
});

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  const m = message as ToBackground;
  switch (m?.type) {
    case 'scan': return handleScan(m, sender);
    case 'tab-report': return reports.ready().then(() => reports.report(m.tabId));
    case 'list-packs': return ready.then(() => packs.list());
    case 'list-events': return ready.then(() => coveredEvents(db));
    case 'subscribe': return ready.then(() => packs.subscribe(m.url, m.publicKey));
    case 'update-now': return ready.then(() => packs.check(m.url));
    case 'unsubscribe': return ready.then(() => packs.remove(m.url)).then(() => ({ ok: true }), (e: Error) => ({ ok: false, error: e.message }));
    case 'new-correction': return ready.then(() => corrections.startDraft(m.mention, m.page)).then((id) => ({ ok: true, id }), failure);
    case 'propose-tracking': return ready.then(() => corrections.startProposal(m.figure, m.page)).then((id) => ({ ok: true, id }), failure);
    case 'get-correction': return ready.then(() => corrections.get(m.id));
    case 'save-correction': return corrections.saveDraft(m.correction).then(() => ({ ok: true }), failure);
    case 'send-correction': return ready.then(() => corrections.send(m.correction)).catch(failure);
    case 'retry-correction': return corrections.retry(m.localId);
    case 'list-corrections': return corrections.list();
    case 'export-corrections': return corrections.exportFile(m.ids);
    case 'import-corrections': return corrections.importFile(m.text);
    default: return undefined;
  }
});

function failure(e: unknown) {
  return { ok: false as const, error: (e as Error)?.message ?? String(e) };
}

async function handleScan({ request, reset, forget, evenIfOff }: ScanMessage, sender: browser.Runtime.MessageSender) {
  try {
    const s = await settings;
    // the frame's own host, as the page's location.hostname
    const host = hostOf(sender.url ?? request.page.url);
    if (!evenIfOff && host && isSiteDisabled(s, host)) return { ok: true as const, off: true as const, shown: 'off' as const };
    await ready;
    const { request: sentences, spans } = sentencesOfBlocks(request);
    const result = await scanPage(sentences, store);
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      await reports.ready();
      const state = recordScan(reports.state(tabId), {
        frameId: sender.frameId ?? 0, url: request.page.url, title: request.page.title, result, reset: Boolean(reset), forget: forget ?? [],
      });
      reports.set(tabId, state);
      await setBadge(tabId, disputedIn(state));
    }
    // the page learns where each figure's sentence lies in its block, for every figure: the popup may ask it to propose an untracked one
    const figureSpans = [...new Set(result.mentions.map((m) => m.sentenceId))].map((id) => spans.get(id)!).filter(Boolean);
    return { ok: true as const, result: toWire(result, highlightedVerdicts(s)), shown: host ? shownOn(s, host) : '', spans: figureSpans, read: sentences.sentences.length };
  } catch (e) {
    console.error('Crosscount scan failed', e);
    return { ok: false as const, error: (e as Error).message ?? String(e) };
  }
}

function hostOf(url: string): string | null {
  try { return new URL(url).hostname; } catch { return null; }
}

async function setBadge(tabId: number, disputed: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: disputed > 0 ? String(disputed) : '' });
    await browser.action.setTitle({ tabId, title: disputed > 0 ? browser.i18n.getMessage('badgeTitle', [String(disputed)]) : 'Crosscount' });
  } catch {
    // the tab may have closed meanwhile
  }
}

// The keyboard command toggles the overlay on the current page.
browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'toggle-overlay') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'set-overlay' }).catch(() => undefined);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) reports.delete(tabId);
});
browser.tabs.onRemoved.addListener((tabId) => reports.delete(tabId));
