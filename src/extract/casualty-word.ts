// The words that make a text worth reading for casualty figures. This file is all the
// extraction the page's own thread runs: the content script tests each block of text with one
// search for these words, and the background does the rest (prefilter.ts, then the extractor).
// It imports nothing, so the content script carries nothing else of src/extract.

/** Words that are casualty words by themselves (a stem matches any word it begins). */
const WORDS =
  'kill|deceased|death|died|dies|dying|wound|injur|hurt|missing|[kwm]ia\\b|(?:un)?(?:accounted|traced)|fate\\b|whereabouts|disappear|capt(?:ur|iv|or)|casualt|causalit|bodies|corpse|toll|murder|massac|slain|slaughter|behead|perish|fatal|clinic|victims|lives|shot|shooting down|gunn|guns down|abduct|kidnap|prisoner|hostage|drown|electrocut|decapitat|suffocat|asphyxiat|martyr|homicide|femi(?:ni)?cide|assassinat|lynch|succumb|passed away|remains of|destroy|eliminat|buri|buryi|interred|reinterred|fell victim|stab(?!l|i)|shahadat|vanished|harmed|amputat|fractur|hypotherm|frostbit|lacerat|execut(?:ed|ing|ion)|neutrali[sz]|maim|scald|hanged|surrender';

// (Both lists are written short, supersets where a shorter pattern reads a little more: every page carries them, and the
// page's script must stay within 10 KB gzipped, tests/browser/build-output.test.ts.)

/** The words of a bound before a count ("lost more than 12", "losses of up to 300"): one list for every loss phrase. */
const BOUND = '(?:up to |more than |over |about |around |roughly |approximately |nearly |almost |close to |at least |some |as many as |between |a total of )?';

/**
 * Words that are casualty words only in a shape or a phrase ("deadly" but not "deadline", "lost
 * 56" but not "lost the match"), keyed by the plain word every shape of the entry begins with.
 * No key begins another.
 */
const PHRASES: Readonly<Record<string, string | readonly string[]>> = {
  dead: 'dead(?:\\b|ly\\b|li(?:er|est))',
  die: 'die\\b',
  body: 'body\\b',
  hospital: 'hospital(?!ity)',
  hit: 'hit by',
  struck: 'struck by',
  // ("Russia has lost more than one million troops", "We have already lost seven people": a count in words too). Four
  // expressions, tried in turn, each compiled when first reached: as one, the page's phrase checks cost the 1 MB page
  // 28 ms of CPU, in four 19 to 22 ms (three interleaved pairs of 6 loads; "lost", "loss", "Los Angeles" are common).
  // ("says it lost only three soldiers", "lost more than 12": up to three words of any kind before the count, in the
  // bytes a list of bounds took)
  los: [
    `lost (?:their|his|her) life|los(?:t|es?|ing) (?:\\w+ ){0,3}(?:limb|leg|arm|eye(?:s\\b|sight))|los(?:t|es?|ing) ["“]?(?:[a-z]+ ){0,3}(?:\\d|(?:million|thousand|hundred|dozen)s?\\b|people|soldiers|men\\b|crew|colleagues|comrades|friends)|loss of ${BOUND}\\d`,
    `losses[,:]?(?: \\S+){0,14} ${BOUND}\\d`,
    // ("General Grant's aggregate loss was 11,220", "put the Federal loss at 15,000": an army's loss in history copy)
    'loss(?: \\S+){0,10} (?:was|were|at|numbered|totall?ed|amounted to|reached) (?:\\S+ ){0,2}\\d',
    // ("lost his wife and four children in the attack", "Man loses wife, four kids to attack", "the loss of her son")
    'los(?:t|es?|ing|s of) (?:(?:his|her|their|my|our|a|an) )?(?:[\\w-]+ )?(?:wife|husband|sons?|daughters?|mother|father|brothers?|sisters?|child|children|kids?|baby|parents|cousins?|nephews?|nieces?|uncles?|aunts?|relatives?|members|family|grand(?:son|daughter|child|children|mother|father))\\b',
  ],
  // ("have seized thousands of people", "the seizure of over 200 students": people seized are captured)
  seiz: 'seiz(?:ed|ure of)\\b',
  // ("over 1,073,530 troop losses": an army's losses, keyed on the word before, so that "losses" alone is no key)
  troop: 'troop losses',
  personnel: 'personnel losses',
  combat: 'combat losses',
  breathed: 'breathed (?:his|her|their) last',
  sets: 'sets of (?:human )?remains',
  // ("over 25 others received serious burns", "sustained various degrees of burns": burns suffered are wounds; a
  // lookbehind, so that the common words before it are no keys of the page's search)
  // ("Two workers were severely burned": a grave burn, never "burned" alone)
  burn: 'burn(?:t|ed|ing) (?:(?:\\w+ ){0,3}alive|to ash)|(?<=(?:suffer|sustain|receiv)(?:ed|ing) (?:\\w+ ){0,3}|with (?:\\w+ )?)burns\\b|(?<=(?:bad|severe|serious|critical)ly )burn[te]',
  // ("A park ranger … suffered a broken arm": a broken bone is a wound)
  broken: 'broken (?:leg|arm|rib|bone|hip|neck|ankle)',
  critical: 'critical condition',
  serious: 'serious condition',
  // ("205 people had received outpatient care")
  receiv: 'receiv(?:ing|ed) (?:(?:out|in)patient |medical |hospital )?(?:treatment|care)',
  // ("bandits whisked away 30 villagers": an abduction)
  whisked: 'whisked away',
  // ("The attack claimed the life of one security official", "the deluge claimed another life", "claimed one more
  // life": a lookbehind, so that the verbs are no keys; one or two words of any kind between, written short)
  life: '(?<=(?:claim|took|taken|cost)\\w* (?:\\w+ ){1,2})life\\b',
  // ("There are 107 patients in medical institutions": keyed on the rarer word, with a lookbehind)
  institution: '(?<=medical )institution',
  // ("five passengers did not survive", "two relatives could not be saved")
  did: "did(?: not|n['’]t) (?:survive|make it\\b)",
  could: "could(?: not|n['’]t) be saved",
  // ("two terrorists were sent to hell": a military's press; keyed on the rarer word, so that "sent" is no key)
  hell: '(?<=sent to )hell\\b',
  // ("Ten passengers were given first aid": keyed on the rarer word, with a lookbehind)
  aid: '(?<=first )aid\\b',
  // ("None of the six crew members or 22 passengers on board survived the crash", "None of the 157 people on board a
  // new … plane that crashed on Sunday morning … have survived": as far as the extractor looks for it, phrases.ts)
  none: 'none of (?:[\\w,-]+ ){1,23}survived',
  // ("rescuers were searching for 26 others": the people searched for are missing)
  // (with a count after it: a page's "Search for:" box wakes nothing)
  search: 'search\\w*(?: [\\w-]+){0,5} for (?:\\S+ ){0,2}(?:\\d|two|three|four|five|six|seven|eight|nine|ten|dozens)',
  // ("Fifty people sought medical assistance", "200 sought help in medical institutions": the hurt go for care)
  sought: 'sought (?:medical|(?:help|treatment|care) (?:in|at|from))\\b',
  // ("Two people remain in intensive care")
  intensive: 'intensive care',
  // ("19 people are under treatment")
  under: 'under(?:going)? treatment',
  // ("nine people were fighting for their lives in hospital")
  fighting: 'fighting for (?:\\w+ )?li(?:fe|ves)',
  battling: 'battling for (?:\\w+ )?li(?:fe|ves)',
  // ("382 were getting treated till morning": a treatment going on; a lookbehind, so that "being" is no key)
  treated: 'treated (?:and (?:released|discharged)|(?:\\S+ ){0,3}at the scene|on s(?:ite|cene)\\b|for (?:\\w+ ){0,3}(?:injur|burns|wounds|cuts|inhalation|gunshot|fractures))|(?<=(?:being|getting) )treated\\b',
  // ("six prisoners were found hanging in a cell")
  // ("The two climbers have not been found", "are yet to be found", "were never found": the missing; a lookbehind, so
  // that "not" is no key)
  found: 'found hang(?:ing|ed)|(?<=(?:not|never|yet to) (?:been |be )?)found\\b',
  // ("almost 2,000 remains were recovered": remains found are the dead; "remains of" is a word of its own)
  remains: 'remains (?:\\w+ ){1,3}(?:recovered|found|exhumed|unearthed|identified|retrieved|discovered)',
};

/** Every casualty word, in one expression: what the background and the CLI search with. */
const wholeSource = (): string => `\\b(?:${WORDS}|${Object.values(PHRASES).flat().join('|')})`;

// (pure: the page's script, which searches only PAGE_SEARCH, drops both, and ships without them)
export const CASUALTY_WORD = /* @__PURE__ */ new RegExp(/* @__PURE__ */ wholeSource(), 'i');

/** The same words, searched for all through a text (casualtyWordOffsets) or tested once. */
export const CASUALTY_WORDS = /* @__PURE__ */ new RegExp(/* @__PURE__ */ wholeSource(), 'gi');

/**
 * The page's search: the plain words, and only the first word of each phrase (captured), whose
 * phrase is then checked where it stands. It finds exactly what CASUALTY_WORDS finds, from an
 * expression about half its length: compiling the whole one was most of what the page's first
 * test cost (V8 compiles it twice, to bytecode then to native code: 1.2 ms against 0.6 ms on a
 * page of 200 paragraphs with no casualty word, in Chromium 150; issue 15).
 */
const PAGE_SEARCH = new RegExp(`\\b(?:${WORDS}|(${Object.keys(PHRASES).join('|')}))`, 'gi');
/** Each phrase's expressions, compiled when the search first reaches them (a page that never meets a key compiles none). */
const phraseAt = new Map<string, (RegExp | undefined)[]>();

/** Whether a whole casualty word starts at `m` (a match of PAGE_SEARCH). */
function isCasualtyWord(text: string, m: RegExpExecArray): boolean {
  const lead = m[1];
  if (lead === undefined) return true;
  const key = lead.toLowerCase();
  let compiled = phraseAt.get(key);
  if (!compiled) phraseAt.set(key, (compiled = []));
  return [PHRASES[key]].flat().some((source, i) => {
    const phrase = (compiled[i] ??= new RegExp(source, 'iy'));
    phrase.lastIndex = m.index;
    return phrase.test(text);
  });
}

/**
 * Whether a text holds a casualty word at all: the test a page and each of its blocks pass
 * before anything else is done.
 */
export function hasCasualtyWord(text: string): boolean {
  return countCasualtyWords(text, 1) > 0;
}

/** How many casualty words a text holds (up to `limit`). */
export function countCasualtyWords(text: string, limit = Infinity): number {
  PAGE_SEARCH.lastIndex = 0;
  let n = 0;
  // (the limit is checked before each search: a block's first word ends hasCasualtyWord's)
  while (n < limit) {
    const m = PAGE_SEARCH.exec(text);
    if (!m) break;
    if (isCasualtyWord(text, m)) n++;
  }
  PAGE_SEARCH.lastIndex = 0;
  return n;
}
