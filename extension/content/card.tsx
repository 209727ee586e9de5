// The hover card: what every tracked source reported for the figure's event and category.
// Rendered by Preact into Crosscount's own shadow root; all pack strings render as text.
import { useEffect, useState } from 'preact/hooks';
import type { MatchedMention } from '../shared/messages.ts';
import { categoryLabel, verdictLabel } from '../shared/verdict-labels.ts';
import { t, tCoded } from '../shared/i18n.ts';
import { summarize } from '../../src/match/summary.ts';
import { firstPerSource } from '../../src/match/per-source.ts';
import { whyEvent } from '../shared/event-reasons.ts';
import { formatDate } from '../shared/format-date.ts';
import { formatFigure } from '../../src/match/format.ts';
import { FigureChart } from './chart.tsx';
import { isHttpUrl } from '../../src/corrections/format.ts';
import type { OtherFigure } from '../../src/match/scan.ts';
import { isProposable } from '../../src/harvest/proposable.ts';

export type CardAction = 'correct' | 'propose';

/** Figures of one source listed in the card before "N more". */
const ROWS_PER_SOURCE = 5;

export interface CardProps {
  mention: MatchedMention;
  onClose: () => void;
  /** the reader asked to correct the figure, or to propose it for tracking */
  onSuggest: (action: CardAction) => void;
  /** the card changed size (details opened or closed): place it again */
  onResize?: () => void;
}

/** The site a link goes to, as a reader knows it: "kyivindependent.com". */
function siteOf(href: string): string {
  return new URL(href).hostname.replace(/^(www|m|amp|en)\./, '');
}

/** Only http(s) links are followed; anything else in a pack renders as plain text. */
function safeUrl(url: string): string | null {
  return isHttpUrl(url) ? new URL(url).href : null;
}

export function Card({ mention: m, onClose, onSuggest, onResize }: CardProps) {
  const label = verdictLabel(m.verdict);
  const fig = (f: Parameters<typeof formatFigure>[0]) => formatFigure(f, navigator.language);
  const written = m.source ?? null;
  const [open, setOpen] = useState(false);
  useEffect(() => { onResize?.(); }, [open]);
  // what the record shows, in words, before anything else
  const summary = summarize(m, { figure: fig, date: formatDate, category: categoryLabel });
  // revisions of this figure's source (every source's when the figure names none)
  const revisions = m.sourceId ? m.revisions.filter((r) => r.sourceId === m.sourceId) : m.revisions;
  const why = m.eventTitle ? whyEvent(m.eventEvidence, formatDate) : null;
  // a big event: the first few figures of each source, and how many more
  const rows = firstPerSource(m.others, ROWS_PER_SOURCE);
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby="cc-title" aria-describedby="cc-verdict" tabIndex={-1}
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onClose(); } }}>
      <header>
        <div id="cc-title" class="figure">
          <span class="number">{m.text}</span>
          <span class="category">{categoryLabel(m.category)}</span>
        </div>
        <span id="cc-verdict" class={`verdict verdict-${m.verdict}`} data-verdict={m.verdict}>
          <span aria-hidden="true">{label.icon}</span> {label.word}
        </span>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={(e) => e.isTrusted && onClose()}>×</button>
      </header>
      {summary.length ? (
        <div class="summary">{summary.map((line, i) => <p key={line.code} class={i === 0 ? 'lead' : 'spread'}>{tCoded(line)}</p>)}</div>
      ) : <p class="explain">{label.explain}{m.disagreeing > 0 ? ` ${t('cardDisagreeing', m.disagreeing)}` : ''}</p>}
      <dl class="facts">
        <dt>{t('cardSourceWritten')}</dt>
        <dd class="source-written">{written ?? t('cardNoSource')}{m.sourceName ? <span class="bound"> → {m.sourceName}{m.sourceInferred ? ` ${t('cardSameFigure')}` : ''}</span> : null}</dd>
        {m.eventTitle ? <><dt>{t('cardEvent')}</dt><dd class="event">{m.eventTitle}</dd></> : null}
        {why ? <><dt>{t('cardWhyEvent')}</dt><dd class="event-why">{why}</dd></> : null}
      </dl>
      <p class="actions">
        {/* a click the page's script made opens no tab and stores nothing */}
        {isProposable(m)
          ? <button type="button" class="suggest propose" onClick={(e) => e.isTrusted && onSuggest('propose')}>{t('cardPropose')}</button>
          : <button type="button" class="suggest" onClick={(e) => e.isTrusted && onSuggest('correct')}>{t('cardSuggest')}</button>}{' '}
        <button type="button" class="more" aria-expanded={open} aria-controls="cc-details" onClick={(e) => e.isTrusted && setOpen(!open)}>
          {open ? t('cardLess') : t('cardMore', m.others.length)}
        </button>
      </p>
      <div id="cc-details" class="details" hidden={!open}>
        {summary.length ? <p class="explain">{label.explain}{m.disagreeing > 0 ? ` ${t('cardDisagreeing', m.disagreeing)}` : ''}</p> : null}
        {revisions.length > 0 ? (
          <section class="revisions" aria-labelledby="cc-revisions">
            <h2 id="cc-revisions">{t('cardRevisions')}</h2>
            <ul>
              {revisions.map((r) => (
                <li key={r.sourceId} class="revision">
                  <span class="rev-source">{r.source}</span>:{' '}
                  {r.steps.map((s, i) => (
                    <span key={s.claimId}>{i > 0 ? ' → ' : ''}<b>{fig(s)}</b> ({formatDate(s.reportedAt)})</span>
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
              <caption>{t('cardOthersCaption', categoryLabel(m.category))}</caption>
              <thead><tr><th scope="col">{t('cardColSource')}</th><th scope="col">{t('cardColFigure')}</th><th scope="col">{t('cardColReported')}</th><th scope="col">{t('cardColLink')}</th></tr></thead>
              <tbody>{rows.shown.map((o) => <OtherRow key={`${o.packId}/${o.claimId}`} o={o} mine={o.sourceId === m.sourceId} />)}</tbody>
            </table>
            {rows.more.length ? <ul class="more-rows">{rows.more.map((r) => <li key={r.source}>{t('cardMoreRows', r.count, r.source)}</li>)}</ul> : null}
          </>
        ) : <p class="none">{t('cardNoOthers')}</p>}
      </div>
    </div>
  );
}

function OtherRow({ o, mine }: { o: OtherFigure; mine: boolean }) {
  const href = safeUrl(o.url);
  return (
    <tr class={`other${mine ? ' mine' : ''}${o.supersededBy ? ' superseded' : ''}`} data-claim={o.claimId}>
      <td class="o-source" title={o.qualifier}>{o.source}{o.packId !== 'crosscount-default' ? <span class="pack"> [{o.packId}]</span> : null}
        {o.quote ? <q class="o-quote" cite={href ?? undefined}>{o.quote}</q> : null}</td>
      <td class="o-figure">{formatFigure(o, navigator.language)}{o.supersededBy ? <span class="later"> {t('cardRevisedMark')}</span> : null}</td>
      <td class="o-date">{formatDate(o.reportedAt)}</td>
      <td class="o-link">{href ? <a href={href} target="_blank" rel="noopener noreferrer nofollow" aria-label={t('cardSourceLinkTo', siteOf(href))}>{siteOf(href)} ↗</a> : <span>{o.url}</span>}</td>
    </tr>
  );
}
