// Why a figure is tied to its event, or why the event near it was not taken, in the
// reader's language (the CLI says the same in English: src/match/evidence-text.ts).
import type { EventEvidence, RejectReason } from '../../src/match/events.ts';
import { t } from './i18n.ts';

function reason(code: RejectReason, detail: string, date: (iso: string) => string): string {
  switch (code) {
    case 'furniture': return t('reasonFurniture');
    case 'other-scope': return t('reasonOtherScope', detail);
    case 'another-date': return t('reasonAnotherDate', detail);
    case 'another-place': return t('reasonAnotherPlace', detail);
    case 'page-before': return t('reasonPageBefore', date(detail));
    case 'page-late': return t('reasonPageLate', date(detail));
    case 'needs-date': return t('reasonNeedsDate');
    case 'ambiguous': return t('reasonAmbiguous');
    case 'magnitude': return t('reasonMagnitude');
    case 'single-victim': return t('reasonSingleVictim', detail);
    case 'part-of-toll': return t('reasonPartOfToll', detail);
    case 'smaller': return t('reasonSmaller');
  }
}

/** "Not tied to “…”: another date: 2015", or null when no tracked event was near. */
export function whyNot(e: EventEvidence | undefined, date: (iso: string) => string): string | null {
  if (!e?.rejected) return null;
  return t('popupWhyNot', e.rejected.title, reason(e.rejected.reason, e.rejected.detail, date));
}

/** One line: the terms and dates that tied the figure, and the page's date ("Makiivka, New Year's night, page dated 5 Jan 2023"). */
export function whyEvent(e: EventEvidence | undefined, date: (iso: string) => string): string | null {
  if (!e?.event) return null;
  const terms = e.terms.slice(0, 2);
  // a date that repeats a term ("New Year", "New Year Day") says nothing more
  const said = e.dates.find((d) => !terms.some((w) => d.toLowerCase().includes(w.toLowerCase())));
  const words = said ? [...terms, said] : terms;
  return [...words, e.pageDate ? t('cardPageDated', date(e.pageDate)) : t('cardPageUndated')].join(', ');
}
