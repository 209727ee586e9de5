// The hover card: what every tracked source reported for the figure's event and category.
// Rendered by Preact into Crosscount's own shadow root; all pack strings render as text.
import type { MatchedMention } from '../shared/messages.ts';
import { VERDICT_LABEL } from '../shared/verdict-labels.ts';
import { formatFigure } from '../../src/match/format.ts';
import { FigureChart } from './chart.tsx';
import type { OtherFigure } from '../../src/match/scan.ts';

export interface CardProps {
  mention: MatchedMention;
  onClose: () => void;
  onSuggest: () => void;
}

export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** Only http(s) links are followed; anything else in a pack renders as plain text. */
export function safeUrl(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

export function Card({ mention: m, onClose, onSuggest }: CardProps) {
  const label = VERDICT_LABEL[m.verdict];
  const written = m.source ?? null;
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="cc-title" aria-describedby="cc-verdict" tabIndex={-1}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <header>
        <div id="cc-title" class="figure">
          <span class="number">{m.text}</span>
          <span class="category">{m.category}</span>
        </div>
        <span id="cc-verdict" class={`verdict verdict-${m.verdict}`} data-verdict={m.verdict}>
          <span aria-hidden="true">{label.icon}</span> {label.word}
        </span>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      </header>
      <p class="explain">{label.explain}{m.disagreeing > 0 ? ` ${m.disagreeing} other tracked figure${m.disagreeing === 1 ? '' : 's'} lie outside it.` : ''}</p>
      <p class="actions"><button type="button" class="suggest" onClick={onSuggest}>Suggest a correction</button></p>
      <dl class="facts">
        <dt>Source as written</dt>
        <dd class="source-written">{written ?? 'not named in the text'}{m.sourceName ? <span class="bound"> → {m.sourceName}{m.sourceInferred ? ' (same figure)' : ''}</span> : null}</dd>
        {m.eventTitle ? <><dt>Event</dt><dd class="event">{m.eventTitle}</dd></> : null}
      </dl>
      {m.revisions.length > 0 ? (
        <section class="revisions" aria-label="Revisions">
          <h2>Revisions</h2>
          <ul>
            {m.revisions.map((r) => (
              <li key={r.sourceId} class="revision">
                <span class="rev-source">{r.source}</span>:{' '}
                {r.steps.map((s, i) => (
                  <span key={s.claimId}>{i > 0 ? ' → ' : ''}<b>{formatFigure(s)}</b> ({formatDate(s.reportedAt)})</span>
                ))}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {m.others.length > 0 ? (
        <>
          <FigureChart mention={m} />
          <table class="others">
            <caption>Tracked figures for this event ({m.category})</caption>
            <thead><tr><th scope="col">Source</th><th scope="col">Figure</th><th scope="col">Reported</th><th scope="col">Link</th></tr></thead>
            <tbody>{m.others.map((o) => <OtherRow key={`${o.packId}/${o.claimId}`} o={o} mine={o.sourceId === m.sourceId} />)}</tbody>
          </table>
        </>
      ) : <p class="none">No tracked figures for this {m.category} count.</p>}
    </div>
  );
}

function OtherRow({ o, mine }: { o: OtherFigure; mine: boolean }) {
  const href = safeUrl(o.url);
  return (
    <tr class={`other${mine ? ' mine' : ''}${o.supersededBy ? ' superseded' : ''}`} data-claim={o.claimId}>
      <td class="o-source" title={o.qualifier}>{o.source}{o.packId !== 'crosscount-default' ? <span class="pack"> [{o.packId}]</span> : null}</td>
      <td class="o-figure">{formatFigure(o)}{o.supersededBy ? <span class="later"> (revised)</span> : null}</td>
      <td class="o-date">{formatDate(o.reportedAt)}</td>
      <td class="o-link">{href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow">source ↗</a> : <span>{o.url}</span>}</td>
    </tr>
  );
}
