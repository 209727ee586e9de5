/** Casualty categories, as the pack schema and the correction form list them. */
export const CATEGORIES = ['killed', 'wounded', 'missing', 'captured', 'casualties'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How the text bounds a figure: the direction of its qualifier. */
export type Qualifier = 'exact' | 'at least' | 'at most' | 'approximate' | 'range';

/** One casualty figure found in text. Field names are part of the CLI's JSON contract. */
export interface Mention {
  /** the figure as written, with the bound word when it changes the bounds ("upto 400") */
  text: string;
  /** offsets of `text` in the text that was scanned */
  start: number;
  end: number;
  /** null means open on that side */
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** the qualifier words as written ("upto", "as many as"), or null */
  qualifierText: string | null;
  approx: boolean;
  vague: boolean;
  category: Category;
  /** the victim phrase the number quantifies ("Russian conscripts"), or null */
  victims: string | null;
  /** who says the figure, as written ("Kiev", "Russian MOD"), or null */
  source: string | null;
  /** a toll forecast, not reported ("as many as 8,000 people could die if the dam fails"): never matched against claims */
  projection?: true;
  /** one person named without a number ("a soldier who was wounded", "her son was killed"): one of an event's dead or wounded, never its toll */
  single?: true;
  /** a part of a toll ("including 17 foreigners", "Six of the dead were police officers"): never compared with the toll */
  part?: true;
}
