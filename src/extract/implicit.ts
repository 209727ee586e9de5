// Single victims named without a number: "Civilian killed", "Child, man killed",
// "Rebel sniper kills Ukrainian serviceman", "wounds another", "a local museum worker and a
// security official were killed", "photographer's killing". Each is a figure of 1.
// Definite or named victims ("the soldier", "Nemtsov") are left out, so that a victim
// mentioned again is not counted twice.
import type { Token } from './tokens.ts';
import type { Tags } from './tagger.ts';
import { AUXILIARIES_BEFORE_VERB, BODY_NOUNS, BONES, BROKEN, CARE_STATES, CASUALTY_AFTER, CASUALTY_BEFORE, DEMONYMS, DISEASES, INCLUSIONS, KIN_NOUNS, NUMBERED_ROOMS, ONE_MORE, PARENT_OF_COUNT, PERSON_SINGULAR, PLACE_NOUNS, PROJECTILES, REPORTS_ONE, SAY_VERBS, WOUND_NOUNS, isKinNoun, isPersonWord, isToDeathVerb, lostInAnEvent, lostLifeAt } from './lexicon.ts';
import type { Category } from './types.ts';
import { hospitalAfter, movedToHospital } from './hospital.ts';
import { isCountToken, isNumberWord } from './numbers.ts';
import { deathAfterAnd, diedLater } from './died-later.ts';
import { hypotheticalModal, supposedOne } from './harm-meant.ts';

/** The verbs by which a relative named after a possessive is one of the dead: "lost his wife", "buried my son". */
const LOST_OR_BURIED = /^(lost|lose|loses|losing|buried|bury|buries|burying)$/;

export interface ImplicitVictim {
  first: number;
  last: number;
  category: Category;
}

const AFTER_VICTIM: Record<string, Category> = {
  // ("Dad, 4 Kids Die in Home With No Smoke Detectors": a headline's plural present; never after a modal, below)
  killed: 'killed', dies: 'killed', died: 'killed', die: 'killed', dead: 'killed', slain: 'killed', murdered: 'killed',
  // ("a 50-year-old man was found drowned", "a climber perished")
  drowned: 'killed', perished: 'killed', electrocuted: 'killed', martyred: 'killed',
  // ("a 19-year-old male was pronounced deceased at the scene": a police release's word)
  deceased: 'killed',
  // ("a candidate was assassinated", "a man was lynched")
  assassinated: 'killed', lynched: 'killed', beheaded: 'killed',
  // ("Kim reportedly has ex-girlfriend, 11 others executed")
  executed: 'killed',
  wounded: 'wounded', injured: 'wounded', hurt: 'wounded', stabbed: 'wounded',
  captured: 'captured', abducted: 'captured', kidnapped: 'captured', missing: 'missing',
  // ("a fisherman remains unaccounted for")
  unaccounted: 'missing',
};
const BEFORE_VICTIM: Record<string, Category> = {
  kills: 'killed', killed: 'killed', killing: 'killed', kill: 'killed', murders: 'killed', murdered: 'killed', murdering: 'killed', shoots: 'killed',
  executed: 'killed', executes: 'killed',
  // ("Terrorists behead a citizen in Palma": a headline's present)
  beheads: 'killed', behead: 'killed', beheaded: 'killed', assassinates: 'killed', assassinate: 'killed', assassinated: 'killed', lynch: 'killed', lynches: 'killed', lynched: 'killed',
  wounds: 'wounded', wounded: 'wounded', wounding: 'wounded', injures: 'wounded', injuring: 'wounded', injured: 'wounded',
  stabbed: 'wounded', stabbing: 'wounded', stabs: 'wounded',
  captures: 'captured', abducts: 'captured', kidnaps: 'captured',
  // ("Pakistan shot down two jets, while capturing an Indian pilot", "Gunmen abducted a teacher")
  captured: 'captured', capturing: 'captured', abducted: 'captured', abducting: 'captured', kidnapped: 'captured', kidnapping: 'captured',
};

const ADJECTIVE_HARM: Record<string, Category> = { dead: 'killed', deceased: 'killed', wounded: 'wounded', injured: 'wounded', kidnapped: 'captured', abducted: 'captured', missing: 'missing' };
// ("Child's body taken out from under rubble", "a woman's body was found": a body is one dead)
const POSSESSIVE_HARM: Record<string, Category> = { killing: 'killed', murder: 'killed', death: 'killed', assassination: 'killed', body: 'killed' };
const LINKING = new Set(['was', 'is', 'are', 'has', 'been', 'were', 'have', 'had', 'reportedly', 'reported', 'allegedly', 'later', 'also', 'shot', 'found', "'", '‘', '’', '"', '“',
  // "an Israeli soldier was seriously wounded"
  'seriously', 'critically', 'badly', 'severely', 'slightly', 'lightly', 'gravely', 'mortally', 'moderately',
  // "a man was pronounced dead at the scene", "another person is considered missing"
  'pronounced', 'declared', 'considered', 'presumed', 'listed', 'believed', 'feared', 'still', 'now',
  // ("a British tourist has gone missing", "went missing")
  'gone', 'went',
  // ("An elderly guest has since died": an adverb of when, between the auxiliary and the fate)
  'since',
  // ("A fisherman remains missing", "a woman and her three children remain missing")
  'remain', 'remains', 'remained',
  // ("A man, his wife and their six children, and another man all killed": a list's "all" or "both" before its fate)
  'all', 'both']);
/** Auxiliaries of a passive: "a woman who was murdered", "a student is murdered". */
/** What the law does to one, never a harm: "7 injured, suspect arrested", "was arrested and taken to hospital". */
const HELD_BY_LAW = /^(arrested|detained|questioned|charged|held|handcuffed|sought|fled|surrendered|caught|apprehended|booked|jailed)$/;
const PASSIVE_AUX = new Set(['was', 'is', 'are', 'been', 'were', 'be', 'being', 'got', 'gets']);
/** Past forms that are also active verbs: "A gunman killed three people" names the killer, not a victim. */
const TRANSITIVE_PAST = new Set(['killed', 'murdered', 'executed', 'wounded', 'injured', 'hurt', 'captured', 'abducted', 'kidnapped', 'stabbed']);
/** Relative pronouns a victim may stand before: "a woman who was murdered". */
const RELATIVE = new Set(['who', 'that']);
const INDEFINITE = new Set(['a', 'an', 'one']);
const POSSESSIVE = new Set(['his', 'her', 'their', 'whose', 'my', 'our', 'your']);

/**
 * Whether running text opens with a title in capitals ("Dead Man's Curve, the band's third album, sold …", "Dead Man
 * Walking opened in 1995"): a name, never a victim; a headline's "Dead Woman Found In Burned Car" is one.
 */
function titleOpens(tokens: Token[], headline: boolean): boolean {
  const next = tokens[1];
  return !headline && /^\p{Lu}/u.test(next?.text ?? '') && (/['’]s$/.test(next.text) || (tokens[2]?.kind === 'word' && /^\p{Lu}/u.test(tokens[2].text)));
}

/** Whether a name of two capitalised words or more ends at `k` ("Shiri Bibas"), never a place or a time. */
function isCapitalisedName(tokens: Token[], k: number): boolean {
  const cap = (j: number) => tokens[j]?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[j].text);
  if (k < 1 || !cap(k) || !cap(k - 1)) return false;
  let first = k;
  while (first > 0 && cap(first - 1)) first--;
  // (never a place: "In Kyiv, a woman was killed", "Near Kramatorsk Station, a child …")
  const place = /^(in|at|on|near|from|outside|inside|across|around|after|before|during|since|late|early|last|this|earlier|later)$/;
  // (nor a time: "Late Sunday, a man was shot dead", "On March 5, …")
  const time = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/;
  return !place.test(tokens[first].lower) && !place.test(tokens[first - 1]?.lower ?? '') && !tokens.slice(first, k + 1).some((t) => time.test(t.lower));
}

/**
 * "I lost my brother Tom", "killed his son Hari": a name right after a relative's noun makes the relative the named one,
 * whom the page rules leave unannotated (never a day or a month: "lost his wife Sunday").
 */
const nameFollows = (tokens: Token[], tags: Tags[], kin: number): boolean => /^\p{Lu}\p{Ll}/u.test(tokens[kin + 1]?.text ?? '')
  && Boolean(tags[kin + 1]?.has('ProperNoun')) && !tags[kin + 1].has('Date');

/** A relative named by kin, prefixes included: "ex-wife", "step-son". */
const isKin = (t: Token | undefined) => Boolean(t && KIN_NOUNS.has(t.lower.replace(/['’]s$/, '').replace(/^(?:ex|step|half|late)-/, '')));

/**
 * Back from `k`, past an age after "aged" and the commas around it ("a child aged 13", "a boy, aged 13,"): where the
 * victim's own words end; `k` when no such age ends there.
 */
function pastAgedAge(tokens: Token[], k: number): number {
  const comma = tokens[k]?.text === ',' ? 1 : 0;
  if (!isCountToken(tokens[k - comma]) || tokens[k - comma - 1]?.lower !== 'aged') return k;
  const before = k - comma - 2;
  return comma && tokens[before]?.text === ',' ? before - 1 : before;
}

/**
 * Back from `k`, past how long the victim had worked ("an operator with 21 years of mining experience", "a miner, with
 * 5 weeks of experience,"): a safety agency's description, its count no victims; `k` when no such phrase ends there.
 */
function pastExperience(tokens: Token[], k: number): number {
  const comma = tokens[k]?.text === ',' ? 1 : 0;
  let j = k - comma;
  if (!/^(experience|service)$/.test(tokens[j]?.lower ?? '')) return k;
  for (let n = 0; n < 2 && tokens[j - 1]?.lower !== 'of' && tokens[j - 1]?.kind === 'word'; n++) j--;
  if (tokens[j - 1]?.lower !== 'of' || !/^(years?|months?|weeks?|days?)$/.test(tokens[j - 2]?.lower ?? '') || !isCountToken(tokens[j - 3]) || tokens[j - 4]?.lower !== 'with') return k;
  const before = j - 5;
  return comma && tokens[before]?.text === ',' ? before - 1 : before;
}

/**
 * "a man in his cell", "A passenger on the train", "a patient on Ward 7", "A third man in the group": where the victim was
 * kept or was, or the party they were one of, ending at `end`; the index of the victim's noun before it, else -1.
 */
function victimAtPlace(tokens: Token[], tags: Tags[], end: number): number {
  const at = end - 2;
  if (!/^(in|at|on|inside|aboard)$/.test(tokens[at]?.lower ?? '') || !isPerson(tokens[at - 1]) || tags[at - 1].has('Plural')) return -1;
  const kept = (POSSESSIVE.has(tokens[at + 1]?.lower ?? '') || /^(the|a|an)$/.test(tokens[at + 1]?.lower ?? ''))
    && /^(cell|home|house|flat|apartment|room|car|tent|shelter|ward|bus|train|coach|boat|ferry|plane|vehicle|van|taxi|lorry|truck|group|party|crowd|crew|convoy)$/.test(tokens[end]?.lower ?? '');
  const numbered = NUMBERED_ROOMS.test(tokens[at + 1]?.text ?? '') && isCountToken(tokens[end]);
  return kept || numbered ? at - 1 : -1;
}

/** From `j`, past the modifiers of a victim's noun ("a 27-year-old local resident"), up to `end`: where the noun may be. */
function pastModifiers(tokens: Token[], tags: Tags[], j: number, end: number): number {
  while (j < tokens.length && j <= end) {
    // ("injured a Central Reserve Police Force (CRPF) jawan": a name's acronym in brackets, with the words it stands for)
    if (bracketedAcronymAt(tokens, j) && j > 0 && isModifier(tokens[j - 1], tags[j - 1])) { j += 3; end += 3; continue; }
    // ("a Central Reserve Police Force (CRPF) jawan": a person word inside a name, between capitals, is no head)
    const insideName = /^\p{Lu}/u.test(tokens[j]?.text ?? '') && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && tokens[j - 1].kind === 'word'
      && /^(Force|Forces|Service|Department|Corps|Battalion|Brigade|Regiment|Unit|Agency|Bureau)$/.test(tokens[j + 1]?.text ?? '');
    // ("a detained man": a participle the tagger takes for a verb, between the article and the person)
    const participle = /ed$/.test(tokens[j]?.lower ?? '') && INDEFINITE.has(tokens[j - 1]?.lower ?? '') && isPerson(tokens[j + 1]);
    if (j === end || (isPerson(tokens[j]) && !insideName) || (!isModifier(tokens[j], tags[j]) && !participle)) break;
    // ("Video Captures Moment Police Drag Uncooperative Passenger": people followed by no person noun are a
    // clause's subject, not a victim's modifier; "border guard commander" goes on)
    if (j > 0 && isPersonWord(tokens[j].lower) && !isPersonWord(tokens[j + 1]?.lower ?? '') && !insideName) return j;
    j++;
  }
  return j;
}

/** The fate a "who" at `at` tells, past its auxiliaries: "those who perished", "the 47 who were injured". */
function fateOfWho(tokens: Token[], at: number): Category | undefined {
  if (tokens[at]?.lower !== 'who') return undefined;
  if (lostLifeAt(tokens, at + 1) > 0) return 'killed';
  let fate = at + 1;
  while (fate < at + 3 && /^(were|was|had|have|been)$/.test(tokens[fate]?.lower ?? '')) fate++;
  return CASUALTY_AFTER[tokens[fate]?.lower ?? ''];
}

/** Whether "(CRPF)", an acronym in brackets, opens at `k`. */
const bracketedAcronymAt = (tokens: Token[], k: number): boolean => tokens[k]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')';

/** Whether the verb at `c` is active with an object after it ("killed three people", "killed his wife"). */
function takesObject(tokens: Token[], tags: Tags[], c: number): boolean {
  const next = tokens[c + 1];
  if (!next) return false;
  // ("killed at least three", never "shot dead at a rally")
  if (next.lower === 'at' && !/^(least|most)$/.test(tokens[c + 2]?.lower ?? '')) return false;
  if (next.kind === 'digits' || POSSESSIVE.has(next.lower) || INDEFINITE.has(next.lower) || ['the', 'him', 'them', 'another', 'at', 'up', 'more', 'over', 'nearly', 'almost', 'some', 'dozens', 'hundreds', 'scores', 'several', 'all', 'both'].includes(next.lower)) return true;
  // ("a man stabbed festival-goers at random": people the lexicon lacks, as a plural noun; never "hours later")
  const plural = tags[c + 1].has('Plural') && tags[c + 1].has('Noun') && !/^(hours|days|weeks|months|years|minutes|seconds|times)$/.test(next.lower);
  return tags[c + 1].has('Value') || (isPerson(next) && !tags[c + 1].has('Preposition')) || plural;
}

/** The verb of "sustained (serious) injuries", "received fatal wounds" before the noun at `c`, else -1. */
function sustainVerbBefore(tokens: Token[], tags: Tags[], c: number): number {
  for (let k = c - 1; k >= 0 && c - k <= 4; k--) {
    // ("a Yemeni child suffering from a head injury")
    // ("a woman in her 30s had multiple stab wounds")
    if (/^(suffered|sustained|received|suffers|sustains|receives|had|has)$/.test(tokens[k].lower) || (tokens[k].lower === 'from' && tokens[k - 1]?.lower === 'suffering')) return tokens[k].lower === 'from' ? k - 1 : k;
    // ("a 52-year-old woman was found with multiple stab wounds", "had been diagnosed with a blast injury", "was left with
    // serious injuries")
    // ("A third man who was in the car survived with gunshot wounds", "escaped with minor injuries": alive, but hurt)
    if (tokens[k].lower === 'with' && /^(found|admitted|diagnosed|left|taken|rushed|brought|airlifted|hospitali[sz]ed|survived|escaped)$/.test(tokens[k - 1]?.lower ?? '')) return k - 1;
    // ("A guide survived a 40-metre fall with broken ribs": what was survived, between)
    if (tokens[k].lower === 'with') {
      const lived = [k - 2, k - 3, k - 4, k - 5, k - 6].find((j) => /^(survived|escaped)$/.test(tokens[j]?.lower ?? '') && /^(a|an|the)$/.test(tokens[j + 1]?.lower ?? ''));
      if (lived !== undefined && tokens.slice(lived + 1, k).every((x) => x.kind !== 'punct' || x.text === '-')) return lived;
    }
    // ("a third remains in hospital with serious injuries": in care with the wound, the verb of the state before it)
    // ("my husband remained in hospital for three days with a fractured collarbone": how long, between)
    const h = /^(days|weeks|months|nights|hours)$/.test(tokens[k - 1]?.lower ?? '') && isCountToken(tokens[k - 2]) && tokens[k - 3]?.lower === 'for' ? k - 4 : k - 1;
    if (tokens[k].lower === 'with' && /^hospitals?$/.test(tokens[h]?.lower ?? '') && tokens[h - 1]?.lower === 'in' && /^(is|was|remains|remained|lies|lay|stays|stayed)$/.test(tokens[h - 2]?.lower ?? '')) return h - 2;
    // ("A passer-by … needed treatment for puncture wounds": care needed for the wound)
    if (tokens[k].lower === 'for' && /^(treatment|care)$/.test(tokens[k - 1]?.lower ?? '') && /^(needed|required|received|needing|requiring|receiving)$/.test(tokens[k - 2]?.lower ?? '')) return k - 2;
    // ("sustained a head injury": an article before the wound's modifiers)
    // ("suffered a suspected broken ankle": a hedge on the wound)
    if (/^(a|an|suspected|possible|apparent)$/.test(tokens[k].lower)) continue;
    if (tokens[k].kind !== 'word' || !(tags[k].has('Adjective') || tags[k].has('Noun'))) return -1;
  }
  return -1;
}

/** Whether `k` ends the decade of a victim's age, "in his sixties", "in her 30s". */
function inTheirDecade(tokens: Token[], k: number): boolean {
  return (/^\d0s$/.test(tokens[k]?.text ?? '') || /^(teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/.test(tokens[k]?.lower ?? ''))
    && /^(his|her|their)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'in';
}

/** Whether the victim ending at `last` has a casualty word of its own after it ("mother injured"). */
function hasOwnVerb(tokens: Token[], last: number): boolean {
  let k = last + 1;
  while (k < tokens.length && LINKING.has(tokens[k].lower)) k++;
  // ("Two men were killed and a woman was shot and injured": shot, a linking word elsewhere, is her own verb after her
  // auxiliary)
  const shotAfterAux = PASSIVE_AUX.has(tokens[last + 1]?.lower ?? '') && tokens.slice(last + 2, k).some((t) => t.lower === 'shot');
  return Boolean(tokens[k] && (AFTER_VICTIM[tokens[k].lower] || lostLifeAt(tokens, k) > 0)) || shotAfterAux;
}

/** "killed 21 people, an ethnic rebel group said": the person word at `at` modifies the noun after it. */
function modifiesANoun(tokens: Token[], tags: Tags[], at: number): boolean {
  // ("killed a man and a woman born in 1958": a participle the tagger takes for a noun)
  return tokens[at + 1]?.kind === 'word' && tags[at + 1].has('Noun') && !isPerson(tokens[at + 1]) && !tags[at + 1].has('ProperNoun') && !/^(born|aged)$/.test(tokens[at + 1].lower);
}

function isPerson(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower.replace(/['’]s$/, '');
  return PERSON_SINGULAR.has(w) || PERSON_SINGULAR.has(w.split('-').pop() ?? '') || PARENT_OF_COUNT.test(w) || isKin(t);
}

/**
 * "an American was killed", "Two Israelis and another American": one of a nationality as the head of its own phrase (the
 * demonym with no noun after it, which "an American journalist" has).
 */
export function nationalHead(tokens: Token[], tags: Tags[], j: number): boolean {
  const t = tokens[j];
  if (!t || t.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || tags[j].has('Plural') || /s$/.test(t.lower)) return false;
  if (!tags[j].has('Demonym') && !DEMONYMS.has(t.lower)) return false;
  const next = tokens[j + 1];
  return !next || next.kind !== 'word' || /^(was|is|were|are|had|has|have|and|or|who|also)$/.test(next.lower);
}

/** "another" standing for one more of the bodies a count names before it in the same clause ("Five bodies …, while another"). */
function anotherOfTheBodies(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 1 && at - k <= 16 && !/^[.;]$/.test(tokens[k].text); k--) {
    if (/^(bodies|corpses)$/.test(tokens[k].lower) && isCountToken(tokens[k - 1])) return true;
  }
  return false;
}

/** "another 27 crew members", "another five": an increment with its own number, no single victim. */
function countsNext(tokens: Token[], at: number): boolean {
  const next = tokens[at + 1];
  return Boolean(next && (next.kind === 'digits' || isNumberWord(next.lower.split('-')[0])));
}

/**
 * "A 27-year-old patrol officer": a word the tagger takes for a verb, right before a person noun and after an article,
 * an age or an adjective, is the noun's modifier.
 */
function verbAsNounModifier(tokens: Token[], tags: Tags[], k: number): boolean {
  const before = tokens[k - 1];
  return tokens[k].kind === 'word' && /^[a-z]+$/.test(tokens[k].text) && isPerson(tokens[k + 1])
    // ("A thirteenth US service member": or after a name, or an ordinal)
    && Boolean(before) && (INDEFINITE.has(before.lower) || /-old$/.test(before.lower) || tags[k - 1].has('Adjective') || (before.kind === 'word' && /^\p{Lu}/u.test(before.text)) || ORDINAL.test(before.lower));
}

/**
 * "a local Taliban leader", "a top local government official": a person word that describes (at `j`: "local",
 * "national", "senior", or one the tagger takes for an adjective), past a name or a noun, to the one person noun it goes
 * on to; else `j`.
 */
export function personDescribedAt(tokens: Token[], tags: Tags[], j: number): number {
  if (!isPersonWord(tokens[j]?.lower ?? '') || !(tags[j].has('Adjective') || /^(local|national|senior)$/.test(tokens[j].lower))) return j;
  let h = j + 1;
  while (h < j + 4 && tokens[h]?.kind === 'word' && (/^\p{Lu}/u.test(tokens[h].text) || tags[h].has('Noun')) && !(tags[h].has('Verb') && !tags[h].has('Noun'))
    && !isPersonWord(tokens[h].lower)) h++;
  return h > j + 1 && tokens[h]?.kind === 'word' && isPersonWord(tokens[h].lower) && !tags[h].has('Plural') ? h : j;
}

/** Past an aside between commas that opens at `at` ("a third, a medic, remains missing"): the index after it; else `at`. */
function asideAfter(tokens: Token[], at: number): number {
  if (tokens[at]?.text !== ',' || !/^(a|an)$/.test(tokens[at + 1]?.lower ?? '')) return at;
  for (let k = at + 2; k < tokens.length && k - at <= 12; k++) {
    if (tokens[k].text === ',') return k + 1;
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return at;
  }
  return at;
}

/**
 * Where an aside between commas that ends right before `at` ("a fifth, a 70-year-old German tourist, died") opens: the
 * index of its first comma, when it is who someone is ("a …", "an …"); else `at`.
 */
function asideBefore(tokens: Token[], at: number): number {
  if (tokens[at - 1]?.text !== ',') return at;
  for (let k = at - 2; k >= 0 && at - k <= 12; k--) {
    if (tokens[k].text === ',') return /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') ? k : at;
    if (tokens[k].kind === 'punct' && tokens[k].text !== '-') return at;
  }
  return at;
}

/** An ordinal before a victim ("a third man"): the tagger may take the two for a title and a name. */
// ("A thirteenth US service member has died": past the tenth too)
const ORDINAL = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|twentieth|thirtieth|(?:twenty|thirty|forty|fifty)-(?:first|second|third|[a-z]+th))$/;

function isModifier(t: Token, tags: Tags): boolean {
  // the parts of an age compound: "a 27-year-old man"
  if (t.kind === 'digits' || t.text === '-') return true;
  if (/-old$/.test(t.lower)) return true;
  if (t.kind !== 'word') return false;
  // ("an unidentified woman", "an unarmed man": the tagger may take the participle for a verb)
  if (/^un[a-z]+ed$/.test(t.lower)) return true;
  // ("a district police chief": the tagger may take a person noun for a verb)
  if (isPersonWord(t.lower)) return true;
  // ("killing a fourth person": an ordinal counts the victim in turn)
  if (ORDINAL.test(t.lower)) return true;
  if (tags.has('Verb') && !tags.has('Adjective') && !tags.has('Noun')) return false;
  return tags.has('Adjective') || tags.has('Noun') || tags.has('Demonym') || /^[A-Z]/.test(t.text);
}

/**
 * `used` marks tokens already inside a numeric figure or its victim phrase.
 * `headline`: bare singular nouns count (headline style); in running text only indefinite ones do.
 */
export function findImplicitVictims(tokens: Token[], tags: Tags[], used: Set<number>, headline: boolean): ImplicitVictim[] {
  const out: ImplicitVictim[] = [];
  const take = (head: number, category: Category) => {
    if (used.has(head) || out.some((o) => o.last === head)) return;
    let first = head;
    // keep a compound head together: "Police officer", "aid worker"
    if (head > 0 && tokens[head - 1].kind === 'word' && !/-old$/.test(tokens[head - 1].lower) && !POSSESSIVE.has(tokens[head - 1].lower) && tags[head - 1].has('Noun') && !BEFORE_VICTIM[tokens[head - 1].lower] && tokens[head].lower !== 'another' && !tags[head - 1].has('ProperNoun') && !isPerson(tokens[head - 1]) && !INDEFINITE.has(tokens[head - 1].lower)) first = head - 1;
    // "the body of one person": the span takes the number, where a reader (and a label) sees the figure
    for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
      if (tokens[k].lower === 'one') { first = k; break; }
      if (!isModifier(tokens[k], tags[k]) || isPerson(tokens[k])) break;
    }
    // ("One injured person was rushed to hospital", "one wounded civilian man": "one" is already read as a count)
    if (used.has(first)) return;
    // ("Over 100 Passengers Of Jaffar Express Held Hostage, 6 Soldiers Killed": "hostage" after "held" is how the people
    // before it are held, no one of its own)
    if (/^(hostage|captive|prisoner)$/.test(tokens[head].lower) && /^(held|hold|holds|holding|taken|took|take|takes|taking|kept)$/.test(tokens[first - 1]?.lower ?? '')) return;
    // ("all but one passenger killed": the one left out of "all" did not share its fate)
    if (tokens[first - 1]?.lower === 'but' && tokens[first - 2]?.lower === 'all') return;
    // ("Another body was found": "another" is already read as a count of one)
    for (let k = first - 1; k >= 0 && first - k <= 3 && tokens[k].kind === 'word'; k--) if (used.has(k) && /^(one|another)$/.test(tokens[k].lower)) return;
    // ("took five people to hospital, one of them a child with serious burns": who the one of a count is, in apposition,
    // is no victim of its own)
    const article = [first - 1, first - 2, first - 3, first - 4].find((k) => k >= 0 && INDEFINITE.has(tokens[k].lower) && pastModifiers(tokens, tags, k + 1, head) === head);
    if (article !== undefined && /^(them|whom)$/.test(tokens[article - 1]?.lower ?? '') && tokens[article - 2]?.lower === 'of' && tokens[article - 3]?.lower === 'one') return;
    // ("one, a woman aged 51, was killed": nor who a count already read is, between its commas)
    // ("One resident, a man aged 79, was killed": or who a count with its noun is, the same way)
    if (article !== undefined && tokens[article - 1]?.text === ',' && ((used.has(article - 2) && isCountToken(tokens[article - 2]))
      || (isPerson(tokens[article - 2]) && used.has(article - 3) && isCountToken(tokens[article - 3])))) return;
    // ("I had never seen a man die before that week": one whom no one saw die is no victim)
    if (article !== undefined && /^(seen|saw|see|watched|watch)$/.test(tokens[article - 1]?.lower ?? '') && [article - 2, article - 3].some((k) => /^(never|not|n't)$/.test(tokens[k]?.lower ?? ''))) return;
    // ("searched … for a resident who was unaccounted for; his body was found just after 3 p.m.": the missing one found
    // dead later in the sentence is dead)
    const foundDead = category === 'missing' && tokens.some((t, k) => k > head && /^(his|her)$/.test(t.lower) && /^(body|remains)$/.test(tokens[k + 1]?.lower ?? '')
      && /^(was|were|has|had)$/.test(tokens[k + 2]?.lower ?? '') && tokens.slice(k + 3, k + 5).some((x) => /^(found|recovered|located|retrieved|pulled)$/.test(x.lower)));
    out.push({ first, last: head, category: foundDead ? 'killed' : category });
  };

  // Is the noun phrase ending at `head` indefinite (or bare, in a headline)? A relative named
  // by its kin ("his sister", "Arthur’s father", "whose mother") is a first mention too.
  const determinerOk = (head: number): boolean => {
    let k = head - 1;
    let bracketed = 0;
    for (;;) {
      if (bracketedAcronymAt(tokens, k - 2) && bracketed === 0) { k -= 3; bracketed = 3; continue; }
      // ("A [3-year-old] girl was also injured": an editor's word in square brackets)
      if (tokens[k]?.text === ']' && bracketed === 0) {
        let open = k - 1;
        while (open >= k - 5 && open > 0 && tokens[open].text !== '[') open--;
        if (tokens[open]?.text === '[' && tokens.slice(open + 1, k).every((t) => t.kind !== 'punct' || t.text === '-')) { bracketed = k - open + 1; k = open - 1; continue; }
      }
      if (k >= 0 && (isModifier(tokens[k], tags[k]) || verbAsNounModifier(tokens, tags, k)) && !INDEFINITE.has(tokens[k].lower) && tokens[k].lower !== 'another' && !POSSESSIVE.has(tokens[k].lower) && !/['’]s$/.test(tokens[k].text) && head - k - bracketed < 7) { k--; continue; }
      break;
    }
    const d = tokens[k];
    // ("Another 57-year-old man sustained wounds": another victim, named for the first time)
    // ("One of the victims was a baby who died": the one of a group already counted, named again)
    if (d && INDEFINITE.has(d.lower) && complementOfPartitive(tokens, k)) return false;
    // ("Shiri Bibas, an Israeli mother of two young boys abducted by militants": in apposition to a name, the one the
    // name already introduced)
    if (d && INDEFINITE.has(d.lower) && tokens[k - 1]?.text === ',' && tokens[k - 2]?.kind === 'word' && isCapitalisedName(tokens, k - 2)) return false;
    // ("the wife of a superspecialist doctor … were killed": the one whose kin is named, not the victim; never "the
    // mother of a child who was killed" or "the brother of a pilot killed in …", whose own clause or participle says
    // what befell them)
    if (d && INDEFINITE.has(d.lower) && tokens[k - 1]?.lower === 'of' && isKin(tokens[k - 2]) && /^(the|his|her|their)$/.test(tokens[k - 3]?.lower ?? '')
      && !/^(who|that)$/.test(tokens[head + 1]?.lower ?? '') && !AFTER_VICTIM[tokens[head + 1]?.lower ?? '']) return false;
    if (d && (INDEFINITE.has(d.lower) || d.lower === 'another')) return true;
    // ("12 members of the family of BJP Lok Sabha MP Mohanbhai Kundariya’s sister also died": the kin whose family is
    // counted, not the victim)
    if (d && isKin(tokens[head]) && /['’]s$/.test(d.text)) {
      let n = k - 1;
      while (n > 0 && k - n <= 6 && tokens[n].kind === 'word' && /^\p{Lu}/u.test(tokens[n].text)) n--;
      if (tokens[n]?.lower === 'of' && /^(family|families|members|relatives|household|friends)$/.test(tokens[n - 1]?.lower ?? '')) return false;
    }
    if (d && isKin(tokens[head]) && (POSSESSIVE.has(d.lower) || /['’]s$/.test(d.text))) return true;
    // ("an elderly man and woman received wounds": one article for two)
    if (d?.lower === 'and' && k === head - 1 && isPerson(tokens[k - 1]) && !tags[k - 1].has('Plural')) {
      let a = k - 2;
      while (a >= 0 && isModifier(tokens[a], tags[a]) && !INDEFINITE.has(tokens[a].lower) && k - a < 5) a--;
      if (INDEFINITE.has(tokens[a]?.lower ?? '')) return true;
    }
    // ("his sister and brother-in-law had died": one possessive for two kin)
    // ("her husband and two-year-old daughter were injured": the second with a word of its own)
    if (d?.lower === 'and' && isKin(tokens[head]) && isKin(tokens[k - 1]) && POSSESSIVE.has(tokens[k - 2]?.lower ?? '')) return true;
    // ("My mother, father, brother and niece were killed": or for a list of kin, set apart by commas)
    if (d && /^(,|and)$/.test(d.lower) && k === head - 1 && isKin(tokens[head])) {
      let n = k - 1;
      while (n > 0 && isKin(tokens[n]) && /^(,|and)$/.test(tokens[n - 1]?.lower ?? '') && k - n < 12) n -= 2;
      if (isKin(tokens[n]) && POSSESSIVE.has(tokens[n - 1]?.lower ?? '')) return true;
    }
    if (d && (d.lower === 'the' || d.lower === 'this' || d.lower === 'that' || /['’]s$/.test(d.text) || d.lower === 'his' || d.lower === 'her' || d.lower === 'their')) return false;
    return headline;
  };

  for (let c = 0; c < tokens.length; c++) {
    const w = tokens[c].lower;
    // ("charged with the attempted murder of a police officer": a killing tried is no death)
    if (/^(murders?|killings?|assassinations?)$/.test(w) && /^(attempted|failed|foiled|thwarted|planned|plotted)$/.test(tokens[c - 1]?.lower ?? '')) continue;
    // ("a man was stabbed to death": the killing is read where "death" stands; "stabbed a guard to death", "beat a
    // guard to death": the victim between the verb and its death)
    // ("beat a Sri Lankan factory manager to death": four words on the victim)
    const deathAfter = isToDeathVerb(w) && tokens.slice(c + 1, c + 8).some((t, d) => t.lower === 'death' && tokens[c + d]?.lower === 'to');
    // victim before the casualty word: "Civilian killed", "Child, man killed", "another injured"
    // "a man was stabbed to death": the victim comes before the harm verb
    // (never "A father apparently shot to death five of his children": the object after "death" is the victim, and the
    // one before the verb the killer)
    const objectAfter = tokens[c + 1] !== undefined && (tokens[c + 1].kind === 'digits' || isNumberWord(tokens[c + 1].lower) || /^(a|an|his|her|their)$/.test(tokens[c + 1].lower));
    const toDeath = w === 'death' && tokens[c - 1]?.lower === 'to' && isToDeathVerb(tokens[c - 2]?.lower ?? '') && !objectAfter;
    // "a man was fatally shot", "two persons were buried alive"
    const fatally = (/^(shot|stabbed|wounded|injured|shooting|stabbing)$/.test(w) && /^(fatally|mortally)$/.test(tokens[c - 1]?.lower ?? '')) || (w === 'alive' && /^(buried|burned|burnt)$/.test(tokens[c - 1]?.lower ?? ''));
    // ("A man lost his life in the blast", "one UN staff member … lost their lives", "an injured man breathed his last")
    const lostLife = lostLifeAt(tokens, c) > 0;
    // "a man sustained injuries", "a resident received fatal injuries"
    // ("A boy suffered a traumatic amputation": a wound named by what it did)
    // ("a man sustained a laceration to his hand", after a stabbing the sentence names)
    // ("A worker suffered serious burns", "a third suffered fractures")
    // ("A park ranger … suffered a broken arm": a broken bone is a wound, as a count's is read)
    const brokenBone = BROKEN.test(tokens[c - 1]?.lower ?? '') && BONES.test(w);
    // ("a volunteer lost two fingers to a capuchin", "A soldier lost a leg": a limb lost is a wound, its verb as the wound's)
    const limbLost = /^(legs?|arms?|eyes?|hands?|fingers?|foot|feet|limbs?|toes?)$/.test(w)
      ? [c - 1, c - 2, c - 3].find((j) => /^(lost|loses)$/.test(tokens[j]?.lower ?? '') && tokens.slice(j + 1, c).every((x) => /^(a|an|his|her|both|one|two|three|four|several|right|left|lower|upper)$/.test(x.lower))) ?? -1 : -1;
    const sustainAt = brokenBone || /^(injuries|injury|wounds|wound|amputation|amputations|lacerations?|hypothermia|frostbite|burns|fractures)$/.test(w) ? sustainVerbBefore(tokens, tags, c) : limbLost;
    // ("A 60-year-old man who suffered serious injuries this afternoon died in hospital": hurt, in a relative clause,
    // then dead)
    const diedAfterWho = sustainAt > 0 && tokens[sustainAt - 1].lower === 'who' && tokens.slice(c + 1, c + 8).some((x, d, all) => /^(died|succumbed)$/.test(x.lower) && all.slice(0, d).every((y) => y.kind === 'word'));
    // ("A man who was badly injured in the assault died on 4 August": hurt in the relative clause, then the clause's own
    // death)
    // ("A Turkish man who had been injured died in hospital weeks later": or a pluperfect)
    const adverbed = /ly$/.test(tokens[c - 1]?.lower ?? '') ? c - 2 : c - 1;
    const aux = tokens[adverbed]?.lower === 'been' && /^(had|has|have)$/.test(tokens[adverbed - 1]?.lower ?? '') ? adverbed - 1 : adverbed;
    // ("A boy who was stabbed in the chest died", "A passenger who was hit by debris died on board": any wound's verb, or
    // a blow by something)
    // ("A man who was taken to hospital has since died": or taken to hospital)
    const hurtWord = AFTER_VICTIM[w] === 'wounded' || (/^(hit|struck)$/.test(w) && tokens[c + 1]?.lower === 'by') || movedToHospital(tokens, c);
    const hurtWhoDied = hurtWord && /^(was|were|had|has|have)$/.test(tokens[aux]?.lower ?? '') && tokens[aux - 1]?.lower === 'who'
      // ("A man who was seriously injured in a fight in Bedford town centre last month has died": however far, in words;
      // never past a saying of the hurt one's own, "A woman who was hurt in the blast said two people had died")
      && tokens.slice(c + 1, c + 15).some((x, d, all) => /^(died|succumbed)$/.test(x.lower) && all.slice(0, d).every((y) => (y.kind === 'word' || y.kind === 'digits') && !SAY_VERBS.has(y.lower) && !isNumberWord(y.lower)));
    // ("An 18-year-old man suffered a gunshot wound in his left leg and was pronounced dead at the hospital": hurt, then
    // dead in the same clause)
    const diedAfterSustain = sustainAt > 0 && tokens.slice(c + 1, c + 14).some((x, d, all) => (/^(died|succumbed)$/.test(x.lower) || (x.lower === 'dead' && all[d - 1]?.lower === 'pronounced'))
      && all.slice(0, d).every((y) => y.kind === 'word') && all.slice(0, d).some((y) => y.lower === 'and'));
    // ("Officers found a 31-year-old man with multiple gunshot wounds to the chest; he was pronounced dead …": the one found
    // with wounds, after the verb; dead when the next clause's pronoun is pronounced so)
    if (/^(wounds|injuries)$/.test(w)) {
      let n = c - 1;
      while (n > c - 4 && n > 2 && tokens[n].kind === 'word' && tokens[n].lower !== 'with' && (tags[n].has('Adjective') || /^(gunshot|stab|knife|bullet|shrapnel|head|multiple)$/.test(tokens[n].lower))) n--;
      const head = n - 1;
      if (tokens[n]?.lower === 'with' && isPerson(tokens[head]) && !tags[head].has('Plural')) {
        const a = [head - 1, head - 2, head - 3, head - 4, head - 5].find((j) => j > 0 && INDEFINITE.has(tokens[j].lower) && pastModifiers(tokens, tags, j + 1, head) === head);
        if (a !== undefined && /^(found|discovered)$/.test(tokens[a - 1]?.lower ?? '')) {
          const dead = tokens.slice(c + 1, c + 16).some((x, d, all) => x.lower === 'dead' && all[d - 1]?.lower === 'pronounced' && /^(he|she)$/.test(all[d - 3]?.lower ?? ''));
          take(head, dead ? 'killed' : 'wounded');
          continue;
        }
      }
    }
    const sustainFatal = (sustainAt >= 0 && tokens.slice(sustainAt + 1, c).some((x) => /^(fatal|mortal|deadly|lethal)$/.test(x.lower))) || diedAfterWho || hurtWhoDied || diedAfterSustain;
    // ("A passenger was brought to the hospital": taken there is wounded)
    // ("02:14 — Report of a stabbing; a 23-year-old man taken to the Royal Infirmary": a log's or a headline's clause with
    // its auxiliary left out, a new victim opening it and no verb of its own after)
    const logged = (): boolean => {
      if (!isPerson(tokens[c - 1])) return false;
      const article = tokens.findIndex((x, j) => j >= c - 6 && j < c - 1 && /^(a|an)$/.test(x.lower));
      return article >= 0 && (article === 0 || /^[;:—–]$/.test(tokens[article - 1].text))
        && !tokens.slice(c + 1).some((x, d, rest) => (AUXILIARIES_BEFORE_VERB.test(x.lower) || /^(died|dies)$/.test(x.lower)) && !rest.slice(0, d).some((y) => /^[;.]$/.test(y.text)));
    };
    // ("A second worker … was knocked down and taken to Harlem Hospital": or a passive of what befell them joined before,
    // never an arrest's)
    const joinedToPassive = (): boolean => {
      if (tokens[c - 1]?.lower !== 'and') return false;
      const aux = [c - 3, c - 4].find((j) => PASSIVE_AUX.has(tokens[j]?.lower ?? ''));
      return aux !== undefined && tokens.slice(aux + 1, c - 1).every((x) => x.kind === 'word')
        && !HELD_BY_LAW.test(tokens[aux + 1].lower);
    };
    const hospitalised = movedToHospital(tokens, c) && (PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') || logged() || joinedToPassive());
    // ("A child remains in critical condition", "a child was still in a serious condition": the state of the hurt, after
    // a linking verb)
    // ("Her mother was at the intensive care unit", "a man is in intensive care": the same, by where the hurt are kept)
    // ("A man remains in hospital", "Her husband spent three weeks in hospital": or in hospital itself, never for an
    // illness or a check)
    const illness = w === 'hospital' && /^(with|for)$/.test(tokens[c + 1]?.lower ?? '') && tokens.slice(c + 2, c + 5).some((t) => DISEASES.test(t.lower) || /^(pneumonia|covid|illness|tests|treatment|observation|surgery|checks)$/.test(t.lower));
    const careWord = w === 'care' && tokens[c - 1]?.lower === 'intensive' ? c - 2 : w === 'unit' && tokens[c - 1]?.lower === 'care' && tokens[c - 2]?.lower === 'intensive' ? c - 3
      : w === 'hospital' && !illness ? c - 1 : -1;
    const careAt = tokens[careWord]?.lower === 'the' ? careWord - 1 : careWord;
    // (never "was in intensive care training": the place, not what it is to a word after it)
    const inCare = careWord > 0 && /^(in|at)$/.test(tokens[careAt]?.lower ?? '')
      && (tokens[c + 1] === undefined || tokens[c + 1].kind === 'punct' || /^(in|at|after|with|since|for|following|and|but|on|until|while|where|of)$/.test(tokens[c + 1].lower));
    const inAt = inCare ? careAt : tokens[c - 3]?.lower === 'in' && tokens[c - 2]?.lower === 'a' ? c - 3 : c - 2;
    // ("spent a month in hospital": how long the stay)
    const stayAt = w === 'hospital' && /^(day|days|week|weeks|month|months|night|nights)$/.test(tokens[inAt - 1]?.lower ?? '') && /^(spent|spends)$/.test(tokens[inAt - 3]?.lower ?? '') ? inAt - 3 : -1;
    const inCondition = (inCare || (w === 'condition' && CARE_STATES.test(tokens[c - 1]?.lower ?? '') && tokens[inAt]?.lower === 'in'))
      // ("An on-duty officer was initially in critical condition": when, between)
      && (stayAt > 0 || /^(was|is|remains|remained|remain|were|are)$/.test(tokens[inAt - 1]?.lower ?? '') || (/^(still|initially|now|later|reportedly)$/.test(tokens[inAt - 1]?.lower ?? '') && /^(was|is|remains|remained)$/.test(tokens[inAt - 2]?.lower ?? ''))
        // ("Man in critical condition after stabbing": a headline's bare noun, its "is" left out)
        || (headline && inAt === 1 && isPerson(tokens[0]) && !tags[0].has('Plural')));
    // ("Brit teen fighting for life after balcony plunge", "A teenager is fighting for his life": hurt so badly he may die)
    const forAt = /^(his|her|their)$/.test(tokens[c - 1]?.lower ?? '') ? c - 2 : c - 1;
    const fightAt = /^(life|lives)$/.test(w) && tokens[forAt]?.lower === 'for' && /^(fighting|battling)$/.test(tokens[forAt - 1]?.lower ?? '') ? forAt - 1 : -1;
    // ("a man could die", "to die": a death to come, or none)
    const dieToCome = w === 'die' && /^(could|would|may|might|will|can|to|shall|should|must|cannot|not|never|did|does|do|'ll|’ll)$/.test(tokens[c - 1]?.lower ?? '');
    // ("a 17-year-old boy was shot in the leg": shot where it wounds; "shot in the chest and died" is a death)
    // ("a security guard was shot through the door in the leg": where the shot passed, then where it hit)
    const through = w === 'shot' && tokens[c + 1]?.lower === 'through' && tokens[c + 2]?.lower === 'the' && tokens[c + 4]?.lower === 'in' && tokens[c + 3]?.kind === 'word' ? 3 : 0;
    const shotIn = w === 'shot' && PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') && /^(in|through)$/.test(tokens[c + 1 + through]?.lower ?? '') && /^(the|his|her|their)$/.test(tokens[c + 2 + through]?.lower ?? '')
      && /^(shoulder|shoulders|leg|legs|arm|arms|hand|hands|foot|feet|thigh|thighs|knee|knees|back|stomach|abdomen|chest|hip|buttocks|side|neck|face|jaw|head)$/.test(tokens[c + 3 + through]?.lower ?? '');
    // ("One officer was shot multiple times by the suspect", "their relative was shot while out on a stroll": shot, with
    // how often or while doing what, and no death said)
    const shotTimes = w === 'shot' && PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') && ((/^(multiple|several|many|three|four|five|\d+)$/.test(tokens[c + 1]?.lower ?? '') && tokens[c + 2]?.lower === 'times')
      || /^(twice|while)$/.test(tokens[c + 1]?.lower ?? ''));
    // ("A Bakersfield police officer was shot and taken to the hospital": shot, then carried to care)
    const shotTaken = w === 'shot' && PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') && tokens[c + 1]?.lower === 'and' && /^(taken|rushed|brought|transported|airlifted|hospitali[sz]ed)$/.test(tokens[c + 2]?.lower ?? '');
    let shotDied = false;
    const died = (t: Token) => /^(died|dead|killed|fatally|succumbed)$/.test(t.lower);
    // ("… taken to the hospital, where he died": a death after the care, past its comma)
    if (shotTaken && tokens.slice(c + 3, c + 16).some(died)) shotDied = true;
    for (let k = c + 4; (shotIn || shotTimes) && k < tokens.length && k < c + 12 && tokens[k].kind !== 'punct'; k++) if (died(tokens[k])) shotDied = true;
    // ("her mother did not survive": a death, as the count's "did not survive" is)
    const notSurvive = w === 'survive' && tokens[c - 1]?.lower === 'not' && /^(did|could)$/.test(tokens[c - 2]?.lower ?? '');
    // ("a second officer was hit by shrapnel": hit by a projectile is wounded)
    const hitBy = /^(hit|struck)$/.test(w) && PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') && tokens[c + 1]?.lower === 'by'
      && tokens.slice(c + 2, c + 5).some((t) => PROJECTILES.test(t.lower));
    // ("her daughter succumbed in hospital", "… succumbed to his wounds": never "succumbed to pressure")
    const toWhat = /^(his|her|their|the)$/.test(tokens[c + 2]?.lower ?? '') ? c + 3 : c + 2;
    const succumbed = w === 'succumbed' && (tokens[c + 1]?.lower !== 'to' || /^(injuries|wounds|burns|injury)$/.test(tokens[toWhat]?.lower ?? ''));
    // ("a city council candidate was gunned down": two words, keyed on the second)
    const gunnedDown = w === 'down' && tokens[c - 1]?.lower === 'gunned';
    // ("a third child has passed away")
    const passedAway = w === 'away' && tokens[c - 1]?.lower === 'passed';
    // ("Two attackers were killed …, and a third blew himself up": a bomber dead by his own blast)
    const blewUp = w === 'blew' && /^(himself|herself)$/.test(tokens[c + 1]?.lower ?? '') && tokens[c + 2]?.lower === 'up';
    // ("a security guard was treated for burns": care for a wound is the wound's; never for heatstroke or an illness)
    // ("A 71-year-old woman was treated for smoke inhalation": the smoke a fire's hurt breathed, as a count's are read)
    // ("A member of staff was treated at the scene for smoke inhalation": where, between)
    const treatedForAt = tokens[c + 1]?.lower === 'at' && tokens[c + 2]?.lower === 'the' && tokens[c + 3]?.lower === 'scene' ? c + 4 : c + 1;
    const treatedAt = /^(his|her|their|minor|serious|severe|light)$/.test(tokens[treatedForAt + 1]?.lower ?? '') ? treatedForAt + 2 : treatedForAt + 1;
    // ("A second worker was treated for a broken wrist": a bone broken, as harmSufferedAt reads it)
    const bone = /^(a|an)$/.test(tokens[treatedAt]?.lower ?? '') ? treatedAt + 1 : treatedAt;
    const treatedFor = w === 'treated' && PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') && tokens[treatedForAt]?.lower === 'for'
      && (WOUND_NOUNS.test(tokens[treatedAt]?.lower ?? '') || (tokens[treatedAt]?.lower === 'smoke' && tokens[treatedAt + 1]?.lower === 'inhalation')
        || (BROKEN.test(tokens[bone]?.lower ?? '') && BONES.test(tokens[bone + 1]?.lower ?? '')));
    // ("A shepherd was treated in hospital": care where the hurt are, as a count's is read)
    // (never for an illness: "treated in hospital for pneumonia")
    const hospitalAt = w === 'treated' ? hospitalAfter(tokens, c + 1) : -1;
    // ("A visitor … was scratched on the arm and treated at the scene": or at the scene, with no care for an illness after
    // it, as a count's is read)
    const atScene = treatedForAt === c + 4 && (PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '')
      || (tokens[c - 1]?.lower === 'and' && tokens.slice(Math.max(0, c - 9), c - 2).some((x) => /^(was|were)$/.test(x.lower))));
    const treatedIn = (hospitalAt > 0 && PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '')
      && (tokens[hospitalAt + 1]?.lower !== 'for' || WOUND_NOUNS.test(tokens[hospitalAt + 2]?.lower ?? '') || WOUND_NOUNS.test(tokens[hospitalAt + 3]?.lower ?? '')))
      || (w === 'treated' && atScene && tokens[treatedForAt]?.lower !== 'for');
    // ("A firefighter was badly burned": a grave burn, as a count's is read)
    // (the lexicon's grave burns, so that the adverbs are listed once)
    const burnedBadly = /^(burned|burnt)$/.test(w) && CASUALTY_AFTER[`${tokens[c - 1]?.lower ?? ''} ${w}`] === 'wounded';
    const after: Category | undefined = toDeath || fatally || lostLife || sustainFatal || shotDied || notSurvive || succumbed || gunnedDown || passedAway || blewUp ? 'killed' : sustainAt >= 0 || hospitalised || inCondition || fightAt > 0 || shotIn || shotTimes || shotTaken || hitBy || treatedFor || treatedIn || burnedBadly ? 'wounded' : deathAfter || dieToCome ? undefined : AFTER_VICTIM[w];
    // ("Musician dead at 69", "Singer dies at 82": an obituary's age, no one harmed)
    if (after === 'killed' && /^(dead|dies|died)$/.test(w) && tokens[c + 1]?.lower === 'at' && /^\d{1,3}$/.test(tokens[c + 2]?.text ?? '') && (!tokens[c + 3] || tokens[c + 3].kind === 'punct')) continue;
    // ("A man who was believed dead was found alive": a death believed, then disproved)
    if (after === 'killed' && /^(believed|presumed|feared|thought|reported)$/.test(tokens[c - 1]?.lower ?? '')) {
      let alive = false;
      for (let k = c + 1; k < tokens.length && k <= c + 8 && tokens[k].kind !== 'punct'; k++) if (tokens[k].lower === 'alive' && /^(found|turned|rescued|pulled|discovered|up)$/.test(tokens[k - 1]?.lower ?? '')) alive = true;
      if (alive) continue;
    }
    // ("A woman was found injured in the home and died later in the day": hurt, then dead; the death is read where
    // "died" stands)
    if (after === 'wounded' && !headline) {
      const and = tokens.findIndex((t, k) => k > c && k <= c + 12 && t.lower === 'and' && tokens.slice(c + 1, k).every((x) => x.kind === 'word'));
      if (and > 0 && deathAfterAnd(tokens, and) > 0) continue;
    }
    // ("a protester injured by a bullet … died during treatment": the death further on takes the victim)
    if (after === 'wounded' && /ed$/.test(w) && !PASSIVE_AUX.has(tokens[c - 1]?.lower ?? '') && isPerson(tokens[c - 1]) && diedLater(tokens, c) >= 0) continue;
    // an active verb with its object names the killer before it, not a victim
    // ("A policeman shot dead a suspect": the suspect is the victim)
    const shotDead = w === 'dead' && /^(shot|shoot|shoots|shooting)$/.test(tokens[c - 1]?.lower ?? '');
    // ("A man fatally shot his neighbour": the neighbour is the victim)
    const active = after && !toDeath && (TRANSITIVE_PAST.has(w) || shotDead || fatally || gunnedDown) && !PASSIVE_AUX.has(tokens[shotDead || fatally || gunnedDown ? c - 2 : c - 1]?.lower ?? '') && takesObject(tokens, tags, c);
    // ("A woman carrying her dead child": a fate's word before a person describes that person, no one before it)
    const describesNext = /^(dead|wounded|injured|missing|slain)$/.test(w) && (isPerson(tokens[c + 1]) || isKin(tokens[c + 1]));
    // ("Two attackers were killed …, and a third blew himself up": an ordinal standing for one more of those counted before)
    // ("… and a third was wounded": or past its auxiliary)
    // ("… and a third remains missing", "a third is still missing")
    // ("Two workers lost their lives and a third was left fighting for his life": or before the fight for life)
    // ("… and a third remains in hospital with serious injuries", "a third suffered burns": or before the wound's verb)
    const v = fightAt > 0 ? fightAt : sustainAt >= 0 ? sustainAt : c;
    const ordinalAux = /^(was|is|remains|remained)$/.test(tokens[v - 1]?.lower ?? '') ? 1 : (/^(still|left)$/.test(tokens[v - 1]?.lower ?? '') && /^(was|is)$/.test(tokens[v - 2]?.lower ?? '')) ? 2 : 0;
    // ("Four guests died … and a fifth, a 70-year-old German tourist, died after jumping": or past who the one is, between
    // commas)
    const ordinal = asideBefore(tokens, v - ordinalAux) - 1;
    if (after && !active && tokens[ordinal - 1]?.lower === 'a' && ORDINAL.test(tokens[ordinal]?.lower ?? '') && !used.has(ordinal)
      && tokens.slice(0, ordinal - 1).some((t) => isCountToken(t))) { take(ordinal, after); continue; }
    if (after && !active && !describesNext) {
      let k = sustainAt >= 0 ? sustainAt - 1 : toDeath || notSurvive ? c - 3 : fatally || gunnedDown || passedAway ? c - 2 : inCondition ? (stayAt > 0 ? stayAt : inAt) - 1 : fightAt > 0 ? fightAt - 1 : c - 1;
      // ("Separatist commander 'Motorola' killed in Donetsk": the victim before a nickname in quotes)
      if (k > 2 && /^[’'”"]$/.test(tokens[k]?.text)) {
        const open = tokens.findIndex((x, j) => j >= k - 4 && j < k - 1 && /^[‘'“"]$/.test(x.text));
        if (open > 0 && tokens.slice(open + 1, k).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text)) && isPerson(tokens[open - 1])) k = open - 1;
      }
      // ("remains in a critical condition": the verb of the state)
      if (inCondition && /^(remains|remained|remain|still)$/.test(tokens[k]?.lower ?? '')) k--;
      if (inCondition && /^(remains|remained|remain)$/.test(tokens[k]?.lower ?? '')) k--;
      // ("A mum-of-two was left fighting for her life": left so, by what was done to her)
      if (fightAt > 0 && tokens[k]?.lower === 'left' && PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '')) k--;
      // ("his wife … tragically lost her life": an adverb of how between; never "nearly drowned", which did not happen)
      // ("Another 14-year-old is still listed as missing": the list the victim is on)
      // ("another individual was confirmed to have drowned", "Another person is thought to be dead": how it is known)
      const known = (j: number): boolean => (/^(confirmed|thought|known|said|reported|believed|feared|presumed)$/.test(tokens[j]?.lower ?? '') && PASSIVE_AUX.has(tokens[j - 1]?.lower ?? ''))
        || (/^(have|be)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]?.lower === 'to') || (tokens[j]?.lower === 'to' && /^(have|be)$/.test(tokens[j + 1]?.lower ?? '') && known(j - 1));
      while (k >= 0 && (LINKING.has(tokens[k].lower) || (tokens[k].lower === 'as' && /^(listed|registered|recorded|classed|classified)$/.test(tokens[k - 1]?.lower ?? '')) || known(k)
        || (/ly$/.test(tokens[k].lower) && tags[k].has('Adverb') && !/^(nearly|narrowly|barely|hardly|scarcely|only)$/.test(tokens[k].lower)))) k--;
      // "a man was shot and killed": a harm verb joined before the verb
      // ("where a child was struck and seriously injured in May": or struck by a vehicle, or bitten)
      if (tokens[k]?.lower === 'and' && /^(shot|stabbed|beaten|attacked|wounded|struck|hit|mauled|bitten)$/.test(tokens[k - 1]?.lower ?? '')) {
        k -= 2;
        while (k >= 0 && LINKING.has(tokens[k].lower)) k--;
      } else if (tokens[k]?.lower === 'being' && /^(before|after)$/.test(tokens[k - 1]?.lower ?? '')) {
        // ("A gunman killed three people before being shot dead by police", "Gunman kills 3 at Texas mall before being
        // shot dead": the one the sentence opens with, who did the first deed, then met the harm)
        let h = INDEFINITE.has(tokens[0]?.lower ?? '') ? 1 : headline && tokens[1]?.text === ':' ? 2 : headline ? 0 : -1;
        if (h >= 0) h = pastModifiers(tokens, tags, h, 5);
        if (h >= 0 && isPerson(tokens[h]) && !tags[h].has('Plural') && /^(killed|kills|shot|shoots|stabbed|stabs|wounded|wounds|injured|injures|attacked|attacks|opened|opens)$/.test(tokens[h + 1]?.lower ?? '')) k = h;
      } else if (/^(but|and)$/.test(tokens[k]?.lower ?? '') && !headline) {
        // ("An elderly woman was rescued from her flooded home by firefighters but later died": a verb with no subject
        // of its own shares the one that opens the sentence, a single victim named first)
        // ("Following the incident, in which a forklift operator was crushed and later died in hospital, …": or one that
        // opens a clause of its own, after "in which" or a comma)
        // ("In a further case a detained man was taken to hospital … and died there": or after a phrase of where or which
        // case that opens the sentence, with no comma)
        const leadPhrase = (j: number) => /^(in|on|at|during)$/.test(tokens[0]?.lower ?? '') && tokens.slice(1, j).every((x, d) => x.kind === 'word' && !(tags[1 + d].has('Verb') && !tags[1 + d].has('Noun')));
        const opener = [4, 5, 6, 7, 8, 9, 10, 11, 12].map((d) => k - d).find((j) => j > 0 && /^(a|an)$/.test(tokens[j].lower)
          && ((k - j <= 8 && (tokens[j - 1].text === ',' || (tokens[j - 1].lower === 'which' && tokens[j - 2]?.lower === 'in'))) || leadPhrase(j)));
        let h = INDEFINITE.has(tokens[0]?.lower ?? '') ? 1 : opener !== undefined ? opener + 1 : -1;
        if (h > 0) h = pastModifiers(tokens, tags, h, h + 4);
        // ("A nurse who was helping with the rescue, Rebecca Anderson, was struck … and died": past her relative clause
        // and her name, in apposition)
        let verb = h + 1;
        if (h > 0 && tokens[verb]?.lower === 'who') {
          const close = tokens.findIndex((x, j) => j > verb && j <= verb + 10 && x.kind === 'punct');
          if (close > 0 && tokens[close].text === ',') verb = close;
          // ("A visitor who tried to distract the animal with a branch was scratched … and treated at the scene": with no
          // comma, up to the main clause's auxiliary, past the relative clause's own verb)
          else {
            const aux = tokens.findIndex((x, j) => j > verb + 1 && j <= verb + 12 && /^(was|were)$/.test(x.lower) && tokens.slice(verb + 1, j).every((y) => y.kind === 'word'));
            if (aux > 0) verb = aux;
          }
        }
        // ("A rescuer named William John was overcome by the afterdamp and died": past the name it is given)
        if (h > 0 && /^(named|called)$/.test(tokens[verb]?.lower ?? '')) {
          let n = verb + 1;
          while (n < verb + 4 && tokens[n]?.kind === 'word' && /^\p{Lu}/u.test(tokens[n].text)) n++;
          if (n > verb + 1) verb = n;
        }
        if (h > 0 && tokens[verb]?.text === ',') {
          const close = tokens.findIndex((x, j) => j > verb && j <= verb + 5 && x.kind === 'punct');
          if (close > verb + 1 && tokens[close].text === ',' && tokens.slice(verb + 1, close).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text))) verb = close + 1;
          // ("A construction worker, 57, collapsed and died": or an age)
          else if (close === verb + 2 && tokens[close].text === ',' && /^\d{1,3}$/.test(tokens[verb + 1].text)) verb = close + 1;
          // ("A second worker, who was standing beside him, was knocked down and taken to hospital": or a relative clause)
          else if (tokens[verb + 1]?.lower === 'who') {
            const shut = tokens.findIndex((x, j) => j > verb + 1 && j <= verb + 12 && x.kind === 'punct');
            if (shut > 0 && tokens[shut].text === ',') verb = shut + 1;
          }
        }
        // ("… collapsed and died": or a past verb of the victim's own before a death, never a deed before a killing)
        // ("A passenger fell and was taken to hospital": or before being taken to hospital)
        const diedOrTaken = /^(died|perished|drowned|succumbed)$/.test(w) || hospitalised;
        const ownPast = diedOrTaken && k === verb + 1 && tokens[k]?.lower === 'and' && tags[verb]?.has('PastTense') && tags[verb].has('Verb')
          && !TRANSITIVE_PAST.has(tokens[verb].lower);
        if (h > 0 && h < k && isPerson(tokens[h]) && !tags[h].has('Plural') && (/^(was|were|had|has)$/.test(tokens[verb]?.lower ?? '') || ownPast)
          && !tokens.slice(verb, k).some((x) => x.kind === 'punct')) k = h;
        // ("The race was stopped when a runner collapsed and died": or an indefinite victim right before its own past
        // verb, anywhere in the sentence)
        else if (diedOrTaken && tokens[k]?.lower === 'and' && k > 3 && tags[k - 1].has('PastTense') && tags[k - 1].has('Verb')
          && !TRANSITIVE_PAST.has(tokens[k - 1].lower) && isPerson(tokens[k - 2]) && !tags[k - 2].has('Plural')
          && [k - 3, k - 4, k - 5].some((j) => j >= 0 && INDEFINITE.has(tokens[j].lower) && pastModifiers(tokens, tags, j + 1, k - 2) === k - 2)) k -= 2;
      }
      k = pastExperience(tokens, k);
      // "a child aged 13 was killed", "a boy, aged 13, was killed": the victim before an age
      const comma = tokens[k]?.text === ',' ? 1 : 0;
      const aged = pastAgedAge(tokens, k);
      if (aged < k) k = aged;
      // "a boy, 12, was killed", "a man in his 30s was killed"
      else if (comma && tokens[k - 1]?.kind === 'digits' && tokens[k - 2]?.text === ',') k -= 3;
      // ("Another man, 75 years old, sustained an injury")
      else if (comma && tokens[k - 1]?.lower === 'old' && /^years?$/.test(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.kind === 'digits' && tokens[k - 4]?.text === ',') k -= 5;
      // "A man, born in 1963, was killed"
      else if (comma && tokens[k - 1]?.kind === 'digits' && tokens[k - 2]?.lower === 'in' && tokens[k - 3]?.lower === 'born' && tokens[k - 4]?.text === ',') k -= 5;
      // ("a pedestrian in her seventies": the decade in words)
      else if (inTheirDecade(tokens, k)) k -= 3;
      // ("a woman of 88 years died")
      else if (!comma && /^(years|year)$/.test(tokens[k]?.lower ?? '') && tokens[k - 1]?.kind === 'digits' && tokens[k - 2]?.lower === 'of') k -= 3;
      // "A 20-year-old man, whose name was not released, was pronounced dead": over a relative clause between commas
      if (tokens[k]?.text === ',') {
        for (let j = k - 2; j > 0 && k - j <= 12; j--) {
          if (tokens[j].text !== ',') continue;
          // ("a male and a female, both between the ages of 18 and 22, died")
          // ("A citizen, accompanied by his wife, was murdered": a participle's phrase)
          // ("his wife, Bashra Mansour, lost her life": a kin's name in apposition)
          if (isKin(tokens[j - 1]) && tokens.slice(j + 1, k).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text)) && k - j <= 4) { k = j - 1; break; }
          // ("a 65-year-old woman, Sukuna of Velusamipuram, succumbed": an indefinite victim's name, and where from)
          if (isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural') && /^\p{Lu}/u.test(tokens[j + 1].text) && k - j <= 6
            // ("A 17-year-old student, Kian delos Santos, was shot dead": with the small words of a name)
            && tokens.slice(j + 1, k).every((x) => x.kind === 'word' && (/^\p{Lu}/u.test(x.text) || /^(of|from|de|del|della|delos|da|das|dos|di|du|van|von|der|den|bin|binti|ibn)$/.test(x.lower))) && determinerOk(j - 1)) { k = j - 1; break; }
          // ("Lara’s husband, Enrique Arugüelles, a former city council member in Texistepec, was shot dead": who the
          // victim is, after the name in apposition to kin)
          if (/^(a|an|the)$/.test(tokens[j + 1].lower) && tokens.slice(j + 2, Math.min(k, j + 6)).some((x) => isPerson(x)) && tokens.slice(j + 1, k).every((x) => x.kind === 'word')) {
            let n = j - 1;
            while (n > 0 && j - n <= 3 && tokens[n].kind === 'word' && /^\p{Lu}/u.test(tokens[n].text) && !isPerson(tokens[n])) n--;
            if (n < j - 1 && tokens[n]?.text === ',' && (isKin(tokens[n - 1]) || isPerson(tokens[n - 1]))) { k = n - 1; break; }
          }
          // ("A Dutch woman, the wife of the ambassador, died": who the victim is, in apposition)
          // ("a third person, a boy of 11, was missing": with an age after "of")
          // ("A sixth person, a 52-year-old woman, died in hospital": with an age before the noun)
          const aged = tokens[j + 2]?.kind === 'digits' && tokens[j + 3]?.text === '-' && tokens[j + 4]?.lower === 'year-old' ? 3 : 0;
          // ("A fourth student, a sophomore from Ohio, remains in critical condition": or a noun the lexicon lacks, said of
          // a person)
          const nounOfPerson = (t: Token, n: number) => isPerson(t) || isKin(t) || (tags[n]?.has('Noun') && tags[n].has('Singular') && !tags[n].has('Verb'));
          if (isPerson(tokens[j - 1]) && /^(the|a|an)$/.test(tokens[j + 1].lower) && nounOfPerson(tokens[j + 2 + aged], j + 2 + aged)
            && tokens.slice(j + 1, k).every((x, d) => x.kind === 'word' || (x.kind === 'digits' && tokens[j + d]?.lower === 'of') || (aged > 0 && d >= 1 && d <= 2))) {
            // ("her neighbour, an 80-year-old man, drowned": one named by a possessive, not kin, is introduced by the
            // indefinite apposition)
            k = POSSESSIVE.has(tokens[j - 2]?.lower ?? '') && !isKin(tokens[j - 1]) && /^(a|an)$/.test(tokens[j + 1].lower) && isPerson(tokens[j + 2 + aged]) ? j + 2 + aged : j - 1;
            break;
          }
          // ("one UN staff member, along with her family, lost their lives": who shared the fate)
          // ("A firefighter, injured while battling one of the fires, died in hospital": a participle's clause of when)
          // ("A third sailor, aboard the yacht Porco Rosso, was taken to hospital": or where the victim was)
          const where = /^(aboard|onboard|inside|at|in|on)$/.test(tokens[j + 1].lower) && isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural')
            && tokens.slice(j + 2, k).every((x, d) => x.kind === 'word' && !isNumberWord(x.lower) && !(tags[j + 2 + d].has('Verb') && !tags[j + 2 + d].has('Noun')));
          if (/^(who|whose|which|both|each)$/.test(tokens[j + 1].lower) || (/^(along|together)$/.test(tokens[j + 1].lower) && tokens[j + 2]?.lower === 'with') || (/ed$/.test(tokens[j + 1].lower) && tags[j + 1].has('Verb') && /^(by|to|with|from|while|when|during|in)$/.test(tokens[j + 2]?.lower ?? '')) || where) k = j - 1;
          break;
        }
        // ("a man in his twenties, who was the driver of the car, was pronounced dead": the decade before the clause)
        if (inTheirDecade(tokens, k)) k -= 3;
      }
      // "A 60-year-old woman from Dvorichna, Kupiansk district, was killed": over where the victim is from
      {
        let j = k;
        if (tokens[j]?.text === ',') {
          const open = tokens.findIndex((x, n) => n < j && n >= j - 5 && x.text === ',' && tokens.slice(n + 1, j).every((y) => y.kind === 'word'));
          if (open > 0) j = open - 1;
        }
        // ("a 7-year-old boy from Kadzi village died": the place's noun after its name)
        if (PLACE_NOUNS.test(tokens[j]?.lower ?? '') && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')) j--;
        let name = j;
        while (name > 0 && tokens[name].kind === 'word' && /^\p{Lu}/u.test(tokens[name].text) && j - name < 4) name--;
        // ("A 24-year-old from Valencia suffered a head injury": or an age standing for the one)
        if (name < j && /^(from|of|in|near)$/.test(tokens[name].lower) && (isPerson(tokens[name - 1]) || /-old$/.test(tokens[name - 1]?.lower ?? ''))) k = name - 1;
      }
      // ("a man born in 1962 was wounded", "A civilian man of about 40 years of age was seriously wounded": when the victim
      // was born, or how old, after the noun)
      if (/^(1[89]|20)\d\d$/.test(tokens[k]?.text ?? '') && tokens[k - 1]?.lower === 'in' && tokens[k - 2]?.lower === 'born' && isPerson(tokens[k - 3])) k -= 3;
      else if (tokens[k]?.lower === 'age' && tokens[k - 1]?.lower === 'of' && /^years?$/.test(tokens[k - 2]?.lower ?? '') && (tokens[k - 3]?.kind === 'digits' || isNumberWord(tokens[k - 3]?.lower ?? ''))) {
        const of = /^(about|around|some|approximately|roughly)$/.test(tokens[k - 4]?.lower ?? '') ? k - 5 : k - 4;
        if (tokens[of]?.lower === 'of' && isPerson(tokens[of - 1])) k = of - 1;
      }
      // ("a 27-year-old patrol officer with the Mobile Police Department was shot and killed", "an auxiliary deputy with
      // the Johnson County Sheriff's Office (JCSO) was …": over the body the victim serves with)
      if (k > 1 && !isPerson(tokens[k]) && !headline) {
        let j = k;
        if (tokens[j]?.text === ')') {
          const open = tokens.findIndex((x, n) => n < j && n >= j - 4 && x.text === '(');
          if (open > 0) j = open - 1;
        }
        for (let n = j; n > 1 && j - n < 10; n--) {
          const x = tokens[n];
          if (x.kind === 'punct' && x.text !== "'" && x.text !== '’') break;
          // (never past a count or a clause of its own: "an employee at the Mountain Mushroom Farm where four were killed")
          if (used.has(n) || /^(where|which|who|whom|when|while)$/.test(x.lower)) break;
          if (x.kind === 'word' && tags[n].has('Verb') && !/^\p{Lu}/u.test(x.text) && !tags[n].has('Noun')) break;
          if (n + 2 === j && victimAtPlace(tokens, tags, j) === n - 1) { k = n - 1; break; }
          if (/^(with|of|from|at)$/.test(x.lower) && /^(the|a|an)$/.test(tokens[n + 1]?.lower ?? '') && isPerson(tokens[n - 1]) && !tags[n - 1].has('Plural')
            // ("a counsellor from a summer camp were still missing": or a place the victim belongs to)
            && tokens.slice(n + 2, j + 1).some((y) => /^\p{Lu}/u.test(y.text) || (BODY_NOUNS.test(y.lower) || /^(camp|school|village|town|farm|factory|mine|hospital)$/.test(y.lower)))) { k = n - 1; break; }
        }
      }
      // "a woman who was murdered": the victim before a relative pronoun
      // ("his 15-year-old daughter Irmak, who died in the earthquake": kin and the name after the kin noun, then a comma)
      if (k > 1 && tokens[k].lower === 'who' && tokens[k - 1].text === ',') {
        k -= 2;
        if (/^\p{Lu}/u.test(tokens[k]?.text ?? '') && tokens[k].kind === 'word' && isKin(tokens[k - 1])) k--;
        // ("his stepfather, Joseph Lara, who has been missing": the kin's name in apposition)
        else {
          let n = k;
          while (n > 0 && k - n < 4 && tokens[n].kind === 'word' && /^\p{Lu}/u.test(tokens[n].text)) n--;
          if (n < k && tokens[n]?.text === ',' && isKin(tokens[n - 1]) && POSSESSIVE.has(tokens[n - 2]?.lower ?? '')) k = n - 1;
        }
      } else if (k > 0 && RELATIVE.has(tokens[k].lower)) k--;
      // ("a woman incarcerated at the Central California Women's Facility died": the victim before a participle's phrase)
      // ("A pregnant woman photographed being carried on a stretcher later died": or its passive of "being")
      else if (k > 0 && !isPerson(tokens[k]) && !headline) {
        for (let j = k; j > 1 && k - j < 10; j--) {
          if (tokens[j].kind === 'punct' && tokens[j].text !== "'" && tokens[j].text !== '’') break;
          // ("A photographer saw at least four dead people": a count between is the dead, and the verb is no participle)
          if ((/(ed|en)$/.test(tokens[j].lower) || tags[j].has('PastTense')) && tags[j].has('Verb') && isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural')
            && /^(at|in|on|from|near|by|during|after|inside|outside|being)$/.test(tokens[j + 1]?.lower ?? '') && !tokens.slice(j + 1, k + 1).some((_, d) => used.has(j + 1 + d))) { k = j - 1; break; }
          // ("an elderly man riding a bicycle was fatally wounded": a participle with its object)
          // (the tagger may take it for a noun: "riding")
          // ("A photojournalist working for Reuters was killed": or with its preposition)
          // ("a woman undergoing treatment at a hospital succumbed": or a bare noun of care)
          if (/^[a-z]{2,}ing$/.test(tokens[j].text) && isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural')
            && (/^(a|an|the|his|her|for|with|at|as|on)$/.test(tokens[j + 1]?.lower ?? '') || (/^(undergoing|receiving)$/.test(tokens[j].lower) && /^(treatment|care|surgery)$/.test(tokens[j + 1]?.lower ?? '')))
            && !tokens.slice(j + 1, k + 1).some((_, d) => used.has(j + 1 + d))) { k = j - 1; break; }
        }
      }
      // ("a school guard and three other people from the surrounding villages were also brutally killed": over where a
      // count already read came from, back to it and the single joined before it)
      if (k > 1 && !isPerson(tokens[k]) && !headline && !used.has(k)) {
        for (let j = k; j > 1 && k - j < 7 && tokens[j].kind === 'word'; j--) {
          if (/^(from|in|of|at|near)$/.test(tokens[j].lower) && used.has(j - 1) && isPersonWord(tokens[j - 1].lower)) { k = j - 1; break; }
        }
      }
      // ("A father who jumped into the river to save his 8-year-old son has died": the kin named inside a relative clause
      // with no comma is not who the clause's own verb is about; the one it opens on is)
      if (k > 3 && isPerson(tokens[k]) && !tags[k].has('Plural') && !headline) {
        let p = k - 1;
        while (p > 0 && k - p <= 3 && !POSSESSIVE.has(tokens[p].lower) && isModifier(tokens[p], tags[p])) p--;
        if (POSSESSIVE.has(tokens[p]?.lower ?? '')) {
          for (let j = p - 1; j > 1 && p - j < 14 && tokens[j].kind === 'word' && !isNumberWord(tokens[j].lower) && !SAY_VERBS.has(tokens[j].lower); j--) {
            if (tokens[j].lower !== 'who') continue;
            const ownVerb = tokens.slice(j + 1, p).some((x, d) => tags[j + 1 + d].has('Verb') && x.kind === 'word');
            if (ownVerb && isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural') && /^(a|an)$/.test(tokens[j - 2]?.lower ?? '')) k = j - 1;
            break;
          }
        }
      }
      // ("a paramedic I trained with was killed in Rafah", "a nurse we worked with was killed": over a relative clause
      // with no pronoun, its subject one of the speakers, back to the one it is about)
      if (k > 1 && !isPerson(tokens[k]) && !headline && LINKING.has(tokens[c - 1]?.lower ?? '')) {
        for (let j = k; j > 1 && k - j < 4 && tokens[j].kind === 'word'; j--) {
          if (/^(i|we|she|he|they|you)$/.test(tokens[j].lower) && isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural') && /^(a|an)$/.test(tokens[j - 2]?.lower ?? '')) { k = j - 1; break; }
        }
      }
      // (a say-verb's passive is no saying: "A guest who was admitted to hospital on Sunday has since died")
      const saysAt = (j: number) => SAY_VERBS.has(tokens[j].lower) && !PASSIVE_AUX.has(tokens[j - 1]?.lower ?? '');
      // ("A cyclist who was hit by a lorry in Manchester city centre on Tuesday morning has died": over a relative
      // clause with no comma, back to the one it is about)
      // (only a verb with an auxiliary of its own: never "who treated the wounded", "who nearly drowned")
      if (k > 1 && !isPerson(tokens[k]) && !headline && LINKING.has(tokens[c - 1]?.lower ?? '')) {
        // (never past a count or a say-verb, which give the verb a subject of its own: "A woman who lived next door
        // said three people died")
        for (let j = k; j > 1 && k - j < 16 && tokens[j].kind === 'word' && !isNumberWord(tokens[j].lower) && !saysAt(j) && !isPerson(tokens[j]); j--) {
          // ("a man in his sixties who lived on the top floor is unaccounted for": or past the decade of his age)
          const own = inTheirDecade(tokens, j - 1) ? j - 4 : j - 1;
          if (tokens[j].lower === 'who' && isPerson(tokens[own]) && !tags[own].has('Plural')) { k = own; break; }
        }
      }
      // ("A man who suffered a serious neck injury died in hospital": a death verb that is the clause's own, after a
      // relative clause with a verb of its own; never "a man who nearly died")
      // ("A third man who was in the car survived with gunshot wounds": or the verb of the wound's suffering)
      else if (k > 1 && !isPerson(tokens[k]) && !headline && (/^(died|succumbed|perished)$/.test(w) || (sustainAt >= 0 && /^(suffered|sustained|survived|escaped)$/.test(tokens[sustainAt].lower)))) {
        for (let j = k; j > 1 && k - j < 12 && tokens[j].kind === 'word' && !isNumberWord(tokens[j].lower) && !saysAt(j) && !isPerson(tokens[j]); j--) {
          // ("a patient on Ward 7 fell while unsupervised and sustained a fractured neck of femur": a past verb of the
          // victim's own, how it came to the wound, joined before the suffering)
          if (tokens[k].lower === 'and' && sustainAt === k + 1 && tags[j].has('PastTense') && tags[j].has('Verb') && !TRANSITIVE_PAST.has(tokens[j].lower)) {
            const own = victimAtPlace(tokens, tags, j - 1);
            const victim = own >= 0 ? own : j - 1;
            if (isPerson(tokens[victim]) && !tags[victim].has('Plural')) { k = victim; break; }
          }
          if (tokens[j].lower !== 'who') continue;
          const ownVerb = tokens.slice(j + 1, k + 1).some((x, d) => tags[j + 1 + d].has('Verb') && !tags[j + 1 + d].has('Adverb') && x.kind === 'word');
          if (ownVerb && isPerson(tokens[j - 1]) && !tags[j - 1].has('Plural')) k = j - 1;
          break;
        }
      }
      // "found a man identified as Trevor Tice dead": the victim before the name given to it
      for (let j = k; j > 1 && k - j < 4 && tokens[j].kind === 'word' && /^[A-Z]/.test(tokens[j].text); j--) {
        if (tokens[j - 1].lower === 'as' && tokens[j - 2]?.lower === 'identified') { k = j - 3; break; }
        if (tokens[j - 1].lower === 'named' || tokens[j - 1].lower === 'called') { k = j - 2; break; }
      }
      // ("Mexican Mayoral candidate Alfredo Cabrera shot dead": in a headline, the victim before the name it is given)
      if (headline && k > 0 && !isPerson(tokens[k])) {
        let j = k;
        // (a name the tagger knows as one: never a title-case headline's words, "Man Who Says Relatives Were Killed")
        while (j > 0 && k - j < 3 && tokens[j].kind === 'word' && /^\p{Lu}/u.test(tokens[j].text) && tags[j].has('ProperNoun') && !isPerson(tokens[j])) j--;
        if (k - j >= 2 && isPerson(tokens[j]) && !tags[j].has('Plural')) k = j;
      }
      // "Mayor of frontline town killed": the victim before a phrase with "of"
      if (k >= 0 && !isPerson(tokens[k])) {
        // ("a member of the Belgorod territorial self-defense was injured")
        for (let j = k - 1; j >= Math.max(1, k - 6); j--) {
          if (tokens[j].kind !== 'word' && tokens[j].text !== '-') break;
          if (tokens[j].lower === 'of' && isPerson(tokens[j - 1])) { k = j - 1; break; }
        }
      }
      // ("A passer-by and an unspecified number of residents have been killed": a count with no
      // magnitude is no figure, and the single victim joined to it is one)
      {
        let j = k;
        while (j > 0 && isModifier(tokens[j - 1], tags[j - 1]) && k - j < 3 && tokens[j - 1].lower !== 'of') j--;
        if (k > 0 && isPersonWord(tokens[k].lower) && !isPerson(tokens[k]) && tokens[j - 1]?.lower === 'of' && tokens[j - 2]?.lower === 'number') {
          let a = j - 3;
          while (a > 0 && /^(unspecified|unknown|undisclosed|small|large|undetermined)$/.test(tokens[a].lower)) a--;
          if (/^(a|an)$/.test(tokens[a]?.lower ?? '') && (tokens[a - 1]?.lower === 'and' || tokens[a - 1]?.text === ',')) k = a - 2;
        }
      }
      // ("A teacher and two of her students were killed": a partitive count already read, then the single before it)
      if (k > 1 && isPersonWord(tokens[k].lower) && !used.has(k)) {
        let j = k - 1;
        while (j > 0 && k - j < 4 && tokens[j].kind === 'word' && tokens[j].lower !== 'of') j--;
        if (tokens[j]?.lower === 'of' && used.has(j - 1)) k = j - 1;
      }
      // walk a list of victims back: "Soldier, civilian", "a worker and a security official"
      for (let guard = 0; k >= 0 && guard < 4; guard++) {
        const head = k;
        // ("A man and three children were found dead": over a count already read, to the single before it)
        if (used.has(head)) {
          let j = head;
          while (j >= 0 && used.has(j)) j--;
          // ("A woman and her three children remain missing": the count's possessive before it)
          if (tokens[j] && POSSESSIVE.has(tokens[j].lower) && /^(and|,)$/.test(tokens[j - 1]?.lower ?? '')) j--;
          if (tokens[j] && (tokens[j].text === ',' || tokens[j].lower === 'and')) { k = j - 1; continue; }
          break;
        }
        // ("Five bodies were taken to the city's hospital, while another was taken to Ayder": one more of the bodies counted
        // before it, dead wherever it was taken)
        if (tokens[head].lower === 'another' && guard === 0) { if (!countsNext(tokens, head)) take(head, anotherOfTheBodies(tokens, head) ? 'killed' : after); break; }
        // ("Seven attackers died, and an eighth was killed by police", "Two died and a third was wounded": one more, by its
        // ordinal alone)
        if (ORDINAL.test(tokens[head].lower) && /^(a|an)$/.test(tokens[head - 1]?.lower ?? '') && guard === 0 && PASSIVE_AUX.has(tokens[head + 1]?.lower ?? '')) { take(head, after); break; }
        // "An 8-year-old and a 10-year-old were killed": an age standing for the victim
        // ("Another 14-year-old is still listed as missing": one more, named for the first time)
        if (/^years?-old$/.test(tokens[head].lower) && tokens[head - 1]?.text === '-' && tokens[head - 2]?.kind === 'digits' && (INDEFINITE.has(tokens[head - 3]?.lower ?? '') || tokens[head - 3]?.lower === 'another')) {
          if (!used.has(head - 2) && !out.some((o) => o.last === head)) out.push({ first: head - 2, last: head, category: after });
          const j = head - 4;
          if (tokens[j] && (tokens[j].text === ',' || tokens[j].lower === 'and')) { k = j - 1; continue; }
          break;
        }
        const national = nationalHead(tokens, tags, head) && /^(a|an|another)$/.test(tokens[head - 1]?.lower ?? '');
        if (!national && (!isPerson(tokens[head]) || tags[head].has('Plural') || /s$/.test(tokens[head].lower) && !/ss$/.test(tokens[head].lower) && !PERSON_SINGULAR.has(tokens[head].lower))) break;
        if (!determinerOk(head)) break;
        take(head, after);
        let j = head - 1;
        // ("A two-year-old girl, a 72-year-old man and a 59-year-old nursery teacher were injured": an age and a word
        // before the person noun, with the article, is six tokens back)
        while (j >= 0 && (isModifier(tokens[j], tags[j]) || verbAsNounModifier(tokens, tags, j) || INDEFINITE.has(tokens[j].lower)) && head - j < 6 && !isPerson(tokens[j])) j--;
        if (tokens[j] && (tokens[j].text === ',' || tokens[j].lower === 'and')) {
          k = j - 1;
          if (tokens[k]?.lower === 'a' || tokens[k]?.lower === 'an') k--;
          // ("a man, 62, and a woman, 57, were injured": over the age in apposition)
          if (tokens[k]?.text === ',' && tokens[k - 1]?.kind === 'digits' && tokens[k - 2]?.text === ',') k -= 3;
          // ("A woman in her 40s and a teenage boy … were taken to the same hospital": over the decade of her age)
          else if (inTheirDecade(tokens, k)) k -= 3;
          // ("A boy aged 12 and his father were shot dead", "a boy, aged 12, and …")
          else k = pastAgedAge(tokens, k);
          continue;
        }
        break;
      }
    }
    // victim after a harming verb: "kills Ukrainian serviceman", "wounds another", "kills four civilians, soldier"
    // ("lost his wife and four children in the attack", "Man loses wife, four kids to attack": kin lost are dead)
    const losing = /^(lost|loses)$/.test(w);
    // ("he had planned to kill one more woman", "the gunman could kill a hostage": a harm meant or to come names no
    // victim, as it makes no count; but "used a knife to kill a man" was done)
    const meant = hypotheticalModal(tokens, c) !== null;
    // ("the tragic deaths of seven children and a teacher": a count of the dead, then one more joined to it)
    const deathsOfCount = w === 'of' && /^(deaths|killings|murders)$/.test(tokens[c - 1]?.lower ?? '') && used.has(c + 1);
    const before = meant ? undefined : deathAfter || (fatally && active && w !== 'alive') || (gunnedDown && active) || deathsOfCount ? 'killed' : BEFORE_VICTIM[w] ?? (shotDead && active ? 'killed' : losing ? 'killed' : undefined);
    const next = tokens[c + 1];
    // (", killing nine students and a teacher": a participle after its comma, the tagger taking it for a noun)
    const participle = /ing$/.test(w) && tokens[c - 1]?.text === ',' && isCountToken(next);
    // ("the injured person, a man in his 50s, was taken to hospital": a participle after a determiner describes the noun
    // after it, and who follows in apposition is that one again, never its object)
    const describing = /^(the|this|that|these|those|his|her|their|its|our)$/.test(tokens[c - 1]?.lower ?? '') && isPerson(next) && !headline;
    if (before && !describing && (!tags[c].has('Noun') || participle || (next && (INDEFINITE.has(next.lower) || next.lower === 'another' || isPerson(next) || tags[c + 1].has('Adjective') || tags[c + 1].has('Demonym'))))) {
      let k = c + 1;
      let kinBefore = false;
      // (a list of kin runs long: "killed Bouissirfane’s mother and father and a niece")
      for (let guard = 0; k < tokens.length && guard < 7; guard++) {
        // "killed and another was injured": "another" opens a clause of its own
        // ("killed 1,426 people and another in 2004 that killed 244": another event, with dead of its own)
        const ownEvent = tokens.slice(k + 1, k + 7).some((t, d) => RELATIVE.has(t.lower) && BEFORE_VICTIM[tokens[k + 2 + d]?.lower ?? '']);
        // ("one person was killed and another wounded": another, with a fate of its own)
        if (tokens[k].lower === 'another') {
          // ("killed and another man was wounded": another determines a victim with a fate of its own)
          // ("killed and another local resident was injured": a person word that describes the noun after it)
          const m = pastModifiers(tokens, tags, k + 1, k + 5);
          const h = /^(local|national|senior)$/.test(tokens[m]?.lower ?? '') && isPerson(tokens[m + 1]) ? m + 1 : m;
          if (isPerson(tokens[h]) && !tags[h].has('Plural')) { if (!hasOwnVerb(tokens, h) && !ownEvent) take(h, before); break; }
          // ("a policeman was killed and another and a civilian were wounded": the fate of the pair after it)
          const pair = tokens[k + 1]?.lower === 'and' ? tokens.slice(k + 2, k + 9).findIndex((t, d) => /^(were|are)$/.test(t.lower) && CASUALTY_AFTER[tokens[k + 3 + d]?.lower ?? '']) : -1;
          const fate = pair >= 0 ? CASUALTY_AFTER[tokens[k + 3 + pair].lower] : CASUALTY_AFTER[tokens[k + 1]?.lower ?? ''];
          if (!countsNext(tokens, k) && !LINKING.has(tokens[k + 1]?.lower ?? '') && !ownEvent) take(k, fate ?? before);
          break;
        }
        // ("killing two sergeants and wounding a third": an ordinal standing for one more of those before)
        // (never one with a fate of its own after it: "Two soldiers were killed and a third was wounded")
        // ("Two residents were killed and a third remains unaccounted for", "… a third is still missing": or a state of its
        // own)
        // ("… and a third, a medic, remains missing": past who the one is, between commas)
        const o = asideAfter(tokens, k + 2);
        const ownFate = (/^(was|is)$/.test(tokens[o]?.lower ?? '') && CASUALTY_AFTER[tokens[o + (tokens[o + 1]?.lower === 'still' ? 2 : 1)]?.lower ?? ''] !== undefined)
          || /^(remains|remained)$/.test(tokens[o]?.lower ?? '')
          // ("Two were killed and a third is in hospital": or a state no fate word names)
          // ("… and a third suffered serious burns": or any verb of its own)
          || (/^(was|is)$/.test(tokens[o]?.lower ?? '') && /^(in|still|being|fighting)$/.test(tokens[o + 1]?.lower ?? ''))
          || (tokens[o]?.kind === 'word' && tags[o].has('Verb') && !tags[o].has('Noun'));
        if (tokens[k].lower === 'a' && ORDINAL.test(tokens[k + 1]?.lower ?? '') && !isPerson(tokens[k + 2]) && !tags[k + 2]?.has('Noun') && !ownFate) {
          if (tokens.slice(0, c).some((t) => t.kind === 'digits' || isNumberWord(t.lower)) && !used.has(k + 1)) take(k + 1, before);
          break;
        }
        // an age standing for the victim: "kills 8-year-old"
        // (but "lost … and 10-year-old son": the person noun after the age is the victim, read below)
        // ("lost 11-year-old twin daughters and a five-year-old daughter": or a word on the person between)
        if (tokens[k].kind === 'digits' && tokens[k + 1]?.text === '-' && /^years?-old$/.test(tokens[k + 2]?.lower ?? '') && !isPerson(tokens[k + 3])
          // ("lost 11-year-old daughters", "11-year-old twin daughters": people counted by no number are no one victim)
          && !isPersonWord(tokens[k + 3]?.lower ?? '') && !(tokens[k + 3]?.kind === 'word' && isPersonWord(tokens[k + 4]?.lower ?? ''))
          // ("French police shot and killed 29-year-old Chérif Chekatt": in running text, an age before a name is the
          // named one's, whom the page rules leave unannotated)
          && !(!headline && tokens[k + 3]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k + 3].text))) {
          if (!used.has(k)) out.push({ first: k, last: k + 2, category: before });
          break;
        }
        // ("killed two Palestinian children and a 23-year-old from the same family": with its article, after a count)
        if (/^(a|an)$/.test(tokens[k].lower) && tokens[k + 1]?.kind === 'digits' && tokens[k + 2]?.text === '-' && /^years?-old$/.test(tokens[k + 3]?.lower ?? '')
          && !isPerson(tokens[k + 4]) && !tags[k + 4]?.has('Noun') && !/-/.test(tokens[k + 4]?.text ?? '')) {
          if (!used.has(k + 1)) out.push({ first: k + 1, last: k + 3, category: before });
          break;
        }
        // skip a numeric figure already found: "kills four civilians, soldier"
        // ("including a man, his three children and a woman": with the kin's possessive before it)
        if (POSSESSIVE.has(tokens[k]?.lower ?? '') && used.has(k + 1)) k++;
        const countEnd = k;
        while (k < tokens.length && used.has(k)) k++;
        // ("killed two people, resident in Machava village": in running text, a bare noun after a count and its comma
        // describes the counted, as a headline's "kills four civilians, soldier" never does)
        if (!headline && k > countEnd && tokens[k]?.text === ',' && !INDEFINITE.has(tokens[k + 1]?.lower ?? '') && !POSSESSIVE.has(tokens[k + 1]?.lower ?? '')) {
          const h = pastModifiers(tokens, tags, k + 1, k + 6);
          if (h === k + 1 && isPerson(tokens[h]) && !tags[h].has('Plural')) break;
        }
        if (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') { k++; continue; }
        // ("killed his own father …, as well as another man and a baby": the list goes on)
        if (tokens[k]?.lower === 'as' && tokens[k + 1]?.lower === 'well' && tokens[k + 2]?.lower === 'as' && k > c + 1) { k += 3; continue; }
        if (!tokens[k] || tokens[k].kind === 'punct') break; // "killed - mayor": a headline tail, not a victim
        // ("12 wounded, says police chief": an inverted say-verb names who speaks, not a victim)
        if (SAY_VERBS.has(tokens[k].lower) && tokens[k - 1]?.text === ',') break;
        // ("Bombing kills girl, wounds mother": a second verb of harm opens its own victims, however tagged)
        if (tokens[k - 1]?.text === ',' && CASUALTY_BEFORE[tokens[k].lower] && CASUALTY_BEFORE[tokens[k].lower] !== before) break;
        // ("killed the driver, the conductor and a passenger": one named before is not taken again, and the list goes
        // on)
        if (tokens[k].lower === 'the' && !headline) {
          const h = pastModifiers(tokens, tags, k + 1, k + 5);
          if (isPerson(tokens[h]) && !tags[h].has('Plural') && /^(,|and)$/.test(tokens[h + 1]?.lower ?? '')) { k = h + 1; continue; }
        }
        let j = k;
        const indefinite = INDEFINITE.has(tokens[j]?.lower ?? '');
        if (indefinite) j++;
        // (an age compound takes three of the words: "killed a 6-year-old boy")
        j = pastModifiers(tokens, tags, j, k + 5);
        // ("killed a local Taliban leader")
        j = personDescribedAt(tokens, tags, j);
        if (!isPerson(tokens[j])) break;
        const last = tokens[j + 1] && isPerson(tokens[j + 1]) ? j + 1 : j;
        if (modifiesANoun(tokens, tags, last)) break;
        // "Child killed, mother injured": the mother is the injured one
        if (hasOwnVerb(tokens, last)) break;
        // ("4 killed, 7 injured, suspect arrested", "… suspect in custody": one with a fate of the law's, no victim)
        if (HELD_BY_LAW.test(tokens[last + 1]?.lower ?? '')
          || (/^(in|at)$/.test(tokens[last + 1]?.lower ?? '') && /^(custody|large)$/.test(tokens[last + 2]?.lower ?? ''))) break;
        // "… were killed, a UN official told the BBC": the one who says it, not a victim
        if (SAY_VERBS.has(tokens[last + 1]?.lower ?? '')) break;
        // ("… injured, a doctor at a hospital tending to survivors told AFP": the same after the speaker's own phrase)
        if (tokens[k - 1]?.text === ',' && saysBeforePunctuation(tokens, last + 1)) break;
        // ("badly wounding Mayor Abdirahman Omar Osman": a title before a name is a person named, not one introduced)
        const proper = (tokens[last].kind === 'word' && tags[last].has('Person') && !ORDINAL.test(tokens[last - 1]?.lower ?? '')) || (!headline && /^\p{Lu}/u.test(tokens[last].text) && /^\p{Lu}/u.test(tokens[last + 1]?.text ?? '') && tokens[last + 1].kind === 'word');
        // "killed his wife", "for murdering his ex-wife": a relative named by kin is a first mention
        // ("fatally shot his live-in girlfriend": past a modifier)
        // ("lost my daughter and son": one possessive before kin joined by "and")
        // ("killed Bouissirfane’s mother": a name's possessive, as "his")
        // (never "Percy's Uncle", a title of a story's character)
        const namesWhose = j === k + 1 && /^\p{Lu}\p{L}+['’]s$/u.test(tokens[k].text) && /^\p{Ll}/u.test(tokens[j].text) && !headline;
        const kin: boolean = isKin(tokens[last]) && (POSSESSIVE.has(tokens[k].lower) || namesWhose || (kinBefore && tokens[k - 1]?.lower === 'and'));
        // ("for every injured passenger": a past participle before a bare noun is an adjective in running text)
        const adjective = !headline && TRANSITIVE_PAST.has(w) && j === k && c === k - 1;
        if (losing && !(isKin(tokens[last]) && (kin || indefinite || (headline && j === k)) && lostInAnEvent(tokens, last + 1))) break;
        if (!proper && !adjective && !(kin && !headline && nameFollows(tokens, tags, last)) && (indefinite || headline || j === k || kin)) take(last, before);
        kinBefore = kin;
        k = last + 1;
      }
    }
    // "Dead woman found in burned car", "a wounded soldier", "her kidnapped son": the casualty
    // word before the victim it describes (a victim with a harm of its own after it is taken there)
    const harmed = ADJECTIVE_HARM[w];
    if (harmed && isPerson(tokens[c + 1]) && !tags[c + 1].has('Plural') && !hasOwnVerb(tokens, c + 1)
      && ((c === 0 && w === 'dead' && !titleOpens(tokens, headline)) || INDEFINITE.has(tokens[c - 1]?.lower ?? '') || (POSSESSIVE.has(tokens[c - 1]?.lower ?? '') && isKin(tokens[c + 1])))) take(c + 1, harmed);
    // "two children were killed with their father", "died along with his wife": a relative who shared the harm
    const sharedWith = tokens[c + 1]?.lower === 'with' ? c + 2 : tokens[c + 1]?.lower === 'along' && tokens[c + 2]?.lower === 'with' ? c + 3 : -1;
    const sharedHarm = AFTER_VICTIM[w] ?? (/^(die|perished)$/.test(w) ? 'killed' : undefined);
    if (sharedHarm && sharedWith > 0 && POSSESSIVE.has(tokens[sharedWith]?.lower ?? '') && isKin(tokens[sharedWith + 1]) && !tags[sharedWith + 1].has('Plural')) take(sharedWith + 1, sharedHarm);
    if (w === 'another' && !used.has(c)) {
      const fate = fateLeftOut(tokens, tags, c);
      if (fate) take(c, fate);
    }
    // one dead found: "found a body in the rubble", "A body was pulled from the river", "Searchers find body in town"
    // (never "a body of water", "the governing body")
    if (w === 'body' && tokens[c + 1]?.lower !== 'of') {
      let d = c - 1;
      while (d > 0 && c - d <= 2 && /^(charred|decomposed|burned|burnt|male|female|mutilated|headless|lifeless|second|third|fourth|fifth|partially)$/.test(tokens[d].lower)) d--;
      const finding = (j: number) => /^(found|find|finds|finding|recovered|recover|recovers|recovering|pulled|pull|pulls|discovered|discover|discovers|retrieved|retrieve|retrieves|located|spotted|uncovered|dumped|washed)$/.test(tokens[j]?.lower ?? '');
      const indefinite = /^(a|an|another)$/.test(tokens[d]?.lower ?? '');
      const foundAfter = PASSIVE_AUX.has(tokens[c + 1]?.lower ?? '') && (finding(c + 2) || (/^(later|also|reportedly)$/.test(tokens[c + 2]?.lower ?? '') && finding(c + 3)));
      if ((indefinite && (finding(d - 1) || foundAfter)) || (headline && d === c - 1 && finding(c - 1))) take(c, 'killed');
    }
    // a single victim among a figure: "Young girl among six killed", "a child among the 12 dead"
    // ("My father was one of the 1,200 men wounded at Monte Cassino": one of them is among them)
    const oneOf = w === 'one' && tokens[c + 1]?.lower === 'of' && /^(was|is)$/.test(tokens[c - 1]?.lower ?? '');
    if (w === 'among' || oneOf) {
      const a = oneOf ? c + 1 : c;
      let v = c - 1;
      while (v > 0 && (LINKING.has(tokens[v].lower) || tokens[v].lower === 'is')) v--;
      // ("A child aged seven was among those who died")
      v = pastAgedAge(tokens, v);
      // ("A 4-year-old girl, Liza, is among those who were killed": past her name, in apposition)
      if (tokens[v]?.text === ',') {
        let n = v - 1;
        while (n > 0 && v - n <= 3 && tokens[n].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[n].text)) n--;
        if (n < v - 1 && tokens[n]?.text === ',') v = n - 1;
      }
      // ("A seven-year-old boy and three teenagers were among the dead": past the counted people joined after the single)
      if (v > 0 && used.has(v) && tags[v].has('Plural') && tags[v].has('Noun')) {
        let n = v - 1;
        while (n > 0 && !used.has(n) && v - n <= 3 && tokens[n].kind === 'word' && isModifier(tokens[n], tags[n])) n--;
        if (used.has(n) && tokens[n - 1]?.lower === 'and') v = n - 2;
        // ("my brother and his two sons were among those killed": the count with its possessive)
        else if (used.has(n) && POSSESSIVE.has(tokens[n - 1]?.lower ?? '') && tokens[n - 2]?.lower === 'and') v = n - 3;
      }
      // ("A pregnant woman and children were among the dead": past people joined after the single with no count)
      else if (v > 1 && tokens[v - 1]?.lower === 'and' && tags[v].has('Plural') && isPersonWord(tokens[v].lower) && isPerson(tokens[v - 2])) v -= 2;
      // ("his brother and other relatives were among the dead": or "other" such people)
      else if (v > 2 && /^(other|several|many|some)$/.test(tokens[v - 1]?.lower ?? '') && tokens[v - 2]?.lower === 'and' && tags[v].has('Plural')
        && (isPersonWord(tokens[v].lower) || isKinNoun(tokens[v].lower)) && isPerson(tokens[v - 3])) v -= 3;
      // ("A 15-year-old dance instructor and her parents were among those killed": or her own kin, with no count)
      else if (v > 2 && POSSESSIVE.has(tokens[v - 1].lower) && tokens[v - 2]?.lower === 'and' && tags[v].has('Plural') && (isKinNoun(tokens[v].lower) || /^(grand)?parents$/.test(tokens[v].lower)) && isPerson(tokens[v - 3])) v -= 3;
      if (v >= 0 && (isPerson(tokens[v]) || nationalHead(tokens, tags, v)) && !tags[v].has('Plural') && determinerOk(v)) {
        // "A 12-year-old boy was among those killed", "among the dead"
        // ("Child among wounded as drone hits house": a headline leaves the article out)
        // ("A firefighter was among those who lost their lives", "among those who died")
        // ("a firefighter was among those who perished in the blaze", "among those who were injured"; "a baby was among
        // the 47 who were injured": among a count, by the count's own relative clause)
        const whoAt = tokens[a + 1]?.lower === 'those' ? a + 2 : tokens[a + 1]?.lower === 'the' && used.has(a + 2) ? a + 3 : -1;
        const whoFared = whoAt > 0 ? fateOfWho(tokens, whoAt) : undefined;
        // ("a local councillor were among the victims": among victims with no fate named, a casualty)
        // ("A child was among those in a critical condition": those in a state of the hurt, or in hospital)
        const stateAt = tokens[a + 3]?.lower === 'a' ? a + 4 : a + 3;
        const inCareState = tokens[a + 1]?.lower === 'those' && tokens[a + 2]?.lower === 'in'
          && ((CARE_STATES.test(tokens[stateAt]?.lower ?? '') && tokens[stateAt + 1]?.lower === 'condition') || /^(hospital|hospitals)$/.test(tokens[a + 3]?.lower ?? '')
            || (tokens[a + 3]?.lower === 'intensive' && tokens[a + 4]?.lower === 'care'));
        // ("A 12-year-old boy was among those shot dead in Kiambu": or shot dead, two words)
        const shotDeadAfter = tokens[a + 1]?.lower === 'those' && /^(shot|gunned|beaten|stabbed)$/.test(tokens[a + 2]?.lower ?? '') && /^(dead|down)$/.test(tokens[a + 3]?.lower ?? '') ? 'killed' : undefined;
        const after = whoFared ? whoFared : inCareState ? 'wounded' : shotDeadAfter ?? (tokens[a + 1]?.lower === 'those' || tokens[a + 1]?.lower === 'the' ? AFTER_VICTIM[tokens[a + 2]?.lower ?? ''] ?? (tokens[a + 1].lower === 'the' && tokens[a + 2]?.lower === 'victims' ? 'casualties' : undefined)
          : headline && /^(dead|wounded|injured|killed|missing|victims)$/.test(tokens[a + 1]?.lower ?? '') ? AFTER_VICTIM[tokens[a + 1].lower] : undefined);
        if (after) take(v, after);
        // ("a 27-year-old woman and her baby are among those wounded": the list before it too)
        for (let h = v, guard = 0; after && guard < 3; guard++) {
          let j = h - 1;
          while (j >= 0 && (isModifier(tokens[j], tags[j]) || POSSESSIVE.has(tokens[j].lower) || INDEFINITE.has(tokens[j].lower)) && !isPerson(tokens[j]) && h - j < 7) j--;
          if (!tokens[j] || !(tokens[j].lower === 'and' || tokens[j].text === ',')) break;
          h = j - 1;
          if (!tokens[h] || !isPerson(tokens[h]) || tags[h].has('Plural') || !determinerOk(h)) break;
          take(h, after);
        }
        for (let k = a + 1; !after && k < tokens.length && k - a <= 5; k++) {
          const category = AFTER_VICTIM[tokens[k].lower];
          if (category) { if (k > a + 1 && used.has(k - 1)) take(v, category); break; }
          if (!used.has(k) && tokens[k].lower !== 'the') break;
        }
      }
    }
    // ("A man, Adamu Yusuf, lost his wife and newborn baby": a relative one lost, by the possessive after the verb; a
    // death of old age or illness is dropped below)
    // ('"I buried my brother in January; in March I buried my son," said one woman': or one buried)
    // (never the owner of those lost: "lost his brother's two sons")
    if (isKin(tokens[c]) && !tags[c].has('Plural') && !/['’]s$/.test(tokens[c].text)) {
      let k = c - 1;
      while (k > 0 && c - k <= 8 && !LOST_OR_BURIED.test(tokens[k].lower)
        && (isModifier(tokens[k], tags[k]) || isKin(tokens[k]) || tokens[k].lower === 'and' || tokens[k].text === ',' || POSSESSIVE.has(tokens[k].lower))) k--;
      // (never "lost his wife to cancer", nor a fear or a pain "of losing her husband")
      if (LOST_OR_BURIED.test(tokens[k]?.lower ?? '') && POSSESSIVE.has(tokens[k + 1]?.lower ?? '') && !/^(of|about)$/.test(tokens[k - 1]?.lower ?? '') && !tokens.slice(c + 1, c + 5).some((t) => NATURAL_CAUSES.test(t.lower))
        && !(!headline && nameFollows(tokens, tags, c))) take(c, 'killed');
    }
    // "The dead included a local journalist and two aid workers", "Among the dead were two
    // journalists and a medic": each indefinite single victim of the list
    // ("The victims also included a police officer": an adverb between, as the counts' inclusions read it)
    // ("The dead — 16 in all — included a 10-year-old boy": past how many in all, between dashes or commas)
    // ("The dead — at least 16 in all —": the count's bound between too)
    const inAllOpen = /^[—–,]$/.test(tokens[c - 1]?.text ?? '') && tokens[c - 2]?.lower === 'all' && tokens[c - 3]?.lower === 'in'
      ? [5, 6, 7].map((d) => c - d).find((k) => tokens[k]?.text === tokens[c - 1].text && tokens.slice(k + 1, c - 3).every((t) => t.kind !== 'punct')) : undefined;
    const inAll = inAllOpen ?? c;
    const key = /^(also|reportedly)$/.test(tokens[c - 1]?.lower ?? '') ? `${tokens[c - 2]?.lower} ${w}` : `${tokens[inAll - 1]?.lower} ${w}`;
    // ("Among the dead in the Al-Bab strike were a girl and a boy": where they died may stand between)
    // ("Among the dead are thought to be a Belgian official": a hedge on the copula, the list after "to be")
    const hedged = w === 'be' && tokens[c - 1]?.lower === 'to' && /^(thought|believed|said|feared|reported|presumed|understood)$/.test(tokens[c - 2]?.lower ?? '')
      && /^(were|was|is|are)$/.test(tokens[c - 3]?.lower ?? '');
    const cop = hedged ? c - 3 : c;
    const amongAt = /^(were|was|is|are)$/.test(w) || hedged ? tokens.slice(Math.max(0, cop - 9), cop).findIndex((t) => t.lower === 'among') + Math.max(0, cop - 9) : -1;
    // ("Among those killed was a boxing coach": or those the harm befell)
    // ("Among the twelve deceased is a minor": the group's count between)
    let amongKey = tokens[amongAt + 1]?.lower === 'the' && (tokens[amongAt + 2]?.kind === 'digits' || isNumberWord(tokens[amongAt + 2]?.lower ?? '')) ? amongAt + 3 : amongAt + 2;
    // ("Among the 11 individuals slain in Bokkos were a preacher and …": the people counted, then their harm)
    if (amongKey < cop - 1 && isPersonWord(tokens[amongKey]?.lower ?? '') && CASUALTY_AFTER[tokens[amongKey + 1]?.lower ?? '']) amongKey++;
    // ("Among those confirmed dead so far is a police driver": a word of how it is known before the harm, and when after)
    if (tokens[amongKey - 1]?.lower === 'those' && /^(confirmed|reported|believed|feared|presumed|declared)$/.test(tokens[amongKey]?.lower ?? '') && CASUALTY_AFTER[tokens[amongKey + 1]?.lower ?? '']) amongKey++;
    const soFar = /^(so|thus)$/.test(tokens[amongKey + 1]?.lower ?? '') && tokens[amongKey + 2]?.lower === 'far' && amongKey + 3 === cop;
    // ("The youngest among the dead was a 12-year-old girl": who the youngest of them was is no victim more)
    const among = amongAt >= Math.max(0, cop - 9) && !/^(youngest|oldest|eldest|first|last)$/.test(tokens[amongAt - 1]?.lower ?? '') && (tokens[amongAt + 1]?.lower === 'the' || (tokens[amongAt + 1]?.lower === 'those' && /(ed|en|dead)$/.test(tokens[amongAt + 2]?.lower ?? ''))) && !tokens.slice(amongAt, c).some((t) => t.kind === 'punct')
      && (amongKey === cop - 1 || soFar || /^(in|on|at|from|during|after)$/.test(tokens[amongKey + 1]?.lower ?? '')) ? CASUALTY_AFTER[tokens[amongKey]?.lower ?? ''] : undefined;
    // ("the injured people included seven children and a pregnant woman": a person noun between)
    const personKey = /^(included|include|includes)$/.test(w) && isPersonWord(tokens[c - 1]?.lower ?? '') && tokens[c - 2] ? AFTER_VICTIM[tokens[c - 2].lower] : undefined;
    // ("The death toll from the strike in the Nabatieh area included a woman": the toll's phrase before its verb)
    let tollKey: Category | undefined;
    if (/^(included|include|includes)$/.test(w)) {
      for (let k = c - 1; k >= 1 && c - k <= 10 && tokens[k].kind !== 'punct'; k--) if (tokens[k].lower === 'toll' && /^(death|the)$/.test(tokens[k - 1].lower)) { tollKey = 'killed'; break; }
    }
    // ("Killed in the blast were two police officers and a street vendor": the fate fronted, then the copula and the
    // list)
    const fronted = /^(were|was)$/.test(w) && c <= 8 && /^(killed|injured|wounded|dead|missing|abducted|kidnapped)$/.test(tokens[0]?.lower ?? '') && /^\p{Lu}/u.test(tokens[0]?.text ?? '')
      && /^(in|on|at|during|from)$/.test(tokens[1]?.lower ?? '') && tokens.slice(1, c).every((t) => t.kind === 'word') ? CASUALTY_AFTER[tokens[0].lower] : undefined;
    const listed = INCLUSIONS.has(key) ? CASUALTY_BEFORE[key] : among ?? personKey ?? tollKey ?? fronted;
    if (listed) {
      // ('included "a woman and her two children"': a quote opened on the list)
      // ("at least one child, a six-year-old boy": a member counted as one, then who that one was, in apposition; or named:
      // "Manjunath, a businessman from Karnataka, …")
      let afterOne = false;
      // (a long list of people named with where they came from: "…, an IB official from Telangana, and a CIPET employee")
      for (let k = /^[“"]$/.test(tokens[c + 1]?.text ?? '') ? c + 2 : c + 1; k < tokens.length && k - c < 40;) {
        if (tokens[k].text === ',' || tokens[k].lower === 'and') { afterOne &&= tokens[k].text === ','; k++; continue; }
        // ("a woman with her infant son": kin along with the one just named)
        if (tokens[k].lower === 'with' && POSSESSIVE.has(tokens[k + 1]?.lower ?? '') && k > c + 1) { k++; continue; }
        // ("Among the dead were a couple and their 3-year-old son": a member the counts already read, "a couple", stepped over)
        if (used.has(k) && INDEFINITE.has(tokens[k].lower) && used.has(k + 1)) { while (k < tokens.length && used.has(k)) k++; continue; }
        // (", whose 6-year-old brother survived,": a relative clause on the one before names no one of the list)
        if (/^(whose|who|which)$/.test(tokens[k].lower) && tokens[k - 1]?.text === ',') {
          const close = tokens.findIndex((t, d) => d > k && d - k <= 12 && t.kind === 'punct');
          if (close < 0 || tokens[close].text !== ',') break;
          k = close + 1;
          continue;
        }
        let j = k;
        // ("a young mother, her newborn baby and a midwife": a relative named by a possessive)
        const kin = POSSESSIVE.has(tokens[j].lower);
        if ((!INDEFINITE.has(tokens[j].lower) && !kin && tokens[j].lower !== 'another') || afterOne) {
          // a numeric member ("two aid workers") is the figure's own: step to the next member
          const numeric: boolean = !afterOne;
          while (j < tokens.length && tokens[j].text !== ',' && tokens[j].lower !== 'and' && tokens[j].kind !== 'punct') j++;
          // (who says it closes the list: "…, said Fasika Amdeslasie, a surgeon at …")
          // (a verb after the copula makes it a passive, no list: "the victims were burned to death, a spokesman … said")
          if (j === k || tokens.slice(k, j).some((t) => SAY_VERBS.has(t.lower)) || (k === c + 1 && tags[k].has('Verb') && !tags[k].has('Noun') && !tags[k].has('Adjective') && !tags[k].has('Value'))) break;
          const named = tokens.slice(k, j).every((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text)) && j - k <= 3;
          afterOne = numeric && tokens[j]?.text === ',' && (tokens.slice(k, j).some((t) => t.lower === 'one') || named);
          k = j;
          continue;
        }
        j++;
        // ("Among the dead was a retired air traffic control manager": four words on the person)
        j = pastModifiers(tokens, tags, j, k + 5);
        // ("Among the dead was a Belgian local government official": "local" describes the person noun it goes on to)
        j = personDescribedAt(tokens, tags, j);
        if (!isPerson(tokens[j]) || tags[j].has('Plural')) break;
        const last = tokens[j + 1] && isPerson(tokens[j + 1]) && !tags[j + 1].has('Plural') ? j + 1 : j;
        if (kin && !isKin(tokens[last])) break;
        // ("…, and 200 children, a local newspaper reported": a person word that modifies a thing, then who says it)
        // (never "born" or "aged" on the person: "Among the wounded is a child born in 2019")
        if (tokens[last + 1]?.kind === 'word' && tags[last + 1].has('Noun') && !isPerson(tokens[last + 1]) && !/^(born|aged)$/.test(tokens[last + 1].lower)) break;
        // ("…, a high ranking official said": who says it closes the list)
        if (SAY_VERBS.has(tokens[last + 1]?.lower ?? '')) break;
        // ("his son, a doctor, wounded when …": a phrase set off by commas after a kin names the same person again)
        let close = -1;
        if (kin && tokens[last + 1]?.text === ',' && INDEFINITE.has(tokens[last + 2]?.lower ?? '')) {
          const end = tokens.findIndex((t, d) => d > last + 2 && d <= last + 7 && t.kind === 'punct');
          if (end > 0 && (tokens[end].text === ',' || (/^[.!]$/.test(tokens[end].text) && end === tokens.length - 1)) && !/^(and|or)$/.test(tokens[end + 1]?.lower ?? '') && !INDEFINITE.has(tokens[end + 1]?.lower ?? '')) close = end;
        }
        const next = close > 0 ? close + 1 : last + 1;
        // ("Among the casualties were a father killed in the second strike and his son": a fate of its own, right after)
        const own = listed === 'casualties' && /^(killed|dead|wounded|injured|hurt|missing|abducted|kidnapped)$/.test(tokens[next]?.lower ?? '') ? CASUALTY_AFTER[tokens[next].lower] : undefined;
        take(last, own ?? listed);
        k = next;
      }
    }
    // "photographer's killing", "journalist's death"; "the murder of his mother", "the killing of a teenager"
    // ("Body of missing Ukrainian lawmaker found": in a headline, bare)
    const poss = POSSESSIVE_HARM[w];
    // ("the deaths of a 60-year-old man and a child": each indefinite victim of the list)
    // ("return the bodies of her daughter … and three young grandchildren", "lamented the loss of her daughter": one's
    // kin lost, below)
    const kinLost = (w === 'loss' || w === 'bodies') && POSSESSIVE.has(tokens[c + 2]?.lower ?? '');
    const ofHarm = poss ?? (w === 'body' || w === 'deaths' || w === 'killings' || kinLost ? 'killed' : undefined);
    // ("resulted in the death of a child and injuries to a woman and a man": the hurt, after "injuries to")
    const toHarm = /^(injuries|injury|wounds)$/.test(w) && tokens[c + 1]?.lower === 'to' && INDEFINITE.has(tokens[c + 2]?.lower ?? '') ? 'wounded' : undefined;
    const harmOf = toHarm ?? ofHarm;
    if (harmOf && (toHarm || tokens[c + 1]?.lower === 'of')) {
      let j = c + 2;
      const d = tokens[j];
      // ("the lifeless body of another woman was found": another victim, newly named)
      const indefinite = INDEFINITE.has(d?.lower ?? '') || d?.lower === 'another';
      const possessive = POSSESSIVE.has(d?.lower ?? '');
      const bare = headline && d?.kind === 'word' && !/^(the|this|that|his|her|their)$/.test(d.lower) && (w !== 'body' || c === 0);
      if (indefinite || possessive || bare) {
        if (!bare) j++;
        // ("the body of a previously missing victim": an adverb of the modifier after it)
        // (the tagger may take the participle after it for a verb)
        if (/ly$/.test(tokens[j]?.lower ?? '') && tags[j].has('Adverb') && (tags[j + 1]?.has('Adjective') || /(?:ing|ed)$/.test(tokens[j + 1]?.lower ?? ''))) j += 2;
        j = pastModifiers(tokens, tags, j, c + 6);
        const last = tokens[j + 1] && isPerson(tokens[j + 1]) ? j + 1 : j;
        if (modifiesANoun(tokens, tags, last)) break;
        // (a victim is a person here: "the body of a victim" is one dead, newly named)
        const person = isPerson(tokens[last]) || (w === 'body' && tokens[last]?.lower === 'victim');
        if (person && !tags[last].has('Plural') && (indefinite || bare || isKin(tokens[last])) && !(bare && tags[last].has('Person')) && (!kinLost || isKin(tokens[last]))) {
          take(last, harmOf);
          // ("the bodies of his father and uncle": one possessive for two kin)
          if (possessive && isKin(tokens[last]) && tokens[last + 1]?.lower === 'and') {
            const second = POSSESSIVE.has(tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
            if (isKin(tokens[second]) && !tags[second].has('Plural') && !hasOwnVerb(tokens, second) && !/^\p{Lu}/u.test(tokens[second + 1]?.text ?? '')) take(second, harmOf);
          }
          if (w === 'deaths' || w === 'killings' || toHarm) {
            let n = last + 1;
            // ("the deaths of a man, a woman and a child": the list goes on over its commas; "the bodies
            // of …" is a list key of its own, in INCLUSION_KEYS)
            const next = (at: number) => (tokens[at]?.text === ',' && tokens[at + 1]?.lower === 'and' ? at + 1 : at);
            while ((tokens[n]?.text === ',' || tokens[n]?.lower === 'and') && INDEFINITE.has(tokens[next(n) + 1]?.lower ?? '')) {
              n = next(n);
              let h = n + 2;
              h = pastModifiers(tokens, tags, h, n + 6);
              if (!isPerson(tokens[h]) || tags[h].has('Plural')) break;
              take(h, harmOf);
              n = h + 1;
            }
          }
        }
      }
    }
    if (poss) {
      // skip quoted or plain adjectives: photographer's "barbarous" killing
      for (let k = c - 1; k >= 0 && c - k <= 5; k--) {
        const t = tokens[k];
        // ("he mourned the police officer's death": a definite victim in running text is one named before)
        // ("a crew that had to carry on, often with a colleague's body in the ship's freezer": what happens as a rule, no
        // one dead)
        const asARule = tokens.slice(Math.max(0, k - 6), k).some((x) => /^(often|usually|sometimes|typically|frequently|routinely|always|rarely)$/.test(x.lower));
        if (/['’]s$/.test(t.text)) { if (isPerson(t) && (headline || !definiteBefore(tokens, tags, k)) && !asARule) take(k, poss); break; }
        if (!(t.kind === 'punct' && /["“”'‘’]/.test(t.text)) && !(t.kind === 'word' && tags[k].has('Adjective'))) break;
      }
    }
  }
  // ("the Ombudsman reported a death due to road blockades", "the ministry recorded a new fatality": one death counted
  // by whoever reports it)
  for (let k = 0; k < tokens.length - 1; k++) {
    // ("A third fatality was reported at Nasser Hospital": or the passive, the death its subject, opening the sentence)
    const passive = k === 0 && ONE_MORE.has(tokens[1]?.lower ?? '') && /^(death|fatality)$/.test(tokens[2]?.lower ?? '')
      && /^(was|has)$/.test(tokens[3]?.lower ?? '') && REPORTS_ONE.has(tokens[tokens[4]?.lower === 'been' ? 5 : 4]?.lower ?? '');
    if (!/^(a|an)$/.test(tokens[k].lower) || (!REPORTS_ONE.has(tokens[k - 1]?.lower ?? '') && !passive)) continue;
    let head = ONE_MORE.has(tokens[k + 1].lower) ? k + 2 : k + 1;
    // ("Kendall County officials also reported a flood death": a noun of its cause between)
    if (tokens[head]?.kind === 'word' && !/^(death|fatality|injury)$/.test(tokens[head].lower) && /^(death|fatality)$/.test(tokens[head + 1]?.lower ?? '')) head++;
    const category = /^(death|fatality)$/.test(tokens[head]?.lower ?? '') ? 'killed' : /^(injury)$/.test(tokens[head]?.lower ?? '') ? 'wounded' : null;
    if (category && !used.has(head) && !out.some((o) => o.last === head) && tokens[head + 1]?.lower !== 'toll') out.push({ first: k, last: head, category });
  }
  // ("The youngest victim treated was a two-year-old girl with shrapnel wounds", "A man with gunshot wounds was
  // admitted": one named with the wounds they have)
  for (let k = 2; k < tokens.length - 1; k++) {
    if (tokens[k].lower !== 'with' || !isPerson(tokens[k - 1]) || tags[k - 1].has('Plural') || tags[k - 1].has('Person')) continue;
    let wound = k + 1;
    while (wound < k + 3 && tokens[wound]?.kind === 'word' && !/^(wounds|injuries|burns)$/.test(tokens[wound].lower)) wound++;
    if (!/^(wounds|injuries|burns)$/.test(tokens[wound]?.lower ?? '')) continue;
    let a = k - 2;
    while (a > 0 && k - a <= 5 && tokens[a].kind === 'word' && !INDEFINITE.has(tokens[a].lower) && (isModifier(tokens[a], tags[a]) || /-old$/.test(tokens[a].lower))) a--;
    if (/^(a|an)$/.test(tokens[a]?.lower ?? '')) take(k - 1, 'wounded');
  }
  const kept = out.filter((v) => !toldByMany(tokens, v.first));
  // ("A British climber who went missing near the Hillary Step on Tuesday is presumed dead": the last fate told is his)
  const laterDead = (v: ImplicitVictim) => v.category === 'missing' && tokens.slice(v.last + 1, v.last + 22).some((t, d, all) => t.lower === 'dead'
    && /^(presumed|declared|confirmed|found|feared|believed)$/.test(all[d - 1]?.lower ?? '') && !all.slice(0, d).some((x, j) => /^[.;:]$/.test(x.text) || isPerson(x) || isKin(x)
      // (past "and" only to the same subject's verb: "went missing and was later found dead")
      || (/^(and|but|while|whereas)$/.test(x.lower) && !/^(was|is|has)$/.test(all[j + 1]?.lower ?? ''))));
  const real = kept.filter((v) => !supposedOne(tokens, v.first, v.last)).map((v) => (laterDead(v) ? { ...v, category: 'killed' as Category } : v));
  // ("Area Man Dies 4,000 Times In Single Evening Of Dark Souls": one who dies again and again is a figure of speech)
  if (tokens.some((t, k) => /^(dies|died|dying|killed)$/.test(t.lower) && isCountToken(tokens[k + 1]) && /^times$/i.test(tokens[k + 2]?.text ?? ''))) return [];
  // ("My grandfather died on Friday", "my mom's father died peacefully in his sleep, at the age of 88": a death of
  // illness or old age is no casualty)
  return naturalDeath(tokens) ? real.filter((v) => v.category !== 'killed') : real;
}

/**
 * "the numbers of people who reported a family member died", "Many refugees said a relative was killed": one victim
 * told by each of many, in a relative clause on them or after a word of how many, is no one victim but a kind.
 */
function toldByMany(tokens: Token[], first: number): boolean {
  const says = (k: number) => /^(reported|report|reports|said|say|says|told|tell|lost)$/.test(tokens[k]?.lower ?? '');
  let v = first - 1;
  while (v > 0 && first - v <= 3 && !says(v) && /^(a|an|one|that)$/.test(tokens[v].lower)) v--;
  if (!says(v)) return false;
  const many = /^(people|refugees|families|respondents|survivors|households|parents|interviewees|mothers|women|men)$/;
  if (/^(who|that)$/.test(tokens[v - 1]?.lower ?? '') && many.test(tokens[v - 2]?.lower ?? '')) return true;
  return many.test(tokens[v - 1]?.lower ?? '') && /^(many|most|some|several|numerous|countless|all)$/.test(tokens[v - 2]?.lower ?? '');
}

/** A sentence that tells a death of illness or age (a cause of that kind, or a grandparent's death), with no violence in it. */
/**
 * "one person had been killed in the town of Nyu-York, and another in Travneve": one more (at `c`), with the fate of the
 * clause before left out, and only where; that fate, else undefined. (No verb of its own after it: "and another in
 * Balakliia on Tuesday", never "and another in Sumy was hurt".)
 */
function fateLeftOut(tokens: Token[], tags: Tags[], c: number): Category | undefined {
  // ("two climbers fell to their deaths here in 2019 and another in 2022": or when, by its year)
  if (tokens[c - 1]?.lower !== 'and' || !/^(in|at|near|on)$/.test(tokens[c + 1]?.lower ?? '') || !(/^\p{Lu}/u.test(tokens[c + 2]?.text ?? '') || /^(1[89]|20)\d\d$/.test(tokens[c + 2]?.text ?? ''))) return undefined;
  const close = tokens.findIndex((x, n) => n > c + 1 && x.kind === 'punct');
  const rest = tokens.slice(c + 2, close < 0 ? tokens.length : close);
  if (rest.length > 6 || rest.some((_, d) => tags[c + 2 + d].has('Verb') && !tags[c + 2 + d].has('Noun') && !tags[c + 2 + d].has('ProperNoun'))) return undefined;
  for (let k = c - 2; k >= 1 && c - k <= 14; k--) {
    const fate = AFTER_VICTIM[tokens[k].lower];
    if (fate && (PASSIVE_AUX.has(tokens[k - 1]?.lower ?? '') || /^(died|perished)$/.test(tokens[k].lower))) return fate;
    // ("fell to their deaths here in 2019 and another in 2022": or gone to their deaths)
    if (/^deaths?$/.test(tokens[k].lower) && /^(their|his|her)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'to') return 'killed';
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return undefined;
  }
  return undefined;
}

function naturalDeath(tokens: Token[]): boolean {
  // ("Cancer killed her father when she was 14": an illness that kills, with no other violence named)
  const illnessKilled = (k: number) => /^(killed|kills|claimed)$/.test(tokens[k]?.lower ?? '') && (NATURAL_CAUSES.test(tokens[k - 1]?.lower ?? '') || DISEASES.test(tokens[k - 1]?.lower ?? ''));
  if (tokens.some((_, k) => illnessKilled(k)) && !tokens.some((t, k) => VIOLENCE.test(t.lower) && !illnessKilled(k))) return true;
  if (tokens.some((t) => VIOLENCE.test(t.lower))) return false;
  const died = tokens.findIndex((t, k) => /^(died|dies|passed)$/.test(t.lower) && (t.lower !== 'passed' || tokens[k + 1]?.lower === 'away'));
  if (died < 0) return false;
  const cause = tokens.some((t, k) => NATURAL_CAUSES.test(t.lower) || (t.lower === 'sleep' && /^(his|her|their)$/.test(tokens[k - 1]?.lower ?? ''))
    || (t.lower === 'age' && tokens[k + 1]?.lower === 'of' && Number(tokens[k + 2]?.text) >= 60)
    // ("a 55-year-old volunteer firefighter died of heart failure while tackling a blaze")
    || (t.lower === 'heart' && /^(attack|failure|disease|condition)$/.test(tokens[k + 1]?.lower ?? '')) || (t.lower === 'cardiac' && tokens[k + 1]?.lower === 'arrest'));
  // ("Her husband, Frank, died in 2011.": a kin's death told by its year alone, as an obituary tells it)
  const yearAlone = tokens[died + 1]?.lower === 'in' && /^(1[89]|20)\d\d$/.test(tokens[died + 2]?.text ?? '') && tokens[died + 3]?.text === '.' && died + 4 === tokens.length
    && tokens.slice(0, died).some((t) => isKin(t));
  return cause || yearAlone || tokens.some((t) => /^grand(?:father|mother|pa|ma|dad|mum|mom)s?$/.test(t.lower));
}

const NATURAL_CAUSES = /^(peacefully|quietly|suddenly|unexpectedly|pneumonia|cancer|illness|dementia|alzheimer['’]s|stroke|palliative|hospice|natural|old)$/;
const VIOLENCE = /^(killed|kill|killing|murdered|shot|shooting|stabbed|strike|strikes|airstrike|attack|attacks|shelling|shell|bomb|bombing|blast|explosion|missile|drone|rocket|gunfire|gunmen|gunman|war|fire|crash|accident|violence|clashes|fighting|raid|massacre|executed|beaten|tortured|flood|earthquake|quake|collapse|drowned)$/;

/** The noun at `k` is definite: "the", "this" or "that" before it, past its modifiers ("the police officer's"). */
function definiteBefore(tokens: Token[], tags: Tags[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && tokens[j].kind === 'word' && (tags[j].has('Noun') || tags[j].has('Adjective')) && !/^(the|this|that)$/.test(tokens[j].lower)) j--;
  return /^(the|this|that)$/.test(tokens[j]?.lower ?? '');
}

/**
 * Whether the phrase whose determiner is at `det` completes a copula whose subject is one of a group
 * ("One of the youngest victims was thought to be a baby"): the victim is the one already counted.
 */
function complementOfPartitive(tokens: Token[], det: number): boolean {
  let k = det - 1;
  // ("as a a male tourist": an article typed twice)
  if (tokens[k]?.lower === tokens[det].lower) k--;
  while (k > 0 && /^(to|be|thought|believed|said|reported|understood|known|later|also)$/.test(tokens[k].lower)) k--;
  // ("Witnesses described one of the victims as a male tourist who had been shot": or what the one is described as)
  if (tokens[k]?.lower === 'as' && tokens.slice(Math.max(0, k - 10), k).some((t) => /^(described|describes|identified|identifies|named|names|listed|lists)$/.test(t.lower))) {
    for (let j = k - 1; j >= 0 && k - j <= 8 && tokens[j].kind === 'word'; j--) if (tokens[j].lower === 'one' && tokens[j + 1]?.lower === 'of') return true;
    return false;
  }
  if (!/^(was|is)$/.test(tokens[k]?.lower ?? '')) return false;
  for (let j = k - 1; j >= 0 && k - j <= 8 && tokens[j].kind === 'word'; j--) {
    if (tokens[j].lower === 'one' && tokens[j + 1]?.lower === 'of') return true;
  }
  return false;
}

/** Does a say-verb come after `from`, before the clause's next punctuation (within ten words)? */
function saysBeforePunctuation(tokens: Token[], from: number): boolean {
  // ("…, a member of a civilian militia that helps the army fight jihadists told AFP": a long phrase on the speaker)
  for (let i = from; i < tokens.length && i < from + 14; i++) {
    if (tokens[i].kind === 'punct') return false;
    // (the plain verbs of saying only: "placed", "reports" and the like are nouns or other verbs as often)
    // ("…, a senior medical official has informed the BBC")
    if (/^(said|says|say|told|tells|added|adds|reported|stated|confirmed|wrote|writes|informed)$/.test(tokens[i].lower)) return true;
  }
  return false;
}
