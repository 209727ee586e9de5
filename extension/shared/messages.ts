// The typed message contracts between the extension's contexts. Contexts never import
// each other; they import only this file (and src/ core code).
import type { ScanRequest, ScanResult, MatchedMention } from '../../src/match/scan.ts';
import type { CheckOutcome } from '../../src/packs/update.ts';
import type { Correction, CorrectionInput, FieldErrors } from '../../src/corrections/format.ts';
import type { Delivery } from '../../src/corrections/deliver.ts';
import type { CodedText } from '../../src/coded-text.ts';
import type { ProposalPage, ProposedFigure } from '../../src/harvest/propose.ts';
import type { Settings } from '../../src/settings.ts';
import type { BlockScanRequest, SentenceSpan } from '../../src/page/page-blocks.ts';

export type { ScanRequest, ScanResult, MatchedMention };

/**
 * content script → background. A page is scanned in batches of blocks that hold a casualty
 * word; the background cuts them into sentences (src/page/page-blocks.ts). `reset` starts
 * the page's report over (a new page, or a single-page navigation); `forget` lists sentence
 * ids whose text was read again or removed. The reply carries only the verdicts the reader's settings
 * highlight (the tab report keeps them all), or says the site is off. The background
 * applies the settings so that the content script never touches storage (that API's first
 * use costs a page about 2.5 ms); `evenIfOff` is the reader's own toggle on a site they
 * turned off.
 */
export interface ScanMessage { type: 'scan'; request: BlockScanRequest; reset?: boolean; forget?: number[]; evenIfOff?: boolean }
/** popup → background */
export interface TabReportMessage { type: 'tab-report'; tabId: number }
/** options → background */
export interface ListPacksMessage { type: 'list-packs' }
export interface SubscribeMessage { type: 'subscribe'; url: string; publicKey: string }
export interface UpdateNowMessage { type: 'update-now'; url: string }
export interface UnsubscribeMessage { type: 'unsubscribe'; url: string }

/** A subscription as the options page shows it. */
export interface SubscriptionView {
  url: string;
  bundled: boolean;
  packId: string | null;
  title: string | null;
  version: number | string | null;
  installedAt: string | null;
  lastCheckedAt: string | null;
  nextCheckAt: string | null;
  status: 'pending' | 'ok' | 'error';
  lastError: string | null;
  lastReason: CodedText | null;
  claims: number;
  events: number;
}
/** popup → content script */
/** `enabled` absent: toggle */
export interface SetOverlayMessage { type: 'set-overlay'; enabled?: boolean }
export interface OverlayStatusMessage { type: 'overlay-status' }
/** popup → content script: scroll to a figure and open its card */
export interface FocusFigureMessage { type: 'focus-figure'; sentenceId: number; start: number }
/** options → background: the events the installed packs cover */
export interface ListEventsMessage { type: 'list-events' }

/** What the content script has done on its page. */
export interface OverlayStatus { enabled: boolean; scanned: boolean; sentences: number; highlights: number }

/** card → background: start a correction of this figure (the form opens on the draft) */
export interface NewCorrectionMessage { type: 'new-correction'; mention: MatchedMention; page: { url: string; title: string } }
/** card or popup (through the content script) → background: propose an untracked figure for tracking */
export interface ProposeTrackingMessage { type: 'propose-tracking'; figure: ProposedFigure; page: ProposalPage }
/** popup → content script: propose this figure of the page (the content script holds its sentence and the page's facts) */
export interface ProposeFigureMessage { type: 'propose-figure'; figure: ReportMention }
/** correction form and options → background */
export interface GetCorrectionMessage { type: 'get-correction'; id: string }
export interface SaveCorrectionMessage { type: 'save-correction'; correction: CorrectionInput }
export interface SendCorrectionMessage { type: 'send-correction'; correction: CorrectionInput }
export interface RetryCorrectionMessage { type: 'retry-correction'; localId: number }
export interface ListCorrectionsMessage { type: 'list-corrections' }
export interface ExportCorrectionsMessage { type: 'export-corrections'; ids: string[] | null }
export interface ImportCorrectionsMessage { type: 'import-corrections'; text: string }

export interface PackChoice { id: string; title: string; tracksEvent: boolean; hasIntake: boolean; intake: CodedText; intakeUrl: string | null }

export interface CorrectionView {
  localId: number;
  correction: Correction;
  status: 'draft' | 'queued' | 'sent' | 'failed';
  lastError: string | null;
  lastReason: CodedText | null;
  updatedAt: string;
  sentVia: string | null;
  sentViaReason: CodedText | null;
  attempts: number;
  packs: PackChoice[];
}

export type SendCorrectionReply = { ok: false; errors: FieldErrors } | { ok: true; delivery: Delivery } | ErrorReply;

export type ToBackground = ScanMessage | TabReportMessage | ListPacksMessage | SubscribeMessage | UpdateNowMessage | UnsubscribeMessage
  | NewCorrectionMessage | ProposeTrackingMessage | GetCorrectionMessage | SaveCorrectionMessage | SendCorrectionMessage | RetryCorrectionMessage
  | ListCorrectionsMessage | ExportCorrectionsMessage | ImportCorrectionsMessage | ListEventsMessage;
export type ToContent = SetOverlayMessage | OverlayStatusMessage | FocusFigureMessage | ProposeFigureMessage | SettingsChangedMessage;

/**
 * A figure as the tab's report keeps it: what the popup lists, without the tracked figures
 * the card shows (those stay with the page), so a page of thousands of figures stays small.
 */
export type ReportMention = Pick<MatchedMention, 'text' | 'start' | 'end' | 'sentenceId' | 'verdict' | 'category' | 'low' | 'high' | 'approx' | 'vague'
  | 'qualifier' | 'source' | 'sourceId' | 'sourceName' | 'sourceInferred' | 'event' | 'eventTitle' | 'eventEvidence' | 'disagreeing' | 'victims' | 'single' | 'part'>;

export function toReportMention(m: MatchedMention): ReportMention {
  const { text, start, end, sentenceId, verdict, category, low, high, approx, vague, qualifier, source, sourceId, sourceName, sourceInferred, event, eventTitle, eventEvidence, disagreeing, victims, single, part } = m;
  return { text, start, end, sentenceId, verdict, category, low, high, approx, vague, qualifier, source, sourceId, sourceName, sourceInferred, event, eventTitle, eventEvidence, disagreeing, victims, ...(single ? { single } : {}), ...(part ? { part } : {}) };
}

/** What the popup shows for a tab: every frame's figures together (the first few hundred), and the counts of all. */
export interface TabReport {
  url: string;
  title: string;
  result: { events: ScanResult['events']; mentions: ReportMention[] };
  /** how many figures the page holds; `result.mentions` lists the first few hundred */
  total: number;
  /** figures whose verdict is disputed (conflicts, revised, misattributed, inconsistent): the badge count */
  disputed: number;
}

/**
 * `shown`: what the settings show on the page's host (settings.ts shownOn). `spans`: where the
 * sentence of each figure found (highlighted or not) lies in its block; `read`: how many
 * candidate sentences the blocks held.
 */
export interface ScanReply { ok: true; result: WireResult; shown: string; spans: SentenceSpan[]; read: number }
/** The reader turned Crosscount off for this site: nothing was matched, kept or counted. */
export interface SiteOffReply { ok: true; off: true; shown: 'off' }
/** background → content: the settings changed; the page redraws if they concern it. */
export interface SettingsChangedMessage { type: 'settings-changed'; settings: Settings }
export interface ErrorReply { ok: false; error: string }


/** Verdicts that count as disputed on the badge. */
export const DISPUTED = new Set(['conflicts', 'revised', 'misattributed', 'inconsistent']);

/** Verdicts highlighted on the page by default (untracked figures are not). */
export const HIGHLIGHTED = new Set(['matches', 'conflicts', 'revised', 'misattributed', 'inconsistent']);

export function countDisputed(result: { mentions: { verdict: string }[] } | null): number {
  return result ? result.mentions.filter((m) => DISPUTED.has(m.verdict)).length : 0;
}

/**
 * Extension messages are JSON, decoded on the page's main thread: a reply carries only
 * what the page lacks. The sentence of each figure is the page's own (it sent it), an
 * event's title and tracked figures go once per event rather than with every figure.
 */
export interface WireResult {
  events: ScanResult['events'];
  /** `figures`: index into the result's `figures` */
  mentions: (Omit<MatchedMention, 'others' | 'revisions' | 'sentence' | 'eventTitle'> & { figures: number })[];
  figures: Pick<MatchedMention, 'others' | 'revisions'>[];
  eventTitles: Record<string, string>;
}

export function toWire(result: ScanResult, highlight: ReadonlySet<string>): WireResult {
  const figures: WireResult['figures'] = [];
  const figuresAt = new Map<string, number>();
  const eventTitles: WireResult['eventTitles'] = {};
  const mentions = result.mentions.filter((m) => highlight.has(m.verdict)).map(({ others, revisions, sentence: _s, eventTitle, ...m }) => {
    const key = `${m.event ?? ''}\u0000${m.category}`;
    let at = figuresAt.get(key);
    if (at === undefined) { at = figures.push({ others, revisions }) - 1; figuresAt.set(key, at); }
    if (m.event && eventTitle) eventTitles[m.event] = eventTitle;
    return { ...m, figures: at };
  });
  return { events: result.events, mentions, figures, eventTitles };
}

/** `sentence(id)`: the text of a sentence the page sent. */
export function fromWire(wire: WireResult, sentence: (id: number) => string): ScanResult {
  return {
    events: wire.events,
    mentions: wire.mentions.map(({ figures, ...m }) => ({
      ...m,
      sentence: sentence(m.sentenceId),
      eventTitle: m.event ? (wire.eventTitles[m.event] ?? null) : null,
      ...(wire.figures[figures] ?? { others: [], revisions: [] }),
    })),
  };
}
