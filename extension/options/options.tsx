// Options: the claim packs Crosscount follows. Follow a known pack from the catalog with a
// click, or add one by URL with its maintainers' public key; update one now, or remove it;
// every refusal shows its reason.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { CorrectionView, SubscriptionView } from '../shared/messages.ts';
import { ALL_VERDICTS, type Settings } from '../../src/settings.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { kindLabel, verdictLabel } from '../shared/verdict-labels.ts';
import { t, tCoded } from '../shared/i18n.ts';
import type { Delivery } from '../../src/corrections/deliver.ts';
import type { CheckOutcome } from '../../src/packs/update.ts';
import type { CoveredEvent } from '../../src/claims/db.ts';
import { subscriptionProblem, SUBSCRIPTION_MESSAGES, type SubscriptionProblem } from '../../src/packs/subscription.ts';
import { askHostAccess, asksHostAccess } from '../shared/host-access.ts';
import { parseCatalog, type CatalogEntry } from '../../src/packs/catalog.ts';

/** The form field a subscription problem is shown next to. */
const fieldOf = (problem: SubscriptionProblem) => (problem === 'subBadKey' ? 'key' : 'url');

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString() : '—');

function outcomeText(o: CheckOutcome): string {
  if (o.status === 'installed') return t('optInstalledVersion', o.version);
  if (o.status === 'unchanged') return t('optUpToDate');
  return t('optNotInstalled', tCoded(o.why, o.reason));
}

function Options() {
  const [subs, setSubs] = useState<SubscriptionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [url, setUrl] = useState('');
  const [key, setKey] = useState('');
  const [formError, setFormError] = useState<{ field: 'url' | 'key' | 'form'; text: string } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = () => browser.runtime.sendMessage({ type: 'list-packs' }).then((s) => setSubs(s as SubscriptionView[]), (e: Error) => setError(e.message));
  useEffect(() => { void refresh(); }, []);

  const add = async (e: Event) => {
    e.preventDefault();
    setFormError(null); setMessage(null);
    const problem = subscriptionProblem(url, key);
    if (problem) { setFormError({ field: fieldOf(problem), text: t(problem) }); return; }
    const reply = await follow(url.trim(), key.trim());
    if (!reply.ok) {
      const code = reply.error in SUBSCRIPTION_MESSAGES ? (reply.error as SubscriptionProblem) : null;
      setFormError(code ? { field: fieldOf(code), text: t(code) } : { field: 'form', text: reply.error });
      return;
    }
    if (reply.kept) { setUrl(''); setKey(''); }
  };

  /**
   * Follows a pack: the browser's host prompt first (the page said why it comes), then the
   * download and checks. A refused prompt or a pack that does not install keeps nothing.
   */
  const follow = async (address: string, publicKey: string): Promise<{ ok: true; kept: boolean } | { ok: false; error: string }> => {
    setMessage(null);
    if (!(await askHostAccess(address))) {
      setMessage(t('optAccessRefused', new URL(address).host));
      return { ok: true, kept: false };
    }
    setBusy(true);
    const reply = (await browser.runtime.sendMessage({ type: 'subscribe', url: address, publicKey })) as { ok: true; outcome: CheckOutcome } | { ok: false; error: string };
    setBusy(false);
    if (!reply.ok) return reply;
    const kept = reply.outcome.status !== 'refused';
    setMessage(kept ? outcomeText(reply.outcome) : t('optNothingKept', outcomeText(reply.outcome)));
    await refresh();
    return { ok: true, kept };
  };

  const updateNow = async (s: SubscriptionView) => {
    setBusy(true);
    const o = (await browser.runtime.sendMessage({ type: 'update-now', url: s.url })) as CheckOutcome;
    setBusy(false);
    setMessage(`${s.title ?? s.url}: ${outcomeText(o)}`);
    await refresh();
  };

  const remove = async (s: SubscriptionView) => {
    const reply = (await browser.runtime.sendMessage({ type: 'unsubscribe', url: s.url })) as { ok: boolean; error?: string };
    setMessage(reply.ok ? t('optRemoved', s.title ?? s.url) : t('optNotRemoved', reply.error ?? ''));
    await refresh();
  };

  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {error ? <p role="alert">{t('optReadError', error)}</p> : null}
      {message ? <p role="status" id="status">{message}</p> : null}
      {subs === null ? <p>{t('loading')}</p> : (
        <table id="packs">
          <thead><tr><th scope="col">{t('optColPack')}</th><th scope="col">{t('optColVersion')}</th><th scope="col">{t('optColInstalled')}</th><th scope="col">{t('optColLastChecked')}</th><th scope="col">{t('optColNextCheck')}</th><th scope="col">{t('optColStatus')}</th><th scope="col"><span class="sr-only">{t('optColActions')}</span></th></tr></thead>
          <tbody>
            {subs.map((s) => (
              <tr key={s.url} data-url={s.url} data-status={s.status}>
                <td>{s.title ?? t('optNotInstalledYet')}<div class="meta">{s.bundled ? t('optBundled') : s.url}</div>{s.packId ? <div class="meta">{t('optCounts', s.events, s.claims)}</div> : null}</td>
                <td class="version">{s.version ?? '—'}</td>
                <td>{when(s.installedAt)}</td>
                <td>{when(s.lastCheckedAt)}</td>
                <td>{s.bundled ? t('optWithUpdates') : when(s.nextCheckAt)}</td>
                <td class="status">{s.status === 'error' ? <span class="error">{t('optError')} <span class="last-error">{tCoded(s.lastReason, s.lastError)}</span></span> : s.status === 'ok' ? t('optOk') : t('optWaiting')}</td>
                <td>{s.bundled ? null : <>
                  <button type="button" class="update" disabled={busy} onClick={() => updateNow(s)}>{t('optionsUpdateNow')}</button>{' '}
                  <button type="button" class="remove" disabled={busy} onClick={() => remove(s)}>{t('optionsRemove')}</button>
                </>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('optionsAddPack')}</h2>
      <form id="add" onSubmit={add} noValidate>
        <p>
          <label for="pack-url">{t('optionsPackAddress')}</label><br />
          <input id="pack-url" name="url" type="url" size={60} required value={url} placeholder="https://example.org/packs/pack.json"
            aria-invalid={formError?.field === 'url'} aria-describedby="url-error" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
          {formError?.field === 'url' ? <span id="url-error" class="error" role="alert">{formError.text}</span> : null}
        </p>
        <p>
          <label for="pack-key">{t('optionsPublicKey')}</label><br />
          <input id="pack-key" name="key" size={60} required value={key} placeholder="ed25519-pub:…"
            aria-invalid={formError?.field === 'key'} aria-describedby="key-error" onInput={(e) => setKey((e.target as HTMLInputElement).value)} />
          {formError?.field === 'key' ? <span id="key-error" class="error" role="alert">{formError.text}</span> : null}
        </p>
        {formError?.field === 'form' ? <p class="error" role="alert">{formError.text}</p> : null}
        <button type="submit" disabled={busy}>{t('optionsAddButton')}</button>
        <p class="meta">{t('optAddExplain')}{willAsk(url) ? ` ${t('optWillAsk', new URL(url.trim()).host)}` : ''}</p>
      </form>
      <Catalog subs={subs} busy={busy} follow={follow} />
      <SettingsForm />
      <CoveredEvents />
      <Corrections />
    </>
  );
}

/** Whether following this address will bring up the browser's host prompt (so the page says why first). */
function willAsk(address: string): boolean {
  try { return new URL(address.trim()).protocol === 'https:' && asksHostAccess(address.trim()); } catch { return false; }
}

/** The packs the extension knows of, each followed with one click (like uBlock's filter lists). */
function Catalog({ subs, busy, follow }: { subs: SubscriptionView[] | null; busy: boolean; follow: (url: string, key: string) => Promise<unknown> }) {
  const [entries, setEntries] = useState<CatalogEntry[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    fetch(browser.runtime.getURL('packs/catalog.json')).then((r) => r.text()).then((raw) => {
      const c = parseCatalog(raw);
      setEntries(c.entries);
      setProblems(c.problems);
    }, (e: Error) => { setEntries([]); setProblems([e.message]); });
  }, []);
  if (entries === null || subs === null) return null;
  const followed = (e: CatalogEntry) => subs.some((s) => (s.url === e.url || s.packId === e.id) && (s.packId !== null || s.bundled));
  return (
    <section aria-labelledby="catalog-title">
      <h2 id="catalog-title">{t('optCatalogTitle')}</h2>
      <p class="meta">{t('optCatalogExplain')}</p>
      <ul id="catalog">
        {entries.map((e) => (
          <li key={e.id} data-id={e.id}>
            <b>{e.title}</b> {e.homepage ? <a href={e.homepage} target="_blank" rel="noreferrer">{t('optCatalogHome')}</a> : null}
            <div class="meta">{e.description}</div>
            {followed(e) ? <span class="following">{t('optFollowing')}</span> : <>
              <button type="button" class="follow" disabled={busy} onClick={() => follow(e.url, e.publicKey ?? '')}>{t('optFollow')}</button>
              {asksHostAccess(e.url) ? <span class="meta will-ask"> {t('optWillAsk', new URL(e.url).host)}</span> : null}
            </>}
          </li>
        ))}
      </ul>
      {problems.length ? <p class="meta" id="catalog-problems">{problems.join('; ')}</p> : null}
    </section>
  );
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url; a.download = name;
  document.body.appendChild(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The volunteer's corrections: status, retry, export (one or all) and import. */
function Corrections() {
  const [list, setList] = useState<CorrectionView[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => browser.runtime.sendMessage({ type: 'list-corrections' }).then((l) => setList(l as CorrectionView[]));
  useEffect(() => { void refresh(); }, []);
  const exportIds = async (ids: string[] | null, name: string) => download(name, (await browser.runtime.sendMessage({ type: 'export-corrections', ids })) as string);
  const [retrying, setRetrying] = useState<Set<number>>(new Set());
  const retry = async (v: CorrectionView) => {
    setRetrying((s) => new Set([...s, v.localId]));
    const d = (await browser.runtime.sendMessage({ type: 'retry-correction', localId: v.localId })) as Delivery;
    setRetrying((s) => new Set([...s].filter((id) => id !== v.localId)));
    setMessage(d.status === 'sent' ? t('optSent') : t('optNotSent', tCoded(d.reason)));
    await refresh();
  };
  const importFile = async (e: Event) => {
    const file = (e.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const r = (await browser.runtime.sendMessage({ type: 'import-corrections', text: await file.text() })) as { added: number; existing: number; problems: string[] };
    setMessage(`${t('optImported', r.added, r.existing)}${r.problems.length ? ` ${t('optSkipped', r.problems.join('; '))}` : ''}`);
    (e.target as HTMLInputElement).value = '';
    await refresh();
  };
  return (
    <section aria-labelledby="corrections-title">
      <h2 id="corrections-title">{t('optionsCorrections')}</h2>
      {message ? <p role="status" id="corrections-status">{message}</p> : null}
      {list === null ? <p>{t('loading')}</p> : list.length === 0 ? <p>{t('optNoCorrections')}</p> : (
        <table id="corrections">
          <thead><tr><th scope="col">{t('optColCreated')}</th><th scope="col">{t('optColWhat')}</th><th scope="col">{t('optColFigure')}</th><th scope="col">{t('optColPack')}</th><th scope="col">{t('optColStatus')}</th><th scope="col"><span class="sr-only">{t('optColActions')}</span></th></tr></thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.localId} data-id={v.correction.id} data-status={v.status}>
                <td>{new Date(v.correction.createdAt).toLocaleString()}</td>
                <td>{kindLabel(v.correction.kind)}</td>
                <td>"{v.correction.found.text}"{v.correction.event ? ` — ${v.correction.event.title}` : ''}</td>
                <td>{v.correction.packId ?? '—'}</td>
                <td class="status">{t(`optStatus${v.status[0].toUpperCase()}${v.status.slice(1)}`)}{v.sentVia ? ` ${t('optVia', tCoded(v.sentViaReason, v.sentVia))}` : ''}{v.lastError ? <div class="error">{tCoded(v.lastReason, v.lastError)}</div> : null}</td>
                <td>
                  {v.status === 'draft' ? <a href={`../correction/index.html?id=${encodeURIComponent(v.correction.id)}`}>{t('optEdit')}</a> : null}{' '}
                  {v.status === 'failed' || v.status === 'queued' ? <button type="button" disabled={retrying.has(v.localId)} onClick={() => retry(v)}>{t('optRetry')}</button> : null}{' '}
                  <button type="button" onClick={() => exportIds([v.correction.id], `correction-${v.correction.id.slice(0, 8)}.json`)}>{t('optExport')}</button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" id="export-all" disabled={!list?.length} onClick={() => exportIds(null, 'crosscount-corrections.json')}>{t('optionsExportAll')}</button>{' '}
        <label>{t('optionsImport')} <input type="file" id="import" accept="application/json,.json" onChange={importFile} /></label>
      </p>
      <p class="meta">{t('optFormatNote')}</p>
    </section>
  );
}

render(<Options />, document.getElementById('app')!);

/** How many covered events are listed before the reader narrows them by name. */
const EVENTS_SHOWN = 100;

/** The events the installed packs cover: what a page must be about for Crosscount to check it. */
function CoveredEvents() {
  const [events, setEvents] = useState<CoveredEvent[] | null>(null);
  const [filter, setFilter] = useState('');
  useEffect(() => { void browser.runtime.sendMessage({ type: 'list-events' }).then((e) => setEvents(e as CoveredEvent[])); }, []);
  const needle = filter.trim().toLowerCase();
  const shown = (events ?? []).filter((e) => !needle || e.title.toLowerCase().includes(needle));
  return (
    <section aria-labelledby="events-title" id="events">
      <h2 id="events-title">{t('optionsEvents')}</h2>
      <p class="meta">{t('optionsEventsHelp')}</p>
      {events === null ? <p>{t('loading')}</p> : (
        <>
          <p><label>{t('optionsEventsFilter')} <input type="search" id="events-filter" value={filter} onInput={(e) => setFilter((e.target as HTMLInputElement).value)} /></label></p>
          <table id="covered-events">
            <caption class="sr-only">{t('optionsEvents')}</caption>
            <thead><tr><th scope="col">{t('optColEvent')}</th><th scope="col">{t('optColDate')}</th><th scope="col">{t('optColClaims')}</th><th scope="col">{t('optColPack')}</th></tr></thead>
            <tbody>{shown.slice(0, EVENTS_SHOWN).map((e) => (
              <tr key={`${e.packId}/${e.id}`}><td>{e.title}</td><td>{e.dateEnd && e.dateEnd !== e.date ? `${e.date} – ${e.dateEnd}` : e.date}</td><td>{e.claims}</td><td>{e.packTitle}</td></tr>
            ))}</tbody>
          </table>
          {shown.length > EVENTS_SHOWN ? <p class="meta">{t('optionsEventsMore', shown.length - EVENTS_SHOWN)}</p> : null}
        </>
      )}
    </section>
  );
}

/** Highlighting settings, synced with the browser profile. */
function SettingsForm() {
  const [s, setS] = useState<Settings | null>(null);
  useEffect(() => { void loadSettings().then(setS); }, []);
  if (!s) return null;
  const change = async (next: Settings) => { setS(next); await saveSettings(next); };
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('optionsHighlighting')}</h2>
      <fieldset>
        <legend>{t('optionsVerdictsLegend')}</legend>
        {ALL_VERDICTS.filter((v) => v !== 'untracked').map((v) => (
          <label key={v} class="check"><input type="checkbox" name="verdict" value={v} checked={s.verdicts.includes(v)}
            onChange={(e) => change({ ...s, verdicts: (e.target as HTMLInputElement).checked ? [...s.verdicts, v] : s.verdicts.filter((x) => x !== v) })} /> {verdictLabel(v).icon} {verdictLabel(v).word}</label>
        ))}
      </fieldset>
      <p><label class="check"><input type="checkbox" id="show-untracked" checked={s.showUntracked} onChange={(e) => change({ ...s, showUntracked: (e.target as HTMLInputElement).checked })} /> {t('optionsShowUntracked')}</label></p>
      <h3>{t('optionsSitesOff')}</h3>
      {s.disabledSites.length === 0 ? <p class="meta">{t('optionsNoSitesOff')}</p> : (
        <ul id="disabled-sites">{s.disabledSites.map((site) => (
          <li key={site}>{site} <button type="button" onClick={() => change({ ...s, disabledSites: s.disabledSites.filter((x) => x !== site) })}>{t('optionsTurnOnAgain')}</button></li>
        ))}</ul>
      )}
      <p class="meta">{t('optionsShortcut')}</p>
    </section>
  );
}
