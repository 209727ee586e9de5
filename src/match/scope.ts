// What a sentence says about the scope of its figures, and places it names that a tracked
// event may not own: words that point away from one event's toll.
import { MONTHS } from '../extract/lexicon.ts';
import { WEEKDAYS } from './dates.ts';

/**
 * A figure of another scope than one event: a war's or a country's cumulative total, a
 * year's total ("since the war began", "since October 7", "so far this year", "nationwide").
 */
const CUMULATIVE = new RegExp([
  String.raw`\bsince (?:the )?(?:start|beginning|outbreak|onset) of\b`,
  String.raw`\bsince (?:the )?(?:russian |full[- ]scale |israeli )*(?:war|invasion|conflict|fighting|hostilities|offensive)\b`,
  String.raw`\bsince (?:(?:early|late|mid-?)\s*)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*\d`,
  String.raw`\bsince \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)`,
  String.raw`\bsince (?:19|20)\d{2}\b`,
  String.raw`\b(?:so far|thus far) (?:this|in the) (?:year|war|conflict)\b`,
  String.raw`\b(?:this|last) year alone\b`, String.raw`\bin (?:19|20)\d{2} alone\b`,
  String.raw`\b(?:throughout|over the course of|during) the (?:whole |entire )?(?:war|conflict|invasion)\b`,
  String.raw`\b(?:in|of) the (?:whole |entire )(?:war|conflict)\b`,
  String.raw`\bwar['’]s (?:overall |total |death )*toll\b`, String.raw`\boverall (?:death )?toll\b`,
  String.raw`\bcumulative\b`, String.raw`\bnationwide\b`, String.raw`\bcountrywide\b`,
  String.raw`\bacross (?:the (?:country|territory|region|strip|enclave)|ukraine|russia|gaza|the gaza strip|israel|syria)\b`,
  String.raw`\bin total since\b`, String.raw`\bto date\b`,
  String.raw`\btotal (?:number|death toll|toll)\b`, String.raw`\b(?:death )?toll in the (?:war|conflict|fighting)\b`,
  String.raw`\b(?:killed|died|dead|deaths|wounded|injured|lost) in the (?:war|conflict|fighting|invasion)\b`,
  String.raw`\b(?:in|over|during) the (?:past|last|previous) (?:day|24 hours|48 hours|week|month|year)\b`,
  String.raw`\b(?:daily|weekly|monthly|per day|a day|each day|every day)\b`,
].join('|'), 'i');

/** "the deadliest strike since the war began": a comparison, not a total. */
const SUPERLATIVE = /\b(deadliest|worst|bloodiest|biggest|largest|heaviest|highest|single|first|most)\b/i;

export function cumulativeScope(sentence: string): string | null {
  const m = CUMULATIVE.exec(sentence);
  if (!m) return null;
  if (/^since/i.test(m[0]) && SUPERLATIVE.test(sentence.slice(Math.max(0, m.index - 80), m.index))) return null;
  return m[0];
}

/** An anniversary or a look back: the text itself ties a late page to a past event. */
const LOOK_BACK = /\b(anniversary|a year (?:after|since|on from)|(?:one|two|three|\d+) years? (?:after|since|on from)|commemorat\w*|memorial (?:service|ceremony)|years? ago|months? ago)\b/i;

export function looksBack(text: string): boolean {
  return LOOK_BACK.test(text);
}

const CASUALTY_OR_EVENT = String.raw`(?:killed|killing|kills|dead|died|dies|deaths?|wounded|wounding|injured|injuring|injuries|hurt|casualties|victims|strikes?|struck|attacks?|attacked|shelling|shelled|bombing|bombed|explosion|blast|raids?|hit|hits|fire|fighting|massacre|sank|sinking|accident|crash)`;
const CAPITALIZED = String.raw`((?:[A-Z][\p{L}'’-]+)(?:[ -](?:[A-Z][\p{L}'’-]+)){0,2})`;

/**
 * Places a sentence gives for what happened: "killed 5 civilians in Horlivka", "a strike on
 * Kostiantynivka", "In Avdiivka, three died". Capitalized words after a locative word near a
 * casualty or attack word; whether a place is the event's own is for the caller to say.
 */
const PLACE_AFTER = new RegExp(String.raw`\b${CASUALTY_OR_EVENT}\b(?:[^.;:!?]{0,40}?)\b(?:in|at|near|outside|on|across)\s+(?:the\s+)?(?:(?:city|town|village|region|district|port|settlement)\s+of\s+)?${CAPITALIZED}`, 'gu');
const PLACE_FIRST = new RegExp(String.raw`(?:^|[.;]\s+)(?:In|At|Near|Outside)\s+(?:the\s+)?(?:(?:city|town|village|region|district)\s+of\s+)?${CAPITALIZED}\s*,`, 'gu');
// the place and the casualty word with no say-verb between: "officials in Moscow said 63 were killed" is where they spoke
const PLACE_BEFORE = new RegExp(String.raw`\b(?:in|at|near|outside|on)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?${CAPITALIZED}(?:(?!\b(?:said|says|say|told|reported|reports|announced|claimed|claims|stated)\b)[^.;:!?]){0,30}?\b${CASUALTY_OR_EVENT}\b`, 'gu');
// what was struck: "shelling of Kostiantynivka", "missiles struck Kremenchuk"
const PLACE_OBJECT = new RegExp(String.raw`\b(?:shelling|bombing|bombardment|attacks?|strikes?|struck|hit|hits|shelled|bombed|attacked|targeted|targeting)\s+(?:of\s+|on\s+)?(?:the\s+)?(?:(?:city|town|village|region)\s+of\s+)?${CAPITALIZED}`, 'gu');

/** Words that are capitalized without being places: months, days, titles, sources. */
const NOT_PLACES = new Set([
  ...MONTHS, ...WEEKDAYS,
  'new', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'this', 'that',
  'president', 'minister', 'ministry', 'mr', 'mrs', 'ms', 'dr', 'general', 'gen', 'lt', 'col', 'colonel', 'captain', 'governor', 'mayor',
]);

/** A named building: "the Greek Orthodox Church of Saint Porphyrius", "Al-Shifa Hospital". */
const BUILDING = new RegExp(String.raw`((?:[A-Z][\p{L}'’-]+ ){1,4}(?:Church|Cathedral|Mosque|Synagogue|Hospital|Clinic|School|University|Theat(?:re|er)|Station|Mall|Market|Cent(?:re|er)|Camp|Prison|Colony|Stadium|Hotel|Caf[eé]|Restaurant|Plant|Factory|Refinery|Port|Airport|Bridge|Square)\b(?: of (?:[A-Z][\p{L}'’-]+ ?){1,3})?)`, 'gu');

export function placesNamed(sentence: string): string[] {
  const out = new Set<string>();
  for (const m of sentence.matchAll(BUILDING)) out.add(m[1].trim());
  for (const re of [PLACE_AFTER, PLACE_FIRST, PLACE_BEFORE, PLACE_OBJECT]) {
    re.lastIndex = 0;
    for (const m of sentence.matchAll(re)) {
      const place = m[m.length - 1] ?? m[1];
      if (!place) continue;
      const words = place.split(/[ -]/).filter((w) => !NOT_PLACES.has(w.replace(/['’]s$/, '').toLowerCase()));
      if (words.length) out.add(words.join(' '));
    }
  }
  return [...out];
}
