// The data model of tracked claims (learned from UCDP GED, Iraq Body Count and ClaimReview).
import type { Category } from '../extract/types.ts';

export type SourceType = 'government' | 'military' | 'un' | 'ngo' | 'media' | 'independent';

export interface Source {
  id: string;
  name: string;
  type: SourceType;
  /** how news text names the source: "Russian MOD", "Kiev" */
  aliases: string[];
}

export interface TrackedEvent {
  id: string;
  title: string;
  /**
   * The event's own names ("Makiivka New Year strike", "Kramatorsk station massacre"): each
   * identifies the event. A place alone never does.
   */
  names?: string[];
  /**
   * Other spellings of the place, the building, the ship ("Makeyevka", "Amstor", "cruiser
   * Moskva"). Older packs mix names in: an alias with an event word in it ("strike",
   * "massacre", "explosion"...) is read as a name.
   */
  aliases: string[];
  /**
   * The place, then wider places (region, country). A place, in any spelling, needs a date
   * that fits or an event-specific term to tie a figure to the event; wider places never do.
   */
  places: string[];
  /** ISO date of the event (first day) and optional last day */
  date: string;
  dateEnd?: string | null;
  /** terms specific to the event (HIMARS, vocational school); who reports on it is no such term */
  keywords: string[];
}

export interface Claim {
  id: string;
  eventId: string;
  sourceId: string;
  category: Category;
  /** null: open on that side ("at least 63" is 63..null) */
  low: number | null;
  high: number | null;
  approx: boolean;
  /** the qualifier as worded by the source or the researcher */
  qualifier: string;
  /** ISO date the source published the figure, when known */
  reportedAt: string | null;
  url: string;
  /** the claim of the same source that this one revised */
  supersedes: string | null;
  /** a verbatim quote from the cited page that states the figure */
  quote?: string;
  note?: string;
}

/** Where volunteers' corrections for a pack go. */
export type CorrectionsIntake = { type: 'github'; repo: string } | { type: 'https'; url: string };

export interface Pack {
  format: 'crosscount-pack/1';
  id: string;
  title: string;
  /** only ever grows: an integer or a semver string */
  version: number | string;
  publishedAt: string;
  /** seconds between update checks (at least an hour; a day when absent) */
  expires?: number;
  homepage?: string;
  corrections?: CorrectionsIntake;
  sources: Source[];
  events: TrackedEvent[];
  claims: Claim[];
}

/** A claim as the matcher and the card see it: with its source and its pack. */
export interface ClaimView extends Claim {
  packId: string;
  source: Source;
  /** the claim of the same source that revised this one, if any */
  supersededBy: string | null;
}
