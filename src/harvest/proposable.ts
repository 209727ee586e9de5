// Which figures a reader may propose for tracking. A file of its own with no imports: the
// content script and the popup ask it without pulling the harvest's matcher into their bundles.
import type { MatchedMention } from '../match/scan.ts';

type Figure = Pick<MatchedMention, 'source' | 'sourceInferred'>;

/** The page names who says the figure ("Kiev claimed…"): an inferred or missing source is no claim of anyone. */
export const isAttributed = (m: Figure): boolean => m.source !== null && !m.sourceInferred;

/** A figure in navigation, a sidebar or a related-stories box: not the article's own. */
export const inPageFurniture = (m: Pick<MatchedMention, 'eventEvidence'>): boolean => m.eventEvidence?.rejected?.reason === 'furniture';

/** One person named ("a soldier who was wounded") or a part of a toll ("including 17 foreigners"): never a toll to claim. */
export const isNoToll = (m: Pick<MatchedMention, 'single' | 'part'>): boolean => Boolean(m.single || m.part);

/** An attributed figure about no tracked event, in the article itself (not a sidebar's related story), and a toll. */
export const isProposable = (m: Figure & Pick<MatchedMention, 'verdict' | 'eventEvidence' | 'single' | 'part'>): boolean =>
  m.verdict === 'untracked' && isAttributed(m) && !inPageFurniture(m) && !isNoToll(m);
