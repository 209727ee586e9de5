// Delivering a correction to its pack's intake: a GitHub new-issue form (the volunteer
// submits it while logged in; no token is stored), or an HTTPS endpoint (POST the JSON,
// retried with backoff when offline or on 5xx, never again once accepted). The record is
// written before any attempt, and every attempt updates it.
import type { CrosscountDB, CorrectionRow } from '../claims/db.ts';
import type { CorrectionsIntake } from '../claims/model.ts';
import { correctionFile, KINDS, summarize, type Correction } from './format.ts';
import { fillTemplate, type CodedText } from '../coded-text.ts';

/** Where a correction goes and how its delivery went, in English ($n: values); keys of _locales too. */
export const DELIVERY_MESSAGES = {
  intakeNone: 'This pack has no corrections address: export the correction from the options page and send it to its maintainers.',
  intakeGithub: 'A new issue on github.com/$1, which you submit yourself while logged in to GitHub.',
  intakeHttps: 'A POST of the correction as JSON to $1.',
  viaGithub: 'GitHub issue form (github.com/$1)',
  delNoSuchCorrection: 'no such correction',
  delAlreadySent: 'already sent',
  delNoIntake: 'This pack has no corrections address: export it instead.',
  delIntakeStatus: 'the intake answered $1',
  delIntakeStatusRetry: 'the intake answered $1; will retry',
  delUnreachable: 'could not reach the intake ($1)',
  delUnreachableRetry: 'could not reach the intake ($1); will retry',
  delNoAnswer: 'no answer from the intake in $1 s',
  delNoAnswerRetry: 'no answer from the intake in $1 s; will retry',
} as const;

/** How long an intake may take to answer a delivery before it counts as unreachable. */
export const DELIVERY_TIMEOUT_MS = 30_000;

export type DeliveryCode = keyof typeof DELIVERY_MESSAGES;

const why = (code: DeliveryCode, ...params: string[]): CodedText => ({ code, params });

export function deliveryText(reason: CodedText): string {
  return fillTemplate(DELIVERY_MESSAGES[reason.code as DeliveryCode] ?? reason.code, reason.params);
}

/** GitHub caps URLs; the JSON block is dropped before the summary is. */
const MAX_ISSUE_URL = 7500;

/**
 * The repository's issue form, prefilled: its fields by id (.github/ISSUE_TEMPLATE/*.yml), and
 * the same as a plain body for a repository without the form.
 */
export function githubIssueUrl(repo: string, c: Correction): string {
  const { title, body } = summarize(c);
  const newClaim = (c.kind === 'missing-claim' && !c.claim) || c.kind === 'new-event';
  const fields = {
    kind: KINDS[c.kind],
    page: c.page.url,
    found: `"${c.found.text}" (${c.found.category}), attributed to ${c.found.source ?? 'no named source'}\n> ${c.quote}`,
    ...(c.event ? { event: `${c.event.title} (${c.event.id})` } : c.newEvent ? { event: `${c.newEvent.title}\nplaces: ${c.newEvent.places.join(', ') || 'not named'}\ndate: ${c.newEvent.date ?? 'not known'}` } : {}),
    proposed: c.proposed ? `${c.proposed.source}: ${c.proposed.low ?? ''}–${c.proposed.high ?? ''} ${c.proposed.category}${c.proposed.reportedAt ? `, reported ${c.proposed.reportedAt}` : ''}\ncitation: ${c.proposed.citationUrl}` : '',
    note: c.note,
  };
  const json = JSON.stringify(correctionFile([c]), null, 1);
  const make = (b: string, withJson: boolean) => `https://github.com/${repo}/issues/new?${new URLSearchParams({
    template: newClaim ? 'new-claim.yml' : 'correction.yml', title, labels: newClaim ? 'new-claim' : 'correction', ...fields,
    ...(withJson ? { correction: json } : {}), body: b,
  })}`;
  const full = make(`${body}\n\n<details><summary>Correction as JSON</summary>\n\n\`\`\`json\n${json}\n\`\`\`\n</details>\n`, true);
  return full.length <= MAX_ISSUE_URL ? full : make(`${body}\n\n(The JSON did not fit in a link: export the correction from the options page and attach it.)`, false);
}

export function describeIntake(intake: CorrectionsIntake | undefined | null): CodedText {
  if (!intake) return why('intakeNone');
  if (intake.type === 'github') return why('intakeGithub', intake.repo);
  return why('intakeHttps', intake.url);
}

export type Fetch = (url: string, init?: RequestInit) => Promise<Response>;

/** Delay before attempt n+1: 2 s, 4 s, 8 s ... at most an hour. */
export function backoff(attempts: number): number {
  return Math.min(2000 * 2 ** Math.max(0, attempts - 1), 3600_000);
}

export type Delivery =
  | { status: 'sent'; via: 'https' | 'github'; url?: string }
  | { status: 'failed'; reason: CodedText; retryAt: number | null }
  | { status: 'skipped'; reason: CodedText };

/**
 * Sends one stored correction. `openUrl` opens the GitHub form for the volunteer.
 * A correction already sent is never sent again.
 */
export async function deliver(db: CrosscountDB, localId: number, intake: CorrectionsIntake | null, io: { fetch: Fetch; openUrl: (url: string) => Promise<void>; now?: number; timeoutMs?: number }): Promise<Delivery> {
  const now = io.now ?? Date.now();
  const row = await db.corrections.get(localId);
  if (!row) return { status: 'skipped', reason: why('delNoSuchCorrection') };
  if (row.status === 'sent') return { status: 'skipped', reason: why('delAlreadySent') };
  const c = row.payload as Correction;
  const update = (patch: Partial<CorrectionRow>) => db.corrections.update(localId, { updatedAt: new Date(now).toISOString(), ...patch });
  /** the record keeps the reason in English and as a code */
  const failure = (reason: CodedText) => ({ lastError: deliveryText(reason), lastReason: reason });
  const success = { lastError: null, lastReason: null };
  if (!intake) {
    const reason = why('delNoIntake');
    await update({ status: 'draft', ...failure(reason) });
    return { status: 'skipped', reason };
  }
  if (intake.type === 'github') {
    const url = githubIssueUrl(intake.repo, c);
    await io.openUrl(url);
    await update({ status: 'sent', ...success, sentAt: new Date(now).toISOString(), sentVia: deliveryText(why('viaGithub', intake.repo)), sentViaReason: why('viaGithub', intake.repo) });
    return { status: 'sent', via: 'github', url };
  }
  const attempts = (row.attempts ?? 0) + 1;
  const timeoutMs = io.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  // the attempt is on record before the request: a browser killed now leaves it queued, and due
  await update({ status: 'queued', attempts });
  try {
    // the same Idempotency-Key on every attempt: an intake that saw it already must not file it twice
    const res = await io.fetch(intake.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': c.id },
      body: JSON.stringify(correctionFile([c], new Date(now))),
      credentials: 'omit',
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (res.ok) {
      await update({ status: 'sent', ...success, attempts, sentAt: new Date(now).toISOString(), sentVia: intake.url, sentViaReason: null, nextAttemptAt: null });
      return { status: 'sent', via: 'https' };
    }
    const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
    // the outcome says whether it is retried (retryAt); the record says it in words
    const answer = `${res.status} ${res.statusText}`.trim();
    const retryAt = retryable ? now + backoff(attempts) : null;
    await update({ status: 'failed', ...failure(why(retryable ? 'delIntakeStatusRetry' : 'delIntakeStatus', answer)), attempts, nextAttemptAt: retryAt });
    return { status: 'failed', reason: why('delIntakeStatus', answer), retryAt };
  } catch (e) {
    const retryAt = now + backoff(attempts);
    if ((e as Error)?.name === 'TimeoutError' || (e as Error)?.name === 'AbortError') {
      const seconds = timeoutMs >= 10_000 ? String(Math.round(timeoutMs / 1000)) : (timeoutMs / 1000).toFixed(1);
      await update({ status: 'failed', ...failure(why('delNoAnswerRetry', seconds)), attempts, nextAttemptAt: retryAt });
      return { status: 'failed', reason: why('delNoAnswer', seconds), retryAt };
    }
    const message = (e as Error).message;
    await update({ status: 'failed', ...failure(why('delUnreachableRetry', message)), attempts, nextAttemptAt: retryAt });
    return { status: 'failed', reason: why('delUnreachable', message), retryAt };
  }
}
