// Options: the installed claim packs. Subscribing to more packs, corrections and settings
// are not built yet, and the page says so.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ListPacksMessage } from '../shared/messages.ts';
import type { PackRow } from '../../src/claims/db.ts';

function Options() {
  const [packs, setPacks] = useState<PackRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const message: ListPacksMessage = { type: 'list-packs' };
    browser.runtime.sendMessage(message).then((p) => setPacks(p as PackRow[]), (e: Error) => setError(e.message));
  }, []);
  return (
    <>
      <h1>Crosscount: claim packs</h1>
      {error ? <p role="alert">Could not read the installed packs: {error}</p> : null}
      {packs === null ? <p>Loading…</p> : (
        <table id="packs">
          <thead><tr><th>Pack</th><th>Version</th><th>Installed</th><th>Contents</th><th>Status</th></tr></thead>
          <tbody>
            {packs.map((p) => (
              <tr key={p.id}>
                <td>{p.title} <span class="meta">({p.id})</span></td>
                <td>{p.version}</td>
                <td>{new Date(p.installedAt).toLocaleString()}</td>
                <td>{p.counts.events} events, {p.counts.claims} claims</td>
                <td>{p.status}{p.lastError ? `: ${p.lastError}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="meta">Not yet: subscribing to other packs by URL, automatic updates, volunteer corrections and
        per-site settings are planned and not built in this version. The default pack ships with the extension.</p>
    </>
  );
}

render(<Options />, document.getElementById('app')!);
