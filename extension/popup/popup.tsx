// The toolbar popup: the figures on the current page with their verdicts.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { TabReport, TabReportMessage } from '../shared/messages.ts';
import { VERDICT_LABEL } from '../shared/verdict-labels.ts';
import { formatFigure } from '../../src/match/format.ts';

function Popup() {
  const [report, setReport] = useState<TabReport | null | undefined>(undefined);
  const [tabId, setTabId] = useState<number | null>(null);
  const [overlay, setOverlay] = useState(true);

  useEffect(() => {
    void (async () => {
      const requested = new URLSearchParams(location.search).get('tab');
      const id = requested ? Number(requested) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) { setReport(null); return; }
      setTabId(id);
      const message: TabReportMessage = { type: 'tab-report', tabId: id };
      setReport((await browser.runtime.sendMessage(message)) as TabReport | null);
    })();
  }, []);

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
      <button type="button" onClick={toggle} disabled={tabId === null}>{overlay ? 'Hide highlights on this page' : 'Show highlights on this page'}</button>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
