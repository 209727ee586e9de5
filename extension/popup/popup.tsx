// The toolbar popup: the figures on the current page with their verdicts.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabReport, TabReportMessage } from '../shared/messages.ts';
import { VERDICT_LABEL } from '../shared/verdict-labels.ts';
import { formatFigure } from '../../src/match/format.ts';
import { loadSettings, saveSettings } from '../shared/settings-store.ts';
import { isSiteDisabled, type Settings } from '../../src/settings.ts';

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
    const next = { ...settings, disabledSites: siteOff ? settings.disabledSites.filter((s) => s !== host) : [...settings.disabledSites, host] };
    await saveSettings(next);
    setSettings(next);
  };

  const toggle = async () => {
    if (tabId === null) return;
    try {
      const reply = (await browser.tabs.sendMessage(tabId, { type: 'set-overlay', enabled: !overlay })) as { enabled: boolean };
      setOverlay(reply.enabled);
    } catch {
      // no content script on this tab (a browser page): nothing to toggle
    }
  };

  if (report === undefined) return <p>Loading…</p>;
  const mentions = report?.result?.mentions ?? [];
  return (
    <>
      <h1>Crosscount</h1>
      {mentions.length === 0 ? (
        <p class="summary">No casualty figures found on this page.</p>
      ) : (
        <>
          <p class="summary" id="summary">
            {mentions.length} figure{mentions.length === 1 ? '' : 's'} found; {report!.disputed} disputed.
            {report!.result!.events.length ? ` Event: ${report!.result!.events[0].title}` : ' No tracked event recognised.'}
          </p>
          <ul aria-labelledby="summary">
            {mentions.map((m, i) => {
              const label = VERDICT_LABEL[m.verdict];
              return (
                <li key={i} class="mention" data-verdict={m.verdict}>
                  <span class="fig">{m.text}</span> <span class="meta">{m.category} {formatFigure(m)}</span>
                  <span class={`verdict verdict-${m.verdict}`}><span aria-hidden="true">{label.icon}</span> {label.word}</span>
                  <div class="meta">{m.source ? `Source as written: ${m.source}` : 'No source named'}{m.sourceName ? ` → ${m.sourceName}` : ''}</div>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <button type="button" onClick={toggle} disabled={tabId === null}>{overlay ? 'Hide highlights on this page' : 'Show highlights on this page'}</button>{' '}
      {host ? <button type="button" id="site-toggle" onClick={toggleSite}>{siteOff ? `Turn on for ${host}` : `Turn off for ${host}`}</button> : null}
      <p class="meta">Shortcuts: Alt+Shift+N / Alt+Shift+P next / previous figure, Alt+Shift+O highlights on or off.</p>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
