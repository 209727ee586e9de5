// The toolbar popup: the figures on the current page with their verdicts.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { OverlayStatus, ReportMention, TabReport, TabReportMessage } from '../shared/messages.ts';
import { categoryLabel, verdictLabel } from '../shared/verdict-labels.ts';
import { t, tCount } from '../shared/i18n.ts';
import { whyNot } from '../shared/event-reasons.ts';
import { formatDate } from '../shared/format-date.ts';
import { formatFigure } from '../../src/match/format.ts';
import { inPageFurniture, isProposable } from '../../src/harvest/proposable.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { isSiteDisabled, setSiteEnabled, type Settings } from '../../src/settings.ts';

/**
 * The tab whose figures to list: the active one, or, when this page was opened as a tab
 * of its own (keyboard users, tests), the tab used just before it.
 */
async function pageTabId(): Promise<number | undefined> {
  const self = await browser.tabs.getCurrent();
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!self || active?.id !== self.id) return active?.id;
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

function Popup() {
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  const [overlay, setOverlay] = useState(true);

  useEffect(() => {
    void (async () => {
      const requested = new URLSearchParams(location.search).get('tab');
      const id = requested ? Number(requested) : await pageTabId();
      if (id === undefined) { setReport(null); return; }
      setTabId(id);
      const message: TabReportMessage = { type: 'tab-report', tabId: id };
      setReport((await browser.runtime.sendMessage(message)) as TabReport | null);
    })();
  }, []);

  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => { void loadSettings().then(setSettings); }, []);
  const host = (() => { try { const u = new URL(report?.url ?? ''); return /^https?:$/.test(u.protocol) ? u.hostname : null; } catch { return null; } })();
  const siteOff = Boolean(settings && host && isSiteDisabled(settings, host));
  const toggleSite = async () => {
    if (!settings || !host) return;
    const next = setSiteEnabled(settings, host, siteOff);
    await saveSettings(next);
    setSettings(next);
  };

  // the page's real state: highlights shown or hidden, or no content script at all (a browser page)
  const [reachable, setReachable] = useState(true);
  useEffect(() => {
    if (tabId === null) return;
    browser.tabs.sendMessage(tabId, { type: 'overlay-status' })
      .then((s) => setOverlay(Boolean((s as OverlayStatus | undefined)?.enabled)), () => setReachable(false));
  }, [tabId]);

  const toggle = async () => {
    if (tabId === null) return;
    try {
      const reply = (await browser.tabs.sendMessage(tabId, { type: 'set-overlay', enabled: !overlay })) as { enabled: boolean };
      setOverlay(reply.enabled);
    } catch {
      // no content script on this tab (a browser page): nothing to toggle
      setReachable(false);
    }
  };

  /** Takes the reader to the figure on the page, with its card open. */
  const goTo = async (m: ReportMention) => {
    if (tabId === null) return;
    const shown = await browser.tabs.sendMessage(tabId, { type: 'focus-figure', sentenceId: m.sentenceId, start: m.start }).catch(() => false);
    if (shown) window.close();
  };
  /** Opens the form on an untracked figure proposed for tracking (the page's script holds its sentence). */
  const propose = async (m: ReportMention) => {
    if (tabId === null) return;
    const opened = await browser.tabs.sendMessage(tabId, { type: 'propose-figure', figure: m }).catch(() => false);
    if (opened) window.close();
  };
  const openSettings = (hash = '') => {
    if (hash) void browser.tabs.create({ url: browser.runtime.getURL(`options/index.html${hash}`) });
    else void browser.runtime.openOptionsPage();
    window.close();
  };

  if (report === undefined) return <p>{t('popupLoading')}</p>;
  const all = report?.result?.mentions ?? [];
  // figures in navigation, sidebars and related boxes are listed apart: not the article's own
  const mentions = all.filter((m) => !inPageFurniture(m));
  const elsewhere = all.filter(inPageFurniture);
  const row = (m: (typeof all)[number], i: number) => {
    const label = verdictLabel(m.verdict);
    const why = m.verdict === 'untracked' ? whyNot(m.eventEvidence, formatDate) : null;
    const highlighted = m.verdict !== 'untracked' && overlay;
    return (
      <li key={i} class="mention" data-verdict={m.verdict}>
        {highlighted
          ? <button type="button" class="fig go" aria-label={t('popupGoTo', m.text)} onClick={() => goTo(m)}>{m.text}</button>
          : <span class="fig">{m.text}</span>} <span class="meta">{categoryLabel(m.category)} {formatFigure(m, navigator.language)}</span>
        <span class={`verdict verdict-${m.verdict}`}><span aria-hidden="true">{label.icon}</span> {label.word}</span>
        <div class="meta">{m.source ? t('popupSourceWritten', m.source) : t('popupNoSource')}{m.sourceName ? ` → ${m.sourceName}` : ''}</div>
        {why && !inPageFurniture(m) ? <div class="meta why-not">{why}</div> : null}
        {isProposable(m) ? <button type="button" class="link propose" onClick={() => propose(m)}>{t('popupPropose')}</button> : null}
      </li>
    );
  };
  return (
    <>
      <h1>{t('extName')}</h1>
      {mentions.length === 0 ? (
        <p class="summary">{t('popupNone')}</p>
      ) : (
        <>
          <p class="summary" id="summary">
            {tCount('popupFigures', report!.total - elsewhere.length)}; {tCount('popupDisputed', report!.disputed)}.{' '}
            {report!.result!.events.length ? t('popupEvent', report!.result!.events[0].title) : null}
          </p>
          {report!.result!.events.length ? null : (
            <p class="silent" id="silent">{t('popupNoTrackedEvent')}{' '}
              <button type="button" class="link" onClick={() => openSettings('#events')}>{t('popupCoveredEvents')}</button></p>
          )}
          <ul aria-labelledby="summary">{mentions.map(row)}</ul>
          {report!.total > all.length ? <p class="meta" id="more-figures">{tCount('popupMoreFigures', report!.total - all.length)}</p> : null}
        </>
      )}
      {elsewhere.length > 0 ? (
        <>
          <p class="summary" id="elsewhere">{t('popupElsewhere')}</p>
          <ul aria-labelledby="elsewhere" class="elsewhere">{elsewhere.map(row)}</ul>
        </>
      ) : null}
      <button type="button" id="overlay-toggle" onClick={toggle} disabled={tabId === null || !reachable}>{overlay ? t('popupHide') : t('popupShow')}</button>{' '}
      {host ? <button type="button" id="site-toggle" onClick={toggleSite}>{siteOff ? t('popupSiteOn', host) : t('popupSiteOff', host)}</button> : null}
      <p class="meta">{t('popupShortcuts')} <button type="button" class="link" id="open-settings" onClick={() => openSettings()}>{t('popupSettings')}</button></p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
