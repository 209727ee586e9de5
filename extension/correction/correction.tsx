// The correction form: prefilled from the card or the popup (a correction, or a figure
// proposed for tracking with the event its page is about), saved as a draft from the first
// change on (so closing the tab then loses nothing, and an untouched form stores nothing),
// validated field by field, and sent only when the volunteer presses Send, after saying
// exactly what goes where.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { CATEGORIES, KINDS, PROPOSES_FIGURE, summarize, validateCorrection, type Correction, type CorrectionInput, type FieldErrors } from '../../src/corrections/format.ts';
import type { CorrectionView, SendCorrectionReply } from '../shared/messages.ts';
import { askHostAccess } from '../shared/host-access.ts';
import { t, tCoded } from '../shared/i18n.ts';
import { categoryLabel, kindLabel } from '../shared/verdict-labels.ts';

function Field({ id, label, error, children }: { id: string; label: string; error?: string; children: preact.ComponentChildren }) {
  return (
    <p class="field">
      <label for={id}>{label}</label><br />
      {children}
      {error ? <span id={`${id}-error`} class="error" role="alert"> {t(error)}</span> : null}
    </p>
  );
}

function Form({ view }: { view: CorrectionView }) {
  const [c, setC] = useState<CorrectionInput>(view.correction);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<string>(view.status === 'sent' ? t('formSentVia', tCoded(view.sentViaReason, view.sentVia)) : tCoded(view.lastReason, view.lastError));
  const [sent, setSent] = useState(view.status === 'sent');
  /** a delivery under way: Send stays disabled, so one press sends once */
  const [sending, setSending] = useState(false);
  const saveTimer = useRef(0);

  const update = (next: CorrectionInput) => {
    setC(next);
    clearTimeout(saveTimer.current);
    saveTimer.current = window.setTimeout(() => void browser.runtime.sendMessage({ type: 'save-correction', correction: next }), 300);
  };
  const setProposed = (patch: Partial<NonNullable<CorrectionInput['proposed']>>) =>
    update({ ...c, proposed: { ...(c.proposed ?? { low: null, high: null, category: c.found.category, source: '', citationUrl: '', reportedAt: null }), ...patch } });
  const setNewEvent = (patch: Partial<NonNullable<Correction['newEvent']>>) => update({ ...c, newEvent: { ...c.newEvent!, ...patch } });
  const pack = view.packs.find((p) => p.id === c.packId);
  const proposes = PROPOSES_FIGURE.has(c.kind);
  const preview = validateCorrection(c);

  const send = async (e: Event) => {
    e.preventDefault();
    clearTimeout(saveTimer.current);
    const v = validateCorrection(c);
    if (!v.ok) { setErrors(v.errors); setStatus(t('formFixFields')); return; }
    setErrors({});
    if (sending) return;
    if (pack?.intakeUrl) await askHostAccess(pack.intakeUrl);
    setStatus(t('formSending'));
    setSending(true);
    const reply = (await browser.runtime.sendMessage({ type: 'send-correction', correction: c }).finally(() => setSending(false))) as SendCorrectionReply;
    if (!reply.ok) {
      if ('errors' in reply) { setErrors(reply.errors); setStatus(t('formFixFields')); }
      else setStatus(t('formNotSent', reply.error));
      return;
    }
    const d = reply.delivery;
    if (d.status === 'sent') { setSent(true); setStatus(d.via === 'github' ? t('formGithubOpened') : t('formSentThanks')); }
    else if (d.status === 'failed') setStatus(`${t('formNotSentYet', tCoded(d.reason))}${d.retryAt ? ` ${t('formWillRetry')}` : ''}`);
    else setStatus(d.reason.code === 'delNoIntake' ? t('formSavedNoIntake') : tCoded(d.reason));
  };

  return (
    <form id="correction" onSubmit={send} noValidate>
      <h1>{t('formTitle')}</h1>
      <p class="meta">{t('formFoundOn')} <a href={c.page.url} target="_blank" rel="noreferrer">{c.page.title || c.page.url}</a>:</p>
      <blockquote id="quote">{c.quote}</blockquote>
      <p>{t('formFigureFound')} <b id="found">{c.found.text}</b> ({categoryLabel(c.found.category)}), {t('formSourceWritten', c.found.source ?? t('formNone'))}
        {c.event ? <> {t('formEvent', c.event.title)}</> : null}
        {c.claim ? <> {t('formMatchedClaim', `${c.claim.source} ${c.claim.low ?? '…'}${c.claim.high !== c.claim.low ? `–${c.claim.high ?? '…'}` : ''}`)}</> : null}</p>

      {c.kind === 'new-event' && c.newEvent ? (
        <fieldset id="new-event" disabled={sent}>
          <legend>{t('formNewEventLegend')}</legend>
          <Field id="eventTitle" label={t('formEventTitle')} error={errors.newEvent}>
            <input id="eventTitle" size={60} maxLength={300} value={c.newEvent.title} onInput={(e) => setNewEvent({ title: (e.target as HTMLInputElement).value })} />
          </Field>
          <Field id="eventPlaces" label={t('formEventPlaces')}>
            <input id="eventPlaces" size={60} value={c.newEvent.places.join(', ')} onInput={(e) => setNewEvent({ places: (e.target as HTMLInputElement).value.split(',').map((p) => p.trim()).filter(Boolean) })} />
          </Field>
          <Field id="eventDate" label={t('formEventDate')}>
            <input id="eventDate" size={12} value={c.newEvent.date ?? ''} onInput={(e) => setNewEvent({ date: (e.target as HTMLInputElement).value || null })} />
          </Field>
        </fieldset>
      ) : null}

      <Field id="kind" label={t('formWhatIsWrong')} error={errors.kind}>
        <select id="kind" value={c.kind} disabled={sent} onChange={(e) => update({ ...c, kind: (e.target as HTMLSelectElement).value as Correction['kind'] })}>
          {Object.keys(KINDS).map((k) => <option key={k} value={k}>{kindLabel(k)}</option>)}
        </select>
      </Field>

      {proposes ? (
        <fieldset disabled={sent}>
          <legend>{t('formFigureLegend')}</legend>
          <Field id="low" label={t('formLow')} error={errors.low}>
            <input id="low" inputMode="numeric" value={c.proposed?.low ?? ''} aria-invalid={Boolean(errors.low)} onInput={(e) => setProposed({ low: (e.target as HTMLInputElement).value })} />
          </Field>
          <Field id="high" label={t('formHigh')} error={errors.high}>
            <input id="high" inputMode="numeric" value={c.proposed?.high ?? ''} aria-invalid={Boolean(errors.high)} onInput={(e) => setProposed({ high: (e.target as HTMLInputElement).value })} />
          </Field>
          <Field id="category" label={t('formCategory')} error={errors.category}>
            <select id="category" value={c.proposed?.category ?? c.found.category} onChange={(e) => setProposed({ category: (e.target as HTMLSelectElement).value })}>
              {CATEGORIES.map((k) => <option key={k} value={k}>{categoryLabel(k)}</option>)}
            </select>
          </Field>
          <Field id="source" label={t('formSource')} error={errors.source}>
            <input id="source" size={50} maxLength={200} value={c.proposed?.source ?? ''} aria-invalid={Boolean(errors.source)} onInput={(e) => setProposed({ source: (e.target as HTMLInputElement).value })} />
          </Field>
          <Field id="citationUrl" label={t('formCitation')} error={errors.citationUrl}>
            <input id="citationUrl" type="url" size={60} maxLength={2000} value={c.proposed?.citationUrl ?? ''} aria-invalid={Boolean(errors.citationUrl)} onInput={(e) => setProposed({ citationUrl: (e.target as HTMLInputElement).value })} />
          </Field>
          <Field id="reportedAt" label={t('formDate')} error={errors.reportedAt}>
            <input id="reportedAt" size={12} value={c.proposed?.reportedAt ?? ''} onInput={(e) => setProposed({ reportedAt: (e.target as HTMLInputElement).value || null })} />
          </Field>
        </fieldset>
      ) : null}

      <Field id="note" label={t('formNote')} error={errors.note}>
        <textarea id="note" rows={3} cols={60} maxLength={2000} disabled={sent} value={c.note} onInput={(e) => update({ ...c, note: (e.target as HTMLTextAreaElement).value })} />
      </Field>

      <Field id="pack" label={t('formPack')} error={errors.packId}>
        <select id="pack" value={c.packId ?? ''} disabled={sent} onChange={(e) => update({ ...c, packId: (e.target as HTMLSelectElement).value || null })}>
          {view.packs.map((p) => <option key={p.id} value={p.id}>{p.title}{p.tracksEvent ? '' : ` ${t('formNotTracked')}`}</option>)}
        </select>
      </Field>

      <section id="privacy" aria-label="What will be sent">
        <h2>{t('formPrivacyTitle')}</h2>
        <p>{t('formPrivacy')} {pack ? tCoded(pack.intake) : '—'}</p>
        {preview.ok ? <pre class="meta">{summarize(preview.correction).body}</pre> : <p class="meta">{t('formSummaryLater')}</p>}
      </section>

      <p id="form-status" role="status">{status}</p>
      <button type="submit" disabled={sent || sending}>{pack?.hasIntake ? t('formSend') : t('formSaveForExport')}</button>
    </form>
  );
}

function App() {
  const [view, setView] = useState<CorrectionView | null | undefined>(undefined);
  useEffect(() => {
    const id = new URLSearchParams(location.search).get('id') ?? '';
    browser.runtime.sendMessage({ type: 'get-correction', id }).then((v) => setView(v as CorrectionView | null));
  }, []);
  if (view === undefined) return <p>{t('loading')}</p>;
  if (view === null) return <p role="alert">{t('formNotFound')}</p>;
  return <Form view={view} />;
}

render(<App />, document.getElementById('app')!);
