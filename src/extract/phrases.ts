// Finds the number phrases of a sentence and drops the ones that are not head counts:
// times, dates, years, ages, money, percentages, ordinals, codes, wire tags and rates.
import { parseDigits, parseNumberWords, isNumberWord, isOrdinalWord, VAGUE_FLOORS } from './numbers.ts';
import { CASUALTY_AFTER, CURRENCY, EXCESS_OVER, HARMED_ANYONE, isPersonWord, lostLifeAt, MONTHS, NON_COUNT_AFTER, NEGATIONS, NUMBERED_ROOMS, PERSON_SINGULAR, SAY_VERBS, SCHOOL_YEARS, TELLING_VERBS, WOUND_NOUNS, YOUNG_PEOPLE } from './lexicon.ts';
import { isAbbreviationDot, type Token } from './tokens.ts';
import type { Tags } from './tagger.ts';

export interface NumberPhrase {
  first: number;
  last: number;
  value: number;
  /** set for ranges: "60 to 70", "between 60 and 70" */
  high?: number;
  /** set for a range left open above by a bound on its high end: "range from 632,000 to over 1,000,000" */
  openAbove?: true;
  vague: boolean;
}

const SCALE_WORDS = new Set(['hundred', 'thousand', 'million', 'billion', 'lakh', 'lakhs', 'lac', 'lacs', 'crore', 'crores', 'dozen']);
const WIRE_TAGS = new Set(['update', 'wrapup', 'rpt', 'refile', 'corrected', 'version', 'no', 'number', 'flight', 'route', 'article', 'paragraph', 'page', 'chapter', 'resolution', 'section', 'vol', 'issue', 'episode', 'season', 'school']);
const AGE_WORDS = new Set(['aged', 'age', 'ages']);
const RATE_WORDS = new Set(['every', 'per', 'each']);
const PEOPLE_NOUNS = /^(people|persons|civilians|soldiers|troops|servicemen|children|men|women|residents|deaths|dead|killed)$/;
/** A harm a share is of ("nine in 10 deaths"); a share of people ("nine in 10 victims") is read by isPersonWord. */
const HARMS_OF_SHARE = /^(deaths|casualties|dead|wounded|injured|drownings|fatalities|homicides|murders|killings|injuries)$/;
/** Fates and tolls right after a year-like count that make it a count: "with 2000 injured", "1850 casualties". */
const FATES_AFTER = /^(injured|wounded|missing|casualties|victims|fatalities|bodies|hurt|hospitalized|hospitalised)$/;

export function findNumberPhrases(tokens: Token[], tags: Tags[]): NumberPhrase[] {
  const raw: NumberPhrase[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const p = phraseAt(tokens, i);
    if (p) { raw.push(p); i = p.last; }
  }
  // (restated first: "around 300,000 (3 lacs) to 500,000 (5 lacs)" is a range of two counts, each written twice)
  const merged = mergeRanges(tokens, restatedInDigits(tokens, raw));
  return merged.filter((p) => isHeadCount(tokens, tags, p));
}

/**
 * "thirty-nine (39) people have died", "three hundred and sixty-one (361) injured": a count in words restated in digits
 * in brackets is one count, written twice ("300,000 (3 lacs)": or in digits restated in another scale).
 */
function restatedInDigits(tokens: Token[], phrases: NumberPhrase[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let k = 0; k < phrases.length; k++) {
    const a = phrases[k];
    const b = phrases[k + 1];
    // (a word on one side, a count's word or its scale's: "3 million (thirty lacs)", "300,000 (3 lacs)"; never two counts
    // in bare digits)
    const inWords = tokens[a.last].kind === 'word' || (b !== undefined && tokens[b.last].kind === 'word');
    if (b && inWords && tokens[a.last + 1]?.text === '(' && b.first === a.last + 2
      && tokens[b.last + 1]?.text === ')' && b.value === a.value && a.high === undefined && b.high === undefined && !a.vague) {
      out.push({ ...a, last: b.last + 1 });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Casualty nouns a bare "no" can count: plural, so "no death toll yet" is not a zero. */
const ZERO_NOUNS = new Set(['deaths', 'casualties', 'injuries', 'fatalities']);
const ZERO_NOUN_MODIFIERS = new Set(['civilian', 'military', 'serious', 'further', 'new', 'immediate', 'other', 'reported', 'confirmed', 'human', 'additional', 'known', 'heat', 'storm', 'flood', 'weather',
  // ("No tourist deaths were recorded")
  'tourist', 'foreign', 'police', 'child', 'student',
  // ("caused significant damage …, but no direct fatalities")
  'direct',
  // ("had recorded no reportable injuries in the previous decade": a safety record's words for them)
  'reportable', 'recordable', 'major', 'fatal', 'workplace']);

/** A casualty noun at `i`, or after one modifier: "no deaths", "no civilian casualties". */
function countsCasualtyNoun(tokens: Token[], i: number): boolean {
  if (ZERO_NOUNS.has(tokens[i]?.lower ?? '')) return true;
  // "there were no reports of casualties"
  if (/^reports?$/.test(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'of' && ZERO_NOUNS.has(tokens[i + 2]?.lower ?? '')) return true;
  // "435 cholera cases, with no death, were reported", "no fatality was recorded"; never "no death toll was given"
  // ("there was no death toll": a toll that is none, said to be there; never "no death toll was given")
  if (tokens[i]?.lower === 'death' && tokens[i + 1]?.lower === 'toll' && /^(was|is)$/.test(tokens[i - 2]?.lower ?? '') && tokens[i - 3]?.lower === 'there'
    && (!tokens[i + 2] || tokens[i + 2].kind === 'punct')) return true;
  if (/^(death|fatality|casualty)$/.test(tokens[i]?.lower ?? '')) {
    const next = tokens[i + 1];
    return !next || (next.kind === 'punct' && next.text !== '-') || /^(was|is|has|had|reported|recorded|occurred|so)$/.test(next.lower);
  }
  // ("there was no damage or casualties": a casualty noun joined after another)
  if (tokens[i]?.kind === 'word' && /^(or|and|nor)$/.test(tokens[i + 1]?.lower ?? '') && ZERO_NOUNS.has(tokens[i + 2]?.lower ?? '')) return true;
  // ("with no treatment-related deaths", "no weather-related fatalities": deaths of a cause)
  const ofACause = /^(related|[a-z]+-(related|linked|induced))$/.test(tokens[i]?.lower ?? '');
  return (ofACause || ZERO_NOUN_MODIFIERS.has(tokens[i]?.lower ?? '')) && ZERO_NOUNS.has(tokens[i + 1]?.lower ?? '');
}

/**
 * "no rebel fighter was killed", "no civilians were hurt", "no teachers died": people after the "no" (with at most two words
 * before them), then their fate. The zero is the word "no".
 */
function zeroOfPeople(tokens: Token[], i: number): boolean {
  // ("no passenger or crew member was injured", "no player or match official had been hurt": the last of two kinds joined
  // by "or" shares their fate)
  const or = [i + 1, i + 2].find((o) => tokens[o]?.lower === 'or' && tokens.slice(i, o).every((t) => t.kind === 'word'));
  const from = or === undefined ? i : or + 1;
  let k = from;
  while (k < from + 2 && tokens[k]?.kind === 'word' && !isPersonWord(tokens[k].lower)) k++;
  if (!isPersonWord(tokens[k]?.lower ?? '')) return false;
  // ("no rebel fighter", "no police officers": a compound of person words)
  if (isPersonWord(tokens[k + 1]?.lower ?? '')) k++;
  // ("No members of the public were hurt", "no members of staff": who the members are of)
  if (/^(members?|staff)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'of') k += tokens[k + 2]?.lower === 'the' ? 3 : 2;
  let v = k + 1;
  // ("No teachers died": an intransitive fate right after them)
  if (/^(died|perished|drowned)$/.test(tokens[v]?.lower ?? '')) return true;
  // ("no passenger had died in a train accident")
  if (/^(has|have|had)$/.test(tokens[v]?.lower ?? '') && /^(died|perished|drowned)$/.test(tokens[v + 1]?.lower ?? '')) return true;
  if (/^(has|have|had)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'been') v += 2;
  else if (/^(was|were)$/.test(tokens[v]?.lower ?? '')) v += 1;
  else return false;
  // ("No rangers were seriously injured": how badly, between)
  if (/^(seriously|badly|critically|gravely|severely|fatally|physically)$/.test(tokens[v]?.lower ?? '')) v++;
  return CASUALTY_AFTER[tokens[v]?.lower ?? ''] !== undefined && tokens[v].lower !== 'taken';
}

function phraseAt(tokens: Token[], i: number): NumberPhrase | null {
  const t = tokens[i];
  const lower = t.lower;
  // zero as a phrase: "no one was killed", "nobody was hurt"
  // (never one who vouches for another's figure: "a number no one else confirmed")
  const vouches = (k: number) => /^(confirmed|confirms|verified|disputed|doubted|knows|knew|believed|believes|accepted)$/.test(tokens[tokens[k]?.lower === 'else' ? k + 1 : k]?.lower ?? '');
  // ("Not one of the 300 workers in the factory was injured": as "none")
  // ("Not one person has died on my watch", "not one soldier was killed": or with the people right after; never "not one
  // but two")
  // (never "He was not one of the 12 people killed": who someone is not, after a copula)
  const notOne = lower === 'not' && !/^(was|is|were|are|be|been)$/.test(tokens[i - 1]?.lower ?? '')
    && (tokens[i + 2]?.lower === 'of' || ((isPersonWord(tokens[i + 2]?.lower ?? '') || countsCasualtyNoun(tokens, i + 2)) && tokens[i + 3]?.lower !== 'but'));
  if ((lower === 'no' || notOne) && tokens[i + 1]?.lower === 'one' && !vouches(i + 2)) return { first: i, last: i + 1, value: 0, vague: false };
  // "no deaths were reported", "no civilian casualties": the zero is the word "no"
  if (lower === 'no' && countsCasualtyNoun(tokens, i + 1)) return { first: i, last: i, value: 0, vague: false };
  if (lower === 'no' && zeroOfPeople(tokens, i + 1)) return { first: i, last: i, value: 0, vague: false };
  if ((lower === 'nobody' && !vouches(i + 1)) || lower === 'none') return { first: i, last: i, value: 0, vague: false };
  // ("The abductors didn't kill anybody", "did not injure anyone": a harm denied of anyone is a zero)
  if ((lower === 'anybody' || lower === 'anyone') && HARMED_ANYONE.has(tokens[i - 1]?.lower ?? '')
    && /^(not|n't|n’t|never|didn't|didn’t)$/.test(tokens[i - 2]?.lower ?? '')) return { first: i, last: i, value: 0, vague: false };
  // ("claimed that not a single civilian was killed": a zero of people, never one of them)
  if (lower === 'not' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'single' && (isPersonWord(tokens[i + 3]?.lower ?? '') || countsCasualtyNoun(tokens, i + 3) || zeroOfPeople(tokens, i + 3))) {
    return { first: i, last: i + 2, value: 0, vague: false };
  }
  // "reporting another death", "one more fatality": one, with its casualty noun
  // ("the deluge claimed another life": a life a disaster claims)
  const noun = tokens[i + (lower === 'one' ? 2 : 1)]?.lower ?? '';
  const lifeClaimed = noun === 'life' && /^(claimed|claiming|claims|claim|took|taken|takes|cost|costs|costing)$/.test(tokens[i - 1]?.lower ?? '');
  if ((lower === 'another' || (lower === 'one' && tokens[i + 1]?.lower === 'more')) && (/^(death|fatality|casualty|victim|body)$/.test(noun) || lifeClaimed)) return { first: i, last: i + (lower === 'one' ? 1 : 0), value: 1, vague: false };
  // ("killing both pilots and the three medics on board": two, by the people named after it)
  // (a person word that is no singular's is a plural: "both pilots", "both men")
  // ("Both of his brothers were also killed in the war": or both of someone's, with "of" and a possessive)
  // ("both the Craig brothers killed": or with the determiner alone, a name on the people between)
  let bothOf = tokens[i + 1]?.lower === 'of' && /^(his|her|their|my|our|your|the)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3
    : /^(his|her|their|my|our|your|the)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (bothOf > i + 1 && /^\p{Lu}/u.test(tokens[bothOf]?.text ?? '') && !isPersonWord(tokens[bothOf].lower)) bothOf++;
  if (lower === 'both' && isPersonWord(tokens[bothOf]?.lower ?? '') && !PERSON_SINGULAR.has(tokens[bothOf].lower)) return { first: i, last: i, value: 2, vague: false };
  if (t.kind === 'digits') {
    // "death toll over 264K": thousands written with a K
    const kilo = tokens[i + 1];
    // (only as a toll's figure: "over 264K", "passes 1.5K"; never "a 5K race")
    // ("an estimate of civilian deaths of 518k", "The 800k death toll": after a toll's "of", or before its noun)
    const tollLead = /^(over|than|to|at|passes|passed|tops|top|topped|surpasses|exceeds|nearly|almost|about|around|some|hits|reaches)$/.test(tokens[i - 1]?.lower ?? '')
      || (tokens[i - 1]?.lower === 'of' && tokens.slice(Math.max(0, i - 7), i - 1).some((x) => /^(estimate|estimates|toll|total|figure|tally|deaths|dead|casualties|fatalities)$/.test(x.lower)))
      || /^(deaths?|dead|killed|casualties|fatalities|toll)$/.test(tokens[i + 2]?.lower ?? '') || (tokens[i + 2]?.lower === 'death' && tokens[i + 3]?.lower === 'toll')
      // ("1.5m people were killed and 3m wounded": or millions with another fate, never "ran 5k injured")
      || (/^[mM]$/.test(kilo?.text ?? '') && /^(wounded|injured|hurt|missing)$/.test(tokens[i + 2]?.lower ?? ''))
      // ("between 300k and 600k civilian victims": a range's ends; "46k people died": the people, then their fate)
      || tokens[i - 1]?.lower === 'between' || (tokens[i - 1]?.lower === 'and' && /^[kK]$/.test(tokens[i - 2]?.text ?? ''))
      || (/^(people|civilians|soldiers|troops|persons|victims|civilian)$/.test(tokens[i + 2]?.lower ?? '') && /^(died|killed|dead|victims|deaths|were|have|had)$/.test(tokens[i + 3]?.lower ?? ''));
    // ("Upwards of 2m people died in the genocide": millions with an m, in the same places)
    if (kilo && tollLead && /^[kKmM]$/.test(kilo.text) && kilo.start === t.end && /^\d{1,3}(?:\.\d)?$/.test(t.text)) {
      return { first: i, last: i + 1, value: Math.round(Number(t.text) * (/^[kK]$/.test(kilo.text) ? 1000 : 1e6)), vague: false };
    }
    if (/[a-z]/i.test(t.text)) return null; // "8-year-old", "1st", "1990s", "MH17"-like joins
    const v = parseDigits(t.text);
    if (v === null) return null;
    let last = i;
    let value = v;
    const next = tokens[i + 1];
    // ("more than 700 hundred people injured": a count of hundreds in digits before "hundred" is a slip for the count)
    if (next?.lower === 'hundred' && v >= 100) last = i + 1;
    else if (next && SCALE_WORDS.has(next.lower)) {
      const words = [t.text, next.lower];
      const scaled = parseNumberWords(words);
      if (scaled !== null) { value = scaled; last = i + 1; }
    }
    // ("killed 20-thousand people": a scale word glued on with a hyphen)
    const glued = tokens[i + 2];
    if (next?.text === '-' && next.start === t.end && glued && glued.start === next.end && SCALE_WORDS.has(glued.lower)) {
      const scaled = parseNumberWords([t.text, glued.lower]);
      if (scaled !== null) { value = scaled; last = i + 2; }
    }
    // ("ranged from 2.6 to 4 million deaths", "between 1.5 and 2 million": a decimal low end takes the high end's scale)
    const rangeScale = tokens[i + 3] && SCALE_WORDS.has(tokens[i + 3].lower) && tokens[i + 2]?.kind === 'digits' && /^(to|and|-|–)$/.test(next?.lower ?? '')
      ? parseNumberWords(['1', tokens[i + 3].lower]) : null;
    if (!Number.isInteger(value) && last === i && rangeScale !== null && Number.isInteger(value * rangeScale)) return { first: i, last: i, value: value * rangeScale, vague: false };
    // ("with 1.000 more injured", "2.500 homeless": a dot between groups of three marks the thousands in much of Europe's
    // copy, and a count of people is never a fraction)
    if (last === i && /^\d{1,3}(\.\d{3})+$/.test(t.text)) value = Number(t.text.replace(/\./g, ''));
    if (!Number.isInteger(value)) return null; // "12.02", "7.5" without a scale
    const half = andAHalf(tokens, last);
    if (half && last === i) return { first: i, last: half.last, value: (value + 0.5) * half.scale, vague: false };
    // ("60-odd bodies": a round count and some more, its "-odd" kept with it)
    if (last === i && next?.text === '-' && next.start === t.end && tokens[i + 2]?.lower === 'odd' && tokens[i + 2].start === next.end) return { first: i, last: i + 2, value, vague: false };
    return { first: i, last, value, vague: false };
  }
  if (t.kind !== 'word') return null;
  // ("injured tens-of-thousands of others": the same, hyphenated)
  if (lower === 'tens-of-thousands') return { first: i, last: i, value: 20000, vague: true };
  if (lower === 'hundreds-of-thousands') return { first: i, last: i, value: 200000, vague: true };
  // ("Sixty-odd bodies": in words)
  const odd = /^([a-z]+)-odd$/.exec(lower);
  if (odd && isNumberWord(odd[1])) {
    const value = parseNumberWords([odd[1]]);
    if (value !== null) return { first: i, last: i, value, vague: false };
  }
  // vague quantities: "dozens", "scores of", "tens of thousands", "hundreds of thousands"
  if (lower === 'tens' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'thousands') {
    return { first: i, last: i + 2, value: 20000, vague: true };
  }
  if (lower === 'hundreds' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'thousands') {
    return { first: i, last: i + 2, value: 200000, vague: true };
  }
  if (lower === 'a' && tokens[i + 1]?.lower === 'handful') return { first: i, last: i + 1, value: 3, vague: true };
  // ("many hundreds", "several thousands": the magnitude word gives the floor)
  if ((lower === 'many' || lower === 'several') && /^(dozens|hundreds|thousands|millions)$/.test(tokens[i + 1]?.lower ?? '')) {
    return { first: i, last: i + 1, value: VAGUE_FLOORS[tokens[i + 1].lower], vague: true };
  }
  // ("several hundred", "a few thousand": a vague count of a scale word; "several" alone is three, "a
  // few" two, so the floor is that many of the scale)
  const few = lower === 'a' && tokens[i + 1]?.lower === 'few' ? 2 : 0;
  const scaleAt = few ? i + 2 : i + 1;
  // ("several dozen injured", "a few dozen")
  const scale = ({ dozen: 12, hundred: 100, thousand: 1e3, million: 1e6 } as Record<string, number>)[tokens[scaleAt]?.lower ?? ''];
  if ((lower === 'several' || few) && scale) return { first: i, last: scaleAt, value: (few || 3) * scale, vague: true };
  if (lower in VAGUE_FLOORS && lower !== 'handful') return { first: i, last: i, value: VAGUE_FLOORS[lower], vague: true };
  // ("could be a couple dozen": two dozen, never the couple alone)
  if (lower === 'a' && tokens[i + 1]?.lower === 'couple' && tokens[i + 2]?.lower === 'dozen') return { first: i, last: i + 2, value: 24, vague: false };
  if (lower === 'a' && tokens[i + 1]?.lower === 'couple') return { first: i, last: i + 1, value: 2, vague: false };
  // ("a retired couple from Abergele died", "an elderly couple were killed": two, past the words that describe them;
  // never "a couple of", a vague few)
  if (/^an?$/.test(lower)) {
    for (let j = i + 2; j <= i + 3; j++) {
      if (tokens[j]?.lower !== 'couple' || tokens[j + 1]?.lower === 'of') continue;
      if (tokens.slice(i + 1, j).every((t) => t.kind === 'word' && /^\p{L}+$/u.test(t.text) && !/^(few|couple|lot|number|dozen|score)$/.test(t.lower))) return { first: i, last: j, value: 2, vague: false };
    }
  }
  // ("at least a score were injured", "a score of villagers": twenty, of people or with a verb of their own; never a
  // game's score)
  // ("a score of aid workers": or a word on the people first)
  if (lower === 'a' && tokens[i + 1]?.lower === 'score' && ((tokens[i + 2]?.lower === 'of' && (isPersonWord(tokens[i + 3]?.lower ?? '')
    || (tokens[i + 3]?.kind === 'word' && /^\p{Ll}/u.test(tokens[i + 3].text) && isPersonWord(tokens[i + 4]?.lower ?? ''))))
    || /^(were|are|have|had|died|remain|remained)$/.test(tokens[i + 2]?.lower ?? ''))) return { first: i, last: i + 1, value: 20, vague: false };
  // ("Report Claims Half-Million Killed": a fraction glued to its scale)
  const glued = /^(half|quarter)-(million|thousand|billion)$/.exec(lower);
  if (glued) return { first: i, last: i, value: (glued[1] === 'half' ? 0.5 : 0.25) * (glued[2] === 'million' ? 1e6 : glued[2] === 'billion' ? 1e9 : 1e3), vague: false };
  // "half a million", "a quarter of a million": a fraction of a scale word, never "a million" alone
  const fraction = lower === 'half' ? 0.5 : lower === 'quarter' ? 0.25 : 0;
  if (fraction) {
    const at = tokens[i + 1]?.lower === 'of' ? i + 2 : i + 1;
    const scale = tokens[at]?.lower === 'a' ? tokens[at + 1]?.lower : undefined;
    const base = scale === 'million' ? 1e6 : scale === 'billion' ? 1e9 : scale === 'thousand' ? 1e3 : 0;
    if (base) return { first: tokens[i - 1]?.lower === 'a' && lower === 'quarter' ? i - 1 : i, last: at + 1, value: base * fraction, vague: false };
  }
  // ("a half million people")
  if (lower === 'a' && tokens[i + 1]?.lower === 'half' && /^(million|thousand|billion)$/.test(tokens[i + 2]?.lower ?? '')) {
    const base = tokens[i + 2].lower === 'million' ? 1e6 : tokens[i + 2].lower === 'billion' ? 1e9 : 1e3;
    return { first: i, last: i + 2, value: base / 2, vague: false };
  }
  // ("Half a dozen others were injured")
  if (lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') return { first: i, last: i + 2, value: 6, vague: false };
  // number words, with hyphens and "and": "a hundred and seventy", "eighty-nine", "two dozen"
  const words: string[] = [];
  let last = -1;
  let j = i;
  if (lower === 'a' || lower === 'an') {
    const n = tokens[i + 1]?.lower;
    if (n !== 'hundred' && n !== 'thousand' && n !== 'dozen' && n !== 'million') return null;
    words.push('a'); j = i + 1;
  }
  for (; j < tokens.length; j++) {
    const w = tokens[j];
    const parts = w.lower.split('-');
    if (w.kind === 'word' && parts.every((p) => isNumberWord(p))) { words.push(...parts); last = j; continue; }
    if (w.kind === 'word' && parts.length > 1 && isNumberWord(parts[0]) && isOrdinalWord(parts[parts.length - 1])) return null;
    if (w.lower === 'and' && last >= 0 && tokens[j + 1] && tokens[j + 1].kind === 'word' &&
        tokens[j + 1].lower.split('-').every((p) => isNumberWord(p)) && /hundred|thousand|million/.test(words.join(' '))) {
      continue;
    }
    break;
  }
  if (last < 0) return null;
  // "two-three more bodies": a range written with a hyphen between two small numbers
  const pair = tokens[i].lower.split('-');
  if (last === i && pair.length === 2) {
    const lo = parseNumberWords([pair[0]]);
    const hi = parseNumberWords([pair[1]]);
    if (lo !== null && hi !== null && lo < hi && hi < 20) return { first: i, last: i, value: lo, high: hi, vague: false };
  }
  const value = parseNumberWords(words);
  // ("six and a half thousand": the half of the scale after it)
  const half = value !== null && value < 1000 ? andAHalf(tokens, last) : null;
  if (half) return { first: i, last: half.last, value: (value! + 0.5) * half.scale, vague: false };
  if (value === null) {
    // "one two three": not one number; keep the first word only
    const single = parseNumberWords(tokens[i].lower.split('-'));
    return single === null ? null : { first: i, last: i, value: single, vague: false };
  }
  return { first: i, last, value, vague: false };
}

/** "and a half thousand" right after the number's last word at `last`: the scale and where it ends. */
function andAHalf(tokens: Token[], last: number): { scale: number; last: number } | null {
  if (tokens[last + 1]?.lower !== 'and' || tokens[last + 2]?.lower !== 'a' || tokens[last + 3]?.lower !== 'half') return null;
  const scale = ({ thousand: 1e3, million: 1e6, billion: 1e9 } as Record<string, number>)[tokens[last + 4]?.lower ?? ''];
  return scale ? { scale, last: last + 4 } : null;
}

/** Words that change a figure: "rose from 22 to 25", "revised the toll from 63 to 89". */
const CHANGE_WORDS = new Set(['rose', 'risen', 'rises', 'rise', 'rising', 'raised', 'raises', 'raise', 'revised', 'revises', 'increased', 'increases',
  'climbed', 'climbs', 'jumped', 'jumps', 'soared', 'soars', 'surged', 'surges', 'grew', 'grows', 'up', 'down', 'lifted', 'lowered', 'dropped', 'fell', 'cut', 'reduced', 'corrected', 'updated',
  'hopped', 'spiked', 'leapt', 'leaped', 'swelled', 'mounted', 'drops', 'drop', 'falls', 'declined', 'declines', 'decreased', 'decreases',
  // ("tripled from 65 in 2021 to 196 in 2022")
  'doubled', 'tripled', 'quadrupled', 'halved',
  // ("recovered three more bodies, increasing the toll from 28 to 31": a participle after the clause that changed it)
  'raising', 'increasing', 'revising', 'lowering', 'reducing', 'updating', 'correcting', 'lifting', 'pushing', 'bringing', 'taking']);

/** A word that changes a figure ("rose", "dropped", "revised"). */
export const isChangeWord = (w: string): boolean => CHANGE_WORDS.has(w);

/**
 * "one of those injured in the attack had also died": where the death is, after a count of the hurt at `last`
 * ("of the/those injured", or "of them" after the hurt, with no more than words between, or "of the victims" who
 * "have since died"), or -1.
 */
export function hurtThenDiedAt(tokens: Token[], last: number): number {
  // ("Two more of the injured died in hospital overnight": more of them)
  if (tokens[last + 1]?.lower === 'more') last++;
  if (tokens[last + 1]?.lower !== 'of') return -1;
  let from: number;
  // ("although one of the rescued later died": or the rescued, named so)
  if (/^(the|those)$/.test(tokens[last + 2]?.lower ?? '') && /^(injured|wounded|hurt|rescued|survivors|evacuated|hospitali[sz]ed)$/.test(tokens[last + 3]?.lower ?? '')) from = last + 4;
  // ("10 children … were wounded, and one of them later died of his injuries": "them" the hurt counted before)
  // ("Three people were rescued from the rubble and one of them died in hospital": or the rescued, of whom one died)
  // ("Both hostages were shot and one of them died": or the shot, the stabbed)
  else if (tokens[last + 2]?.lower === 'them' && tokens.slice(0, last).some((t) => /^(injured|wounded|hurt|rescued|extracted|evacuated|hospitali[sz]ed|shot|stabbed)$/.test(t.lower))) from = last + 3;
  // ("One of the shooting victims has died, Laurel police said": the victims of a harm that is told now to have cost a
  // life, a death of its own; never "One of the victims died in hospital", which may name one of the dead again)
  else if (/^(the|those)$/.test(tokens[last + 2]?.lower ?? '')) {
    const victims = /^(shooting|stabbing|attack|crash|blast|explosion)$/.test(tokens[last + 3]?.lower ?? '') ? last + 4 : last + 3;
    if (tokens[victims]?.lower !== 'victims' || !/^(has|have)$/.test(tokens[victims + 1]?.lower ?? '')) return -1;
    const fate = /^(since|now|also)$/.test(tokens[victims + 2]?.lower ?? '') ? victims + 3 : victims + 2;
    return /^(died|succumbed)$/.test(tokens[fate]?.lower ?? '') ? fate : -1;
  }
  else return -1;
  // ("Two more of the injured, both aged 19, died in hospital": past an aside on them)
  const close = tokens[from]?.text === ',' ? tokens.findIndex((x, j) => j > from && j <= from + 8 && x.text === ',') : -1;
  const start = close > 0 ? close + 1 : from;
  // ("one of the injured, an elderly man from the fourth floor, passed away last week")
  // ("One of the injured, a 9-year-old boy, breathed his last during treatment": or lost a life, in the lexicon's words)
  for (let k = start; k < tokens.length && k < last + 12 + start - from && tokens[k].kind === 'word'; k++) {
    if (/^(died|succumbed)$/.test(tokens[k].lower) || (tokens[k].lower === 'passed' && tokens[k + 1]?.lower === 'away')) return k;
    const lost = lostLifeAt(tokens, k);
    if (lost > 0) return lost;
  }
  return -1;
}

/** Whether "whom", at `at`, is followed by its death ("one of whom had died", "two of whom later succumbed"). */
export function diedAfterWhom(tokens: Token[], at: number): boolean {
  if (tokens[at]?.lower !== 'whom') return false;
  let fate = at + 1;
  while (fate < at + 4 && /^(had|has|have|later|since|subsequently|then|also)$/.test(tokens[fate]?.lower ?? '')) fate++;
  return /^(died|succumbed|perished)$/.test(tokens[fate]?.lower ?? '');
}

/** Whether a word that changes a figure stands in the clause before `at` ("raised the death toll from"). */
/**
 * "from an initial 12", "from a previously reported 22": the "from" before how a change's old end was given, whose
 * last word is at `at`, else -1.
 */
export function fromBeforeGivenEnd(tokens: Token[], at: number): number {
  if (!/^(reported|initial|earlier|previous|original|announced|confirmed)$/.test(tokens[at]?.lower ?? '')) return -1;
  const article = /^(initially|previously|originally|earlier|first)$/.test(tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  return /^(a|an|the)$/.test(tokens[article]?.lower ?? '') && tokens[article - 1]?.lower === 'from' ? article - 1 : -1;
}

/** "a day earlier", "two weeks before", "several hours ago": how long before, from `k`. */
export const timeEarlierAt = (tokens: Token[], k: number): boolean => /^(a|two|three|several)$/.test(tokens[k]?.lower ?? '')
  && /^(days?|weeks?|hours?)$/.test(tokens[k + 1]?.lower ?? '') && /^(earlier|before|ago)$/.test(tokens[k + 2]?.lower ?? '');

export const changeBefore = (tokens: Token[], at: number): boolean => tokens.slice(Math.max(0, at - 14), at).some((t) => CHANGE_WORDS.has(t.lower));

/** "60 to 70", "60-70", "60–70", "between 60 and 70" become one phrase with a high end. */
function mergeRanges(tokens: Token[], phrases: NumberPhrase[]): NumberPhrase[] {
  const out: NumberPhrase[] = [];
  for (let k = 0; k < phrases.length; k++) {
    const a = phrases[k];
    const b = phrases[k + 1];
    const wireTag = WIRE_TAGS.has(tokens[a.first - 1]?.lower ?? '');
    // ("140,000 +/- 10,000", "3,000 ± 500": a figure and its margin, the range they span)
    const margin = b ? tokens.slice(a.last + 1, b.first).map((t) => t.text).join('') : '';
    if (b && !a.vague && !b.vague && (margin === '±' || margin === '+/-') && b.value < a.value) {
      out.push({ first: a.first, last: b.last, value: a.value - b.value, high: a.value + b.value, vague: false });
      k++;
      continue;
    }
    if (b && !wireTag && !a.vague && !b.vague && b.value > a.value) {
      const gap = tokens.slice(a.last + 1, b.first).map((t) => t.lower);
      // ("the 100-to-300 spectrum": a range written as one word)
      const dash = (gap.length === 1 && ['-', '–', '—', 'to'].includes(gap[0])) || (gap.join('') === '-to-' && tokens[b.first - 1].end === tokens[b.first].start);
      // ("stands between 1,000 to 1,100": the range's "to" after "between" too)
      const between = gap.length === 1 && (gap[0] === 'and' || gap[0] === 'to') && tokens[a.first - 1]?.lower === 'between';
      const orRange = gap.length === 1 && gap[0] === 'or' && b.value - a.value <= Math.max(10, a.value);
      // ("the number of victims ranged from 200,000 up to 300,000": a range's "up to" after "from")
      // ("range anywhere from 100 to up to 1,600", "range from at least 281 people to 1,729": past a bound or "anywhere"
      // before the low end, and the people or "to as many as" between the ends)
      let fromAt = a.first - 1;
      while (fromAt > a.first - 3 && /^(least|at|some|about|around|roughly|approximately)$/.test(tokens[fromAt]?.lower ?? '')) fromAt--;
      // ("Estimates … vary widely, from 632,253 to as many as 1.5 million": or how widely, and a comma)
      let rangeVerbAt = fromAt - 1;
      if (tokens[rangeVerbAt]?.text === ',') rangeVerbAt--;
      if (/^(anywhere|somewhere|widely|greatly|considerably|wildly|enormously)$/.test(tokens[rangeVerbAt]?.lower ?? '')) rangeVerbAt--;
      const rangedUpTo = tokens[fromAt]?.lower === 'from' && /^(ranged|ranging|ranges|range|varied|varies|vary|varying)$/.test(tokens[rangeVerbAt]?.lower ?? '')
        && /^(?:(?:people|persons|deaths|dead|civilians|victims) )?(?:to|to up to|to as many as|to as high as|up to)$/.test(gap.join(' '));
      // ("estimates of civilian deaths range from 632,000 to over 1,000,000": a high end given as a floor leaves it open)
      const rangedOver = tokens[fromAt]?.lower === 'from' && /^(ranged|ranging|ranges|range|varied|varies|vary|varying)$/.test(tokens[rangeVerbAt]?.lower ?? '')
        && /^to (over|more than|upwards of|well over|above)$/.test(gap.join(' '));
      // "the toll rose from 22 to 25": a change from one figure to another, not a range
      // (and "rose by 12 to 40": by how much, then to what)
      // ("lowered the death toll by more than 100 to 253": past the first figure's bound)
      let lead = a.first - 1;
      while (lead > a.first - 4 && /^(than|more|over|least|at|nearly|almost|about|around|some|roughly|approximately|just|only)$/.test(tokens[lead]?.lower ?? '')) lead--;
      // ("rose from an initial 12 to 40", "from the previously reported 22 to 25": how the old end was given)
      const given = fromBeforeGivenEnd(tokens, lead);
      if (given >= 0) lead = given;
      // ("The number of dead … went from 85 to 89 people": "went" right before "from" changes a figure too)
      const change = gap[0] === 'to' && /^(from|by)$/.test(tokens[lead]?.lower ?? '') && (changeBefore(tokens, lead) || /^(went|gone)$/.test(tokens[lead - 1]?.lower ?? ''));
      // "9 April–16 May 1917 – 278,000 casualties": a date's year, then a count
      const dated = /^\d{4}$/.test(tokens[a.last].text) && MONTHS.has(tokens[a.first - 1]?.lower ?? '');
      // ("from 4,836 deaths in 2015 to 5,190 deaths in 2016": a year, then the change's new end, is no range)
      const yearThen = gap[0] === 'to' && a.first === a.last && /^(19|20)\d\d$/.test(tokens[a.first].text) && /^(in|of|since|during)$/.test(tokens[a.first - 1]?.lower ?? '')
        && !/^(19|20)\d\d$/.test(tokens[b.first].text);
      // ("rose … on August 15 to 724 dead": a day of the month, then the new end, is no range; "15-20 August" still is)
      const dayThen = gap[0] === 'to' && a.first === a.last && MONTHS.has(tokens[a.first - 1]?.lower ?? '') && a.value <= 31 && b.value > 31;
      // ("2. Indian Ocean, 2004 — 227,898 dead": a list entry's year, then its count, set apart by a spaced dash)
      const yearLabel = /^[–—-]$/.test(gap[0] ?? '') && a.first === a.last && /^(19|20)\d\d$/.test(tokens[a.first].text) && !/^(19|20)\d\d$/.test(tokens[b.first].text)
        && tokens[a.last + 1].start > tokens[a.last].end && tokens[b.first].start > tokens[a.last + 1].end;
      if ((dash && !change && !dated && !yearThen && !dayThen && !yearLabel) || between || orRange || rangedUpTo || rangedOver) {
        // ("22-31 million illnesses": the scale after the second end is the first's too)
        // ("between two to three thousand": or in words)
        const bBase = b.last > b.first && tokens[b.first].kind === 'digits' ? parseDigits(tokens[b.first].text)
          : b.last > b.first && isNumberWord(tokens[b.first].lower) && SCALE_WORDS.has(tokens[b.last].lower) ? parseNumberWords([tokens[b.first].lower]) : null;
        const low = bBase && a.first === a.last && a.value < bBase ? a.value * (b.value / bBase) : a.value;
        out.push({ first: between ? a.first - 1 : a.first, last: b.last, value: low, high: b.value, vague: false, ...(rangedOver ? { openAbove: true as const } : {}) });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/**
 * A clock's mark after the number at k: "10 pm", "4:30 a.m." (one token), "11 p.m. Sunday" (cut into letters and dots
 * before a capital, where a sentence may end), "9 o'clock".
 */
export function clockAfter(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1]?.lower ?? '';
  if (/^(am|pm|a\.m\.?|p\.m\.?|o['’]clock)$/.test(next)) return true;
  // (the dot inside the cut form is the one tokens.ts already reads as a clock's, never a sentence's end)
  return /^[ap]$/.test(next) && isAbbreviationDot(tokens, k + 2);
}

/** Places numbered in running text, in lower case: "a fire at warehouse 12", "gates 3 and 13", "reactor 4". */
export const NUMBERED_PLACE = /^(warehouse|hangar|platform|terminal|gate|gates|berth|pier|dock|reactor|bunker|ward|hall|block)$/;

/**
 * "The famine of 1932–33 killed …", "during 2023-24": whether the digits at `k` end a span of years cut short after its
 * dash, no count.
 */
export function isYearSpanEnd(tokens: Token[], k: number): boolean {
  const first = tokens[k];
  const dash = tokens[k - 1];
  const year = tokens[k - 2];
  return first?.kind === 'digits' && /^\d{2}$/.test(first.text) && dash !== undefined && /^[-–]$/.test(dash.text) && dash.end === first.start && year?.end === dash.start
    && /^(1[5-9]|20)\d\d$/.test(year.text);
}

/**
 * "One of the two pilots was killed", "one of the 12 miners has died": the finite verb right after the group counted at
 * `at` (past its noun, up to three words) is the one's, never the group's; where that verb is when "one of the/those"
 * opens the group, else -1. A participle there ("one of the 22 people killed") or a relative clause ("one of the 29 men
 * who died") tells of the group, and gives -1.
 */
export function verbOfOneInGroup(tokens: Token[], at: number): number {
  const det = tokens[at - 1]?.lower ?? '';
  if (!/^(the|those|these)$/.test(det) || tokens[at - 2]?.lower !== 'of' || tokens[at - 3]?.lower !== 'one') return -1;
  let k = at + 1;
  while (k <= at + 3 && tokens[k]?.kind === 'word' && !/^(was|is|has|had|remains|remained|died|perished|drowned|who|that|which|and|or)$/.test(tokens[k].lower)) k++;
  // ("the last one of the 89 still missing is found": a participle or a fate on the group between is its own clause)
  if (tokens.slice(at + 1, k).some((t) => /ed$|^(dead|still)$/.test(t.lower) || FATES_AFTER.test(t.lower))) return -1;
  return k > at + 1 && /^(was|is|has|had|remains|remained|died|perished|drowned)$/.test(tokens[k]?.lower ?? '') ? k : -1;
}

function isHeadCount(tokens: Token[], tags: Tags[], p: NumberPhrase): boolean {
  const prev = tokens[p.first - 1];
  const prev2 = tokens[p.first - 2];
  const next = tokens[p.last + 1];
  const first = tokens[p.first];
  const lastTok = tokens[p.last];
  if (prev && CURRENCY.has(prev.lower)) return false;
  if (isYearSpanEnd(tokens, p.first)) return false;
  // ("Almost two thirds of the victims": a fraction written as two words, no count)
  if (/^(thirds|quarters|fifths|sixths|eighths|tenths|halves)$/.test(next?.lower ?? '') && tokens[p.last + 2]?.lower === 'of') return false;
  // ("guards posted at gate 3 were killed": a place's number, which must not take the count's verb from it)
  if (prev && first.kind === 'digits' && p.first === p.last && NUMBERED_PLACE.test(prev.text)) return false;
  // ("Rs.5 lakh", "Rs. 50,000": the currency's own dot between)
  if (prev?.text === '.' && CURRENCY.has(`${prev2?.lower ?? ''}.`) && prev2!.end === prev.start) return false;
  // ("(Figure 1)", "(Table 3)": a label's number in brackets)
  // ("(see Figure 1)", "as Table 2 shows": or after "see", or capitalised as a label is)
  if (prev && /^(figure|fig|table|chart|graph|map|appendix|annex|exhibit)$/i.test(prev.text) && (tokens[p.first - 2]?.text === '(' || /^see$/i.test(tokens[p.first - 2]?.text ?? '') || /^\p{Lu}/u.test(prev.text))) return false;
  // ("Deaths167", "Missing30": an info box's label and its cell run together when a page's text is taken without
  // the table's breaks; only a label that opens the line)
  // ("Total fatalities270", "Ground fatalities11": or a label of two words)
  const boxLabel = prev !== undefined && first.kind === 'digits' && ((p.first === 1 && /^(Deaths|Fatalities|Injuries|Injured|Wounded|Missing|Casualties)$/.test(prev.text))
    || (p.first === 2 && /^(Total|Ground|Civilian|Military|Confirmed|Reported|Non-fatal|Nonfatal)$/.test(tokens[0].text) && /^(deaths|fatalities|injuries|injured|wounded|missing|casualties)$/.test(prev.text))
    // ("Outcome301 dead, 486 survivors": any label that opens the line, when the count's own fate follows it)
    || (p.first === 1 && /^\p{Lu}\p{Ll}+$/u.test(prev.text) && CASUALTY_AFTER[next?.lower ?? ''] !== undefined));
  // ("the death of over109 persons": a bound word run into its count, in lower case, is a typo, never a code)
  const boundRunIn = prev !== undefined && /^(over|about|around|nearly|almost|some)$/.test(prev.text) && first.kind === 'digits';
  if (prev && prev.end === first.start && prev.kind === 'word' && !boxLabel && !boundRunIn) return false; // "MH17", "Su-25"
  if (next && next.start === lastTok.end && next.kind === 'word') return false;
  // handles and codes: "zoey_96", "#12", "@5", "item/7"
  // (but "personnel ‒ about 1,161,980 (+1,140) persons": a day's rise in brackets is a count)
  // ("Death toll: 17 (+2 since last update)": or with since when)
  // (where the brackets close is sought only after a "(+")
  const riseEnd = () => /^(since|from|overnight|today|in)$/.test(next?.lower ?? '') ? tokens.findIndex((t, k) => k > p.last && t.kind === 'punct') : p.last + 1;
  const rise = prev?.text === '+' && tokens[p.first - 2]?.text === '(' && tokens[riseEnd()]?.text === ')';
  if (prev && prev.end === first.start && /^[_#@/\\=+]$/.test(prev.text) && !rise) return false;
  // ("toll now 15 per Edhi Foundation": "per" that names who gives the count, never a rate's base)
  const perSource = next?.lower === 'per' && tokens[p.last + 2]?.kind === 'word' && (/^\p{Lu}/u.test(tokens[p.last + 2].text) || tokens[p.last + 2].lower === 'the')
    && !/^(cent|capita|annum|head|day|week|month|year|hour)$/i.test(tokens[p.last + (tokens[p.last + 2].lower === 'the' ? 3 : 2)]?.text ?? '');
  if (next && NON_COUNT_AFTER.has(next.lower.replace(/\.$/, '')) && !perSource) return false;
  // ("150,000 fewer deaths than the upper estimates", "12 more deaths than last year": a difference between two counts)
  // ("immediately killed 80, people", "killing nearly 40, more people": digits cut after their thousands' comma by a
  // scraper, a comma no count has before its own people, are no count)
  if (first.kind === 'digits' && p.first === p.last && next?.text === ',' && next.start === first.end && tokens[p.last + 2] && tokens[p.last + 2].start > next.end
    // (only the plain nouns of people, never a speaker after a clause's comma: "jumped to 128, officials told AFP")
    && (/^(people|persons|civilians|children)$/.test(tokens[p.last + 2].lower) || (tokens[p.last + 2].lower === 'more' && /^(people|persons|civilians|children)$/.test(tokens[p.last + 3]?.lower ?? '')))
    && !SAY_VERBS.has(tokens[p.last + 3]?.lower ?? '')) return false;
  // ("No one knows exactly how many thousands of people died": a question of how many, no count)
  if (first.lower === 'many' && prev?.lower === 'how') return false;
  // (but "1,427 more deaths than normal" is the excess over the expected, a toll of its own)
  if (next && /^(fewer|more|less)$/.test(next.lower) && CASUALTY_AFTER[tokens[p.last + 2]?.lower ?? ''] !== undefined && tokens[p.last + 3]?.lower === 'than'
    && !(next.lower === 'more' && EXCESS_OVER.test(tokens[p.last + 4]?.lower ?? ''))) return false;
  if (next && next.text === '%') return false;
  if (clockAfter(tokens, p.last)) return false;
  // times and scores: "14:29", "3-1"
  if (next && next.text === ':' && tokens[p.last + 2]?.kind === 'digits' && next.end === tokens[p.last + 2].start) return false;
  if (prev && prev.text === ':' && prev2?.kind === 'digits' && prev.start === prev2.end && prev.end === first.start) return false;
  // dates: "4 January", "Jan. 4", "AUG. 13", "19-20 July"
  const prevWord = prev?.text === '.' ? prev2 : prev;
  // (but "as of 15 October 52 were listed as dead": a month with its day before it, then a count that is no year)
  const afterWholeDate = prevWord === prev && prev2?.kind === 'digits' && /^\d{1,2}$/.test(prev2.text) && first.kind === 'digits' && !/^\d{4}$/.test(first.text)
    && next !== undefined && next.kind === 'word';
  if (prevWord && MONTHS.has(prevWord.lower) && !(prevWord.lower === 'may' && !isCapitalised(prevWord)) && !afterWholeDate) return false;
  if (next && MONTHS.has(next.lower) && !(next.lower === 'may' && !isCapitalised(next)) && !(next.lower === 'march' && !isCapitalised(next))) return false;
  // ("by the 6.0 magnitude earthquake, and 3,124 others were injured": a decimal with no scale word after it counts no one)
  // (but "with 1.000 more injured": groups of three after the dot mark thousands, as the phrase's value reads them)
  if (p.first === p.last && first.kind === 'digits' && /^\d+\.\d+$/.test(first.text) && !/^\d{1,3}(\.\d{3})+$/.test(first.text)) return false;
  // ("with airline confirming all but one passenger killed": the ones left out of "all" did not share its fate)
  if (prev?.lower === 'but' && prev2?.lower === 'all') return false;
  // ("Between January 26 and 30, 2,880 people were wounded": the second day of a span of days)
  if (prev && /^(and|to|-|–)$/.test(prev.lower) && first.kind === 'digits' && p.first === p.last && p.value <= 31 && prev2?.kind === 'digits'
    && MONTHS.has(tokens[p.first - 3]?.lower ?? '') && !(next && PEOPLE_NOUNS.test(next.lower))) return false;
  if (next && next.text === '/' && tokens[p.last + 2]?.kind === 'digits') return false;
  if (prev && prev.text === '/' && prev2?.kind === 'digits') return false;
  // years: a bare 4-digit number in the range of years, unless it counts people
  if (first.kind === 'digits' && p.first === p.last && /^\d{4}$/.test(first.text) && p.value >= 1800 && p.value <= 2100) {
    // ("severely injuring over 2000 more": a count of more of the same people)
    // ("with more than 2000 injured", "At least 1850 were killed": a bound before it, or a fate right after it)
    // ("could cross 2000 mark": a mark a toll passes)
    const bounded = (/^(than|least|nearly|almost|approximately|roughly)$/.test(prev?.lower ?? '') && !(next && /^(years?|bc|bce|ad|ce)$/.test(next.lower)))
      || (next !== undefined && /^(mark|milestone|threshold)$/.test(next.lower));
    if (!(next && (PEOPLE_NOUNS.test(next.lower) || FATES_AFTER.test(next.lower) || (/^(more|others)$/.test(next.lower) && !/^(in|since|of|by|until|from|to)$/.test(prev?.lower ?? '')))) && !bounded) return false;
    // ("the remains of the 1994 victims": a year's victims after "the", never "the 1,994 victims")
    if (prev?.lower === 'the' && /^(19|20)\d\d$/.test(first.text) && next !== undefined && /^(victims|casualties|dead)$/.test(next.lower) && !bounded
      && tokens[p.last + 2]?.lower !== 'were') return false;
  }
  // ("the death of 1953 people" counts them; "In 1953 people fled" is a year)
  if (prev && (prev.lower === 'in' || prev.lower === 'since' || (prev.lower === 'of' && !(next && PEOPLE_NOUNS.test(next.lower)))) && first.kind === 'digits' && /^(19|20)\d\d$/.test(first.text)) return false;
  // ages and rates: "aged 19", "every 30 minutes"
  // ("girls aged between five and 12", "aged from 5 to 12": the range's word before it)
  // ("Forty children aged below 18": a bound on the age)
  const ageAt = (k: number) => AGE_WORDS.has(tokens[k]?.lower ?? '') || (/^(between|from|under|below|over|above)$/.test(tokens[k]?.lower ?? '') && AGE_WORDS.has(tokens[k - 1]?.lower ?? ''));
  if (prev && ageAt(p.first - 1)) return false;
  // ("children under 18 are among those killed": an age bound right after young people, with no noun of its own)
  if (prev && /^(under|below|over|above)$/.test(prev.lower) && YOUNG_PEOPLE.test(prev2?.lower ?? '')
    && !(next && (PEOPLE_NOUNS.test(next.lower) || next.kind === 'digits'))) return false;
  // ("two girls aged 11 and 14": the second age of the pair)
  if (prev && /^(and|or|to)$/.test(prev.lower) && (prev2?.kind === 'digits' || isNumberWord(prev2?.lower ?? '')) && ageAt(p.first - 3)) return false;
  if (prev && RATE_WORDS.has(prev.lower)) return false;
  if (next && /^year-?olds?$/.test(next.lower)) return false;
  // glued units: "8-year-old", "24-hour", "5-storey", "100-fold"
  const glued = next && next.text === '-' && next.start === lastTok.end ? tokens[p.last + 2] : undefined;
  if (glued && glued.kind === 'word' && (/^(year|month|week|day)s?(-old)?$/.test(glued.lower) || /-old$/.test(glued.lower) ||
      NON_COUNT_AFTER.has(glued.lower.split('-')[0]) || /^(storey|story|floor|point|member|strong|man|seat|mile|km|minute|hour|fold)$/.test(glued.lower))) return false;
  // "Rahami, 28, ...", "The gunman, 19, killed", "The victim, 34, died" — an age after a name or a person
  // ("Three others are presumed dead: Itay Chen, 19; Gadi Haggai, 73; and Judi Weinstein Haggai, 70.": names and
  // ages in a list kept by semicolons)
  const semicolons = next?.text === ';' || ((!next || next.text === '.') && tokens.slice(0, p.first).some((t) => t.text === ';'));
  // ("Nearly all the rebels, 34, were killed": after a plural people's noun, before a plural verb, it counts them)
  const countOfPlural = next?.text === ',' && prev2 !== undefined && !isCapitalised(prev2) && /s$/.test(prev2.lower) && isPersonWord(prev2.lower)
    && /^(were|are|have)$/.test(tokens[p.last + 2]?.lower ?? '');
  // ("… and a neighbour, Frank Hale, 77 — died": or before the dash or bracket that closes an aside of names)
  if (prev?.text === ',' && (next?.text === ',' || semicolons || /^[—–)]$/.test(next?.text ?? '')) && !countOfPlural && prev2 && (isCapitalised(prev2) || isPersonWord(prev2.lower) || /^(victim|deceased|suspect)$/.test(prev2.lower)) && p.first === p.last && first.kind === 'digits' && p.value < 120
    && !countsOfAList(tokens, p.first)) return false;
  // ('29 bodies of "mainly children" younger than 15': an age, not a count)
  if (prev?.lower === 'than' && prev2 && /^(younger|older)$/.test(prev2.lower)) return false;
  // ("Kentuckians as young as 2 months and as old as 98 were among the dead": the span of their ages)
  if (prev?.lower === 'as' && prev2 && /^(young|old)$/.test(prev2.lower) && tokens[p.first - 3]?.lower === 'as') return false;
  // a score or a code, not a range (a range was merged before): "ended 3-1", "2-2"
  if (first.kind === 'digits' && prev?.text === '-' && prev2?.kind === 'digits' && prev2.end === prev.start && prev.end === first.start) return false;
  if (lastTok.kind === 'digits' && next?.text === '-' && tokens[p.last + 2]?.kind === 'digits' && lastTok.end === next.start && next.end === tokens[p.last + 2].start) return false;
  // wire tags and labels: "UPDATE 2", "No. 19", "Flight 17"
  if (prevWord && WIRE_TAGS.has(prevWord.lower) && first.kind === 'digits') return false;
  // ("declared a level two mass casualty event": a grade named by its number)
  if (prev && /^(level|category|phase|stage|grade|tier)$/i.test(prev.lower) && p.first === p.last && /^(a|the|this|its|to)$/.test(prev2?.lower ?? '')) return false;
  // ("a patient on Ward Seven", "Room 12", "Platform Two": a number that names a room or a place, capitalised with it)
  // ("two of our Year 5 pupils", "three Form Four students": or a school's year)
  if (prev && (NUMBERED_ROOMS.test(prev.text) || SCHOOL_YEARS.test(prev.text)) && p.first === p.last && (first.kind === 'digits' || /^\p{Lu}/u.test(first.text))) return false;
  // ("reactor number four": a number that names what it follows, in words too)
  if (prev?.lower === 'number' && p.first === p.last && first.kind === 'word' && prev2?.kind === 'word' && !/^(the|a|total|death|casualty)$/.test(prev2.lower)) return false;
  // ("flight 4U 9525", "Flight MH 17": an airline's code between the flight and its number, the tokenizer may split it)
  const code = prev && /^(?=.*[A-Z])[A-Z0-9]{1,2}$/.test(prev.text) ? (prev2?.end === prev.start && /^\d$/.test(prev2.text) ? p.first - 3 : p.first - 2) : -1;
  if (code >= 0 && /^flight$/i.test(tokens[code]?.text ?? '') && first.kind === 'digits') return false;
  // a ratio, not a count: "One in five victims was a child", "1 in 3 deaths"
  const nextNumber = (k: number) => tokens[k] && (tokens[k].kind === 'digits' || (tokens[k].kind === 'word' && isNumberWord(tokens[k].lower)));
  // ("one in every 500 Americans")
  const every = tokens[p.last + 2]?.lower === 'every' ? 1 : 0;
  // (never one of a list by year: "there were two deaths in 2019, none in 2020, one in 2021", a year after "in" before)
  const yearAt = (k: number) => /^(19|20)\d\d$/.test(tokens[k]?.text ?? '');
  const byYear = yearAt(p.last + 2) && !every && tokens.slice(0, p.first).some((t, k) => t.lower === 'in' && yearAt(k + 1));
  if (next?.lower === 'in' && nextNumber(p.last + 2 + every) && p.value === 1 && p.first === p.last && !byYear) return false;
  if (prev?.lower === 'in' && prev2 && /^(one|1)$/.test(prev2.lower) && p.first === p.last) return false;
  if (prev?.lower === 'every' && prev2?.lower === 'in' && /^(one|1)$/.test(tokens[p.first - 3]?.lower ?? '') && p.first === p.last) return false;
  // ("Two in five of the wounded", "nine in 10 victims": a share of a group named right after, both of its numbers)
  const single = (t: Token | undefined) => (t?.kind === 'digits' ? parseDigits(t.text) : t?.kind === 'word' && isNumberWord(t.lower) ? parseNumberWords([t.lower]) : null);
  const shareOf = (n: number, d: number) => {
    const [a, b] = [single(tokens[n]), single(tokens[d])];
    return a !== null && b !== null && a < b && b <= 10 && tokens[n + 1]?.lower === 'in' && d === n + 2
      // ("Roughly four in ten were killed by poachers": or the share alone, as the subject of its verb)
      && (/^(of|were|was|are|is|had|have|died|die)$/.test(tokens[d + 1]?.lower ?? '')
        || [d + 1, d + 2].some((g) => (HARMS_OF_SHARE.test(tokens[g]?.lower ?? '') || isPersonWord(tokens[g]?.lower ?? ''))
          // ("Nine in ten road deaths": past a word on the group)
          && (g === d + 1 || tokens[d + 1]?.kind === 'word')));
  };
  if ((p.first === p.last || (tokens[p.first].kind === 'word' && !isNumberWord(tokens[p.first].lower) && p.last === p.first + 1)) && (shareOf(p.last, p.last + 2) || shareOf(p.first - 2, p.first))) return false;
  // ordinal words and "one of the ..." partitives
  // (but "one of its soldiers was shot dead": one of a group named by its owner, not one of a count made before, with
  // its own fate right after)
  // ("We deeply regret to confirm that one of our contractors has lost his life", "one of our crew died": or a life lost,
  // or a death with no auxiliary)
  // ("one of our Grade 11 students has died": the owned people's noun past its modifiers)
  const ownedHead = [p.last + 3, p.last + 4, p.last + 5].find((k, d, all) => isPersonWord(tokens[k]?.lower ?? '')
    && all.slice(0, d).every((j) => tokens[j].kind === 'digits' || (tokens[j].kind === 'word' && !/^(of|who|that|and|or)$/.test(tokens[j].lower)))) ?? -1;
  const ownedOne = /^(its|their|his|her|our)$/.test(tokens[p.last + 2]?.lower ?? '') && ownedHead > 0
    // ("one of our keepers was seriously injured by a tiger": or hurt)
    && ((/^(was|has|had)$/.test(tokens[ownedHead + 1]?.lower ?? '') && tokens.slice(ownedHead + 2, ownedHead + 5).some((t, d) => /^(killed|dead|died|injured|wounded|hurt)$/.test(t.lower)
      || (t.lower === 'lost' && /^(his|her|their)$/.test(tokens[ownedHead + 3 + d]?.lower ?? '') && tokens[ownedHead + 4 + d]?.lower === 'life')))
      || /^(died|perished)$/.test(tokens[ownedHead + 1]?.lower ?? ''));
  // ("seven wounded had been admitted, one of whom had died": one of those counted before, with a death of its own)
  const oneDied = tokens[p.first - 1]?.text === ',' && diedAfterWhom(tokens, p.last + 2);
  // ("Police said one of those injured in the attack had also died": one of the hurt, with a death of its own, is a new
  // death, never the back-reference "one of the bodies")
  // ("stabbed 17 schoolgirls, killing one of them": one of those harmed before, killed by the verb right before it, as
  // "killing two of them" is two)
  const killedOfThem = /^(killing|killed)$/.test(prev?.lower ?? '') && tokens[p.last + 2]?.lower === 'them';
  // ("One of them is later seen running along a road and is shot dead": one of a group, with a death of its own later in
  // its clause)
  // ("one of them, a 38-year-old from Cumbria competing in his fourth event, had died": past an aside on who the one is)
  const asideEnd = tokens[p.last + 3]?.text === ',' ? tokens.findIndex((t, k) => k > p.last + 4 && k <= p.last + 16 && t.kind === 'punct' && t.text !== '-') : -1;
  const ownFrom = asideEnd > 0 && tokens[asideEnd].text === ',' ? asideEnd + 1 : p.last + 3;
  const ownDeath = /^(them|whom)$/.test(tokens[p.last + 2]?.lower ?? '') && (() => {
    for (let k = ownFrom; k < tokens.length && k <= ownFrom + 13 && tokens[k].kind !== 'punct'; k++) {
      if (/^(is|was)$/.test(tokens[k - 1]?.lower ?? '') && ((tokens[k].lower === 'shot' && tokens[k + 1]?.lower === 'dead') || tokens[k].lower === 'killed')) return true;
      if (tokens[k].lower === 'died' && k > p.last + 3) return true;
    }
    return false;
  })();
  // ("Three other people were wounded, one of them seriously": how badly one of the hurt was, as "two of them seriously")
  // ("the other two were alive, one of them wounded": or what befell one of a group)
  // ("Two men were shot, one of them fatally": or how it ended for one)
  const oneSeriously = prev?.text === ',' && /^(them|whom)$/.test(tokens[p.last + 2]?.lower ?? '')
    && /^(seriously|critically|severely|badly|gravely|wounded|injured|hurt|dead|fatally|mortally)$/.test(tokens[p.last + 3]?.lower ?? '') && (!tokens[p.last + 4] || tokens[p.last + 4].kind === 'punct');
  // ("were rescued by firefighters, one of them with minor injuries": or the wound one of a group came away with)
  const oneWithWounds = prev?.text === ',' && /^(them|whom)$/.test(tokens[p.last + 2]?.lower ?? '') && tokens[p.last + 3]?.lower === 'with'
    && tokens.slice(p.last + 4, p.last + 7).some((t) => WOUND_NOUNS.test(t.lower));
  // ("three children were wounded, one of them in serious condition": or the state one of the hurt is in)
  // ("Two of our staff were wounded; one of them, a nurse, is in a critical condition": or a clause of its own, with who
  // the one is as an aside)
  let stateAt = p.last + 3;
  const asideClose = tokens[stateAt]?.text === ',' ? tokens.findIndex((t, k) => k > stateAt + 1 && k <= stateAt + 6 && t.text === ',') : -1;
  // (never past a name: "Five others were taken to hospital, one of whom, Mrs Allen, remains …" names a person)
  if (asideClose > 0 && tokens.slice(stateAt + 1, asideClose).every((t) => t.kind === 'word') && !/^\p{Lu}/u.test(tokens[stateAt + 1].text)) stateAt = asideClose + 1;
  if (/^(is|was|remains|remained)$/.test(tokens[stateAt]?.lower ?? '')) stateAt++;
  if (tokens[stateAt]?.lower === 'still') stateAt++;
  // ("Twelve were injured; one of them remains in hospital": or where the hurt are kept)
  const kept = tokens[stateAt + 1]?.lower === 'hospital' || (tokens[stateAt + 1]?.lower === 'intensive' && tokens[stateAt + 2]?.lower === 'care');
  // ("six were taken to hospital, one of whom is being treated for a suspected spinal injury": or the wound it is cared for)
  const treatedFor = tokens[stateAt]?.lower === 'being' && tokens[stateAt + 1]?.lower === 'treated' && tokens[stateAt + 2]?.lower === 'for'
    && tokens.slice(stateAt + 3, stateAt + 7).some((t) => WOUND_NOUNS.test(t.lower));
  const oneInCondition = /^(,|;|and)$/.test(prev?.lower ?? '') && /^(them|whom)$/.test(tokens[p.last + 2]?.lower ?? '') && (treatedFor || tokens[stateAt]?.lower === 'in')
    && (treatedFor || kept || (/^(serious|critical|grave|severe|stable|a)$/.test(tokens[stateAt + 1]?.lower ?? '') && tokens.slice(stateAt + 2, stateAt + 4).some((t) => /^(condition|state)$/.test(t.lower))));
  // ("One of the five climbers was killed": the group counted after it, with a verb of the one's own)
  // (read only after "one of", where it may stand)
  const group = first.lower === 'one' && next?.lower === 'of' && tokens[p.last + 3] ? phraseAt(tokens, p.last + 3) : null;
  const oneOfGroup = group !== null && verbOfOneInGroup(tokens, group.first) > 0;
  if (first.kind === 'word' && first.lower === 'one' && next?.lower === 'of' && !ownedOne && !oneDied && !killedOfThem && !ownDeath && !oneSeriously && !oneWithWounds && !oneInCondition && !oneOfGroup && hurtThenDiedAt(tokens, p.last) < 0) return false;
  // (and the group itself takes no fate from the one's verb)
  if (verbOfOneInGroup(tokens, p.first) > 0) return false;
  if (first.kind === 'word' && isOrdinalWord(first.lower)) return false;
  // "one" as a pronoun ("the one who"), "no one" handled separately
  // ("said that one person …": "that" there opens what is said; "that one" alone points)
  // ("The British embassy confirmed that one Briton was among those injured": or right after a verb of telling)
  // ("the army said, adding that one had died on board": or its participle)
  // ("confirmed with great sadness that one of them … had died": a part of a group opens what is said)
  const thatOpensClause = prev?.lower === 'that' && next !== undefined && (isPersonWord(next.lower) || next.lower === 'of'
    || TELLING_VERBS.test(prev2?.lower ?? '') || (/^(adding|saying|stating|confirming|announcing|reporting)$/.test(prev2?.lower ?? '')
      && [p.last + 1, p.last + 2].some((k) => CASUALTY_AFTER[tokens[k]?.lower ?? ''] !== undefined)));
  if (first.lower === 'one' && p.first === p.last && (prev?.lower === 'the' || prev?.lower === 'this' || (prev?.lower === 'that' && !thatOpensClause) || next?.lower === 'another')) return false;
  // ("two said they saw a prisoner beaten, and one said a man had died": a count of those who speak, the subject of a
  // saying)
  // (never "Forty said dead in Donetsk fighting", an agentless saying of their fate)
  if (p.first === p.last && /^(said|says|told|tells|added|recalled|described|wrote|testified)$/.test(next?.lower ?? '')
    && tokens[p.last + 2]?.lower !== 'to' && CASUALTY_AFTER[tokens[p.last + 2]?.lower ?? ''] === undefined) return false;
  // ("two more attacks -- one that killed seven": "one" stands for a thing named before)
  if (first.lower === 'one' && p.first === p.last && /^(that|which)$/.test(next?.lower ?? '')) return false;
  // "none of the 150 passengers was hurt": the group a zero is taken from, not a count of harm
  const ofAt = prev && /^(the|its|their|our|his|her|these|those)$/.test(prev.lower) ? p.first - 2 : p.first - 1;
  // (but "none of the 54 people aboard survived" counts the dead)
  // (and "none of the 117 people killed by police were among the suspects": a group its own participle names as harmed,
  // whom "none" takes no harm from)
  const harmedGroup = (() => {
    let k = p.last + 1;
    while (k <= p.last + 3 && tokens[k]?.kind === 'word' && !CASUALTY_AFTER[tokens[k].lower]) k++;
    return k > p.last + 1 && /^(killed|wounded|injured|dead|abducted|kidnapped)$/.test(tokens[k]?.lower ?? '') && /^(by|in|during|since|at|on)$/.test(tokens[k + 1]?.lower ?? '')
      && tokens.slice(k + 1, k + 12).some((t) => /^(were|was)$/.test(t.lower)) && !tokens.slice(k + 1, k + 12).some((t) => CASUALTY_AFTER[t.lower]);
  })();
  if (tokens[ofAt]?.lower === 'of' && /^(none|neither|nobody)$/.test(tokens[ofAt - 1]?.lower ?? '') && survivedAfter(tokens, p.last) < 0 && !harmedGroup) return false;
  // zero phrases must be followed by a verb phrase of harm, checked by the casualty link
  if (p.value === 0 && prev && NEGATIONS.has(prev.lower)) return false;
  // ("the fatalities almost fell to zero", "close to zero": a hedged zero is no count)
  if (first.lower === 'zero' && tokens.slice(Math.max(0, p.first - 4), p.first).some((t, d, all) => /^(almost|nearly|near|virtually|practically)$/.test(t.lower) || (t.lower === 'close' && all[d + 1]?.lower === 'to'))) return false;
  void tags;
  return true;
}

/**
 * "the highest number of fatalities, 42, followed by Yancey, 12, and Henderson, 7": a count between commas after a
 * place, in a list that a casualty noun or "followed by" opens, is no age ("Rahami, 28, and Smith, 30" are ages).
 */
function countsOfAList(tokens: Token[], at: number): boolean {
  for (let hops = 0; hops < 6; hops++) {
    let k = at - 2;
    while (k > 0 && at - k < 6 && tokens[k].kind === 'word' && isCapitalised(tokens[k])) k--;
    if (k === at - 2) return false;
    let followed = false;
    const name = k;
    while (k > 0 && name - k < 4 && /^(,|and|followed|by)$/.test(tokens[k].lower)) { if (tokens[k].lower === 'followed') followed = true; k--; }
    if (k === name || tokens[k].kind !== 'digits' || tokens[k - 1]?.text !== ',') return false;
    if (followed || /^(deaths|fatalities|dead|injured|wounded|toll|casualties|victims)$/.test(tokens[k - 2]?.lower ?? '')) return true;
    at = k;
  }
  return false;
}

function isCapitalised(t: Token): boolean {
  return /^[A-Z]/.test(t.text);
}

/** Where "survived" closes the clause the count at `last` opens ("… 22 passengers on board survived"), else -1. */
export function survivedAfter(tokens: Token[], last: number): number {
  // ("None of the 157 people on board a new … plane that crashed on Sunday morning en route to Nairobi from Addis Ababa
  // have survived": as far as the page's search for "none of … survived" reaches, casualty-word.ts)
  for (let j = last + 1; j < tokens.length && j - last <= 24; j++) {
    if (tokens[j].lower === 'survived') return /^(not|never)$/.test(tokens[j - 1].lower) ? -1 : j;
    if (tokens[j].kind === 'punct' && tokens[j].text !== ',') return -1;
    // (never past the clause's own fate: "None of the 150 passengers was hurt, and the pilot said the plane survived")
    if (/^(was|were|is|are)$/.test(tokens[j].lower) && CASUALTY_AFTER[tokens[j + 1]?.lower ?? ''] !== undefined) return -1;
  }
  return -1;
}
