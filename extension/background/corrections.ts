// Volunteer corrections in the background: the form opens on a prepared correction (a figure
// to correct, or one proposed for tracking), the database holds it as a draft from the
// reader's first change, Send validates and delivers it to its pack's
// intake, and failed HTTPS deliveries are retried with backoff (a timer while the worker
// lives, an alarm when it does not).
import browser from 'webextension-polyfill';
import type { CrosscountDB, CorrectionRow } from '../../src/claims/db.ts';
import { correctionFile, parseCorrectionFile, quoteAround, validateCorrection, type Correction, type CorrectionInput, type FieldErrors } from '../../src/corrections/format.ts';
import { proposalFor, type ProposalPage, type ProposedFigure } from '../../src/harvest/propose.ts';
import { deliver, describeIntake, type Delivery } from '../../src/corrections/deliver.ts';
import type { MatchedMention } from '../shared/messages.ts';
import type { CorrectionView, PackChoice } from '../shared/messages.ts';

const ALARM = 'crosscount-corrections-retry';
/** session-storage key prefix of a correction prepared for the form and not yet changed */
const PREPARED = 'prepared-correction:';

/** What is wrong, as the verdict suggests it; the volunteer can change it. */
function kindFor(verdict: MatchedMention['verdict']): Correction['kind'] {
  if (verdict === 'misattributed') return 'wrong-source';
  if (verdict === 'revised') return 'claim-revised';
  if (verdict === 'untracked') return 'missing-claim';
  return 'wrong-figure';
}

export class CorrectionsManager {
  private timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** one delivery at a time per correction: a double Send or a Retry during an attempt joins it */
  private inFlight = new Map<number, Promise<Delivery>>();

  constructor(private readonly db: CrosscountDB) {}

  /** From the card: the form opens on a prepared correction; the database holds it once the reader changes something. */
  async startDraft(mention: MatchedMention, page: { url: string; title: string }): Promise<string> {
    const own = mention.others.filter((o) => o.sourceId === mention.sourceId);
    const claim = own.find((o) => !o.supersededBy) ?? own[0] ?? null;
    const packId = claim?.packId ?? mention.others[0]?.packId ?? null;
    const c: Correction = {
      id: crypto.randomUUID(),
      createdAt: new Date().toISOString(),
      kind: kindFor(mention.verdict),
      packId,
      page,
      // the figure's clause: a run-on sentence of thousands of characters could never be sent
      quote: quoteAround(mention.sentence, mention.start, mention.end),
      found: { text: mention.text, low: mention.low, high: mention.high, category: mention.category, source: mention.source },
      event: mention.event ? { id: mention.event, title: mention.eventTitle ?? mention.event } : null,
      claim: claim ? { id: claim.claimId, packId: claim.packId, source: claim.source, low: claim.low, high: claim.high } : null,
      proposed: { low: mention.low, high: mention.high, category: mention.category, source: mention.sourceName ?? mention.source ?? '', citationUrl: '', reportedAt: null },
      note: '',
    };
    return this.openPrepared(c);
  }

  /**
   * "Propose for tracking": a figure a page attributes to a source, about no tracked event,
   * prepared as a proposed claim ("new-event", with the event as the page names it) for the
   * first pack that takes corrections. Shown in full; nothing is stored or sent until the
   * reader changes it or presses Send.
   */
  async startProposal(figure: ProposedFigure, page: ProposalPage): Promise<string> {
    const packs = (await this.db.packs.toArray()).filter((p) => p.corrections).sort((a, b) => Number(b.url === null) - Number(a.url === null));
    const c = proposalFor(figure, page, { id: crypto.randomUUID(), createdAt: new Date().toISOString(), packId: packs[0]?.id ?? null, event: null });
    return this.openPrepared(c);
  }

  /** A prepared correction waits in session storage (gone with the browser session), not in the database. */
  private async openPrepared(c: Correction): Promise<string> {
    await browser.storage.session.set({ [PREPARED + c.id]: c });
    await browser.tabs.create({ url: browser.runtime.getURL(`correction/index.html?id=${encodeURIComponent(c.id)}`) });
    return c.id;
  }

  private async prepared(id: string): Promise<Correction | null> {
    const key = PREPARED + id;
    return ((await browser.storage.session.get(key))[key] as Correction | undefined) ?? null;
  }

  private row(c: Correction | CorrectionInput, status: CorrectionRow['status']): CorrectionRow {
    const now = new Date().toISOString();
    return { id: c.id, packId: c.packId, status, createdAt: c.createdAt, updatedAt: now, payload: c, lastError: null, attempts: 0, nextAttemptAt: null, sentAt: null, sentVia: null };
  }

  async packChoices(eventId: string | null): Promise<PackChoice[]> {
    const packs = await this.db.packs.toArray();
    const tracking = eventId ? new Set((await this.db.events.where('id').equals(eventId).toArray()).map((e) => e.packId)) : new Set<string>();
    return packs.map((p) => ({ id: p.id, title: p.title, tracksEvent: tracking.has(p.id), intake: describeIntake(p.corrections), hasIntake: Boolean(p.corrections), intakeUrl: p.corrections?.type === 'https' ? p.corrections.url : null }));
  }

  async get(id: string): Promise<CorrectionView | null> {
    let row = await this.db.corrections.where('id').equals(id).first();
    if (!row) {
      const c = await this.prepared(id);
      if (!c) return null;
      row = { ...this.row(c, 'draft'), localId: 0 };
    }
    const c = row.payload as Correction;
    return { ...this.view(row), packs: await this.packChoices(c.event?.id ?? null) };
  }

  private view(row: CorrectionRow): CorrectionView {
    return { localId: row.localId!, correction: row.payload as Correction, status: row.status, lastError: row.lastError, lastReason: row.lastReason ?? null, updatedAt: row.updatedAt, sentVia: row.sentVia ?? null, sentViaReason: row.sentViaReason ?? null, attempts: row.attempts ?? 0, packs: [] };
  }

  async list(): Promise<CorrectionView[]> {
    return (await this.db.corrections.orderBy('createdAt').reverse().toArray()).map((r) => this.view(r));
  }

  /** Keeps what the form holds, even half-filled: a draft is never lost. */
  async saveDraft(input: CorrectionInput): Promise<void> {
    const row = await this.db.corrections.where('id').equals(input.id).first();
    if (!row) {
      await this.db.corrections.add(this.row(input, 'draft'));
      await browser.storage.session.remove(PREPARED + input.id);
      return;
    }
    if (row.status === 'sent') throw new Error('This correction was sent; it can no longer be changed.');
    await this.db.corrections.update(row.localId!, { payload: input, packId: input.packId, updatedAt: new Date().toISOString() });
  }

  /** Validates, stores as queued, then delivers. Nothing is sent when a field is wrong. */
  async send(input: CorrectionInput): Promise<{ ok: false; errors: FieldErrors } | { ok: true; delivery: Delivery }> {
    await this.saveDraft(input);
    const v = validateCorrection(input);
    if (!v.ok) return { ok: false, errors: v.errors };
    const row = (await this.db.corrections.where('id').equals(input.id).first())!;
    await this.db.corrections.update(row.localId!, { payload: v.correction, status: 'queued', lastError: null, lastReason: null, updatedAt: new Date().toISOString() });
    return { ok: true, delivery: await this.attempt(row.localId!) };
  }

  async retry(localId: number): Promise<Delivery> {
    return this.attempt(localId);
  }

  private attempt(localId: number): Promise<Delivery> {
    const running = this.inFlight.get(localId);
    if (running) return running;
    const p = this.deliverOnce(localId).finally(() => this.inFlight.delete(localId));
    this.inFlight.set(localId, p);
    return p;
  }

  private async deliverOnce(localId: number): Promise<Delivery> {
    clearTimeout(this.timers.get(localId));
    this.timers.delete(localId);
    const row = await this.db.corrections.get(localId);
    const pack = row?.packId ? await this.db.packs.get(row.packId) : undefined;
    const delivery = await deliver(this.db, localId, pack?.corrections ?? null, {
      fetch: (u, init) => fetch(u, init),
      openUrl: async (url) => { await browser.tabs.create({ url }); },
    });
    if (delivery.status === 'failed' && delivery.retryAt) this.scheduleRetry(localId, delivery.retryAt);
    return delivery;
  }

  private scheduleRetry(localId: number, at: number): void {
    this.timers.set(localId, setTimeout(() => void this.attempt(localId), Math.max(0, at - Date.now())));
    // if the worker is stopped before then, the alarm brings it back
    browser.alarms.create(ALARM, { when: Math.max(at, Date.now() + 30_000) });
  }

  /**
   * Retries every failed delivery whose time has come, and every one interrupted mid-way (a
   * queued row left by a killed browser), after a restart or from the alarm. Runs off the path
   * pages wait on.
   */
  async retryDue(): Promise<void> {
    const now = Date.now();
    const failed = await this.db.corrections.where('nextAttemptAt').belowOrEqual(now).toArray();
    const queued = await this.db.corrections.where('status').equals('queued').toArray();
    // a queued row this worker is not delivering was interrupted (a killed browser, a stopped worker)
    const due = [...failed.filter((r) => r.status === 'failed'), ...queued];
    for (const r of due) if (!this.timers.has(r.localId!) && !this.inFlight.has(r.localId!)) await this.attempt(r.localId!);
    const next = await this.db.corrections.where('nextAttemptAt').above(Date.now()).first();
    if (next?.nextAttemptAt) browser.alarms.create(ALARM, { when: next.nextAttemptAt });
  }

  async exportFile(ids: string[] | null): Promise<string> {
    const rows = await this.db.corrections.toArray();
    const chosen = rows.filter((r) => !ids || ids.includes(r.id ?? ''));
    return `${JSON.stringify(correctionFile(chosen.map((r) => r.payload as Correction)), null, 2)}\n`;
  }

  async importFile(text: string): Promise<{ added: number; existing: number; problems: string[] }> {
    const { corrections, problems } = parseCorrectionFile(text);
    let added = 0;
    let existing = 0;
    await this.db.transaction('rw', this.db.corrections, async () => {
      for (const c of corrections) {
        if (await this.db.corrections.where('id').equals(c.id).count()) { existing++; continue; }
        await this.db.corrections.add(this.row(c, 'draft'));
        added++;
      }
    });
    return { added, existing, problems };
  }

  listen(): void {
    browser.alarms.onAlarm.addListener((a) => { if (a.name === ALARM) void this.retryDue(); });
  }
}
