// Why a figure is tied to its event, or why the event near it was not taken, in English
// words for the CLI (the extension says the same through _locales, from the same codes).
import type { EventEvidence, RejectReason } from './events.ts';

export const REJECT_REASONS: Record<RejectReason, (detail: string) => string> = {
  furniture: () => 'in navigation, a sidebar or a related-stories box, not the article',
  'other-scope': (d) => `another scope ("${d}"): not one event's toll`,
  'another-date': (d) => `another date: ${d}`,
  'another-place': (d) => `another place: ${d}`,
  'page-before': (d) => `the page (${d}) predates the event`,
  'page-late': (d) => `the page is dated ${d}, long after the event, and the sentence does not say it is about it`,
  'needs-date': () => 'a place alone, with no date or term of the event',
  ambiguous: () => 'several tracked events fit equally well',
  magnitude: (d) => `${d} is far larger than any tracked figure of the event (another scope)`,
  'single-victim': (d) => `one person named ("${d}"): one of the event's victims, not a toll to compare`,
  'part-of-toll': (d) => `a part of a toll ("${d}"), not a toll to compare`,
  smaller: (d) => `${d} is far smaller than any tracked figure of the event (a part of its toll, or a first count)`,
};

export function describeEvidence(e: EventEvidence): string {
  if (e.event) {
    const terms = e.terms.slice(0, 3);
    const dates = e.dates.filter((d) => !terms.some((w) => d.toLowerCase().includes(w.toLowerCase()))).slice(0, 2);
    const what = [...terms, ...dates].join(', ');
    const when = e.pageDate ? `page dated ${e.pageDate}` : 'page undated';
    return `${what}${what ? '; ' : ''}${when} (from the ${e.scope}, confidence ${e.confidence})`;
  }
  if (e.rejected) return `not ${e.rejected.title}: ${REJECT_REASONS[e.rejected.reason](e.rejected.detail)}`;
  return 'no tracked event fits';
}
