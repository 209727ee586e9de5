// Text → casualty-figure mentions. A small grammar over tokens, word lists (lexicon.ts)
// and compromise's part-of-speech tags. This module loads compromise, so it runs in the
// background service worker and the CLI, never in the content script.
import { isPlaceName, tagTokens, type Tags } from './tagger.ts';
import { isAbbreviationDot, opensQuoteAfterSaying, tokenize, type Token } from './tokens.ts';
import { candidateSentences, quoteContext, type QuoteContext } from '../page/candidates.ts';
import { changeBefore, clockAfter, diedAfterWhom, findNumberPhrases, fromBeforeGivenEnd, hurtThenDiedAt, isChangeWord, isYearSpanEnd, NUMBERED_PLACE, survivedAfter, timeEarlierAt, type NumberPhrase } from './phrases.ts';
import {
  AUXILIARIES, CARE_STATES, EXCESS_OVER, MONTHS, SAY_VERBS, CASUALTY_AFTER, INCLUSIONS, isPersonWord, isRelativeWord, KILLS_PEOPLE_AS_PASSIVE, KILLS_PEOPLE_ONLY, CASUALTY_BEFORE, FIGURE_NOUNS, NON_PERSON_NOUNS, PROJECTILES, QUALIFIERS, isToDeathVerb, KIN_NOUNS, isKinNoun, DISTANCE_UNITS, SERVICE_MEMBERS, PRESENT_DEATH, lostInAnEvent, lostLifeAt, STUDIES, EVENT_NOUNS, PERPETRATORS, DISEASES, YOUNG_PEOPLE,
  isPlaceWord, PLACE_NOUNS, WOUND_NOUNS, BROKEN, BONES, NUMBERED_ROOMS, SCHOOL_YEARS, type QualifierWord,
} from './lexicon.ts';
import { additionLead, anotherGiverAt, attributeSource, countSummedAt, endsLikeRunningText, relativePutAt } from './attribution.ts';
import { findImplicitVictims, nationalHead, personDescribedAt, type ImplicitVictim } from './implicit.ts';
import { HOSPITAL_WORDS, hospitalAfter, inHospital, morgueAfter, MOVED, movedToHospital, toHospital } from './hospital.ts';
import { deathAfterAnd, diedLater } from './died-later.ts';
import { closedQuote, quoteGoesOn, quoteOpenedBefore, turnGoesOn } from './quote-speaker.ts';
import { hypotheticalModal, supposedOne } from './harm-meant.ts';
import { isCountToken, isNumberWord } from './numbers.ts';
import type { Category, Mention, Qualifier } from './types.ts';

export type { Mention, Category, Qualifier } from './types.ts';

/**
 * Mentions in a whole text: split into sentences, offsets into `text`. Only sentences that
 * pass the page prefilter are read, exactly as in the extension.
 */
export function extractMentions(text: string): (Mention & { sentence: string })[] {
  const out: (Mention & { sentence: string })[] = [];
  for (const s of candidateSentences([text])) {
    // (the text around the sentence as the background carries it, so that the CLI reads what a reader's extension reads)
    for (const m of extractFromSentence(s.text, quoteContext(text, s))) {
      out.push({ ...m, start: m.start + s.start, end: m.end + s.start, sentence: s.text });
    }
  }
  return out;
}

/**
 * Mentions in one sentence, offsets into the sentence. `following`, the text after it in its
 * block: a quote the sentence opens may name its speaker there ("“… died. …,” he said.").
 * `preceding`, the text before it: or the quote goes on after its speaker was named ("“…,” said
 * X. “Two more died.”"), or after the saying that opened it ("X said, “… . Two more died.”"). `turn`, the speaker's
 * label that leads the block, a transcript's line.
 */
export function extractFromSentence(sentence: string, { following, preceding, turn }: QuoteContext = {}): Mention[] {
  let mentions = readSentence(sentence);
  if (following) mentions = speakersFrom(mentions, () => closedQuote(sentence, following));
  if (preceding) mentions = speakersFrom(mentions, () => quoteGoesOn(sentence, preceding));
  if (preceding) mentions = speakersFrom(mentions, () => quoteOpenedBefore(sentence, preceding));
  // ("COLLECTOR: Good evening. As of 6 p.m., the number … stands at 17.": a transcript's line goes on in its speaker's
  // voice)
  if (turn) mentions = speakersFrom(mentions, () => turnGoesOn(sentence, turn));
  return mentions;
}

/**
 * The mentions, each with no speaker given the one it has in `closed()`: the sentence closed on a speaker named outside
 * it, offsets unchanged, or led by one, its words moved on by `shift`. Read only while some mention has no speaker.
 */
function speakersFrom(mentions: Mention[], closed: () => string | { text: string; shift: number } | null): Mention[] {
  if (!mentions.some((m) => m.source === null)) return mentions;
  const found = closed();
  if (!found) return mentions;
  // (a speaker named before the sentence moves its words on by `shift`)
  const { text, shift } = typeof found === 'string' ? { text: found, shift: 0 } : found;
  const spoken = readSentence(text);
  return mentions.map((m) => {
    const same = m.source === null ? spoken.find((n) => n.start === m.start + shift && n.end === m.end + shift && n.source !== null) : undefined;
    return same ? { ...m, source: same.source } : m;
  });
}

function readSentence(sentence: string): Mention[] {
  const tokens = withoutSectionNumber(withoutCitations(semicolonListAsCommas(tokenize(sentence))));
  if (tokens.length === 0) return [];
  // ("His stats in the final — 62 kills, 33 deaths, and 102 damage per round": a player's record in a game)
  if (playerRecord(tokens)) return [];
  const tags = tagTokens(sentence, tokens);
  const phrases = findNumberPhrases(tokens, tags);
  const mentions: Mention[] = [];
  const used = new Set<number>();
  /** where each figure's words end, and its category: a single victim "including" may follow */
  const figureEnds: { last: number; category: Category; value?: number }[] = [];
  let previous: CasualtyLink | null = null;
  /** the figure a dash broke down, while its list goes on */
  let dashList: CasualtyLink | null = null;
  /** the figure a bracket breaks down, while its list goes on */
  let bracketList: CasualtyLink | null = null;
  /** the harm of things counted right before ("killed 400 cows"), which people joined after them share */
  let thingsHarmed: { link: CasualtyLink; last: number } | null = null;
  for (const phrase of phrases) {
    const lead = ofThoseLead(tokens, phrase);
    const own = findCasualtyLink(tokens, tags, phrase, phrases);
    // ("Floods killed 400 cows and three people": people joined to the things a verb before them harmed)
    const harmedWithThings: CasualtyLink | null = thingsHarmed && !own && thingsHarmed.link.side === 'before' && thingsHarmed.last === countStart(tokens, phrase) - 2
      && tokens[countStart(tokens, phrase) - 1]?.lower === 'and' && isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? thingsHarmed.link : null;
    thingsHarmed = null;
    // ("62 elephants were electrocuted and 19 were killed by trains": the same things again, never a figure)
    if (sameThingsAgain(tokens, phrase, phrases)) { previous = null; continue; }
    // "25 dead, including two children, and 31 injured": a subset takes the figure before it, not
    // the next figure's word ("including 400 dead" keeps its own, within its clause)
    // ('including 194 who were "executed by …"': a quote opened before the verb stays inside the clause)
    // ("killed 17 people, several of them from gunshot wounds": the cause of a part's fate is no fate of its own)
    const causeOfPart = own !== null && tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && /^(from|by|of|due)$/.test(tokens[phrase.last + 3]?.lower ?? '') && /^(wounds|injuries|wound|injury)$/.test(tokens[own.casualtyIndex]?.lower ?? '');
    // ("The death toll rose to 87, including three foreign victims": victims named as a part take the fate of the whole)
    // ("Death(s) At least 170 in total (including some 130 hostages)": hostages named as a part of the dead died)
    const victimsOfWhole: boolean = own !== null && own.side === 'after' && (tokens[own.casualtyIndex]?.lower === 'victims'
      || (/^(hostages|captives)$/.test(tokens[own.casualtyIndex]?.lower ?? '') && (previous as CasualtyLink | null)?.category === 'killed' && own.casualtyIndex === phrase.last + 1));
    const ownClause: boolean = own !== null && own.side === 'after' && !causeOfPart && !victimsOfWhole && !tokens.slice(phrase.last + 1, own.casualtyIndex).some((t, d) => t.kind === 'punct'
      && !(/^[“"]$/.test(t.text) && phrase.last + 2 + d === own.casualtyIndex));
    const subset: CasualtyLink | null = !ownClause && opensSubset(tokens, phrase) ? subsetOf(tokens, phrase, previous ?? uncountedBefore(tokens, phrase)) : null;
    // ("At least 860 people were killed and 393 injured …, including at least 36 children": a part of both counts)
    const included: CasualtyLink | null = subset && partOfBoth(tokens, phrases, phrase, figureEnds) ? { ...subset, category: 'casualties' } : subset;
    // ("in the deaths of six monks, one nun and two helpers who were shot": how the listed dead died is no wound)
    const sharedDeath: CasualtyLink | null = own && own.side === 'after' && tokens[own.casualtyIndex]?.lower === 'shot' ? sharedVerb(tokens, tags, phrase, previous) : null;
    // ("… and 48 wounded individuals, 30 of whom were children": "N of whom" right after a count is a part of that
    // count, whatever word stands further back)
    // (how many words, all words, stand between the last figure and the separator before this count)
    const separator = countStart(tokens, phrase) - 1;
    const lastFigure = figureEnds[figureEnds.length - 1];
    const wordsAfterFigure = lastFigure !== undefined && tokens.slice(lastFigure.last + 1, separator).every((t) => t.kind === 'word') ? separator - 1 - lastFigure.last : Infinity;
    const partOfPrevious: CasualtyLink | null = previous && tokens[phrase.last + 1]?.lower === 'of' && /^(whom|them)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && tokens[separator]?.text === ',' && wordsAfterFigure <= 3 && (!own || own.side === 'before') ? previous : null;
    // ("killing 165 of the men on board, thirty of whose bodies were never recovered", "(30 of whose bodies …)": a part of
    // the dead, whose bodies are told of)
    const whoseBodies: CasualtyLink | null = (previous as CasualtyLink | null)?.category === 'killed' && tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'whose'
      && /^(bodies|remains)$/.test(tokens[phrase.last + 3]?.lower ?? '') && /^[,(]$/.test(tokens[separator]?.text ?? '') && wordsAfterFigure <= 6 ? previous : null;
    // ("More than 50 people were injured, four of them fatally": hurt to death, a part of the hurt that died)
    // ("seven wounded had been admitted, one of whom had died": a part of the hurt that died after)
    const hurtToDeath = /^(fatally|mortally)$/.test(tokens[phrase.last + 3]?.lower ?? '') || diedAfterWhom(tokens, phrase.last + 2);
    const killedPart = (link: CasualtyLink | null): CasualtyLink | null => (link && hurtToDeath ? { ...link, category: 'killed' } : link);
    // ("…, three fatally", "…, two of them fatally": a part after a comma that the harm before it killed)
    const fatallyAt = tokens[separator]?.text !== ',' ? -1
      : tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[phrase.last + 2]?.lower ?? '') && /^(fatally|mortally)$/.test(tokens[phrase.last + 3]?.lower ?? '') ? phrase.last + 3
        : /^(fatally|mortally)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 1 : -1;
    // ("Twelve people were injured on Sunday in the crash, three fatally": the part of the hurt that died, however far
    // back the count of them)
    const hurtBefore = previous as CasualtyLink | null;
    const fatalPart: CasualtyLink | null = hurtBefore?.category === 'wounded' && fatallyAt > 0 ? { ...hurtBefore, category: 'killed' } : null;
    // ("All three are shot, two of them fatally", "Five people were shot, one fatally": the part that died of a harm
    // whose whole is no figure, "shot" alone)
    // ("Five officers were shot in the line of duty, one fatally": the harm's clause may go on to where and why)
    const shotBefore = () => {
      let clauseStart = separator - 1;
      // ("Brown bears have attacked 14 people in the mountains of Romania's Harghita county since April, two of them
      // fatally": or attacked, and where and since when)
      while (clauseStart > 0 && separator - clauseStart < 18 && (tokens[clauseStart - 1].kind === 'word' || tokens[clauseStart - 1].kind === 'digits' || /^['’]$/.test(tokens[clauseStart - 1].text))) clauseStart--;
      return tokens.slice(clauseStart, separator).some((t, d) => /^(shot|stabbed|hit|struck|attacked|mauled|bitten|gored)$/.test(t.lower) && (separator - clauseStart - d <= 3 || AUXILIARIES.has(tokens[clauseStart + d - 1]?.lower ?? '')));
    };
    const fatalOfShot: CasualtyLink | null = !previous && fatallyAt > 0 && shotBefore() ? { category: 'killed', casualtyIndex: fatallyAt, side: 'after' } : null;
    const ofWhomAfterCount: CasualtyLink | null = killedPart(partOfPrevious) ?? whoseBodies ?? fatalPart ?? fatalOfShot;
    // ("the death toll … raised to 59 dead and from 400 to 527 injured": the old end of a change takes the new end's
    // own casualty word, not a toll's further back)
    // ("fell from 5,006 in 2018 to 5,005": the old end's year between)
    const toAt = tokens[phrase.last + 1]?.lower === 'in' && tokens[phrase.last + 2] && isYearToken(tokens[phrase.last + 2]) ? phrase.last + 3 : phrase.last + 1;
    const changeTo = own?.side !== 'after' && tokens[countStart(tokens, phrase) - 1]?.lower === 'from' && tokens[toAt]?.lower === 'to'
      ? phrases.find((p) => countStart(tokens, p) === toAt + 1) : undefined;
    const changedTo: CasualtyLink | null = changeTo ? findCasualtyLink(tokens, tags, changeTo, phrases) : null;
    // ("Deaths fell from 19 to 12": or the toll the new end's verb moved, right after that verb)
    // ("… decreased from 19 to 12 in one arm and from 21 to 13 in the other": a second change of the same verb)
    // ("fell by just one, from 5,006 in 2018 to 5,005": by how much, then a comma)
    // ("went from 85 to 89": or went, from one count to the next)
    const movedFrom = changedTo?.side === 'before' && (isChangeWord(tokens[countStart(tokens, phrase) - 2]?.lower ?? '') || /^(went|gone)$/.test(tokens[countStart(tokens, phrase) - 2]?.lower ?? '')
      || (tokens[countStart(tokens, phrase) - 2]?.text === ',' && changeBefore(tokens, countStart(tokens, phrase) - 2))
      || (tokens[countStart(tokens, phrase) - 2]?.lower === 'and' && tokens.slice(0, countStart(tokens, phrase) - 2).some((t, k) => t.lower === 'from' && isChangeWord(tokens[k - 1]?.lower ?? ''))));
    const before: CasualtyLink | null = fateOfThose(tokens, phrase) ?? countByPlace(tokens, phrase, phrases) ?? included ?? ofWhomAfterCount ?? (causeOfPart && previous ? previous : null) ?? (changedTo?.side === 'after' || movedFrom ? changedTo : null) ?? (sharedDeath?.category === 'killed' ? sharedDeath : own) ?? subsetOf(tokens, phrase, previous);
    const elided: CasualtyLink | null = before ? null : elidedAfter(tokens, tags, phrase, previous);
    // ("98,000 excess Iraqi deaths (with a range of 8,000 to 194,000, …)", "601,027 deaths (range of 426,369 to 793,663
    // …)": the range a count was estimated within)
    // ("An estimated 3,100 (95% CI 2,100–4,400) Yazidis were killed": or a confidence interval's)
    const rangeLead = tokens[countStart(tokens, phrase) - 1];
    const rangeOf: CasualtyLink | null = previous && phrase.high !== undefined
      && ((rangeLead?.lower === 'of' && tokens[countStart(tokens, phrase) - 2]?.lower === 'range') || rangeLead?.text === 'CI' || (rangeLead?.lower === 'interval' && tokens[countStart(tokens, phrase) - 2]?.lower === 'confidence'))
      && figureEnds.length > 0 && countStart(tokens, phrase) - figureEnds[figureEnds.length - 1].last <= 10 ? previous : null;
    // ("reached almost 300 thousand (299,210) people": a count in brackets restating the one before it)
    // ("Casualties: 51,112 (23,049 Union and 28,063 Confederate)": or the first part of its breakdown in the brackets)
    // ("(32 confirmed and 11 probable of people who presented symptoms …, but died before they could be tested)": a
    // breakdown's bracket may close long after its parts)
    let bracketClose = tokens.findIndex((t, k) => k > phrase.last && k <= phrase.last + 50 && t.text === ')');
    if (bracketClose > 0 && tokens.slice(phrase.last + 1, bracketClose).some((t) => t.text === '(')) bracketClose = -1;
    // (never a count with a casualty word of its own: "560 wounded (54 killed, 425 wounded from 7–16 November)")
    const restated: CasualtyLink | null = previous && tokens[phrase.first - 1]?.text === '(' && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER) && (tokens[phrase.last + 1]?.text === ')'
      // ("killing 102 (106 according to other sources) refugees": another count of the same, with who gives it)
      || (tokens[phrase.last + 1]?.lower === 'according' && tokens[phrase.last + 2]?.lower === 'to' && bracketClose > 0 && bracketClose - phrase.last <= 8)
      // ("kills 46, including 40 civilians (11 children)": a part with its own people, alone in the brackets)
      || (isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.text === ')' && isPersonWord(tokens[phrase.first - 2]?.lower ?? ''))
      || (bracketClose > 0 && tokens.slice(phrase.last + 1, bracketClose).some((t, d) => /^(and|,)$/.test(t.lower) && phrases.some((p) => p.first === phrase.last + 2 + d))
        // (a breakdown by sex is none: "30 people (12 women and 18 men)", "73 civilians (54 men, 16 women, 2 boys and 1
        // girl)"; but "131 civilians (102 men, 17 women and 12 children)" counts children apart, a part by age, as
        // "including 12 children" does)
        && (!tokens.slice(phrase.last + 1, bracketClose).some((t) => /^(men|women|males?|females?)$/.test(t.lower))
          || tokens.slice(phrase.last + 1, bracketClose).some((t) => /^(children|minors)$/.test(t.lower)))))
      // ("35 deaths (25 confirmed and 10 probable)": or past the count's own noun)
      && figureEnds.length > 0 && (figureEnds[figureEnds.length - 1].last === phrase.first - 2
        // ("Injured15+ (12 from gunshots, two from vehicle impact)": past the figure's own "+")
        || (figureEnds[figureEnds.length - 1].last === phrase.first - 3 && tokens[phrase.first - 2]?.text === '+')
        || (figureEnds[figureEnds.length - 1].last === phrase.first - 3 && ((previous.side === 'after' && previous.casualtyIndex === phrase.first - 2) || isPersonWord(tokens[phrase.first - 2]?.lower ?? '')))
        // ("85 journalists and media workers (82 in Gaza and 3 in Lebanon)": past more people joined to the count's own)
        || (phrase.first - 2 - figureEnds[figureEnds.length - 1].last <= 4 && isPersonWord(tokens[phrase.first - 2]?.lower ?? '')
          && tokens.slice(figureEnds[figureEnds.length - 1].last + 1, phrase.first - 1).every((t) => t.kind === 'word')
          && tokens.slice(figureEnds[figureEnds.length - 1].last + 1, phrase.first - 1).some((t) => t.lower === 'and'))
        // ("twenty-one people were killed (16 people in the residential building, five …)": or right after the count's own
        // fate, its people and verb between)
        || (previous.side === 'after' && previous.casualtyIndex === phrase.first - 2 && phrase.first - 2 - figureEnds[figureEnds.length - 1].last <= 4
          && tokens.slice(figureEnds[figureEnds.length - 1].last + 1, phrase.first - 1).every((t) => t.kind === 'word'))
        // ("852 people died in the accident (501 Swedes, 285 Estonians, …)": or past where it befell them, a few words)
        || (previous.side === 'after' && previous.casualtyIndex < phrase.first - 2 && previous.casualtyIndex - figureEnds[figureEnds.length - 1].last <= 4
          && /^(in|at|on|during|aboard)$/.test(tokens[previous.casualtyIndex + 1]?.lower ?? '') && phrase.first - 2 - previous.casualtyIndex <= 4
          && tokens.slice(figureEnds[figureEnds.length - 1].last + 1, phrase.first - 1).every((t) => t.kind === 'word'))) ? previous : null;
    // ("the bodies of twenty-eight people (later revised to thirty-four)": the same count, revised, in brackets right after it)
    const revisedOpen = tokens[countStart(tokens, phrase) - 1]?.lower === 'to' && /^(revised|raised|lowered|updated|increased|corrected|changed)$/.test(tokens[countStart(tokens, phrase) - 2]?.lower ?? '')
      ? (/^(later|since|subsequently|then)$/.test(tokens[countStart(tokens, phrase) - 3]?.lower ?? '') ? countStart(tokens, phrase) - 4 : countStart(tokens, phrase) - 3) : -1;
    const revisedInBrackets: CasualtyLink | null = previous && revisedOpen > 0 && tokens[revisedOpen]?.text === '(' && tokens[phrase.last + 1]?.text === ')' && figureEnds.length > 0
      && revisedOpen - 1 - figureEnds[figureEnds.length - 1].last <= 2
      && ((previous as CasualtyLink).side === 'before' || (previous as CasualtyLink).casualtyIndex === revisedOpen - 1) ? previous : null;
    // ("Among the 1,311 dead are 833 Druze — 533 fighters and 300 civilians", "recorded 60 civilian deaths—10 women and
    // five children—": a dash right after a figure opens its breakdown)
    // (and the list goes on: "533 fighters and 300 civilians")
    const lastEnd = figureEnds.length > 0 ? figureEnds[figureEnds.length - 1].last : -1;
    const gap = tokens.slice(lastEnd + 1, phrase.first);
    // ("The number of injured has risen to 12749, with 3984 children, 3406 women and 5359 men": a breakdown after
    // ", with", of people with no fate of their own)
    const withParts: boolean = previous !== null && !own && lastEnd >= 0 && tokens[phrase.first - 1]?.lower === 'with' && tokens[phrase.first - 2]?.text === ','
      && phrase.first - 2 === lastEnd + 1 && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')
      // (never "with 300 people attending the funeral": a verb of their own)
      && (!tokens[phrase.last + 2] || /^([,;.]|and)$/.test(tokens[phrase.last + 2].lower));
    // ("52 bodies wrapped in blankets - 27 men, 16 women and nine children -": a spaced hyphen as the dash, after a
    // participle's phrase on the counted)
    const dash = tokens[phrase.first - 1];
    const spacedHyphen = dash?.text === '-' && tokens[phrase.first - 2] !== undefined && tokens[phrase.first - 2].end < dash.start && dash.end < tokens[phrase.first].start;
    // (past the count's own noun: "52 bodies wrapped in …")
    const pastNoun: Token[] = previous && previous.side === 'after' && previous.casualtyIndex === lastEnd + 1 ? gap.slice(1) : gap;
    // ("We took in five wounded in the first hour — two soldiers, three civilians": or when, after the noun)
    const participled: boolean = (/ed$/.test(pastNoun[0]?.lower ?? '') || (/^(in|on|during|over|overnight|since|so)$/.test(pastNoun[0]?.lower ?? '')
      && pastNoun.slice(0, -1).some((t) => TIME_UNITS.test(t.lower) || /^(far|night|morning|evening|afternoon|weekend)$/.test(t.lower)))) && pastNoun.length <= 6;
    // ("The strike killed 44 people with five children among them": a part of the count before, named "among them")
    const amongThem: boolean = previous !== null && !own && tokens[countStart(tokens, phrase) - 1]?.lower === 'with' && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')
      && tokens[phrase.last + 2]?.lower === 'among' && /^(them|whom)$/.test(tokens[phrase.last + 3]?.lower ?? '');
    // ("a total of 26 individuals were missing, with 13 in Cebu and another 13 in La Castellana": a breakdown by place
    // after the fate that closes the figure's clause)
    const withPlaces: boolean = previous !== null && !own && lastEnd >= 0 && tokens[phrase.first - 1]?.lower === 'with' && tokens[phrase.first - 2]?.text === ','
      && (phrase.first - 2 === lastEnd + 1 || (previous.side === 'after' && phrase.first - 2 === previous.casualtyIndex + 1))
      && tokens[phrase.last + 1]?.lower === 'in' && (/^\p{Lu}/u.test(tokens[phrase.last + 2]?.text ?? '') || regionAfterIn(tokens, phrase.last + 2)
        // ("now stands at 37, with 31 in the city of Buffalo": or a place named by its kind first)
        || (tokens[phrase.last + 2]?.lower === 'the' && PLACE_NOUNS.test(tokens[phrase.last + 3]?.lower ?? '')
          && tokens[phrase.last + 4]?.lower === 'of' && /^\p{Lu}/u.test(tokens[phrase.last + 5]?.text ?? '')));
    // ("has killed tens of thousands of people – more than 350,000 by some counts –": another count of the same, with its
    // qualifier, set between dashes right after the figure)
    const qualifiedDash: boolean = previous !== null && !own && lastEnd >= 0 && countStart(tokens, phrase) - 2 === lastEnd && countStart(tokens, phrase) < phrase.first
      && /^(—|–|--)$/.test(tokens[countStart(tokens, phrase) - 1]?.text ?? '')
      // (never a difference: "dropped to around 700 – around 300 fewer than …")
      && !/^(fewer|more|less|higher|lower|up|down)$/.test(tokens[phrase.last + 1]?.lower ?? '');
    // ("received four patients from the fire: three firefighters with heat exhaustion and …": a colon after the
    // figure's clause opens its breakdown into people)
    // (never people with a verb of their own: "The toll rose to 40: 12 people detained so far")
    // ("buried three of our members who …: two on the Westgate site and one at the depot": or the place of each part)
    // (a count the comparison of places reads already stays so: "11 deaths in the region: six in Osaka, …")
    const colonParts: boolean = previous !== null && !own && !elided && lastEnd >= 0 && dash?.text === ':' && phrase.first - 1 - lastEnd <= 12 && gap.slice(0, -1).every((t) => t.kind === 'word')
      && ((isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && (!tokens[phrase.last + 2] || /^([,;.]|and|with|from|of)$/.test(tokens[phrase.last + 2].lower)))
        || /^(on|at|in|near)$/.test(tokens[phrase.last + 1]?.lower ?? ''));
    const dashed: CasualtyLink | null = withParts || amongThem || withPlaces || qualifiedDash || colonParts ? previous : previous && lastEnd >= 0 && (/^(—|–|--)$/.test(dash?.text ?? '') || spacedHyphen)
      // ("Forty-three of the deaths ‒ 28 adults and 15 children ‒ were in Kerr County": or of the noun the count is a part of)
      && (phrase.first - 1 - lastEnd <= 3 || participled || (previous.side === 'after' && previous.casualtyIndex === phrase.first - 2 && phrase.first - 1 - lastEnd <= 5))
      && gap.slice(0, -1).every((t) => t.kind === 'word') ? previous
      : dashList && lastEnd >= 0 && gap.length > 0 && gap.length <= 3 && /^(and|,)$/.test(gap[gap.length - 1].lower) && gap.every((t) => t.kind === 'word' || t.text === ',') ? dashList
      // ("49 people have died - 41 at the Central Mosque, 7 at Linwood Mosque, 1 in Christchurch Hospital": the list
      // goes on past where each part was)
      : dashList && lastEnd >= 0 && gap.length >= 3 && gap.length <= 7 && /^(at|in|on|from|near)$/.test(gap[0].lower) && /^(and|,)$/.test(gap[gap.length - 1].lower)
        && gap.slice(1, -1).every((t, d) => t.kind === 'word' && !tags[lastEnd + 2 + d].has('Verb') && !casualtyAt(tokens, lastEnd + 2 + d, CASUALTY_AFTER)) ? dashList
      // ("168—six children aged under five, 19 aged between five and 14, … ten children whose age cannot be identified
      // and 128 aged above 18": the list goes on past each item's age)
      : dashList && lastEnd >= 0 && gap.length >= 3 && gap.length <= 8 && /^(aged|whose)$/.test(gap[0].lower) && /^(and|,)$/.test(gap[gap.length - 1].lower)
        && gap.slice(0, -1).every((t, d) => (t.kind === 'word' || t.kind === 'digits') && !phrases.some((p) => p.first === lastEnd + 1 + d) && !casualtyAt(tokens, lastEnd + 1 + d, CASUALTY_AFTER)) ? dashList : null;
    dashList = dashed;
    // ("suffered 57,470 casualties – 19,240 dead, 35,493 wounded, 2,152 missing and 585 prisoners —": a part with a fate
    // word of its own right after it keeps its own)
    const wholeCategory: Category | undefined = (dashed as CasualtyLink | null)?.category;
    // ("5 women and a man died – 8 others remain in hospital this morning –": or a clause of its own, with its verb)
    const ownVerb = own !== null && own.side === 'after' && own.casualtyIndex <= phrase.last + 6
      && tokens.slice(phrase.last + 1, own.casualtyIndex).some((t) => /^(remain|remains|remained|are|were|is|was)$/.test(t.lower))
      && tokens.slice(phrase.last + 1, own.casualtyIndex).every((t) => t.kind === 'word');
    const ownWord: boolean = own !== null && own.side === 'after' && (own.casualtyIndex === phrase.last + 1 || ownVerb) && wholeCategory !== undefined && own.category !== wholeCategory;
    // ("35 deaths (25 confirmed and 10 probable)": the breakdown in the brackets goes on, to the bracket's close)
    // ("at least 180 … were injured (there are claims of as many as 300)": a higher claim of the same, alone in brackets
    // right after the fate)
    const claimOpen = tokens.findIndex((t, k) => k < countStart(tokens, phrase) && k >= countStart(tokens, phrase) - 6 && t.text === '(');
    const claimedAgain: CasualtyLink | null = previous && claimOpen > 0 && tokens[phrase.last + 1]?.text === ')' && previous.casualtyIndex === claimOpen - 1
      && tokens.slice(claimOpen + 1, countStart(tokens, phrase)).every((t) => /^(there|are|were|is|was|claims|claim|reports|report|estimates|estimate|of|some|say|said|put|it|at)$/.test(t.lower)) ? previous : null;
    // ("…, 1 Ukrainian, and 1 Briton)": the last item after a comma and "and", both the list's joiner)
    const oxford = gap.length >= 2 && gap[gap.length - 1].lower === 'and' && gap[gap.length - 2].text === ',' ? 2 : 1;
    const bracketNext: CasualtyLink | null = bracketList && !own && lastEnd >= 0 && gap.length >= 1 && gap.length <= 3 && /^(and|,)$/.test(gap[gap.length - 1].lower)
      && gap.slice(0, -oxford).every((t) => t.kind === 'word') && bracketClose > 0 ? bracketList : null;
    bracketList = restated ?? bracketNext;
    // ("estimated cumulative excess deaths to be 892, 863 and 778 …, respectively": bare counts listed right after a
    // bare figure, in a list closed by "and" or "or", share its casualty word)
    // ("lost up to 215 and over 230 soldiers": the count's own qualifier is no gap)
    // ("it rose to 25, 39 and now 43": a toll's steps, the last one now)
    const stepsGap = tokens.slice(lastEnd + 1, countStart(tokens, phrase));
    const listGap = stepsGap.length >= 2 && /^(now|then|finally)$/.test(stepsGap[stepsGap.length - 1].lower) && stepsGap[stepsGap.length - 2].lower === 'and' ? stepsGap.slice(0, -1) : stepsGap;
    // (never a count with a search of its own after it: "and 20 others are still being searched for")
    const bareList: CasualtyLink | null = previous && !own && lastEnd >= 0 && phrases.some((p) => p.last === lastEnd) && searchedFor(tokens, phrase)?.side !== 'after'
      && (listGap.length === 1 ? /^(,|and|or)$/.test(listGap[0].lower) : listGap.length === 2 && listGap[0].text === ',' && /^(and|or)$/.test(listGap[1].lower))
      && listClosesAfter(tokens, phrases, phrase, /^(and|or)$/.test(listGap[listGap.length - 1].lower)) ? previous : null;
    // ("climbing to 58,260 under the status quo scenario and 74,290 under the escalation scenario": counts set in
    // parallel, each before the same preposition)
    // ("kidnapped 187 students from a secondary school and 125 from a local primary school": or after the first count's people)
    // ("… recorded in August alone, as well as more than 11,000 in June": "as well as" joins them as "and" does)
    const joiner = asWellAsAt(tokens, lastEnd + gap.length) ? (gap[gap.length - 4]?.text === ',' ? 4 : 3) : 1;
    const eachAfter = tokens[phrase.last + 1]?.lower === 'each' ? 2 : 1;
    const parallel: CasualtyLink | null = previous && !own && lastEnd >= 0 && phrases.some((p) => p.last === lastEnd || (p.last === lastEnd - 1 && isPersonWord(tokens[lastEnd].lower)))
      // ("39,740 Americans died by gun violence, including 24,432 by suicide and 13,958 by homicide": or by what)
      && gap.length >= 3 && gap.length <= 10 && /^(under|in|for|among|during|from|by)$/.test(gap[0].lower)
      // ("four in Aurangabad, two from Patna, and one each from Rohtas": where, by "in" or "from" alike, past "each")
      && (tokens[phrase.last + eachAfter]?.lower === gap[0].lower || (/^(in|from)$/.test(gap[0].lower) && /^(in|from)$/.test(tokens[phrase.last + eachAfter]?.lower ?? '')))
      && (joiner > 1 || /^(and|,)$/.test(gap[gap.length - 1].lower)) && gap.slice(0, -(joiner === 1 ? oxford : joiner)).every((t, d) => t.kind === 'word' && !casualtyAt(tokens, lastEnd + 1 + d, CASUALTY_AFTER))
      // (no count between, but "one" standing for a noun: "under the severe one")
      && !phrases.some((p) => p.first > lastEnd && p.last < phrase.first && !(p.first === p.last && tokens[p.first].lower === 'one' && /^(the|a|this|that)$/.test(tokens[p.first - 2]?.lower ?? ''))) ? previous : null;
    // ("in the hundreds, perhaps even thousands", 'to "definitely several hundred" and "perhaps a few thousand"',
    // "close to a thousand or even several thousand": a higher guess right after a figure is a figure of the same kind)
    const guessed: CasualtyLink | null = previous && lastEnd >= 0 && gap.length > 0 && gap.length <= 5
      && gap.some((t) => GUESSES.test(t.lower)) && gap.every((t) => /^[,“”"']$/.test(t.text) || t.lower === 'and' || t.lower === 'or' || GUESSES.test(t.lower)) ? previous : null;
    // ("42 bodies out of 70 recovered so far", "42 dead bodies out of the 70 recovered ones": the whole a part of the dead
    // is taken from, right after the part's own word, counts the same dead)
    const outOf = tokens[countStart(tokens, phrase) - 1]?.lower === 'the' ? countStart(tokens, phrase) - 2 : countStart(tokens, phrase) - 1;
    const partBefore = previous as CasualtyLink | null;
    const wholeAfterPart: CasualtyLink | null = partBefore?.side === 'after' && tokens[outOf]?.lower === 'of' && tokens[outOf - 1]?.lower === 'out' && partBefore.casualtyIndex >= outOf - 3 && partBefore.casualtyIndex <= outOf - 2 && /^(bodies|corpses)$/.test(tokens[outOf - 2].lower)
      // (never a whole of its own kind: "two bodies out of 30 passengers")
      && !isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && !NON_PERSON_NOUNS.has(tokens[phrase.last + 1]?.lower ?? '') ? partBefore : null;
    const sinceAgain: CasualtyLink | null = own ? null : wholeAfterPart ?? sameFateAgain(tokens, phrase, previous, lastEnd) ?? toTheSameVerb(tokens, phrase, previous, phrases, lastEnd) ?? samePassiveLeftOut(tokens, tags, phrase, previous, phrases, lastEnd) ?? samePrepositionAgain(tokens, phrase, previous, phrases, lastEnd) ?? peopleListedAfter(tokens, phrase, previous, lastEnd) ?? moreOfTheDeadFound(tokens, phrase, previous, lastEnd) ?? bodiesFoundAgain(tokens, phrase, previous) ?? plusTheSame(tokens, phrase, previous, lastEnd);
    // (events each of which was one of the harmed, read once: the link, and the tests of things that must let it pass)
    const byEvents = eventsOfHarm(tokens, phrase);
    let link: CasualtyLink | null = labelRightBefore(tokens, phrase) ?? harmedWithThings ?? personnelLosses(tokens, phrase, previous, lastEnd) ?? restated ?? revisedInBrackets ?? claimedAgain ?? bracketNext ?? rangeOf ?? (ownWord ? null : dashed) ?? bareList ?? parallel ?? sinceAgain ?? fatalPartOfCases(tokens, phrase, phrases) ?? before ?? elided ?? guessed ?? sharedVerb(tokens, tags, phrase, previous) ?? lead ?? recordedBare(tokens, phrase) ?? withCountRecorded(tokens, phrase) ?? partsAfterMost(tokens, phrase) ?? changedFrom(tokens, phrase, phrases) ?? partOfWhom(tokens, phrase, previous) ?? listedByName(tokens, phrase) ?? placeCount(tokens, phrase, previous, figureEnds) ?? breakdownAfterVerb(tokens, tags, phrase, previous) ?? countInBrackets(tokens, phrase, previous, lastEnd) ?? placeLabelledInBrackets(tokens, phrase, previous, lastEnd) ?? verifiedInBrackets(tokens, phrase, previous) ?? riseInBrackets(tokens, phrase, previous, lastEnd) ?? partInCareState(tokens, phrase, previous) ?? countedAmongThem(tokens, phrase, previous, lastEnd) ?? peopleLabelledInBrackets(tokens, phrase, previous, lastEnd) ?? earlierPeriodInBrackets(tokens, phrase, previous, lastEnd) ?? followedByAt(tokens, phrase, previous, lastEnd) ?? thatNumber(tokens, phrase, previous) ?? otherEstimate(tokens, phrase, previous, lastEnd) ?? estimatesRange(tokens, phrase, previous) ?? numberPutAt(tokens, phrase, previous) ?? shareRestated(tokens, phrase, previous) ?? tollCitedWith(tokens, phrase) ?? estimateOf(tokens, phrase, previous) ?? figureMostCited(tokens, phrase, previous) ?? bodiesRemaining(tokens, phrase, previous) ?? remainingOfTheBodies(tokens, phrase, previous) ?? partOfTheGroup(tokens, phrase) ?? labelledCount(tokens, phrase) ?? invertedFate(tokens, phrase) ?? noneSurvived(tokens, tags, phrase) ?? noneOfThemSurvived(tokens, phrase, phrases) ?? searchedFor(tokens, phrase) ?? armyLoss(tokens, phrase, previous) ?? namesOfTheMissing(tokens, phrase) ?? countInApposition(tokens, phrase) ?? breakdownInApposition(tokens, phrase) ?? fateInWhoClause(tokens, phrase) ?? laterObjectOfHarm(tokens, tags, phrase) ?? fateInSecondPredicate(tokens, phrase) ?? inHospitalAfterHarm(tokens, phrase) ?? numberingAfter(tokens, phrase) ?? releasedFromCare(tokens, phrase, previous) ?? listedAhead(tokens, tags, phrase, phrases) ?? byEvents ?? takenWithWounds(tokens, phrase) ?? dischargedForWounds(tokens, phrase) ?? toHospitalBare(tokens, phrase) ?? operatedOn(tokens, phrase);
    // ("Crews recovered the bodies of four of the seven crew members, and one survivor was hoisted aboard a helicopter":
    // survivors are never the dead; but "two survivors have since taken their own lives", "later died": they died after)
    if (link?.category === 'killed' && /^survivors?$/.test(tokens[phrase.last + 1]?.text ?? '')
      && !(link.side === 'after' && tokens.slice(phrase.last + 2, link.casualtyIndex).some((t) => DIED_SINCE.test(t.lower)))) continue;
    // ("Two patients died in the Trust's care, one in theatre and one in critical care": a pair of ones after a count,
    // where each was, are of the count's harm, never of the place's)
    if (previous && onesOfAPair(tokens, phrase, lastEnd)) link = previous;
    if (!link || livingByOwnClause(tokens, phrase) || partOfTheCases(tokens, phrase)) continue;
    // ("three passengers first listed among the dead were in fact alive and were later treated in intensive care": the
    // dead who were alive after all are none, or the hurt, when their care follows)
    const alive = link.category === 'killed' ? aliveAfterAll(tokens, phrase) : -1;
    if (alive > 0) {
      const and: number = tokens[alive + 1]?.lower === 'and' ? alive + 2 : -1;
      const treated = and > 0 && tokens.slice(and, and + 4).some((t) => /^(treated|hospitali[sz]ed|admitted)$/.test(t.lower));
      if (and < 0 || (!treated && careReceivedAt(tokens, and) < 0)) continue;
      link = { category: 'wounded', casualtyIndex: and, side: 'after' };
    }
    // ("Of the victims killed or injured, 1,018 were hit by gunfire": being hit says no fate of its own; the lead's
    // group says what befell them)
    if (lead && link !== lead && link.category === 'wounded' && lead.category !== 'wounded' && /^(hit|struck|shot)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) link = lead;
    // ("Of the 86 deaths, 61 occurred at home and 14 in hospital": a bare part of the lead's dead, told where they died)
    if (link?.category === 'wounded' && previous?.category === 'killed' && /^(in|at)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^hospitals?$/.test(tokens[link.casualtyIndex]?.lower ?? '')
      && leadFate(tokens) === 'killed') link = previous;
    // ("Doctors are fighting for the lives of four patients": lives fought for are the wounded's; "saved the lives of 12"
    // are no one's harm)
    if (link.side === 'before') {
      const lives: number | undefined = [link.casualtyIndex, link.casualtyIndex - 1].find((k) => tokens[k]?.lower === 'lives' && tokens[k + 1]?.lower === 'of');
      if (lives !== undefined) {
        const before = tokens[lives - 1]?.lower === 'the' ? lives - 2 : lives - 1;
        if (/^(saved|saving|save|saves|spared|sparing)$/.test(tokens[before]?.lower ?? '')) continue;
        if (tokens[before]?.lower === 'for' && /^(fighting|fight|fought|battling|battle|struggling)$/.test(tokens[before - 1]?.lower ?? '')) link = { ...link, category: 'wounded' };
      }
    }
    // ("The scam claimed more than 400 victims": the victims of a fraud lost money, not life or health)
    if ([link.casualtyIndex, link.casualtyIndex - 1].some((k) => /^(victims|victim|claimed|claims|claim|claiming)$/.test(tokens[k]?.lower ?? '')) && tokens.some((t) => FRAUD.test(t.lower))) continue;
    // ("While 105 victims were released, 14 persons … were found dead": victims of a detention, set free)
    // (the key may be the two words "victims were")
    const freedAt = [link.casualtyIndex - 1, link.casualtyIndex].find((k) => tokens[k]?.lower === 'victims');
    if (link.category === 'casualties' && freedAt !== undefined && /^(were|have|had)$/.test(tokens[freedAt + 1]?.lower ?? '')
      && (/^(released|freed)$/.test(tokens[freedAt + 2]?.lower ?? '') || (tokens[freedAt + 2]?.lower === 'been' && /^(released|freed)$/.test(tokens[freedAt + 3]?.lower ?? '')))) continue;
    // ("among the victims were five children from the same family who drowned": the victims' fate told in the counted
    // people's own relative clause)
    if (link.category === 'casualties' && link.casualtyIndex < phrase.first && [link.casualtyIndex, link.casualtyIndex - 1].some((k) => /^(victims|casualties)$/.test(tokens[k]?.lower ?? ''))) {
      const own = fateOfTheCounted(tokens, phrase);
      if (own) link = own;
    }
    // ("17 victims, including children, are still receiving treatment", "11 Victims of the Earthquake Are Still
    // Missing": the victims counted, then their own fate)
    if (link.category === 'casualties' && link.side === 'after' && tokens[link.casualtyIndex]?.lower === 'victims' && link.casualtyIndex <= phrase.last + 2) {
      const own = victimsOwnFate(tokens, link.casualtyIndex);
      if (own) link = own;
    }
    // ("as the burial of dozens of the victims was held": the victims buried are dead)
    // ("a mass grave has been dug for hundreds of victims": or those a grave is for)
    const graveFor = tokens[countStart(tokens, phrase) - 1]?.lower === 'for' && tokens.slice(Math.max(0, countStart(tokens, phrase) - 6), countStart(tokens, phrase) - 1).some((t) => /^(graves?|coffins?|burials?|funerals?)$/.test(t.lower));
    if (link.category === 'casualties' && (graveFor || (tokens[countStart(tokens, phrase) - 1]?.lower === 'of' && /^(burials?|funerals?|burying)$/.test(tokens[countStart(tokens, phrase) - 2]?.lower ?? '')))) link = { ...link, category: 'killed' };
    // ("Nearly 3,000 Yazidis kidnapped during the Islamic State's rule remain missing": the taking describes them; their
    // fate now is the clause's own verb)
    const taking: number = link.casualtyIndex;
    if (link.side === 'after' && /^(kidnapped|abducted)$/.test(tokens[taking]?.lower ?? '') && taking <= phrase.last + 2) {
      for (let k: number = taking + 1; k < tokens.length && k - taking <= 16 && (tokens[k].kind !== 'punct' || /^[()’'-]$/.test(tokens[k].text)); k++) {
        if (/^(remain|remains|remained)$/.test(tokens[k].lower) && /^(missing|unaccounted)$/.test(tokens[k + (tokens[k + 1]?.lower === 'still' ? 2 : 1)]?.lower ?? '')) {
          link = { category: 'missing', casualtyIndex: k + (tokens[k + 1]?.lower === 'still' ? 2 : 1), side: 'after' };
          break;
        }
      }
    }
    // ("a daily Russian death toll of over 1,000": a toll per day is a rate)
    if (link.side === 'before' && /^(toll|tolls)$/.test(tokens[link.casualtyIndex]?.lower ?? '')
      && tokens.slice(Math.max(0, link.casualtyIndex - 4), link.casualtyIndex).some((t) => /^(daily|weekly|monthly|average)$/.test(t.lower))) continue;
    // ("lost over 2,860 military personnel, seven tanks, including two US-made Abrams": a part of things counted is a thing)
    // ("… and 82 armoured vehicles, including eight tanks, 12 armoured personnel carriers, … and 55 armoured combat
    // vehicles": the list goes on with more of the things, and "personnel carriers" carry no one counted)
    {
      let inc = countStart(tokens, phrase) - 1;
      if (tokens[inc]?.lower !== 'including') {
        let k = inc;
        while (k > 0 && countStart(tokens, phrase) - k <= 40 && (tokens[k].kind === 'word' || tokens[k].kind === 'digits' || tokens[k].text === ',') && tokens[k].lower !== 'including') k--;
        // (only a list of things: never "including 9,545 deaths in Miyagi, 4,675 in Iwate")
        const listed = tokens.slice(k + 1, inc);
        if (tokens[k]?.lower === 'including' && /^(,|and)$/.test(tokens[inc]?.lower ?? '') && listed.some((t) => t.kind === 'digits' || isNumberWord(t.lower))
          && !listed.some((t) => isPersonWord(t.lower) || CASUALTY_AFTER[t.lower] !== undefined)) inc = k;
      }
      const whole = tokens[inc - 1]?.text === ',' ? inc - 2 : inc - 1;
      const countedThings = NON_PERSON_NOUNS.has(tokens[whole]?.lower ?? '') && (tokens[whole - 1]?.kind === 'digits' || isNumberWord(tokens[whole - 1]?.lower ?? '') || (tokens[whole - 2]?.kind === 'digits' && tokens[whole - 1]?.kind === 'word'));
      const carrier = (d: number) => tokens[phrase.last + 1 + d]?.lower === 'personnel' && /^carriers?$/.test(tokens[phrase.last + 2 + d]?.lower ?? '');
      const ownHead = tokens.slice(phrase.last + 1, phrase.last + 4).some((t, d) => (isPersonWord(t.lower) && !carrier(d)) || casualtyAt(tokens, phrase.last + 1 + d, CASUALTY_AFTER) !== null);
      if (tokens[inc]?.lower === 'including' && countedThings && !ownHead) continue;
    }
    // ("In the trial of 4,812 patients with heart failure, 312 people … died": the people a study followed are its sample,
    // counted before any of them came to harm; never a sample named by its harm, "a review of 1,240 patients with gunshot
    // wounds")
    if (tokens[countStart(tokens, phrase) - 1]?.lower === 'of' && STUDIES.test(tokens[countStart(tokens, phrase) - 2]?.lower ?? '')
      && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')) {
      let k = phrase.last + 1;
      while (k < tokens.length && k <= phrase.last + 10 && tokens[k].kind !== 'punct' && !casualtyAt(tokens, k, CASUALTY_AFTER)) k++;
      if (tokens[k]?.kind !== 'word') continue;
    }
    // ("including 23 sets of brothers": sets of kin counted, not the people; "three more sets of human remains" are the dead)
    if (/^(sets|pairs)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'of' && (isKinNoun(tokens[phrase.last + 3]?.lower ?? '') || isPersonWord(tokens[phrase.last + 3]?.lower ?? ''))) continue;
    // ("four field artillery guns, including two Western-made ones": "ones" stands for the things named before)
    if (/^ones$/.test(tokens[phrase.last + 1]?.lower ?? '') || (/^ones$/.test(tokens[phrase.last + 2]?.lower ?? '') && tokens[phrase.last + 1]?.kind === 'word')) {
      let k = countStart(tokens, phrase) - 1;
      while (k > 0 && (tokens[k].text === ',' || /^(including|of|them|among|and)$/.test(tokens[k].lower))) k--;
      if (NON_PERSON_NOUNS.has(tokens[k]?.lower ?? '')) continue;
    }
    // ("the parents of 220 others were still unaccounted for": the harm is their kin's, whose number is not given)
    // ("said a relative of two of the victims", "a mother of two was killed": the same with one kin)
    // (but "The families of 24 dead hostages", "relatives of 24 victims": the count's own word says its harm)
    // ("the bereaved families of 4 people who died due to lightning": or the count's own relative clause)
    // ("supported the families of two crew members who died": the people's noun of two words)
    const whoAt = isPersonWord(tokens[phrase.last + 2]?.lower ?? '') && tokens[phrase.last + 1]?.kind === 'word' ? phrase.last + 3 : phrase.last + 2;
    const ownRelative = link.side === 'after' && isPersonWord(tokens[whoAt - 1]?.lower ?? '') && /^(who|that)$/.test(tokens[whoAt]?.lower ?? '')
      && link.casualtyIndex > whoAt && link.casualtyIndex <= whoAt + 3;
    // ("The parents of some 43 Mexican students missing since September": or the fate's participle right after their people)
    const ownParticiple = link.side === 'after' && link.casualtyIndex <= phrase.last + 3 && isPersonWord(tokens[link.casualtyIndex - 1]?.lower ?? '')
      && /^(missing|killed|dead|slain|kidnapped|abducted|disappeared)$/.test(tokens[link.casualtyIndex]?.lower ?? '') && tokens.slice(phrase.last + 1, link.casualtyIndex).every((x) => x.kind === 'word');
    if (tokens[countStart(tokens, phrase) - 1]?.lower === 'of' && isRelativeWord(tokens[countStart(tokens, phrase) - 2]?.lower ?? '')
      && !(link.side === 'after' && link.casualtyIndex === phrase.last + 1 && link.category !== 'captured') && !ownRelative && !ownParticiple) continue;
    // ("secured the release of more than 100 of the girls but many are still missing": the ones set free are no one's
    // harm, unless their own noun says one, "the return of 12 bodies")
    if (setFree(tokens, phrase) && !(link.side === 'after' && link.casualtyIndex <= phrase.last + 2)) continue;
    const difference = isNoCountOfHarm(tokens, phrase);
    // ("Four required surgery at one hospital": a hospital counted, where they were treated)
    const atAHospital = /^(at|in|to)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '') && /^(hospital|clinic)$/.test(tokens[phrase.last + 1]?.lower ?? '');
    // ("raised to 43 the death toll and maintains at 64 the number of cases": the count the object after it names)
    // ("bringing to 35 the total of its staff killed": the people's possessive before them)
    const ownerAt = /^(its|their|our|his|her)$/.test(tokens[phrase.last + 4]?.lower ?? '') ? phrase.last + 5 : phrase.last + 4;
    // ("bringing to 87 the number of aid workers killed": past a word on the people)
    const namedAt = tokens[ownerAt]?.kind === 'word' && !isPersonWord(tokens[ownerAt].lower) && isPersonWord(tokens[ownerAt + 1]?.lower ?? '') ? ownerAt + 1 : ownerAt;
    const namedAfter = /^(at|to)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '') && tokens[phrase.last + 1]?.lower === 'the'
      && /^(number|count|total|tally)$/.test(tokens[phrase.last + 2]?.lower ?? '') && tokens[phrase.last + 3]?.lower === 'of'
      && !casualtyAt(tokens, namedAt, CASUALTY_AFTER) && !casualtyAt(tokens, namedAt, CASUALTY_BEFORE) && !(link.side === 'after' && link.casualtyIndex <= namedAt + 1)
      // ("It brings to over 5,000 the number of soldiers confirmed to have died": people, then their fate in a clause of
      // their own)
      && !(link.side === 'after' && isPersonWord(tokens[namedAt]?.lower ?? '') && link.casualtyIndex <= namedAt + 5 && tokens.slice(namedAt + 1, link.casualtyIndex).every((x) => x.kind === 'word'))
      // ("The new deaths brought to 4,500 the number of people killed": or the same, whatever word before it linked)
      && !(isPersonWord(tokens[namedAt]?.lower ?? '') && casualtyAt(tokens, namedAt + 1, CASUALTY_AFTER)?.category === link.category);
    if (unidentifiedOf(tokens, tags, phrase) || oneAndTheOther(tokens, phrase) || theseAreOf(tokens, phrase) || difference || atAHospital || namedAfter) continue;
    // ("incidents in which more than one worker was killed": nor is the one worker a single victim)
    if (definesAThreshold(tokens, phrase, link)) {
      for (let k = phrase.first; k <= Math.min(phrase.last + 2, tokens.length - 1); k++) used.add(k);
      continue;
    }
    // ("we have the accidental death of 45 people and 47 people who have not been located": their own clause says they
    // are missing, whatever list they stand in)
    const notLocated = notYetLocated(tokens, phrase);
    if (notLocated > 0) link = { category: 'missing', casualtyIndex: notLocated, side: 'after' };
    // ("…, including 39 whose bodies were exhumed, and 28 people survived": whatever list they stand in, the ones who lived)
    // (but "At least 32 residents survived with injuries": those who lived, hurt, are the wounded)
    const survivedAt: number = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    if (/^(survived|survive|survives)$/.test(tokens[survivedAt]?.lower ?? '')) {
      if (!(tokens[survivedAt + 1]?.lower === 'with' && tokens.slice(survivedAt + 2, survivedAt + 5).some((t) => /^(injuries|injury|wounds|burns)$/.test(t.lower)))) continue;
      link = { category: 'wounded', casualtyIndex: survivedAt, side: 'after' };
    }
    // ("Of the 49 killed, 41 victims were at Al Noor mosque, seven were at …": the victims of the lead's fate)
    // (the key may be the two words "victims were")
    if (lead && link !== lead && link.category === 'casualties' && [link.casualtyIndex, link.casualtyIndex - 1].some((k) => tokens[k]?.lower === 'victims')) link = lead;
    // ("had lost 2,000 units of weapons, including 285 tanks": a count of things borrows no one's casualty word)
    // ("including … four honeymooning Japanese couples": or past the words that describe them)
    // ("Speed was a factor in nine of the fatal crashes, and four of those killed …", "Lawmakers killed 12 of the
    // governor's 15 proposed amendments": or a part of the things, whose head follows "of" and its modifiers)
    const ofHead = tokens[phrase.last + 1]?.lower === 'of' ? headAfterOf(tokens, tags, phrase.last + 1) : -1;
    {
      let k = ofHead >= 0 ? ofHead : phrase.last + 1;
      while (ofHead < 0 && k <= phrase.last + 3 && tokens[k]?.kind === 'word' && (!isPersonWord(tokens[k].lower) || /^\p{Lu}/u.test(tokens[k].text)) && !NON_PERSON_NOUNS.has(tokens[k].lower)
        && (tags[k].has('Adjective') || /ing$/.test(tokens[k].lower) || /^\p{Lu}/u.test(tokens[k].text))) k++;
      // (but incidents counted by the death each brought are deaths: "Six of those incidents involved a fatality", and
      // visits for wounds are the hurt)
      if (link !== own && NON_PERSON_NOUNS.has(tokens[k]?.lower ?? '') && link.casualtyIndex !== byEvents?.casualtyIndex) continue;
    }
    // (the things a verb before is said of: any plural noun of no one, past at least one modifier)
    // ("Frost killed 40 of my tomato plants": or a plural of things the tagger takes for a verb)
    if (link.side === 'before' && ofHead > phrase.last + 2 && tokens[ofHead].kind === 'word' && ((tags[ofHead].has('Plural') && tags[ofHead].has('Noun')) || NON_PERSON_NOUNS.has(tokens[ofHead].lower)) && !tags[ofHead].has('Demonym')
      && !isPersonWord(tokens[ofHead].lower) && !casualtyAt(tokens, ofHead, CASUALTY_AFTER) && !/^(them|whom|those|others|ones)$/.test(tokens[ofHead].lower)) continue;
    // ("73 dead, several hundred injured and thousands in need of temporary housing": or one in need, of anything)
    if (link !== own && tokens[phrase.last + 1]?.lower === 'in' && tokens[phrase.last + 2]?.lower === 'need' && tokens[phrase.last + 3]?.lower === 'of') continue;
    // ("received 26 complaints of police killings and 12 of enforced disappearances": the things a count before it
    // names, left out after "and")
    if (tokens[phrase.last + 1]?.lower === 'of' && tokens[countStart(tokens, phrase) - 1]?.lower === 'and'
      && phrases.some((p) => p.last < phrase.first && phrase.first - p.last <= 9 && tokens[p.last + 2]?.lower === 'of'
        && (NON_PERSON_NOUNS.has(tokens[p.last + 1]?.lower ?? '') || /^(reports|allegations|accusations|claims|counts|incidents)$/.test(tokens[p.last + 1]?.lower ?? ''))
        && tokens.slice(p.last + 3, countStart(tokens, phrase) - 1).every((t) => t.kind === 'word'))) continue;
    if (countsTheWhole(tokens, tags, phrase, phrases)) continue;
    if (bySex(tokens, phrase)) continue;
    // ("All but two of the 40 miners died": the whole is not who died, and the part left out did not)
    {
      const of = ofBefore(tokens, phrase.first);
      if (of > 2 && tokens[of - 2]?.lower === 'but' && tokens[of - 3]?.lower === 'all') continue;
    }
    // ("None of the bodies had been identified", "None of the dead were children", "None of the wounded had
    // life-threatening injuries", "none of the casualties were posing a threat": no part of a group, never none harmed)
    if (phrase.value === 0 && tokens[phrase.first].lower === 'none' && tokens[phrase.last + 1]?.lower === 'of' && /^(the|those)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && /^(bodies|dead|victims|deceased|remains|wounded|injured|casualties|fatalities|killed|missing)$/.test(tokens[phrase.last + 3]?.lower ?? '')) continue;
    // ("There were 72 victims …, but none of them were firefighters", "72 victims, none of them children": who none of a
    // group were, never none harmed)
    if (phrase.value === 0 && tokens[phrase.first].lower === 'none' && tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'them') {
      const who = /^(were|was|are|is)$/.test(tokens[phrase.last + 3]?.lower ?? '') ? phrase.last + 4 : phrase.last + 3;
      if (isPersonWord(tokens[who]?.lower ?? '') && !casualtyAt(tokens, who, CASUALTY_AFTER)) continue;
    }
    // ("None of the injuries were life-threatening", "none of his previous hamstring injuries cost him more than seven
    // games": none of the wounds, never none wounded)
    if (phrase.value === 0 && tokens[phrase.first].lower === 'none' && tokens[phrase.last + 1]?.lower === 'of' && /^(the|those|his|her|their|its|these)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && tokens.slice(phrase.last + 3, phrase.last + 7).some((t, d) => /^(injuries|injury|wounds|wound|burns|fractures|deaths)$/.test(t.lower)
        && tokens.slice(phrase.last + 3, phrase.last + 3 + d).every((x, e) => x.kind === 'word' && !isVerbOnly(tags[phrase.last + 3 + e])))) continue;
    // ("The prison holds some 1,500 prisoners", "338 prisoners managed to escape": a jail's inmates, no war's captives;
    // "prisoners of war" stay so)
    if (link.category === 'captured' && /^(prisoners|inmates|detainees)$/.test(tokens[link.casualtyIndex]?.lower ?? '') && tokens[link.casualtyIndex + 1]?.lower !== 'of'
      && tokens.some((t) => /^(prisons?|jails?|jailbreak|penitentiary|escape|escaped|recaptured)$/.test(t.lower))) continue;
    // ("none of them have been missing members of her family": "missing" before a noun says who they are not, never that
    // none is missing)
    if (phrase.value === 0 && link.category === 'missing' && tokens[link.casualtyIndex]?.lower === 'missing'
      && (isPersonWord(tokens[link.casualtyIndex + 1]?.lower ?? '') || /^(members?|relatives?|ones?)$/.test(tokens[link.casualtyIndex + 1]?.lower ?? ''))) continue;
    // ("None of these counts include people who died of hunger": none of the figures, no one counted)
    if (phrase.value === 0 && tokens[phrase.first].lower === 'none' && tokens[phrase.last + 1]?.lower === 'of' && /^(the|these|those|its|their|our)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && /^(counts|figures|tallies|estimates|numbers|records|lists|reports|data|statistics|tolls|totals)$/.test(tokens[phrase.last + 3]?.lower ?? '')) continue;
    // ("none of the 117 people killed by police were among the suspects": the whole is counted, and no part of it harmed)
    if (phrase.value === 0 && tokens[phrase.first].lower === 'none' && tokens[phrase.last + 1]?.lower === 'of' && /^(the|those)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && phrases.some((p) => p.first === phrase.last + 3 || (p.first === phrase.last + 4 && /^(estimated|reported)$/.test(tokens[phrase.last + 3].lower)))) continue;
    // ("62,382 patients were hospitalised", "1,498 patients were released from the hospitals", with dengue: its cases)
    // ("seventeen people have received hospital treatment in an outbreak of Ebola": care for a disease is no wound)
    // ("the hospitalisation of 12 people with dengue": the key's first word, before its "of")
    const careKey = tokens[link.casualtyIndex]?.lower === 'of' ? link.casualtyIndex - 1 : link.casualtyIndex;
    if (link.category === 'wounded' && /^(hospitali[sz]ed|discharged|released|admitted|hospitali[sz]ations?|care|treatment)$/.test(tokens[careKey]?.lower ?? '') && countsCasesOfDisease(tokens, phrase.first)) continue;
    // ("2,300 children were admitted to hospital with asthma attacks", "taken to hospital with dehydration": care for an
    // illness is no wound)
    if (link.category === 'wounded' && careWithIllness(tokens, link.casualtyIndex)) continue;
    // ("the DGHS reported 21 deaths and 2,844 new hospitalisations": new admissions are an outbreak's daily count)
    if (link.category === 'wounded' && /^hospitali[sz]ations$/.test(tokens[careKey]?.lower ?? '') && tokens[careKey - 1]?.lower === 'new') continue;
    // ("Number of cases 1,32,121 Number of deaths 2420": a count labelled as cases is no one's casualty)
    if (link.side === 'after' && /^(cases|infections)$/.test(tokens[phrase.first - 1]?.lower ?? '') && /^numbers?$/.test(tokens[phrase.first - 3]?.lower ?? '')) continue;
    // "16 deaths: seven in Florida, five in Virginia", "including 15 in Ohio, 4 in Iowa": a breakdown of a total is a part of it
    // ("three each at Everest Hospital and Civil Hospital": so many at each place)
    const place = tokens[phrase.last + 1]?.lower === 'each' ? phrase.last + 2 : phrase.last + 1;
    const breakdown = elided !== null && mentions.length > 0 && (tokens[phrase.first - 1]?.text === ':' || Boolean(mentions[mentions.length - 1].part))
      && /^(in|on|at|near)$/.test(tokens[place]?.lower ?? '');
    // "In total, 1,139 people were killed: 695 civilians, 71 foreign nationals…": every count after a total and a colon is a part of it
    // (never a colon of a new label after a semicolon: "Killed: 12; injured: 40")
    const colon = figureEnds.length > 0 ? tokens.findIndex((t, k) => k > figureEnds[0].last && k < phrase.first && (t.text === ':' || (/^[—–]$/.test(t.text) && figureBefore(tokens, k - 1)))
      && !tokens.slice(figureEnds[0].last + 1, k).some((x) => x.text === ';')) : -1;
    const afterTotal = colon > 0 && link.side === 'before';
    const part = Boolean(lead) || breakdown || afterTotal || isPartOf(tokens, tags, phrase, phrases, previous !== null);
    previous = link;
    // "could die", "would kill": a forecast is a figure of its own kind; a threat ("vowed to kill") is none
    // ("a single battle can leave hundreds dead": or what can happen, leaving the counted so; never "That would leave more
    // than 140 unaccounted for", a sum)
    const leaving = countStart(tokens, phrase) - 1;
    const leftByModal = tokens[leaving]?.lower === 'leave' && /^(can|should|must)$/.test(tokens[leaving - 1]?.lower ?? '') ? tokens[leaving - 1].lower : null;
    const modal = hypotheticalModal(tokens, link.casualtyIndex) ?? tollForecast(tokens, link, phrase.first) ?? leftByModal;
    if (modal && !PROJECTING.has(modal)) continue;
    // ("promised that millions of drug users would be killed": a harm vowed is a threat, not a toll to come)
    if (modal && tokens.slice(0, phrase.first).some((t) => /^(promised|promises|promise|promising|vowed|vows|vow|vowing|threatened|threatens|threaten|threatening|pledged|pledges|swore|swears)$/.test(t.lower))) continue;
    if (isCounterfactual(tokens, link, phrase) || inGenericCondition(tokens, phrase)) continue;
    // ("more than 4,000 people fell victim to the phone scam", "86 victims of historical abuse": victims of a harm that
    // wounds no body are no casualties)
    if (link.category === 'casualties' && victimsOfNoBodilyHarm(tokens, link.casualtyIndex)) continue;
    // ("Researchers interviewed 112 people, among them 38 victims of abuses, 20 relatives of people killed": the parts of
    // a count of those interviewed are witnesses, whatever befell them)
    if (link.category === 'casualties' && interviewedBefore(tokens, countStart(tokens, phrase))) continue;
    // ("The ship's 21 crew members, all from India and Sri Lanka, were not hurt": a harm denied of the counted)
    {
      const adverb = /ly$/.test(tokens[link.casualtyIndex - 1]?.lower ?? '') ? 1 : 0;
      // (never a life denied: "Four of the injured did not survive the night")
      if (link.side === 'after' && link.casualtyIndex > phrase.last && /^(not|never|n't)$/.test(tokens[link.casualtyIndex - 1 - adverb]?.lower ?? '')
        && !/^(survive|survived|make|recover|recovered)$/.test(tokens[link.casualtyIndex]?.lower ?? '')
        // (nor the missing, whose fate is the denial: "Two fishermen were never found")
        && !(link.category === 'missing' && notFoundAt(tokens, link.casualtyIndex))) continue;
    }
    // ("assisting 118 injured or ill visitors, 41 of whom were evacuated": the hurt counted with the sick, no count of
    // the harmed, nor of a part of them)
    if (link.category === 'wounded' && injuredOrIll(tokens, phrase)) continue;
    // ("paid out $30 million to about 5,000 victims and dependants": victims counted with their kin, no count of the harmed)
    if (link.category === 'casualties' && /^(victims|casualties)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'and'
      && /^(dependants|dependents|families|relatives|kin)$/.test(tokens[phrase.last + (tokens[phrase.last + 3]?.lower === 'their' ? 4 : 3)]?.lower ?? '')) continue;
    // ("…, but none of them has put it as high as 500": a figure no one gave, and "none" counts those who did not give it)
    if (figureNoOneGave(tokens, phrase)) continue;
    // ("pleaded guilty to … the attempted murder of 10 others": a killing tried is no death, and tells of no harm)
    if (killingTried(tokens, link.casualtyIndex)) continue;
    // ("Her grandmother, one of 11 children, died of tuberculosis": the group the one named before belongs to, set off in
    // an apposition, and the fate after it is hers; never "one of 11 people killed in the attack")
    {
      const at = countStart(tokens, phrase);
      if (link.side === 'after' && tokens[at - 1]?.lower === 'of' && tokens[at - 2]?.lower === 'one' && tokens[at - 3]?.text === ','
        && tokens.slice(phrase.last + 1, link.casualtyIndex).some((t) => t.text === ',')) continue;
    }
    // ("One death is a tragedy; a million deaths is a statistic": a saying about any such count, at the sentence's start)
    // ("Every death is a tragedy; a million deaths, as the saying goes, is a statistic": or after a semicolon, past an aside)
    {
      const at = countStart(tokens, phrase);
      const word: number = link.casualtyIndex;
      const aside: number = tokens[word + 1]?.text === ',' ? tokens.findIndex((t, k) => k > word + 1 && k <= word + 7 && t.text === ',') : -1;
      const is = aside > 0 ? aside + 1 : word + 1;
      // (after a semicolon only past the saying's first half: never "The floods killed 40; 12 deaths is a record")
      const secondHalf = tokens[at - 1]?.text === ';' && tokens[1]?.lower === 'death' && tokens[2]?.lower === 'is';
      if (link.side === 'after' && (at === 0 || secondHalf) && link.casualtyIndex === phrase.last + 1 && /^(death|deaths)$/.test(tokens[link.casualtyIndex].lower)
        && tokens[is]?.lower === 'is' && /^(a|an)$/.test(tokens[is + 1]?.lower ?? '')) continue;
    }
    // ("When 12 people die in a fire in a wealthy suburb, it leads the news; when 120 drown off Libya, …": a count in a
    // clause of when or if, with a present verb of death, is any such case, no toll)
    // ("If even one child dies because of this policy, that is one too many": or one of them, past "even")
    {
      const at = countStart(tokens, phrase);
      const opener = tokens[at - 1]?.lower === 'even' ? at - 2 : at - 1;
      if (link.side === 'after' && PRESENT_DEATH.test(tokens[link.casualtyIndex]?.lower ?? '') && /^(when|whenever|if)$/.test(tokens[opener]?.lower ?? '')) continue;
    }
    // ("Police set up 12 checkpoints after two officers were shot dead": a count of things, then a clause of its own whose
    // fate is another count's)
    {
      const thing = phrase.last + 1;
      const fateAt = link.casualtyIndex;
      if (link.side === 'after' && fateAt > thing + 1 && tokens[thing]?.kind === 'word' && tags[thing].has('Plural') && tags[thing].has('Noun')
        && !isPersonWord(tokens[thing].lower) && !tags[thing].has('Demonym') && !/^\p{Lu}/u.test(tokens[thing].text) && casualtyAt(tokens, thing, CASUALTY_AFTER) === null
        && tokens.slice(thing + 1, fateAt).some((t) => /^(after|when|before|because|since|as|while|until)$/.test(t.lower))
        && phrases.some((p) => p.first > thing && p.last < fateAt)) continue;
    }
    // ('The album's lead single, "Twelve Dead Roses", reached number 4': a title in quotes, every word capitalised)
    {
      const at = countStart(tokens, phrase);
      const close = tokens.findIndex((t, k) => k > phrase.last && k <= phrase.last + 5 && /^[”"]$/.test(t.text));
      if (/^[“"]$/.test(tokens[at - 1]?.text ?? '') && close > phrase.last + 1 && tokens.slice(at, close).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) continue;
    }
    // ("The horror film's body count rises to 14": a story's count of its dead)
    if (link.side === 'before' && tokens.slice(0, countStart(tokens, phrase)).some((t, k) => t.lower === 'body' && tokens[k + 1]?.lower === 'count'
      && /^(film|movie|novel|game|series|show|franchise|book)['’]s?$/.test(tokens[k - 1]?.lower ?? ''))) continue;
    // ("Vaccination prevented an estimated 60 million deaths", "averted hundreds of deaths": deaths that did not happen)
    if (link.side === 'after' && /^(avert|averts|averted|averting|prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '')) continue;
    // ("Your gift of £25 could provide emergency first aid for 3 injured children": what a sum given could do for so many)
    if (whatAGiftBuys(tokens, countStart(tokens, phrase))) continue;
    // ("the most injuries in the Premier League … Sunderland with 7 injuries": a team's injured players, no one hurt by
    // an event)
    if (link.category === 'wounded' && /^(injuries|injured|injury)$/.test(tokens[link.casualtyIndex]?.lower ?? '') && sportsInjuries(tokens)) continue;
    // ("hundreds more injured or arrested by security forces": a count of harm or arrest is no count of either)
    if (link.side === 'after' && tokens[link.casualtyIndex + 1]?.lower === 'or' && /^(arrested|detained|displaced|evacuated)$/.test(tokens[link.casualtyIndex + 2]?.lower ?? '')) continue;
    // ("The first film in a series tends to leave behind only five to 10 victims": nor what tends to happen)
    // (or before the verb whose object the count is: "tends to leave behind only five to 10 victims", over words only)
    const tendsTo = (k: number) => tokens[k]?.lower === 'to' && /^(tends?|tended)$/.test(tokens[k - 1]?.lower ?? '');
    let tendsAt = countStart(tokens, phrase) - 1;
    while (tendsAt > 0 && countStart(tokens, phrase) - tendsAt <= 6 && tokens[tendsAt].kind === 'word' && !tendsTo(tendsAt)) tendsAt--;
    if (tendsTo(link.casualtyIndex - 1) || (link.side === 'after' && tendsTo(tendsAt))) continue;
    // ("Jason Voorhees has killed approximately 146 people in just 12 films": a killer of fiction, counted over films)
    if (fictionCounted(tokens, phrase) || imaginedByAWork(tokens, phrase) || saidToBeFigurative(tokens, link)) continue;
    // ("We died a thousand deaths in that second half": deaths one dies oneself are a figure of speech)
    if (/^deaths?$/.test(tokens[link.casualtyIndex]?.lower ?? '') && /^(die|dies|died|dying)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '')) continue;
    // ("the franchise's Season of the Witch, which had a body count of 22": a film's body count, in a sentence about films)
    const harmAt = link.casualtyIndex;
    if (tokens.some((t, k) => t.lower === 'body' && /^counts?$/.test(tokens[k + 1]?.lower ?? '') && Math.abs(k - harmAt) <= 1) && tokens.some((t) => FICTION_WORDS.test(t.lower))) continue;
    // ("a severe flu season usually kills less than 60,000": what usually happens is no event's toll)
    if (/^(usually|typically|normally|generally|routinely|ordinarily)$/.test(tokens[link.casualtyIndex - 1]?.lower ?? '') && isVerbOnly(tags[link.casualtyIndex])) continue;
    // ("1,732 people originally reported as unaccounted for have been found safe": the missing found are missing no more)
    // ("when the two missing persons are located, the search will end": found only in what is hoped for)
    const opener = tokens[countStart(tokens, phrase) - 1]?.lower === 'the' ? countStart(tokens, phrase) - 2 : countStart(tokens, phrase) - 1;
    const hoped = /^(when|once|until|till|if|unless|before|after)$/.test(tokens[opener]?.lower ?? '');
    // ("Twelve of the 43 reported missing have been found safe": the whole is still the count of the missing)
    const wholeOfPart = tokens[phrase.first - 1]?.lower === 'the' && tokens[phrase.first - 2]?.lower === 'of' && phrases.some((p) => p.last === phrase.first - 3);
    // ("The number of missing was lowered to 14 after several people were found alive": the new, lower count is still of
    // the missing; those found are others)
    const loweredTo = tokens[countStart(tokens, phrase) - 1]?.lower === 'to' && /^(lowered|reduced|revised|cut|fell|dropped|down|decreased)$/.test(tokens[countStart(tokens, phrase) - 2]?.lower ?? '');
    if (link.category === 'missing' && !hoped && !wholeOfPart && !loweredTo && foundSafe(tokens, link.side === 'after' ? link.casualtyIndex : phrase.last)) continue;
    // ("one miner thought to have died had made it out of the pit", "Two people feared dead turned up alive": a death
    // only feared, which its own clause then undoes)
    if (link.category === 'killed' && link.side === 'after' && deathFearedThenUndone(tokens, phrase.last, link.casualtyIndex)) continue;
    // ("a combined total of more than 300 former captives", "195 … prisoners of war have been handed over", "the return
    // of 195 captured Russian soldiers": captives freed or swapped are held no more; never "hostages to be freed")
    // ("8 of the abducted victims have been rescued": or victims named by how they were taken)
    const takenVictims = link.category === 'casualties' && tokens.slice(phrase.last + 1, phrase.last + 5).some((t) => /^(abducted|kidnapped)$/.test(t.lower));
    if ((link.category === 'captured' || takenVictims) && freedCaptives(tokens, phrase)) continue;
    // (a count, past its qualifier, right after the casualty verb: the verb's own object)
    // ("three gunmen shot dead dozens of people": a verb of two words has its object after both)
    const twoWordVerbEnd = /^(shot|gunned)$/.test(tokens[link.casualtyIndex]?.lower ?? '') && /^(dead|down)$/.test(tokens[link.casualtyIndex + 1]?.lower ?? '') ? link.casualtyIndex + 1 : link.casualtyIndex;
    const verbHasItsCount = link.side === 'after' && nextPhraseAt(phrases, twoWordVerbEnd + 1, tokens) !== undefined;
    // ("names 8 guards as suspects in fire that killed 39 migrants": the relative clause's verb has its own count)
    if (verbHasItsCount && link.casualtyIndex > phrase.last + 2 && /^(that|which|who)$/.test(tokens[link.casualtyIndex - 1]?.lower ?? '')) continue;
    // ("A couple killed 14 people", "Two men, who police said were armed, killed 14 people": the count that opens the
    // clause of an active verb with a count of its own is who did it)
    if (verbHasItsCount && agentOf(tokens, tags, phrase, link.casualtyIndex)) continue;
    // ("The crowd numbered 5,000 after the attack killed 3": a clause of when, whose verb has its own count)
    if (verbHasItsCount && tokens.slice(phrase.last + 1, link.casualtyIndex).some((t) => /^(after|when|before|while|since|because|as)$/.test(t.lower))) continue;
    // ("…, two Arab diplomats coordinating their countries' responses told AFP": a count of who says it)
    if (countsTheSpeakers(tokens, phrase, link)) continue;
    // ("53 have been identified and the next of kin of 51 of them have been notified", "family members for six of the
    // deceased had been notified": a count of whose kin were told)
    if (/^(for|of)$/.test(tokens[phrase.first - 1]?.lower ?? '') && /^(kin|members|families|relatives)$/.test(tokens[phrase.first - 2]?.lower ?? '') && tokens[phrase.last + 1]?.lower === 'of'
      && tokens.slice(phrase.last + 2, phrase.last + 12).some((t) => /^(notified|informed|told|contacted|reached)$/.test(t.lower))) continue;
    // ("It is unfortunate that of the 35, nine corpses were recovered": the whole the part after it is taken from)
    if (tokens[phrase.first - 1]?.lower === 'the' && tokens[phrase.first - 2]?.lower === 'of' && tokens[phrase.last + 1]?.text === ',' && nextPhraseAt(phrases, phrase.last + 2, tokens)) continue;
    // ("out of 750 girls at the camp, 23 are unaccounted for": the whole the count is taken from)
    // (but "Out of 278 people who died in the accident, 101 bodies …": a whole whose own clause says its harm)
    if (tokens[phrase.first - 1]?.lower === 'of' && tokens[phrase.first - 2]?.lower === 'out' && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER) && !ownRelative && !wholeAfterPart
      && !(tokens[phrase.last + 1]?.kind === 'word' && casualtyAt(tokens, phrase.last + 2, CASUALTY_AFTER))) continue;
    // ("neutralized nine terrorist camps": a compound whose head is a thing counts things)
    // (but visits for wounds are the hurt: "328,502 emergency department visits for firearm injuries")
    if (headIsAThing(tokens, tags, phrase) && !byEvents) continue;
    // ("58 missing, presumed dead", "still missing … are being presumed dead": the toll counts them as dead)
    // ("missing and presumed dead, among them several women": the parts after it take the dead's fate too)
    if (link.category === 'missing' && presumedDead(tokens, link.casualtyIndex)) { link = { ...link, category: 'killed' }; previous = link; }
    // ("Three missing hikers were found dead", "Four miners unaccounted for since … were found dead", "two people who
    // were hospitalised from injuries … had died": a word on the people before their clause's own verb, which says
    // what became of them)
    if ((link.category === 'missing' || link.category === 'wounded') && link.side === 'after' && link.casualtyIndex > phrase.last) {
      const died = deathPredicateAfter(tokens, link.casualtyIndex);
      if (died > 0) link = { category: 'killed', casualtyIndex: died, side: 'after' };
    }
    // ("146 bodies are still missing": the bodies not yet found are of the missing)
    if (link.category === 'killed' && link.side === 'after' && /^(bodies|body|corpses)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) {
      let v: number = link.casualtyIndex + 1;
      while (v < link.casualtyIndex + 4 && /^(are|were|is|was|remain|remains|remained|still|yet)$/.test(tokens[v]?.lower ?? '')) v++;
      // (never "two bodies were missing limbs", a verb with its object)
      const ends = !tokens[v + 1] || tokens[v + 1].kind === 'punct' || /^(in|at|from|after|and|or|but|since|as|under|inside|following|while|when|for)$/.test(tokens[v + 1].lower);
      if (v > link.casualtyIndex + 1 && /^(missing|unaccounted)$/.test(tokens[v]?.lower ?? '') && ends) link = { ...link, category: 'missing', casualtyIndex: v };
    }
    // ("An additional 10 victims were added to the death toll", "announced 10 more victims, bringing the death toll to
    // 122": victims that make up a death toll are dead)
    if (link.category === 'casualties' && /^victims?$/.test(tokens[link.casualtyIndex]?.lower ?? '') && addsToDeathToll(tokens, link.casualtyIndex)) link = { ...link, category: 'killed' };
    // ("four of the seven fatal victims were shot": victims called fatal are the dead)
    // ("60 femicide victims were registered", "murder victims": the victims of a killing are its dead)
    if (link.category === 'casualties' && /^victims?$/.test(tokens[link.casualtyIndex]?.lower ?? '') && /^(fatal|deceased|dead|femicide|feminicide|homicide|murder|massacre|genocide|lynching|execution)$/.test(tokens[link.casualtyIndex - 1]?.lower ?? '')) link = { ...link, category: 'killed' };
    // ("1,900 victims of the massacre": or of a killing named after them)
    if (link.category === 'casualties' && /^victims?$/.test(tokens[link.casualtyIndex]?.lower ?? '') && tokens[link.casualtyIndex + 1]?.lower === 'of'
      && /^(massacres?|genocide|killings|murders|executions|lynchings?)$/.test(tokens[link.casualtyIndex + (/^(the|a|this|that)$/.test(tokens[link.casualtyIndex + 2]?.lower ?? '') ? 3 : 2)]?.lower ?? '')) link = { ...link, category: 'killed' };
    const victims = victimPhrase(tokens, tags, phrase, link);
    // ("Among the casualties were five paramedics, killed during a second wave of attacks": the participle after the
    // people says which harm)
    if (link.category === 'casualties') {
      const after = (victims?.last ?? phrase.last) + 1;
      const told: { category: Category } | null = tokens[after]?.text === ',' && /^(killed|wounded|injured)$/.test(tokens[after + 1]?.lower ?? '') && /^(in|during|when|by|while|after|as|at|on)$/.test(tokens[after + 2]?.lower ?? '')
        ? casualtyAt(tokens, after + 1, CASUALTY_AFTER) : null;
      if (told) link = { ...link, category: told.category };
    }
    // ("lost up to 490 servicemen killed and wounded", "lost up to 280 soldiers both killed and injured", "lost about 5,000
    // troops killed or wounded": the dead and the hurt together are casualties)
    if (link.category === 'killed' && /^(lost|lose|loses|losing)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) {
      let k = (victims?.last ?? phrase.last) + 1;
      if (tokens[k]?.lower === 'both') k++;
      // ("had lost more than 600,000 men between them, killed, wounded or captured": past whose loss it was, and a comma
      // before the list)
      if ((/^(between|among)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'them') || (tokens[k]?.lower === 'in' && /^(all|total)$/.test(tokens[k + 1]?.lower ?? ''))) k += 2;
      if (tokens[k]?.text === ',' && /^(killed|dead)$/.test(tokens[k + 1]?.lower ?? '')) k++;
      // ("it had lost 22 officers and 563 men killed, wounded or missing": a list of fates after a comma, and past a count
      // joined to this one)
      let j = k;
      if (tokens[j]?.lower === 'and') {
        const joined = phrases.find((p) => p.first === j + 1);
        if (joined) j = isPersonWord(tokens[joined.last + 1]?.lower ?? '') ? joined.last + 2 : joined.last + 1;
      }
      if (/^(killed|dead)$/.test(tokens[j]?.lower ?? '') && /^(and|or|,)$/.test(tokens[j + 1]?.lower ?? '') && /^(wounded|injured)$/.test(tokens[j + 2]?.lower ?? '')) link = { ...link, category: 'casualties' };
      // ("the British army lost 57,470 men, 19,240 of them killed": a loss whose killed, or wounded, are only a part of it)
      const part = tokens[k]?.text === ',' ? phrases.find((p) => p.first === k + 1 && tokens[p.last + 1]?.lower === 'of' && tokens[p.last + 2]?.lower === 'them') : undefined;
      if (part && /^(killed|dead|wounded|injured)$/.test(tokens[part.last + 3]?.lower ?? '')) link = { ...link, category: 'casualties' };
    }
    // ("At least one gunman killed 49 people", "a gunman shot a policeman": who killed, not who died)
    // ("Two gunmen gunned down a teacher", "shot dead a teacher": a verb of two words, its object after both)
    if (victims && PERPETRATORS.test(victims.head)
      && /^(killed|kills|wounded|wounds|injured|injures|shot|shoots|gunned)$/.test(tokens[link.casualtyIndex]?.lower ?? '') && !AUXILIARIES.has(tokens[link.casualtyIndex - 1]?.lower ?? '')
      && (verbHasItsCount || (link.side === 'after' && /^(a|an|the|his|her|their)$/.test(tokens[twoWordVerbEnd + 1]?.lower ?? '')))) continue;
    // (but "32 cases of enforced disappearances": each case is a person missing)
    // ("610 cases of injuries": each case is one of the wounded)
    // ("14 cases in which people appear to have died": cases that are deaths, by their own relative clause)
    // ("179 cases of missing people have been registered": each case one of the missing)
    const casesOfHarm = victims?.head === 'cases' && link.side === 'after' && ((/^(in|where)$/.test(tokens[victims.last + 1]?.lower ?? '') && link.category === 'killed')
      || (link.category === 'missing' && tokens[link.casualtyIndex - 1]?.lower === 'of' && tokens[link.casualtyIndex - 2]?.lower === 'cases')
      || (/^(individuals|people|persons)$/.test(tokens[link.casualtyIndex - 1]?.lower ?? '') && tokens[link.casualtyIndex - 2]?.lower === 'of' && tokens[link.casualtyIndex - 3]?.lower === 'cases'));
    // ("Two injured horses were put down": the fate's word describes the things after it, never people)
    const thingAfterFate = link.side === 'after' && link.casualtyIndex === phrase.last + 1 && NON_PERSON_NOUNS.has(tokens[link.casualtyIndex + 1]?.lower ?? '')
      && !/^(bodies|body)$/.test(tokens[link.casualtyIndex + 1].lower) && !isPersonWord(tokens[link.casualtyIndex + 2]?.lower ?? '') && tokens[link.casualtyIndex + 2]?.lower !== 'members';
    if (thingAfterFate) { previous = null; continue; }
    // ("Three were injured, one very nearly killed": a fate that nearly befell the count never did)
    if (link.side === 'after' && link.casualtyIndex - 1 > phrase.last && /^(nearly|almost|narrowly)$/.test(tokens[link.casualtyIndex - 1].lower)) continue;
    // ('a mass-casualty drill with 50 "injured" volunteers': a fate's word in quotes before the people it describes is a
    // role they play)
    // (never the disappeared, a name for those taken: 'The 12 "disappeared" students were never found')
    if (link.side === 'after' && /^[“"‘']$/.test(tokens[link.casualtyIndex - 1]?.text ?? '') && /^[”"’']$/.test(tokens[link.casualtyIndex + 1]?.text ?? '')
      && /^(injured|wounded|hurt|dead|killed|casualties|victims)$/.test(tokens[link.casualtyIndex].lower) && isPersonWord(tokens[link.casualtyIndex + 2]?.lower ?? '')) continue;
    // ("Inflation has wounded millions of savers": an economic ill harms no one's body)
    // ("The price war has claimed two more victims: both regional airlines filed for bankruptcy": nor a market's war)
    if (link.side === 'before' && /^(wounded|wounds|hurt|hurts|killed|kills|claimed|claims|claiming)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) {
      let subject = link.casualtyIndex - 1;
      while (subject > 0 && /^(has|have|had|badly|severely|already|also|now)$/.test(tokens[subject].lower)) subject--;
      if (/^(inflation|recession|prices|unemployment|austerity|devaluation|downturn|slump|tariffs)$/.test(tokens[subject]?.lower ?? '')
        || (tokens[subject]?.lower === 'war' && /^(price|trade|tariff|bidding|currency|streaming)$/.test(tokens[subject - 1]?.lower ?? ''))) continue;
    }
    // ("The injury-hit side lost 4-1 at home, with 6 first-team players missing": players out of a game are no one lost)
    if (link.category === 'missing' && victims && /^(players|starters|regulars|internationals)$/.test(victims.head)
      && tokens.some((t, k) => (t.kind === 'digits' && tokens[k + 1]?.text === '-' && tokens[k + 2]?.kind === 'digits' && tokens[k + 1].start === t.end) || /^(side|squad|match|game|fixture|league|season)$/.test(t.lower))) continue;
    // (and a count after it that borrows its fate counts the same things: "killed 1,349 elephants …, down from 1,700")
    // (never "5 of family killed as SUV rams truck": members of a family, a headline's "of family" with no article)
    // (but incidents counted by the death each brought are deaths: "Six of those incidents involved a fatality")
    const eachBroughtDeath = link.casualtyIndex === byEvents?.casualtyIndex;
    if (victims && NON_PERSON_NOUNS.has(victims.head) && !eachBroughtDeath && !(victims.head === 'family' && tokens[phrase.last + 1]?.lower === 'of') && !casesOfHarm && !/^(disappearances?|injury|injuries|lynchings|killings|murders|homicides|femicides|executions|kidnappings?|abductions?)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) {
      previous = null;
      thingsHarmed = { link, last: victims.last };
      continue;
    }
    // ("None of the 60 passengers or six crew were injured": a count joined to a zero's group is of that group, no
    // figure of its own)
    {
      const s0 = countStart(tokens, phrase);
      if (/^(or|and)$/.test(tokens[s0 - 1]?.lower ?? '')) {
        const of = tokens.findIndex((x, k) => k < s0 - 1 && s0 - k <= 8 && x.lower === 'of' && /^(none|neither|nobody)$/.test(tokens[k - 1]?.lower ?? '')
          && tokens.slice(k + 1, s0 - 1).every((y) => (y.kind === 'word' && !AUXILIARIES.has(y.lower)) || y.kind === 'digits'));
        // (never those none of whom survived, who are all dead: "None of the six crew members or 22 passengers … survived")
        if (of > 0 && survivedAfter(tokens, phrase.last) < 0) continue;
      }
    }
    // "'2016 killed the old consensus'": a year as the subject of a casualty verb is no count
    // (but "with more than 2000 injured", "with 1999 injured": a bound before it, or a fate with no object after it)
    const yearCounted = qualifierBefore(tokens, phrase.first) !== null || (link.casualtyIndex === phrase.last + 1
      && /^(injured|wounded|dead|missing|hurt)$/.test(tokens[link.casualtyIndex].lower) && !/^(the|a|an|his|her|their|its|our|my)$/.test(tokens[link.casualtyIndex + 1]?.lower ?? ''));
    if (!victims && link.side === 'after' && phrase.first === phrase.last && isYearToken(tokens[phrase.first]) && !yearCounted) continue;
    // ("27 others were injured, none of whom are in critical condition": a zero of how badly, no zero of the hurt)
    if (phrase.value === 0 && tokens[phrase.last + 1]?.lower === 'of' && /^(whom|them)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && tokens.slice(phrase.last + 3, phrase.last + 9).some((t) => t.lower === 'condition')) continue;
    // ("three were hurt, none seriously", "none of them seriously": how badly, after a count of the hurt)
    if (phrase.value === 0 && seriouslyPart(tokens, phrase)) continue;
    // ("a dozen runners in the hospital, none of them with horn wounds", "none for gunshot wounds": a zero of a kind of
    // wound among those counted, no zero of the hurt)
    if (phrase.value === 0 && zeroOfAKindOfWound(tokens, phrase)) continue;
    // ("two foreign nationals, one from Italy and another from Israel": the two told one by one, no count of its own)
    if (phrase.value === 1 && tokens[phrase.first - 1]?.text === ',' && tokens.slice(phrase.last + 1, phrase.last + 7).some((t, d) => t.lower === 'and' && tokens[phrase.last + 2 + d]?.lower === 'another')
      && /^(from|of|in)$/.test(tokens[phrase.last + 1]?.lower ?? '')) continue;
    // ("The median age of those killed was 40": the age of the dead, no toll)
    if (link.side === 'before' && /^(was|is|were|are)$/.test(tokens[phrase.first - 1]?.lower ?? '')
      && tokens.slice(0, link.casualtyIndex).some((t, k) => /^(age|ages)$/.test(t.lower) && tokens[k + 1]?.lower === 'of')) continue;
    // "years in which no deaths were recorded": a zero about periods, not an event
    if (phrase.value === 0 && isGenericZero(tokens, phrase.first)) continue;
    // ("the death toll has dropped from 1,836 to 1,723, a drop of 113 deaths": by how much a toll fell, no one harmed)
    // ("an increase of 14 deaths on 2020/21": or rose past another year's; never "a rise of 25 deaths since yesterday",
    // the new dead)
    {
      const s0 = countStart(tokens, phrase);
      const change = tokens[s0 - 1]?.lower === 'of' && /^(a|an|the)$/.test(tokens[s0 - 3]?.lower ?? '') ? tokens[s0 - 2]?.lower ?? '' : '';
      const after = (victims?.last ?? link.casualtyIndex) + 1;
      const againstAnother = /^(on|over|from|compared|than)$/.test(tokens[after]?.lower ?? '')
        && tokens.slice(after + 1, after + 4).some((t) => /^\d{4}(\/\d{2})?$/.test(t.text) || /^(year|previous|last|year's)$/.test(t.lower));
      if (/^(drop|decrease|decline|reduction|fall|cut)$/.test(change) || (/^(increase|rise|jump)$/.test(change) && againstAnother)) continue;
    }
    // ("… 100 people were in a field kitchen and none of them survived": no one living, a count of the dead before it)
    if (noneOfThemSurvivedAt(tokens, phrase.first) > 0) continue;
    // ("white balloons, one for each hostage who died", "a candle for every victim": one thing given for each of the dead
    // counts things, no dead)
    // ("three wounded soldiers for every soldier killed", "ten wounded for every death": so many of the counted for each
    // of another, a ratio; the counted and their fate may stand between)
    let counted = phrase.last;
    while (counted < phrase.last + 4 && tokens[counted + 1]?.kind === 'word' && tokens[counted + 1].lower !== 'for') counted++;
    if (tokens[counted + 1]?.lower === 'for' && /^(each|every)$/.test(tokens[counted + 2]?.lower ?? '')) continue;
    // ("According to two officials, 12 people died", "according to several news sources": a count right after
    // "according to" counts who says it)
    const start0 = countStart(tokens, phrase);
    if (tokens[start0 - 1]?.lower === 'to' && tokens[start0 - 2]?.lower === 'according') continue;
    const nextAt: number = Math.max(phrase.last, victims?.last ?? 0, link.side === 'after' ? link.casualtyIndex : 0) + 1;
    // ("Drowning claims an estimated 236,000 lives a year": past the lives a verb before takes)
    const next = link.side === 'before' && /^(lives|life)$/.test(tokens[nextAt]?.lower ?? '') ? nextAt + 1 : nextAt;
    // "Killing One Child Every 10 Minutes": the rate may start inside what was read as the victims
    // ("For every 100,000 people, almost 20 died": a rate opened before the figure)
    // (whether a rate starts anywhere from `from` to `to`, before a token `stops`)
    const rateIn = (from: number, to: number, stops: (t: Token) => boolean): boolean => {
      for (let k = from; k <= to && k < tokens.length && !stops(tokens[k]); k++) if (isRate(tokens, k)) return true;
      return false;
    };
    const punct = (t: Token) => t.kind === 'punct';
    // (never past a dash that opens an aside before the verb, another count's: "almost 800 children – or two a day – lost
    // their lives")
    // ("we see 30 injured riders a day": past the people the fate word before them describes)
    const rateFrom = link.side === 'after' && link.casualtyIndex === next - 1 && isPersonWord(tokens[next]?.lower ?? '') ? next + 1 : next;
    let rate = ratePer(tokens, phrase.first) || rateIn(phrase.last + 1, rateFrom, (t) => link.side === 'after' && /^[—–]$/.test(t.text));
    // ("thousands of civilians killed and injured per month": past the second fate)
    if (!rate && /^(and|or)$/.test(tokens[next]?.lower ?? '') && casualtyAt(tokens, next + 1, CASUALTY_AFTER)) rate = isRate(tokens, next + 2);
    // ("with up to 30 bodies being recovered every single day", "at least 20 bodies are still being found daily under
    // debris": how often, past the verb that goes on)
    if (!rate && link.side === 'after' && tokens.slice(phrase.last + 1, next + 3).some((t) => t.lower === 'being')) {
      for (let k = next; k < tokens.length && k <= next + 6 && tokens[k].kind !== 'punct'; k++) {
        const single = tokens[k + 1]?.lower === 'single' ? 1 : 0;
        if ((/^(every|each)$/.test(tokens[k].lower) && /^(day|week|night|month|hour)$/.test(tokens[k + 1 + single]?.lower ?? ''))
          || (/^(daily|weekly|nightly|hourly)$/.test(tokens[k].lower) && (!tokens[k + 1] || tokens[k + 1].kind === 'punct' || /^(under|in|at|on|from|across|since|by)$/.test(tokens[k + 1].lower)))) { rate = true; break; }
      }
    }
    // ("thousands are thought to be executed or sentenced to death each year": past a second verb of the same clause)
    // (never past a noun joined to the harm: "caused nearly 75,000 deaths and devastation that may take a decade to repair")
    if (!rate && /^(and|or)$/.test(tokens[next]?.lower ?? '') && !(tags[next + 1]?.has('Noun') && !tags[next + 1].has('Verb'))) rate = rateIn(next + 2, next + 6, punct);
    // ("36,000 people die and more than 200,000 are hospitalized each year": past a second count's clause, to the rate
    // that closes both)
    const second = !rate && tokens[next]?.lower === 'and' && link.side === 'after' ? phrases.find((p) => p.first > next && p.first <= next + 3) : undefined;
    if (second) rate = rateIn(second.last + 1, second.last + 8, punct);
    // ("An estimated 137 women are killed by their intimate partner or a family member every day": past the verb's agent,
    // to the end of its clause)
    if (!rate && tokens[next]?.lower === 'by') rate = rateIn(next + 1, next + 10, (t) => punct(t) || /^(and|but|while|after|before|when|since)$/.test(t.lower));
    // ("an average of 127 aid workers were killed, 120 injured, and 104 abducted worldwide per year": an average
    // whose rate closes the sentence, after a list)
    // ("20 to 30 bodies on average have been recovered annually": or the average said after the count's noun)
    const averaged = averagedBefore(tokens, phrase.first) || tokens.slice(phrase.last + 1, next + 2).some((t, d, all) => t.lower === 'on' && all[d + 1]?.lower === 'average');
    if (!rate && averaged) rate = rateIn(next, tokens.length, (t) => /^[.;]$/.test(t.text));
    // ("in previous years, when officials say an average of 20 to 30 bodies have been recovered": an average over the
    // years named before it is a yearly rate)
    if (!rate && averaged) {
      rate = tokens.slice(0, phrase.first).some((t, k) => t.lower === 'years' && /^(previous|recent|past|prior|earlier|other)$/.test(tokens[k - 1]?.lower ?? ''));
    }
    // ("more than 31 thousand murders were committed per year": a passive of the noun's own deed, then the rate)
    if (!rate && /^(were|are|is|was)$/.test(tokens[next]?.lower ?? '') && /^(committed|recorded|registered|reported|carried)$/.test(tokens[next + 1]?.lower ?? '')) rate = rateIn(next + 2, next + 4, punct);
    // ("one cyclist hurt badly enough to need hospital treatment every ten hours": past how badly, to the rate)
    if (!rate && link.side === 'after' && /ly$/.test(tokens[next]?.lower ?? '') && tokens[next + 1]?.lower === 'enough') rate = rateIn(next + 2, next + 9, punct);
    // ("45 people who died of cold every day": past the cause, to the rate)
    if (!rate && link.side === 'after' && /^(of|from)$/.test(tokens[next]?.lower ?? '')) rate = rateIn(next + 1, next + 5, punct);
    // ("approximately 115,000 non-fatal firearm injuries in the U.S. each year": past where, to the rate; an
    // abbreviation's dots are no stop)
    // ("more than three million premature deaths around the world every year": or around it)
    // (never past another count, whose rate it is: "caused 1,140 deaths in 2021 and could cause 1,910 a year")
    // ("An estimated 10 climbers die on Kilimanjaro each year": or on it)
    if (!rate && (/^(in|across|throughout|on|at)$/.test(tokens[next]?.lower ?? '') || (tokens[next]?.lower === 'around' && tokens[next + 2]?.lower === 'world'))) {
      rate = rateIn(next + 1, next + 7, (t) => /^[,;:(]$/.test(t.text) || (t.kind === 'digits' && !/^(1[5-9]|20)\d\d$/.test(t.text) && phrases.some((p) => p.first > phrase.last && tokens[p.first] === t)));
    }
    // ("Five and a half million deaths worldwide a year": past an adverb of where)
    if (!rate && /^(worldwide|globally|nationwide|nationally|overall)$/.test(tokens[next]?.lower ?? '')) rate = isRate(tokens, next + 1);
    // ("hundreds of wounded coming in every day": a participle of arrival, then the rate)
    if (!rate && /ing$/.test(tokens[next]?.lower ?? '') && !tags[next]?.has('Preposition') && !/^(during|including|following|regarding|concerning|excluding|morning|evening)$/.test(tokens[next].lower)) rate = isRate(tokens, /^(in|out)$/.test(tokens[next + 1]?.lower ?? '') ? next + 2 : next + 1);
    // ("about 45,900 annual snakebite deaths", "Annual snakebite deaths were greatest in … Uttar Pradesh (8,700)": deaths
    // counted a year are a rate)
    // ("the annual 3.3 million deaths": or before the count of them)
    if (!rate && PER_PERIOD.test(tokens[start0 - 1]?.lower ?? '') && /^(the|an|a|its|their)$/.test(tokens[start0 - 2]?.lower ?? '')) rate = true;
    // ("On a normal day, its morgue receives 30 to 40 bodies": any day like it, before the count, is a rate)
    if (!rate) {
      rate = tokens.slice(0, start0).some((t, k) => t.lower === 'on' && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && /^(normal|typical|ordinary|usual|average|regular)$/.test(tokens[k + 2]?.lower ?? '')
        && /^(day|night|week|weekend|month|year)$/.test(tokens[k + 3]?.lower ?? '')
        // (in the count's own clause: never "On a normal day the clinic is quiet, but on Friday 30 bodies arrived")
        && tokens.slice(k + 4, start0).every((x, d) => (x.kind !== 'punct' || (d === 0 && x.text === ',')) && !/^(but|while|and|whereas)$/.test(x.lower)));
    }
    if (!rate && /^(deaths|fatalities|casualties|killings|murders|homicides|injuries)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) {
      const h = link.casualtyIndex;
      // (never past a preposition, another noun's: "The daily rise in deaths from the virus was 311")
      rate = [1, 2, 3].some((d) => PER_PERIOD.test(tokens[h - d]?.lower ?? '')
        && tokens.slice(h - d + 1, h).every((x) => x.kind === 'word' && !isCountToken(x) && !/^(in|of|from|for|on|at|among|rise|increase|drop|fall)$/.test(x.lower)));
    }
    // ("outdoor air pollution killing 1.4 million people annually in China and 650,000 in India": a count with no noun of
    // its own after a counted rate is the same rate)
    if (!rate && /^(and|or|,)$/.test(tokens[start0 - 1]?.lower ?? '') && !victims) {
      const before = phrases.find((p) => p.last < start0 - 1 && start0 - p.last <= 12);
      if (before && !tokens.slice(before.last + 1, start0).some((_, d) => casualtyAt(tokens, before.last + 1 + d, CASUALTY_AFTER))) rate = rateIn(before.last + 1, start0 - 2, punct);
    }
    // ("going from 339 maternal deaths per 100K live births in 2000 to 223 maternal deaths in 2020": the later end of a
    // change whose earlier end is a rate is that rate too)
    if (!rate && tokens[start0 - 1]?.lower === 'to') {
      for (let k = start0 - 2; k >= 0 && start0 - k <= 16 && tokens[k].kind !== 'punct'; k--) {
        if (tokens[k].lower !== 'from' || !isCountToken(tokens[k + 1])) continue;
        rate = rateIn(k + 2, start0 - 2, punct);
        break;
      }
    }
    const qualifier = qualifierBefore(tokens, phrase.first);
    const startToken = qualifier ? qualifier.first : phrase.first;
    // ("12 crowd disasters since 2000 with more than 100 deaths each": so many to each of them, no total)
    // (a floor for each, never a count each: "Nakuru, Kajiado and Mombasa reported 3 deaths each" is each place's figure)
    const countEnd = link.side === 'after' && link.casualtyIndex > phrase.last ? link.casualtyIndex : victims?.last ?? phrase.last;
    if (!rate && (qualifier?.direction === 'more than' || qualifier?.direction === 'at least') && /^(each|apiece)$/.test(tokens[countEnd + 1]?.lower ?? '')
      && (countEnd + 2 >= tokens.length || tokens[countEnd + 2].kind === 'punct')) rate = true;
    if (rate) {
      // ("One person dies every 30 minutes": nor is the one person a single victim)
      for (let k = phrase.first; k <= (victims?.last ?? phrase.last); k++) used.add(k);
      continue;
    }
    // "the 3,000-plus deaths", "300+ dead": a floor written after the number
    const plus = tokens[phrase.last + 1]?.text === '+' ? phrase.last + 1
      : tokens[phrase.last + 1]?.text === '-' && tokens[phrase.last + 2]?.lower === 'plus' && tokens[phrase.last + 2].start === tokens[phrase.last + 1].end ? phrase.last + 2
      // ("approximately 670 plus people": the floor as a word, never "five plus three")
      // (never "36 plus the attacker", a sum with what the article names)
      : tokens[phrase.last + 1]?.lower === 'plus' && tokens[phrase.last + 2]?.kind === 'word' && !isNumberWord(tokens[phrase.last + 2].lower)
        && !/^(the|a|an|his|her|their|its|one)$/.test(tokens[phrase.last + 2].lower) ? phrase.last + 1 : -1;
    // ("20 or more people were killed", "81 civilians at least were killed", "killed 20 people or more")
    // ("Sixty-odd bodies", "60-odd": a floor, some more than the round count)
    const later = qualifier || plus > 0 ? null : /^(?:[a-z]+-)?odd$/.test(tokens[phrase.last].lower) ? 'at least' as const
      : qualifierAfter(tokens, phrase.last + 1) ?? (victims ? qualifierAfter(tokens, victims.last + 1) : null);
    // ("approximately 670 plus people": the floor outweighs the hedge)
    // ("vary between 379 and 1,500 or more people": a range left open above by a bound after it)
    // ("Fatalities: 89–100+": or by a plus on its high end)
    const openRange = phrase.high !== undefined && (later === 'at least' || plus > 0 || phrase.openAbove === true);
    const bounds = openRange ? { ...boundsOf(phrase, null), high: null, qualifier: 'at least' as const } : boundsOf(phrase, plus > 0 ? 'more than' : qualifier?.direction ?? later);
    // "Between 2001 and 2009": a span of years, not a range of figures
    if (isYearSpan(bounds.low, bounds.high, [tokens[phrase.first].lower, tokens[phrase.first - 1]?.lower, qualifier ? tokens[qualifier.first].lower : undefined])) continue;
    if (isAge(tokens, startToken)) continue;
    // ("Two of the victims' families have sued", "Only 2 of the 11 wounded soldiers' families …": a part of what the whole
    // owns counts the owned; never people or bodies, "two of the soldiers' bodies")
    if (tokens[phrase.last + 1]?.lower === 'of') {
      const h = headAfterOf(tokens, tags, phrase.last + 1);
      if (h > 0 && isPersonWord(tokens[h].lower.replace(/['’]s$/, '')) && (/['’]s$/.test(tokens[h].text) || (/^['’]$/.test(tokens[h + 1]?.text ?? '') && tokens[h + 1].start === tokens[h].end))
        && tokens[h + 2]?.kind === 'word' && !isPersonWord(tokens[h + 2].lower) && !/^(bodies|remains|corpses)$/.test(tokens[h + 2].lower)) continue;
    }
    // ("If you or a loved one was injured …": one supposed, no one harmed)
    if (phrase.value === 1 && !qualifier && supposedOne(tokens, startToken)) continue;
    // ("The horror film has 14 on-screen deaths": a fiction's deaths, told as shown)
    if (/^(on-screen|onscreen|fictional|in-game)$/.test(tokens[phrase.last + 1]?.lower ?? '')) continue;
    // ("The eruption of Vesuvius in AD 79 killed around 2,000 people", "70 AD", "480 BC": a year of an era)
    if (tokens[phrase.first - 1]?.text === 'AD' || /^(AD|BC|BCE|CE)$/.test(tokens[phrase.last + 1]?.text ?? '')) continue;
    // ("The village itself, once home to about 1,000 people, was destroyed": those who lived there)
    if (tokens[startToken - 1]?.lower === 'to' && tokens[startToken - 2]?.lower === 'home') continue;
    // ("a number that at one point was beyond 2,000": a point in time, no one)
    // ("By one count, 40 people died", "by one estimate": one of the counts, no one harmed)
    if (!qualifier && phrase.value === 1 && tokens[phrase.first].lower === 'one'
      && ((tokens[phrase.first - 1]?.lower === 'at' && /^(point|stage|time|moment)$/.test(tokens[phrase.last + 1]?.lower ?? ''))
        || /^(count|estimate|account|tally|reckoning|measure|calculation)$/.test(tokens[phrase.last + 1]?.lower ?? ''))) continue;
    // ("lost at least one resident, and in five of them everyone died": a part taken inside a preposition counts the
    // places, not the people)
    if (/^(in|at|on|inside)$/.test(tokens[startToken - 1]?.lower ?? '') && tokens[phrase.last + 1]?.lower === 'of' && /^(them|these|those|which)$/.test(tokens[phrase.last + 2]?.lower ?? '')) continue;
    // ("shootings in which four or more people are killed": a class of events, defined by a threshold, counts no one)
    if (definesAClass(tokens, startToken)) continue;
    // ("He was sentenced to 3 life terms for the murders of …": sentences served, not lives)
    if (tokens[phrase.last + 1]?.lower === 'life' && /^(terms?|sentences?|imprisonment|bans?)$/.test(tokens[phrase.last + 2]?.lower ?? '')) continue;
    // ("The 27 Club refers to musicians who died at age 27", "the G20 Summit": a number that opens a name)
    if (!qualifier && phrase.first === phrase.last && tokens[phrase.first].kind === 'digits' && /^the$/i.test(tokens[phrase.first - 1]?.text ?? '')
      && NAMED_BY_NUMBER.test(tokens[phrase.last + 1]?.text ?? '')) continue;
    // ("sidelined since Game 3 with a lower-body injury", "Flight 17", "Category 4": a number that names what it follows)
    if (!qualifier && phrase.first === phrase.last && tokens[phrase.first].kind === 'digits' && namesWhatItFollows(tokens, phrase.first)) continue;
    // ("Five climbers from a party of 12 remain unaccounted for": the size of the group a count came from is no count
    // of harm)
    if (groupSizeAt(tokens, startToken) && /^(from|of|in)$/.test(tokens[startToken - 4]?.lower ?? '') && phrases.some((p) => p.last < startToken - 4 && startToken - 4 - p.last <= 3)) continue;
    // ('The documentary, titled "Three Dead Men", follows two detectives': a count inside a work's quoted title)
    {
      let open = startToken - 1;
      while (open > 0 && startToken - open <= 4 && tokens[open].kind === 'word') open--;
      if (/^[“"]$/.test(tokens[open]?.text ?? '') && /^(titled|entitled|called|named|dubbed)$/.test(tokens[open - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[open + 1]?.text ?? '')) continue;
    }
    // ("bring the injured up a 300-metre slope", "a 20-foot wall": a measure glued to its unit is no count)
    if (tokens[phrase.last + 1]?.text === '-' && tokens[phrase.last + 1].start === tokens[phrase.last].end && tokens[phrase.last + 2]?.start === tokens[phrase.last + 1].end
      && /^(metres?|meters?|foot|feet|ft|miles?|km|kilometres?|kilometers?|yards?|inch|inches|storey|story|acres?|hectares?|tonnes?|tons?|kg|kilograms?|litres?|liters?|gallons?|minutes?|hours?|seconds?|mph|degrees?)$/.test(tokens[phrase.last + 2].lower)) continue;
    for (let k = startToken; k <= (victims ? victims.last : phrase.last); k++) used.add(k);
    // ("of which three involved the death of a patient": the one whose death each brought is no victim of its own)
    if (tokens[link.casualtyIndex + 1]?.lower === 'of' && link.casualtyIndex === byEvents?.casualtyIndex && byEvents.category === 'killed') {
      for (let k = link.casualtyIndex + 2; k <= link.casualtyIndex + 4 && tokens[k]?.kind === 'word'; k++) used.add(k);
    }
    const whole = figureEnds[figureEnds.length - 1];
    figureEnds.push({ last: victims?.last ?? phrase.last, category: link.category, value: phrase.high === undefined ? phrase.value : undefined });
    const start = tokens[startToken].start;
    // ("one serviceman was killed": the span takes the one person it counts, as a single victim's does)
    const onePerson = tokens[phrase.last].lower === 'one' && phrase.first === phrase.last && victims && victims.last - phrase.last <= 2
      && isPersonWord(tokens[victims.last].lower) && !/s$/.test(tokens[victims.last].lower) ? victims.last : -1;
    const end = tokens[plus > 0 ? plus : onePerson > 0 ? onePerson : phrase.last].end;
    mentions.push({
      text: sentence.slice(start, end),
      start,
      end,
      ...bounds,
      qualifierText: qualifier ? sentence.slice(tokens[qualifier.first].start, tokens[qualifier.last].end) : null,
      category: link.category,
      victims: victims ? sentence.slice(tokens[victims.first].start, tokens[victims.last].end) : null,
      // (from the number: "The survey estimated 654,965 deaths" names who estimated)
      source: (part ? sourceOfWhole(tokens, whole, startToken, mentions[mentions.length - 1]) : undefined)
        // ("the toll is, at least, 110": a qualifier set off by commas is read with its opening comma)
        ?? attributeSource(sentence, tokens, tags, qualifier && SAY_VERBS.has(tokens[qualifier.first].lower) ? phrase.first
          : qualifier && tokens[qualifier.last].text === ',' && tokens[startToken - 1]?.text === ',' ? startToken - 1 : startToken, phrase.last),
      ...(modal ? { projection: true as const } : {}),
      ...(part ? { part: true as const } : {}),
    });
  }
  const implicit = findImplicitVictims(tokens, tags, used, looksLikeHeadline(sentence, tokens));
  const singles: (ImplicitVictim & { part?: true })[] = [...implicit, ...includedSingles(tokens, tags, figureEnds, used, looksLikeHeadline(sentence, tokens)).filter((v) => !implicit.some((i) => i.last === v.last))];
  for (const v of singles) {
    // ("a child dies every 10 minutes": the rate after the verb)
    // ("a person was killed by law enforcement every 6.6 hours": "every" further on in the same clause)
    const everyLater = [4, 5, 6, 7, 8].some((d) => tokens[v.last + d]?.lower === 'every' && isRate(tokens, v.last + d) && !tokens.slice(v.last + 1, v.last + d).some((t) => t.kind === 'punct'));
    if ([1, 2, 3].some((d) => isRate(tokens, v.last + d)) || everyLater || ratePer(tokens, v.first)) continue;
    if (appositionToName(tokens, v.last)) continue;
    if (listsTheCounted(tokens, v.first, figureEnds) || renamesTheCounted(tokens, v, singles, figureEnds)) continue;
    // ("one missing girl was found and told officials": the missing found are missing no more)
    if (v.category === 'missing' && foundSafe(tokens, v.last)) continue;
    // ("A six-year-old Palestinian girl who went missing in Gaza City last month has been found dead": the main clause's
    // fate, after a relative clause that says she went missing)
    const foundDead = v.category === 'missing' && /^(who|that)$/.test(tokens[v.last + 1]?.lower ?? '') ? deathAfterGoingMissing(tokens, v.last + 2) : -1;
    // ("one person was killed - a man suffered fatal shrapnel wounds": the one counted, said again after a dash)
    if (restatesTheOne(tokens, v, mentions)) continue;
    const start = tokens[v.first].start;
    const end = tokens[v.last].end;
    mentions.push({
      text: sentence.slice(start, end), start, end, low: 1, high: 1, qualifier: 'exact', qualifierText: null,
      approx: false, vague: false, category: (v.category === 'wounded' && hurtOneDied(tokens, v)) || foundDead > 0 ? 'killed' : v.category, victims: sentence.slice(start, end),
      source: attributeSource(sentence, tokens, tags, v.first, v.last), single: true, ...(v.part ? { part: true as const } : {}),
    });
  }
  mentions.sort((a, b) => a.start - b.start);
  // ("… has said that more than 11,000 people have been killed since the war began, including more than 4,500
  // children": a part says what its whole says, when nothing names its own speaker)
  for (let m = 1; m < mentions.length; m++) {
    const whole = mentions[m - 1];
    if (mentions[m].part && mentions[m].source === null && !whole.part && whole.source !== null && whole.category === mentions[m].category) mentions[m] = { ...mentions[m], source: whole.source };
    // ("told reporters that 90 people were taken to the hospital, of whom 30 died": a part after "of whom", whatever its fate)
    else if (mentions[m].source === null && whole.source !== null && /,\s*of (?:whom|which)\s*$/i.test(sentence.slice(whole.end, mentions[m].start))) mentions[m] = { ...mentions[m], source: whole.source };
    // ("More than 200 people were injured, Xinhua said, 96 in Gansu and 124 in Qinghai": a breakdown right after the
    // saying that closed the whole's clause)
    else if (mentions[m].source === null && whole.source !== null && whole.category === mentions[m].category
      && /^[^,.;]*,\s*(?:the\s+)?(.+?)\s+(?:said|says|reported|reports|added)\s*,\s*$/i.exec(sentence.slice(whole.end, mentions[m].start))?.[1] === whole.source) mentions[m] = { ...mentions[m], source: whole.source };
  }
  return withoutSplitBySex(sentence, mentions);
}

// ("six children: three boys (aged …) and three girls (aged …)": boys and girls too, each with an aside)
const SEX_WORDS = '(men|women|males|females|boys|girls)';
const SEX_AFTER = new RegExp(`^\\s+${SEX_WORDS}\\b`, 'i');
const SEX_THEN_AND = new RegExp(`^\\s+${SEX_WORDS}(\\s*\\([^()]*\\))?\\s+and\\s+$`, 'i');

/**
 * "The 10 people killed … where five women and five men succumbed to their wounds": the dead of a count told apart by
 * sex, adding up to it, are a breakdown, no figures of their own (as "9 bodies - 5 men, 4 women -").
 */
function withoutSplitBySex(sentence: string, mentions: Mention[]): Mention[] {
  const sexAfter = (m: Mention) => SEX_AFTER.exec(sentence.slice(m.end))?.[1].toLowerCase();
  for (let m = 1; m + 1 < mentions.length; m++) {
    const [a, b] = [mentions[m], mentions[m + 1]];
    const [sexA, sexB] = [sexAfter(a), sexAfter(b)];
    const split = sexA !== undefined && sexB !== undefined && sexA !== sexB && a.category === b.category && a.low === a.high && b.low === b.high
      && SEX_THEN_AND.test(sentence.slice(a.end, b.start));
    const whole = split && mentions.slice(0, m).some((w) => w.category === a.category && !w.vague && w.low !== null && w.low === w.high && w.low === (a.low ?? NaN) + (b.low ?? NaN));
    if (whole) return withoutSplitBySex(sentence, mentions.filter((_, k) => k !== m && k !== m + 1));
  }
  return mentions;
}

/**
 * The head noun after the "of" at `of`, past its determiners, possessives, counts and modifiers ("of the governor's 15
 * proposed amendments", "of the fatal crashes"), within six words; its index, or -1 at punctuation.
 */
function headAfterOf(tokens: Token[], tags: Tags[], of: number): number {
  let h = of + 1;
  // ("Frost killed 40 of my tomato plants": a noun before the head's plural, which the tagger may take for a verb)
  const compound = (j: number) => tags[j]?.has('Singular') && tags[j].has('Noun') && !isPersonWord(tokens[j].lower) && tokens[j + 1]?.kind === 'word'
    && /[^s]s$/.test(tokens[j + 1].lower) && (tags[j + 1].has('Plural') || tags[j + 1].has('PresentTense')) && !(tokens[j + 2]?.kind === 'word' && /^(the|a|an|his|her|their|its)$/.test(tokens[j + 2].lower));
  while (h <= of + 6 && tokens[h] !== undefined && tokens[h].kind !== 'punct' && (/^(the|its|their|his|her|our|these|those|my|your)$/.test(tokens[h].lower) || /['’]s$/.test(tokens[h].text)
    || tokens[h].kind === 'digits' || tags[h]?.has('Adjective') || /ed$/.test(tokens[h].lower) || compound(h))) h++;
  return tokens[h] !== undefined && tokens[h].kind !== 'punct' ? h : -1;
}

/**
 * A number that counts no harm of its own, whatever casualty word it reaches: a difference between two counts, a
 * ratio, a zero of the days counted, or a count of those who say the figure.
 */
function isNoCountOfHarm(tokens: Token[], phrase: NumberPhrase): boolean {
  const start = countStart(tokens, phrase);
  // ("reflecting an overcount of 30 deaths": a difference between two tolls, no toll)
  const overcount = tokens[start - 1]?.lower === 'of' && /^(overcount|undercount|discrepancy|difference)$/.test(tokens[start - 2]?.lower ?? '');
  // ("there are around 25 more dead held by Hamas than official Israeli reports account for": how many more than
  // another count, no count of its own)
  // ("could be 4,000 higher or lower than the 25,000 estimate": a margin either way)
  // ("The number killed is 361 more than were killed when the Titanic went down": what follows "than" is the other count's)
  let thanAt = phrase.last + 2;
  while (thanAt < phrase.last + 10 && tokens[thanAt] && tokens[thanAt].lower !== 'than') thanAt++;
  const moreThan = /^(more|fewer|less|higher|lower)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[thanAt]?.lower === 'than'
    && !tokens.slice(phrase.last + 2, thanAt).some((t) => t.kind === 'punct' || /^(were|was|have|had|died|killed|are)$/.test(t.lower))
    // ("1,427 more deaths than normal": deaths above the expected are a toll of their own, the excess)
    && !(/^more$/.test(tokens[phrase.last + 1]?.lower ?? '') && EXCESS_OVER.test(tokens[thanAt + 1]?.lower ?? ''));
  // ("police killing four out of every million people", "four out of every five victims": a share or a rate)
  // ("Three in every five gun deaths are suicides": the same with "in")
  const shareOfEvery = (tokens[phrase.last + 1]?.lower === 'out' && tokens[phrase.last + 2]?.lower === 'of' && tokens[phrase.last + 3]?.lower === 'every')
    || (tokens[phrase.last + 1]?.lower === 'in' && tokens[phrase.last + 2]?.lower === 'every' && tokens[phrase.last + 3] !== undefined && isCountToken(tokens[phrase.last + 3]));
  // ("remained relatively steady …, with 33 fewer deaths in 2018 compared to 2017": how many fewer than another year, no
  // count of its own)
  const fewerThanAnother = /^(fewer|less)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens.slice(phrase.last + 2, phrase.last + 9).some((t, d, all) => t.lower === 'compared' && /^(to|with)$/.test(all[d + 1]?.lower ?? ''))
    && !tokens.slice(phrase.last + 2, phrase.last + 9).some((t) => /^(were|was|have|had|died|killed|are)$/.test(t.lower));
  // ("There were only 10 days in 2024 that no one in the U.S. was killed by police": a zero of each of the days counted)
  const zeroOfDays = phrase.value === 0 && tokens.slice(Math.max(0, start - 6), start).some((t, d, all) => /^(days|weeks|months|nights|times)$/.test(t.lower)
    && /^(that|when|on|in)$/.test(all[d + 1]?.lower ?? '')) && /^(that|when|which)$/.test(tokens[start - 1]?.lower ?? '');
  // ("Reuters said three police sources had confirmed a death toll of nearly 40": a count of those who say it)
  const countsSpeakers = (() => {
    let k = phrase.last + 1;
    while (k <= phrase.last + 3 && tokens[k]?.kind === 'word' && /^(police|security|military|army|government|hospital|medical|local|senior|other|more|official|intelligence|diplomatic)$/.test(tokens[k].lower)) k++;
    if (!/^(sources|officials|witnesses|officers|diplomats|spokesmen|residents|doctors)$/.test(tokens[k]?.lower ?? '')) return false;
    let v = k + 1;
    if (/^(had|have|has|also)$/.test(tokens[v]?.lower ?? '')) v++;
    return SAY_VERBS.has(tokens[v]?.lower ?? '') && !/^(reported|recorded)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.kind !== 'punct'
      && !casualtyAt(tokens, v + 1, CASUALTY_AFTER) && !/^(among|as)$/.test(tokens[v + 1]?.lower ?? '');
  })();
  // ("… but says the actual toll is likely thousands higher": by how much a toll exceeds another, the clause ending)
  const higherBy = /^(higher|lower)$/.test(tokens[phrase.last + 1]?.lower ?? '') && (!tokens[phrase.last + 2] || /^[.,;)]$/.test(tokens[phrase.last + 2].text) || /^(still|yet)$/.test(tokens[phrase.last + 2].lower));
  return overcount || moreThan || shareOfEvery || fewerThanAnother || zeroOfDays || countsSpeakers || higherBy;
}

/** "47 people who have not (yet) been located": the index of "located" ("found", "traced") in the people's own clause, else -1. */
function notYetLocated(tokens: Token[], phrase: NumberPhrase): number {
  if (!isPersonWord(tokens[phrase.last + 1]?.lower ?? '') || tokens[phrase.last + 2]?.lower !== 'who') return -1;
  let v = phrase.last + 3;
  if (/^(have|has|had)$/.test(tokens[v]?.lower ?? '')) v++;
  if (tokens[v]?.lower !== 'not') return -1;
  v++;
  if (tokens[v]?.lower === 'yet') v++;
  if (tokens[v]?.lower !== 'been') return -1;
  return /^(located|found|traced)$/.test(tokens[v + 1]?.lower ?? '') ? v + 1 : -1;
}

/** A single victim right after a dash or colon that closes a clause counting one of the same fate: the one counted. */
function restatesTheOne(tokens: Token[], v: ImplicitVictim, mentions: Mention[]): boolean {
  let a = v.first;
  while (a > 0 && v.first - a <= 4 && !/^(a|an)$/.test(tokens[a].lower) && tokens[a].kind === 'word') a--;
  const dash = tokens[a - 1];
  if (!/^(a|an)$/.test(tokens[a]?.lower ?? '') || !dash || !/^(-|–|—|:)$/.test(dash.text)) return false;
  return mentions.some((m) => {
    if (m.low !== 1 || m.high !== 1 || m.single || m.category !== v.category || m.end > dash.start) return false;
    const between = tokens.filter((t) => t.start >= m.end && t.end <= dash.start);
    return between.length <= 4 && !between.some((t) => /^[.;,]$/.test(t.text));
  });
}

/**
 * "Among last year's deaths was Tyre Nichols – a 29-year-old Black man who died …", "killing Ahmed Saleh, a teacher,
 * …": a victim introduced in apposition to a name is the one named, who is no new victim.
 */
function appositionToName(tokens: Token[], head: number): boolean {
  let a = head - 1;
  // (over an age's hyphens: "a 29-year-old Black man")
  while (a > 0 && head - a <= 6 && (tokens[a].kind !== 'punct' || (tokens[a].text === '-' && tokens[a - 1]?.end === tokens[a].start)) && !/^(a|an)$/.test(tokens[a].lower)) a--;
  if (!/^(a|an)$/.test(tokens[a]?.lower ?? '') || !/^(,|–|—|-)$/.test(tokens[a - 1]?.text ?? '')) return false;
  // (the phrase goes on as an aside, never as the clause's subject: "In Kharkiv, a man was killed")
  // ("The driver, a French citizen of Tunisian descent, was killed": an "of" phrase inside the aside)
  const closes = (k: number) => /^(,|who|–|—)$/.test(tokens[k]?.lower ?? '');
  // ("Among the casualties was Maulana Ziaullah Jan, a local leader of JUI-F.": or an "of" phrase that ends the sentence)
  const ofAside = tokens[head + 1]?.lower === 'of' && [3, 4, 5].some((d) => (tokens[head + d]?.text === ',' || (head + d === tokens.length - 1 && /^[.!]$/.test(tokens[head + d].text)) || head + d === tokens.length)
    && tokens.slice(head + 2, head + d).every((t) => t.kind === 'word'));
  if (!closes(head + 1) && !ofAside) return false;
  // ("The driver, a French citizen …": a definite phrase that opens the sentence is one named before)
  if (tokens[a - 1]?.text === ',' && /^the$/i.test(tokens[0]?.text ?? '') && a - 1 <= 4 && tokens.slice(1, a - 1).every((t) => t.kind === 'word')) return true;
  let n = a - 2;
  const preposition = (t: Token | undefined) => /^(in|at|near|from|on|to|of|outside|inside|across|after|before|during)$/.test(t?.lower ?? '');
  // (a month's name only inside a longer name: "Maulana Ziaullah Jan", never "In January")
  const month = (k: number) => MONTHS.has(tokens[k].lower) && !(tokens[k - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k - 1].text) && !preposition(tokens[k - 1]) && !MONTHS.has(tokens[k - 1].lower));
  while (n >= 0 && a - 2 - n < 4 && tokens[n].kind === 'word' && /^\p{Lu}/u.test(tokens[n].text) && !preposition(tokens[n]) && !month(n)
    && !WEEKDAY.test(tokens[n].lower)) n--;
  if (n === a - 2) return false;
  // (a place after its preposition is no name of a person: "In Kharkiv, a man who …")
  return !preposition(tokens[n]);
}

/**
 * A single victim read as hurt whose own verb is death: "A wounded woman has just died at the hospital", "A 7-year-old girl,
 * who was injured yesterday during the shelling, also died".
 */
function hurtOneDied(tokens: Token[], v: { first: number; last: number }): boolean {
  // (the harm before the person, as a word on them)
  for (let k = v.first - 1; k >= 0 && v.first - k <= 3 && tokens[k].kind === 'word'; k--) {
    if (/^(wounded|injured)$/.test(tokens[k].lower)) return diedLater(tokens, k) >= 0;
  }
  // (or in a relative clause set off by commas, the sentence's own verb after it)
  if (tokens[v.last + 1]?.text !== ',' || !/^(who|whom)$/.test(tokens[v.last + 2]?.lower ?? '')) return false;
  const close = tokens.findIndex((t, k) => k > v.last + 2 && t.text === ',');
  if (close < 0 || close - v.last > 24 || !tokens.slice(v.last + 3, close).some((t) => /^(wounded|injured|hurt)$/.test(t.lower))) return false;
  let k = close + 1;
  while (/^(also|later|then|subsequently|eventually|has|had|have)$/.test(tokens[k]?.lower ?? '')) k++;
  return /^(died|perished|succumbed)$/.test(tokens[k]?.lower ?? '');
}

/**
 * "included three men: a high school teacher, an entrepreneur, and a bicycle seller": singles listed after a colon that
 * closes a count of people are those counted, told apart, not victims more.
 */
function listsTheCounted(tokens: Token[], first: number, figureEnds: readonly { last: number }[]): boolean {
  let colon = first - 1;
  // (over the singles listed before, their ages too: "an 18-year-old girl and a 40-year-old man")
  while (colon > 0 && first - colon <= 30 && tokens[colon].text !== ':' && (tokens[colon].kind === 'word' || tokens[colon].kind === 'digits' || /^[,-]$/.test(tokens[colon].text))) colon--;
  if (tokens[colon]?.text !== ':') return false;
  const noun = colon - 1;
  // (the figure's end is its victims' noun, or the count when no noun was read with it)
  if (isPersonWord(tokens[noun]?.lower ?? '') && figureEnds.some((f) => f.last === noun || f.last === noun - 1 || (f.last === noun - 2 && tokens[noun - 1].kind === 'word'))) return true;
  // ("two people were injured: an 18-year-old girl and a 40-year-old man", "two people died: a man and a woman": or
  // after the count's own fate, which closes its clause at the colon)
  // ("two of the people we went to help could not be saved: a kayaker in March and a walker …": or "could not be saved",
  // "did not survive", with who the counted were between)
  // (never a noun of deaths counted: "There were two fatalities: a snowboarder who struck a tree …, and a skier …" breaks
  // them down, as "two fatalities during the quarter: a contractor … and an employee" does)
  return figureEnds.some((f) => f.last < colon && tokens.slice(f.last + 1, colon).every((t) => t.kind === 'word')
    && ((colon - f.last <= 4 && casualtyAt(tokens, colon - 1, CASUALTY_AFTER) !== null && !/^(fatalities|deaths|casualties)$/.test(tokens[colon - 1].lower)) || (colon - f.last <= 12 && [colon - 4, colon - 3].some((k) => k > f.last && didNotSurvive(tokens, k) === colon - 1))));
}

/**
 * "two of the injured are parishioners they know well, a catechist and her teenage son.": singles that close the sentence
 * after a comma, as many as a count before them, say again who the counted are (counted once, as listsTheCounted's).
 */
function renamesTheCounted(tokens: Token[], v: ImplicitVictim, singles: readonly ImplicitVictim[], figureEnds: readonly { last: number; value?: number }[]): boolean {
  let comma = v.first - 1;
  // (a later single goes back over its "and" to the first)
  while (comma > 0 && v.first - comma <= 16 && (tokens[comma].kind === 'word' || tokens[comma].kind === 'digits' || tokens[comma].text === '-') && !/^(including|among|plus|like|with|while|but|as|or)$/.test(tokens[comma].lower)) comma--;
  // ("the deaths of two Afghan civilians, a farmer and his 14-year-old son, at a checkpoint": or set off by a second comma)
  const close = tokens.findIndex((t, k) => k > comma && /^[,.;!?]$/.test(t.text));
  const listed = singles.filter((s) => s.first > comma && (close < 0 || s.last < close));
  if (tokens[comma]?.text !== ',' || listed.length < 2) return false;
  // (the list opens right after its comma, or after the first single's determiner)
  const first = Math.min(...listed.map((s) => s.first));
  if (first !== comma + 1 && !/^(a|an|his|her|their|one)$/.test(tokens[comma + 1]?.lower ?? '')) return false;
  const last = Math.max(...listed.map((s) => s.last));
  // (closing the sentence or the aside, the singles only, their ages and "and" between them)
  if (tokens[last + 1] && !/^[.!?,]$/.test(tokens[last + 1].text)) return false;
  if (tokens.slice(comma + 1, last + 1).some((t) => (t.kind !== 'word' && t.kind !== 'digits' && t.text !== '-') || AUXILIARIES.has(t.lower))) return false;
  return figureEnds.some((f) => f.last < comma && f.value === listed.length && !tokens.slice(f.last + 1, comma).some((t) => /^[;:]$/.test(t.text)));
}

/** Auxiliaries and adverbs between a figure's subject and its verb of change ("has now risen", "had since fallen", "it later rose"). */
const BEFORE_CHANGE = /^(has|have|had|now|since|then|also|already|further|later|subsequently)$/;

/** Words that hedge a higher guess after a figure ("Hundreds, maybe thousands", "in the hundreds, perhaps even thousands"). */
const GUESSES = /^(perhaps|maybe|possibly|probably|even|likely|potentially)$/;

/** Verbs of a state that goes on, before where or how the hurt are ("remain in hospital", "are now in the hospital"). */
const STILL = /^(are|were|is|was|remain|remained|remains|still|now|currently)$/;

/** Where a count that starts at `from` ends, past its qualifier ("over 230"), or -1. */
function secondCountEnd(tokens: Token[], from: number): number {
  const k = (qualifierAt(tokens, from)?.last ?? from - 1) + 1;
  return tokens[k]?.kind === 'digits' || isNumberWord(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * Does the list of bare counts that `phrase` stands in close with "and" or "or" before its last count ("892, 863 and
 * 778")? `closed` says the gap before `phrase` already held it.
 */
function listClosesAfter(tokens: Token[], phrases: NumberPhrase[], phrase: NumberPhrase, closed: boolean): boolean {
  let at = phrase;
  for (;;) {
    const after = tokens[at.last + 1];
    if (closed) {
      // ("has now reached 135 and over 177 people have been rescued so far": the last count with a verb of its own, no
      // fate, is a clause of its own)
      let k = at.last + 1;
      while (k <= at.last + 3 && isPersonWord(tokens[k]?.lower ?? '')) k++;
      if (/^(have|has|had|were|was|are|is)$/.test(tokens[k]?.lower ?? '')) {
        const v = tokens[k + 1]?.lower === 'been' ? k + 2 : k + 1;
        if (/^(rescued|evacuated|saved|freed|released|discharged|displaced|pulled|moved|relocated|housed|sheltered|treated)$/.test(tokens[v]?.lower ?? '')) return false;
      }
      return !after || after.kind === 'punct' || !/^(of|per|percent|%)$/.test(after.lower);
    }
    if (!after || !/^(,|and|or)$/.test(after.lower)) return false;
    const joined = after.text === ',' && /^(and|or)$/.test(tokens[at.last + 2]?.lower ?? '') ? 2 : 1;
    // ("25, 39 and now 43": the last step of a list, now)
    const skip = tokens[at.last + joined]?.lower === 'and' && /^(now|then|finally)$/.test(tokens[at.last + joined + 1]?.lower ?? '') ? joined + 1 : joined;
    const next = phrases.find((p) => countStart(tokens, p) === at.last + 1 + skip);
    if (!next) return false;
    closed = /^(and|or)$/.test(tokens[at.last + joined].lower);
    at = next;
  }
}

/** "118 injured or ill visitors", "41 of whom" after them: a count of the hurt and the sick together. */
function injuredOrIll(tokens: Token[], phrase: NumberPhrase): boolean {
  const mixed = (k: number) => /^(injured|hurt|wounded)$/.test(tokens[k]?.lower ?? '') && /^(or|and)$/.test(tokens[k + 1]?.lower ?? '') && /^(ill|sick|unwell)$/.test(tokens[k + 2]?.lower ?? '');
  if (mixed(phrase.last + 1)) return true;
  // (a part "of whom" right after such a count)
  const start = countStart(tokens, phrase);
  if (tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'whom' && tokens[start - 1]?.text === ',') {
    for (let k = start - 2; k >= 0 && start - k <= 5; k--) if (mixed(k)) return true;
  }
  return false;
}

/**
 * "none of them has put it as high as 500", "nobody has estimated more than 40": the count is one no one gave, and a
 * "none" there counts the sayers.
 */
function figureNoOneGave(tokens: Token[], phrase: NumberPhrase): boolean {
  const gave = (k: number) => SAY_VERBS.has(tokens[k]?.lower ?? '');
  // (the "none" itself: "none of them has put …")
  if (/^(none|nobody)$/.test(tokens[phrase.first].lower)) {
    let v = phrase.last + 1;
    if (tokens[v]?.lower === 'of' && /^(them|those|these|us)$/.test(tokens[v + 1]?.lower ?? '')) v += 2;
    if (/^(has|have|had)$/.test(tokens[v]?.lower ?? '') && gave(v + 1)) return true;
  }
  // (the count after: "has put it as high as 500")
  const at = countStart(tokens, phrase);
  for (let k = at - 1; k >= 0 && at - k <= 6 && tokens[k].kind === 'word'; k--) {
    if (!gave(k) || !/^(has|have|had)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    const who = tokens[k - 2]?.lower === 'them' && tokens[k - 3]?.lower === 'of' ? k - 4 : k - 2;
    return /^(none|nobody)$/.test(tokens[who]?.lower ?? '') || (tokens[who]?.lower === 'one' && tokens[who - 1]?.lower === 'no');
  }
  return false;
}

/** The fate the clause gives the victims named at `at` ("were recovered", "remain unaccounted for"), if any. */
function fateOfVictims(tokens: Token[], at: number): { category: Category; index: number } | null {
  // ("217 victims received outpatient medical care", "The majority, 217 victims, received …", "34 victims are in
  // moderate condition": victims treated are the wounded)
  const cared = careReceivedAt(tokens, tokens[at + 1]?.text === ',' ? at + 2 : at + 1);
  if (cared >= 0) return { category: 'wounded', index: cared };
  let j = at + 1;
  while (j < at + 6 && /^(will|be|been|were|are|was|is|have|has|had|still|now|considered|listed|declared|pronounced|confirmed|presumed|believed|being|remain|remained|remains|reportedly|later|also)$/.test(tokens[j]?.lower ?? '')) j++;
  if (j === at + 1 && !/^(recovered|retrieved|exhumed|unearthed)$/.test(tokens[j]?.lower ?? '')) return null;
  const w = tokens[j]?.lower ?? '';
  if (/^(missing|unaccounted)$/.test(w)) return { category: 'missing', index: j };
  // ("Three victims are yet to be located": those not yet found are missing)
  if (w === 'yet' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'be' && /^(found|located|traced|recovered|accounted)$/.test(tokens[j + 3]?.lower ?? '')) return { category: 'missing', index: j };
  // (found, but never "found alive" or "found safe")
  // ("Eight victims have also been recovered, who remain in critical condition": the living recovered are the hurt)
  if (w === 'recovered' && tokens[j + 1]?.text === ',' && tokens[j + 2]?.lower === 'who') {
    const care = careReceivedAt(tokens, j + 3);
    if (care > 0) return { category: 'wounded', index: care };
  }
  // ("11 victims were rescued alive with varying degrees of burns and rushed to the General Hospital": rescued with
  // wounds, or then taken to care, are the hurt)
  if (w === 'rescued') {
    for (let k = j + 1; k < tokens.length && k <= j + 12 && tokens[k].kind === 'word'; k++) {
      if (WOUND_NOUNS.test(tokens[k].lower) && tokens.slice(j + 1, k).some((x) => x.lower === 'with')) return { category: 'wounded', index: k };
      if (tokens[k].lower === 'and' && movedToHospital(tokens, k + 1)) return { category: 'wounded', index: k + 1 };
    }
  }
  // (never "Twelve victims have recovered", "recovered from their injuries": healed, not found)
  const healed = w === 'recovered' && (/^(have|has|had)$/.test(tokens[j - 1]?.lower ?? '')
    || (tokens[j + 1]?.lower === 'from' && tokens.slice(j + 2, j + 5).some((x) => WOUND_NOUNS.test(x.lower) || /^(illness|surgery|shock|ordeal)$/.test(x.lower))));
  if (healed) return null;
  if (/^(recovered|retrieved|exhumed|unearthed|dead|killed)$/.test(w) || (w === 'found' && !/^(alive|safe)$/.test(tokens[j + 1]?.lower ?? ''))) return { category: 'killed', index: j };
  // ("44 victims were laid to rest at the memorial site": the buried are the dead)
  if ((w === 'laid' && tokens[j + 1]?.lower === 'to' && tokens[j + 2]?.lower === 'rest') || w === 'buried') return { category: 'killed', index: j };
  return null;
}

/**
 * "(abducted) Nigerian students have been shot dead": from `from`, the people a participle described (a few words
 * ending in a person word), then their death as the clause's verb; the index of the death's word, else -1.
 */
function fateAfterDescribed(tokens: Token[], from: number): number {
  let p = from;
  while (p < from + 3 && tokens[p]?.kind === 'word' && !isPersonWord(tokens[p].lower)) p++;
  if (!isPersonWord(tokens[p]?.lower ?? '') || tokens[p]?.kind !== 'word') return -1;
  // ("12 injured workers who jumped from the burning building subsequently passed away": past their relative clause,
  // to an adverb of later that marks the sentence's own verb)
  if (tokens[p + 1]?.lower === 'who') {
    for (let k = p + 2; k < tokens.length && k - p <= 12 && tokens[k].kind === 'word'; k++) {
      if (!/^(subsequently|later|eventually|afterwards)$/.test(tokens[k].lower)) continue;
      if (DIED_NOW.test(tokens[k + 1]?.lower ?? '')) return k + 1;
      if (tokens[k + 1]?.lower === 'passed' && tokens[k + 2]?.lower === 'away') return k + 1;
      return -1;
    }
  }
  let v = p + 1;
  // ("One injured soldier has just died in hospital": or just now)
  while (v < p + 5 && /^(have|has|had|were|was|been|later|also|then|subsequently|reportedly|all|just)$/.test(tokens[v]?.lower ?? '')) v++;
  // ("Fifteen abducted people found dead: governor": found dead, a headline's fate with its "were" left out)
  if (tokens[v]?.lower === 'found' && /^(dead|murdered|slain|beheaded)$/.test(tokens[v + 1]?.lower ?? '')) return v + 1;
  // (a verb of the clause: never the next compound's word, "abducted students killed" in a headline included)
  if (v === p + 1 && !DIED_NOW.test(tokens[v]?.lower ?? '')) return -1;
  const fate = casualtyAt(tokens, v, CASUALTY_AFTER);
  return (fate?.category === 'killed' && !/^(bodies|body|dead|deaths|death|toll)$/.test(tokens[v].lower)) || DIED_NOW.test(tokens[v]?.lower ?? '') ? v : -1;
}
const DIED_NOW = /^(died|perished|succumbed)$/;

/**
 * "received outpatient medical care", "sought medical assistance", "are in moderate condition": the care or the
 * state of the hurt, said of them at `from`; the index of its last word, else -1.
 */
function careReceivedAt(tokens: Token[], from: number): number {
  // ("Two people died and one other is in intensive care": past "other" after the count)
  const at = /^(other|others)$/.test(tokens[from]?.lower ?? '') ? from + 1 : from;
  // ("have sought", "are receiving", "remain in serious condition": the auxiliaries first)
  let verb = at;
  // ("were listed in critical condition", "are reportedly in critical condition")
  // ("Two adults are also in a critical condition")
  // ("with two remaining in intensive care": the participle too)
  // ("have so far been treated at several hospitals": how far the count has come, between)
  const soFar = (k: number) => (tokens[k]?.lower === 'so' && tokens[k + 1]?.lower === 'far') || (tokens[k]?.lower === 'far' && tokens[k - 1]?.lower === 'so');
  while (verb < at + 5 && (/^(have|has|had|are|were|is|was|remain|remains|remained|remaining|still|now|being|been|reportedly|listed|also)$/.test(tokens[verb]?.lower ?? '') || soFar(verb))) verb++;
  // ("with 50 reported to be in critical condition", "were said to be in serious condition": a hearsay of the state)
  // ("another 22 were deemed to be in moderate condition")
  // ("Five people were stated to be in a critical condition")
  if (/^(reported|said|believed|thought|understood|listed|described|deemed|considered|stated|declared)$/.test(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'to' && tokens[verb + 2]?.lower === 'be' && tokens[verb + 3]?.lower === 'in') verb += 3;
  // ("with around 300 reported as critical": the state said of them)
  // ("five were triaged as critical, eight as serious": or the class a hospital sorted them into)
  if (/^(reported|listed|described|triaged|classified|categori[sz]ed)$/.test(tokens[verb]?.lower ?? '') && tokens[verb + 1]?.lower === 'as' && /^(critical|serious)$/.test(tokens[verb + 2]?.lower ?? '')) return verb + 2;
  // ("One woman was evacuated by helicopter to Malta in a critical condition": moved, and the state they were moved in)
  // ("eight of them have been referred to IGMC Shimla in a critical condition": or sent on to a bigger hospital)
  if (verb > at && /^(evacuated|airlifted|flown|taken|rushed|transferred|transported|brought|referred)$/.test(tokens[verb]?.lower ?? '')) {
    for (let k = verb + 1; k < tokens.length && k - verb <= 10 && tokens[k].kind !== 'punct'; k++) {
      const state = tokens[k + 1]?.lower === 'a' ? k + 2 : k + 1;
      if (tokens[k].lower === 'in' && /^(critical|serious|grave)$/.test(tokens[state]?.lower ?? '') && tokens[state + 1]?.lower === 'condition') return state + 1;
    }
  }
  let j = verb;
  // ("15 victims are still being treated at the hospital": treated where the hurt are)
  // ("Around 300 others were treated at an on-site field hospital": a longer name of the place)
  // ("eleven children and both teachers were checked over at Bronglais Hospital": or seen there, as a precaution)
  const seen = /^(checked|examined|assessed)$/.test(tokens[j]?.lower ?? '') && /^(over|out)$/.test(tokens[j + 1]?.lower ?? '') ? 1 : 0;
  if (j > at && /^(treated|hospitali[sz]ed|checked|examined|assessed)$/.test(tokens[j]?.lower ?? '') && /^(at|in)$/.test(tokens[j + 1 + seen]?.lower ?? '')
    && tokens.slice(j + 2 + seen, j + 6 + seen).some((t) => /^(hospitals?|clinics?)$/.test(t.lower)) && !tellsOfIllness(tokens)) return j;
  // ("Ten victims needed amputations", "three underwent surgery")
  // ("Three of the victims need urgent major surgery": now, and how urgent or large between)
  if (/^(needed|required|underwent|undergoing|need|needs|require|requires)$/.test(tokens[j]?.lower ?? '')) {
    let n = j + 1;
    // ("58 patients required at least one amputation": or how many each)
    if (tokens[n]?.lower === 'at' && tokens[n + 1]?.lower === 'least' && /^(one|an?)$/.test(tokens[n + 2]?.lower ?? '')) n += 3;
    else if (/^(an?|one)$/.test(tokens[n]?.lower ?? '')) n++;
    while (n < j + 6 && /^(urgent|emergency|immediate|major|further|more|life-saving|lifesaving)$/.test(tokens[n]?.lower ?? '')) n++;
    if (/^(amputations?|surgery|surgeries|operations?)$/.test(tokens[n]?.lower ?? '')) return n;
  }
  // ("85 continue to undergo treatment in various hospitals")
  if (/^(continue|continues|continued)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'to' && /^(undergo|receive)$/.test(tokens[j + 2]?.lower ?? '') && /^(treatment|care)$/.test(tokens[j + 3]?.lower ?? '')) return j + 3;
  if (/^(received|receive|receiving|sought|seeking|got|getting|needed|required|requiring)$/.test(tokens[j]?.lower ?? '')) {
    j++;
    while (j < verb + 4 && /^(outpatient|inpatient|medical|hospital|emergency|immediate|urgent|critical|intensive)$/.test(tokens[j]?.lower ?? '')) j++;
    // (help or assistance only when medical: "received help" may be anyone's)
    const noun = tokens[j]?.lower ?? '';
    // ("with more than 40 people requiring hospitalization")
    // (never care for an illness: "41 runners received treatment at medical tents, mostly for dehydration")
    if (careForIllness(tokens, j)) return -1;
    return (/^(care|treatment|hospitali[sz]ation)$/.test(noun) && !/^packages?$/.test(tokens[j + 1]?.lower ?? '')) || (j > verb + 1 && /^(assistance|help|attention)$/.test(noun)) ? j : -1;
  }
  // ("including 20 in critical condition and 37 under intensive care")
  if (tokens[j]?.lower === 'under' && (/^(care|treatment)$/.test(tokens[j + 1]?.lower ?? '') || (/^(intensive|medical|hospital)$/.test(tokens[j + 1]?.lower ?? '') && /^(care|treatment)$/.test(tokens[j + 2]?.lower ?? '')))) {
    return tokens[j + 1].lower === 'care' || tokens[j + 1].lower === 'treatment' ? j + 1 : j + 2;
  }
  // ("while eight others in critical condition at the burn institute": the verb may be left out before the state)
  if (j === at && tokens[j]?.lower !== 'in') return -1;
  // ("three persons remain critical": the state alone, after "remain")
  if (/^(remain|remains|remained)$/.test(tokens[j - 1].lower) && /^(critical|serious)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower !== 'of') return j;
  // ("11 patients remain admitted": still in a hospital's beds, never for an illness)
  // (alone: "remain admitted to hospital" is read where the place is, and "remain admitted to the university" never)
  if (/^(remain|remains|remained)$/.test(tokens[j - 1].lower) && tokens[j]?.lower === 'admitted' && !tellsOfIllness(tokens)
    && (!tokens[j + 1] || tokens[j + 1].kind === 'punct' || /^(with|after|following|since)$/.test(tokens[j + 1].lower))) return j;
  // ("two of the students remain at Children's Hospital": still kept at a hospital named, never at one for an illness)
  // ("12 are still confined at the Davao Regional Medical Center": or confined there, as Philippine copy says it)
  const confined = tokens[j]?.lower === 'confined' && j > at;
  if (((tokens[j]?.lower === 'at' && /^(remain|remains|remained|still)$/.test(tokens[j - 1].lower)) || confined) && !tellsOfIllness(tokens)) {
    const hospital = hospitalAfter(tokens, confined ? j + 1 : j);
    if (hospital > 0) return hospital;
  }
  if (tokens[j]?.lower !== 'in') return -1;
  // ("Two people remain in intensive care", "11 of which are in ICU": care for the badly hurt, never for an illness)
  if (tokens[j + 1]?.lower === 'intensive' && tokens[j + 2]?.lower === 'care' && !tellsOfIllness(tokens)) return j + 2;
  const icu = tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
  if (/^(icu|icus)$/.test(tokens[icu]?.lower ?? '') && !tellsOfIllness(tokens)) return icu;
  // ("Staff say 9 people have died …, and at least 30 are in surgery": on the operating table)
  if (tokens[j + 1]?.lower === 'surgery' && !tellsOfIllness(tokens)) return j + 1;
  // ("22 victims are in the hospital, including 10 children": the hurt, where they are cared for now; never "About 140
  // people were in the hospital at the time", who were there when it was attacked)
  // (never a hospital's morgue: "200 others are in hospital morgues")
  if (/^(hospital|hospitals)$/.test(tokens[icu]?.lower ?? '') && /^(are|is|remain|remains|remained|still)$/.test(tokens[j - 1]?.lower ?? '')
    && (tokens[icu + 1] === undefined || tokens[icu + 1].kind === 'punct' || /^(in|at|with|for|and|including|after|following|since|now)$/.test(tokens[icu + 1].lower)) && !tellsOfIllness(tokens)) return icu;
  // ("also remains in a critical condition")
  let state = tokens[j + 1]?.lower === 'a' ? j + 2 : j + 1;
  // ('are in a “critical condition”': the state quoted)
  if (/^[“"‘']$/.test(tokens[state]?.text ?? '')) state++;
  if (/^(extremely|very)$/.test(tokens[state]?.lower ?? '')) state++;
  // ("nine victims in a critical state have been airlifted": a state as well as a condition)
  return CARE_STATES.test(tokens[state]?.lower ?? '') && /^(conditions?|state)$/.test(tokens[state + 1]?.lower ?? '') ? state + 1 : -1;
}

/**
 * "Eight of those rescued Sunday were rushed …", "61 of those rescued needed hospital care", "46 of those assaulted needed
 * hospital treatment": a part of a group named by what was done for it (or to it) and when; the index past the group,
 * where the part's own verb stands, else -1.
 */
function partOfThoseDoneTo(tokens: Token[], phrase: NumberPhrase): number {
  const i = phrase.last + 1;
  if (tokens[i]?.lower !== 'of' || !/^(those|them)$/.test(tokens[i + 1]?.lower ?? '')
    || !/^(rescued|evacuated|saved|freed|pulled|brought|found|detained|arrested|held|questioned|examined|interviewed|surveyed|assaulted|attacked)$/.test(tokens[i + 2]?.lower ?? '')) return -1;
  let e = i + 3;
  if (/^(on|last|early|late)$/.test(tokens[e]?.lower ?? '')) e++;
  if (WEEKDAY.test(tokens[e]?.lower ?? '') || /^(yesterday|today|overnight)$/.test(tokens[e]?.lower ?? '')) e++;
  return e;
}

/** "Twenty of those reported dead and 10 of the missing …": the fate of "those" the count is taken from. */
function fateOfThose(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  if (tokens[phrase.last + 1]?.lower !== 'of' || tokens[phrase.last + 2]?.lower !== 'those') return null;
  // ("One of those injured in the blast later died": never the hurt's fate, when one of them then died; findCasualtyLink
  // reads that death)
  if (hurtThenDiedAt(tokens, phrase.last) > 0) return null;
  const k = /^(reported|confirmed|feared|believed|listed|declared)$/.test(tokens[phrase.last + 3]?.lower ?? '') ? phrase.last + 4 : phrase.last + 3;
  const c = /^(dead|killed|wounded|injured|missing)$/.test(tokens[k]?.lower ?? '') ? casualtyAt(tokens, k, CASUALTY_AFTER) : null;
  return c ? { category: c.category, casualtyIndex: k, side: 'after' } : null;
}

/**
 * "which included 25 deaths in Petit-Goave, 3 in Fontamara, 1 in Marigot and around 13 people are still missing": a
 * count by place after a first one with its noun takes that noun, never a fate told after the list.
 */
function countByPlace(tokens: Token[], phrase: NumberPhrase, phrases: NumberPhrase[]): CasualtyLink | null {
  const at = countStart(tokens, phrase);
  if (tokens[phrase.last + 1]?.lower !== 'in' || !/^\p{Lu}/u.test(tokens[phrase.last + 2]?.text ?? '') || !/^(,|and)$/.test(tokens[at - 1]?.lower ?? '')) return null;
  const ends = new Set(phrases.map((p) => p.last));
  for (let k = at - 2; k >= 0 && at - k <= 16; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',' && tokens[k].text !== '-') return null;
    if (!ends.has(k - 1) || tokens[k + 1]?.lower !== 'in' || !/^(deaths|dead|killed|fatalities|injured|wounded|missing)$/.test(tokens[k].lower)) continue;
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    return c ? { category: c.category, casualtyIndex: k, side: 'after' } : null;
  }
  return null;
}

/**
 * The source of the whole a part opened right after it belongs to ("which has recorded that 416 protesters have been
 * killed, including 51 children": the 51 are the recorder's, whoever speaks the sentence), when nothing is said between
 * them; else undefined.
 */
function sourceOfWhole(tokens: Token[], whole: { last: number } | undefined, start: number, previous: Mention | undefined): string | null | undefined {
  if (!whole || !previous || previous.source === null) return undefined;
  const opener = start - 1;
  if (!/^(including|among)$/.test(tokens[opener]?.lower ?? '') && !(tokens[opener]?.lower === 'them' && tokens[opener - 1]?.lower === 'among')) return undefined;
  const between = tokens.slice(whole.last + 1, opener);
  if (between.length > 6 || between.some((t) => SAY_VERBS.has(t.lower) || /^[.;:]$/.test(t.text))) return undefined;
  return previous.source;
}

/**
 * Whether a part opened by "including" follows two counts of the dead and the hurt joined by "and" in its clause
 * ("860 people were killed and 393 injured …, including at least 36 children"), with no later count to say which
 * it is part of ("including 579 children and more than 4,000 injuries" names its own).
 */
function partOfBoth(tokens: Token[], phrases: NumberPhrase[], phrase: NumberPhrase, figureEnds: { last: number; category: Category }[]): boolean {
  if (figureEnds.length < 2 || tokens[countStart(tokens, phrase) - 1]?.lower !== 'including') return false;
  const [a, b] = figureEnds.slice(-2);
  const fates = new Set([a.category, b.category]);
  if (!fates.has('killed') || !fates.has('wounded')) return false;
  const second = phrases.find((p) => p.last === b.last);
  if (!second) return false;
  const join = tokens.slice(a.last + 1, countStart(tokens, second));
  if (join.length > 4 || join[join.length - 1]?.lower !== 'and' || join.some((t) => t.kind === 'punct')) return false;
  const between = tokens.slice(b.last + 1, countStart(tokens, phrase) - 1);
  if (between.some((t) => t.kind === 'punct' && t.text !== ',')) return false;
  // ("24 people died and 40 injured people, including 12 children": the second count's own people, right before the list)
  if (between.length <= 4 && between[between.length - 1]?.text === ',' && isPersonWord(between[between.length - 2]?.lower ?? '')
    && between.slice(0, -1).every((t) => t.kind === 'word' && !/^(in|at|on|during|after|from|near|across)$/.test(t.lower))) return false;
  // ("at least 44 people were killed and 196 more, including 10 children, were wounded": an aside set inside the second
  // count's clause, before its verb, is part of that count)
  const close = tokens.findIndex((t, k) => k > phrase.last && k - phrase.last <= 5 && t.text === ',');
  if (close > 0 && tokens.slice(phrase.last + 1, close).every((t) => t.kind === 'word') && /^(were|was|are|is|have|has|had)$/.test(tokens[close + 1]?.lower ?? '')) return false;
  // ("129 people were killed and 352 injured, including 99 critically": how badly says the part is of the hurt)
  if (/^(critically|seriously|badly|severely|gravely|slightly|lightly)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return false;
  return !phrases.some((p) => p.first > phrase.last && tokens.slice(phrase.last + 1, p.first).every((t) => t.kind === 'word' || t.text === ','));
}

/**
 * A player's record in a game ("27 kills and 12 deaths on Mirage", "Kills: 25, deaths: 4"): kills or frags counted, in
 * a sentence that names the game's own terms. No war's toll counts frags, and a sniper's "30 confirmed kills" names no map.
 */
function playerRecord(tokens: Token[]): boolean {
  const counted = tokens.some((t, k) => /^(kills|frags)$/.test(t.lower) && (isCountToken(tokens[k - 1]) || (tokens[k + 1]?.text === ':' && isCountToken(tokens[k + 2]))));
  return counted && tokens.some((t) => /^(frags|assists|map|maps|round|rounds|scoreboard|server|overtime|stats|rating|mvp|mirage|dust2|inferno|nuke)$/.test(t.lower));
}

/**
 * "with 18 of the adults and 10 of the children unidentified": how many of a group already counted have no name yet;
 * none of them is a casualty of its own (but "identified 12 of the dead" counts the dead it names).
 */
function unidentifiedOf(tokens: Token[], tags: Tags[], phrase: NumberPhrase): boolean {
  if (tokens[phrase.last + 1]?.lower !== 'of' || !/^(the|those|them)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return false;
  for (let k = phrase.last + 3; k < tokens.length && k - phrase.last <= 10; k++) {
    if (tokens[k].lower === 'unidentified') return true;
    if (tokens[k].kind === 'punct' || isVerbOnly(tags[k])) return false;
  }
  return false;
}

/** "These are just two of the 25,000 dead fighters …": the ones just told of, named again as a part. */
function theseAreOf(tokens: Token[], phrase: NumberPhrase): boolean {
  let k = countStart(tokens, phrase) - 1;
  if (/^(just|only|but|among)$/.test(tokens[k]?.lower ?? '')) k--;
  return /^(are|were)$/.test(tokens[k]?.lower ?? '') && /^(these|those|they)$/.test(tokens[k - 1]?.lower ?? '') && (k - 1 === 0 || tokens[k - 2]?.kind === 'punct')
    && tokens[phrase.last + 1]?.lower === 'of' && /^(the|those)$/.test(tokens[phrase.last + 2]?.lower ?? '');
}

/** "two additional victims, one in the Eaton Fire area and the other within …": the two told apart, no count of its own. */
function oneAndTheOther(tokens: Token[], phrase: NumberPhrase): boolean {
  if (tokens[phrase.first]?.lower !== 'one' || phrase.first !== phrase.last || tokens[phrase.first - 1]?.text !== ',') return false;
  for (let k = phrase.last + 1; k < tokens.length && k - phrase.last <= 10; k++) {
    if (tokens[k].lower === 'and' && tokens[k + 1]?.lower === 'the' && tokens[k + 2]?.lower === 'other') return true;
    if (tokens[k].kind !== 'word') return false;
    // ("one person was killed in a nearby street and the other two died": a fate of its own, the one is a count)
    if (casualtyAt(tokens, k, CASUALTY_AFTER)) return false;
  }
  return false;
}

/**
 * "with seven other colleagues from Japan, who are missing", "30 students from the school, who were all killed": the
 * people counted, where they are from, then their fate in a relative clause set off by a comma (the last way a count
 * finds its fate, so only of two or more).
 */
function fateInWhoClause(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  return phrase.value < 2 ? null : fateOfTheCounted(tokens, phrase, true);
}

/**
 * "two miners managed to walk out and were treated for minor injuries", "Six climbers reached the summit and were
 * killed": a second predicate of the same people, after "and", tells their fate.
 */
function fateInSecondPredicate(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // ("30 more people had been taken away by soldiers and were still missing": past "more")
  if (/^(more|other)$/.test(tokens[phrase.last + 1]?.lower ?? '') && isPersonWord(tokens[phrase.last + 2]?.lower ?? '')) phrase = { ...phrase, last: phrase.last + 1 };
  // ("Three of them were dug out alive by other skiers and taken to hospital": or a part of people before)
  if (tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'them') phrase = { ...phrase, last: phrase.last + 1 };
  if (!isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && !/^(others|them)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return null;
  // (whether an aside between commas was passed: "were pulled from the water alive, most with severe burns, and taken")
  let aside = false;
  // (whether a short clause of when was passed: "fell into the water before we arrived and are still missing")
  let when = -1;
  for (let k = phrase.last + 2; k < tokens.length && k - phrase.last <= 20; k++) {
    const t = tokens[k];
    if (t.text === ',' && k - phrase.last <= 14) { aside = true; continue; }
    if (/^(when|after|before|until)$/.test(t.lower) && when < 0 && k > phrase.last + 3) { when = k; continue; }
    if (t.kind === 'punct' || t.kind === 'digits' || isNumberWord(t.lower) || /^(who|which|that|but|or|nor|when|while|after|before|because|if|until)$/.test(t.lower)) return null;
    if (t.lower !== 'and') continue;
    // ("were struck by a pickup in the crosswalk at Main and Elm and taken to …": a place's names joined, no predicate)
    if (k > phrase.last + 3 && /^\p{Lu}/u.test(tokens[k - 1].text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokens[k - 2]?.kind === 'word') continue;
    if (when > 0 && k - when > 5) return null;
    // ("Two pedestrians were struck by a car and suffered minor injuries": a wound suffered, the subject shared)
    const suffered = !aside && k - phrase.last <= 14 ? harmSufferedAt(tokens, k + 1) : null;
    if (suffered) return suffered;
    // ("12 migrants jumped into the sea and drowned": a fate that takes no object, the subject shared; never "and killed
    // three", whose count is the object)
    if (/^(died|drowned|perished|succumbed|suffocated)$/.test(tokens[k + 1]?.lower ?? '') && !aside && k - phrase.last <= 12) return { category: 'killed', casualtyIndex: k + 1, side: 'after' };
    // ("Seven others were pulled alive from the sand and taken to the hospital": the auxiliary shared, care a wound's)
    if (movedToHospital(tokens, k + 1) && /^(were|was)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return { category: 'wounded', casualtyIndex: k + 1, side: 'after' };
    // ("She taught 300 students and was killed in 2004": a singular verb has another subject than the count)
    if (phrase.value > 1 && /^(was|is|has)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    // ("Five people have been pulled alive from the mud and are receiving treatment": or in the present)
    if (aside || k - phrase.last > 14 || !/^(were|was|had|have|has|are|is|remain|remains|remained)$/.test(tokens[k + 1]?.lower ?? '')) return null;
    let v = k + 2;
    while (v < k + 5 && /^(been|later|also|then|all|both|subsequently|still|now)$/.test(tokens[v]?.lower ?? '')) v++;
    const fate = casualtyAt(tokens, v, CASUALTY_AFTER);
    if (fate) return { category: fate.category, casualtyIndex: v, side: 'after' };
    // ("and are receiving treatment", "and are in serious condition": the care or state of the hurt)
    const care = careReceivedAt(tokens, k + 1);
    if (care > 0) return { category: 'wounded', casualtyIndex: care, side: 'after' };
    // ("and were treated for minor injuries")
    if (/^(treated|hospitali[sz]ed)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'for' && tokens.slice(v + 2, v + 5).some((x) => /^(injuries|wounds|burns)$/.test(x.lower))) {
      return { category: 'wounded', casualtyIndex: v, side: 'after' };
    }
    return null;
  }
  return null;
}

/**
 * "The militant killed district governor Ali Dost Shams, his bodyguards, seven police officers and five government
 * intelligence agents": a count that is a later object of a verb of harm, after objects with no count of their own (a
 * name, a definite or possessive phrase), else null.
 */
function laterObjectOfHarm(tokens: Token[], tags: Tags[], phrase: NumberPhrase): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (!/^(,|and)$/.test(tokens[start - 1]?.lower ?? '') || !personNamedAfter(tokens, phrase.last + 1)) return null;
  for (let j = start - 2; j >= 0 && start - j <= 16; j--) {
    const t = tokens[j];
    if (t.text === ',' || t.lower === 'and') continue;
    if (t.kind !== 'word' || SAY_VERBS.has(t.lower) || /^(by|who|which|that|were|was|are|is)$/.test(t.lower)) return null;
    if (HARM_VERB_FORMS.test(t.lower)) {
      // (the verb's own object first: never "were killed, the governor and seven …", a passive with no object)
      if (j + 1 >= start - 1 || /^(were|was|been|be|being|are|is)$/.test(tokens[j - 1]?.lower ?? '')) return null;
      const category = CASUALTY_BEFORE[t.lower];
      return category && category !== 'casualties' ? { category, casualtyIndex: j, side: 'before' } : null;
    }
    if (tags[j].has('Verb') && !tags[j].has('Noun') && !tags[j].has('ProperNoun') && !tags[j].has('Adjective')) return null;
  }
  return null;
}

/**
 * "five children from the same family who drowned overnight", "30 students from the school, who were all killed": the
 * fate of the people a count names, told in their own relative clause right after them (a few words of where they are
 * from between; `comma`: only a clause set off by one), else null.
 */
function fateOfTheCounted(tokens: Token[], phrase: NumberPhrase, comma = false): CasualtyLink | null {
  let k = phrase.last + 1;
  while (k < tokens.length && k - phrase.last <= 3 && tokens[k].kind === 'word' && !isPersonWord(tokens[k].lower)) k++;
  if (!isPersonWord(tokens[k]?.lower ?? '') || tokens[k].kind !== 'word') return null;
  k++;
  // ("SCDF found one person unconscious in the unit, who was pronounced dead": the state they were found in)
  if (/^(unconscious|unresponsive|motionless|lying)$/.test(tokens[k]?.lower ?? '')) k++;
  // (where they are from: "from Japan", "of the school", a few words)
  if (/^(from|of|in|at|on|inside)$/.test(tokens[k]?.lower ?? '')) {
    const from = k;
    while (k < tokens.length && k - from <= 5 && tokens[k].kind === 'word' && tokens[k].lower !== 'who') k++;
  }
  if (tokens[k]?.text === ',') k++;
  else if (comma) return null;
  if (tokens[k]?.lower !== 'who') return null;
  let v = k + 1;
  if (/^(have|had)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'been') v += 2;
  else if (/^(are|were|was|had|have)$/.test(tokens[v]?.lower ?? '')) v++;
  // ("found two people, who were pronounced dead at the scene": how the fate was known, before it)
  while (/^(still|all|also|reportedly|later|now|pronounced|declared|confirmed|found)$/.test(tokens[v]?.lower ?? '')) v++;
  // ("shooting two officers, who are in stable condition": the care or the state of the hurt)
  const care = careReceivedAt(tokens, k + 1);
  if (care > 0) return { category: 'wounded', casualtyIndex: care, side: 'after' };
  const fate = casualtyAt(tokens, v, CASUALTY_AFTER);
  return fate && fate.category !== 'casualties' ? { category: fate.category, casualtyIndex: v, side: 'after' } : null;
}

/**
 * "who sustained severe injuries and subsequently passed away": where the death told right after the harm at `k` is,
 * in the same clause, or -1.
 */
function diedAfterHarm(tokens: Token[], k: number): number {
  if (tokens[k + 1]?.lower !== 'and') return -1;
  const died = /^(later|subsequently|then|eventually)$/.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
  return /^(died|succumbed)$/.test(tokens[died]?.lower ?? '') || (tokens[died]?.lower === 'passed' && tokens[died + 1]?.lower === 'away') ? died : -1;
}

/**
 * "suffered injuries to the chest", "over 25 others received serious burns", "received a fatal shrapnel wound" (killed),
 * 'sustained "minor injuries"': the harm a verb of suffering at `v` names a few words on; else null.
 */
function harmSufferedAt(tokens: Token[], v: number): CasualtyLink | null {
  if (!/^(suffered|sustained|suffering|sustaining|received|receiving)$/.test(tokens[v]?.lower ?? '')) return null;
  // ("Two officers suffered no injuries": none is the count, and the count before names no one hurt)
  if (tokens[v + 1]?.lower === 'no') return null;
  // ("are suffering from different degrees of shrapnel wounds": how badly, in a few words before the wounds)
  for (let k = v + 1; k < tokens.length && k <= v + 7; k++) {
    // ("one crew member suffered a fractured ankle", "suffered broken ribs and a concussion": a broken bone is a wound)
    const broken = BROKEN.test(tokens[k - 1]?.lower ?? '') && k - 1 > v && BONES.test(tokens[k].lower);
    // ("Nine climbers were suffering from hypothermia": a harm, as treatedHarmAt holds it)
    if (broken || HARMED_STATES.test(tokens[k].lower)) return { category: 'wounded', casualtyIndex: k, side: 'after' };
    if (/^(injuries|injury|wounds|wound|burns)$/.test(tokens[k].lower)) {
      const fatal = tokens.slice(v + 1, k).some((x) => /^(fatal|mortal|deadly|lethal)$/.test(x.lower));
      const died = diedAfterHarm(tokens, k);
      return { category: fatal || died > 0 ? 'killed' : 'wounded', casualtyIndex: died > 0 ? died : k, side: 'after' };
    }
    if (tokens[k].kind !== 'word' && !/^["“”]$/.test(tokens[k].text)) break;
  }
  return null;
}

/** "were counted among the dead", "is included among": a count's place in a group told by the verb at `v`, which is no fate. */
const countedAmongAt = (tokens: Token[], v: number): boolean => /^(counted|listed|numbered|included|confirmed|identified)$/.test(tokens[v]?.lower ?? '')
  && /^(were|was|are|is|be|been)$/.test(tokens[v - 1]?.lower ?? '') && tokens[v + 1]?.lower === 'among';

/**
 * "17 victims, including children, are still receiving treatment", "as many as 39 victims of the quake had not been
 * found", "59 victims who suffered from serious injuries": the fate of the victims at `v`, told after them (past an aside
 * between commas, or what they were victims of), when it is one of the casualties'; else null.
 */
function victimsOwnFate(tokens: Token[], v: number): CasualtyLink | null {
  let j = v + 1;
  if (tokens[j]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > j && k <= j + 6 && t.text === ',');
    if (close < 0 || !tokens.slice(j + 1, close).every((t) => t.kind === 'word')) return null;
    j = close + 1;
  } else if (tokens[j]?.lower === 'of') {
    const from = j;
    while (j < from + 6 && tokens[j + 1]?.kind === 'word' && !AUXILIARIES.has(tokens[j + 1].lower) && !/^(who|that|which|remain|remains)$/.test(tokens[j + 1].lower)) j++;
    j++;
  }
  if (tokens[j]?.lower === 'who') j++;
  const cared = careReceivedAt(tokens, j);
  if (cared >= 0) return { category: 'wounded', casualtyIndex: cared, side: 'after' };
  // ("There are 130 victims in hospital": victims in care are the hurt)
  const inCare = hospitalAfter(tokens, j);
  if (inCare >= 0) return { category: 'wounded', casualtyIndex: inCare, side: 'after' };
  // ("who suffered from serious injuries")
  const suffered = harmSufferedAt(tokens, j);
  if (suffered) return suffered;
  let k = j;
  while (k < j + 3 && /^(are|were|is|was|have|had|has|remain|remains|remained|still|yet|been|not)$/.test(tokens[k]?.lower ?? '')) k++;
  // ("About 130 victims were flown to hospitals in Moscow": or taken there)
  if (k > j && movedToHospital(tokens, k)) return { category: 'wounded', casualtyIndex: k, side: 'after' };
  if (k > j && /^(missing|unaccounted)$/.test(tokens[k]?.lower ?? '')) return { category: 'missing', casualtyIndex: k, side: 'after' };
  // ("25 riot victims have been brought dead so far": victims brought in dead are the dead)
  if (k > j && /^(brought|taken|carried)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'dead') return { category: 'killed', casualtyIndex: k + 1, side: 'after' };
  // ("where more than 250,000 victims are believed to be buried", "250,000 victims … have their final resting-place":
  // victims buried are dead)
  const buriedAt = k > j && /^(believed|thought|said|estimated)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'be' ? k + 3 : k;
  if (buriedAt > j && /^(buried|interred)$/.test(tokens[buriedAt]?.lower ?? '') && !/^(under|beneath|alive|in)$/.test(tokens[buriedAt + 1]?.lower ?? '')) {
    return { category: 'killed', casualtyIndex: buriedAt, side: 'after' };
  }
  if (/^(have|has)$/.test(tokens[j]?.lower ?? '') && /^(their|its)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'final' && /^resting/.test(tokens[j + 3]?.lower ?? '')) {
    return { category: 'killed', casualtyIndex: j + 3, side: 'after' };
  }
  // ("had not been found", "are yet to be found": not found are the missing)
  const found = tokens[k]?.lower === 'to' ? k + 2 : k;
  return k > j && notFoundAt(tokens, found) ? { category: 'missing', casualtyIndex: found, side: 'after' } : null;
}

/** "have not been traced", "were never found", "are yet to be found": a verb of finding at `v`, denied; the people are missing. */
function notFoundAt(tokens: Token[], v: number): boolean {
  if (!/^(found|traced|located)$/.test(tokens[v]?.lower ?? '')) return false;
  // (never a finding about the people: "were not found guilty", "not found to be at fault")
  if (/^(guilty|innocent|liable|responsible|culpable|fit|unfit|eligible|competent|to|dead|alive)$/.test(tokens[v + 1]?.lower ?? '')) return false;
  const denied = (k: number) => /^(not|never)$/.test(tokens[k]?.lower ?? '');
  return denied(v - 1) || (tokens[v - 1]?.lower === 'been' && denied(v - 2))
    || (tokens[v - 1]?.lower === 'be' && tokens[v - 2]?.lower === 'to' && tokens[v - 3]?.lower === 'yet');
}

/**
 * "The students, about 287, were kidnapped": a count set between commas after the people it counts, then their fate.
 */
function countInApposition(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // ("The rest of the victims, perhaps as many as 15, happened to be stopped": a hedge before the count)
  const start = /^(perhaps|possibly|maybe|probably)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '') ? countStart(tokens, phrase) - 1 : countStart(tokens, phrase);
  // ("The others, 26 in all, were presumed dead": with how it sums them)
  let end = tokens[phrase.last + 1]?.lower === 'in' && /^(all|total)$/.test(tokens[phrase.last + 2]?.lower ?? '') ? phrase.last + 3
    : /^(altogether|overall)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  // ("Members of the public killed by work activities, 87 in the same year, are counted separately": or with when, and
  // the people named by their fate's participle and its phrase)
  const when = [2, 3, 4, 5].find((d) => tokens[phrase.last + d]?.text === ',' && /^(in|last|that|this)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && tokens.slice(phrase.last + 1, phrase.last + d).some((t) => TIME_UNITS.test(t.lower) || isYearToken(t)));
  if (when !== undefined && tokens[end]?.text !== ',') end = phrase.last + when;
  // ("caused the deaths of Maria Ortiz, Luis Ortiz and Ana Beltran, three persons, by setting fire": the harmed named
  // first, after their harm's "of" or "to", then counted with their noun between commas)
  if (tokens[start - 1]?.text === ',' && isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && (!tokens[phrase.last + 2] || /^[,.;]$/.test(tokens[phrase.last + 2].text))) {
    let k = start - 2;
    while (k > 0 && start - k <= 16 && ((tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) || tokens[k].text === ',' || tokens[k].lower === 'and')) k--;
    const key = /^(of|to)$/.test(tokens[k]?.lower ?? '') ? casualtyAt(tokens, k - 1, CASUALTY_BEFORE) : null;
    if (key && key.width === 2 && /^\p{Lu}/u.test(tokens[k + 1].text)) return { category: key.category, casualtyIndex: k - 1, side: 'before' };
  }
  if (tokens[start - 1]?.text !== ',' || tokens[end]?.text !== ',') return null;
  if (when !== undefined) {
    for (let k = start - 2; k >= 1 && start - k <= 8 && tokens[k].kind === 'word'; k--) {
      const fate = casualtyAt(tokens, k, CASUALTY_AFTER);
      if (fate && /ed$/.test(tokens[k].lower) && (isPersonWord(tokens[k - 1].lower) || tokens[k - 1].lower === 'public') && tokens.slice(k + 1, start - 1).every((t) => t.kind === 'word')) {
        return { category: fate.category, casualtyIndex: k, side: 'before' };
      }
    }
  }
  const noun = tokens[start - 2];
  if (!noun || noun.kind !== 'word' || !(isPersonWord(noun.lower) || noun.lower === 'others') || !/s$/.test(noun.lower)) return null;
  let k = end + 1;
  while (k < end + 4 && AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  // (a hedge on the fate: "were presumed dead")
  if (k > end + 1 && /^(presumed|believed|feared|confirmed|reported)$/.test(tokens[k]?.lower ?? '')) k++;
  const fate = k > end + 1 ? casualtyAt(tokens, k, CASUALTY_AFTER) : null;
  if (fate) return { category: fate.category, casualtyIndex: k, side: 'after' };
  // (else the people's own noun names their harm: "The rest of the victims, perhaps as many as 15, happened to be …")
  const own = tokens[start - 3]?.lower === 'the' ? casualtyAt(tokens, start - 2, CASUALTY_AFTER) : null;
  return own && own.width === 1 ? { category: own.category, casualtyIndex: start - 2, side: 'before' } : null;
}

/** A range after "from" ("from 430,000 to 680,000"), or its low end with its "to" after it. */
function spansFrom(tokens: Token[], phrase: NumberPhrase, q: { first: number } | null | undefined): boolean {
  return (phrase.high !== undefined || tokens[phrase.last + 1]?.lower === 'to') && (tokens[phrase.first].lower === 'from' || tokens[(q?.first ?? phrase.first) - 1]?.lower === 'from');
}

/** The labels of an info box's casualty fields, as the box writes them. */
const INFO_BOX_LABEL = /^(Deaths|Dead|Fatalities|Injuries|Injured|Wounded|Missing|Casualties)$/;

/** The noun of the harmed that a breakdown in apposition can follow: "The victims - 14 adults and 10 children -". */
const HARMED_GROUP = /^(victims|dead|deceased|injured|wounded|missing|casualties|bodies)$/;

/**
 * "The victims - 14 adults and 10 children - were mostly family members": counts of people set between dashes, brackets
 * or commas right after the group of the harmed they break down, each with its people's noun (or how many in all).
 */
function breakdownInApposition(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const inside = (t: Token | undefined) => t !== undefined && (t.kind === 'digits' || t.lower === 'and' || (t.kind === 'word' && !SAY_VERBS.has(t.lower)));
  let open = countStart(tokens, phrase) - 1;
  while (open > 1 && countStart(tokens, phrase) - open <= 12 && (inside(tokens[open]) || (tokens[open].text === ',' && !HARMED_GROUP.test(tokens[open - 1].lower)))) open--;
  if (!/^[-–—(,]$/.test(tokens[open]?.text ?? '') || !HARMED_GROUP.test(tokens[open - 1]?.lower ?? '') || !/^(the|its|their)$/.test(tokens[open - 2]?.lower ?? '')) return null;
  const closer = tokens[open].text === '(' ? ')' : tokens[open].text === ',' ? ',' : tokens[open].text;
  let close = phrase.last + 1;
  while (close < tokens.length && close - phrase.last <= 12 && (inside(tokens[close]) || (closer !== ',' && tokens[close].text === ','))) close++;
  if (tokens[close]?.text !== closer && !(closer !== ')' && /^[-–—]$/.test(tokens[close]?.text ?? ''))) return null;
  // (each count with its people's noun: never "The dead, 14 in all, …", which countInApposition reads)
  // ("The dead — 16 in all — included a 10-year-old boy": or how many in all)
  const inAll = (tokens[phrase.last + 1]?.lower === 'in' && /^(all|total)$/.test(tokens[phrase.last + 2]?.lower ?? '') && close === phrase.last + 3)
    || (tokens[phrase.last + 1]?.lower === 'altogether' && close === phrase.last + 2);
  if (!isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && !inAll) return null;
  const harm = casualtyAt(tokens, open - 1, CASUALTY_AFTER);
  return harm && harm.width === 1 ? { category: harm.category, casualtyIndex: open - 1, side: 'before' } : null;
}

/**
 * "a conflict … that causes at least 25 deaths during a year", "defined as a conflict causing at least 1,000
 * battle-related deaths in a year": the threshold a kind of conflict is defined by, no one's count.
 */
function definesAThreshold(tokens: Token[], phrase: NumberPhrase, link: CasualtyLink): boolean {
  // ("CNN defines a mass shooting as an incident with four or more people killed or wounded": an open-ended count in
  // what a definition says a kind of event is)
  {
    const start = countStart(tokens, phrase);
    const open = (tokens[phrase.last + 1]?.lower === 'or' && /^(more|greater)$/.test(tokens[phrase.last + 2]?.lower ?? ''))
      || (tokens[start]?.lower === 'at' && tokens[start + 1]?.lower === 'least');
    const defining = tokens.slice(Math.max(0, start - 14), start).some((t) => /^(defines|define|defined|defining|definition)$/.test(t.lower));
    // ("It defines a massacre as the killing of three or more defenceless people", "is defined as one in which four or
    // more people are shot")
    if (open && defining && tokens.slice(Math.max(0, start - 8), start).some((t, d, all) => /^(a|an|any|the|one)$/.test(t.lower) && all[d - 1]?.lower === 'as')) return true;
  }
  if (link.side !== 'after') return false;
  // ("Of these accidents, 1,658 resulted in at least one fatality": at least one death in each of so many events)
  {
    const start = countStart(tokens, phrase);
    const perEvent = phrase.value === 1 && tokens[start]?.lower === 'at' && tokens[start + 1]?.lower === 'least'
      && /^(in|involved|involving|with|caused|causing)$/.test(tokens[start - 1]?.lower ?? '');
    if (perEvent && tokens.slice(0, start).some((t) => /^(accidents|crashes|collisions|incidents|attacks|shootings|events|explosions|fires)$/.test(t.lower))
      && tokens.slice(0, start).some((t) => t.kind === 'digits')) return true;
    // ("There were 163 incidents in which more than one worker was killed": more than one in each of the events counted)
    const eachOf = phrase.value === 1 && /^(more|over)$/.test(tokens[start]?.lower ?? '') && tokens[start - 1]?.lower === 'which' && /^(in|of)$/.test(tokens[start - 2]?.lower ?? '')
      && /^(accidents|crashes|collisions|incidents|attacks|shootings|events|explosions|fires|cases)$/.test(tokens[start - 3]?.lower ?? '');
    if (eachOf) return true;
  }
  const k = link.casualtyIndex + 1;
  const yearly = (/^(in|during|within|per)$/.test(tokens[k]?.lower ?? '') && /^(a|one)$/.test(tokens[k + 1]?.lower ?? '') && /^(year|calendar)$/.test(tokens[k + 2]?.lower ?? ''))
    || (tokens[k]?.lower === 'a' && tokens[k + 1]?.lower === 'year');
  if (!yearly) return false;
  const start = countStart(tokens, phrase);
  if (!/^(causes|causing|cause|caused|with|of|reaching|reaches)$/.test(tokens[start - 1]?.lower ?? '')) return false;
  return tokens.slice(Math.max(0, start - 20), start).some((t, d, all) => /^(conflict|conflicts|war|wars)$/.test(t.lower) && (/^(a|an)$/.test(all[d - 1]?.lower ?? '') || all.slice(0, d).some((x, e) => x.lower === 'defined' && all[e + 1]?.lower === 'as')));
}

/** Whether the words after `from` add what was just counted to a death toll ("were added to the death toll", ", bringing the death toll to"). */
function addsToDeathToll(tokens: Token[], from: number): boolean {
  const adds = tokens.findIndex((t, k) => k > from && k <= from + 4 && /^(added|adding|bringing|brings|brought|raising|raises|raised|pushing|taking)$/.test(t.lower));
  return adds > 0 && tokens.slice(adds + 1, adds + 5).some((t, d) => t.lower === 'toll' && tokens[adds + d]?.lower === 'death');
}

/**
 * "has killed 12 people, including a 15-year-old girl": one victim named as a part of the
 * figure just before it (the label rules annotate subsets apart), with that figure's category.
 */
function includedSingles(tokens: Token[], tags: Tags[], figures: { last: number; category: Category }[], used: Set<number>, headline: boolean): { first: number; last: number; category: Category; part?: true }[] {
  const out: { first: number; last: number; category: Category; part?: true }[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    // "including a child", "among them a child"; ("16 suspects were killed, along with a policeman and a woman": more victims)
    // ("recovered the bodies of three more people from the rubble: a woman and two children": a list after a colon)
    // ("received four patients from the fire: three firefighters with heat exhaustion and a resident with smoke
    // inhalation": or a count first, then the single)
    const colon = tokens[k].text === ':' && (/^(a|an)$/.test(tokens[k + 1]?.lower ?? '') || (tokens[k + 1] !== undefined && isCountToken(tokens[k + 1]) && isPersonWord(tokens[k + 2]?.lower ?? '')));
    // ("Four boys and three girls … died, as well as a teacher and another school employee": more of the dead)
    // ("search teams were still looking for 10 girls and a counselor from Camp Mystic": one more of those searched for,
    // joined to their count)
    const searchedWith = tokens[k].lower === 'and' && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && figures.some((f) => {
      const forAt = [f.last - 1, f.last - 2, f.last - 3].find((x) => tokens[x]?.lower === 'for');
      return f.category === 'missing' && f.last === k - 1 && forAt !== undefined && /^(searching|looking|search|searched|hunting)$/.test(tokens[forAt - 1]?.lower ?? '');
    });
    const width = alongWithAt(tokens, k + 1) ? 2 : asWellAsAt(tokens, k + 2) && tokens[k - 1]?.text === ',' ? 3 : colon || searchedWith ? 1 : isSubsetOpener(tokens, k);
    if (width < 0) continue;
    // past the victim's modifiers ("a 15-year-old", "an elderly") to its noun
    let j = personAfterArticle(tokens, tags, k + width);
    // ("16 dead in Kyiv, including 6-year-old, after overnight Russian strikes": a headline's bare age for the victim)
    const age = k + width;
    if (j < 0 && tokens[age]?.kind === 'digits' && tokens[age + 1]?.text === '-' && /^years?-old$/.test(tokens[age + 2]?.lower ?? '') && (!tokens[age + 3] || tokens[age + 3].kind === 'punct')) j = age + 2;
    // ("Kharkiv shelling kills 3, including child, says governor": or its bare noun, with no article)
    if (j < 0 && headline && tokens[age]?.kind === 'word' && isPersonWord(tokens[age].lower) && !tags[age].has('Plural')
      && (!tokens[age + 1] || tokens[age + 1].kind === 'punct' || tokens[age + 1].lower === 'and')) j = age;
    // ("35 killed, including his brother, sister and other family members": kin named by a possessive)
    const kin = j < 0 && /^(his|her|their)$/.test(tokens[k + width]?.lower ?? '');
    if (kin) j = kinAfterPossessive(tokens, k + width);
    // ("including three officers and a 17-month-old girl": a single victim after a count in the list)
    // ("among them the local military commander and a rescuer": or after one named again, as a definite one is)
    const counted = tokens[k + width]?.kind === 'digits' || isNumberWord(tokens[k + width]?.lower ?? '') || tokens[k + width]?.lower === 'the';
    for (let m = k + width + 1; j < 0 && counted && m < tokens.length && m - k <= 10; m++) {
      if (tokens[m].lower === 'and' || tokens[m].text === ',') { j = personAfterArticle(tokens, tags, m + 1); continue; }
      if (tokens[m].kind === 'punct' || tokens[m].lower === 'who' || isVerbOnly(tags[m])) break;
    }
    if (j < 0) continue;
    // ("including a National Guard officer": the head is the last noun of a compound)
    // ("including a police head constable": a rank's word between)
    for (;;) {
      const rank = /^(head|senior|assistant|sub|station)$/.test(tokens[j + 1]?.lower ?? '') ? 1 : 0;
      const k = j + 1 + rank;
      if (!(tokens[k]?.kind === 'word' && isPersonWord(tokens[k].lower) && !tags[k].has('Plural') && !/s$/.test(tokens[k].lower))) break;
      j = k;
    }
    // ("including a top local Taliban leader", "including a local government official")
    j = personDescribedAt(tokens, tags, j);
    // ("…, a local government official said": a person word that modifies the noun after it names no victim)
    if (/^(local|national|male|female|general|major|chief|deputy)$/.test(tokens[j].lower) && tokens[j + 1]?.kind === 'word' && tags[j + 1].has('Noun') && !isPersonWord(tokens[j + 1].lower)) continue;
    // ("including seven children, a doctor there said": who says it closes the list)
    if (SAY_VERBS.has(tokens[j + 1]?.lower ?? '') || (/^(there|later|also|then)$/.test(tokens[j + 1]?.lower ?? '') && SAY_VERBS.has(tokens[j + 2]?.lower ?? ''))) continue;
    let figure: { last: number; category: Category } | undefined;
    for (const f of figures) if (f.last < k) figure = f;
    // ("Hospital staff, including a doctor and the ambulance driver, as well as employees from a nearby construction site
    // died instantly": a group with no count opens the sentence, and its fate follows the list)
    if (!figure && tokens[k - 1]?.text === ',' && k - 1 <= 4 && tokens.slice(0, k - 1).every((t, d) => t.kind === 'word' && !isVerbOnly(tags[d]))
      && (tags[k - 2]?.has('Plural') || /^(staff|personnel|crew|team|family)$/.test(tokens[k - 2]?.lower ?? ''))) {
      const close = tokens.findIndex((t, c) => c > k && c <= k + 14 && t.kind === 'punct');
      if (close > 0 && tokens[close].text === ',') {
        let from = close + 1;
        if (tokens[from]?.lower === 'as' && tokens[from + 1]?.lower === 'well' && tokens[from + 2]?.lower === 'as') {
          from += 3;
          while (from < tokens.length && from - close <= 12 && tokens[from].kind === 'word' && !AUXILIARIES.has(tokens[from].lower) && !casualtyAt(tokens, from, CASUALTY_AFTER)) from++;
        }
        const fate = verbAfterVictims(tokens, from);
        if (fate) figure = { last: k - 2, category: fate.category };
      }
    }
    // right after the figure's words: "12 people, including", "Four soldiers were wounded, including"
    // ("Two people were killed — including a young boy … and a man …": a dash opens the list as a comma does)
    // ("were killed by security forces, including a child": the verb's agent between)
    // ("Three people were killed as a result of rocket fire in the region over the past day, including an elderly
    // woman": farther, where no one else stands between who could be the list's head)
    // ("had killed nine Palestinians in a raid on the Jenin refugee camp, including a 61-year-old woman": past the
    // figure's own people)
    const own = figure && isPersonWord(tokens[figure.last + 1]?.lower ?? '') ? figure.last + 2 : figure ? figure.last + 1 : k;
    const between = tokens.slice(own, k - 1);
    // (a person's word that modifies a thing after it names no one: "the Jenin refugee camp")
    const headPerson = (d: number) => isPersonWord(between[d].lower) && !(tags[own + d + 1]?.has('Noun') && tokens[own + d + 1]?.kind === 'word' && !isPersonWord(tokens[own + d + 1].lower));
    const nearest = !!figure && k - figure.last <= 24 && tokens[k - 1]?.text === ',' && !between.some((t, d) => t.text === ',' || headPerson(d) || tags[own + d].has('Person') || SAY_VERBS.has(t.lower));
    // ("Four people have been confirmed dead so far - including a male student": a spaced hyphen as the dash)
    const dash = /^[—–]$/.test(tokens[k - 1]?.text ?? '') || (tokens[k - 1]?.text === '-' && (tokens[k - 2]?.end ?? -1) < tokens[k - 1].start && tokens[k - 1].end < tokens[k].start);
    // ("the deaths of six friends in the 1994 genocide, among them a priest": a year between is no count)
    if (!figure || (k - figure.last > (dash ? 8 : colon ? 12 : 9) && !nearest) || tokens.slice(figure.last + 1, k).some((t, d) => (t.kind === 'digits' && !isYearToken(t)) || (t.kind === 'punct' && !/^[,—–]$/.test(t.text) && !(dash && figure!.last + 1 + d === k - 1)))) continue;
    // the list goes on: "including a Buddhist monk and a child"
    for (let v = j; v >= 0;) {
      // ("a female crew member": each member's head is the last noun of its compound)
      while (v > j && tokens[v + 1]?.kind === 'word' && isPersonWord(tokens[v + 1].lower) && !tags[v + 1].has('Plural') && !/s$/.test(tokens[v + 1].lower)) v++;
      const noun = tokens[v];
      if (used.has(v) || tags[v].has('Plural') || (/s$/.test(noun.lower) && !/ss$/.test(noun.lower))) break;
      // ("including a 12-year-old": the age stands for the victim)
      // (one more of those searched for is no part of them)
      out.push({ first: /^years?-old$/.test(noun.lower) && tokens[v - 2]?.kind === 'digits' ? v - 2 : v, last: v, category: figure.category, ...(searchedWith ? {} : { part: true as const }) });
      let next = v + 1;
      // ("including a captain of the border police and a ministry inspector": past the single's own "of" phrase)
      // ("two fatalities: a contractor at the Kalgold mine and an employee at …": or where the single was)
      // ("a contractor at our Kalgoorlie operation on 3 August and an employee …": and when; "3 visitor fatalities: a hiker
      // who fell from the Angel's Landing trail, a swimmer …": or a clause on what befell the single, up to the comma)
      const relative = tokens[next]?.lower === 'who';
      if (relative || /^(of|at|in|from)$/.test(tokens[next]?.lower ?? '')) {
        let end = next + 1;
        while (end < tokens.length && end - next <= (relative ? 10 : 9) && (tokens[end].kind === 'word' || (tokens[end].kind === 'digits' && !isPersonWord(tokens[end + 1]?.lower ?? '')))
          && tokens[end].lower !== 'and') end++;
        if (tokens[end]?.lower === 'and' && end > next + 1) next = end;
        // (", and a skier who …": or the list's last, after its comma and "and")
        else if (tokens[end]?.text === ',' && end > next + 1 && (/^(a|an)$/.test(tokens[end + 1]?.lower ?? '') || (tokens[end + 1]?.lower === 'and' && /^(a|an)$/.test(tokens[end + 2]?.lower ?? '')))) next = end;
      }
      if (tokens[next]?.text === ',') {
        next++;
        // ("including a man, his three children and a woman": past a counted member of the list)
        let m = /^(his|her|their)$/.test(tokens[next]?.lower ?? '') ? next + 1 : next;
        if (used.has(m)) {
          while (m < tokens.length && used.has(m)) m++;
          while (m < tokens.length && m - next < 5 && isPersonWord(tokens[m].lower)) m++;
          if (tokens[m]?.text === ',') m++;
          next = m;
        } else if (/^(a|an)$/.test(tokens[next]?.lower ?? '')) {
          // ("including a man, a woman and a child")
          v = personAfterArticle(tokens, tags, next, true);
          continue;
        } else if (kin && KIN_NOUNS.has(tokens[next]?.lower ?? '')) {
          // ("including his brother, sister and …": the possessive goes on over the list)
          v = next;
          continue;
        }
      }
      if (tokens[next]?.lower !== 'and') break;
      // ("a mother and baby": the second of a pair may go without its article)
      const bare = next + 1;
      // ("a male student, a female crew member and another unidentified man": "another" as the article of one more)
      const withArticle = personAfterArticle(tokens, tags, bare, true);
      v = withArticle >= 0 ? withArticle : isPersonWord(tokens[bare]?.lower ?? '') && !tags[bare]?.has('Plural') && !/s$/.test(tokens[bare].lower) ? bare : kinAfterPossessive(tokens, bare);
    }
  }
  return out;
}

/** "her two-year-old child" from `at`: the kin noun after a possessive and the kin's age, else -1. */
function kinAfterPossessive(tokens: Token[], at: number): number {
  if (!/^(his|her|their)$/.test(tokens[at]?.lower ?? '')) return -1;
  for (let m = at + 1; m < tokens.length && m - at <= 4; m++) {
    if (KIN_NOUNS.has(tokens[m].lower)) return m;
    if (!(tokens[m].kind === 'digits' || tokens[m].text === '-' || /-old$|^(year|month|years|months|old)$/.test(tokens[m].lower))) break;
  }
  return -1;
}

/**
 * "both between the ages of 18 and 22", "aged 20 to 25": an age, and the other end of its range,
 * is never a count.
 */
function isAge(tokens: Token[], first: number): boolean {
  const ageBefore = (k: number) => /^(aged|ages)$/.test(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'of' && /^(ages?)$/.test(tokens[k - 1]?.lower ?? ''));
  if (ageBefore(first - 1)) return true;
  // ("Ellie Hart and Jamal Okafor, both 17, died at the scene": the age they share, set off by commas)
  if (/^(both|each)$/.test(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.text === ',' && /^\d{1,3}$/.test(tokens[first].text) && Number(tokens[first].text) <= 110
    && /^[,;.)]$/.test(tokens[first + 1]?.text ?? '.')) return true;
  // ("Tributes paid as popular landlord, 56, dies suddenly": a bare number between commas after one person's noun)
  const noun = tokens[first - 2];
  if (tokens[first - 1]?.text === ',' && tokens[first + 1]?.text === ',' && /^\d{1,3}$/.test(tokens[first].text) && Number(tokens[first].text) <= 110
    && noun?.kind === 'word' && isPersonWord(noun.lower) && !/s$/.test(noun.lower) && /^(a|an|the|popular|beloved|local|his|her|their)$/.test(tokens[first - 3]?.lower ?? '')) return true;
  // (never a count with its own fate after "and": "under the age of 15 and 48 wounded")
  const ownFate = tokens[first - 1]?.lower === 'and' && casualtyAt(tokens, first + 1, CASUALTY_AFTER) !== null;
  // ("three boys (aged one-and-a-half, 16, and 17)": the later ages of a list after "aged", each a bare number: never "A
  // man aged 20, and 12 others were injured")
  // ("Three men aged 19, 22 and 24 were found with stab wounds": the last age before the people's verb)
  const bare = !tokens[first + 1] || /^[,;.)]$/.test(tokens[first + 1].text) || /^(and|were|are|have|had)$/.test(tokens[first + 1].lower);
  for (let k = first - 1; bare && !ownFate && k >= 0 && first - k <= 12; k--) {
    if (ageBefore(k)) return k < first - 1;
    if (!(tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower) || /^(,|and|-|half|a)$|-half$/.test(tokens[k].lower))) break;
  }
  // ("eight of the dead were over 65": what a part of the dead were is their age)
  // ("72 per cent of those who died were under 15": or what those who died were, a child's age, with nothing after it)
  if (/^(over|under)$/.test(tokens[first]?.lower ?? '') && /^(were|was|are|is)$/.test(tokens[first - 1]?.lower ?? '')
    && ((tokens[first - 3]?.lower === 'the' && tokens[first - 4]?.lower === 'of')
      || (/^(died|killed|dead)$/.test(tokens[first - 2]?.lower ?? '') && Number(tokens[first + 1]?.text) <= 21 && (!tokens[first + 2] || /^([,;.]|years?)$/.test(tokens[first + 2].lower)))
      // ("11 of those killed were over 60": a part of those killed is counted already, so what it was over is an age)
      || (/^(died|killed|dead)$/.test(tokens[first - 2]?.lower ?? '') && tokens[first - 3]?.lower === 'those' && tokens[first - 4]?.lower === 'of'
        && Number(tokens[first + 1]?.text) <= 110 && (!tokens[first + 2] || /^([,;.]|years?)$/.test(tokens[first + 2].lower))))) return true;
  // (the range's other end: "of 18 and 22", "aged 20 to 25")
  return /^(and|to|-|–)$/.test(tokens[first - 1]?.lower ?? '') && (tokens[first - 2]?.kind === 'digits' || isNumberWord(tokens[first - 2]?.lower ?? '')) && ageBefore(first - 3) && !ownFate;
}

/** Headlines name single victims with bare nouns ("Civilian killed"); running text does not. */
function looksLikeHeadline(sentence: string, tokens: Token[]): boolean {
  return tokens.length <= 30 && !endsLikeRunningText(sentence);
}

/**
 * "Of those killed, 12 were children and 7 were women": counts of the group a leading
 * "Of those …," names, each followed by "were"/"was".
 */
function ofThoseLead(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const comma = leadComma(tokens);
  if (comma < 0 || phrase.first <= comma) return null;
  // "Of the 51 killed, 20 were children, 7 women": each count after the lead, the first with its verb
  const listed = /^(,|and)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '') && isPersonWord(tokens[phrase.last + 1]?.lower ?? '');
  // ("Out of 1,545 deaths, Sindh has reported 678, KPK 306 and Punjab 191": bare counts of the lead's group)
  const bare = tokens[0]?.lower === 'out' && (!tokens[phrase.last + 1] || /^(,|\.|;|and)$/.test(tokens[phrase.last + 1].lower));
  // ("966 (17%) were officers": a share in brackets before the verb)
  // ("… while 101 more are yet to be identified": past "more")
  const next = /^(more|others)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  const verbAt = tokens[next]?.text === '(' ? tokens.findIndex((t, k) => k > next && k <= next + 5 && t.text === ')') + 1 : next;
  // ("Of the nearly 350,000 deaths from the conflict, an estimated 314,000 have resulted from indirect causes": a part
  // with a verb of its own, right after the lead; "Of the 86 deaths, 61 followed bites by Russell's viper": or of what
  // brought them)
  // ("Of the bodies, he said 374 have so far been handed over": a say-clause may stand between)
  const start = countStart(tokens, phrase);
  // ("Of these deaths, we estimate that 601,027 were due to violence": or with its "that")
  const sayAt = tokens[start - 1]?.lower === 'that' ? start - 2 : start - 1;
  const said = sayAt - comma <= 4 && SAY_VERBS.has(tokens[sayAt]?.lower ?? '') && tokens.slice(comma + 1, sayAt).every((t) => t.kind === 'word');
  // ("Of the 38 people who died, 30 were over 70 and 29 had not been vaccinated": or after "and", a later part)
  // ("Of the 278 bodies, 177 have been identified while 101 more are yet to be identified": or after "while")
  const joinedPart = /^(and|while|whereas)$/.test(tokens[start - 1]?.lower ?? '') && tokens.slice(comma + 1, start - 1).some((t) => t.kind === 'digits' || isNumberWord(t.lower))
    && !tokens.slice(comma + 1, start - 1).some((t) => t.kind === 'punct' && t.text !== ',');
  const resulted = ((start - 1 === comma || said || joinedPart)
    && /^(have|had|has|resulted|died|came|occurred|happened|involved|involve|followed|stemmed)$/.test(tokens[verbAt]?.lower ?? ''))
    // ("Of the 86 deaths, 61 followed bites by Russell's viper and 14 by cobras": a later part, its verb left out)
    // ("Of the confirmed deaths, 61 occurred outdoors and 26 indoors": or where, by an adverb)
    || (joinedPart && tokens[start - 1].lower === 'and' && /^(by|in|at|from|after|among|on|indoors|outdoors|inside|outside|abroad|overseas|elsewhere)$/.test(tokens[verbAt]?.lower ?? ''));
  // ("Of 276 girls abducted in April 2014, 106 have been either found or freed": the part set free is no one's harm)
  // (but "Of the injured, 32 have been released after giving first aid": the hurt let go from a hospital are still hurt)
  const hurtLead = /^(injured|wounded|hurt)$/.test(tokens[comma - 1]?.lower ?? '') && tokens[comma - 2]?.lower === 'the';
  if (!hurtLead && tokens.slice(verbAt, verbAt + 7).some((t) => /^(freed|released|rescued|escaped|safe)$/.test(t.lower))) return null;
  // ("Of the casualties we assisted, …, 41 were lost or cragfast but unhurt": a part its own clause says was unhurt)
  const clauseEnd = tokens.findIndex((t, k) => k >= verbAt && t.kind === 'punct');
  if (tokens.slice(verbAt, clauseEnd < 0 ? undefined : clauseEnd).some((t) => /^(unhurt|uninjured|unharmed|unscathed)$/.test(t.lower))) return null;
  // ("Of the 251 hostages taken …, roughly 50 remain in Gaza": those still held, of captives or the missing)
  const remain = start - 1 === comma && /^(remain|remains|remained)$/.test(tokens[verbAt]?.lower ?? '');
  // ("of the 175 casualties, nine remained unidentified": what the dead remain is no fate of the living)
  const unnamed = remain && /^(unidentified|unclaimed|unnamed|unknown)$/.test(tokens[verbAt + 1]?.lower ?? '');
  if (!/^(were|was|are|is)$/.test(tokens[verbAt]?.lower ?? '') && !listed && !bare && !resulted && !remain) return null;
  // ("Among the families of the 270 victims of the tragedy, three are still waiting": the group is the lead's head, the
  // victims only whose families they are)
  const head = leadStart(tokens) + 2;
  if (tokens[head + 1]?.lower === 'of' && tokens[head]?.kind === 'word' && !casualtyAt(tokens, head, CASUALTY_AFTER) && !isNumberWord(tokens[head].lower)
    && !/^(total|number|numbers|group|majority|tally|toll|count|list|estimated|remains|bodies)$/.test(tokens[head].lower)) return null;
  for (let k = leadStart(tokens) + 2; k < comma; k++) {
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    if (c && remain && !unnamed && c.category !== 'captured' && c.category !== 'missing') return null;
    // ("Of the 272 victims who died, 165 have been identified": the victims' own clause says their fate)
    const own = c?.category === 'casualties' ? tokens.findIndex((t, j) => j > k && j < comma && /^(who|that)$/.test(tokens[j - 1]?.lower ?? '') && casualtyAt(tokens, j, CASUALTY_AFTER) !== null) : -1;
    if (own > 0) return { category: casualtyAt(tokens, own, CASUALTY_AFTER)!.category, casualtyIndex: own, side: 'before' };
    if (c) return { category: c.category, casualtyIndex: k, side: 'before' };
  }
  // ("Of the 14 people taken to hospital, 10 have been discharged": or the lead's people in hospital, the hurt)
  for (let k = leadStart(tokens) + 2; k < comma; k++) {
    const admitted = tokens[k].lower === 'admitted' && /^(to|into)$/.test(tokens[k + 1]?.lower ?? '') && toHospital(tokens, k + 2);
    if ((movedToHospital(tokens, k) || admitted) && isPersonWord(tokens[k - 1]?.lower ?? '')) return { category: 'wounded', casualtyIndex: k, side: 'before' };
  }
  return null;
}

/**
 * Where a lead ("Of the …,") may open: the sentence's first word, past a connective, or the first word of
 * what is said ("Rinkesh Ray said that of the 278 bodies, 177 have been identified").
 */
function leadStart(tokens: Token[]): number {
  // ("two US officials told The Associated Press that of the 12 initially killed, …": a say-verb, or telling someone)
  const toldWhom = (i: number) => tokens.slice(Math.max(0, i - 5), i - 1).some((t, d, all) => /^(told|tells|tell|informed|assured)$/.test(t.lower) && all.slice(d + 1).every((x) => x.kind === 'word'));
  const that = tokens.findIndex((t, i) => i <= 18 && t.lower === 'that' && (SAY_VERBS.has(tokens[i - 1]?.lower ?? '') || toldWhom(i)));
  // ("Earlier, …": a comma of the opening adverb's)
  if (that > 0 && /^(of|among)$/.test(tokens[that + 1]?.lower ?? '') && tokens.slice(0, that).every((t, k) => t.kind === 'word' || /^[()’'.-]$/.test(t.text) || (t.text === ',' && k === 1))) return that + 1;
  // ('Krishna said, “Out of these (30 deceased), 25 have been identified': a quote opened after a say-verb and its comma)
  const quote = tokens.findIndex((_, i) => i <= 20 && opensQuoteAfterSaying(tokens, i));
  if (quote > 0 && /^(of|among|out)$/.test(tokens[quote + 1]?.lower ?? '')) return quote + 1;
  // ("3. The Titanic (1912): Of the 2,224 people on board, more than 1,500 died": or after a label's colon)
  const colon = tokens.findIndex((t, i) => i <= 12 && t.text === ':');
  if (colon > 0 && /^(Of|Among|Out)$/.test(tokens[colon + 1]?.text ?? '')) return colon + 1;
  // ("09:30 — Of the 14 people taken to hospital, 10 have been discharged": or after a live page's time and its dash)
  const dash = tokens.findIndex((t, i) => i <= 6 && /^[—–-]$/.test(t.text));
  if (dash > 0 && /^(Of|Among|Out)$/.test(tokens[dash + 1]?.text ?? '')) return dash + 1;
  return /^(and|but|also|meanwhile)$/.test(tokens[0]?.lower ?? '') ? 1 : 0;
}

/** The fate of the group a leading "Of the …," names ("Of the 86 deaths,": killed), else null. */
function leadFate(tokens: Token[]): Category | null {
  const comma = leadComma(tokens);
  for (let k = leadStart(tokens) + 1; comma > 0 && k < comma; k++) {
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    if (c) return c.category;
  }
  return null;
}

/** The comma closing a leading "Of the/those …," (within a few words), else -1. */
function leadComma(tokens: Token[]): number {
  // ("Out of 1,545 flood-related deaths, …")
  // ("Out of these (30 deceased), 25 have been identified": the group in brackets after "these")
  // ("Among the 15 killed, eight were children")
  // ("And among the dead, at least 20 children": a connective may open the sentence)
  const s = leadStart(tokens);
  const outOf = tokens[s]?.lower === 'out' && tokens[s + 1]?.lower === 'of' && (tokens[s + 2]?.kind === 'digits' || /^(those|the|these)$/.test(tokens[s + 2]?.lower ?? ''));
  // ("Of 558 people who have died from IDF strikes, 50 are children": a count with no article)
  // ("Of 612 deaths reported by households, 214 were attributed to violence": or a count of the harm itself)
  const ofCount = tokens[s]?.lower === 'of' && tokens[s + 1]?.kind === 'digits' && (isPersonWord(tokens[s + 2]?.lower ?? '') || /^(deaths|casualties|fatalities|victims|bodies|injuries)$/.test(tokens[s + 2]?.lower ?? ''));
  // ("Of these deaths, we estimate that 601,027 were due to violence": or these, of the figure told before)
  // ("Of Turkey's total of 50,783 dead, …": or a possessor's)
  const possessor = /^\p{Lu}.*['’]s$/u.test(tokens[s + 1]?.text ?? '') || /^(its|their)$/.test(tokens[s + 1]?.lower ?? '');
  if (!outOf && !ofCount && (!/^(of|among)$/.test(tokens[s]?.lower ?? '') || (!/^(those|the|these)$/.test(tokens[s + 1]?.lower ?? '') && !possessor))) return -1;
  // (the comma inside a date is none: "on April 16, 2014,")
  const inDate = (i: number) => tokens[i - 1]?.kind === 'digits' && MONTHS.has(tokens[i - 2]?.lower ?? '') && /^\d{4}$/.test(tokens[i + 1]?.text ?? '');
  const comma = tokens.findIndex((t, i) => i > s + 1 && t.text === ',' && !inDate(i));
  // (a lead names a group, with no verb of its own: "Among those still missing were 20 children …, and" is a clause)
  // (never a relative clause's: "Of the 98 people wounded who were taken to medical facilities, some 16 were children")
  if (tokens.slice(s, comma).some((t, d) => /^(were|was|are|is)$/.test(t.lower) && !/^(who|that|which)$/.test(tokens[s + d - 1]?.lower ?? ''))) return -1;
  // ("Of the 304 people who died when the ferry capsized off South Korea's south-west coast on April 16, 2014, 250 were
  // students": a group named by its death may say where and when at length)
  const diedWhen = tokens.slice(s + 2, s + 8).some((t, d) => /^(who|that)$/.test(t.lower) && Boolean(casualtyAt(tokens, s + 3 + d, CASUALTY_AFTER)));
  // ("Of the more than 98 people wounded who were taken to medical facilities,": the count's bound adds no reach)
  const bound = qualifierAt(tokens, s + 2);
  const boundWords = bound ? bound.last - bound.first + 1 : 0;
  return comma > 0 && comma <= (diedWhen ? 30 : 12) + boundWords + s ? comma : -1;
}

/**
 * A part of a toll, not a toll: "including 17 foreigners" after a figure, "20 of them", "two of
 * whom", "Six of the dead were police officers", "3 of the 7 victims".
 */
function isPartOf(tokens: Token[], tags: Tags[], phrase: NumberPhrase, all: NumberPhrase[], afterAFigure: boolean): boolean {
  if (afterAFigure && (opensSubset(tokens, phrase) || seriouslyPart(tokens, phrase))) return true;
  // ("63 of its soldiers were killed" is the army's toll: a possessive is no part; nor is
  // "150 of the 1,800 residents were killed": the dead taken from a group)
  const whole = all.find((p) => p.first > phrase.last && p.first <= phrase.last + 4 && ofBefore(tokens, p.first) === phrase.last + 1);
  if (whole && countsTheWhole(tokens, tags, whole, all)) return false;
  // ("3 of 21 Palestinians killed were children": a part of the toll after it)
  if (whole && phrase.value > 0) return true;
  // "Four children are among the 12 people killed": a part of the figure after it
  const among = tokens.slice(phrase.last + 1, phrase.last + 5).findIndex((t) => t.lower === 'among');
  if (among >= 0 && /^(the|those)$/.test(tokens[phrase.last + 2 + among]?.lower ?? '')) return true;
  // ("68 deaths, 34 of which it could confirm": only after a figure, as subsetOf reads it)
  return phrase.value > 0 && tokens[phrase.last + 1]?.lower === 'of' && (/^(them|whom|those|the)$/.test(tokens[phrase.last + 2]?.lower ?? '') || (afterAFigure && tokens[phrase.last + 2]?.lower === 'which'));
}

/** ", two seriously," after the wounded: a part of them, by how badly. */
function seriouslyPart(tokens: Token[], phrase: NumberPhrase): boolean {
  // ("as many as 26 were injured, 11 of them seriously": past "of them")
  const after = tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[phrase.last + 2]?.lower ?? '') ? phrase.last + 3 : phrase.last + 1;
  // ("at least 3 injured, one very badly": how badly, with its intensifier)
  // ("two teenagers were hurt, one pretty badly": or a speaker's own intensifier)
  const how = /^(very|so|quite|extremely|most|pretty|really|fairly)$/.test(tokens[after]?.lower ?? '') ? after + 1 : after;
  // ("wounded seven others – three critically –")
  // ("Nine other students were wounded, one permanently disabled": how lasting, and the harm it left)
  const lasting = tokens[how]?.lower === 'permanently' && /^(disabled|paralysed|paralyzed|blinded|maimed|injured)$/.test(tokens[how + 1]?.lower ?? '') ? 1 : 0;
  return /^[,–—]$/.test(tokens[countStart(tokens, phrase) - 1]?.text ?? '') && (/^(seriously|critically|severely|gravely|badly)$/.test(tokens[how]?.lower ?? '') || lasting === 1)
    // ("13 wounded, four critically at house party shooting": a headline goes on with where)
    && (!tokens[how + 1 + lasting] || tokens[how + 1 + lasting].kind === 'punct' || /^(at|in|on|during|after|near)$/.test(tokens[how + 1 + lasting].lower));
}

/** "…, none of them with horn wounds", "…, none with life-threatening injuries": a zero with a kind of wound named. */
function zeroOfAKindOfWound(tokens: Token[], phrase: NumberPhrase): boolean {
  const after = tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[phrase.last + 2]?.lower ?? '') ? phrase.last + 3 : phrase.last + 1;
  if (tokens[phrase.first - 1]?.text !== ',' || !/^(with|for)$/.test(tokens[after]?.lower ?? '')) return false;
  // (a kind named before the wound: never "none with injuries", a zero of the hurt)
  const wound = [after + 2, after + 3, after + 4].find((k) => isWoundHad(tokens[k]?.lower ?? ''));
  return wound !== undefined && tokens.slice(after + 1, wound).every((t) => t.kind === 'word' || t.text === '-');
}

/** Past the person nouns right after a count ("nine people", "27 miners"): where its verb would be. */
function pastPeople(tokens: Token[], from: number): number {
  let v = from;
  // ("Two of our own climbers have frostbite": past the group they are of)
  if (tokens[v]?.lower === 'of' && /^(the|our|their|its|his|her|those|these)$/.test(tokens[v + 1]?.lower ?? '')) {
    const own = tokens[v + 2]?.lower === 'own' ? v + 3 : v + 2;
    if (isPersonWord(tokens[own]?.lower ?? '')) v = own;
  }
  const start = v;
  while (v < tokens.length && v - start < 3 && isPersonWord(tokens[v].lower)) v++;
  return v;
}

/** The "of" before a count's determiners and possessives ("of the village's 1,800", "of its 40"), else -1. */
function ofBefore(tokens: Token[], at: number): number {
  let k = at - 1;
  // ("32 of the more than 4,200 people aboard": the whole's own bound word)
  while (k > 0 && /^(than|more|over|nearly|almost|about|around|roughly|approximately|some|least|at)$/.test(tokens[k].lower) && at - k <= 3) k--;
  for (let steps = 0; steps < 3 && k >= 0 && tokens[k].lower !== 'of'; steps++, k--) {
    if (tokens[k].kind !== 'word' || !(/^(the|its|their|our|his|her|these|those)$/.test(tokens[k].lower) || /['’]s$/.test(tokens[k].text))) return -1;
  }
  return tokens[k]?.lower === 'of' ? k : -1;
}

/** How bad, or of what, the wounds people got away or came home with were: "escaped with minor injuries". */
const HOW_HURT = /^(minor|moderate|serious|severe|light|slight|critical|grave|multiple|life-threatening|non-life-threatening|life-changing|lifelong|permanent|horrific|terrible|burn|gunshot|bullet|shrapnel|stab)$/;

/** "with minor injuries", "with frostbite": where the wounds named after the "with" at `withAt` are, else -1. */
function woundsAfterWith(tokens: Token[], withAt: number): number {
  // ("the other two escaped with cuts", "escaped with fractures", "survived with leg injuries")
  return tokens[withAt]?.lower === 'with' ? woundAfterModifiers(tokens, withAt + 1, true) : -1;
}

/** Words for a share of a group, before the "of" of its whole ("two-thirds" as one word). */
const SHARE_OF = /^(half|third|(?:[a-z]+-)?thirds|quarter|(?:[a-z]+-)?quarters|fifth|(?:[a-z]+-)?fifths|tenth|(?:[a-z]+-)?tenths|most|majority|many|some|portion|proportion|share|percent|%)$/;

/**
 * "At least 150 of the village's 1,800 residents were killed": the count after "N of the" is
 * the group the figure was taken from. It is a toll itself only when it counts casualties ("3 of
 * the 7 victims", "two of the 20 soldiers killed were officers").
 */
function countsTheWhole(tokens: Token[], tags: Tags[], phrase: NumberPhrase, all: NumberPhrase[]): boolean {
  const of = ofBefore(tokens, phrase.first);
  // ("more than half of the 160 inhabitants are thought to have died": a share of the whole, no count of its own)
  if (of < 1 || !(all.some((p) => p.last === of - 1) || SHARE_OF.test(tokens[of - 1]?.lower ?? ''))) return false;
  const noun = phrase.last + 1;
  // ("seven of the nine were dead": the fate after a bare whole is the part's, as "were killed" is)
  if (casualtyAt(tokens, noun, CASUALTY_AFTER) && !/^(were|was|are|is)$/.test(tokens[noun]?.lower ?? '')) return false;
  // ("accounted for nearly a third of the around 1,170 people killed": the whole's people, with their fate after them)
  if (isPersonWord(tokens[noun]?.lower ?? '') && /^(killed|dead|injured|wounded|missing)$/.test(tokens[noun + 1]?.lower ?? '')) return false;
  // ("Nine of the 30 people admitted to hospital after the blast have since been discharged": or taken into care; never
  // when the part has a death of its own, "Eight of the 20 people hospitalised died", where the whole names the group)
  // ("Women accounted for 58 of the 112 people treated for burns": or treated for a harm)
  if (isPersonWord(tokens[noun]?.lower ?? '') && /^(admitted|taken|rushed|hospitali[sz]ed|treated)$/.test(tokens[noun + 1]?.lower ?? '')
    && (tokens[noun + 1].lower.startsWith('hospital') || (tokens[noun + 2]?.lower === 'to' && toHospital(tokens, noun + 3))
      || (tokens[noun + 1].lower === 'treated' && tokens[noun + 2]?.lower === 'for' && /^(burns|injuries|wounds|gunshot|smoke|shrapnel|fractures)$/.test(tokens[noun + 3]?.lower ?? '')))
    && !tokens.some((_, k) => k > noun + 1 && casualtyAt(tokens, k, CASUALTY_AFTER)?.category === 'killed')) return false;
  // ("killed most of the tens of thousands of civilian victims": the victims' noun past a word on them)
  const vagueOf = phrase.vague && tokens[noun]?.lower === 'of' ? noun + 1 : noun;
  if (/^(victims|casualties|fatalities|deaths|dead)$/.test(tokens[vagueOf + 1]?.lower ?? '') && tokens[vagueOf]?.kind === 'word' && !/^(were|was|are|is)$/.test(tokens[vagueOf].lower)) return false;
  if (vagueOf > noun && /^(victims|casualties|fatalities|deaths|dead)$/.test(tokens[vagueOf]?.lower ?? '')) return false;
  // ("None of the 54 people aboard survived": the zero is of the survivors; the whole is the dead)
  if (/^(none|neither|nobody)$/.test(tokens[of - 1]?.lower ?? '') && survivedAfter(tokens, phrase.last) > 0) return false;
  // ("at least 120 of the 5,000 people who were injured are in critical condition": a relative clause names their fate)
  if (/^(who|that)$/.test(tokens[noun + 1]?.lower ?? '') && isPersonWord(tokens[noun].lower) && /^(were|was|had|have)$/.test(tokens[noun + 2]?.lower ?? '')) {
    const verb = tokens[noun + 3]?.lower === 'been' ? noun + 4 : noun + 3;
    if (tokens[verb]?.lower !== 'taken' && casualtyAt(tokens, verb, CASUALTY_AFTER)) return false;
  }
  // ("Five of the nine passengers who died were identified")
  if (/^(who|that)$/.test(tokens[noun + 1]?.lower ?? '') && isPersonWord(tokens[noun].lower) && /^(died|perished|succumbed)$/.test(tokens[noun + 2]?.lower ?? '')) return false;
  // ("most of the 270 people who would die that day": or a narrative's future in the past, which harm-meant.ts tells from
  // a forecast)
  if (/^(who|that)$/.test(tokens[noun + 1]?.lower ?? '') && isPersonWord(tokens[noun].lower) && tokens[noun + 2]?.lower === 'would' && /^(die|perish)$/.test(tokens[noun + 3]?.lower ?? '')
    && hypotheticalModal(tokens, noun + 3) === null) return false;
  // ("some of the 34 striking miners who South African police shot and killed": a clause with a subject of its own says
  // what that subject did to the whole)
  if (harmedByTheirOwnSubject(tokens, tags, phrase)) return false;
  // ("surround the bodies of some of the 12 children and teens killed in a rocket strike", "mourned many of the 30 miners
  // killed": a share that is the object of a word before it, never a clause's subject, is no subject of the participle,
  // which says what befell the whole)
  // ("Corpses hung from trees — some of the thousands believed killed in one city alone": or the share in apposition after a
  // dash, with no verb of its own)
  const shareIsObject = (tokens[of - 2]?.kind === 'word' && !SAY_VERBS.has(tokens[of - 2].lower)
    && !/^(and|but|or|nor|that|which|who|while|whereas|as|when|because|although|though|if|since|so|yet|where)$/.test(tokens[of - 2].lower))
    || (/^[—–]$/.test(tokens[of - 2]?.text ?? '') && !tokens.slice(phrase.last + 1).some((t) => /^(were|was|are|is|had|have|has)$/.test(t.lower)));
  if (/^(some|many|most)$/.test(tokens[of - 1]?.lower ?? '') && shareIsObject
    && [1, 2, 3].some((d) => /^(killed|dead|slain|wounded|injured|missing|kidnapped|abducted)$/.test(tokens[noun + d]?.lower ?? ''))) return false;
  if (!casualtyAt(tokens, noun + 1, CASUALTY_AFTER)) return true;
  // ("3 of 21 Palestinians killed in Israeli strikes were children": the verb after where they were killed)
  // ("some of the 64 migrants missing in the Mediterranean Sea after their ship wrecked off Italy's southern coast are
  // disembarked": where and after what, a long way)
  for (let k = noun + 2; k < tokens.length && k - noun <= 16; k++) {
    if (/^(were|was|are|is|had|have|included|include)$/.test(tokens[k].lower)) return false;
    if (tokens[k].kind === 'punct' || tokens[k].kind === 'digits') break;
  }
  return true;
}

/**
 * Before "a family of" when it ends at `of` ("including a family of four", "an entire family of six"), or "a group of"
 * ("among them a group of seven fishermen"), else `of`.
 */
function beforeFamilyOf(tokens: Token[], of: number): number {
  if (tokens[of]?.lower !== 'of' || !/^(family|group)$/.test(tokens[of - 1]?.lower ?? '')) return of;
  let k = of - 2;
  if (/^(entire|whole)$/.test(tokens[k]?.lower ?? '')) k--;
  if (/^(a|an)$/.test(tokens[k]?.lower ?? '')) k--;
  return k;
}

/** "including 17 foreigners", "among (them) two medics": the number opens a subset of the figure before it. */
function opensSubset(tokens: Token[], phrase: NumberPhrase): boolean {
  // ("50 ambulances were damaged, including 25 that were completely out of service": a part of things, not people)
  if (/^(that|which)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return false;
  // ("64 people injured, 8 children among them": the part's people, then "among them")
  if (isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'among' && tokens[phrase.last + 3]?.lower === 'them'
    && tokens[countStart(tokens, phrase) - 1]?.text === ',') return true;
  let lead = countStart(tokens, phrase) - 1;
  // ("including a man, his three children and a woman": a kin's possessive before the count)
  // ("Six people were injured, including the four male officers": or the article of those already named)
  if (/^(his|her|their)$/.test(tokens[lead]?.lower ?? '') || (tokens[lead]?.lower === 'the' && tokens[lead - 1]?.lower === 'including')) lead--;
  // ("including a family of four": the family's members are the part)
  lead = beforeFamilyOf(tokens, lead);
  // ("14 of them in two Shimla landslips including one at a temple": one of the things named right before)
  // ("attacks on three bases, including one in the north")
  const thingsAt = tokens[lead - 1]?.text === ',' ? lead - 2 : lead - 1;
  if (tokens[lead]?.lower === 'including' && phrase.first === phrase.last && tokens[phrase.first].lower === 'one' && !isPersonWord(tokens[phrase.last + 1]?.lower ?? '')
    && tokens[thingsAt]?.kind === 'word' && /s$/.test(tokens[thingsAt].lower) && !isPersonWord(tokens[thingsAt].lower) && !casualtyAt(tokens, thingsAt, CASUALTY_AFTER)) return false;
  // ("64 people injured …; 55 buildings damaged, including 7 listed as cultural heritage": a part of things counted in
  // the clause the part opens after)
  if (tokens[lead]?.lower === 'including') {
    for (let k = lead - 1; k >= 0 && tokens[k].text !== ';' && lead - k <= 8; k--) {
      if (!isCountToken(tokens[k])) continue;
      const noun = tokens[k + 1];
      if (noun?.kind === 'word' && /s$/.test(noun.lower) && NON_PERSON_NOUNS.has(noun.lower) && !isPersonWord(tokens[phrase.last + 1]?.lower ?? '')) return false;
      break;
    }
  }
  // ("which killed at least 4,390 people, of whom we could identify 1,160 as civilians": who could tell them apart, between)
  if (/^(identify|identified|confirm|confirmed|verify|verified|name|named)$/.test(tokens[lead]?.lower ?? '')) {
    let w = lead - 1;
    while (w > lead - 5 && /^(could|can|were|was|able|to|we|they|it|researchers|officials|monitors|investigators)$/.test(tokens[w]?.lower ?? '')) w--;
    const noun = tokens[w - 2]?.text === ',' ? w - 3 : w - 2;
    if (w < lead - 1 && tokens[w]?.lower === 'whom' && tokens[w - 1]?.lower === 'of' && isPersonWord(tokens[noun]?.lower ?? '')) return true;
  }
  // ("among them are 2 10-year-old children": the verb after "them")
  const themAre = /^(are|were)$/.test(tokens[lead]?.lower ?? '') && tokens[lead - 1]?.lower === 'them' && tokens[lead - 2]?.lower === 'among';
  if (isSubsetOpener(tokens, lead - (themAre ? 2 : /^(them|include|includes|included)$/.test(tokens[lead]?.lower ?? '') ? 1 : 0)) >= 0) return true;
  // "including 10 women and three infants": a later member of the subset's list, people with no fate of their own
  // ("including more than 3,540 children, and dozens of medics": a vague count with its "of")
  let noun = phrase.vague && tokens[phrase.last + 1]?.lower === 'of' ? phrase.last + 2 : phrase.last + 1;
  // ("including 11 Marines and one Navy medic": a name or two before the people's noun)
  // ("including an officer of the navy and two foreign nationals": or a word that describes them)
  const describing = (m: number) => tokens[m]?.kind === 'word' && !isPersonWord(tokens[m].lower) && !casualtyAt(tokens, m, CASUALTY_AFTER)
    && (/^\p{Lu}/u.test(tokens[m].text) || (/^[a-z-]+$/.test(tokens[m].text) && !/^(who|that|which|of|in|at|on|from|to|were|was|are|is|had|have|and|or|the|a|an|more|others|other)$/.test(tokens[m].lower)));
  // ("including … 7 other Charlie Hebdo employees, and 2 National Police officers": or a name of three words)
  if (tokens[noun]?.lower === 'other' && describing(noun + 1)) noun++;
  const named = [noun, noun + 1, noun + 2].every((m) => describing(m) && /^\p{Lu}/u.test(tokens[m]?.text ?? '')) ? 3 : 2;
  for (let m = noun; m < noun + named && describing(m); m++) {
    if (isPersonWord(tokens[m + 1]?.lower ?? '')) { noun = m + 1; break; }
  }
  // ("including 16 firefighters, five policemen, 10 other persons, and 60 unidentified people": more of the people)
  if (tokens[noun]?.lower === 'other' && isPersonWord(tokens[noun + 1]?.lower ?? '')) noun++;
  if (!/^(and|,)$/.test(tokens[lead]?.lower ?? '') || !isPersonWord(tokens[noun]?.lower ?? '') || casualtyAt(tokens, noun + 1, CASUALTY_AFTER)) return false;
  // ("including an officer of the Indian Navy and an Intelligence Bureau official and two …": farther over the list's
  // singles, with no count of their own)
  // (or past a count of its own, when this count has no verb of its own: "including 93 members of security forces and
  // allied groups, and 120 fighters loyal to Assad")
  const ownVerb = AUXILIARIES.has(tokens[noun + 1]?.lower ?? '');
  // ("… including four police officers and two teenagers, and 99 suspects were taken into custody": a clause of its own
  // whose verb says no harm)
  if (ownVerb && tokens[lead]?.lower === 'and' && tokens[lead - 1]?.text === ',') {
    let v = noun + 1;
    while (v < noun + 4 && AUXILIARIES.has(tokens[v]?.lower ?? '')) v++;
    const harm = casualtyAt(tokens, v, CASUALTY_AFTER);
    if (!harm || (tokens[v].lower === 'taken' && /^(into|in)$/.test(tokens[v + 1]?.lower ?? ''))) return false;
  }
  for (let k = lead - 1, counted = false; k >= 0 && lead - k <= (counted && ownVerb ? 8 : 14); k--) {
    counted ||= tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower);
    if (isSubsetOpener(tokens, k) >= 0) return true;
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return false;
  }
  return false;
}

/**
 * "General Grant's aggregate loss was 11,220", "put the Federal loss at 15,000", "the loss on the first day at about
 * 6,500" (of a battle): an army's loss, in history's singular, is its casualties. Only a side's loss or one in a
 * sentence of battle, and a count standing alone: never "job losses of 3,000" or "a loss of 300 points".
 */
function armyLoss(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const next = tokens[phrase.last + 1];
  if (next && next.kind !== 'punct' && !/^(in|instead|for|on|men|soldiers|troops|personnel|servicemen)$/.test(next.lower)) return null;
  const start = countStart(tokens, phrase);
  let loss = -1;
  for (let k = start - 1; k >= 0 && start - k <= 12; k--) {
    // (a year, or the span of years, of the war between: "in the 1979-89 Afghanistan war")
    // (or a date written in digits: "from 24.02.22 to 15.06.25")
    const year = isYearToken(tokens[k]) || (tokens[k].kind === 'digits' && tokens[k - 1]?.text === '-' && tokens[k - 2] !== undefined && isYearToken(tokens[k - 2]))
      || /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/.test(tokens[k].text);
    if ((tokens[k].kind === 'digits' && !year) || /^[.;:]$/.test(tokens[k].text)) return null;
    if (/^loss(es)?$/.test(tokens[k].lower)) { loss = k; break; }
  }
  if (loss < 0 || !tokens.slice(loss + 1, start).some((t) => /^(was|were|at|of|numbered|totall?ed|amounted|amounting|reached)$/.test(t.lower))) return null;
  let owner = loss - 1;
  // ("official Soviet troop losses in the 1979-89 Afghanistan war were 15,000": whose troops, past what kind of loss)
  while (owner > 0 && /^(the|total|aggregate|entire|actual|whole|combined|estimated|heavy|overall|troop|combat|military|battlefield|official)$/.test(tokens[owner].lower)) owner--;
  const o = tokens[owner];
  if (o && /^(job|jobs|weight|hearing|blood|revenue|financial|economic|crop|heat|data|memory|habitat|forest|pregnancy|net|operating)$/.test(o.lower)) return null;
  const side = o !== undefined && owner < loss && (/^\p{Lu}/u.test(o.text) || /^(enemy|enemy['’]s|army['’]s|our|their)$/.test(o.lower));
  // ("The besiegers' own losses were put by their commander at upwards of 400": a siege's sides, or who commands one)
  const battle = tokens.some((t) => /^(battles?|armies|army|brigades?|divisions?|regiments?|corps|troops?|campaign|sieges?|besiegers|besieged|garrisons?|commanders?)$/.test(t.lower));
  // ("… loss was 11,220, giving a total loss, including Buell's, of 13,387": a loss again, after one already read)
  const again = previous?.category === 'casualties' && tokens.slice(0, loss).some((t) => /^loss(es)?$/.test(t.lower));
  return side || battle || again ? { category: 'casualties', casualtyIndex: loss, side: 'before' } : null;
}

/**
 * "The missing-persons list then consisted of 196 names", "The number of missing … briefly exceeding 1,200 names":
 * the names on a list of the missing count them.
 */
function namesOfTheMissing(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // ("the names of 2,007 Russian soldiers have been added to the list of casualties": the names before the count)
  const namesOf = tokens[countStart(tokens, phrase) - 1]?.lower === 'of' && tokens[countStart(tokens, phrase) - 2]?.lower === 'names';
  if (tokens[phrase.last + 1]?.lower !== 'names' && !namesOf) return null;
  const missing = tokens.findIndex((t) => /^(missing|missing-persons|unaccounted)$/.test(t.lower));
  if (missing >= 0) return { category: 'missing', casualtyIndex: missing, side: missing < phrase.first ? 'before' : 'after' };
  // ("1,184 names have been added to the list of casualties", "… to the list of the dead": names added to a list of the
  // harmed are the harmed)
  const list = tokens.findIndex((t, k) => k > phrase.last && t.lower === 'list' && tokens[k + 1]?.lower === 'of');
  const fateAt = tokens[list + 2]?.lower === 'the' ? list + 3 : list + 2;
  const fate = list > 0 && tokens.slice(phrase.last + 1, list).some((t) => /^(added|included|entered)$/.test(t.lower)) ? casualtyAt(tokens, fateAt, CASUALTY_AFTER) : null;
  return fate ? { category: fate.category, casualtyIndex: fateAt, side: 'after' } : null;
}

/**
 * "five patients were taken to Addenbrooke's with serious injuries": moved to a place named without a hospital's word,
 * with the wounds they were taken with.
 */
function takenWithWounds(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  let k = pastPeople(tokens, phrase.last + 1);
  // ("UPDATE: 4 casualties in total, 1 airlifted to UHW with serious injuries, 3 conveyed by road with minor injuries": a
  // log's clause with its auxiliary left out, the count opening it)
  const start = countStart(tokens, phrase);
  const logged = k === phrase.last + 1 && (start === 0 || /^[,;:]$/.test(tokens[start - 1]?.text ?? ''));
  if (/^(were|was)$/.test(tokens[k]?.lower ?? '')) k++;
  else if (!logged) return null;
  if (/^(later|then|also|all)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(taken|rushed|flown|airlifted|transferred|transported|brought|conveyed)$/.test(tokens[k]?.lower ?? '') || !/^(to|by)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  const withAt = tokens.findIndex((t, j) => j > k + 2 && j <= k + 8 && t.lower === 'with');
  if (withAt < 0 || !tokens.slice(k + 2, withAt).every((t) => t.kind === 'word' || /^['’]$/.test(t.text))) return null;
  const w = woundAfterModifiers(tokens, withAt + 1);
  return w > 0 ? { category: 'wounded', casualtyIndex: w, side: 'after' } : null;
}

/**
 * "5,312 personnel were medically discharged following injuries sustained in training": people let go from service or
 * care because of their wounds are the hurt.
 */
function dischargedForWounds(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  let k = pastPeople(tokens, phrase.last + 1);
  while (k <= phrase.last + 6 && /^(were|was|have|has|had|been|medically|later|since)$/.test(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'discharged') return null;
  const why = /^(following|after|because|due|with)$/.test(tokens[k + 1]?.lower ?? '') ? k + (/^(because|due)$/.test(tokens[k + 1].lower) && /^(of|to)$/.test(tokens[k + 2]?.lower ?? '') ? 3 : 2) : -1;
  const w = why > 0 ? woundAfterModifiers(tokens, why) : -1;
  return w > 0 ? { category: 'wounded', casualtyIndex: w, side: 'after' } : null;
}

/** Where on the body, or from what, wounds were: "head injuries", "leg wounds", "blast injuries". */
const WOUND_SITES = /^(head|leg|arm|hand|back|chest|neck|spinal|facial|internal|abdominal|eye|foot|hip|blast|various)$/;

/** The wound noun at `from`, past up to three words on how bad or of what kind ("minor injuries", "serious head wounds"); else -1. */
function woundAfterModifiers(tokens: Token[], from: number, cause = false): number {
  let w = from;
  while (w < from + 3 && (HOW_HURT.test(tokens[w]?.lower ?? '') || WOUND_SITES.test(tokens[w]?.lower ?? ''))) w++;
  // ("treated 27 people for hail injuries": one word of what caused them, where the caller allows it)
  if (cause && !isWoundHad(tokens[w]?.lower ?? '') && tokens[w]?.kind === 'word' && !isPersonWord(tokens[w].lower)) w++;
  return isWoundHad(tokens[w]?.lower ?? '') ? w : -1;
}

/** Harms the body took that are wounds with no wound's word: "suffering from hypothermia", "have frostbite". */
const HARMED_STATES = /^(fractures|concussion|concussions|hypothermia|frostbite|amputations)$/;

/** A wound people have, had or escaped with: "five had burns", "escaped with cuts", "have frostbite". */
const isWoundHad = (word: string): boolean => /^(injuries|injury|wounds|wound|burns|cuts|lacerations)$/.test(word) || HARMED_STATES.test(word);

/** Events each of which was one of the harmed: incidents that brought a death, visits for a wound. */
function eventsOfHarm(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  return incidentsOfHarm(tokens, phrase) ?? visitsForInjury(tokens, phrase);
}

/**
 * "328,502 emergency visits for firearm injuries", "4,000 admissions for gunshot wounds": each visit to care for a wound
 * is one of the hurt, as each case of injury is.
 */
function visitsForInjury(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  let k = phrase.last + 1;
  while (k <= phrase.last + 3 && /^(emergency|department|room|hospital|er|ed|a&e|accident|trauma|inpatient|outpatient)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(visits|admissions|presentations|attendances)$/.test(tokens[k]?.lower ?? '') || !/^(for|with)$/.test(tokens[k + 1]?.lower ?? '')) return null;
  // (never visits for something else that a wound is joined to: "for asthma and burns")
  for (let w = k + 2; w <= k + 4 && tokens[w]?.kind === 'word' && !/^(and|or)$/.test(tokens[w].lower); w++) {
    if (/^(injuries|wounds|burns)$/.test(tokens[w].lower)) return { category: 'wounded', casualtyIndex: w, side: 'after' };
  }
  return null;
}

/** Nouns of incidents counted by the harm each brought ("14 assaults on staff, three of which …", "1,412 crashes"). */
const INCIDENT_NOUNS = /^(incidents|crashes|collisions|accidents|call-outs|callouts|cases|events|shootings|attacks)$/;

/**
 * "Six of those incidents involved a fatality", "of which three involved the death of a patient", "three of which resulted
 * in injuries", "of which 311 involved the killing or maiming of children": incidents counted by the harm each brought,
 * one each.
 */
function incidentsOfHarm(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  let k = phrase.last + 1;
  // ("14 assaults on staff, three of which resulted in injuries": or "of which" after the part)
  if (tokens[k]?.lower === 'of' && /^(those|these|the|which)$/.test(tokens[k + 1]?.lower ?? '')) k += 2;
  if (INCIDENT_NOUNS.test(tokens[k]?.lower ?? '')) k++;
  // (never "six involved" with no group named: "of which" or a noun of the incidents before it)
  const named = k > phrase.last + 1 || (tokens[phrase.first - 1]?.lower === 'which' && tokens[phrase.first - 2]?.lower === 'of');
  // ("1,412 crashes involving cyclists …; 9 were fatal and 212 caused serious injury": a part of the incidents counted
  // before, by the wound each brought, as "resulted in injuries" is read; never "9 were fatal", fatal crashes counted)
  if (tokens[k]?.lower === 'caused' && (named || tokens.slice(Math.max(0, phrase.first - 14), phrase.first).some((t) => INCIDENT_NOUNS.test(t.lower)))) {
    const wound = woundAfterModifiers(tokens, k + 1);
    if (wound > 0) return { category: 'wounded', casualtyIndex: wound, side: 'after' };
  }
  if (!named || !/^(involved|involving|resulted)$/.test(tokens[k]?.lower ?? '')) return null;
  if (tokens[k].lower === 'resulted') { if (tokens[k + 1]?.lower !== 'in') return null; k++; }
  const at = /^(a|the)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  // ("of which 311 involved the killing or maiming of children": a death or a wound each, casualties)
  const either = /^(killing|death)$/.test(tokens[at]?.lower ?? '') && /^(or|and)$/.test(tokens[at + 1]?.lower ?? '') && /^(maiming|injury|injuring|wounding)$/.test(tokens[at + 2]?.lower ?? '');
  if (either && (tokens[at - 1]?.lower !== 'the' || tokens[at + 3]?.lower === 'of')) return { category: 'casualties', casualtyIndex: at + 2, side: 'after' };
  // ("three of which resulted in injuries requiring hospital treatment": a wound each)
  // ("212 incidents, of which 74 resulted in an injury": or one wound)
  const wound = tokens[k].lower === 'in' ? woundAfterModifiers(tokens, /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1) : -1;
  if (wound > 0) return { category: 'wounded', casualtyIndex: wound, side: 'after' };
  // (one death each: never "involved 40 deaths", a count of its own)
  if (!/^(death|fatality)$/.test(tokens[at]?.lower ?? '') || (tokens[at - 1]?.lower === 'the' && tokens[at + 1]?.lower !== 'of')) return null;
  return { category: 'killed', casualtyIndex: at, side: 'after' };
}

/**
 * "There were 499, 437 and 409 deaths in the three cities": the first of bare counts listed before the noun the last one
 * counts, which only the later ones reach, shares it.
 */
function listedAhead(tokens: Token[], tags: Tags[], phrase: NumberPhrase, phrases: NumberPhrase[]): CasualtyLink | null {
  if (phrase.first !== phrase.last || tokens[phrase.last + 1]?.text !== ',') return null;
  let at = phrase.last + 2;
  for (let guard = 0; guard < 6; guard++) {
    const next = phrases.find((p) => p.first === at);
    if (!next || next.first !== next.last) return null;
    const joiner = tokens[next.last + 1]?.text === ',' && /^(and|or)$/.test(tokens[next.last + 2]?.lower ?? '') ? next.last + 3 : /^(and|or|,)$/.test(tokens[next.last + 1]?.lower ?? '') ? next.last + 2 : -1;
    const closing = joiner > 0 && /^(and|or)$/.test(tokens[joiner - 1].lower) ? phrases.find((p) => p.first === joiner) : undefined;
    if (closing) {
      if (closing.first !== closing.last) return null;
      const link = findCasualtyLink(tokens, tags, closing, phrases);
      return link && link.side === 'after' && link.casualtyIndex === closing.last + 1 && /^(deaths|dead|fatalities|casualties|injuries|injured|wounded|victims|bodies)$/.test(tokens[closing.last + 1].lower) ? link : null;
    }
    if (joiner < 0) return null;
    at = joiner;
  }
  return null;
}

/**
 * "Four of the wounded students remain hospitalized; two were released Tuesday": a count let go from care, after the
 * hurt in care were counted in the sentence, is of the hurt (never hostages released).
 */
function releasedFromCare(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (previous?.category !== 'wounded') return null;
  let v = /^(others|more)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  if (/^(have|has|had)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'been') v += 2;
  else if (/^(were|was)$/.test(tokens[v]?.lower ?? '')) v++;
  else return null;
  if (/^(since|later|already|also)$/.test(tokens[v]?.lower ?? '')) v++;
  if (!/^(released|discharged)$/.test(tokens[v]?.lower ?? '')) return null;
  const inCare = tokens.slice(0, phrase.first).some((t, k) => /^(hospitali[sz]ed|hospitals?|treated|admitted)$/.test(t.lower) || hospitalAfter(tokens, k) > 0);
  return inCare ? { category: 'wounded', casualtyIndex: v, side: 'after' } : null;
}

/**
 * "Mass stabbing on UK train: 11 in hospital, 2 arrested", "Blast at fireworks factory leaves 9 people in hospital": a
 * count in hospital after an event that hurts is of the hurt (never a disease's patients).
 */
function inHospitalAfterHarm(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // ("left one worker dead and two others in hospital")
  // ("leaving six other people in hospital": or "other" before them)
  const other = /^(other|more|further)$/.test(tokens[phrase.last + 1]?.lower ?? '') && isPersonWord(tokens[phrase.last + 2]?.lower ?? '') ? phrase.last + 1 : phrase.last;
  const at = isPersonWord(tokens[other + 1]?.lower ?? '') || /^(others|more)$/.test(tokens[other + 1]?.lower ?? '') ? other + 2 : other + 1;
  if (!inHospital(tokens, at) || countsCasesOfDisease(tokens, phrase.first)) return null;
  // ("Just to recap, 34 in hospital, three of them described as serious": or the state some of them are in, after)
  const stateAfter = tokens.slice(at + 1).some((t) => CARE_STATES.test(t.lower));
  if (!stateAfter && !tokens.some((t) => (EVENT_NOUNS.has(t.lower) && t.lower !== 'outbreak') || /^(stabbing|stabbings|gunman|gunmen)$/.test(t.lower))) return null;
  return { category: 'wounded', side: 'after', casualtyIndex: hospitalAfter(tokens, at) };
}

/** Whether `at` stands in the parts of a count of people interviewed or surveyed, listed after it in its clause. */
function interviewedBefore(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 30; k--) {
    if (/^[.;:]$/.test(tokens[k].text)) return false;
    // (only its parts, listed after "among them" or "including": never "interviewed 30 witnesses after the attack, which left
    // 38 victims")
    if (/^(interviewed|surveyed|questioned|consulted)$/.test(tokens[k].lower) && tokens.slice(k + 1, k + 4).some(isCountToken)) {
      const between = tokens.slice(k + 1, at);
      return between.some((t) => /^(including|among)$/.test(t.lower)) && !between.some((t) => /^(which|who|that|after|when|while|before)$/.test(t.lower));
    }
  }
  return false;
}

/**
 * "Deaths 59,259 (Turkey: 53,537; Syria: 5,951)": an info box's total broken down in brackets by place, each count after
 * its place and a colon; the total's fate.
 */
function placeLabelledInBrackets(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (!previous || lastFigureEnd < 0 || tokens[start - 1]?.text !== ':' || phrase.first !== phrase.last) return null;
  let name = start - 2;
  while (name > start - 5 && tokens[name]?.kind === 'word' && /^\p{Lu}/u.test(tokens[name].text)) name--;
  if (name === start - 2 || !/^[(;,]$/.test(tokens[name]?.text ?? '')) return null;
  if (!inBracketsOfTheTotal(tokens, name, lastFigureEnd)) return null;
  const close = tokens.findIndex((t, k) => k > phrase.last && t.text === ')');
  return close > phrase.last && /^[;,)]$/.test(tokens[phrase.last + 1]?.text ?? '') ? { ...previous, side: 'after', casualtyIndex: phrase.last } : null;
}

/**
 * "Many more were wounded; our teams performed emergency surgery on 37 people", "surgeons operated on 12 people after
 * the crash": those operated on, where the sentence tells of wounds or of an event that harms people, are the hurt.
 */
function operatedOn(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const on = countStart(tokens, phrase) - 1;
  if (tokens[on]?.lower !== 'on') return null;
  const operated = /^(operated|operating|operate|operates)$/.test(tokens[on - 1]?.lower ?? '');
  const surgery = /^(surgery|surgeries|operations?)$/.test(tokens[on - 1]?.lower ?? '')
    && [on - 2, on - 3].some((k) => /^(performed|perform|performs|performing|carried|did|conducted)$/.test(tokens[k]?.lower ?? ''));
  if (!operated && !surgery) return null;
  return tellsOfHarm(tokens) ? { category: 'wounded', casualtyIndex: on - 1, side: 'before' } : null;
}

/**
 * "1 adult deceased, 1 adult to hospital via LAS", "Crash on A40: one dead, two to hospital": a log's or a headline's
 * hurt sent to hospital, the verb left out.
 */
function toHospitalBare(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // (the count opens its clause, with no verb before it: never "We sent two nurses to hospital duty")
  const before = tokens[countStart(tokens, phrase) - 1];
  if (before && before.kind !== 'punct' && before.lower !== 'and') return null;
  const k = pastPeople(tokens, phrase.last + 1);
  return tokens[k]?.lower === 'to' && toHospital(tokens, k + 1) ? { category: 'wounded', casualtyIndex: k, side: 'after' } : null;
}

/**
 * "Fifty-eight people drowned on the island …; my aunt and her two little boys were among them": people counted among a
 * figure told before, by "them", share its fate.
 */
function countedAmongThem(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  if (!previous || lastEnd < 0) return null;
  let k = phrase.last + 1;
  while (k < tokens.length && k - phrase.last <= 3 && tokens[k].kind === 'word' && (isPersonWord(tokens[k].lower) || isKinNoun(tokens[k].lower) || /^(little|young|small|older|elder|eldest|youngest)$/.test(tokens[k].lower))) k++;
  if (!/^(were|was)$/.test(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'among' || tokens[k + 2]?.lower !== 'them' || (tokens[k + 3] && tokens[k + 3].kind !== 'punct')) return null;
  return { ...previous, side: 'after', casualtyIndex: k + 1 };
}

/**
 * A grave state of care at `at`, or after a hedge on it ("critical", "stated to be critical", "said to be serious"): its
 * index, else -1. (A stable or fair state is no harm counted.)
 */
function graveStateAt(tokens: Token[], at: number): number {
  const k = /^(stated|said|reported|described|understood|believed|thought)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.lower === 'be' ? at + 3 : at;
  return /^(critical|serious|grave)$/.test(tokens[k]?.lower ?? '') ? k : -1;
}

/**
 * "Forty were injured, and two are critical", "the injured were shifted to SVIMS and RUIA hospitals, where two are said to
 * be critical": a part of the hurt named before, in a grave state of care, with no noun of its own.
 */
function partInCareState(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (!/^(,|;|and|where|while|of)$/.test(tokens[start - 1]?.lower ?? '')) return null;
  if (!/^(are|is|remain|remains|were|was)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return null;
  const k = graveStateAt(tokens, phrase.last + 2);
  if (k < 0 || (tokens[k + 1] && tokens[k + 1].kind !== 'punct')) return null;
  // (the hurt before: a count of them, or "the injured" named)
  const hurtBefore = previous?.category === 'wounded' || tokens.slice(0, start).some((t, d) => /^(injured|wounded)$/.test(t.lower) && tokens[d - 1]?.lower === 'the');
  return hurtBefore ? { category: 'wounded', casualtyIndex: k, side: 'after' } : null;
}

/**
 * "Death toll: 17 (+2 since last update)", "Deaths: 17 (+2)": the rise since the last count, in brackets right after a
 * figure, of the figure's fate.
 */
function riseInBrackets(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (!previous || lastEnd < 0 || tokens[start - 1]?.text !== '+' || tokens[start - 2]?.text !== '(' || start - 3 !== lastEnd) return null;
  const close = tokens.findIndex((t, k) => k > phrase.last && t.kind === 'punct');
  return close > 0 && tokens[close].text === ')' && close - phrase.last <= 5 ? { ...previous, side: 'after', casualtyIndex: phrase.last } : null;
}

/** A count's label that says it was checked ("UN-verified", "confirmed"). */
const VERIFIED = /(^|-)(verified|confirmed|documented|corroborated|validated)$/;

/**
 * "of which 311 involved the killing or maiming of children (UN-verified: 204)", "311 deaths (204 confirmed)": how many of
 * a figure were verified, in brackets after its harm; the figure's fate.
 */
function verifiedInBrackets(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous || phrase.first !== phrase.last) return null;
  const start = countStart(tokens, phrase);
  // (the label before the count and its colon, or the word after the count)
  let open = -1;
  if (tokens[start - 1]?.text === ':' && VERIFIED.test(tokens[start - 2]?.lower ?? '') && tokens[phrase.last + 1]?.text === ')') {
    open = start - 3;
    while (open > start - 6 && tokens[open]?.kind === 'word') open--;
  } else if (VERIFIED.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.text === ')') open = start - 1;
  // ("Dead: 46 (validated 21)": or the word before the count, as a disaster agency's situation report writes it)
  else if (VERIFIED.test(tokens[start - 1]?.lower ?? '') && tokens[phrase.last + 1]?.text === ')') open = start - 2;
  if (tokens[open]?.text !== '(') return null;
  // (right after the figure's harm, or a few words on who it befell; or after a label's colon and its count)
  const gap = tokens.slice(previous.casualtyIndex + 1, open);
  const labelled = gap.length === 2 && gap[0].text === ':' && isCountToken(gap[1]);
  return open > previous.casualtyIndex && gap.length <= 4 && (gap.every((t) => t.kind === 'word') || labelled) ? { ...previous, side: 'after', casualtyIndex: phrase.last } : null;
}

/**
 * "killed 164 (men 97, women 41, boys 14, girls 9, adults of unknown sex 3)": a total broken down in brackets by who they
 * were, each count after its people; the total's fate.
 */
function peopleLabelledInBrackets(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (!previous || lastFigureEnd < 0 || phrase.first !== phrase.last || !/^[,;)]$/.test(tokens[phrase.last + 1]?.text ?? '')) return null;
  let label = start - 1;
  while (label > start - 6 && tokens[label]?.kind === 'word') label--;
  const words = tokens.slice(label + 1, start);
  if (words.length === 0 || !words.some((t) => isPersonWord(t.lower)) || !/^[(,;]$/.test(tokens[label]?.text ?? '')) return null;
  return inBracketsOfTheTotal(tokens, label, lastFigureEnd) ? { ...previous, side: 'after', casualtyIndex: phrase.last } : null;
}

/**
 * Whether `at` is inside brackets opened right after the figure ending at `lastFigureEnd` (or its noun), or inside the
 * brackets that hold that figure (another part's count before): the brackets of a total's breakdown.
 */
function inBracketsOfTheTotal(tokens: Token[], at: number, lastFigureEnd: number): boolean {
  let open = at;
  while (open >= 0 && tokens[open].text !== '(' && tokens[open].text !== ')') open--;
  return open >= 0 && tokens[open].text === '(' && (lastFigureEnd > open || open <= lastFigureEnd + 2);
}

/**
 * "Road traffic injuries: 146 (week 31: 131)", "Deaths: 146 (2023: 131)", "146 (131 in week 31)": the count of an
 * earlier period in brackets right after a figure, of the same fate.
 */
function earlierPeriodInBrackets(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  if (!previous || lastFigureEnd < 0 || tokens[lastFigureEnd + 1]?.text !== '(' || (tokens[phrase.last + 1]?.text !== ')' && !/^(in|during|for)$/.test(tokens[phrase.last + 1]?.lower ?? ''))) return null;
  const open = lastFigureEnd + 1;
  const start = countStart(tokens, phrase);
  const PERIOD = /^(last|previous|prior|same|period|the)$/;
  // ("(week 31: 131)", "(2023: 131)", "(last year: 131)": a period's label, then its count)
  if (tokens[start - 1]?.text === ':' && tokens[phrase.last + 1]?.text === ')') {
    const label = tokens.slice(open + 1, start - 1);
    const ok = label.length > 0 && label.length <= 4 && label.every((t) => PERIOD.test(t.lower) || TIME_UNITS.test(t.lower) || (t.kind === 'digits' && /^\d{1,4}$/.test(t.text)))
      && label.some((t) => TIME_UNITS.test(t.lower) || isYearToken(t));
    return ok ? { ...previous, side: 'after', casualtyIndex: phrase.last } : null;
  }
  // ("(131 in week 31)", "(131 in the same period last year)": the count first, then its period)
  if (start === open + 1 && /^(in|during|for)$/.test(tokens[phrase.last + 1]?.lower ?? '')) {
    const close = tokens.findIndex((t, k) => k > phrase.last + 1 && k <= phrase.last + 7 && t.text === ')');
    const rest = close > 0 ? tokens.slice(phrase.last + 2, close) : [];
    return rest.length > 0 && rest.every((t) => PERIOD.test(t.lower) || TIME_UNITS.test(t.lower) || t.kind === 'digits')
      && rest.some((t) => TIME_UNITS.test(t.lower) || isYearToken(t)) ? { ...previous, side: 'after', casualtyIndex: phrase.last } : null;
  }
  return null;
}

/** "Injured persons numbering 34 have been rescued": the harmed, then "numbering" and their count. */
function numberingAfter(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const at = countStart(tokens, phrase) - 1;
  if (tokens[at]?.lower !== 'numbering') return null;
  for (let k = at - 1; k >= 0 && at - k <= 3 && tokens[k].kind === 'word'; k--) {
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    if (c && c.width === 1) return { category: c.category, casualtyIndex: k, side: 'before' };
  }
  return null;
}

/** Those a search may hunt rather than rescue: "Police are searching for two suspects", "two suspects are being sought". */
const isHunted = (word: string): boolean => PERPETRATORS.test(word)
  || /^(suspects?|fugitives?|escapees?|prisoners?|inmates?|convicts?|militants?|terrorists?|insurgents?|rebels?|robbers?|thieves|m[ae]n)$/.test(word);

/**
 * "rescuers were searching for 26 others", "search operations resumed on Wednesday for 26 passengers": the people
 * searched for are missing (never "searched for 12 hours").
 */
function searchedFor(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // ("31 persons are still being searched, including 6 minors", "12 fishermen are being sought": the people searched for,
  // by a passive after them)
  // ("while 20 others are still being searched for": or others)
  const people = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') || /^(others|more)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  const being = /^(are|were|is|was)$/.test(tokens[people]?.lower ?? '') ? people + (tokens[people + 1]?.lower === 'still' ? 2 : 1) : -1;
  if (being > 0 && tokens[being]?.lower === 'being' && /^(searched|sought)$/.test(tokens[being + 1]?.lower ?? '') && !isHunted(tokens[people - 1].lower)) {
    return { category: 'missing', casualtyIndex: being + 1, side: 'after' };
  }
  let lead = countStart(tokens, phrase) - 1;
  // ("Rescuers were still searching for the other four on Monday": the rest of those on board)
  if (/^(another|remaining|other)$/.test(tokens[lead]?.lower ?? '')) lead--;
  if (tokens[lead]?.lower === 'the') lead--;
  if (tokens[lead]?.lower !== 'for') return null;
  // ("still searching for 12 other climbers": past "other" to the people)
  // ("still looking for scores of people": or a vague count's people after its "of")
  // ("the search was continuing for dozens of others": or the others)
  const noun = tokens[phrase.last + ((/^(other|more)$/.test(tokens[phrase.last + 1]?.lower ?? '') || (phrase.vague && tokens[phrase.last + 1]?.lower === 'of'))
    && (isPersonWord(tokens[phrase.last + 2]?.lower ?? '') || tokens[phrase.last + 2]?.lower === 'others') ? 2 : 1)];
  // (the count alone, when "the other" or "the remaining" says who: "the other four on Monday")
  // (never police's search, who may hunt suspects: "Police were searching for the other two in the forest")
  // ("The search for the other four continues": or the search's own verb after them)
  const alone = /^(other|remaining)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '') && /^(on|in|at|near|after|since|until|as|who|continues|continued|resumes|resumed|goes|went|is|was|has|will)$/.test(noun?.lower ?? '')
    && !tokens.slice(0, lead).some((t) => /^(police|officers|detectives|troops|soldiers|forces)$/.test(t.lower));
  if (noun && noun.kind === 'word' && !isPersonWord(noun.lower) && !/^(others|more)$/.test(noun.lower) && !alone) return null;
  // (never those hunted: "Police are searching for two suspects")
  if (noun && isHunted(noun.lower)) return null;
  for (let k = lead - 1; k >= 0 && lead - k <= 5; k--) {
    if (tokens[k].kind !== 'word' || /^(police|officers|detectives|troops|forces)$/.test(tokens[k].lower)) return null;
    if (/^search(?:ing|ed|es)?$/.test(tokens[k].lower)) return { category: 'missing', casualtyIndex: k, side: 'before' };
    // ("officials say they are still looking for 10 miners": looked for right before its "for")
    if (k === lead - 1 && /^(looking|look|looks|looked)$/.test(tokens[k].lower)) return { category: 'missing', casualtyIndex: k, side: 'before' };
  }
  return null;
}

/**
 * A sentence about a sports team's injury list ("league", "squad", "players" and no event that hurts anyone): its
 * injuries are players', no casualties.
 */
/** Whether the count at `at` is what a sum of money could or can do, a donation's promise: "£25 could provide … for 3". */
function whatAGiftBuys(tokens: Token[], at: number): boolean {
  // (never a definite count, the real ones a fund helps: "The $2 million fund will help the 40 injured")
  if (/^(the|its|their|these|those)$/.test(tokens[at - 1]?.lower ?? '')) return false;
  for (let k = at - 1; k >= 1 && at - k <= 14; k--) {
    if (tokens[k].kind === 'punct' && !/^[£$€]$/.test(tokens[k].text)) return false;
    if (tokens[k].kind !== 'digits' || !/^[£$€]$/.test(tokens[k - 1].text)) continue;
    // (the modal right after the sum or its noun, then what the gift does: never "$10,000 will be paid to the families
    // of the 3 killed", which counts the dead)
    const modal = [k + 1, k + 2, k + 3].find((m) => /^(could|can|will|would)$/.test(tokens[m]?.lower ?? ''));
    return modal !== undefined && tokens.slice(k + 1, modal).every((t) => t.kind === 'word')
      && /^(provide|buy|fund|help|feed|treat|give|support|cover|save|send|equip|pay|supply)$/.test(tokens[modal + 1]?.lower ?? '');
  }
  return false;
}

function sportsInjuries(tokens: Token[]): boolean {
  // ("will be without four injured defenders for Saturday's derby": a side's matches and its players by position)
  // ("Arsenal's injury list grew to nine … the 2-1 win over Brentford": a side's list of the injured is a sport's own
  // words, enough alone)
  // ("The striker has missed 14 games with injuries this season": a player and the games missed)
  const sport = tokens.filter((t) => /^(league|leagues|squad|squads|team|teams|fixture|fixtures|season|preseason|matchday|players|starters|matches|games|derby|defenders|midfielders|strikers|forwards|goalkeepers|striker|goalkeeper|midfielder|defender)$/.test(t.lower)).length
    + 2 * tokens.filter((t, k) => /^(injury|injured)$/.test(t.lower) && tokens[k + 1]?.lower === 'list').length
    // ("Three injuries in the first half forced the manager to use all of his substitutes": a match's halves, its bench)
    + tokens.filter((t, k) => /^(substitutes|substitutions|manager|half-time|halftime)$/.test(t.lower) || (t.lower === 'half' && /^(first|second)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'of')).length;
  return sport >= 2 && !tokens.some((t) => EVENT_NOUNS.has(t.lower) || /^(crash|crashed|collapsed|collapse|stampede|crush|shooting|shot|attack|attacked|bomb|explosion|fire|fans|spectators|supporters)$/.test(t.lower));
}

/** Words of film series (never "film" alone: "a film crew documented the scene"): a body count in a sentence about them is a fiction's. */
const FICTION_WORDS = /^(franchises?|sequels?|prequels?|remakes?|trilogy|slashers?|screenplay|episodes?)$/;

/** "… 146 people in just 12 films": the count is of a fiction's dead, counted over films, episodes or games. */
function fictionCounted(tokens: Token[], phrase: NumberPhrase): boolean {
  for (let k = phrase.last + 1; k < tokens.length && k <= phrase.last + 5 && tokens[k].kind !== 'punct'; k++) {
    if (tokens[k].lower !== 'in') continue;
    // ("at 20 dead in each film")
    if (/^(each|every)$/.test(tokens[k + 1]?.lower ?? '') && /^(film|movie|episode|game|book|novel|season|sequel|instalment|installment)$/.test(tokens[k + 2]?.lower ?? '')) return true;
    const n = /^(just|only|all|over)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    return (tokens[n]?.kind === 'digits' || isNumberWord(tokens[n]?.lower ?? '')) && /^(films|movies|episodes|games|books|novels|seasons|sequels|instalments|installments)$/.test(tokens[n + 1]?.lower ?? '');
  }
  return false;
}

/**
 * "Three ministers were injured in the coalition's collapse, at least politically": a harm the sentence itself calls
 * figurative, in an aside after its word.
 */
function saidToBeFigurative(tokens: Token[], link: CasualtyLink): boolean {
  for (let k = link.casualtyIndex + 1; k < tokens.length && k <= link.casualtyIndex + 10; k++) {
    if (tokens[k].text !== ',') continue;
    let a = k + 1;
    if (/^(at|if)$/.test(tokens[a]?.lower ?? '') && /^(least|only)$/.test(tokens[a + 1]?.lower ?? '')) a += 2;
    return /^(politically|figuratively|metaphorically|symbolically|financially|electorally|professionally)$/.test(tokens[a]?.lower ?? '');
  }
  return false;
}

/**
 * "Her new novel imagines a village where every one of its 200 inhabitants dies": a world a work of fiction imagines
 * holds no one (never what it depicts, which may be real: "the film depicts the 1985 earthquake, which killed 10,000").
 */
function imaginedByAWork(tokens: Token[], phrase: NumberPhrase): boolean {
  for (let k = phrase.first - 1; k > 0; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return false;
    if (/^(imagines|imagined|imagining|envisions|envisioned|invents|invented)$/.test(tokens[k].lower))
      return tokens.slice(Math.max(0, k - 4), k).some((x) => /^(novels?|films?|movies?|books?|plays?|story|stories|series|novella|novelist|author|writer|screenplay|opera|musical|game)$/.test(x.lower));
  }
  return false;
}

/**
 * Whether the count at `phrase` is the subject of the active verb at `verb`: only its noun (two words at most) and an
 * aside ", who … ," between, and nothing of the passive before the verb.
 */
function agentOf(tokens: Token[], tags: Tags[], phrase: NumberPhrase, verb: number): boolean {
  if (!/^(killed|wounded|injured|shot|murdered|kidnapped|abducted|stabbed)$/.test(tokens[verb].lower)) return false;
  // (running text only: a headline's "2 soldiers killed 3 injured" drops its commas, not its passive)
  if (!/^[.!?]$/.test(tokens[tokens.length - 1].text)) return false;
  if (countStart(tokens, phrase) > 0 && !/^(,|and|when|as|after)$/.test(tokens[countStart(tokens, phrase) - 1].lower)) return false;
  let k = phrase.last + 1;
  for (let n = 0; k < verb && n < 2 && tokens[k].kind === 'word' && !isVerbOnly(tags[k]); n++) k++;
  if (tokens[k]?.text === ',' && /^(who|which)$/.test(tokens[k + 1]?.lower ?? '')) {
    const close = tokens.findIndex((t, j) => j > k + 1 && j < verb && t.text === ',');
    if (close === verb - 1) k = verb;
  }
  return k === verb;
}

/**
 * "None of the six crew members or 22 passengers on board survived the crash": the people none of whom survived
 * are dead.
 */
function noneSurvived(tokens: Token[], tags: Tags[], phrase: NumberPhrase): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  let none = start - 1;
  // ("None of the 149 passengers and eight crew members on board … survived": past a count joined before)
  while (none > 0 && start - none <= 8 && tokens[none].lower !== 'none' && (tokens[none].kind === 'word' || tokens[none].kind === 'digits' || tokens[none].text === ',')) none--;
  if (tokens[none]?.lower !== 'none' || tokens[none + 1]?.lower !== 'of' || !/^(the|those|its|their)$/.test(tokens[none + 2]?.lower ?? '')) return null;
  const survived = survivedAfter(tokens, phrase.last);
  // (the people's own words only: never "None of the 12 hostages the army freed survived")
  // (but "None of the 157 people on board a new … plane that crashed on Sunday … have survived": the verb of a relative
  // clause on a thing they were in)
  const thingsClause = tokens.findIndex((t, k) => k > phrase.last && k < survived && /^(that|which)$/.test(t.lower) && !isPersonWord(tokens[k - 1]?.lower ?? ''));
  return survived > 0 && tokens.slice(phrase.last + 1, survived).every((t, d) => t.text === ',' || !isVerbOnly(tags[phrase.last + 1 + d]) || /^(had|have|aboard)$/.test(t.lower) || (thingsClause > 0 && phrase.last + 1 + d > thingsClause))
    ? { category: 'killed', casualtyIndex: survived, side: 'after' } : null;
}

/**
 * "at least 100 people were in a field kitchen near the building and none of them survived": a count of people, then
 * "and none of them" with no count between, is a count of the dead.
 */
function noneOfThemSurvived(tokens: Token[], phrase: NumberPhrase, all: NumberPhrase[]): CasualtyLink | null {
  if (!isPersonWord(tokens[phrase.last + 1]?.lower ?? '')) return null;
  for (let k = phrase.last + 2; k < tokens.length && k - phrase.last <= 16; k++) {
    if (/^[.;:!?]$/.test(tokens[k].text) || (tokens[k].lower !== 'none' && all.some((p) => p.first === k))) return null;
    if (!/^(and|but|,)$/.test(tokens[k - 1].lower)) continue;
    const v = noneOfThemSurvivedAt(tokens, k);
    if (v > 0) return { category: 'killed', casualtyIndex: v, side: 'after' };
  }
  return null;
}

/** "none of them survived" (or "of whom … have survived") opening at `k`: the index of its verb, else -1. */
function noneOfThemSurvivedAt(tokens: Token[], k: number): number {
  if (tokens[k]?.lower !== 'none' || tokens[k + 1]?.lower !== 'of' || !/^(them|whom)$/.test(tokens[k + 2]?.lower ?? '')) return -1;
  const v = /^(has|have|had)$/.test(tokens[k + 3]?.lower ?? '') ? k + 4 : k + 3;
  return /^(survived|survive|survives|lived)$/.test(tokens[v]?.lower ?? '') ? v : -1;
}

/**
 * "Lao Cai: deaths 14, missing 30, injured 12": a telegraphic list, each count right after the word of its harm, with
 * nothing after the count but the list's punctuation.
 */
function labelRightBefore(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const label = countStart(tokens, phrase) - 1;
  if (!/^(deaths|dead|killed|fatalities|injured|wounded|injuries|hurt|missing|casualties)$/.test(tokens[label]?.lower ?? '')) return null;
  if (label > 0 && !/^[:,;]$/.test(tokens[label - 1].text)) return null;
  const after = tokens[phrase.last + 1];
  if (after && !/^[,;.]$/.test(after.text)) return null;
  const harm = casualtyAt(tokens, label, CASUALTY_AFTER);
  return harm ? { category: harm.category, casualtyIndex: label, side: 'before' } : null;
}

/**
 * "Bodies of hostages retrieved by Israeli troops: 40", "Hostages still in captivity: 62": a line of a by-the-numbers
 * list, its label before the colon naming who are counted; never "Hostages rescued alive: 8" or "released …: 141".
 */
function labelledCount(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  // ("Death toll: Officially 151, but locals say 200+ …": how the count stands, right after the colon)
  const start = countStart(tokens, phrase);
  const colon = /^(officially|provisionally|unofficially|currently|reportedly)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.text === ':' ? start - 2 : start - 1;
  // ("Death toll … increased to 17, number of injured - 60 people": a headline's "number of" label set off by a spaced
  // dash after its comma)
  const dash = /^[-–—]$/.test(tokens[colon]?.text ?? '') && tokens[colon - 1] !== undefined && tokens[colon - 1].end < tokens[colon].start;
  if (dash) {
    let open = colon - 1;
    while (open > 0 && tokens[open - 1].kind === 'word') open--;
    if (tokens[open - 1]?.text !== ',' || tokens[open]?.lower !== 'number' || tokens[open + 1]?.lower !== 'of' || colon - open > 5) return null;
    const harm = casualtyAt(tokens, open + 2, CASUALTY_AFTER);
    return harm ? { category: harm.category, casualtyIndex: open + 2, side: 'before' } : null;
  }
  // ("Confirmed deaths this season: 87 (as of 12 August); deaths under investigation: 214": or a label after a semicolon)
  const semi = tokens.slice(0, Math.max(0, colon)).map((t) => t.text).lastIndexOf(';');
  const from = semi + 1;
  if (tokens[colon]?.text !== ':' || colon - from > 12 || colon <= from) return null;
  const label = tokens.slice(from, colon);
  // ("Fatalities:Disputed: ≥107 villagers": an info box's label, then how the count stands, each before its colon)
  const innerColon = (t: Token, k: number) => t.text === ':' && k === colon - 2 && /^(disputed|estimated|official|confirmed|total|unconfirmed)$/.test(tokens[k + 1]?.lower ?? '');
  // ("Cumulative verified civilian deaths since April 2023 (ACLED): 28,700": a year the label runs from, and a word in
  // brackets)
  // ("- Deaths in Al Haouz province: 717": a list's bullet before the label)
  const labelPart = (t: Token, k: number) => t.kind === 'word' || t.text === '.' || innerColon(t, k) || (k === from && /^[-–•*·]$/.test(t.text)) || (isYearToken(t) && (/^(since|in|from|until|of)$/.test(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k - 1]?.lower ?? '')))
    || (t.text === '(' && tokens[k + 1]?.kind === 'word' && tokens[k + 2]?.text === ')') || (t.text === ')' && tokens[k - 1]?.kind === 'word' && tokens[k - 2]?.text === '(');
  if (!label.every((t, d) => labelPart(t, from + d)) || label.some((t) => /^(released|freed|rescued|alive|survived|survivors|exchanged|discharged|recovered)$/.test(t.lower))) return null;
  // ("It was a dead heat: two men crossed the line together": a clause of its own before the colon is no label)
  // ("Deaths this season: 87": but "this" or "that" before a period is when, no clause)
  if (label.some((t, d) => /^(was|were|is|are|it|this|that|ended)$/.test(t.lower) && !(/^(this|that)$/.test(t.lower) && (PERIOD_NOUNS.test(tokens[from + d + 1]?.lower ?? '') || /^(season|summer|winter|spring|autumn)$/.test(tokens[from + d + 1]?.lower ?? ''))))) return null;
  for (let k = from; k < colon; k++) {
    const harm = casualtyAt(tokens, k, CASUALTY_AFTER);
    if (harm) return { category: harm.category, casualtyIndex: k, side: 'before' };
    // (hostages or captives, held: "Hostages still in captivity")
    if (/^(hostages|captives|captivity)$/.test(tokens[k].lower)) return { category: 'captured', casualtyIndex: k, side: 'before' };
  }
  return null;
}

/**
 * "Killed in the blast were 14 shoppers and two police officers": the fate opens the sentence, where and how after it,
 * then "were" and the count (the people joined after it share it as a list does; never "Missing were two of the
 * team's regular players", absent).
 */
function invertedFate(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  // ("And of the Danes there were slain more than eight hundred", "there died 300 men": a chronicle's order, the fate
  // before its count after "there")
  const there = /^(were|was)$/.test(tokens[start - 2]?.lower ?? '') && tokens[start - 3]?.lower === 'there' ? start - 1
    : /^(died|perished)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.lower === 'there' ? start - 1 : -1;
  const chronicled = there > 0 ? casualtyAt(tokens, there, CASUALTY_AFTER) : null;
  if (chronicled && /(ed|slain|dead)$/.test(tokens[there].lower)) return { category: chronicled.category, casualtyIndex: there, side: 'before' };
  if (!/^(were|was)$/.test(tokens[start - 1]?.lower ?? '') || !/^(Killed|Injured|Wounded|Hurt)$/.test(tokens[0]?.text ?? '')) return null;
  // (where, when or by what, a phrase with no verb of its own: "in the blast", "by the strike on Sunday")
  if (start - 1 > 1 && (!/^(in|by|at|during|on|after|when|among)$/.test(tokens[1].lower) || start - 1 > 10 || tokens.slice(1, start - 1).some((t) => t.kind === 'punct' || t.kind === 'digits'))) return null;
  const fate = casualtyAt(tokens, 0, CASUALTY_AFTER);
  return fate ? { category: fate.category, casualtyIndex: 0, side: 'before' } : null;
}

/**
 * Past "by" and who did it, a short phrase of words, after the verb at `i`, to the word `next` ("treated by the crew for",
 * "rescued by a Coast Guard helicopter and"): the index of `next` there, else the index right after the verb.
 */
function pastItsAgent(tokens: Token[], i: number, next: string): number {
  if (tokens[i + 1]?.lower !== 'by') return i + 1;
  const at = tokens.findIndex((x, k) => k > i + 2 && k <= i + 6 && x.lower === next);
  return at > 0 && tokens.slice(i + 2, at).every((x) => x.kind === 'word') ? at : i + 1;
}

/** "treated for burns", "treated by the crew for hypothermia": whether `i` is "treated" for a harm, past who treated. */
function treatedForHarm(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'treated') return false;
  const forAt = pastItsAgent(tokens, i, 'for');
  return tokens[forAt]?.lower === 'for' && treatedHarmAt(tokens, forAt + 1);
}

/**
 * "burns", "smoke inhalation", "gas poisoning" within three words of `from`: a harm the hurt are treated for (never an
 * illness: "food poisoning").
 */
function treatedHarmAt(tokens: Token[], from: number): boolean {
  // ("treated for shock and minor cuts": shock is no wound, but a wound may follow it)
  const and = tokens.slice(from, from + 3).findIndex((x) => x.lower === 'and');
  return tokens.slice(from, from + 3).some((x, d) => /^(burns|inhalation|fractures|shrapnel|injuries|wounds|hypothermia|frostbite|cuts|lacerations)$/.test(x.lower)
    || (x.lower === 'poisoning' && /^(gas|chemical|smoke|monoxide)$/.test(tokens[from + d - 1]?.lower ?? '')))
    || (and > 0 && tokens.slice(from, from + and).every((x) => x.kind === 'word') && treatedHarmAt(tokens, from + and + 1));
}

/** Whether the captives counted at `phrase` are former ones, freed or swapped ("the return of 195 captured soldiers"). */
function freedCaptives(tokens: Token[], phrase: NumberPhrase): boolean {
  if (tokens[phrase.last + 1]?.lower === 'former') return true;
  // ("Among those returned were 22 defenders of Mariupol who had been captured": the group of the freed they are among)
  const among = countStart(tokens, phrase) - 1;
  if (/^(were|was|are|is)$/.test(tokens[among]?.lower ?? '') && /^(returned|freed|released|exchanged|swapped|repatriated|rescued)$/.test(tokens[among - 1]?.lower ?? '')
    && tokens[among - 2]?.lower === 'those' && tokens[among - 3]?.lower === 'among') return true;
  // ("only 18 captives returned to Banga": captives who came back, a verb of their own right after them)
  if (/^(captives|hostages|abductees)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^(returned|escaped|fled|reunited)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return true;
  // ("The Red Cross says it has received four hostages", "Hamas handed over four hostages": captives passed to those who
  // free them)
  const passedOn = (tokens[among]?.lower === 'over' && /^(handed|hands|hand)$/.test(tokens[among - 1]?.lower ?? '')) || /^(received|receives|receiving)$/.test(tokens[among]?.lower ?? '');
  if (passedOn && /^(captives|hostages|abductees)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return true;
  if (setFree(tokens, phrase)) return true;
  // ("43 people who were abducted from a mosque in northwestern Zamfara state have been released": past the relative
  // clause of how they were taken, to the main verb)
  // ("Forty three out of the forty worshippers abducted in Zamfara mosque by armed bandits … have regained their freedom":
  // or a participle's)
  const relative = /^(who|that)$/.test(tokens[phrase.last + 2]?.lower ?? '') || /^(who|that)$/.test(tokens[phrase.last + 3]?.lower ?? '')
    || tokens.slice(phrase.last + 1, phrase.last + 8).some((t) => /^(abducted|kidnapped|seized|captured|taken|held)$/.test(t.lower));
  // (over a place set off by commas: "abducted … in Papiri, Niger State, have escaped")
  // (or a name's abbreviation: "St. Mary's")
  const placeComma = (k: number) => (tokens[k].text === ',' && (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) && !/^(and|but|while|whereas)$/.test(tokens[k + 1]?.lower ?? ''))
    || (isAbbreviationDot(tokens, k) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
  // ("Two of those abducted, both national staff of an NGO, were released": over an aside on them, up to their verb)
  const aside = (k: number) => tokens[k].text === ',' && [2, 3, 4, 5, 6, 7, 8, 9].some((d) => tokens[k + d]?.text === ',' && /^(were|was|have|has|had)$/.test(tokens[k + d + 1]?.lower ?? '')
    && tokens.slice(k + 1, k + d).every((x) => x.kind === 'word'))
    || (tokens[k].text === ',' && /^(were|was|have|has|had)$/.test(tokens[k + 1]?.lower ?? '') && tokens.slice(phrase.last + 1, k).some((x) => x.text === ','));
  for (let k = phrase.last + 1; k < tokens.length && k <= phrase.last + (relative ? 28 : 10) && (tokens[k].kind === 'word' || (relative && (placeComma(k) || aside(k)))); k++) {
    // ("Fifty pupils abducted during last week's attack … have escaped from their captors": or got away)
    if (/^(have|has|had|were|was|been)$/.test(tokens[k - 1]?.lower ?? '') && /^(handed|exchanged|swapped|released|freed|liberated|returned|repatriated|rescued|saved|escaped)$/.test(tokens[k].lower)) return true;
    // ("Forty three out of the forty worshippers abducted … have regained their freedom")
    if (/^(regained|regain|regains)$/.test(tokens[k].lower) && tokens[k + 2]?.lower === 'freedom') return true;
  }
  return false;
}

/**
 * A count of people set free: "the release of 82 girls", "the return of 40 hostages", "a swap of 100 prisoners", "had
 * rescued nine victims abducted by bandits", or the parts of such a count ("nine hostages comprising seven females").
 */
function setFree(tokens: Token[], phrase: NumberPhrase): boolean {
  const lead = countStart(tokens, phrase) - 1;
  // ("the return of the last 20 living hostages": which of them, between)
  let of = lead;
  while (of > lead - 3 && /^(the|last|remaining|final|first)$/.test(tokens[of]?.lower ?? '')) of--;
  if (tokens[of]?.lower === 'of' && /^(return|release|releases|freeing|rescue|rescues|exchange|swap|handover)$/.test(tokens[of - 1]?.lower ?? '')) return true;
  // ("Ukraine and Russia traded almost 200 prisoners of war", "exchanged 150 prisoners": captives traded go free)
  if (/^(rescued|freed|released|rescues|frees|releases|traded|trade|trades|exchanged|exchange|swapped|swap|swaps)$/.test(tokens[lead]?.lower ?? '') && !/^(were|was|been|be|is|are)$/.test(tokens[lead - 1]?.lower ?? '')) return true;
  // ("Hamas released the last 20 living hostages": which of them, between the verb and the count)
  if (of < lead && /^(rescued|freed|released|releases|frees)$/.test(tokens[of]?.lower ?? '') && !/^(were|was|been|be|is|are)$/.test(tokens[of - 1]?.lower ?? '')) return true;
  // ("wanted to bring home 500 prisoners", "brought back 90 captives")
  if (/^(home|back)$/.test(tokens[lead]?.lower ?? '') && /^(bring|brings|brought|bringing)$/.test(tokens[lead - 1]?.lower ?? '')) return true;
  // ("Scores of schoolchildren abducted from Kuriga have been released": the taken, named by a participle, whose own
  // verb sets them free)
  {
    let p = phrase.last + 1;
    if (tokens[p]?.lower === 'of') p++;
    if (isPersonWord(tokens[p]?.lower ?? '') && /^(abducted|kidnapped|taken|seized|held)$/.test(tokens[p + 1]?.lower ?? '')) {
      for (let k = p + 2; k < tokens.length && k - p <= 12 && (tokens[k].kind !== 'punct' || tokens[k].text === ','); k++) {
        if (/^(released|freed|rescued|liberated)$/.test(tokens[k].lower) && /^(were|was|been|are|is)$/.test(tokens[k - 1]?.lower ?? '')) return true;
      }
    }
  }
  // (a part after "comprising" or "including" of a count just set free)
  for (let k = lead; k >= 0 && lead - k <= 6; k--) {
    if (!/^(comprising|including|among)$/.test(tokens[k].lower)) continue;
    const whole = k - 2;
    return (tokens[whole]?.kind === 'digits' || isNumberWord(tokens[whole]?.lower ?? '')) && /^(rescued|freed|released)$/.test(tokens[whole - 1]?.lower ?? '');
  }
  return false;
}

/** "The injured, eight of them children, have been rushed to hospital": a part of a group named by its casualty word alone. */
function partOfTheGroup(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (tokens[phrase.last + 1]?.lower !== 'of' || !/^(them|whom)$/.test(tokens[phrase.last + 2]?.lower ?? '') || tokens[start - 1]?.text !== ',') return null;
  const noun = start - 2;
  if (!/^(injured|wounded|dead|victims|missing|deceased)$/.test(tokens[noun]?.lower ?? '') || tokens[noun - 1]?.lower !== 'the') return null;
  const harm = casualtyAt(tokens, noun, CASUALTY_AFTER);
  return harm ? { category: harm.category, casualtyIndex: phrase.last, side: 'after' } : null;
}

/**
 * "3.2 Of the 19 patients in the unit at the time, 11 died": a report's numbered paragraph, its number dropped (never a
 * count with its scale, "2.5 Million Displaced").
 */
function withoutSectionNumber(tokens: Token[]): Token[] {
  const numbered = tokens[0]?.kind === 'digits' && /^\d{1,2}(\.\d{1,2}){1,3}$/.test(tokens[0].text) && tokens[1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[1].text)
    && !/^(million|billion|thousand|lakh|crore|percent|per|mln|bn|m|k)$/i.test(tokens[1].text);
  return numbered ? tokens.slice(1) : tokens;
}

/**
 * "an estimated 3,257[1] have died": a footnote's bracketed number, glued to the word before it, is no part of the
 * sentence; nor are a weekday's date in brackets, a footnote's star, or a table's cell bars around a label's count.
 */
function withoutCitations(tokens: Token[]): Token[] {
  const cited = (k: number) => tokens[k]?.text === '[' && tokens[k + 1]?.kind === 'digits' && tokens[k + 2]?.text === ']' && k > 0 && tokens[k - 1].end === tokens[k].start;
  // ("saying Wednesday (May 24) that 20,000 …": the date of a weekday, in brackets after it, says only when)
  const dated = (k: number) => tokens[k]?.text === '(' && MONTHS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.kind === 'digits' && tokens[k + 3]?.text === ')'
    && /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(tokens[k - 1]?.lower ?? '');
  // ("64,260* people are likely to have died": a footnote's star glued to a count)
  const starred = (k: number) => tokens[k]?.text === '*' && tokens[k - 1]?.kind === 'digits' && tokens[k - 1].end === tokens[k].start;
  // ("Reported Deaths: | 852 |": a table's cell bars after a label's colon, and closing the line)
  const colonBar = tokens.some((t, k) => t.text === '|' && tokens[k - 1]?.text === ':');
  const bar = (k: number) => colonBar && tokens[k]?.text === '|' && (tokens[k - 1]?.text === ':' || k === tokens.length - 1 || (k === tokens.length - 2 && tokens[k + 1].text === '.'));
  if (!tokens.some((_, k) => cited(k) || dated(k) || starred(k) || bar(k))) return tokens;
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (cited(k)) { k += 2; continue; }
    if (dated(k)) { k += 3; continue; }
    if (starred(k) || bar(k)) continue;
    out.push(tokens[k]);
  }
  return out;
}

/**
 * "fatalities have also been reported in neighboring areas, including six in Travis County": a casualty noun with no
 * count of its own before the subset, which then counts parts of it.
 */
function uncountedBefore(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  for (let k = countStart(tokens, phrase) - 2; k >= 0 && k >= phrase.first - 16; k--) {
    const t = tokens[k];
    if (t.kind === 'digits' || isNumberWord(t.lower) || /^[.;:]$/.test(t.text)) return null;
    // ("The victims, including 12 women and six children, were discovered": the uncounted people, then their parts)
    // ("paid homage to the deceased - including 10 children and 17 women -": or after a dash)
    const people = /^(victims|dead|deceased|bodies|wounded|injured)$/.test(t.lower) && /^[,–—-]$/.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.lower === 'including' && tokens[k - 1]?.lower === 'the';
    // ("Li also provided a breakdown of the death toll, including 161 in the Aba prefecture, 7,395 in Mianyang City": or
    // a toll with no count of its own)
    const toll = t.lower === 'toll' && tokens[k - 1]?.lower === 'death' && tokens[k + 1]?.text === ',' && tokens[k + 2]?.lower === 'including';
    // ("plunged off a cliff into a river, killing all passengers, including 13 children": all of the people a harm
    // befell, uncounted, then a part of them)
    const all = tokens[k - 1]?.lower === 'the' && tokens[k - 2]?.lower === 'all' ? k - 2 : tokens[k - 1]?.lower === 'all' ? k - 1 : -1;
    const harmAll = all > 0 && isPersonWord(t.lower) && tokens[k + 1]?.text === ',' && tokens[k + 2]?.lower === 'including' ? CASUALTY_BEFORE[tokens[all - 1]?.lower ?? ''] : undefined;
    if (harmAll) return { category: harmAll, casualtyIndex: all - 1, side: 'before' };
    // ("Many of those killed were in smaller towns …, including 64 in Gongyi, 58 in Xingyang": a share of the uncounted
    // harmed, then its parts by place)
    const shareOf = /^(dead|victims|killed|wounded|injured|deceased)$/.test(t.lower) && /^(the|those)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower === 'of'
      && /^(many|most|some|all|half)$/.test(tokens[k - 3]?.lower ?? '') && tokens[countStart(tokens, phrase) - 1]?.lower === 'including';
    if (!/^(deaths|fatalities|casualties|injuries)$/.test(t.lower) && !people && !toll && !shareOf) continue;
    if (/^(no|any|zero|without)$/.test(tokens[k - 1]?.lower ?? '') || tokens.slice(0, k).some((x) => x.kind === 'digits' || isNumberWord(x.lower))) return null;
    if (toll) return { category: 'killed', casualtyIndex: k, side: 'after' };
    const harm = casualtyAt(tokens, k, CASUALTY_AFTER);
    return harm ? { category: harm.category, casualtyIndex: k, side: 'after' } : null;
  }
  return null;
}

/**
 * "the deceased persons included three males and two females", "four patients – two women and two men –": the
 * people of a count told apart by sex, a breakdown, not parts. Men and women only in a dashed aside right after the
 * count ("including three men and two women" are parts).
 */
function bySex(tokens: Token[], phrase: NumberPhrase): boolean {
  // (the sex word is the noun: never "9 male bodies and one female body")
  const headed = (k: number) => k >= tokens.length || tokens[k].kind === 'punct' || /^(and|or)$/.test(tokens[k].lower);
  // ("27 bodies, of which 25 are female and two are male": the sex after "are")
  const are = /^(are|were)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? 1 : 0;
  const noun = tokens[phrase.last + 1 + are]?.lower ?? '';
  // ("14 persons – 13 men and one woman -": one of a sex is named in the singular)
  const men = /^(men|women|man|woman)$/.test(noun);
  // ("Among the dead, at least 84 were women and 82 were men": the group named before, split by sex after "were")
  // ("27 people had been killed, of whom 25 were women and two were men": or right after "of whom")
  const lead = countStart(tokens, phrase) - 1;
  const splitOfGroup = are === 1 && men && (tokens.slice(0, countStart(tokens, phrase)).some((t, k) => /^(among|of)$/.test(t.lower) && tokens[k + 1]?.lower === 'the'
    && /^(dead|victims|killed|deceased|injured|wounded|fatalities)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.text === ',')
    // (only men and women: "500 were men, 250 were women and 350 were children" are parts)
    || (ofWhomSplit(tokens, lead) && !tokens.slice(lead, phrase.last + 12).some((t) => /^(children|child|minors|boys|girls)$/.test(t.lower))));
  if (are && !/^(male|female)$/.test(noun) && !splitOfGroup) return false;
  if (!/^(males?|females?|men|women|man|woman)$/.test(noun) || !headed(phrase.last + 2 + are)) return false;
  if (men && !splitOfGroup) {
    // ("146 garment workers – 123 women and girls and 23 men –": the dash that opens the split, past its earlier items)
    let opener = lead;
    // ("Nine bodies — 5 men, 4 women — were recovered": or past a comma between the items)
    while (opener > 0 && lead - opener < 6 && !/^[—–-]$/.test(tokens[opener].text) && (tokens[opener].kind === 'word' || tokens[opener].kind === 'digits' || tokens[opener].text === ',')) opener--;
    const close = tokens.findIndex((t, k) => k > phrase.last && k <= phrase.last + 8 && /^[—–-]$/.test(t.text));
    if (!/^[—–-]$/.test(tokens[opener]?.text ?? '') || close < 0) return false;
    // (never a group with no count of its own: "The victims - 5 men, 4 women -" are its only figures)
    if (HARMED_GROUP.test(tokens[opener - 1]?.lower ?? '') && /^(the|its|their)$/.test(tokens[opener - 2]?.lower ?? '')) return false;
    // (never a split that counts children apart: "30 bodies - 12 men, 10 women and eight children -" are parts)
    if (tokens.slice(opener, close).some((t) => /^(children|child|minors|kids)$/.test(t.lower))) return false;
  }
  const other = /^m[ae]n$/.test(noun) ? /^wom[ae]n$/ : /^wom[ae]n$/.test(noun) ? /^m[ae]n$/ : /^male/.test(noun) ? /^females?$/ : /^males?$/;
  const counted = (k: number) => tokens[k]?.kind === 'digits' || isNumberWord(tokens[k]?.lower ?? '');
  return tokens.some((t, k) => Math.abs(k - phrase.last) <= 7 && other.test(t.lower) && headed(k + 1) && (counted(k - 1) || (are === 1 && /^(are|were)$/.test(tokens[k - 1]?.lower ?? '') && counted(k - 2))));
}

/** Whether the words back from `lead` are "of whom" and the items of a split by sex before this one ("25 were women and"). */
function ofWhomSplit(tokens: Token[], lead: number): boolean {
  for (let k = lead; k > 0 && lead - k <= 8; k--) {
    const w = tokens[k].lower;
    if (/^(whom|which)$/.test(w)) return tokens[k - 1]?.lower === 'of';
    if (!(tokens[k].kind === 'digits' || isNumberWord(w) || /^(,|and|are|were|males?|females?|m[ae]n|wom[ae]n)$/.test(w))) return false;
  }
  return false;
}

/** At `at`, "including", "among" or "among them": how many words it takes, else -1. */
function isSubsetOpener(tokens: Token[], at: number): number {
  const w = tokens[at]?.lower;
  // ("the total number of deaths stands at 8,309, encompassing 3,747 children and 2,062 women", "1,454 people had been killed,
  // counting 250 Alawite fighters")
  if (w === 'including' || ((w === 'encompassing' || w === 'comprising' || w === 'counting') && tokens[at - 1]?.text === ',')) return 1;
  // ("five bodies have been found, including those of two children")
  // ("210 bodies, including that of 83 women and 29 children")
  if (w === 'of' && /^(those|that)$/.test(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'including') return 1;
  // ("The death toll … has risen to 12, and includes two children": the toll's own count right before)
  if (w === 'and' && /^(include|includes|included)$/.test(tokens[at + 1]?.lower ?? '') && tokens[at - 1]?.text === ',' && (tokens[at - 2]?.kind === 'digits' || isNumberWord(tokens[at - 2]?.lower ?? ''))) return 2;
  // ("47 people, which include 18 men, 17 women and 12 children")
  if (/^(which|who)$/.test(w ?? '') && /^(include|includes|included)$/.test(tokens[at + 1]?.lower ?? '')) return 2;
  // ("Forty-three of the killed journalists and media workers were freelancers, of whom 31 were from Gaza")
  // (never of things: "attacks on 30 villages, of which 20 were burned")
  // ("35 bodies, of whom at least 12 had been identified": past any bound)
  const count = /^(around|about|some|nearly|almost|roughly|approximately)$/.test(tokens[at + 1]?.lower ?? '') ? at + 2 : (qualifierAt(tokens, at + 1)?.last ?? at) + 1;
  if (/^(whom|which)$/.test(w ?? '') && tokens[at - 1]?.lower === 'of' && (tokens[count]?.kind === 'digits' || isNumberWord(tokens[count]?.lower ?? ''))) {
    // ("171 people still remain missing out of which around 35 are in the tunnel": "out of" as "of")
    const base = tokens[at - 2]?.lower === 'out' ? at - 3 : at - 2;
    const noun = tokens[base]?.text === ',' ? base - 1 : base;
    // ("39 bodies have been recovered of which 36 are from Chilobwe township": or their fate's participle)
    // ("406 migrants lost their lives, of whom 250 were Egyptian": or the lives lost)
    const counted = (k: number) => isPersonWord(tokens[k]?.lower ?? '') || /^(victims|casualties|dead|deaths|fatalities|killed|injured|wounded|bodies|missing|died|recovered|retrieved|exhumed|found|lives)$/.test(tokens[k]?.lower ?? '');
    if (counted(noun)) return 1;
    // ("There were 20 deaths last year, of which four were suicides", "… five in 2023 and three in 2024, of which four
    // were self-inflicted": past the time the count was in, to its noun or its elided count)
    let k = noun;
    while (k > noun - 4 && tokens[k] && (isYearToken(tokens[k]) || TIME_UNITS.test(tokens[k].lower) || MONTHS.has(tokens[k].lower) || /^(last|this|in|during|the|past)$/.test(tokens[k].lower))) k--;
    if (k < noun && (counted(k) || (tokens[k]?.kind === 'digits' && !isYearToken(tokens[k])) || isNumberWord(tokens[k]?.lower ?? ''))) return 1;
    // ("There were 312 deaths in prison custody in England and Wales in the year to March, of which 87 were
    // self-inflicted": past where and when, a run of words opened by a preposition, to a count's own noun of the harm)
    let from = noun;
    while (from > noun - 14 && tokens[from] && (tokens[from].kind === 'word' || isYearToken(tokens[from])) && !/^(deaths|fatalities|casualties)$/.test(tokens[from].lower)) from--;
    const counter = tokens[from - 1];
    // ("181 deaths related to the floods, of which 3 are under investigation": or by what they are tied to)
    if (from < noun - 1 && /^(in|at|on|during|across|from|related|linked|attributed|due|caused|connected)$/.test(tokens[from + 1]?.lower ?? '') && counter !== undefined && (counter.kind === 'digits' || isNumberWord(counter.lower))
      && /^(deaths|fatalities|casualties)$/.test(tokens[from]?.lower ?? '')) return 1;
    // ("1,175 people had been taken to hospitals, of whom 793 had since been discharged": those taken there)
    const to = tokens[noun - 1]?.lower === 'the' ? noun - 2 : noun - 1;
    if (w === 'whom' && /^(hospitals?|clinics?)$/.test(tokens[noun]?.lower ?? '') && /^(to|in|at)$/.test(tokens[to]?.lower ?? '')) return 1;
  }
  if (w !== 'among') return -1;
  // ("searching for signs of life among dozens of miners still trapped": where a search goes is no part of the count;
  // a part opens after a comma, a dash or the counted people themselves)
  const before = tokens[at - 1];
  if (tokens[at + 1]?.lower !== 'them' && before && before.kind === 'word' && CASUALTY_AFTER[before.lower] === undefined && !isPersonWord(before.lower)) return -1;
  // ("18 people were injured, among them are 2 10-year-old children")
  if (tokens[at + 1]?.lower === 'them' && /^(are|were)$/.test(tokens[at + 2]?.lower ?? '')) return 3;
  return tokens[at + 1]?.lower === 'them' ? 2 : 1;
}

/** "including 17 foreigners", "20 of them": a subset shares the figure before it. */
function subsetOf(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous) return null;
  const ofThem = tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom|those)$/.test(tokens[phrase.last + 2]?.lower ?? '');
  // ("a total of 68 deaths during the protests, 34 of which it was able to confirm": "which" stands for the
  // casualty noun the figure before counted, with no other count between)
  // (", only two of which have been identified")
  // ("47,000 overdose deaths involving opioids (over 45,000 of which involved fentanyl)": or in brackets)
  const ofWhich = tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'which' && (/^[,(]$/.test(tokens[countStart(tokens, phrase) - 1]?.text ?? '') || (tokens[phrase.first - 1]?.lower === 'only' && tokens[phrase.first - 2]?.text === ','))
    // ("28 people lost their lives during the last 24 hours, 14 of which were males": or people counted before their fate)
    && previous.side === 'after' && (/^(deaths|casualties|fatalities|injuries|bodies|victims)$/.test(tokens[previous.casualtyIndex]?.lower ?? '')
      || tokens.slice(Math.max(0, previous.casualtyIndex - 6), previous.casualtyIndex).some((t, d, all) => (t.kind === 'digits' || isNumberWord(t.lower)) && isPersonWord(all[d + 1]?.lower ?? '')))
    // (a span of time between is no count "which" stands for, when the part is people: "during the last 24 hours, 14
    // of which were males")
    && previous.casualtyIndex < phrase.first && !tokens.slice(previous.casualtyIndex + 1, phrase.first).some((t, d, all) => (t.kind === 'digits' || isNumberWord(t.lower))
      && !(/^(hours|days|weeks|months|years)$/.test(all[d + 1]?.lower ?? '') && /^(were|are)$/.test(tokens[phrase.last + 3]?.lower ?? '') && isPersonWord(tokens[phrase.last + 4]?.lower ?? '')));
  if (opensSubset(tokens, phrase) || ofThem || ofWhich) {
    // ("more than 300 people have been killed …, and thousands have been arrested, among them around 40 foreigners": a
    // part of a group whose fate, told nearer, is no harm)
    for (let k = countStart(tokens, phrase) - 2; k > previous.casualtyIndex; k--) {
      if (casualtyAt(tokens, k, CASUALTY_AFTER) || casualtyAt(tokens, k, CASUALTY_BEFORE)) break;
      // (never the people's adjective right after the count: "killed at least 18 displaced people, including seven children")
      const adjective = isPersonWord(tokens[k + 1]?.lower ?? '') && (tokens[k - 1]?.kind === 'digits' || isNumberWord(tokens[k - 1]?.lower ?? ''));
      if (/^(arrested|detained|displaced|evacuated|rescued|freed|released|charged|deported|expelled|jailed|convicted|sentenced)$/.test(tokens[k].lower) && !adjective) return null;
    }
    // ("… at least 24 fatalities and a search for numerous missing individuals, including over 20 girls": the group
    // named right before the list, by a fate of its own, with no count)
    const opener = countStart(tokens, phrase) - 1;
    const adjective = opener - 3;
    if (tokens[opener]?.lower === 'including' && tokens[opener - 1]?.text === ',' && isPersonWord(tokens[opener - 2]?.lower ?? '') && adjective > previous.casualtyIndex
      && !(tokens[adjective - 1]?.kind === 'digits' || isNumberWord(tokens[adjective - 1]?.lower ?? ''))) {
      const group = casualtyAt(tokens, adjective, CASUALTY_AFTER);
      if (group && group.width === 1 && group.category !== previous.category) return { category: group.category, side: 'after', casualtyIndex: phrase.last };
    }
    // ("said three bodies were retrieved …, and a number of injured reported, including at least 20 women and
    // children": a group with no count of its own, named between, is the whole)
    for (let k = phrase.first - 2; k > previous.casualtyIndex && k > phrase.first - 8; k--) {
      if (tokens[k].kind === 'punct' && tokens[k].text !== ',') break;
      const harm = tokens[k - 1]?.lower === 'of' && /^(number|dozens|scores|hundreds)$/.test(tokens[k - 2]?.lower ?? '') ? casualtyAt(tokens, k, CASUALTY_AFTER) : null;
      if (harm && harm.category !== previous.category) return { category: harm.category, side: 'after', casualtyIndex: phrase.last };
    }
    return { ...previous, side: 'after', casualtyIndex: phrase.last };
  }
  return null;
}

/** Where a shot wounds rather than kills: "shot in the legs", "in the arm". */
const WOUNDING_SHOT = /^(legs?|arms?|hands?|feet|foot|knees?|thighs?|shoulders?|ankles?|buttocks)$/;

interface CasualtyLink {
  category: Category;
  /** the token holding the casualty word */
  casualtyIndex: number;
  /** 'after': "89 soldiers killed"; 'before': "killing 89 soldiers" */
  side: 'after' | 'before';
}

// Words that may stand between a number and the casualty word after it, besides the
// victim phrase itself: "400 Russian soldiers might have been killed".
const BRIDGE = new Set([
  ...AUXILIARIES, 'of', 'the', 'on', 'in', 'at', 'from', 'inside', 'near', 'who', 'that', 'reportedly', 'people',
  'ground', 'so', 'far', 'as', 'a', 'result', 'when', 'after', 'during', 'by', 'its', 'their', 'his', 'her',
  'more', 'other', 'others', 'possibly', 'probably', 'apparently', 'likely', 'potentially', 'presumably', 'remain', 'remains', 'remained', 'still',
  'neighbouring', 'neighboring', 'nearby',
  // "26 others declared missing", "pronounced dead at the scene", "listed as missing"
  'declared', 'pronounced', 'listed',
  // "35 passengers got injured": the passive with get
  'got', 'get', 'gets',
  // ("31 unidentified victims’ bodies were buried": the tagger takes the adjective for a past tense)
  'unidentified', 'unclaimed',
]);

// Words between the casualty noun/verb and the number after it: "death toll rose to 28",
// "killing at least 19", "latest figure is 83".
const TOLL_LINKS = new Set([
  'to', 'at', 'of', 'is', 'was', 'stands', 'stood', 'rose', 'rises', 'risen', 'rising', 'climbed', 'climbs',
  'climbing', 'reached', 'reaches', 'hit', 'hits', 'now', 'currently', 'has', 'had', 'have', 'jumped', 'jumps', 'increased',
  'increases', 'grew', 'grows', 'the', 'a', 'latest', 'official', 'total', 'new', 'raised', 'put', 'puts',
  'reportedly', 'another', 'more', 'an', 'additional', 'further', 'some', 'been', 'mounted', 'mounts', 'soared',
  'went', 'up', 'gone', 'become', 'became', 'all', 'were', 'are', 'included', 'include', 'includes', 'be',
  'totalled', 'totaled', 'totals', 'toward', 'towards', 'amounted', 'amount', 'amounts',
  // ("Western estimates of Russian dead and wounded run to more than 1 million")
  'run', 'runs', 'ran',
  // ("says it lost only three soldiers", "killed just 12 people")
  'only', 'just',
  // "killed a family of five", "wiped out an entire family of six"
  'family', 'entire', 'whole',
  // "killed his two children"
  'his', 'her', 'their', 'our',
]);

const isVerbOnly = (t: Tags | undefined) => Boolean(t?.has('Verb') && !t.has('Noun'));

/** Does the casualty word at `i` modify a thing counted after it, over adjectives and nouns only
 * ("hospitalized suspected cases"; not "wounded when shells hit", not "dead bodies")? */
function modifiesAThing(tokens: Token[], tags: Tags[], i: number): boolean {
  // ("12 dead and four wounded Friday night": a day after it is when)
  if (WEEKDAY.test(tokens[i + 1]?.lower ?? '') || /^(yesterday|today|tonight|overnight|last|this|early|late)$/.test(tokens[i + 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) {
    const t = tokens[k];
    // ("two wounded over past day": a preposition the tagger may take for an adjective)
    if (/^(over|in|on|at|during|after|since|for|from|near|across|within)$/.test(t.lower)) return false;
    // ("five missing family members": a noun of things that modifies people after it)
    if (NON_PERSON_NOUNS.has(t.lower) && t.lower !== 'bodies' && !isVerbOnly(tags[k + 1]) && !isPersonWord(tokens[k + 1]?.lower ?? '')) return true;
    // ("16 missing person reports", "Thirteen missing people reports are still open": reports filed, not people)
    if (/^(person|persons|people)$/.test(t.lower) && /^(reports|cases|files|complaints)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    // ("15,274 death claims … were filed", "2,000 death certificates": papers of a death, never the dead)
    if (k === i + 1 && /^(claims|certificates|benefits|notices|notifications|registrations|records)$/.test(t.lower)) return true;
    if (t.kind !== 'word' || AUXILIARIES.has(t.lower) || !(tags[k].has('Adjective') || tags[k].has('Noun'))) return false;
  }
  return false;
}

const BODY_PARTS = /^(limbs?|legs?|arms?|hands?|feet|foot|fingers?|toes?|eyes?|teeth|heads?|parts|organs?)$/;

/** Words of when, before a death that came after what is told first: "two survivors have since died", "later died". */
const DIED_SINCE = /^(since|later|subsequently|afterwards|eventually)$/;

/**
 * Words of an event that harms people, which a sports page may report too: "the team bus crashed", "a stand collapsed".
 * Narrower than EVENT_NOUNS on purpose: a "strike" or a "war" of words is a match report's too.
 */
// ("brought in from the same glide-bomb strike": a weapon's strike named by the weapon, never a strike alone)
const EVENT_OF_HARM = /^(crash|crashed|crashes|collapse|collapsed|crush|stampede|attack|attacks|attacked|blast|explosion|fire|riot|riots|clashes|shooting|shot|stabbed|stabbing|lightning|struck|bus|plane|accident|bombs?|bombings?|bombed|shelling|shelled|airstrikes?|missiles?|[a-z]+-(?:bombs?|strikes?))$/;

/**
 * Whether the sentence tells of a wound or of an event that harms people ("for burns", "after the crash"): those it says
 * were cared for or operated on are the hurt. Never an illness's attack ("heart attacks", "asthma attacks").
 */
// (never a word inside a name: "the Fire and Disaster Management Agency said", where a capital mid-sentence names a body)
const tellsOfHarm = (tokens: Token[]): boolean => tokens.some((t, k) => /^(injured|wounded|hurt|casualties)$/.test(t.lower) || WOUND_NOUNS.test(t.lower)
  || (EVENT_OF_HARM.test(t.lower) && !illnessAttackAt(tokens, k) && !(k > 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && tokens[k - 1].kind === 'word')));

/** "heart attacks", "an asthma attack" at `k`: an attack of an illness, no one's harm. */
const illnessAttackAt = (tokens: Token[], k: number): boolean => /^attacks?$/.test(tokens[k]?.lower ?? '') && /^(heart|asthma|panic)$/.test(tokens[k - 1]?.lower ?? '');

function casualtyAt(tokens: Token[], i: number, table: Record<string, Category>): { category: Category; width: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  // ("there are claims of as many as 300": claims of a count are sayings, not a killing's "claims")
  if (/^(claims|claim)$/.test(t.lower) && tokens[i + 1]?.lower === 'of') return null;
  // ("ten “mass casualty” search teams": the kind of event a team is for, no one harmed)
  if (t.lower === 'casualty' && /^(mass|mass-)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  // ("Seventeen players are missing through injury": a team's absences)
  if (t.lower === 'missing' && /^(through|with|due|because|for)$/.test(tokens[i + 1]?.lower ?? '')
    && tokens.slice(i + 2, i + 5).some((x) => /^(injury|injuries|illness|suspension|suspensions|knocks)$/.test(x.lower))) return null;
  // ("deaths from traumatic injuries alone were 64,260", "Deaths from gunshot wounds totalled 300": wounds the deaths came
  // from are no one's hurt; the count is of the deaths)
  if (/^(injuries|injury|wounds|burns)$/.test(t.lower)) {
    let k = i - 1;
    while (k > i - 3 && tokens[k]?.kind === 'word' && !/^(from|of)$/.test(tokens[k].lower)) k--;
    if (/^(from|of)$/.test(tokens[k]?.lower ?? '') && /^(deaths|death|fatalities)$/.test(tokens[k - 1]?.lower ?? '')) return null;
  }
  // ("The club lost three players to injury before half-time": a team's losses to injury, as its absences)
  if (/^(injury|injuries)$/.test(t.lower) && tokens[i - 1]?.lower === 'to' && tokens.some((x) => /^(players?|squad|club|team|match|half-time|starters?|league)$/.test(x.lower))) return null;
  // ("The visitors were already without four injured first-teamers", "the fixture pile-up was killing his squad: 'We've
  // had 11 injuries since October'": a squad's injury list, its absences, where nothing befell anyone but the game)
  if (/^(injured|injuries|injury)$/.test(t.lower) && tokens.some((x) => /^(squad|first-teamers?|fixtures?|half-time|first-team|line-?up|bench|transfer)$/.test(x.lower))
    && !tokens.some((x) => EVENT_OF_HARM.test(x.lower))) return null;
  // ("at least 2,052 had a death sentence passed against them", "12 on death row": a sentence, not a death)
  // ("in what analysts called another death blow for the high street": a figure of speech, or a thing named for death)
  if (t.lower === 'death' && /^(sentences?|penalty|row|warrants?|blows?|knell|spiral|traps?|wish|metal|threats?|certificates?)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  // ("the Indian Million Death Study": a capitalised word of harm inside the name of a study or a body)
  if (/^\p{Lu}\p{Ll}/u.test(t.text) && /^(Study|Survey|Project|Database|Index|Commission|Committee|Museum|Memorial|Foundation|Institute|Initiative|Review)$/.test(tokens[i + 1]?.text ?? '')) return null;
  // ("played 2,318 concerts as the Grateful Dead", "the Dead Sea", "the Day of the Dead parade": a capitalised "Dead" inside a
  // name, which a lower-case "the" opens in running text)
  if (t.text === 'Dead' && ((tokens[i - 1]?.text === 'the' && (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || tokens[i - 2]?.lower === 'of'))
    || (tokens[i - 2]?.text === 'the' && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1]?.text ?? '')))) return null;
  // ("although the Killed by Google team encourages others": a name's capitalised word, after "the", in running text)
  if (/^\p{Lu}\p{Ll}/u.test(t.text) && tokens[i - 1]?.lower === 'the' && /^\p{Ll}/u.test(tokens[i - 1].text) && tokens[i + 1]?.lower === 'by'
    && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && /^\p{Ll}/u.test(tokens[i + 3]?.text ?? '')) return null;
  // ("126 Ukrainian servicemen had surrendered": only soldiers who gave themselves up, never "surrendered their arms")
  if (t.lower === 'surrendered' && (!tokens.slice(Math.max(0, i - 3), i).some((x) => SERVICE_MEMBERS.test(x.lower) || /^(conscripts|defenders|personnel)$/.test(x.lower))
    || /^(their|his|her|its|weapons|arms)$/.test(tokens[i + 1]?.lower ?? ''))) return null;
  // ("the three captives whose bodies have been returned": captives whose bodies are told of are dead)
  if (table[t.lower] === 'captured' && tokens[i + 1]?.lower === 'whose' && /^(bodies|remains|body)$/.test(tokens[i + 2]?.lower ?? '')) return { category: 'killed', width: 1 };
  // ("Two dozen lawmakers were casualties of the reshuffle": casualties of what harms no one's body are no one's harm)
  if (/^(casualties|casualty)$/.test(t.lower) && tokens[i + 1]?.lower === 'of') {
    const what = /^(the|a|an|this|that|its|their|his|her)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
    if (/^(reshuffles?|cuts|budgets?|mergers?|restructuring|layoffs|downsizing|recession|reforms?|elections?|votes?|shake-?ups?|redundancies|austerity|rebranding|streamlining|takeover|privatisation|privatization)$/.test(tokens[what]?.lower ?? '')) return null;
  }
  // ("at least 50,000 people were victims of kidnapping": victims of a taking or a vanishing are that, not casualties)
  if (/^victims?$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && table.victims) {
    const of = tokens[i + 2]?.lower ?? '';
    if (/^(kidnappings?|abductions?|hostage-taking)$/.test(of)) return { category: 'captured', width: 3 };
    // ("About 4,000 victims of the pyramid scheme lost their savings": victims of a fraud lost money)
    if (tokens.slice(i + 2, i + 5).some((x) => /^(schemes?|scams?|frauds?|fraudsters|swindles?|cybercrime|thefts?|ponzi)$/.test(x.lower))) return null;
    if (/^(forced|enforced)$/.test(of) && /^disappearances?$/.test(tokens[i + 3]?.lower ?? '')) return { category: 'missing', width: 4 };
    // ("Of the 83 male victims of domestic homicide": victims of a killing are dead)
    const killing = /^(domestic|mass|the)$/.test(of) ? tokens[i + 3]?.lower ?? '' : of;
    if (/^(homicides?|murders?|femicides?|killings?)$/.test(killing)) return { category: 'killed', width: 1 };
  }
  // ("freed 175 kidnap victims": victims named by a taking are captives, as victims of it are)
  if (/^victims?$/.test(t.lower) && /^(kidnap|kidnapping|abduction|hostage-taking)$/.test(tokens[i - 1]?.lower ?? '') && table.victims) return { category: 'captured', width: 1 };
  // ("the number of victims recovered and buried in Derna has reached 3,958": victims laid in graves are the dead; never
  // "victims recovered from their injuries", who lived)
  const laid = (k: number) => /^(buried|exhumed|interred|reburied)$/.test(tokens[k]?.lower ?? '');
  if (t.lower === 'victims' && (laid(i + 1) || (/^(recovered|retrieved)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'and' && laid(i + 3))) && table.victims) return { category: 'killed', width: 1 };
  // ("88 victims' bodies were lying at a trauma centre": the victims' bodies are of the dead)
  if (t.lower === 'victims' && /^['’]$/.test(tokens[i + 1]?.text ?? '') && /^(bodies|remains)$/.test(tokens[i + 2]?.lower ?? '') && table.victims) return { category: 'killed', width: 3 };
  const two = tokens[i + 1] ? `${t.lower} ${tokens[i + 1].lower}` : '';
  if (two && table[two]) return { category: table[two], width: 2 };
  // ("two attackers blew themselves up", "Three of them blew themselves up with suicide vests": bombers dead by their own
  // bombs)
  if (table === CASUALTY_AFTER && /^(blew|blow|blows|blowing)$/.test(t.lower) && /^(themselves|himself|herself)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'up') return { category: 'killed', width: 3 };
  const one = table[t.lower];
  // ("4,836 fatal work injuries", "29 fatal injuries": injuries that killed are deaths, as statisticians count them)
  if (one === 'wounded' && /^(injuries|injury|wounds)$/.test(t.lower)
    && (/^(fatal|deadly|lethal)$/.test(tokens[i - 1]?.lower ?? '') || (/^(fatal|deadly|lethal)$/.test(tokens[i - 2]?.lower ?? '') && /^(work|occupational|workplace|on-the-job|traffic|road|firearm|gun|gunshot)$/.test(tokens[i - 1]?.lower ?? '')))) return { category: 'killed', width: 1 };
  // ("More than 64,000 traumatic injury deaths occurred": deaths from injuries are deaths)
  if (one === 'wounded' && /^(injury|injuries)$/.test(t.lower) && /^(deaths|fatalities)$/.test(tokens[i + 1]?.lower ?? '')) return { category: 'killed', width: 2 };
  // ("two players on the injured list", "placed on injured reserve": a team's roster, no count of the hurt)
  if (one === 'wounded' && t.lower === 'injured' && /^(list|reserve|report|lists)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  // ("15 of them had some limbs missing": a part of a body missing is no missing person)
  if (one === 'missing' && BODY_PARTS.test(tokens[i - 1]?.lower ?? '')) return null;
  // ("no more than a dozen of the dead were captured in news footage": caught on a recording, not taken captive)
  if (one === 'captured' && /^(in|on|by)$/.test(tokens[i + 1]?.lower ?? '')
    && tokens.slice(i + 2, i + 5).some((x) => /^(footage|cameras?|videos?|film|tape|cctv|photos?|photographs?|images?|pictures?|recordings?)$/.test(x.lower))) return null;
  // ("36,940 Americans gave their lives in the Korean Theater": a life given is a life lost)
  if (table === CASUALTY_AFTER && /^(gave|give|gives|giving|given)$/.test(t.lower) && /^(their|his|her|its)$/.test(tokens[i + 1]?.lower ?? '') && /^(lives|life)$/.test(tokens[i + 2]?.lower ?? '')) return { category: 'killed', width: 3 };
  // ("the 7 soldiers who laid down their lives": the same, laid down)
  if (table === CASUALTY_AFTER && /^(laid|lay|lays|laying)$/.test(t.lower) && tokens[i + 1]?.lower === 'down' && /^(their|his|her)$/.test(tokens[i + 2]?.lower ?? '') && /^(lives|life)$/.test(tokens[i + 3]?.lower ?? '')) return { category: 'killed', width: 4 };
  // ("Two soldiers paid the supreme price during the encounter", "made the ultimate sacrifice": an army's words for a
  // death in action)
  if (table === CASUALTY_AFTER && /^(paid|pay|pays|paying|made|make|makes|making)$/.test(t.lower) && tokens[i + 1]?.lower === 'the' && /^(supreme|ultimate)$/.test(tokens[i + 2]?.lower ?? '')
    && (/^(paid|pay|pays|paying)$/.test(t.lower) ? /^price$/ : /^sacrifice$/).test(tokens[i + 3]?.lower ?? '')) return { category: 'killed', width: 4 };
  // ("800 civilians who had taken refuge in the compound": shelter sought, no one taken)
  if (t.lower === 'taken' && /^(refuge|shelter|cover|sanctuary)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  // ("the bodies of 225 people were taken to the morgues": carried there, no one taken captive)
  if (t.lower === 'taken' && tokens[i + 1]?.lower === 'to' && (toHospital(tokens, i + 2)
    || /^(morgues?|mortuar(?:y|ies)|cemeter(?:y|ies)|graveyards?)$/.test(tokens[tokens[i + 2]?.lower === 'the' ? i + 3 : i + 2]?.lower ?? ''))) return null;
  // ("two of the injured victims were teenagers": victims named by their harm have it)
  if (one === 'casualties' && /^(victims|casualties)$/.test(t.lower) && /^(injured|wounded|dead|deceased|killed)$/.test(tokens[i - 1]?.lower ?? '') && table === CASUALTY_AFTER) {
    return { category: CASUALTY_AFTER[tokens[i - 1].lower], width: 1 };
  }
  if (one) return { category: one, width: 1 };
  return table === CASUALTY_AFTER && isBurialOfTheDead(tokens, i) ? { category: 'killed', width: 1 } : null;
}

/**
 * "The dead included at least 32 Kenyans; 18 Canadians; nine Ethiopians; …, the airline said": a list of counts
 * whose items are set apart by semicolons is read as one with commas (the text and its offsets stay as written).
 */
function semicolonListAsCommas(tokens: Token[]): Token[] {
  const semicolons = tokens.flatMap((t, k) => (t.text === ';' ? [k] : []));
  const countAt = (k: number) => {
    const at = tokens[k]?.lower === 'and' ? k + 1 : k;
    return tokens[at]?.kind === 'digits' || isNumberWord(tokens[at]?.lower ?? '');
  };
  // ("Deaths: 59,259 (50,783 in Turkey; 8,476 in Syria)": or the parts of a count in brackets after it, each a count)
  const inBrackets = (k: number) => {
    const open = tokens.slice(0, k).map((t) => t.text).lastIndexOf('(');
    const close = tokens.findIndex((t, j) => j > k && t.text === ')');
    return open > 0 && close > k && !tokens.slice(open + 1, k).some((t) => t.text === ')') && countAt(open + 1) && countAt(k + 1)
      && (tokens[open - 1]?.kind === 'digits' || tokens.slice(Math.max(0, open - 3), open).some((t) => t.kind === 'digits'));
  };
  if (semicolons.length > 0 && semicolons.every(inBrackets)) return tokens.map((t) => (t.text === ';' ? { ...t, text: ',', lower: ',' } : t));
  if (semicolons.length < 2) return tokens;
  if (!semicolons.every((k) => countAt(k + 1)) || !tokens.slice(0, semicolons[0]).some((t) => t.kind === 'digits' || isNumberWord(t.lower))) return tokens;
  return tokens.map((t) => (t.text === ';' ? { ...t, text: ',', lower: ',' } : t));
}

/**
 * Where "did not survive" or "could not be saved" ends, when it starts at `i` (at "did", "didn't",
 * "could", "couldn't"): its last word. (The page's gate knows both phrases, casualty-word.ts.)
 */
function didNotSurvive(tokens: Token[], i: number): number | null {
  const w = tokens[i].lower.replace('’', "'");
  let k = i + 1;
  if (w === 'did' || w === 'could') {
    if (tokens[k]?.lower !== 'not') return null;
    k++;
  } else if (w !== "didn't" && w !== "couldn't") return null;
  // ("Two of the passengers didn't make it": with nothing after it, or what they did not get through; never "did not make
  // it to the wedding")
  const madeIt = tokens[k]?.lower === 'make' && tokens[k + 1]?.lower === 'it' && (!tokens[k + 2] || tokens[k + 2].kind === 'punct' || /^(through|and|despite|after)$/.test(tokens[k + 2].lower));
  if (w.startsWith('did')) return tokens[k]?.lower === 'survive' ? k : madeIt ? k + 1 : null;
  return tokens[k]?.lower === 'be' && tokens[k + 1]?.lower === 'saved' ? k + 1 : null;
}

/**
 * "18 bodies had been located, 16 with bullet wounds and two with shrapnel wounds", "exhumed 20 bodies, 18 of
 * whom had gunshot wounds": what killed the dead, counted after them, is no count of the wounded.
 */
function woundsOfTheBodies(tokens: Token[], phrase: NumberPhrase): boolean {
  const next = tokens[phrase.last + 1]?.lower;
  const breakdown = next === 'with' || (next === 'of' && /^(whom|them)$/.test(tokens[phrase.last + 2]?.lower ?? ''));
  // (an item of the breakdown: right after a comma, or after "and" that follows another)
  if (!breakdown || !/^(,|and)$/.test(tokens[phrase.first - 1]?.lower ?? '')) return false;
  if (!tokens.slice(phrase.last + 1, phrase.last + 9).some((t) => /^(wounds|injuries)$/.test(t.lower))) return false;
  for (let k = phrase.first - 2; k >= Math.max(1, phrase.first - 16); k--) {
    if (/^(bodies|corpses)$/.test(tokens[k].lower) && (tokens[k - 1].kind === 'digits' || isNumberWord(tokens[k - 1].lower))) return true;
    if (tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower)) {
      // (an earlier item of the same breakdown: "16 with bullet wounds and two with …")
      if (tokens[k + 1]?.lower === 'with') continue;
      return false;
    }
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return false;
  }
  return false;
}

/**
 * "67 buried in mass grave", "120 were interred here": only the dead are buried in a grave or interred
 * (the buried under rubble may be alive).
 */
function isBurialOfTheDead(tokens: Token[], i: number): boolean {
  const w = tokens[i].lower;
  if (w === 'interred' || w === 'reinterred') return true;
  if (w !== 'buried' && w !== 'reburied') return false;
  // ("Mr Salakhuddinov said 200 Uzbeks have been buried so far": a passive that closes its clause, with no "under"
  // the rubble after it)
  if (/^(been|were|was|are)$/.test(tokens[i - 1]?.lower ?? '') && (!tokens[i + 1] || /^[.,;]$/.test(tokens[i + 1].text) || (tokens[i + 1].lower === 'so' && tokens[i + 2]?.lower === 'far'))) return true;
  // ("locals say 200+ were buried on Friday alone": or when, never where they lie trapped)
  // ("officials say 1,100 people have been buried here since Tuesday": or here, where the graves are)
  if (/^(been|were|was)$/.test(tokens[i - 1]?.lower ?? '') && /^(on|yesterday|today|overnight|together|last|this|at|here|since)$/.test(tokens[i + 1]?.lower ?? '')
    && !tokens.slice(i + 1, i + 7).some((t) => /^(rubble|debris|mud|snow|sand|earth|ruins|alive|landslides?|avalanches?|wreckage|soil|collapsed)$/.test(t.lower))) return true;
  let k = i + 1;
  if (tokens[k]?.lower !== 'in') return false;
  k++;
  while (k < i + 5 && /^(a|the|mass|shallow|common|unmarked|makeshift|their|family|single|two|three|several)$/.test(tokens[k]?.lower ?? '')) k++;
  return /^(graves?|cemetery|cemeteries|graveyards?|tombs?)$/.test(tokens[k]?.lower ?? '');
}

/**
 * Whether the "one" at `phrase` is one of a pair that breaks down the count ending at `lastEnd` by where each was: ", one
 * in theatre and one in critical care", ", one on Monday and one on Tuesday".
 */
function onesOfAPair(tokens: Token[], phrase: NumberPhrase, lastEnd: number): boolean {
  if (phrase.first !== phrase.last || tokens[phrase.first].lower !== 'one' || lastEnd < 0) return false;
  const where = (k: number) => tokens[k]?.lower === 'one' && /^(in|at|on|during|from|inside|near)$/.test(tokens[k + 1]?.lower ?? '');
  if (!where(phrase.first)) return false;
  // (the first of the pair: a comma before it, the second within a few words after its "and")
  let first = phrase.first;
  if (tokens[first - 1]?.lower === 'and') {
    first = tokens.findIndex((t, k) => k < phrase.first && k >= phrase.first - 8 && where(k) && tokens[k - 1]?.text === ',');
    if (first < 0 || tokens.slice(first + 1, phrase.first).some((t) => t.kind === 'punct')) return false;
    // (the first of the pair read as the count's, the second is its too)
    if (lastEnd === first) return true;
  } else {
    const second = tokens.findIndex((t, k) => k > phrase.first + 1 && k <= phrase.first + 8 && where(k) && tokens[k - 1]?.lower === 'and');
    if (tokens[first - 1]?.text !== ',' || second < 0 || tokens.slice(phrase.first + 1, second).some((t) => t.kind === 'punct')) return false;
  }
  // (the comma closes the count's own clause, a few words after it)
  return first - 1 > lastEnd && first - 1 - lastEnd <= 10 && tokens.slice(lastEnd + 1, first - 1).every((t) => t.kind === 'word');
}

/** "… listed among the dead were in fact alive": where "alive" closes the count's own verb, else -1. */
function aliveAfterAll(tokens: Token[], phrase: NumberPhrase): number {
  for (let k = phrase.last + 1; k < tokens.length && k - phrase.last <= 10; k++) {
    // (never another clause's: "revised the figure to nine after two people thought dead were found alive")
    if (tokens[k].kind === 'punct' || tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower) || /^(after|who|that|which|when|while|because|but|and|to|included|includes|include)$/.test(tokens[k].lower)) return -1;
    if (!/^(were|was)$/.test(tokens[k].lower)) continue;
    let a = k + 1;
    while (a < k + 4 && /^(in|fact|actually|later|still|found|all|along)$/.test(tokens[a]?.lower ?? '')) a++;
    return tokens[a]?.lower === 'alive' ? a : -1;
  }
  return -1;
}

/**
 * "over 6.5 lakh people remained affected", "2,000 residents were evacuated", "44,986 people are still in the evacuation
 * shelter": the count's own clause, past its people and auxiliaries, says they live, and where (never the object of a
 * harm before it: "accused of killing 12 villagers were evacuated").
 */
function livingByOwnClause(tokens: Token[], phrase: NumberPhrase): boolean {
  if (casualtyAt(tokens, countStart(tokens, phrase) - 1, CASUALTY_BEFORE) !== null) return false;
  let k = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  const from = k;
  while (k < from + 3 && /^(remain|remains|remained|are|were|was|is|have|has|had|been|still|being)$/.test(tokens[k]?.lower ?? '')) k++;
  if (k === from) return false;
  // (never those moved in a critical condition: "One woman was evacuated by helicopter to Malta in a critical condition")
  // (nor those moved with their wounds: "Four other climbers were evacuated by helicopter with frostbite")
  const withWounds = tokens.slice(k + 1, k + 5).some((_, d) => woundsAfterWith(tokens, k + 1 + d) > 0);
  if (/^(displaced|evacuated|homeless|affected|infected|uprooted|relocated)$/.test(tokens[k]?.lower ?? '')) return !/^(and|or)$/.test(tokens[k + 1]?.lower ?? '') && careReceivedAt(tokens, from) < 0 && !withWounds;
  return tokens[k]?.lower === 'in' && tokens.slice(k + 1, k + 4).some((t) => /^(shelters?|camps?|tents?)$/.test(t.lower));
}

/**
 * Whether the casualty word at `c` is told in a relative clause on other people named after a verb of the count's own
 * ("10 detectives tried to account for people who were unaccounted for"): between the count and "who", a verb that is
 * no auxiliary, then people and "who", then only auxiliaries up to the casualty word.
 */
function fateOfItsObject(tokens: Token[], tags: Tags[], phrase: NumberPhrase, c: number): boolean {
  const who = tokens.findIndex((t, k) => k > phrase.last + 2 && k < c && /^(who|that)$/.test(t.lower));
  if (who < 0 || !isPersonWord(tokens[who - 1]?.lower ?? '') || !tokens.slice(who + 1, c).every((t) => AUXILIARIES.has(t.lower))) return false;
  return tokens.slice(phrase.last + 1, who - 1).some((t, d) => t.kind === 'word' && !AUXILIARIES.has(t.lower) && isVerbOnly(tags[phrase.last + 1 + d])
    && tags[phrase.last + 1 + d].has('PastTense') && !casualtyAt(tokens, phrase.last + 1 + d, CASUALTY_AFTER));
}

function findCasualtyLink(tokens: Token[], tags: Tags[], phrase: NumberPhrase, all: NumberPhrase[]): CasualtyLink | null {
  // (where the count starts, past its bound: every rule below reads the words before it from here)
  const s0 = countStart(tokens, phrase);
  // ("The ship was lost with all 1,503 souls": a ship lost with all its people lost them; "sank with all 45 crew" is
  // not read, as the page's gate has no room for "sank")
  if (tokens[s0 - 1]?.lower === 'all' && tokens[s0 - 2]?.lower === 'with' && /^(was|were|been)$/.test(tokens[s0 - 4]?.lower ?? '') && tokens[s0 - 3]?.lower === 'lost'
    && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')) return { category: 'killed', casualtyIndex: s0 - 3, side: 'before' };
  // ("Ten of those bites were fatal", "Three of the crashes proved fatal": events that were fatal, each one a death)
  {
    let n = phrase.last + 1;
    if (tokens[n]?.lower === 'of' && /^(the|those|these|its|their)$/.test(tokens[n + 1]?.lower ?? '')) n += 2;
    const fatalAt = /^(were|proved)$/.test(tokens[n + 1]?.lower ?? '') ? n + 2 : -1;
    // (never "fatal to the company's reputation")
    if (fatalAt > 0 && tokens[fatalAt]?.lower === 'fatal' && tokens[fatalAt + 1]?.lower !== 'to' && /^(attacks|bites|crashes|accidents|incidents|shootings|stabbings|collisions|falls|injuries|maulings)$/.test(tokens[n]?.lower ?? '')) {
      return { category: 'killed', casualtyIndex: fatalAt, side: 'after' };
    }
  }
  // ("Over the same period, 47 elephants died, 12 of them electrocuted by illegal power lines": a part of animals or
  // things counted before)
  if (tokens[phrase.last + 1]?.lower === 'of' && /^(them|which)$/.test(tokens[phrase.last + 2]?.lower ?? '')) {
    const whole = all.filter((p) => p.last < s0 && s0 - p.last <= 8).pop();
    const noun = whole ? whole.last + 1 : -1;
    if (whole && tokens[noun]?.kind === 'word' && tags[noun].has('Noun') && tags[noun].has('Plural') && !isPersonWord(tokens[noun].lower) && !isKinNoun(tokens[noun].lower)
      && !casualtyAt(tokens, noun, CASUALTY_AFTER) && !/^(others|more)$/.test(tokens[noun].lower)) return null;
  }
  // ("The three most common causes of fatal injuries were falls from height (50), being struck by a moving object (20)
  // …": a breakdown of deaths by cause, each cause's count in brackets after it)
  if (tokens[s0 - 1]?.text === '(' && tokens[phrase.last + 1]?.text === ')' && phrase.first === phrase.last && tokens[s0 - 2]?.kind === 'word' && /^\p{Ll}/u.test(tokens[s0 - 2].text)) {
    for (let j = s0 - 3; j >= 2 && s0 - j <= 40; j--) {
      if (/^[.;]$/.test(tokens[j].text)) break;
      if (!/^(were|was|are|included|include|:)$/.test(tokens[j].lower)) continue;
      const noun = j - 1;
      const c = /^(deaths|fatalities|injuries|casualties)$/.test(tokens[noun].lower) ? casualtyAt(tokens, noun, CASUALTY_AFTER) : null;
      const byCause = c && tokens.slice(Math.max(0, noun - 5), noun).some((t) => /^(causes?|kinds?|types?)$/.test(t.lower));
      // (the fatal injuries: fatal ones are deaths)
      const fatal = tokens[noun - 1]?.lower === 'fatal';
      if (byCause) return { category: fatal ? 'killed' : c.category, casualtyIndex: noun, side: 'before' };
      break;
    }
  }
  // ("In-hospital mortality was 6.5% (14 of 214 patients)": the deaths a mortality rate counts, in its brackets)
  if (tokens[s0 - 1]?.text === '(' && tokens[s0 - 2]?.text === '%' && tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2] && isCountToken(tokens[phrase.last + 2])) {
    const rate = tokens.findIndex((t, k) => k < s0 - 2 && s0 - k <= 8 && /^(mortality|fatality)$/.test(t.lower));
    if (rate >= 0 && tokens.slice(rate + 1, s0 - 3).every((t) => t.kind !== 'punct' || t.text === '.')) return { category: 'killed', casualtyIndex: rate, side: 'before' };
  }
  // ("He suffered several injuries in the crash", "The boy sustained 3 wounds": one person's wounds, no count of the hurt)
  {
    let n = phrase.last + 1;
    while (n <= phrase.last + 3 && tokens[n]?.kind === 'word' && (tags[n].has('Adjective') || /^(gunshot|stab|knife|bullet|shrapnel|head|burn|internal)$/.test(tokens[n].lower))) n++;
    let subject = s0 - 2;
    while (subject > 0 && /^(has|have|had|was|also|reportedly|allegedly)$/.test(tokens[subject].lower)) subject--;
    if (/^(suffered|sustained|received|suffers|sustains)$/.test(tokens[s0 - 1]?.lower ?? '') && /^(injuries|wounds)$/.test(tokens[n]?.lower ?? '') && tokens[subject] !== undefined
      && (/^(he|she|i)$/.test(tokens[subject].lower) || (isPersonWord(tokens[subject].lower) && tags[subject].has('Singular') && /^(the|a|an|one|his|her)$/.test(tokens[subject - 1]?.lower ?? '')))) return null;
  }
  // (a count in a glossary's example or a definition: "Hospitals declare one when the number of injured exceeds …",
  // "a report of 500 casualties does not mean 500 deaths", "e.g. 2 deaths among 100 cases is 2%")
  if (phrase.first === phrase.last && tokens[phrase.first].lower === 'one' && /^(when|if|whenever)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return null;
  if (/^(mean|means)$/.test(tokens[s0 - 1]?.lower ?? '') && /^(not|n't|n’t)$/.test(tokens[s0 - 2]?.lower ?? '')) return null;
  if (/^(does|do|did)$/.test(tokens[phrase.last + 2]?.lower ?? '') && tokens[phrase.last + 3]?.lower === 'not' && /^(mean|imply)$/.test(tokens[phrase.last + 4]?.lower ?? '')) return null;
  if (tokens[s0 - 1]?.text === '.' && tokens[s0 - 2]?.lower === 'g' && tokens[s0 - 3]?.text === '.' && tokens[s0 - 4]?.lower === 'e') return null;
  // ("The manifesto called for the deaths of millions": deaths called for, or demanded, are no one's)
  if (tokens[s0 - 1]?.lower === 'of' && /^(deaths?|killing|killings|murder|extermination)$/.test(tokens[s0 - 2]?.lower ?? '') && tokens[s0 - 3]?.lower === 'the'
    && (/^(demanded|demands|demanding|demand|urged|urges|urging|wished|wishes|advocated|advocates)$/.test(tokens[s0 - 4]?.lower ?? '')
      || (tokens[s0 - 4]?.lower === 'for' && /^(called|calls|calling|call|pushed|wished|prayed|clamoured|clamored)$/.test(tokens[s0 - 5]?.lower ?? '')))) return null;
  // ("One death is too many", "one death should have been enough": a count weighed in the abstract, no one's death)
  if (phrase.value === 1 && /^(death|life|casualty)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^(is|was|would|should|could|will|must)$/.test(tokens[phrase.last + 2]?.lower ?? '')) {
    for (let k = phrase.last + 3; k < tokens.length && k <= phrase.last + 7 && tokens[k].kind === 'word'; k++) {
      if ((tokens[k].lower === 'too' && tokens[k + 1]?.lower === 'many') || (tokens[k].lower === 'enough' && (!tokens[k + 1] || tokens[k + 1].kind === 'punct'))) return null;
    }
  }
  // ("2 reported mild side effects and none were hospitalised", "2 had headaches and 3 were hospitalised": a count with a
  // verb and object of its own, no harm among them, lends nothing to the next count's fate)
  const ownVerb = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  if (/^(had|has|have|reported|developed|experienced|showed|complained)$/.test(tokens[ownVerb]?.lower ?? '') && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER)
    && tokens[ownVerb + 1]?.lower !== 'been') {
    const and = tokens.findIndex((t, k) => k > ownVerb + 1 && k <= ownVerb + 7 && t.lower === 'and');
    const between = and > 0 ? tokens.slice(ownVerb + 1, and) : [];
    if (and > 0 && between.every((t, d) => t.kind === 'word' && !casualtyAt(tokens, ownVerb + 1 + d, CASUALTY_AFTER) && !casualtyAt(tokens, ownVerb + 1 + d, CASUALTY_BEFORE))
      && (isCountToken(tokens[and + 1]) || /^(none|nobody)$/.test(tokens[and + 1]?.lower ?? '')) && /^(were|was|are|is|had|have)$/.test(tokens[and + 2]?.lower ?? '')) return null;
  }
  // ("two of the dead were suicide bombers, while the other five were innocent citizens": the rest of the group a part was
  // taken from before, told apart by who they were)
  {
    if (tokens[s0 - 1]?.lower === 'other' && tokens[s0 - 2]?.lower === 'the' && /^(were|are)$/.test(tokens[phrase.last + 1]?.lower ?? '')) {
      const group = tokens.findIndex((t, k) => k < s0 - 2 && t.lower === 'of' && tokens[k + 1]?.lower === 'the' && all.some((p) => p.last === k - 1)
        && /^(dead|victims|killed|wounded|injured|casualties|bodies|deceased|fatalities)$/.test(tokens[k + 2]?.lower ?? ''));
      const harm = group > 0 ? casualtyAt(tokens, group + 2, CASUALTY_AFTER) : null;
      if (harm) return { category: harm.category, casualtyIndex: group + 2, side: 'before' };
    }
  }
  // ("the poor conditions, locked doors, and faulty fire escape caused 146 to die in the fire": the count a cause made die)
  {
    let k = phrase.last + 1;
    while (k <= phrase.last + 3 && tokens[k]?.kind === 'word' && (isPersonWord(tokens[k].lower) || tags[k].has('Adjective'))) k++;
    if (/^(caused|causes|causing)$/.test(tokens[s0 - 1]?.lower ?? '') && tokens[k]?.lower === 'to' && /^(die|perish|drown)$/.test(tokens[k + 1]?.lower ?? '')) {
      return { category: 'killed', casualtyIndex: k + 1, side: 'after' };
    }
  }
  // ("the casualties could rise since there were around 400 people in the Imambargah": how many were there, no harm)
  {
    const at = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    // (never victims, nor people in hospital or with injuries: "There are 37 people in hospitals with severe injuries",
    // "There are 107 patients in medical institutions")
    const end = tokens.findIndex((t, k) => k > at && t.kind === 'punct');
    const clause = tokens.slice(at, end < 0 ? tokens.length : end);
    if (tokens[s0 - 2]?.lower === 'there' && /^(were|was|are|is)$/.test(tokens[s0 - 1]?.lower ?? '') && /^(in|at|inside|aboard|present)$/.test(tokens[at]?.lower ?? '')
      && at === phrase.last + 2 && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER) && hospitalAfter(tokens, at) < 0
      && !clause.some((t, d) => casualtyAt(tokens, at + d, CASUALTY_AFTER) !== null || /^(hospitals?|clinics?|injuries|wounds)$/.test(t.lower))) return null;
  }
  // ("did not yet know the cause of death for the eight victims": victims whose death is told before them)
  {
    const at = tokens[s0 - 1]?.lower === 'the' ? s0 - 2 : s0 - 1;
    if (/^(for|of)$/.test(tokens[at]?.lower ?? '') && /^deaths?$/.test(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.lower === 'of' && /^causes?$/.test(tokens[at - 3]?.lower ?? '')) {
      return { category: 'killed', casualtyIndex: at - 1, side: 'before' };
    }
  }
  // ("10 children … were wounded, and one of them later died of his injuries": the hurt who then died have that death)
  {
    const died = hurtThenDiedAt(tokens, phrase.last);
    if (died > 0) return { category: 'killed', casualtyIndex: died, side: 'after' };
  }
  // ("It is unknown if any of an estimated 850 juveniles in detention were killed": the whole that any harm would be
  // taken from, no one counted as harmed)
  {
    let k = countStart(tokens, phrase) - 1;
    while (k > 0 && /^(the|an|a|estimated|some|about|around|roughly)$/.test(tokens[k].lower)) k--;
    // (never the count's own harm: "any of the 40 injured could die")
    if (tokens[k]?.lower === 'of' && tokens[k - 1]?.lower === 'any' && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER)) return null;
  }
  // ("there was no damage or casualties": a zero of the casualty noun joined after another noun)
  if (phrase.value === 0 && tokens[phrase.last + 1]?.kind === 'word' && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER) && /^(or|and|nor)$/.test(tokens[phrase.last + 2]?.lower ?? '')) {
    const joined = casualtyAt(tokens, phrase.last + 3, CASUALTY_AFTER);
    if (joined && /^(deaths|casualties|injuries|fatalities)$/.test(tokens[phrase.last + 3].lower)) return { category: joined.category, casualtyIndex: phrase.last + 3, side: 'after' };
  }
  // ("tens of thousands of deaths and over 12 million displaced": a count with a fate that is no casualty's)
  // ("A total of 166 alive illegal miners, and 78 bodies …": the living counted beside the dead)
  // (but "More than 60 living hostages": the living held captive are still captives)
  const livingCaptives = tokens[phrase.last + 1]?.lower === 'living' && /^(hostages|captives)$/.test(tokens[phrase.last + 2]?.lower ?? '');
  // (but "they killed 10 displaced people": a harm verb right before the count makes them its victims)
  // ("among the dead are 20 displaced persons from the camp": or the dead the sentence opens with)
  // ("The association said the dead included 11 displaced people shot in the Hasahisa camp": or that the dead include)
  const amongTheDead = (/^(are|were|was|is)$/.test(tokens[s0 - 1]?.lower ?? '') && tokens[s0 - 4]?.lower === 'among' && tokens[s0 - 3]?.lower === 'the'
    && /^(dead|killed|victims|deceased|fatalities)$/.test(tokens[s0 - 2]?.lower ?? ''))
    || (/^(included|include|includes)$/.test(tokens[s0 - 1]?.lower ?? '') && tokens[s0 - 3]?.lower === 'the' && /^(dead|deceased)$/.test(tokens[s0 - 2]?.lower ?? ''));
  // ("Twelve displaced people have been killed": or their own passive fate right after them)
  const harmedAfter = () => isPersonWord(tokens[phrase.last + 2]?.lower ?? '') && [phrase.last + 4, phrase.last + 5].some((v) => statedFate(tokens, v) !== null
    && tokens.slice(phrase.last + 3, v).every((t) => /^(have|has|had|been|were|was|are|is)$/.test(t.lower)));
  // ("Two rescued miners were injured": or saved, then hurt)
  const harmedBefore = /^(displaced|evacuated|homeless|uprooted|relocated|rescued)$/.test(tokens[phrase.last + 1]?.lower ?? '') && (casualtyAt(tokens, s0 - 1, CASUALTY_BEFORE) !== null || amongTheDead || harmedAfter());
  if (/^(displaced|evacuated|homeless|rescued|arrested|affected|infected|uprooted|relocated|alive|living|surviving)$/.test(tokens[phrase.last + 1]?.lower ?? '') && !livingCaptives && !harmedBefore) return null;
  // ("More than 60 living hostages … are still in Gaza": the tagger takes "living" for a verb; the captives are counted)
  // (never "the return of the last 20 living hostages": those set free)
  if (livingCaptives && !casualtyAt(tokens, phrase.last + 3, CASUALTY_AFTER)) return setFree(tokens, phrase) ? null : { category: 'captured', casualtyIndex: phrase.last + 2, side: 'after' };
  // ("in exchange for almost 2,000 Palestinian prisoners": prisoners a state frees in a swap are no war's captives)
  if (tokens[countStart(tokens, phrase) - 1]?.lower === 'for' && tokens[countStart(tokens, phrase) - 2]?.lower === 'exchange') return null;
  // ("charged with seven counts of murder": charges, no one's harm)
  if (/^(counts?|charges?)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'of') return null;
  // ("out of Bengal's 60.3 million population": a population, no one's harm)
  if (/^(population|populace)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return null;
  // ("the town of about 12,000 was hit by rockets", "19 people out of a community of 950 were abducted": a place of so
  // many is its population, whatever befell the place)
  {
    const s = countStart(tokens, phrase);
    if (tokens[s - 1]?.lower === 'of' && /^(town|city|village|community|kibbutz|hamlet|settlement|municipality|island|country|nation|district)$/.test(tokens[s - 2]?.lower ?? '')
      && /^(a|an|the|this|that|its|their|small|tiny|large|whole|entire)$/.test(tokens[s - 3]?.lower ?? '')) return null;
    // ("Twelve out of a group of 40 hikers were killed": the whole a counted part is taken out of)
    if (tokens[s - 1]?.lower === 'of' && /^(a|an|the|its|their)$/.test(tokens[s - 3]?.lower ?? '') && tokens[s - 4]?.lower === 'of' && tokens[s - 5]?.lower === 'out'
      && tokens[s - 6] !== undefined && (isCountToken(tokens[s - 6]) || isPersonWord(tokens[s - 6].lower))) return null;
  }
  // ("could cross 2000 mark with over 70,000 refugees fleeing their homes": those who fled, no one's harm)
  if (/^(refugees|evacuees)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^(fleeing|fled|sheltering|stranded|crossing|arriving|living|staying|returning|waiting|displaced)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return null;
  // ("Six of the nine injured children died", "… are in critical condition": a whole counted with its own harm right
  // after it has that harm; the part, the fate its clause tells, when it tells one)
  {
    const ownHarm = (p: NumberPhrase) => (/^(injured|wounded|missing|dead|abducted|kidnapped)$/.test(tokens[p.last + 1]?.lower ?? '') ? casualtyAt(tokens, p.last + 1, CASUALTY_AFTER) : null);
    if (tokens[phrase.first - 1]?.lower === 'the' && tokens[phrase.first - 2]?.lower === 'of' && tokens[phrase.first - 3] !== undefined && isCountToken(tokens[phrase.first - 3])) {
      const own = ownHarm(phrase);
      if (own) return { category: own.category, casualtyIndex: phrase.last + 1, side: 'after' };
    }
    const ofWhole = tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'the' ? all.find((p) => p.first === phrase.last + 3) : undefined;
    if (ofWhole && ownHarm(ofWhole)) {
      let v = ofWhole.last + 2;
      while (v <= ofWhole.last + 4 && tokens[v]?.kind === 'word' && !AUXILIARIES.has(tokens[v].lower) && !DIED_NOW.test(tokens[v].lower)) v++;
      if (DIED_NOW.test(tokens[v]?.lower ?? '')) return { category: 'killed', casualtyIndex: v, side: 'after' };
      const fate = AUXILIARIES.has(tokens[v]?.lower ?? '') ? casualtyAt(tokens, v + 1, CASUALTY_AFTER) : null;
      if (fate && fate.category === 'killed') return { category: 'killed', casualtyIndex: v + 1, side: 'after' };
      const care = careReceivedAt(tokens, v);
      if (care > 0) return { category: 'wounded', casualtyIndex: care, side: 'after' };
      // ("…, where most of the victims were taken, 8 of the 19 injured remain in intensive care": else a part of the hurt
      // or the dead shares the whole's harm, whatever casualty word stands before it)
      if (/^(injured|wounded|dead)$/.test(tokens[ofWhole.last + 1].lower)) {
        const harm = ownHarm(ofWhole);
        if (harm) return { category: harm.category, casualtyIndex: ofWhole.last + 1, side: 'after' };
      }
    }
  }
  // ("15 out of the 24 victims of the incident died": a part of a whole named with its article; the part has the fate
  // told after the whole's own words, and the whole only its own noun)
  const whole = tokens[phrase.last + 1]?.lower === 'out' && tokens[phrase.last + 2]?.lower === 'of' && tokens[phrase.last + 3]?.lower === 'the' ? all.find((p) => p.first === phrase.last + 4) : undefined;
  if (whole) {
    // (the clause's own verb: never a participle on the whole's people, "20 out of the 25 pupils kidnapped … were freed")
    for (let k = whole.last + 1; k < tokens.length && k <= whole.last + 9 && tokens[k].kind === 'word'; k++) {
      const fate = casualtyAt(tokens, k, CASUALTY_AFTER);
      if (fate && tags[k].has('Verb') && (AUXILIARIES.has(tokens[k - 1].lower) || /^(died|perished|drowned|succumbed)$/.test(tokens[k].lower))) return { category: fate.category, casualtyIndex: k, side: 'after' };
    }
    // ("Five out of the 12 dead were children": or, with no fate of its own, the whole's)
    const noun = casualtyAt(tokens, whole.last + 1, CASUALTY_AFTER);
    return noun ? { category: noun.category, casualtyIndex: whole.last + 1, side: 'after' } : null;
  }
  // ("Nine of the 11 patients evacuated from the ward have died": the same with "of" alone, when the clause's own verb
  // tells the part's fate past the whole's people and a participle's phrase on them)
  const ofCount = tokens[phrase.last + 1]?.lower === 'of' ? all.find((p) => p.first === (tokens[phrase.last + 2]?.lower === 'the' ? phrase.last + 3 : phrase.last + 2)) : undefined;
  if (ofCount && isPersonWord(tokens[ofCount.last + 1]?.lower ?? '') && /ed$/.test(tokens[ofCount.last + 2]?.lower ?? '')) {
    for (let k = ofCount.last + 3; k < tokens.length && k <= ofCount.last + 10 && tokens[k].kind === 'word'; k++) {
      // ("Twenty of the 25 pupils kidnapped from the school were freed": the part set free is no one's harm)
      if (AUXILIARIES.has(tokens[k - 1].lower) && /^(freed|released|rescued|returned)$/.test(tokens[k].lower)) return null;
      const fate = casualtyAt(tokens, k, CASUALTY_AFTER);
      if (fate && tags[k].has('Verb') && (AUXILIARIES.has(tokens[k - 1].lower) || /^(since|later|then|subsequently)$/.test(tokens[k - 1].lower) || /^(died|perished|drowned|succumbed)$/.test(tokens[k].lower))) return { category: fate.category, casualtyIndex: k, side: 'after' };
    }
  }
  if (tokens[phrase.first - 1]?.lower === 'the' && tokens[phrase.first - 2]?.lower === 'of' && tokens[phrase.first - 3]?.lower === 'out' && tokens[phrase.first - 4] !== undefined && isCountToken(tokens[phrase.first - 4])) {
    const noun = /^(victims|casualties|dead|deaths|bodies|injured|wounded|missing|fatalities|hostages)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER) : null;
    if (noun) return { category: noun.category, casualtyIndex: phrase.last + 1, side: 'after' };
    // ("the bodies of 70 out of the 72 people that died": but a whole with its own relative clause has that clause's fate)
    if (!(isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && /^(who|that)$/.test(tokens[phrase.last + 2]?.lower ?? ''))) return null;
  }
  // ("more than nine out of 10 killed": a share, not a count; but "killing 241 out of 242 people onboard" counts the
  // dead of all who were aboard)
  const aboard = tokens[phrase.last + 1]?.lower === 'out' && isPersonWord(tokens[phrase.last + 4]?.lower ?? '')
    && (/^(onboard|aboard)$/.test(tokens[phrase.last + 5]?.lower ?? '') || (tokens[phrase.last + 5]?.lower === 'on' && tokens[phrase.last + 6]?.lower === 'board'));
  if (!aboard && ((tokens[phrase.first - 1]?.lower === 'of' && tokens[phrase.first - 2]?.lower === 'out' && (tokens[phrase.first - 3]?.kind === 'digits' || isNumberWord(tokens[phrase.first - 3]?.lower ?? '')))
    || (tokens[phrase.last + 1]?.lower === 'out' && tokens[phrase.last + 2]?.lower === 'of' && (tokens[phrase.last + 3]?.kind === 'digits' || isNumberWord(tokens[phrase.last + 3]?.lower ?? ''))))) return null;
  // ("Clark County -- which has about 110,000 people -- reported one death": a population, not a count of victims)
  const owner = tokens[countStart(tokens, phrase) - 1]?.lower ?? '';
  if (/^(has|have|had|having)$/.test(owner) && /^(people|residents|inhabitants)$/.test(tokens[phrase.last + 1]?.lower ?? '') && (!tokens[phrase.last + 2] || tokens[phrase.last + 2].kind === 'punct')) return null;
  if (woundsOfTheBodies(tokens, phrase)) return null;
  // ("A Texas father of five killed the mother of his children", "The mother of three children was killed": how
  // many children a parent has, no one harmed)
  if (tokens[countStart(tokens, phrase) - 1]?.lower === 'of' && /^(father|mother|parent|dad|mom|mum|grandfather|grandmother)$/.test(tokens[countStart(tokens, phrase) - 2]?.lower ?? '')
    && tokens[phrase.last + 1]?.lower !== 'of') return null;
  // ("Among the dead, 8,099 are former prisoners recruited for the war": who the dead were, after the group's key)
  {
    // ("Among the victims 27 were children": the comma may be left out)
    const comma = countStart(tokens, phrase) - 1;
    const lead = tokens[comma]?.text === ',' ? comma - 1 : comma;
    // (without the comma, only where "Among" opens the sentence)
    const amongThe = tokens[lead - 1]?.lower === 'the' && tokens[lead - 2]?.lower === 'among' && (tokens[comma]?.text === ',' || lead === 2);
    const key = amongThe ? casualtyAt(tokens, lead, CASUALTY_AFTER) : null;
    // (never past the count's own fate: "Among the victims, at least 590 were killed")
    if (key && key.width === 1 && /^(are|were|is|was)$/.test(tokens[phrase.last + 1]?.lower ?? '') && !casualtyAt(tokens, phrase.last + 2, CASUALTY_AFTER)) {
      return { category: key.category, casualtyIndex: lead, side: 'before' };
    }
  }
  // ("26 were injured, two seriously, and one was killed": a part by how badly takes the whole's fate before it, never a
  // later clause's)
  if (seriouslyPart(tokens, phrase)) return null;
  // ("GTB Hospital has received and treated 215 riot victims", "with GTB hospital treating 298 persons": the people a
  // hospital treats are the hurt)
  const treated = countStart(tokens, phrase) - 1;
  if (treated > 0 && /^(treated|treating|treats)$/.test(tokens[treated].lower)) {
    const head = [phrase.last + 1, phrase.last + 2].find((k) => isPersonWord(tokens[k]?.lower ?? '') || /^(patients|persons|survivors)$/.test(tokens[k]?.lower ?? ''));
    // ("Medical City Healthcare said it was treating nine victims": or a health system by its name)
    // ("Our medical team is treating 14 survivors": or a medical team, staff or crew)
    const byHospital = tokens.slice(Math.max(0, treated - 6), treated).some((t, d, all) => /^(hospital|hospitals|clinic|clinics|doctors|medics|paramedics)$/.test(t.lower)
      || /^(Healthcare|Health|Medical|Infirmary)$/.test(t.text) || (t.lower === 'medical' && /^(teams?|staff|crews?)$/.test(all[d + 1]?.lower ?? '')));
    // (only victims, or people after a count of the hurt: never "The clinic treated 40 patients last week")
    // ("Hospitals in the capital treated hundreds of people for burns and smoke inhalation": or treated for a wound)
    // (a wound named: never smoke inhalation alone, "The hospital treated 45 people for smoke inhalation")
    // ("a hospital said it treated 28 people, six of them for gunshot wounds": or a part of them)
    const partFor = head !== undefined && tokens[head + 1]?.text === ',' && tokens[head + 2] !== undefined && isCountToken(tokens[head + 2]) && tokens[head + 3]?.lower === 'of'
      && /^(them|whom)$/.test(tokens[head + 4]?.lower ?? '') ? head + 4 : -1;
    const forAt = partFor > 0 ? partFor : head;
    // ("treating 14 survivors for hypothermia and chemical burns": or a wound joined after another harm)
    const harms = forAt === undefined ? [] : tokens.slice(forAt + 2, forAt + 5);
    const forHarm = forAt !== undefined && tokens[forAt + 1]?.lower === 'for'
      && tokens.slice(forAt + 2, harms.some((x) => x.lower === 'and') ? forAt + 7 : forAt + 5).some((x) => WOUND_NOUNS.test(x.lower));
    const ofHarm = (head !== undefined && tokens[head].lower === 'victims') || forHarm || tokens.slice(0, treated).some((t) => /^(injured|wounded|hurt)$/.test(t.lower));
    if (byHospital && head !== undefined && ofHarm && !tellsOfIllness(tokens) && (forHarm || !tokens[head + 1] || !/^(for|with)$/.test(tokens[head + 1].lower))) return { category: 'wounded', casualtyIndex: treated, side: 'before' };
  }
  let after = casualtyAfter(tokens, tags, phrase, all);
  // ("charged with the attempted murder of four other occupants, each of whom sustained gunshot wounds": a killing tried
  // tells of no harm, readSentence drops it; what befell them after the count is read instead)
  const tried = casualtyBefore(tokens, phrase);
  const before = tried && after && killingTried(tokens, tried.link.casualtyIndex) ? null : tried;
  // ("left 106 civilians and more than 300 injured": a count with its own people, then another count whose harm comes
  // right after it; the harm is the second's only)
  if (after && isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'and') {
    const second = all.find((p) => p.first > phrase.last + 2 && p.first <= phrase.last + 5 && p.last + 1 === after!.link.casualtyIndex);
    if (second && tokens.slice(phrase.last + 3, countStart(tokens, second)).every((t) => /^(more|than|over|at|least|about|around|nearly|some|another)$/.test(t.lower))
      && /^(injured|wounded|hurt|missing|dead|killed)$/.test(tokens[after.link.casualtyIndex]?.lower ?? '')) after = null;
  }
  // ("Police arrested two women after the attack that killed 3": the object of another verb, the
  // casualty word further on is another clause's; "rescued 12 injured people" keeps its own)
  // ("a SWAT team rescued at least 30 possible victims": victims saved are no casualties of it)
  if (after && (after.distance > 1 || /^(victims|casualties)$/.test(tokens[after.link.casualtyIndex]?.lower ?? '')) && objectOfAnotherVerb(tokens, tags, phrase)) after = null;
  // ("Israeli airstrikes on two Houthi-controlled ports … killed at least one person": an active verb with a count of
  // its own after it has that count for its victims; a count of things before it is no casualty)
  if (after && after.distance > 0 && thingsBeforeActiveKilling(tokens, tags, phrase, after.link.casualtyIndex, all)) after = null;
  // ("Among the passengers were 196 Dutch citizens and victims from nine other countries": a noun of the harmed joined
  // after the count's own people is a second group, never what the count counts)
  if (after && after.link.casualtyIndex > phrase.last + 2 && tokens[after.link.casualtyIndex - 1]?.lower === 'and'
    && /^(victims|casualties)$/.test(tokens[after.link.casualtyIndex].lower) && isPersonWord(tokens[after.link.casualtyIndex - 2]?.lower ?? '')
    && tokens.slice(phrase.last + 1, after.link.casualtyIndex - 1).every((t) => t.kind === 'word')
    && /^(from|in|of)$/.test(tokens[after.link.casualtyIndex + 1]?.lower ?? '')) after = null;
  // ("10 detectives looked for residents who were missing": a fate in the relative clause on the object of the count's
  // own verb is the object's)
  if (after && after.link.casualtyIndex > phrase.last + 3 && fateOfItsObject(tokens, tags, phrase, after.link.casualtyIndex)) after = null;
  // ("one person who is responsible for all the killings": those to blame for the harm named after them, never its
  // victims)
  if (after && tokens.slice(phrase.last + 1, after.link.casualtyIndex).some((t, j, between) => t.lower === 'responsible' && between[j + 1]?.lower === 'for')) after = null;
  // ("the official death toll … is currently at ten, 20 more people were injured": a fate past a comma and another count
  // is that count's; with no word of its own before it, this count is left unread rather than given the other's fate)
  if (!before && after !== null && all.some((p) => p.first > phrase.last && p.last < after!.link.casualtyIndex && tokens[countStart(tokens, p) - 1]?.text === ','
    && tokens.slice(phrase.last + 1, countStart(tokens, p)).every((t) => t.text === ','))) after = null;
  // ("Crew 9 Fatalities 0": in an info box's line, a count after its own field's label, right before the next label and
  // its count, is that field's)
  if (after && after.link.casualtyIndex === phrase.last + 1 && INFO_BOX_LABEL.test(tokens[after.link.casualtyIndex].text)
    && tokens[phrase.last + 2] !== undefined && isCountToken(tokens[phrase.last + 2]) && /^\p{Lu}\p{Ll}+$/u.test(tokens[countStart(tokens, phrase) - 1]?.text ?? '') && !INFO_BOX_LABEL.test(tokens[countStart(tokens, phrase) - 1].text)) after = null;
  if (!before && !after) return resumedFigure(tokens, phrase);
  // The casualty word right before the number wins ("killing 89 Russian conscripts"),
  // unless the number carries its own casualty word after it ("killed 4, 16 wounded").
  // ("the dead included a boy and six of the injured were in serious condition": a count taken
  // from a group named right after it is of that group)
  // (but "have shot dead three of the abducted students": what the verb right before did to them, when the group's
  // word only describes the people after it)
  // ("claimed the lives of dozens of prisoners of war": the lives taken are the dead's, whoever the people were)
  const livesOf = before !== null && before.link.category === 'killed' && tokens[s0 - 1]?.lower === 'of' && /^(lives|life)$/.test(tokens[s0 - 2]?.lower ?? '');
  // ("killed 33 of the captives": what the verb right before did to those the group names, captives as they were)
  const partitive = after !== null && tokens[phrase.last + 1]?.lower === 'of' && after.link.casualtyIndex <= phrase.last + 3 && !livesOf
    && !(before !== null && before.distance === 0 && before.link.category === 'killed' && (isPersonWord(tokens[after.link.casualtyIndex + 1]?.lower ?? '') || after.link.category === 'captured'));
  // ("killing the village head … and 17 other victims": the verb says what befell the victims)
  // ("the official death count climbing to 618 casualties": a death toll's count of casualties is its dead)
  const victimsOnly = after !== null && before !== null && before.link.side === 'before' && after.link.casualtyIndex <= phrase.last + 2
    && (tokens[after.link.casualtyIndex]?.lower === 'victims' || (before.link.category === 'killed' && /^(casualties|victims)$/.test(tokens[after.link.casualtyIndex]?.lower ?? '')
      // ("the number of dead could be somewhere between 300,000 and 400,000 civilian casualties": or the number of the dead)
      && (/^(toll|count|tally)$/.test(tokens[before.link.casualtyIndex]?.lower ?? '') || (/^(dead|deaths|killed)$/.test(tokens[before.link.casualtyIndex]?.lower ?? '')
        && tokens[before.link.casualtyIndex - 1]?.lower === 'of' && /^(number|total)$/.test(tokens[before.link.casualtyIndex - 2]?.lower ?? '')))));
  // ("the death toll has reached 1,545, injuries tally 12,850": a casualty word after a comma opens the next item)
  // ("Deaths … rose to at least 93 on Thursday after the number of victims … jumped": a clause opens before it)
  const between = after ? tokens.slice(phrase.last + 1, after.link.casualtyIndex) : [];
  // ("has climbed to 141 in Vietnam alone with hundreds more injured": a count between has the later word)
  // ("climbed past 1000 though the death toll remains steady at nine": or a concession)
  const opensAnother = between.some((t) => t.text === ',' || /^(after|before|while|when|since|as|though|although|whereas)$/.test(t.lower))
    || (after !== null && all.some((p) => p.first > phrase.last && p.last < after.link.casualtyIndex));
  // ("He stabbed three people to death": the wound verb before the count ends in a death after it)
  const toDeathAfter = after !== null && tokens[after.link.casualtyIndex]?.lower === 'death' && tokens[after.link.casualtyIndex - 1]?.lower === 'to' && isToDeathVerb(tokens[countStart(tokens, phrase) - 1]?.lower ?? '');
  // ("Victims: 30 people killed, 100 injured": a label before a colon names the topic; the count's own word says its fate)
  const labelled = before !== null && after !== null && tokens[before.link.casualtyIndex + 1]?.text === ':' && !between.some((t) => t.kind === 'punct');
  // ("Among the missing are 19 workers, and two helpers were confirmed among the dead": after "and", a count that is
  // the subject of a verb of its own leaves the list before it)
  const subjectOfItsOwn = before !== null && after !== null && before.link.casualtyIndex < countStart(tokens, phrase) - 2 && after.distance <= 8
    && /^(and|,)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '') && between.every((t) => t.kind === 'word' && !/^(who|whom|which|that)$/.test(t.lower))
    && between.some((t) => /^(were|was|are|is)$/.test(t.lower));
  // ("Indian Official Figures: 527 killed[2][3][4] 1,363 wounded[5]": a run of counts, each with its own word right after
  // it; the word right before is the count before's)
  // ("Perpetrator 1 Weapons AR-15 Deaths 10 Injured 3": an info box's label right after a count opens the next field)
  // ("Deaths: 500 Injured: 1,200": or each label closed by its colon)
  const colonAfter = (k: number) => tokens[k + 1]?.text === ':' ? k + 1 : k;
  const nextField = before !== null && after !== null && (before.distance === 0 || (before.distance === 1 && tokens[colonAfter(before.link.casualtyIndex)]?.text === ':')) && INFO_BOX_LABEL.test(tokens[before.link.casualtyIndex]?.text ?? '')
    && after.link.casualtyIndex === phrase.last + 1 && INFO_BOX_LABEL.test(tokens[after.link.casualtyIndex].text) && tokens[colonAfter(after.link.casualtyIndex) + 1] !== undefined
    && isCountToken(tokens[colonAfter(after.link.casualtyIndex) + 1]);
  const runOfCounts = before !== null && after !== null && (after.link.casualtyIndex === phrase.last + 1 || (after.link.casualtyIndex === phrase.last + 2 && tokens[phrase.last + 1].text === '+')) && before.link.side === 'before'
    && before.link.casualtyIndex === countStart(tokens, phrase) - 1 && all.some((p) => p.last === before.link.casualtyIndex - 1);
  // ("put its military losses at 11 soldiers killed and 78 wounded": losses, broken down by the count's own fate right after
  // it and its people)
  const finerFate = before !== null && after !== null && before.link.category === 'casualties' && after.link.category !== 'casualties'
    && (after.link.casualtyIndex === phrase.last + 1 || (after.link.casualtyIndex === phrase.last + 2 && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')));
  const link = before && after ? ((after.distance < before.distance || partitive || toDeathAfter || labelled || subjectOfItsOwn || runOfCounts || finerFate) && !victimsOnly && !opensAnother && !nextField ? after.link : before.link) : before?.link ?? after?.link ?? null;
  if (link && (capturedThenKilled(tokens, link) || partFoundDead(tokens, phrase, link))) return { ...link, category: 'killed' };
  // ("Three people were stabbed and later died": hurt, then dead, is one fate after the other, the last theirs)
  const thenDied = link?.side === 'after' && link.category === 'wounded' ? deathAfterAnd(tokens, link.casualtyIndex + 1) : -1;
  if (link && thenDied > 0) return { ...link, category: 'killed', casualtyIndex: thenDied };
  return link && joinedWithAnother(tokens, link) ? { ...link, category: 'casualties' } : link;
}

/**
 * "40 people were abducted and killed", "kidnapped and murdered 12": the same people taken, then
 * killed, are dead (never "killed or captured", two fates shared among them).
 */
function capturedThenKilled(tokens: Token[], link: CasualtyLink): boolean {
  const c = link.casualtyIndex;
  const fate = (i: number) => casualtyAt(tokens, i, CASUALTY_AFTER)?.category ?? casualtyAt(tokens, i, CASUALTY_BEFORE)?.category;
  if (link.side === 'after') return fate(c) === 'captured' && tokens[c + 1]?.lower === 'and' && fate(c + 2) === 'killed';
  return fate(c) === 'killed' && tokens[c - 1]?.lower === 'and' && fate(c - 2) === 'captured';
}

/**
 * "Two of the four Americans kidnapped by gunmen … were found dead": a part of a group named for being taken or lost
 * has the fate its own verb gives it, when that verb is a death.
 */
function partFoundDead(tokens: Token[], phrase: NumberPhrase, link: CasualtyLink): boolean {
  if (link.side !== 'after' || tokens[phrase.last + 1]?.lower !== 'of' || !(link.category === 'captured' || link.category === 'missing')) return false;
  for (let i = link.casualtyIndex + 1; i < tokens.length && tokens[i].kind !== 'punct'; i++) {
    if (!/^(were|was)$/.test(tokens[i].lower)) continue;
    let j = i + 1;
    if (/^(later|then|subsequently|all|both)$/.test(tokens[j]?.lower ?? '')) j++;
    if (/^(found|confirmed|declared)$/.test(tokens[j]?.lower ?? '')) j++;
    return casualtyAt(tokens, j, CASUALTY_AFTER)?.category === 'killed';
  }
  return false;
}

/**
 * "500 troops were killed or wounded", "killed and injured 40", "200 dead or missing": one count
 * of two fates is a count of casualties, never of the dead (it must not be weighed against a death toll).
 */
function joinedWithAnother(tokens: Token[], link: CasualtyLink): boolean {
  const c = link.casualtyIndex;
  // ("injured and taken to hospital": taken there is wounded too)
  const fate = (i: number) => (tokens[i]?.lower === 'taken' && tokens[i + 1]?.lower === 'to' && toHospital(tokens, i + 2) ? 'wounded'
    : casualtyAt(tokens, i, CASUALTY_AFTER)?.category ?? casualtyAt(tokens, i, CASUALTY_BEFORE)?.category);
  const own = fate(c);
  if (!own || own === 'casualties') return false;
  // ("61 people dead and injured over 160": the other fate has a count of its own)
  const counted = (i: number) => tokens[i + 1]?.kind === 'digits' || isNumberWord(tokens[i + 1]?.lower ?? '') || qualifierAt(tokens, i + 1) !== null;
  // ("were kidnapped or went missing": a fate said with "went")
  // ("have died or been wounded")
  // ("have died or suffered injuries": a wound said with its verb)
  const sufferedAt = (i: number) => /^(suffered|sustained)$/.test(tokens[i]?.lower ?? '') && [i + 1, i + 2].some((k) => /^(injuries|wounds)$/.test(tokens[k]?.lower ?? '')) ? 'wounded' as const : undefined;
  // ("were either dead or seriously injured": how badly, before the fate)
  const fateAt = (i: number) => fate(i) ?? sufferedAt(i) ?? (/^(went|gone|been|were|was|seriously|critically|severely|badly|gravely|slightly|lightly)$/.test(tokens[i]?.lower ?? '') ? fate(i + 1) : undefined);
  // ("at least 79 people are dead/missing": a slash for "or", written without spaces)
  const slashed = (conj: number) => tokens[conj]?.text === '/' && tokens[conj - 1]?.end === tokens[conj].start && tokens[conj].end === tokens[conj + 1]?.start;
  const joined = (conj: number, other: number) => (/^(or|and)$/.test(tokens[conj]?.lower ?? '') || slashed(conj)) && tokens[other]?.kind === 'word' && Boolean(fateAt(other)) && fateAt(other) !== own
    && !counted(other) && !(/^(been|were|was)$/.test(tokens[other].lower) && counted(other + 1));
  // a fate after the count joins the next ("500 killed or wounded"); a fate before it, the one
  // before ("killed or wounded 40"), unless that one has a count of its own ("61 people dead and injured 160")
  // ("Thirty-seven people killed, wounded in series of car bombs": a headline's comma for "and", before where)
  // ("Myanmar believes 13,000 dead, missing from cyclone": or before what from)
  const commaJoined = tokens[c + 1]?.text === ',' && tokens[c + 2]?.kind === 'word' && fateAt(c + 2) !== undefined && fateAt(c + 2) !== own
    && (!tokens[c + 3] || /^(in|at|on|after|as|near|during|from|following|amid|across)$/.test(tokens[c + 3].lower));
  // ("over forty-five hundred in killed, wounded, and prisoners": a list of fates, one count for them all)
  const listed = tokens[c + 1]?.text === ',' && tokens[c + 2]?.kind === 'word' && fateAt(c + 2) !== undefined && fateAt(c + 2) !== own
    && /^(,|and|or)$/.test(tokens[c + 3]?.lower ?? '') && !counted(c + 1);
  // ("led to at least 17 deaths and injured numerous port workers": the other fate is a verb with an object of its own)
  // ("has left at least 36 people dead and hospitalized more with injuries": or sent more to hospital)
  const withObject = /^(wounded|injured|injuring|wounding|hurt|hospitalized|hospitalised)$/.test(tokens[c + 2]?.lower ?? '') && /^(numerous|many|more|several|scores|dozens|hundreds|thousands|a|an|the|some|other|others|his|her|their|its)$/.test(tokens[c + 3]?.lower ?? '');
  // ("to have gone missing and/or been killed": both fates, with "and/or")
  const andOr = tokens[c + 1]?.lower === 'and' && tokens[c + 2]?.text === '/' && tokens[c + 3]?.lower === 'or' && joined(c + 3, c + 4);
  if (link.side === 'after') return (joined(c + 1, c + 2) && !withObject) || commaJoined || listed || andOr;
  // ("the total number of deaths or missing persons … has surpassed 800": the toll's noun joined after it)
  if (/^(deaths|dead|killed|casualties|fatalities)$/.test(tokens[c]?.lower ?? '') && tokens[c - 1]?.lower === 'of' && joined(c + 1, c + 2)) return true;
  const countedBefore = tokens.slice(Math.max(0, c - 5), c - 2).some((t) => t.kind === 'digits' || isNumberWord(t.lower));
  // ("Russia kills, injures at least 592 Ukrainian civilians": a headline's comma for "and", between two fates)
  const commaBefore = tokens[c - 1]?.text === ',' && tokens[c - 2]?.kind === 'word' && fateAt(c - 2) !== undefined && fateAt(c - 2) !== own;
  // ("stabbed a 7-year-old girl to death and wounded three other pupils", "shot a man dead and wounded three": the fate
  // before has an object of its own)
  const objectAt = (k: number) => isPersonWord(tokens[k]?.lower ?? '') || /^(him|her|them)$/.test(tokens[k]?.lower ?? '');
  const ownObject = (tokens[c - 2]?.lower === 'death' && tokens[c - 3]?.lower === 'to' && objectAt(c - 4)) || (tokens[c - 2]?.lower === 'dead' && objectAt(c - 3));
  return (joined(c - 1, c - 2) || commaBefore) && !countedBefore && !ownObject;
}

/**
 * "The strike killed 4 soldiers and 3 civilians", "has lost 56 soldiers and three civilians": a
 * second count of people joined to the first shares the verb before it, unless a verb of its
 * own follows ("and 30 people attended the funeral").
 */
function sharedVerb(tokens: Token[], tags: Tags[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous) return null;
  // ("10 missing girls and one counselor", "At least 10 campers are missing, along with one counselor": the fate said
  // of the count before, before this one, is shared by the people joined to it)
  const fateSaid = previous.side === 'after' && fateBeforeJoin(tokens, previous, countStart(tokens, phrase) - 1);
  // ("about 2,800 Sikhs were killed in Delhi and 3,350 nationwide": the same people again, counted over a wider place
  // than the one the count before was in)
  const and = countStart(tokens, phrase) - 1;
  const wider = /^(nationwide|countrywide|statewide|worldwide|elsewhere|overall)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && (!tokens[phrase.last + 2] || tokens[phrase.last + 2].kind === 'punct') && tokens[and]?.lower === 'and' && and - previous.casualtyIndex <= 6
    && tokens.slice(previous.casualtyIndex + 1, and).some((t, d) => /^(in|across|at)$/.test(t.lower) && /^\p{Lu}/u.test(tokens[previous.casualtyIndex + 2 + d]?.text ?? ''));
  if (wider) return previous;
  // (or a part read off the count itself: "a death toll of 187, which includes 115 Kukis and 65 Meiteis")
  if (previous.side !== 'before' && tokens[previous.casualtyIndex]?.kind !== 'digits' && !fateSaid) return null;
  // ("killed 41 Jordanians, 35 Tunisians and 11 Iranians": people named by their country are people)
  // ("which includes 115 Kukis and 65 Meiteis": or a community's name in the plural, the tagger knowing no demonym)
  const community = (k: number) => k > 0 && /^\p{Lu}\p{Ll}+[^s]s$/u.test(tokens[k]?.text ?? '') && tags[k]?.has('ProperNoun') === true
    && (!tokens[k + 1] || tokens[k + 1].kind === 'punct' || /^(and|or)$/.test(tokens[k + 1].lower));
  // ("150 Sudanese and six Bangladeshi": a demonym whose plural is its singular)
  const isPeople = (k: number) => isPersonWord(tokens[k]?.lower ?? '') || (tags[k]?.has('Demonym') === true && (tags[k].has('Plural') || /(?:ese|i)$/.test(tokens[k].lower))) || community(k);
  let conj = countStart(tokens, phrase) - 1;
  // ("killing 62 children and their two teachers": whose the people joined are)
  if (/^(their|his|her|our)$/.test(tokens[conj]?.lower ?? '') && /^(and|,)$/.test(tokens[conj - 1]?.lower ?? '')) conj--;
  // ("killing 165 of the men on board, …, as well as a further two rescue workers": more of them, after the joiner)
  if (/^(further|additional)$/.test(tokens[conj]?.lower ?? '') && /^(a|an)$/.test(tokens[conj - 1]?.lower ?? '')) conj -= 2;
  // ("confirmed the death of 18 school students, as well as two teachers": "as well as" joins as "and" does)
  // (", along with one counselor")
  // ("killing Aurali and several other performers …, besides dozens of other people": "besides" after a comma as well)
  const besides = tokens[conj]?.lower === 'besides' && tokens[conj - 1]?.text === ',';
  const asWell = asWellAsAt(tokens, conj) || alongWithAt(tokens, conj) || besides;
  if (asWell) conj -= besides ? 1 : asWellAsAt(tokens, conj) ? (tokens[conj - 3]?.text === ',' ? 3 : 2) : 2;
  // ("killed 23 men, 23 women, and 29 children": a comma before the last "and")
  if (tokens[conj]?.lower === 'and' && tokens[conj - 1]?.text === ',') conj--;
  if (!/^(and|,)$/.test(tokens[conj]?.lower ?? '') && !asWell) return null;
  // ("destroyed more than 70 Ukrainian soldiers in the Kherson direction, 240 troops in …": where the item before was
  // counted, after its people)
  let people = conj - 1;
  // (the clause before ends in the fate: "are missing, along with")
  const clauseEnd = fateSaid && (previous.casualtyIndex === conj - 1 || alongWithAt(tokens, conj + 2));
  // ("killed 74 members of the Central Reserve Police Force (CRPF) and two Chhattisgarh police officers": who the
  // people before were, with the acronym of their force)
  const acronym = tokens[conj - 1]?.text === ')' && tokens[conj - 3]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[conj - 2]?.text ?? '');
  // ("killed 117 people in Turkey, all but one of them in Izmir, and two teenagers on Samos": past an aside on where a
  // part of them was)
  const asideOpen = tokens[conj]?.text === ',' ? tokens.findIndex((t, k) => k < conj && k >= conj - 10 && t.text === ',' && k > previous.casualtyIndex) : -1;
  const partAside = asideOpen > 0 && tokens.slice(asideOpen + 1, conj).every((t) => t.kind === 'word' || t.kind === 'digits')
    && tokens.slice(asideOpen + 1, conj).some((t, d, all) => t.lower === 'of' && all[d + 1]?.lower === 'them');
  const from = acronym ? conj - 4 : partAside ? asideOpen - 1 : conj - 1;
  if (partAside) people = from;
  if (!isPeople(people) && !clauseEnd) {
    // ("all 259 people on board the Boeing 747 as well as 11 people on the ground": past a model's number after its name)
    const model = (k: number) => tokens[k]?.kind === 'digits' && tokens[k - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k - 1].text);
    for (let k = from; k > from - 8 && (tokens[k]?.kind === 'word' || model(k)); k--) {
      if (/^(in|on|at|near|across|along|around|of)$/.test(tokens[k].lower) && isPersonWord(tokens[k - 1]?.lower ?? '')) { people = k - 1; break; }
    }
  }
  if (!isPeople(people) && !clauseEnd) return null;
  // ("The death toll from Tuesday's Uvalde school shooting in Texas is 19 children and two teachers": a long subject
  // before the first count; the list goes on from the count right before)
  const listed = tokens[people - 1]?.kind === 'digits' || isNumberWord(tokens[people - 1]?.lower ?? '');
  if (people + 1 - previous.casualtyIndex > 10 && !listed) return null;
  // (an info box's cell after its label: "Injured | 116 Lebanese civilians and 4 Fijian UN peacekeepers |")
  // ("killed three 9-year-old children and three adults": a hyphen glued inside an age is no break)
  const glued = (k: number) => tokens[k].text === '-' && tokens[k - 1]?.end === tokens[k].start && tokens[k].end === tokens[k + 1]?.start;
  for (let k = previous.casualtyIndex + 1; k < conj; k++) if (tokens[k].kind === 'punct' && tokens[k].text !== ',' && !glued(k) && !(tokens[k].text === '|' && k === 1) && !(acronym && k >= conj - 3)) return null;
  let head = phrase.last + 1;
  while (head < tokens.length && head - phrase.last <= 3 && !isPeople(head)) {
    if (tokens[head].kind !== 'word' || NON_PERSON_NOUNS.has(tokens[head].lower)) return null;
    head++;
  }
  if (!isPeople(head)) return null;
  // ("three local militia officials told AFP": the head of a compound is its last person word)
  for (let k = head + 1; k <= head + 2 && tokens[k]?.kind === 'word' && tags[k].has('Noun'); k++) if (isPersonWord(tokens[k].lower)) head = k;
  const next = tokens[head + 1];
  // ("retrieved the remains of 41 hostages, and 8 individuals have been rescued alive": a fate of their own, and a
  // happier one)
  for (let k = head + 1; k < tokens.length && k <= head + 6 && tokens[k].kind === 'word'; k++) {
    if (/^(alive|rescued|freed|released|survived|unharmed|unhurt)$/.test(tokens[k].lower)) return null;
  }
  // ("the bodies of 12 men and two women were dumped": both inside the noun phrase the key opened)
  const insideNoun = tokens[previous.casualtyIndex]?.lower === 'of';
  // ("six girls and three boys aged between 14 and 17": their age is no verb of their own)
  // ("operated on eleven soldiers and three civilians brought in from the same strike": a participle that says where
  // those joined after the shared verb came from is no verb of their own)
  const describedBy = previous.side === 'before' && (/ed$/.test(next?.lower ?? '') || /^(brought|caught|held|taken|kept)$/.test(next?.lower ?? ''))
    && /^(in|from|at|by|on|inside|near|into|during|after|under)$/.test(tokens[head + 2]?.lower ?? '') && !casualtyAt(tokens, head + 1, CASUALTY_AFTER);
  if (!insideNoun && !describedBy && next && next.kind === 'word' && tags[head + 1].has('Verb') && !tags[head + 1].has('Noun') && !isPersonWord(next.lower) && next.lower !== 'aged') return null;
  return previous;
}

/**
 * "If you look at the number of Americans killed since 9/11 by terrorism, it's less than 100":
 * "it's" takes up the figure a clause named before it ("the number of … killed").
 */
function resumedFigure(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  let i = countStart(tokens, phrase) - 1;
  if (/^(the|about|around|some)$/.test(tokens[i]?.lower ?? '')) i--;
  if (tokens[i]?.lower === 'in') i--; // "it's in the tens of thousands"
  const resumes = /^(it['’]s|that['’]s)$/.test(tokens[i]?.lower ?? '') || (/^(is|was)$/.test(tokens[i]?.lower ?? '') && /^(it|that)$/.test(tokens[i - 1]?.lower ?? ''));
  // "The death toll could rise; the UN rights chief on Monday put it at 184"
  // ("Residents said the number of dead was higher, putting it at more than 120": or the number of a casualty word)
  // ("The true number of dead may never be known, but most estimates put it between 200,000 and 300,000": or a span)
  // ("local journalists put it closer to 200": or a bound that stands for the "at")
  const between = (tokens[phrase.first]?.lower === 'between' || countStart(tokens, phrase) < phrase.first) && tokens[i]?.lower === 'it' ? i + 1 : -1;
  if (between > 0) i = between;
  if ((tokens[i]?.lower === 'at' || between > 0) && tokens[i - 1]?.lower === 'it' && /^(put|puts|putting|placed|places)$/.test(tokens[i - 2]?.lower ?? '')) {
    for (let k = i - 3; k >= Math.max(0, i - 25); k--) {
      if (tokens[k].lower === 'toll') return { category: 'killed', casualtyIndex: k, side: 'before' };
      const word = isPersonWord(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 2;
      const counted = /^(number|count|tally|total)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'of' ? casualtyAt(tokens, word, CASUALTY_AFTER) ?? casualtyAt(tokens, word, CASUALTY_BEFORE) : null;
      if (counted) return { category: counted.category, casualtyIndex: word, side: 'before' };
    }
    return null;
  }
  // "killed 19 people, including six children, near the city, and another 23 people in the town":
  // a second object of the same verb, with nothing of its own to do
  if (tokens[i]?.lower === 'another' && tokens[i - 1]?.lower === 'and' && !hasVerbAfter(tokens, phrase.last + 1)) {
    for (let k = i - 2; k >= Math.max(0, i - 30); k--) {
      if (tokens[k].text === ';' || tokens[k].text === '.') break;
      const verb = casualtyAt(tokens, k, CASUALTY_BEFORE);
      const counted = tokens[k + 1] && (tokens[k + 1].kind === 'digits' || isNumberWord(tokens[k + 1].lower) || qualifierAt(tokens, k + 1) !== null);
      if (verb && counted && HARM_VERB_FORMS.test(tokens[k].lower)) return { category: verb.category, casualtyIndex: k, side: 'before' };
    }
  }
  // ("The death toll is expected to rise, with … estimates … suggesting that it could exceed 10,000": "it" stands for the
  // toll named before it, in what is foreseen)
  {
    const verb = /^(reach|hit|top|exceed|surpass|pass|eclipse)$/.test(tokens[i]?.lower ?? '') ? i : /^(exceed|surpass|pass|top|eclipse)$/.test(tokens[i + 1]?.lower ?? '') && i + 1 < phrase.first ? i + 1 : -1;
    const modal = verb === i ? i - 1 : i;
    if (verb >= 0 && /^(could|may|might|will|would|can)$/.test(tokens[modal]?.lower ?? '') && tokens[modal - 1]?.lower === 'it') {
      const toll = tokens.findIndex((t, k) => k < modal - 1 && t.lower === 'toll' && /^(death|the)$/.test(tokens[k - 1]?.lower ?? ''));
      if (toll >= 0 && modal - toll <= 30) return { category: 'killed', casualtyIndex: toll, side: 'before' };
    }
  }
  // ("our first estimates were 290 and it will be reduced to 253": "it" stands for the toll named before it)
  // (the link points at "it": a revision announced is no forecast of the toll)
  if (tokens[i]?.lower === 'to' && REVISED.test(tokens[i - 1]?.lower ?? '')) {
    let subject = i - 2;
    while (subject > 0 && /^(be|been|was|is|will|would|has|had|have|later|since|now|then|subsequently|again|further)$/.test(tokens[subject].lower)) subject--;
    const passive = tokens.slice(subject + 1, i - 1).some((t) => /^(be|been|was|is)$/.test(t.lower));
    if (passive && tokens[subject]?.lower === 'it' && tokens.slice(Math.max(0, subject - 25), subject).some((t) => t.lower === 'toll')) {
      return { category: 'killed', casualtyIndex: subject, side: 'before' };
    }
  }
  // ("The new figure is 253, … from the previous toll of 359", "our first estimates were 290": a figure noun as
  // the subject of the count, in a sentence about a toll)
  if (/^(is|was|were|are)$/.test(tokens[i]?.lower ?? '') && /^(figure|figures|estimate|estimates|total|tally|count)$/.test(tokens[i - 1]?.lower ?? '')) {
    const toll = tokens.findIndex((t) => t.lower === 'toll');
    if (toll >= 0) return { category: 'killed', casualtyIndex: toll, side: 'before' };
  }
  // ("2,053 people had been killed, a figure it later revised to about 1,480": a figure set after the count's comma,
  // revised by whoever gave it)
  if (tokens[i]?.lower === 'to' && REVISED.test(tokens[i - 1]?.lower ?? '')) {
    let noun = i - 2;
    while (noun > 0 && i - noun <= 5 && /^(it|they|he|she|later|since|subsequently|then|was|were|been|has|had|have)$/.test(tokens[noun].lower)) noun--;
    if (/^(figure|number|count|tally|total|toll)$/.test(tokens[noun]?.lower ?? '') && /^(a|the)$/.test(tokens[noun - 1]?.lower ?? '') && tokens[noun - 2]?.text === ',') {
      for (let c = noun - 3; c >= 0 && noun - c <= 6 && tokens[c].kind === 'word'; c--) {
        const found = casualtyAt(tokens, c, CASUALTY_AFTER);
        if (found && found.category !== 'captured') return { category: found.category, casualtyIndex: c, side: 'before' };
      }
    }
  }
  if (!resumes) return null;
  for (let k = i - 1; k >= Math.max(0, i - 25); k--) {
    if (!FIGURE_NOUNS.has(tokens[k].lower) || tokens[k].lower === 'toll') continue;
    for (let c = k + 1; c < i && c - k <= 8; c++) {
      const found = casualtyAt(tokens, c, CASUALTY_AFTER);
      if (found) return { category: found.category, casualtyIndex: c, side: 'before' };
    }
  }
  return null;
}

/**
 * Is the harm verb at `i` active, with an object after it ("gunmen killed a man", "killed his
 * wife")? Not after an auxiliary of the passive, not before a time ("killed the day before"),
 * and not when the "object" is a count with a casualty word of its own ("Three killed two injured").
 */
function activeWithObject(tokens: Token[], tags: Tags[], i: number): boolean {
  if (!/^(killed|murdered|wounded|injured|shot|stabbed|kidnapped|abducted|executed|kills|wounds|injures)$/.test(tokens[i].lower)) return false;
  if (/^(were|was|are|is|been|being|be|got|get|gets|reportedly|allegedly)$/.test(tokens[i - 1]?.lower ?? '')) return false;
  // ("two of the (seriously) wounded soldiers": after an article it describes the noun)
  const lead = /ly$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
  // ("hundreds of injured students": after "of" too)
  if (/^(the|those|these|of)$/.test(tokens[lead]?.lower ?? '')) return false;
  // ("10 seriously injured persons": after a count, over its adverb, it describes the people)
  // (never "two fatally shot a man": a determiner after it opens an object)
  if (lead === i - 2 && (tokens[lead]?.kind === 'digits' || isNumberWord(tokens[lead]?.lower ?? '')) && isPersonWord(tokens[i + 1]?.lower ?? '')) return false;
  // ("Three militants shot dead four policemen": the object after "shot dead")
  const obj = tokens[i].lower === 'shot' && tokens[i + 1]?.lower === 'dead' ? i + 2 : i + 1;
  // ("Five attackers were later shot dead by police": a passive's agent, past an adverb, is no object)
  if (tokens[obj]?.lower === 'by') return false;
  const next = tokens[obj];
  // ("two students, Eric Harris and Dylan Klebold killed 12 students": a count of its own as the object, in running
  // text only, where a headline's "2 killed 3 injured" cannot be)
  const countedObject = next?.kind === 'digits' && /^[.!?]$/.test(tokens[tokens.length - 1].text);
  if (!next || (next.kind !== 'word' && !countedObject)) return false;
  const determiner = countedObject || /^(a|an|the|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten)$/.test(next.lower);
  // ("the three shot dead hotel guests": one word before the people)
  if (!determiner && !isPersonWord(next.lower) && !(obj === i + 2 && isPersonWord(tokens[obj + 1]?.lower ?? '') && !tags[obj].has('Date'))) return false;
  for (let k = obj; k < tokens.length && k <= obj + 3; k++) {
    if (TIME_UNITS.test(tokens[k].lower) || /^(previous|same|day|night|weekend|morning|evening|afternoon)$/.test(tokens[k].lower)) return false;
    if (casualtyAt(tokens, k, CASUALTY_AFTER)) return false;
    if (tokens[k].kind !== 'word' && k > obj) break;
  }
  return !tags[obj].has('Date');
}

/**
 * "The death toll climbed on Monday, reaching 70", "Overdose deaths had been climbing since 1990, topping 70,000": a toll
 * that rose, then a participle after a comma that reaches the count at `start` (its qualifier's first word, if any).
 */
function risenTollBefore(tokens: Token[], start: number): { link: CasualtyLink; distance: number } | null {
  // ("6,550 excess deaths would occur under the ceasefire scenario, climbing to 58,260 under the status quo": a count
  // of a harm, then a participle after a comma that takes it higher)
  if (tokens[start - 1]?.lower === 'to' && /^(climbing|rising|increasing|growing|jumping|swelling|soaring|going)$/.test(tokens[start - 2]?.lower ?? '') && tokens[start - 3]?.text === ',') {
    for (let n = start - 4; n >= 1 && start - n <= 20 && tokens[n].kind !== 'punct'; n--) {
      const fate = /^(deaths|fatalities|casualties|dead|injured|wounded|injuries)$/.test(tokens[n].lower) ? casualtyAt(tokens, n, CASUALTY_AFTER) : null;
      const counted = tokens[n - 1]?.kind === 'digits' || (/^(excess|additional|more|civilian|further)$/.test(tokens[n - 1]?.lower ?? '') && tokens[n - 2]?.kind === 'digits');
      if (fate && counted) return { link: { category: fate.category, casualtyIndex: n, side: 'before' }, distance: 1 };
      // ("the fatality count has exceeded 100, climbing to 128": a toll the clause opens with, past its first count)
      if (/^(toll|count|tally)$/.test(tokens[n].lower) && /^(death|fatality|casualty)$/.test(tokens[n - 1]?.lower ?? '') && tokens.slice(n + 1, start - 3).some((t) => t.kind === 'digits')) {
        return { link: { category: tokens[n - 1].lower === 'casualty' ? 'casualties' : 'killed', casualtyIndex: n, side: 'before' }, distance: 1 };
      }
    }
  }
  // ("The death toll from 10 days of floods … has doubled in the last 24 hours, jumping from 164": the old end, after a
  // comma, of a toll the sentence opens with)
  if (tokens[start - 1]?.lower === 'from' && /^(jumping|rising|climbing|increasing|up)$/.test(tokens[start - 2]?.lower ?? '') && tokens[start - 3]?.text === ',') {
    for (let n = start - 4; n >= 1 && start - n <= 30 && (tokens[n].kind !== 'punct' || /^[-–—]$/.test(tokens[n].text)); n--) {
      if (tokens[n].lower === 'toll' && tokens[n - 1]?.lower === 'death') return { link: { category: 'killed', casualtyIndex: n, side: 'before' }, distance: 1 };
    }
  }
  let r = start;
  if (/^(topping|surpassing|exceeding|crossing|passing)$/.test(tokens[r]?.lower ?? '')) r--;
  else if (/^(reaching|hitting|nearing|approaching)$/.test(tokens[r - 1]?.lower ?? '')) r -= 2;
  else return null;
  if (tokens[r]?.text !== ',') return null;
  // ("released the latest data on the death toll from flash floods and landslides in Aceh, North Sumatra, and West
  // Sumatra, reaching 316": the toll itself, over a list of names, reaches the count)
  if (/^(reaching|hitting)$/.test(tokens[r + 1]?.lower ?? '')) {
    for (let j = r - 1; j >= 1 && r - j <= 24; j--) {
      const listComma = tokens[j].text === ',' && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '') && (/^\p{Lu}/u.test(tokens[j + 1]?.text ?? '') || tokens[j + 1]?.lower === 'and');
      if (tokens[j].kind !== 'word' && !listComma) break;
      if (tokens[j].lower === 'toll' && tokens[j - 1]?.lower === 'death') return { link: { category: 'killed', casualtyIndex: j, side: 'before' }, distance: 1 };
    }
  }
  // (over when it rose: "climbing each year since 1990")
  for (let j = r - 1; j >= 1 && r - j <= 10 && tokens[j].kind !== 'punct'; j--) {
    if (!RISE_VERBS.test(tokens[j].lower) && !/^(mounting|mounted|soared|soaring|grew|growing)$/.test(tokens[j].lower)) continue;
    for (let n = j - 1; n >= 0 && j - n <= 4 && tokens[n].kind === 'word'; n--) {
      const w = tokens[n].lower;
      if (w === 'toll' || /^(deaths|fatalities|casualties|dead|injured|wounded|injuries)$/.test(w)) {
        const fate = casualtyAt(tokens, n, CASUALTY_AFTER);
        return { link: { category: w === 'toll' ? 'killed' : fate?.category ?? 'killed', casualtyIndex: n, side: 'before' }, distance: 1 };
      }
    }
    return null;
  }
  return null;
}

/**
 * "killing the village head identified as Alhaji Maiyara and 17 other victims", "killed a father
 * and his seven children": a count joined by "and" to the object of a harm verb before it, marked
 * as one more of that object ("other", or a possessive).
 */
function joinedToAnObject(tokens: Token[], phrase: NumberPhrase, before: number): { link: CasualtyLink; distance: number } | null {
  // ("They killed my husband and my two sons": or the speaker's own)
  const possessive = /^(his|her|their|my|our)$/.test(tokens[before]?.lower ?? '');
  // ("killing the pilot and all five passengers": or "all" before the count, the whole of a group, after a first one
  // named however)
  const allOf = tokens[before]?.lower === 'all' && tokens[before - 1]?.lower === 'and';
  const and = possessive || allOf ? before - 1 : before;
  // ("killing a child, three women and a man": a comma of a list joins as "and" does)
  if (tokens[and]?.lower !== 'and' && tokens[and]?.text !== ',') return null;
  // ("the missile killed a teenager and two children": a short indefinite object, and people counted after it)
  // ("killed the village head and five others": others share the verb's fate, whoever came first)
  const single = !possessive && !/^(other|others)$/.test(tokens[phrase.last + 1]?.lower ?? '');
  // ("killed his wife and four children", "lost his wife and four children": one of kin, then the count)
  const kin = single && KIN_NOUNS.has(tokens[and - 1]?.lower ?? '') && /^(his|her|their|my|our)$/.test(tokens[and - 2]?.lower ?? '');
  if (single && !((isPersonWord(tokens[and - 1]?.lower ?? '') || kin) && personNamedAfter(tokens, phrase.last + 1))) return null;
  // (never "killed a soldier, 12 residents said": the count after a comma is a speaker's)
  if (tokens[and].text === ',' && tokens.slice(phrase.last + 1, phrase.last + 4).some((t) => SAY_VERBS.has(t.lower))) return null;
  let including = false;
  // ("killed a mayoral candidate from Mexico’s governing party in the Gulf coast state of Veracruz and four others": the
  // others reach back over where the first one came from)
  // ("killing one of the attackers and several security guards": one of a group named, then the count)
  const oneOf = single && tokens[and - 2]?.lower === 'the' && tokens[and - 3]?.lower === 'of' && tokens[and - 4]?.lower === 'one';
  const reach = oneOf ? 5 : single ? 4 : /^(others)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? 18 : 10;
  for (let k = and - 1; k >= 0 && and - k <= reach; k--) {
    // ("killed five people, including a man, his three children and a woman": over the list's opening)
    if (tokens[k].text === ',' && tokens[k + 1]?.lower === 'including' && !single) { including = true; continue; }
    // ("killed the mayor, Ahmad Kahil, and at least 15 others": the first one's name in apposition)
    if (tokens[k].text === ',' && k === and - 1) {
      const open = tokens.findIndex((x, j) => j < k - 1 && j >= k - 5 && x.text === ',' && tokens.slice(j + 1, k).every((y) => y.kind === 'word' && /^\p{Lu}/u.test(y.text)));
      if (open > 0 && isPersonWord(tokens[open - 1]?.lower ?? '')) { k = open; continue; }
    }
    if (tokens[k].kind !== 'word') return null;
    // ("shot dead the village head and …", "gunned down a guard and …")
    const twoWords = /^(dead|down)$/.test(tokens[k].lower) && casualtyAt(tokens, k - 1, CASUALTY_BEFORE)?.width === 2;
    // ("He lost his wife and his 3 children in the attack": or the count's own possessive)
    const kinOwned = possessive && KIN_NOUNS.has(tokens[and - 1]?.lower ?? '') && /^(his|her|their|my|our)$/.test(tokens[and - 2]?.lower ?? '')
      && (KIN_NOUNS.has(tokens[phrase.last + 1]?.lower ?? '') || isPersonWord(tokens[phrase.last + 1]?.lower ?? ''));
    const lost = (kin || kinOwned) && k === and - 3 && /^(lost|loses)$/.test(tokens[k].lower) && lostInAnEvent(tokens, phrase.last + 1);
    if (lost) return { link: { category: 'killed', casualtyIndex: k, side: 'before' }, distance: and - k };
    // ("for the murders of his wife and 2 stepchildren": the noun of the killing, its "of", then kin and the count)
    if (kin && k === and - 3 && tokens[k].lower === 'of' && /^(murders?|killings?|deaths)$/.test(tokens[k - 1]?.lower ?? '')) {
      return { link: { category: 'killed', casualtyIndex: k - 1, side: 'before' }, distance: and - k + 1 };
    }
    if (twoWords || HARM_VERB_FORMS.test(tokens[k].lower)) {
      const c = twoWords ? casualtyAt(tokens, k - 1, CASUALTY_BEFORE) : casualtyAt(tokens, k, CASUALTY_BEFORE);
      // the object starts right after the verb with an article or a possessive
      if (c && (including || (kin && k === and - 3) || (single && !allOf ? /^(a|an)$/ : /^(a|an|the|his|her|their|my|our)$/).test(tokens[k + 1]?.lower ?? '') || (oneOf && k === and - 5))) return { link: { category: c.category, casualtyIndex: k, side: 'before' }, distance: and - k };
      return null;
    }
  }
  return null;
}

const CRAFT = /^(plane|planes|aircraft|jet|airliner|flight|helicopter|ship|boat|vessel|ferry|bus|train|board)$/;

/**
 * From "aboard" / "on board" / "onboard" (or "on" before a craft) at `i`: the casualty word of
 * the verb the phrase and its relative clause lead to, within 20 words and no punctuation but an
 * aside in dashes ("are dead", "have died", "have all lost their life").
 */
function aboardReach(tokens: Token[], i: number): { category: Category; index: number } | null {
  const t = tokens[i].lower;
  const opens = t === 'aboard' || t === 'onboard' || (t === 'on' && tokens[i + 1]?.lower === 'board')
    || (t === 'on' && tokens.slice(i + 1, i + 5).some((x) => CRAFT.test(x.lower)));
  if (!opens) return null;
  // (a craft's long name and where it came down: "on board the China Eastern Airlines' plane that crashed on Monday, March 21 in …")
  for (let k = i + 1; k < tokens.length && k - i <= 28; k++) {
    const x = tokens[k];
    // ("the plane that crashed on Monday, March 21 in …": the comma of a date)
    const dateComma = x.text === ',' && WEEKDAY.test(tokens[k - 1]?.lower ?? '') && MONTHS.has(tokens[k + 1]?.lower ?? '');
    if (x.kind === 'punct' && !/^[-–—'’]$/.test(x.text) && !dateComma) return null;
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    // ("on crashed Indonesian plane dead": the fate right after the craft)
    if (c && CRAFT.test(tokens[k - 1]?.lower ?? '') && t === 'on' && tokens[i + 1]?.lower !== 'board') return { category: c.category, index: k };
    if (!/^(are|were|is|was|have|has|had)$/.test(x.lower)) continue;
    let v = k + 1;
    // ("were officially declared dead", "have been confirmed dead")
    while (/^(all|been|now|reportedly|also|officially|formally|later|declared|confirmed|presumed|pronounced|found|feared|believed)$/.test(tokens[v]?.lower ?? '')) v++;
    const fate = casualtyAt(tokens, v, CASUALTY_AFTER);
    // ("were taken to hospital" is read where "taken" is)
    if (fate && tokens[v].lower !== 'taken') return { category: fate.category, index: v };
    if (/^(lost|lose)$/.test(tokens[v]?.lower ?? '') && /^(their|his|her)$/.test(tokens[v + 1]?.lower ?? '') && /^(lives|life)$/.test(tokens[v + 2]?.lower ?? '')) return { category: 'killed', index: v + 2 };
    return null;
  }
  return null;
}

/** The forms of the verbs that kill or wound and take their victims as objects ("killed 19 people and another 23"). */
const HARM_VERB_FORMS = /^(killed|killing|kills|kill|murdered|murdering|murders|murder|wounded|wounding|wounds|injured|injuring|injures|abducted|abducting|abducts|kidnapped|kidnapping|kidnaps)$/;

/** Does a verb follow the noun phrase that starts at `from` ("another 23 were rescued")? */
function hasVerbAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 4; k++) {
    if (AUXILIARIES.has(tokens[k].lower) && !/^(all|both|either)$/.test(tokens[k].lower)) return true;
    if (/^(lost|fled|left|escaped|survived|remain|remained|took|had|got|went|came)$|ed$/.test(tokens[k].lower)) return true;
    if (tokens[k].kind !== 'word' || /^(in|at|on|near|from|outside|inside|across|during|among|including)$/.test(tokens[k].lower)) return false;
  }
  return false;
}

function casualtyBefore(tokens: Token[], phrase: NumberPhrase): { link: CasualtyLink; distance: number } | null {
  let i = phrase.first - 1;
  const q = qualifierBefore(tokens, phrase.first);
  if (q) i = q.first - 1;
  // ("The remains of only five people were found": a word of how few between)
  // ("for the deaths of just eight civilians", "killing just eight": or "just", "merely", after any word)
  // ("killed from 100 to 300 people": a range's "from")
  if (tokens[i]?.lower === 'from' && phrase.high !== undefined && tokens[phrase.first]?.kind === 'digits') i--;
  // ("killed somewhere between 100,000 and 316,000 people", "anywhere from 100 to 300": or how loosely)
  if ((tokens[i]?.lower === 'only' && tokens[i - 1]?.lower === 'of') || /^(just|merely|somewhere|anywhere)$/.test(tokens[i]?.lower ?? '')) i--;
  // ("the bodies of the other two were found in the forest", "the remains of the last three": the rest of a group named
  // before)
  if (/^(other|remaining|last)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'of'
    && /^(bodies|remains|corpses|deaths|killings|murders)$/.test(tokens[i - 3]?.lower ?? '')) i -= 2;
  // ("He shot and killed, horrifically and incomprehensibly, 14 students": adverbs of how in an aside between the verb
  // and its count)
  if (tokens[i]?.text === ',') {
    let k = i - 1;
    while (k > 0 && tokens[k].kind === 'word' && (/ly$/.test(tokens[k].lower) || tokens[k].lower === 'and')) k--;
    if (k < i - 1 && /ly$/.test(tokens[i - 1].lower) && tokens[k]?.text === ',' && tokens[k - 1]?.kind === 'word') i = k - 1;
  }
  const joined = joinedToAnObject(tokens, phrase, i);
  if (joined) return joined;
  // ("Those who died were 26", "the ones who arrived here and passed away are around 26 people": the people a relative
  // clause of their fate names, counted after the copula)
  if (/^(are|were|is|was)$/.test(tokens[i]?.lower ?? '')) {
    let who = i - 1;
    while (who > 0 && i - who <= 10 && tokens[who].kind === 'word' && !/^(who|that)$/.test(tokens[who].lower)) who--;
    // (never "two of the people who died … were 14 and 16": their ages, of a part counted before)
    // ("Eleven of those who died were over 65": or of those, or how old, past a bound that an age takes)
    const partOf = (tokens[who - 2]?.lower === 'the' && tokens[who - 3]?.lower === 'of') || (tokens[who - 1]?.lower === 'those' && tokens[who - 2]?.lower === 'of')
      || (q !== null && /^(over|under|above|below)$/.test(tokens[q.first].lower) && phrase.value <= 120);
    if (/^(who|that)$/.test(tokens[who]?.lower ?? '') && /^(those|ones|people)$/.test(tokens[who - 1]?.lower ?? '') && !partOf) {
      for (let k = who + 1; k < i; k++) {
        const passedAway = tokens[k].lower === 'passed' && tokens[k + 1]?.lower === 'away';
        const fate = passedAway ? { category: 'killed' as const } : casualtyAt(tokens, k, CASUALTY_AFTER);
        if (fate && fate.category !== 'casualties') return { link: { category: fate.category, casualtyIndex: k, side: 'before' }, distance: i - k };
      }
    }
  }
  // ("Militias murdered and mutilated dozens of civilians", "killed and beheaded 12 villagers": a killing verb joined by
  // "and" to what else was done to the same bodies)
  if (/^(mutilated|beheaded|decapitated|dismembered|tortured|burned|burnt|butchered|raped)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'and') {
    const harm = casualtyAt(tokens, i - 2, CASUALTY_BEFORE);
    if (harm?.category === 'killed') return { link: { category: 'killed', casualtyIndex: i - 2, side: 'before' }, distance: 2 };
  }
  // ("The dead were identified as two students and two teachers", "The victims were identified as …": who the key's
  // people were, counted, and the counts joined after the first, over names between dashes, never past a comma)
  {
    let asAt = i;
    // ("identified as dhaba owner Kulwant Singh, 52, his nephew Harjeet, 19, and three truck drivers": or past the commas of
    // a series, when the count closes it after ", and")
    // (never a count with a verb of its own: "identified as farmers, and 12 people were later arrested")
    const ownVerb = () => {
      for (let k = phrase.last + 1; k < tokens.length && k <= phrase.last + 8 && tokens[k].kind !== 'punct'; k++) {
        if (/^(who|that|which|whose)$/.test(tokens[k].lower)) return false;
        if (/^(were|was|are|is|have|has|had|will|would)$/.test(tokens[k].lower)) return true;
      }
      return false;
    };
    const series = tokens[i]?.lower === 'and' && tokens[i - 1]?.text === ',' && !ownVerb();
    while (asAt > 0 && i - asAt <= (series ? 24 : 12) && tokens[asAt].lower !== 'as' && (tokens[asAt].kind === 'word' || tokens[asAt].kind === 'digits' || /^[—–-]$/.test(tokens[asAt].text) || (series && tokens[asAt].text === ','))) asAt--;
    let aux = asAt - 2;
    if (tokens[aux]?.lower === 'been' && /^(have|has|had)$/.test(tokens[aux - 1]?.lower ?? '')) aux--;
    const key = aux - 1;
    const joinedBefore = asAt === i || tokens[i]?.lower === 'and';
    if (joinedBefore && tokens[asAt]?.lower === 'as' && tokens[asAt - 1]?.lower === 'identified' && /^(were|are|was|is|have|has|had)$/.test(tokens[aux]?.lower ?? '')
      && /^(dead|victims|deceased|killed|injured|wounded|missing|casualties)$/.test(tokens[key]?.lower ?? '') && tokens[key - 1]?.lower === 'the') {
      const harm = casualtyAt(tokens, key, CASUALTY_AFTER);
      if (harm) return { link: { category: harm.category, casualtyIndex: key, side: 'before' }, distance: i - key };
    }
  }
  // ("The revised death toll marks an increase from the initial estimate of 187": the earlier estimate of the same toll)
  // (never past the count's own noun: "based on the figure of five casualties")
  if (tokens[i]?.lower === 'of' && /^(estimate|figure|count|tally)$/.test(tokens[i - 1]?.lower ?? '') && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER)) {
    const adj = /^(initial|earlier|previous|first|original|old|preliminary)$/.test(tokens[i - 2]?.lower ?? '') ? i - 3 : i - 2;
    if (tokens[adj]?.lower === 'the' && /^(from|than|of|on)$/.test(tokens[adj - 1]?.lower ?? '')) {
      const toll = tokens.findIndex((t, k) => k < adj - 1 && t.lower === 'toll' && /^(death|revised|new|latest|updated|official)$/.test(tokens[k - 1]?.lower ?? ''));
      if (toll >= 0 && adj - toll <= 10) return { link: { category: 'killed', casualtyIndex: toll, side: 'before' }, distance: i - toll };
    }
  }
  // ("Initial reports put the death toll at around 60, but later tallies raised it to about 80": "it" takes up the toll
  // of the clause before)
  // ("He initially stated that there had been 127 fatalities in total, but later changed it to 174": or the count of
  // the harm itself)
  if (/^(to|at)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'it' && /^(raised|raises|raise|pushed|pushes|brought|brings|put|puts|placed|places|lowered|lowers|revised|revises|increased|increases|cut|cuts|set|sets|changed|changes|corrected|corrects|amended|amends|updated|updates)$/.test(tokens[i - 2]?.lower ?? '')) {
    for (let k = i - 3; k >= 0 && i - k <= 24; k--) {
      const counted = /^(deaths|fatalities|casualties|injuries)$/.test(tokens[k].lower) && (tokens[k - 1]?.kind === 'digits' || isNumberWord(tokens[k - 1]?.lower ?? ''));
      if (counted) {
        const harm = casualtyAt(tokens, k, CASUALTY_AFTER);
        if (harm) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k };
      }
      if (tokens[k].lower !== 'toll') continue;
      const kind = /^(injury|wounded|injured)$/.test(tokens[k - 1]?.lower ?? '') ? 'wounded' : 'killed';
      return { link: { category: kind, casualtyIndex: k, side: 'before' }, distance: i - k };
    }
  }
  // ("killing Aurali and several other performers": a named victim, then the count of the others, after the verb)
  if (tokens[i]?.lower === 'and' && /^(other|others)$/.test(tokens[phrase.last + 1]?.lower ?? '')) {
    let name = i - 1;
    while (name > 0 && i - name <= 3 && tokens[name].kind === 'word' && /^\p{Lu}/u.test(tokens[name].text)) name--;
    const harm = name < i - 1 ? casualtyAt(tokens, name, CASUALTY_BEFORE) : null;
    if (harm && harm.width === 1) return { link: { category: harm.category, casualtyIndex: name, side: 'before' }, distance: i - name };
  }
  // ("DEATH TOLL - 43,000+": a label's dash before the count that ends the line)
  if (/^[-–—]$/.test(tokens[i]?.text ?? '') && tokens[i - 1]?.lower === 'toll' && tokens[i - 2]?.lower === 'death' && i === 2
    && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct')) {
    return { link: { category: 'killed', casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("After killing its four occupants": the possessive of what the dead were in)
  if (/^(its|their)$/.test(tokens[i]?.lower ?? '') && /^(killing|killed|kills|kill)$/.test(tokens[i - 1]?.lower ?? '') && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')) {
    return { link: { category: 'killed', casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("killed himself and his two sons": the killer's own death joined before the kin)
  if (/^(his|her|their)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'and' && /^(himself|herself|themselves)$/.test(tokens[i - 2]?.lower ?? '')
    && /^(killed|shot|murdered|stabbed)$/.test(tokens[i - 3]?.lower ?? '') && isKinNoun(tokens[phrase.last + 1]?.lower ?? '')) {
    return { link: { category: 'killed', casualtyIndex: i - 3, side: 'before' }, distance: 3 };
  }
  // ("the killing and mutilation of four contractors": a second noun joined to the casualty noun shares its "of")
  if (tokens[i]?.lower === 'of' && tokens[i - 2]?.lower === 'and' && tokens[i - 1]?.kind === 'word' && !q) {
    const category = CASUALTY_BEFORE[`${tokens[i - 3]?.lower ?? ''} of`];
    if (category && /^(mutilation|torture|beheading|abduction|kidnapping|disappearance|rape|burning|maiming|wounding|injuring)$/.test(tokens[i - 1].lower)) return { link: { category, casualtyIndex: i - 3, side: 'before' }, distance: 3 };
  }
  // ("Among the 1,198 who died were 124 Americans", "Among the 40 people who were killed were two children": a part of
  // those whose fate the relative clause says)
  if (/^(were|was)$/.test(tokens[i]?.lower ?? '')) {
    const v = i - 1;
    const who = /^(were|was)$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1;
    const among = tokens.findIndex((t, k) => k < who && who - k <= 5 && t.lower === 'among');
    const harm = /^(who|that)$/.test(tokens[who]?.lower ?? '') && among >= 0 && (among === 0 || tokens[among - 1].kind === 'punct') ? casualtyAt(tokens, v, CASUALTY_AFTER) : null;
    if (harm) return { link: { category: harm.category, casualtyIndex: v, side: 'before' }, distance: i - v };
  }
  // ("At least 300,000 people died in the storm, possibly as many as 500,000": a second bound of the count before,
  // hedged, after its comma)
  const hedgeComma = tokens[i - 1]?.text === ',' ? i - 1 : /^(or|and)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.text === ',' ? i - 2 : -1;
  if (/^(possibly|perhaps|maybe|probably)$/.test(tokens[i]?.lower ?? '') && hedgeComma > 0 && (q || phrase.last + 1 >= tokens.length || tokens[phrase.last + 1].kind === 'punct')) {
    for (let k = hedgeComma - 1; k >= 1 && hedgeComma - k <= 12 && tokens[k].kind !== 'punct'; k--) {
      const harm = casualtyAt(tokens, k, CASUALTY_AFTER);
      if (harm && tokens.slice(Math.max(0, k - 4), k).some((x) => x.kind === 'digits' || isNumberWord(x.lower))) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k };
    }
  }
  // ("36 people died Tuesday as well as the three suicide bombers": who shared the fate named just before)
  {
    const aw = tokens[i]?.lower === 'the' ? i - 1 : i;
    if (asWellAsAt(tokens, aw)) {
      for (let k = aw - 3; k >= 1 && aw - 3 - k <= 3 && tokens[k].kind === 'word'; k--) {
        const harm = statedFate(tokens, k);
        if (harm) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k };
      }
    }
  }
  // ("Ninety-two Americans were killed, as were eight Iraqi soldiers", "Two men died, as did three children": the
  // clause before's fate, said again)
  if (/^(were|was|did)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'as' && tokens[i - 2]?.text === ',') {
    const v = i - 3;
    // ("as did" only after an active death; "as were" after either)
    const harm = tokens[i].lower === 'did' ? statedFate(tokens, v, null) : statedFate(tokens, v);
    if (harm) return { link: { category: harm.category, casualtyIndex: v, side: 'before' }, distance: i - v };
  }
  // ("All but one passenger on board died along with at least 29 on the ground": who died with them share the fate)
  // ("was killed alongside at least 23 other people", "together with 12 others")
  const withWord = tokens[i]?.lower === 'with' && /^(along|together)$/.test(tokens[i - 1]?.lower ?? '') ? 2 : tokens[i]?.lower === 'alongside' ? 1 : 0;
  if (withWord) {
    let v = i - withWord;
    // ("were killed by Russian forces, along with at least 129 of the hostages": past the comma and the agent)
    if (tokens[v]?.text === ',') {
      const by = tokens.findIndex((t, k) => k < v && k >= v - 4 && t.lower === 'by' && tokens.slice(k + 1, v).every((x) => x.kind === 'word'));
      v = by > 0 ? by - 1 : v - 1;
    }
    // (never "are missing, along with one guide": one of the missing's own list, read where the list is)
    const fate = statedFate(tokens, v, /^(killed|injured|wounded|abducted|kidnapped)$/);
    const next = tokens[phrase.last + 1];
    const people = !next || next.kind === 'punct' || personNamedAfter(tokens, phrase.last + 1) || /^(others|on|in|at|from|aboard|inside)$/.test(next.lower)
      || (next.lower === 'of' && /^(the|those)$/.test(tokens[phrase.last + 2]?.lower ?? '') && isPersonWord(tokens[phrase.last + 3]?.lower ?? ''));
    const harm = people ? fate : null;
    if (harm) return { link: { category: harm.category, casualtyIndex: v, side: 'before' }, distance: i - v };
    // ("martyring local ANP leader Haroon Bilour along with 21 others": the object of a verb of harm, then others with it)
    // ("killed an independent candidate … along with two of his colleagues")
    const othersWith = tokens[phrase.last + 1]?.lower === 'others'
      || (tokens[phrase.last + 1]?.lower === 'of' && /^(his|her|their|its)$/.test(tokens[phrase.last + 2]?.lower ?? '') && isPersonWord(tokens[phrase.last + 3]?.lower ?? ''));
    if (!fate && othersWith) {
      for (let k = v; k >= 0 && v - k <= 10 && tokens[k].kind === 'word'; k--) {
        const verb = k < v ? CASUALTY_BEFORE[tokens[k].lower] : undefined;
        if (verb && verb !== 'casualties' && tokens.slice(k + 1, v + 1).some((t) => isPersonWord(t.lower))) return { link: { category: verb, casualtyIndex: k, side: 'before' }, distance: i - k };
      }
    }
  }
  const risen = risenTollBefore(tokens, q ? q.first : phrase.first);
  if (risen) return risen;
  // ("Costa Concordia Missing Rises to 29": the missing, the dead or the hurt as a headline's subject of a rise)
  if (tokens[i]?.lower === 'to' && RISE_VERBS.test(tokens[i - 1]?.lower ?? '') && /^(Missing|Dead|Injured|Wounded)$/.test(tokens[i - 2]?.text ?? '')) {
    const fate = casualtyAt(tokens, i - 2, CASUALTY_AFTER);
    if (fate) return { link: { category: fate.category, casualtyIndex: i - 2, side: 'before' }, distance: 2 };
  }
  // ("Estimates of those killed vary between 379 and 1,500", "Estimates of the death toll vary widely, ranging from 40,000
  // to 200,000": the harm whose estimates vary, named after the writing's "of", before the verb or its comma)
  {
    const varies = (k: number) => /^(vary|varies|varied|range|ranges|ranged|ranging|differ|differs|differed)$/.test(tokens[k]?.lower ?? '');
    let v = /^(between|from)$/.test(tokens[i]?.lower ?? '') ? i - 1 : i;
    const w = /ly$/.test(tokens[v - 2]?.lower ?? '') ? v - 3 : v - 2;
    if (tokens[v]?.lower === 'ranging' && tokens[v - 1]?.text === ',' && varies(w)) v = w;
    // ("Estimates of the number of people who died during the siege vary widely, from 632,253 to …": past a comma and
    // how widely, and a long "of" phrase in words)
    else if (tokens[v]?.text === ',' && varies(/ly$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1)) v = /ly$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1;
    const of = varies(v) ? tokens.findIndex((t, k) => k < v && (v - k <= 5 || (v - k <= 14 && tokens.slice(k, v).every((x) => x.kind === 'word'))) && t.lower === 'of' && /^(estimates|figures|counts|tolls)$/.test(tokens[k - 1]?.lower ?? '')) : -1;
    for (let k = v - 1; of > 0 && k > of; k--) {
      const harm = casualtyAt(tokens, k, CASUALTY_AFTER) ?? (tokens[k].lower === 'toll' ? { category: 'killed' as Category, width: 1 } : null);
      if (harm && harm.width === 1) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k };
    }
    // ("Historians still argue over German losses, with estimates ranging from 430,000 to 680,000": the harm named right
    // before the estimates; an army's losses, named by whose they were)
    if (spansFrom(tokens, phrase, q) && /^(ranging|varying)$/.test(tokens[v]?.lower ?? '') && /^(estimates|figures)$/.test(tokens[v - 1]?.lower ?? '')
      && tokens[v - 2]?.lower === 'with' && tokens[v - 3]?.text === ',') {
      const k = v - 4;
      const losses = tokens[k]?.lower === 'losses' && (/^\p{Lu}\p{Ll}/u.test(tokens[k - 1]?.text ?? '') || /^(army|military|human|troop|soviet|allied)$/.test(tokens[k - 1]?.lower ?? ''));
      const harm = losses ? { category: 'casualties' as Category } : /^(deaths|fatalities|casualties|injuries|toll|dead)$/.test(tokens[k]?.lower ?? '') ? (tokens[k].lower === 'toll' ? { category: 'killed' as Category } : casualtyAt(tokens, k, CASUALTY_AFTER)) : null;
      if (harm) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k };
    }
    // ("deaths blamed on Hurricane Katrina in 2005 range from about 1,200 to more than 1,800", "The toll ranges from 40
    // to 60": the harm itself is what varies, the clause's subject; a year may stand in what it is blamed on)
    // (only a range, or the low end with its "to" after it: never "varies between 100 and several hundred", a range
    // whose ends this reading cannot join)
    const spans = phrase.high !== undefined || tokens[phrase.last + 1]?.lower === 'to';
    if (of < 0 && spans && varies(v) && (v < i || /^(between|from)$/.test(tokens[phrase.first].lower) || /^(between|from)$/.test(tokens[q?.first ?? -1]?.lower ?? ''))) {
      for (let k = v - 1; k >= 0 && v - k <= 10 && (tokens[k].kind === 'word' || /^(1[89]|20)\d\d$/.test(tokens[k].text)); k--) {
        const harm = /^(deaths|fatalities|casualties|injuries|toll)$/.test(tokens[k].lower) ? (tokens[k].lower === 'toll' ? { category: 'killed' as Category } : casualtyAt(tokens, k, CASUALTY_AFTER)) : null;
        const opens = k === 0 || tokens[k - 1].kind === 'punct' || /^(the|death|estimated|official|reported)$/.test(tokens[k - 1].lower);
        if (harm && opens) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k };
      }
    }
  }
  // ("Italy had the most deaths at about 19,038": the most of a harm, then how many)
  if (tokens[i]?.lower === 'at' && /^(most|highest|largest|fewest)$/.test(tokens[i - 2]?.lower ?? '') && /^(deaths|fatalities|casualties|injuries|victims)$/.test(tokens[i - 1]?.lower ?? '')) {
    const harm = casualtyAt(tokens, i - 1, CASUALTY_AFTER);
    if (harm) return { link: { category: harm.category, casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("killed 5 people in the village: 3 soldiers and 2 civilians": the first of a list of people after a colon)
  // (never those blamed or held: "Death Toll Increased to 137: 11 Suspects Detained")
  const heldOrBlamed = PERPETRATORS.test(tokens[phrase.last + 1]?.lower ?? '') || /^suspects?$/.test(tokens[phrase.last + 1]?.lower ?? '')
    || /^(arrested|detained|held|rescued|evacuated|freed|released)$/.test(tokens[phrase.last + 2]?.lower ?? '');
  if (tokens[i]?.text === ':' && !heldOrBlamed && (isPersonWord(tokens[phrase.last + 1]?.lower ?? '') || personNamedAfter(tokens, phrase.last + 1))) {
    const opened = inclusionBefore(tokens, i + 1);
    if (opened) return { link: opened, distance: 1 };
  }
  // ("officials have not been able to account for 41 people": those no one can account for are missing)
  if (tokens[i]?.lower === 'for' && tokens[i - 1]?.lower === 'account' && tokens[i - 2]?.lower === 'to'
    && tokens.slice(Math.max(0, i - 7), i - 2).some((t) => /^(not|unable|cannot|never|n't|yet)$/.test(t.lower))
    && (isPersonWord(tokens[phrase.last + 1]?.lower ?? '') || !tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct')) {
    return { link: { category: 'missing', casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("put the number of deaths among the Indian army at 83 and injuries at 220": a second toll put at its count, its verb
  // left out)
  if (!q && tokens[i]?.lower === 'at' && tokens[i - 2]?.lower === 'and' && /^(injuries|wounded|injured|deaths|dead|missing|casualties)$/.test(tokens[i - 1]?.lower ?? '')
    && tokens.slice(Math.max(0, i - 24), i - 2).some((t) => /^(put|puts|placed|places|estimated|estimates|set|sets)$/.test(t.lower))) {
    return { link: { category: CASUALTY_AFTER[tokens[i - 1].lower], casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("Kidnappers are holding at least 30 people": a captor holding them)
  if (/^(holding|hold|holds|held)$/.test(tokens[i]?.lower ?? '') && captivity(tokens)
    && tokens.slice(Math.max(0, i - 4), i).some((t) => CAPTORS.test(t.lower))) return { link: { category: 'captured', casualtyIndex: i, side: 'before' }, distance: 1 };
  // ("where the condition of two is stated to be critical": whose state is grave are the wounded)
  if (!q && tokens[i]?.lower === 'of' && tokens[i - 1]?.lower === 'condition' && tokens[i - 2]?.lower === 'the' && /^(is|are|was|were)$/.test(tokens[phrase.last + 1]?.lower ?? '')) {
    if (graveStateAt(tokens, phrase.last + 2) > 0) return { link: { category: 'wounded', casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("Uvalde Memorial Hospital had received 14 patients", '"We have received two patients from the shooting': patients a
  // hospital takes in from an attack are its wounded; never patients of an illness)
  if (/^(received|receiving|admitted|admitting|treated|treating)$/.test(tokens[i]?.lower ?? '') && tokens[phrase.last + 1]?.lower === 'patients') {
    const fromEvent = tokens[phrase.last + 2]?.lower === 'from' && tokens.slice(phrase.last + 3, phrase.last + 6).some((t) => EVENT_NOUNS.has(t.lower));
    // (a hospital's count only beside the harm it treats: never "The clinic treated 40 patients last week")
    // ("our mobile clinics treated 41,200 patients, including 6,300 people with war-related injuries": never a harm told
    // only of a part of them)
    const part = tokens.findIndex((t, k) => k > phrase.last && t.lower === 'including');
    const byHospital = tokens.slice(Math.max(0, i - 6), i).some((t) => HOSPITAL_WORDS.test(t.lower))
      && tokens.slice(0, part > 0 ? part : tokens.length).some((t) => EVENT_NOUNS.has(t.lower) || CASUALTY_AFTER[t.lower] !== undefined);
    // ("treated 412 patients for dengue": or an illness named)
    const ill = tokens.some((t) => /^(cases|infections|infected|disease|illness|outbreak|cholera|fever|virus|covid|symptoms|flu)$/.test(t.lower) || DISEASES.test(t.lower));
    // ("a doctor from the hospital said he was treating 42 patients for gas poisoning": patients treated for a harm)
    const forHarm = byHospital || (tokens[phrase.last + 2]?.lower === 'for' && treatedHarmAt(tokens, phrase.last + 3));
    if ((fromEvent || forHarm) && !ill) return { link: { category: 'wounded', casualtyIndex: phrase.last + 1, side: 'before' }, distance: 1 };
  }
  // ("Rescuers treated a total of 18 people at the scene": those treated where it happened are its hurt)
  {
    const v = tokens[i]?.lower === 'of' && tokens[i - 1]?.lower === 'total' && tokens[i - 2]?.lower === 'a' ? i - 3 : i;
    const at = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    const scene = (tokens[at]?.lower === 'at' && tokens[at + 1]?.lower === 'the' && tokens[at + 2]?.lower === 'scene')
      || (tokens[at]?.lower === 'on' && tokens[at + 1]?.lower === 'scene');
    if (/^(treated|treating|treats)$/.test(tokens[v]?.lower ?? '') && scene) return { link: { category: 'wounded', casualtyIndex: v, side: 'before' }, distance: i - v + 1 };
  }
  // ("The condition of four patients remains extremely serious": the state of the hurt)
  if (tokens[i]?.lower === 'of' && tokens[i - 1]?.lower === 'condition') {
    const verb = tokens.findIndex((t, k) => k > phrase.last && k <= phrase.last + 5 && /^(is|are|was|were|remains|remain|remained)$/.test(t.lower));
    const state = verb > 0 && /^(extremely|very|still)$/.test(tokens[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
    if (verb > 0 && tokens.slice(phrase.last + 1, verb).every((t) => t.kind === 'word') && /^(serious|critical|grave|severe)$/.test(tokens[state]?.lower ?? '')) {
      return { link: { category: 'wounded', casualtyIndex: i - 1, side: 'before' }, distance: 1 };
    }
  }
  // ("A father who lost his two daughters", "she lost her three young sons": kin counted as lost are dead; the
  // possessive stands between the loss and the count)
  if (/^(his|her|their|my|our)$/.test(tokens[i]?.lower ?? '') && /^(lost|lose|loses|losing)$/.test(tokens[i - 1]?.lower ?? '')
    && [phrase.last + 1, phrase.last + 2].some((k) => isKinNoun(tokens[k]?.lower ?? ''))) {
    return { link: { category: 'killed', casualtyIndex: i - 1, side: 'before' }, distance: 1 };
  }
  // ("He lost his mother and his neighbour's two children", "The strike killed Ahmed's two sons": whose they were, a
  // possessive between the verb and the count)
  if (/\p{L}['’]s$/u.test(tokens[i]?.text ?? '') && tokens[i].kind === 'word') {
    // (a determiner or a name opens the possessive: never "The killed man's 3 children", whose verb is an adjective)
    let verb = /^(his|her|their|my|our|the|a|an)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : /^\p{Lu}/u.test(tokens[i].text) ? i - 1 : -1;
    // (after kin lost before: "lost his mother and his neighbour's two children")
    if (tokens[verb]?.lower === 'and' && isKinNoun(tokens[verb - 1]?.lower ?? '') && /^(his|her|their|my|our)$/.test(tokens[verb - 2]?.lower ?? '')) verb -= 3;
    const kin = [phrase.last + 1, phrase.last + 2].some((k) => isKinNoun(tokens[k]?.lower ?? ''));
    const people = kin || [phrase.last + 1, phrase.last + 2].some((k) => isPersonWord(tokens[k]?.lower ?? ''));
    const lost = /^(lost|lose|loses|losing)$/.test(tokens[verb]?.lower ?? '');
    const harm = lost ? (kin ? 'killed' : null) : people ? casualtyAt(tokens, verb, CASUALTY_BEFORE)?.category ?? null : null;
    if (harm) return { link: { category: harm, casualtyIndex: verb, side: 'before' }, distance: i - verb };
  }
  // ("a student who lost two cousins", "lost her husband and two sons": kin lost right before their count)
  const kinAfter = [phrase.last + 1, phrase.last + 2].some((k) => isKinNoun(tokens[k]?.lower ?? ''));
  const afterKin = tokens[i]?.lower === 'and' && isKinNoun(tokens[i - 1]?.lower ?? '') && /^(his|her|their|my|our)$/.test(tokens[i - 2]?.lower ?? '');
  // ("Man loses wife, four kids to attack", "loses wife and four children": a headline's kin with no possessive, joined by
  // "and" or a comma)
  const bareKin = !afterKin && /^(and|,)$/.test(tokens[i]?.lower ?? '') && isKinNoun(tokens[i - 1]?.lower ?? '') && /^(lost|loses|lose)$/.test(tokens[i - 2]?.lower ?? '');
  const lostAt = afterKin ? i - 3 : bareKin ? i - 2 : i;
  if (kinAfter && /^(lost|lose|loses|losing)$/.test(tokens[lostAt]?.lower ?? '')) {
    return { link: { category: 'killed', casualtyIndex: lostAt, side: 'before' }, distance: 1 };
  }
  // ("A couple were killed with their two young children", "died along with his three sons": kin who shared the fate)
  // ("drowned with eight of his crew", "was killed with two of his sons": or a part of their own people)
  const partOfOwn = tokens[i]?.lower === 'with' && tokens[phrase.last + 1]?.lower === 'of' && /^(his|her|their)$/.test(tokens[phrase.last + 2]?.lower ?? '');
  const withAt = partOfOwn ? i : /^(his|her|their)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'with' ? i - 1 : -1;
  if (withAt > 0) {
    let verb = tokens[withAt - 1]?.lower === 'along' ? withAt - 2 : withAt - 1;
    // ("was killed in a strike on her home in December, along with her two daughters": the fate further back, its clause
    // set off by a comma, no count between)
    if (tokens[withAt - 1]?.lower === 'along' && tokens[withAt - 2]?.text === ',') {
      for (let k = withAt - 3; k >= 1 && withAt - k <= 17 && tokens[k].kind === 'word'; k--) {
        if (isCountToken(tokens[k])) break;
        if (/^(was|were)$/.test(tokens[k - 1]?.lower ?? '') && /^(killed|injured|wounded)$/.test(tokens[k].lower)) { verb = k; break; }
        if (/^(died|drowned|perished)$/.test(tokens[k].lower)) { verb = k; break; }
      }
    }
    const fate = casualtyAt(tokens, verb, CASUALTY_AFTER);
    let noun = partOfOwn ? phrase.last + 3 : phrase.last + 1;
    while (!partOfOwn && noun < tokens.length && noun - phrase.last <= 3 && tokens[noun].kind === 'word' && !isKinNoun(tokens[noun].lower) && !isPersonWord(tokens[noun].lower)) noun++;
    if (fate && fate.width === 1 && (isKinNoun(tokens[noun]?.lower ?? '') || isPersonWord(tokens[noun]?.lower ?? ''))) return { link: { category: fate.category, casualtyIndex: verb, side: 'before' }, distance: 1 };
  }
  // ("we've rushed about 46 people to the hospital": the ones taken there are the wounded)
  if (/^(rushed|took|taken|brought|airlifted|ferried|transported|evacuated)$/.test(tokens[i]?.lower ?? '')) {
    let to = phrase.last + 1;
    while (to < tokens.length && to - phrase.last <= 3 && tokens[to].kind === 'word' && tokens[to].lower !== 'to') to++;
    if (to > phrase.last + 1 && isPersonWord(tokens[to - 1].lower) && tokens[to]?.lower === 'to' && toHospital(tokens, to + 1)) return { link: { category: 'wounded', casualtyIndex: i, side: 'before' }, distance: 1 };
  }
  // ("Fatalities 270 (259 in aircraft, 11 on ground)", "Deaths 14 (13 immediate, 1 died 4½ months later)": an info
  // box's label opening the line, right before its count)
  // ("Deaths | 21,857 |": or a table's cell after it)
  const cell = tokens[i]?.text === '|' && i === 1;
  // ("Death(s) 17 total", "Death(s) At least 170 in total (including some 130 hostages)": a label with its plural in
  // brackets, and the total said)
  const plural = tokens[0]?.text === 'Death' && tokens[1]?.text === '(' && tokens[2]?.lower === 's' && tokens[3]?.text === ')' && i === 3;
  const total = tokens[phrase.last + 1]?.lower === 'total' || (tokens[phrase.last + 1]?.lower === 'in' && tokens[phrase.last + 2]?.lower === 'total');
  // ("Deaths | 106 Lebanese civilians |", "Injured | 116 Lebanese civilians and 4 Fijian UN peacekeepers |": the cell
  // names who, up to its close or the next count)
  let who = phrase.last + 1;
  while (cell && who < tokens.length && who - phrase.last <= 4 && tokens[who].kind === 'word' && tokens[who].lower !== 'and') who++;
  const peopleInCell = cell && who > phrase.last + 1 && isPersonWord(tokens[who - 1].lower) && (tokens[who]?.text === '|' || tokens[who]?.lower === 'and');
  // ("Deaths Estimated around 1 million", "Deaths Estimated 40,000": how the count was had, between the label and it)
  const estimated = tokens[1]?.lower === 'estimated' && (i === 1 || q?.first === 1);
  // ("Deaths 161+ or 200+ (Human Rights Watch)", "Deaths 161+, 200+, …": a count with its plus, then the line's other
  // counts or who gives it)
  const ends = tokens[phrase.last + 1]?.text === '+' ? phrase.last + 2 : phrase.last + 1;
  const plusAndMore = ends === phrase.last + 2 && (!tokens[ends] || /^(\(|,|or)$/.test(tokens[ends].lower));
  // (and the later counts of that line: "Deaths 161+ or 200+", "Deaths 161+, 200+, may be as many as 500-1000")
  const start = q ? q.first : phrase.first;
  const afterCounts = start > 2 && tokens[1]?.kind === 'digits' && tokens.slice(1, start).every((t) => t.kind === 'digits' || /^(\+|,|or|may|be|possibly|perhaps)$/.test(t.lower));
  // ("Non-fatal injuries At least 4": a two-word label for the hurt)
  // ("Non-fatal injuries80+[2]": with its plus, and the page's note after it)
  if (/^non-?fatal$/.test(tokens[0]?.lower ?? '') && /^injur(?:y|ies)$/.test(tokens[1]?.lower ?? '') && (i === 1 || q?.first === 2) && (!tokens[ends] || /^[([]$/.test(tokens[ends].text))) {
    return { link: { category: 'wounded', casualtyIndex: 1, side: 'before' }, distance: 1 };
  }
  // ("Casualties and losses	c. 8,000 (see §Aftermath)	c. 12,000–15,000": a battle's info box row, a count for each
  // side after its label, with no words of their own but notes in brackets)
  if (tokens[0]?.text === 'Casualties' && tokens[1]?.lower === 'and' && tokens[2]?.lower === 'losses' && (q ? q.first : phrase.first) >= 3
    && lowerWordsOutsideBrackets(tokens) - tokens.filter((t) => t.lower === 'c').length <= 2 && (!tokens[ends] || /^[(–—-]$/.test(tokens[ends].text) || isCountToken(tokens[ends]) || tokens[ends].lower === 'c')) {
    return { link: { category: 'casualties', casualtyIndex: 0, side: 'before' }, distance: 1 };
  }
  // ("Total deaths 1.5 to 4 million": the label's "Total" before it)
  // ("Ground fatalities 11", "Civilian deaths 430": or whose they were)
  const label = /^(Total|Ground|Civilian|Military|Confirmed|Reported)$/.test(tokens[0]?.text ?? '') && /^(deaths|dead|fatalities|injuries|injured|wounded|missing|casualties)$/.test(tokens[1]?.lower ?? '') ? 1 : 0;
  if (label === 1 && (q ? q.first === 2 : i === 1) && (!tokens[ends] || tokens[ends].text === '(')) {
    return { link: { category: CASUALTY_AFTER[tokens[1].lower], casualtyIndex: 1, side: 'before' }, distance: 1 };
  }
  if ((!q || plural || estimated || afterCounts) && (i === 0 || cell || plural || estimated || afterCounts) && (plural || /^(Deaths|Dead|Fatalities|Injuries|Injured|Wounded|Missing|Casualties)$/.test(tokens[0].text))
    && (!tokens[ends] || tokens[ends].text === '(' || plusAndMore || (cell && tokens[phrase.last + 1].text === '|') || peopleInCell || (plural && total))) {
    return { link: { category: plural ? 'killed' : CASUALTY_AFTER[tokens[0].lower], casualtyIndex: 0, side: 'before' }, distance: 1 };
  }
  // ("Date 14 August 2023 Location Maui, Hawaii Deaths 102", "Deaths 1,536 (official) Missing 37": an info box's fields
  // glued into one line, a label right before its count, the line's words all labels and values)
  // ("Weapons AK-47 rifles Deaths 14": a field's lower-case value may end right before the label)
  // ("Date 7 October 2023 Attack type Mass shooting, hostage-taking Deaths 1,195 Injured 3,400+": a line of two labels of
  // harm or more may hold a few more lower-case values)
  // (read only where a label asks for it: most counts stand at no label)
  const boxLine = () => !endsLikeRunningText(tokens.map((t) => t.text).join(' '))
    && lowerWordsOutsideBrackets(tokens) <= (tokens.filter((t) => INFO_BOX_LABEL.test(t.text)).length >= 2 ? 5 : 3);
  if (!q && INFO_BOX_LABEL.test(tokens[i]?.text ?? '')
    // ("Fatalities 0 Survivors 185": or before any field's label and its count)
    // ("Fatalities 0 Property damage $1.2 billion": or any field's label, on a line that is no running text)
    && (!tokens[ends] || tokens[ends].text === '(' || (/^\p{Lu}\p{Ll}+$/u.test(tokens[ends].text) && tokens[ends].kind === 'word' && ((tokens[ends + 1] !== undefined && isCountToken(tokens[ends + 1])) || boxLine())))
    // (words inside brackets are a field's note, "Deaths 183 (13 US service members, 170 Afghan civilians)")
    && (lowerWordsOutsideBrackets(tokens) <= 2 || boxLine())) {
    return { link: { category: CASUALTY_AFTER[tokens[i].lower], casualtyIndex: i, side: 'before' }, distance: 0 };
  }
  // ("… Deaths 35 (including 4 attackers) Non-fatal injuries 112": the label of the hurt further on the line)
  if (!q && /^injur(?:y|ies)$/.test(tokens[i]?.lower ?? '') && /^non-?fatal$/i.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1].text) && boxLine()) {
    return { link: { category: 'wounded', casualtyIndex: i, side: 'before' }, distance: 0 };
  }
  // ("Number of cases 1,32,121 Number of deaths 2420": a table's label right before its count)
  if (!q && tokens[i - 1]?.lower === 'of' && /^numbers?$/.test(tokens[i - 2]?.lower ?? '') && /^(deaths|dead|fatalities|injuries|injured|wounded|missing|casualties)$/.test(tokens[i]?.lower ?? '')) {
    return { link: { category: CASUALTY_AFTER[tokens[i].lower], casualtyIndex: i, side: 'before' }, distance: 1 };
  }
  // ("Confederate dead and wounded in the meantime were about 6,500": the dead and the hurt together, as the subject)
  if (/^(were|was|numbered|totaled|totalled|stood)$/.test(tokens[i]?.lower ?? '')) {
    for (let k = i - 1; k >= 2 && i - k <= 6 && tokens[k].kind === 'word'; k--) {
      const pair = tokens[k - 1]?.lower === 'and' ? [tokens[k - 2]?.lower, tokens[k].lower] : null;
      if (pair && ((/^(dead|killed)$/.test(pair[0] ?? '') && /^(wounded|injured)$/.test(pair[1])) || (/^(wounded|injured)$/.test(pair[0] ?? '') && /^(dead|killed)$/.test(pair[1])))) {
        return { link: { category: 'casualties', casualtyIndex: k, side: 'before' }, distance: i - k };
      }
    }
  }
  // ("deaths … ranged from a low of 12,000 (during 2011-2012) to a high of 56,000": the ends of a range named apart)
  if (!q && tokens[i]?.lower === 'of' && /^(low|high|peak|minimum|maximum)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'a' && /^(from|to)$/.test(tokens[i - 3]?.lower ?? '')) {
    for (let k = i - 4; k >= 0 && i - k <= 24; k--) {
      if (tokens[k].text === '.' || tokens[k].text === ';') break;
      if (!/^(ranged|ranging|range|ranges|varied|varying|varies)$/.test(tokens[k].lower)) continue;
      for (let n = k - 1; n >= 0 && k - n <= 6 && tokens[n].kind === 'word'; n--) {
        const c = casualtyAt(tokens, n, CASUALTY_AFTER);
        if (c && c.width === 1 && /^(deaths|dead|fatalities|casualties|injuries|killings)$/.test(tokens[n].lower)) return { link: { category: c.category, casualtyIndex: n, side: 'before' }, distance: i - n };
      }
      break;
    }
  }
  // ("Flu deaths this season have included 30 children": the group's noun, when it is the subject of "included")
  if (!q && /^(included|include|includes)$/.test(tokens[i]?.lower ?? '') && /^(have|has|had)$/.test(tokens[i - 1]?.lower ?? '')) {
    for (let n = i - 2; n >= 0 && i - n <= 6 && tokens[n].kind === 'word'; n--) {
      const c = casualtyAt(tokens, n, CASUALTY_AFTER);
      if (c && c.width === 1 && /^(deaths|dead|fatalities|casualties|victims|injured|wounded)$/.test(tokens[n].lower)) return { link: { category: c.category, casualtyIndex: n, side: 'before' }, distance: i - n };
    }
  }
  // ("More than half of those deaths, or 163,537, were never documented": the deaths restated as a count between commas)
  // ("Approximately 12-13% of those killed, or about 180 people, were children": with a bound and its people)
  const restatedEnd = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  if ((!q || /^(about|around|some|nearly|almost|roughly|approximately)$/.test(tokens[q.first]?.lower ?? '')) && tokens[i]?.lower === 'or' && tokens[i - 1]?.text === ',' && /^[,)]$/.test(tokens[restatedEnd]?.text ?? '')) {
    const c = casualtyAt(tokens, i - 2, CASUALTY_AFTER);
    if (c && c.width === 1 && /^(deaths|dead|killed|fatalities|victims|casualties|injured|wounded|injuries|missing)$/.test(tokens[i - 2].lower)) {
      return { link: { category: c.category, casualtyIndex: i - 2, side: 'before' }, distance: 2 };
    }
  }
  // ("Study estimates Puerto Rico deaths from Hurricane Maria at nearly 3,000", "Officials put deaths in the region at
  // 300": a verb that puts a toll at a figure, with what the deaths are of between)
  // ("The General Staff reports total combat losses of the enemy from 24.02.22 to 09.10.25 at about 1,121,720
  // personnel": an army's losses, reported, and the dates they run between)
  if (tokens[i]?.lower === 'at') {
    const dated = (k: number) => tokens[k].kind === 'digits' && /^(from|to|since)$/.test(tokens[k - 1]?.lower ?? '');
    for (let k = i - 2; k >= 1 && i - k <= 12 && (tokens[k].kind === 'word' || dated(k)); k--) {
      if (!/^(deaths|dead|fatalities|casualties|losses)$/.test(tokens[k].lower)) continue;
      if (!/^(from|in|of|among|during|since)$/.test(tokens[k + 1].lower)) break;
      if (tokens.slice(Math.max(0, k - 5), k).some((x) => /^(put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating|reports|reported)$/.test(x.lower))) {
        return { link: { category: /^(casualties|losses)$/.test(tokens[k].lower) ? 'casualties' : 'killed', casualtyIndex: k, side: 'before' }, distance: i - k };
      }
      break;
    }
  }
  // ("our estimate of civilian deaths in Tigray of 518k", "a death toll in Gaza of over 40,000": where they died, between
  // the deaths and their figure)
  if (tokens[i]?.lower === 'of' && tokens[i - 1]?.kind === 'word') {
    for (let k = i - 2; k >= 1 && i - k <= 5 && tokens[k].kind === 'word'; k--) {
      if (!/^(deaths|dead|fatalities|casualties|toll)$/.test(tokens[k].lower)) continue;
      if (tokens[k + 1].lower !== 'in' || !tokens.slice(k + 2, i).every((x) => /^\p{Lu}/u.test(x.text) || x.lower === 'the')) break;
      const category: Category = tokens[k].lower === 'casualties' ? 'casualties' : 'killed';
      return { link: { category, casualtyIndex: k, side: 'before' }, distance: i - k };
    }
  }
  // ('Ukraine had lost "up to 700 servicemen"': a quote opened between the verb and the count)
  // ('its forces had "eliminated" up to 230 Ukrainian servicemen': or the verb alone quoted, its quote closed before the count)
  // ("Mali army says it killed 'dozens' of jihadists": a headline's single marks too)
  if ((/^[“"‘']$/.test(tokens[i]?.text ?? '') || (/^[”"]$/.test(tokens[i]?.text ?? '') && /^[“"]$/.test(tokens[i - 2]?.text ?? '')))
    && tokens[i - 1]?.kind === 'word' && (KILLS_PEOPLE_ONLY.has(tokens[i - 1].lower) || casualtyAt(tokens, i - 1, CASUALTY_BEFORE))) i--;
  let steps = 0;
  // ("The victims were said to be two men and one woman": what is said of them, a copula all the same)
  if (tokens[i]?.lower === 'be' && tokens[i - 1]?.lower === 'to' && /^(said|believed|thought|reported|understood|known|confirmed)$/.test(tokens[i - 2]?.lower ?? '')
    && /^(were|was|are|is)$/.test(tokens[i - 3]?.lower ?? '')) i -= 3;
  // ("wounding him and seven others": the one named first, joined to the count)
  if (tokens[i]?.lower === 'and' && /^(him|her|them|himself|herself|themselves)$/.test(tokens[i - 1]?.lower ?? '')) i -= 2;
  // ("bringing the total since Sunday to 77", "the total so far to 77": when, between the figure's noun and its "to")
  const when = (x: Token | undefined) => x !== undefined && (/^(since|so|far|this|last|on|week|month|year|weekend|today|yesterday)$/.test(x.lower) || WEEKDAY.test(x.lower) || MONTHS.has(x.lower) || isYearToken(x));
  // ("bringing the number recovered to 46": or the participle of the bodies found, after a count of them before)
  // ("announced 160 dead, then revised the figure down to 157": or which way it moved)
  const between = (x: Token | undefined) => when(x) || /^(recovered|retrieved|found|identified|down|up)$/.test(x?.lower ?? '');
  if (tokens[i]?.lower === 'to' && between(tokens[i - 1])) {
    let k = i - 1;
    while (k > 0 && i - k <= 4 && between(tokens[k])) k--;
    if (FIGURE_NOUNS.has(tokens[k]?.lower ?? '') && tokens[k].lower !== 'toll') { i = k; steps = 1; }
  }
  // ("announced 160 dead, and the UN later put it at 157": "it", a figure told before, put at a new one)
  if (tokens[i]?.lower === 'at' && tokens[i - 1]?.lower === 'it' && /^(put|puts|putting|placed|places|placing)$/.test(tokens[i - 2]?.lower ?? '') && tokens.slice(0, i - 2).some(isCountToken)) {
    for (let k = i - 3; k >= 0; k--) {
      const c = casualtyAt(tokens, k, CASUALTY_AFTER);
      if (c && c.width === 1 && c.category !== 'captured') return { link: { category: c.category, casualtyIndex: k, side: 'before' }, distance: 2 };
    }
  }
  // ("bringing the total documented by our monitors since the February 2021 coup to 6,214": a long phrase on the total,
  // between it and its "to", after the participle that changes it)
  if (tokens[i]?.lower === 'to' && steps === 0) {
    for (let k = i - 1; k > 1 && i - k <= 14 && (tokens[k].kind === 'word' || isYearToken(tokens[k])); k--) {
      // (never the total of some other noun, nor past a casualty word of the phrase's own: "the number of dead to seven")
      if (tokens[k].lower === 'of' || casualtyAt(tokens, k, CASUALTY_AFTER)) break;
      if (FIGURE_NOUNS.has(tokens[k].lower) && tokens[k].lower !== 'toll' && tokens[k - 1]?.lower === 'the' && /^(bringing|raising|taking|pushing|lifting)$/.test(tokens[k - 2]?.lower ?? '')) { i = k; steps = 1; break; }
    }
  }
  for (; i >= 0 && steps < 6; i--, steps++) {
    const t = tokens[i];
    // ("The toll of 15 rose to 17": past the toll's own earlier count, to the toll)
    if (steps > 0 && isCountToken(t) && tokens[i - 1]?.lower === 'of' && /^(toll|tally|count)$/.test(tokens[i - 2]?.lower ?? '')
      && /^(rose|risen|climbed|jumped|reached|increased|grew|went|was|stood|has|had)$/.test(tokens[i + 1]?.lower ?? '')) { i--; continue; }
    // ("the killing by Israeli forces of almost 800 Palestinians": the agent between the key and its "of")
    if (t.lower === 'of' && steps <= 1) {
      // ("the execution by the Soviet NKVD in 1940 of 14,700 Polish army officers": and when, a year)
      const by = tokens.findIndex((x, j) => j >= i - 8 && j < i - 1 && x.lower === 'by' && tokens.slice(j + 1, i).every((y) => y.kind === 'word' || isYearToken(y)));
      const key = by > 0 ? CASUALTY_BEFORE[`${tokens[by - 1].lower} of`] : undefined;
      if (key && /^(killing|killings|murder|murders|execution|executions|massacre|abduction|abductions|kidnapping|deaths|death)$/.test(tokens[by - 1].lower)) {
        return { link: { category: key, casualtyIndex: by - 1, side: 'before' }, distance: steps + 1 };
      }
    }
    // a two-word key ending at i ("death toll", "deaths of")
    const two = i > 0 ? casualtyAt(tokens, i - 1, CASUALTY_BEFORE) : null;
    // ("averting the death of 157 passengers", "saved the lives of 40": a death prevented is none; nor "endangered
    // the lives of tens of thousands", a death risked)
    if (two && two.width === 2) {
      const verb = i - 1 - (/^(the|a)$/.test(tokens[i - 2]?.lower ?? '') ? 2 : 1);
      // ("initially claimed the life of one security official": a single life only as an attack's taking)
      if (tokens[i - 1].lower === 'life' && !/^(claimed|claiming|claims|took|taken|takes|taking|cost|costing|costs)$/.test(tokens[verb]?.lower ?? '')) return null;
      if (/^(avert|averts|averted|averting|prevent|prevents|prevented|preventing|avoid|avoids|avoided|avoiding|save|saves|saved|saving|spare|spared|sparing|endanger|endangers|endangered|endangering|threaten|threatens|threatened|threatening|risk|risks|risked|risking|imperil|imperils|imperilled|imperiled)$/.test(tokens[verb]?.lower ?? '')) return null;
    }
    if (two && two.width === 2) {
      // "Among the missing were 27 miners", not "Missing were two of the team's regular players"
      // ("the deaths of 23 soldiers and the disappearance of at least eight others": others are people)
      if (two.category === 'missing' && !personNamedAfter(tokens, phrase.last + 1) && !(tokens[phrase.last + 1]?.lower === 'others' && /^disappearances?$/.test(tokens[i - 1]?.lower ?? ''))) return null;
      // ("the tragic loss of 141 humanitarians", never "the loss of 300 jobs")
      if (tokens[i - 1]?.lower === 'loss' && tokens[i]?.lower === 'of' && !personNamedAfter(tokens, phrase.last + 1)) return null;
      // ("shot down two drones", "shooting down 12 protesters": only people shot down are killed)
      if (tokens[i]?.lower === 'down' && /^(shot|shooting|shoots)$/.test(tokens[i - 1]?.lower ?? '') && !personNamedAfter(tokens, phrase.last + 1)) return null;
      // ("resulting in the deaths or injuries of 19 officers": two fates joined are casualties)
      // ("Death and Injury of 500 people": a headline's singulars)
      const fate = (w: string | undefined) => /^(deaths?|injury|injuries)$/.test(w ?? '') ? w!.slice(0, 4) : null;
      if (tokens[i]?.lower === 'of' && fate(tokens[i - 1]?.lower) && /^(or|and)$/.test(tokens[i - 2]?.lower ?? '')
        && fate(tokens[i - 3]?.lower) && fate(tokens[i - 3].lower) !== fate(tokens[i - 1].lower)) {
        return { link: { category: 'casualties', casualtyIndex: i - 1, side: 'before' }, distance: steps };
      }
      return { link: { category: two.category, casualtyIndex: i, side: 'before' }, distance: steps };
    }
    const one = casualtyAt(tokens, i, CASUALTY_BEFORE);
    // "executed 1,300 aerial and naval attacks": a verb that also does things kills only people
    // ("hanged 3 flags on the wall": or hangs them)
    if (one && /^(execut(ed|ing|es)|hanged)$/.test(t.lower) && !personNamedAfter(tokens, phrase.last + 1)) return null;
    // ("seized 3 tons of cocaine": seized is captured only of people)
    if (one && t.lower === 'seized' && !personNamedAfter(tokens, phrase.last + 1)) return null;
    // ("The photographer captured 300 images", "Rebels hold 12 towns … and captured two more": captured is of people
    // only)
    if (one && /^(captured|captures|capture|capturing)$/.test(t.lower) && !personNamedAfter(tokens, phrase.last + 1)) {
      const next = tokens[phrase.last + 1];
      if (next?.kind === 'word' && !/^(more|others|of|alive|in|on|at|during|this|last|and|or|near|from|after|since|including)$/.test(next.lower) && !isPersonWord(next.lower)) return null;
      const thingBefore = [...tokens.slice(0, i)].reverse().find((x) => NON_PERSON_NOUNS.has(x.lower) || (isPersonWord(x.lower) && /s$/.test(x.lower)));
      if (thingBefore && NON_PERSON_NOUNS.has(thingBefore.lower)) return null;
    }
    // ("indiscriminately shot hundreds of people in the legs to prevent them from fleeing": shot where it wounds)
    if (/^(shot|shoots|shooting)$/.test(t.lower) && steps <= 2) {
      let k = phrase.last + 1;
      if (tokens[k]?.lower === 'of') k++;
      while (k < tokens.length && k - phrase.last <= 3 && isPersonWord(tokens[k].lower)) k++;
      if (k > phrase.last + 1 && tokens[k]?.lower === 'in' && /^(the|their|his|her)$/.test(tokens[k + 1]?.lower ?? '') && WOUNDING_SHOT.test(tokens[k + 2]?.lower ?? '')) {
        return { link: { category: 'wounded', casualtyIndex: i, side: 'before' }, distance: steps };
      }
    }
    if (one) {
      // "claimed 40 lives" needs its noun; bare "claimed" is a say-verb.
      // ("claims none of their fighters were wounded": a claim, then people with a fate of their own)
      if (t.lower === 'claims' && tokens[phrase.last + 1]?.lower === 'of') return null;
      if ((t.lower === 'claimed' || t.lower === 'claiming')) {
        // ("claimed three more lives")
        const gap = /^(more|other|further|additional|innocent|young)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? 2 : 1;
        const next = tokens[phrase.last + gap]?.lower;
        // ("The Oklahoma City bombing claimed 168 people": an event that claims people takes their lives)
        const eventClaims = isPersonWord(next ?? '') && tokens.slice(Math.max(0, i - 8), i).some((x) => EVENT_NOUNS.has(x.lower));
        // ("claimed one life", "claimed another life")
        if (next !== 'lives' && next !== 'victims' && !eventClaims && !(next === 'life' && phrase.value === 1)) return null;
      }
      // ("He has 300 friends online and was killed at 24": one person's age, after a singular passive)
      if (tokens[i + 1]?.lower === 'at' && phrase.first === i + 2 && /^(was|is)$/.test(tokens[i - 1]?.lower ?? '') && phrase.value <= 120) return null;
      if (t.lower === 'dead' || t.lower === 'deaths' || t.lower === 'casualties') {
        // a noun before the number only through a toll verb ("deaths rose to 40"), never
        // right before it ("Evil Dead 2") nor as an age ("Dead at 69")
        // ("casualties top 320,000": the qualifier is that verb)
        if (steps === 0 && !(q && QUALIFYING_VERBS.includes(tokens[q.first].lower))) return null;
        // ... but "the number of dead at 50" is a figure
        // ("estimates the number of Russian troops casualties at more than 44,000")
        const numberOf = tokens.slice(Math.max(0, i - 5), i).some((x, d) => x.lower === 'of' && FIGURE_NOUNS.has(tokens[Math.max(0, i - 5) + d - 1]?.lower ?? ''));
        // ("Ukraine on Monday put Russian troop deaths at 11,000": a verb that puts a toll at a figure)
        // ("AP reported deaths at 225,000": a report's count at the end of its clause)
        const reportedAt = /^(reported|reports|recorded|records)$/.test(tokens[i - 1]?.lower ?? '') && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct');
        // ("…, estimating the dead at around 100", "putting the dead at 100": or the participle)
        const putAt = reportedAt || tokens.slice(Math.max(0, i - 6), i).some((x) => /^(put|puts|putting|placed|places|placing|estimated|estimates|estimate|estimating)$/.test(x.lower))
          || secondTollGivenAlike(tokens, i);
        // ("migrant shipwreck with confirmed dead at 79", "…; confirmed dead at 78": the confirmed dead as a noun, never
        // "Singer confirmed dead at 69")
        const confirmedDead = t.lower === 'dead' && tokens[i - 1]?.lower === 'confirmed' && (i < 2 || tokens[i - 2].kind === 'punct' || /^(the|with|and)$/.test(tokens[i - 2].lower));
        if (steps === 1 && tokens[i + 1]?.lower === 'at' && !numberOf && !putAt && !confirmedDead) return null;
      }
      // ("an explosion … fatally injured one worker", "fatally stabbed two people": hurt, and fatally, is killed)
      const fatally = one.category === 'wounded' && /^(fatally|mortally|lethally)$/.test(tokens[i - 1]?.lower ?? '');
      return { link: { category: fatally ? 'killed' : one.category, casualtyIndex: i, side: 'before' }, distance: steps };
    }
    // ("Two women gendarmes were killed, two male police officers and four civilians, they added.": the list of the
    // killed goes on after its verb, up to who says it)
    if (t.text === ',' && steps === 0 && /^(were|was)$/.test(tokens[i - 2]?.lower ?? '') && /^(killed|wounded|injured|kidnapped|abducted)$/.test(tokens[i - 1]?.lower ?? '')
      && tokens.slice(Math.max(0, i - 8), i - 2).some((x) => x.kind === 'digits' || isNumberWord(x.lower))) {
      let k = phrase.last + 1;
      while (k < tokens.length && (tokens[k].kind === 'word' || tokens[k].kind === 'digits' || tokens[k].text === ',') && !AUXILIARIES.has(tokens[k].lower)
        && !SAY_VERBS.has(tokens[k].lower) && !casualtyAt(tokens, k, CASUALTY_AFTER) && !(tokens[k].text === ',' && SAY_VERBS.has(tokens[k + 2]?.lower ?? ''))) k++;
      const said = tokens[k]?.text === ',' && SAY_VERBS.has(tokens[k + 2]?.lower ?? '') && /^(they|he|she|officials|police)$/.test(tokens[k + 1]?.lower ?? '');
      if ((said || /^[.]$/.test(tokens[k]?.text ?? '') || k >= tokens.length) && isPersonWord(tokens[k - 1]?.lower ?? '')) {
        const c = casualtyAt(tokens, i - 1, CASUALTY_AFTER);
        if (c) return { link: { category: c.category, casualtyIndex: i - 1, side: 'before' }, distance: 1 };
      }
    }
    // "Death toll: 45", "Killed: 12"
    // ("three killed—two policemen and a district police chief": a dash after a total opens its breakdown)
    const breakdownDash = /^[—–]$/.test(t.text) && figureBefore(tokens, i - 1);
    // ("as many as half a million people have died so far: between 50,000 and 100,000 from the fighting": when, before the colon)
    // ("Deaths (confirmed): 56": a word on the key in brackets before the colon)
    const bracketed = t.text === ':' && tokens[i - 1]?.text === ')' && tokens[i - 3]?.text === '(' && tokens[i - 2]?.kind === 'word';
    const colonKey = bracketed ? i - 4 : t.text === ':' && /^(far|now|already|yet)$/.test(tokens[i - 1]?.lower ?? '') ? (tokens[i - 1].lower === 'far' && /^(so|thus)$/.test(tokens[i - 2]?.lower ?? '') ? i - 3 : i - 2) : i - 1;
    // ("The death toll — 112 as of Friday, per the ministry — is expected to rise": a toll, then its figure after a
    // dash)
    // ("So many died — 312 by the last count — that the morgue ran out of space": or a fate, the figure between dashes)
    const tollDash = /^[—–]$/.test(t.text) && (/^(toll|tally)$/.test(tokens[i - 1]?.lower ?? '')
      || (/^(died|killed|dead|perished|injured|wounded|missing)$/.test(tokens[i - 1]?.lower ?? '') && tokens.slice(phrase.last + 1, phrase.last + 7).some((x) => x.text === t.text)));
    if ((t.text === ':' || breakdownDash || tollDash) && steps === 0 && colonKey >= 0 && (CASUALTY_AFTER[tokens[colonKey].lower] || tokens[colonKey].lower === 'toll')) {
      const c = tokens[colonKey].lower === 'toll' ? 'killed' : CASUALTY_AFTER[tokens[colonKey].lower];
      return { link: { category: c, casualtyIndex: colonKey, side: 'before' }, distance: 1 };
    }
    // "Liberia accounts for the most deaths (3,587)", "Probable deaths = 208": the count in brackets, between dashes or after an equals sign
    // ("Most of the victims — 184 — were found in Amatrice": between dashes)
    const dashed = /^[—–]$/.test(t.text) && tokens[phrase.last + 1]?.text === t.text;
    if (steps === 0 && i > 0 && ((t.text === '(' && tokens[phrase.last + 1]?.text === ')') || t.text === '=' || dashed)
      && /^(deaths|dead|killed|casualties|fatalities|injuries|injured|wounded|missing|victims|killings)$/.test(tokens[i - 1].lower)) {
      return { link: { category: CASUALTY_AFTER[tokens[i - 1].lower], casualtyIndex: i - 1, side: 'before' }, distance: 1 };
    }
    // "Among the dead, not all of whom were identified, were 608 rebels": an aside after the casualty word
    if (t.text === ',' && steps > 0) {
      const open = asideAfterCasualty(tokens, i);
      if (open !== null) { i = open; continue; }
    }
    // "the injured people included seven children" (a two-word key, "dead included", is read below)
    // ("Among those killed in the quake were also three Chinese nationals": "also" between the key and the list)
    // ("Among the dead are also reported 342 government forces members": an agentless "reported" there too)
    const beforeAside = steps === 0 && t.lower === 'reported' ? (tokens[i - 1]?.lower === 'also' ? i - 2 : i - 1) : steps === 0 && t.lower === 'also' ? i - 1 : i;
    const keyAt = beforeAside < i && /^(were|was|are|is|included|include|includes)$/.test(tokens[beforeAside]?.lower ?? '') ? beforeAside : i;
    const listed = steps === 0 && keyAt > 1 && (keyAt < i || !INCLUSIONS.has(`${tokens[keyAt - 1].lower} ${tokens[keyAt].lower}`)) ? inclusionKeyAt(tokens, keyAt, keyAt) : null;
    if (listed) return { link: { category: listed, casualtyIndex: i, side: 'before' }, distance: steps };
    // "The dead included a local journalist and two aid workers": a later member of the list
    // ("included two foreigners … as well as two local residents")
    // ("The victims included a six-month-old child, along with eight men")
    const alongWith = steps === 0 && alongWithAt(tokens, i);
    const asWellAs = asWellAsAt(tokens, i) || alongWith;
    // ("Fatalities included the hotel owner; a legislator; two press photographers; and at least three soldiers": a list
    // whose items are set apart by semicolons)
    const semicolon = t.text === ';' || (t.lower === 'and' && tokens[i - 1]?.text === ';');
    if (t.lower === 'and' || t.text === ',' || asWellAs || semicolon) {
      const opened = inclusionBefore(tokens, asWellAs ? i - 2 : i, semicolon);
      // (along with, only after a list's verb: never "the bodies of 10 migrants …, along with dozens of people it rescued")
      if (opened && (!alongWith || /^(included|include|includes|were|was|are|is)$/.test(tokens[opened.casualtyIndex]?.lower ?? ''))) {
        // ("Among the missing were 20 children, and as many as 50 people were trapped": a clause of its own)
        const v = pastPeople(tokens, phrase.last + 1);
        // (a list that is a subject, "The bodies of a man, a girl and two boys were found", shares the
        // verb, unless the verb says a fate of its own: "18 bodies of the killed, 21 persons are missing")
        const ownVerb = AUXILIARIES.has(tokens[v]?.lower ?? '') && v > phrase.last + 1
          && (tokens[opened.casualtyIndex]?.lower !== 'of' || casualtyAt(tokens, v + 1, CASUALTY_AFTER) !== null);
        // (after a semicolon, any verb of the item's own makes it a clause: "Among the dead was a teacher; 12 others were wounded")
        const end = tokens.findIndex((x, k) => k > phrase.last && x.kind === 'punct' && x.text !== '-');
        const clause = semicolon && tokens.slice(phrase.last + 1, end < 0 ? tokens.length : end).some((x, d) => AUXILIARIES.has(x.lower) || casualtyAt(tokens, phrase.last + 1 + d, CASUALTY_AFTER) !== null);
        // ("The victims included the students, one guard and two members of the local community who were killed
        // outside the school": the item's own relative clause says its fate)
        const who = tokens.findIndex((x, k) => k > phrase.last && k <= phrase.last + 8 && x.lower === 'who');
        const ownFate = who > 0 && !tokens.slice(phrase.last + 1, who).some((x) => x.kind === 'punct') ? passiveAfterClause(tokens, who + 1) : null;
        if (ownFate && !ownVerb && !clause) return { link: { category: ownFate.category, casualtyIndex: ownFate.index, side: 'after' }, distance: steps + 2 };
        if (!ownVerb && !clause) return { link: opened, distance: steps + 2 };
      }
    }
    // 'The strike killed "three people, among them a child"': a quote opened after the verb
    if ((t.text === '"' || t.text === '“') && steps === 0) continue;
    // ("the gunman fatally shot two people": shot, and fatally, is killed)
    if (steps === 0 && /^(shot|shooting|shoots|stabbed|stabbing|wounded|wounding|injured|injuring)$/.test(t.lower) && /^(fatally|mortally|lethally)$/.test(tokens[i - 1]?.lower ?? '')
      && personNamedAfter(tokens, phrase.last + 1)) {
      return { link: { category: 'killed', casualtyIndex: i, side: 'before' }, distance: steps };
    }
    // "hacked to death at least 22 civilians"
    if (t.lower === 'death' && tokens[i - 1]?.lower === 'to' && isToDeathVerb(tokens[i - 2]?.lower ?? '')) {
      return { link: { category: 'killed', casualtyIndex: i, side: 'before' }, distance: steps };
    }
    // "killing a total of 192 healthcare workers"
    if (t.lower === 'total' && tokens[i + 1]?.lower === 'of' && tokens[i - 1]?.lower === 'a') continue;
    // ("Police killed a record 1,329 people", "hit a record 40": a record right before the count)
    if (FIGURE_EPITHETS.test(t.lower) && i === countStart(tokens, phrase) - 1 && tokens[i - 1]?.lower === 'a') continue;
    // ("put the total death count at 18 and 31 hospitalised": a count of deaths is a toll)
    // ("by 1950 casualty figures had risen to approximately 200,000": in the plural too)
    if (/^(count|tally|figure|total|counts|tallies|figures|totals)$/.test(t.lower) && /^(death|casualty|injury)$/.test(tokens[i - 1]?.lower ?? '')) {
      const c: Category = tokens[i - 1].lower === 'death' ? 'killed' : tokens[i - 1].lower === 'injury' ? 'wounded' : 'casualties';
      return { link: { category: c, casualtyIndex: i, side: 'before' }, distance: steps };
    }
    if (FIGURE_NOUNS.has(t.lower) && t.lower !== 'toll') {
      // "latest figure is 83": the figure noun takes the category of the casualty word
      // that set the topic earlier in the sentence ("acknowledgment of scores of deaths").
      for (let k = i - 1; k >= 0; k--) {
        const c = casualtyAt(tokens, k, CASUALTY_AFTER);
        // ("recovered … and taken to a mortuary, he added, while the figure of 58 may rise": taken there is no capture)
        if (c && c.width === 1 && (c.category !== 'captured' || /^(hostages?|captives?|prisoners?)$/.test(tokens[k].lower))) return { link: { category: c.category, casualtyIndex: k, side: 'before' }, distance: steps + 2 };
      }
      return null;
    }
    // "The fate of 35 residents is unknown", "the whereabouts of 12 crew remain unclear": missing
    const ofAt = t.lower === 'another' ? i - 1 : i;
    if (steps === 0 && tokens[ofAt]?.lower === 'of' && /^(fate|whereabouts)$/.test(tokens[ofAt - 1]?.lower ?? '')
      // ("The fate of 789 residents of the border regions, including four children, remains unknown": past a list of parts)
      // ("the whereabouts of around 15 others could not be known", "are not yet known": or known by no one)
      && tokens.slice(phrase.last + 1, phrase.last + 16).some((x, d, all) => (/^(unknown|unclear|uncertain)$/.test(x.lower)
        || (/^(known|ascertained|traced|established|determined)$/.test(x.lower) && all.slice(Math.max(0, d - 3), d).some((y) => /^(not|n't|n’t|cannot)$/.test(y.lower))))
        && !all.slice(0, d).some((y) => /^[.;]$/.test(y.text)))) {
      return { link: { category: 'missing', casualtyIndex: ofAt - 1, side: 'before' }, distance: steps };
    }
    // "taking 251 hostage", "seized more than 240 hostages"
    // ("holding over 200 passengers hostage": held as hostages)
    // ("holding all 100 passengers hostage", "took more than 200 Pakistani military, paramilitary, police, and intelligence
    // personnel hostage": "all" between, and the people's list of words before "hostage")
    // ("involved the illegal imprisonment of over 1,100 people as hostages": the noun of holding them, with its "of")
    const heldOf = steps === 0 && t.lower === 'of' && /^(imprisonment|seizure|detention|holding|taking|capture)$/.test(tokens[i - 1]?.lower ?? '');
    if (heldOf || ((steps === 0 || (steps === 1 && tokens[i + 1]?.lower === 'all')) && /^(took|taking|taken|take|takes|seized|seizing|seize|seizes|holding|held|hold|holds)$/.test(t.lower))) {
      const hostageAt = tokens.findIndex((x, k) => k > phrase.last && k <= phrase.last + 12 && /^(hostages?|captives?)$/.test(x.lower));
      if (hostageAt > 0 && (hostageAt <= phrase.last + 3 || tokens.slice(phrase.last + 1, hostageAt).every((x) => x.kind === 'word' || x.text === ','))) {
        return { link: { category: 'captured', casualtyIndex: i, side: 'before' }, distance: steps };
      }
    }
    // "destroyed up to 200 militants", "buried 280 people": right before the figure, and only of people
    // ("Kiev lost up to 215 and over 230 soldiers": past a second count that shares the noun)
    const sharedNoun = /^(and|or)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? secondCountEnd(tokens, phrase.last + 2) : -1;
    // ("Sherman's Union forces lost about 3,800.", "The Union force of 5,400 men lost over 1,200.": a force that lost a
    // bare count at the clause's end lost its men)
    const forceLost = /^(lost|loses)$/.test(t.lower) && (!tokens[phrase.last + 1] || /^[.;]$/.test(tokens[phrase.last + 1].text))
      && tokens.slice(Math.max(0, i - 8), i).some((x) => /^(forces?|troops|armies|army|regiments?|divisions?|corps|brigades?|battalions?|confederates|federals)$/.test(x.lower));
    // ("Indonesia's death toll, at 167,000, was the highest; Sri Lanka lost more than 35,000 and India some 16,000": a
    // place that lost a bare count, after a toll in the same sentence)
    const placeLost = /^(lost|loses)$/.test(t.lower) && (!tokens[phrase.last + 1] || /^([.;,]|and)$/.test(tokens[phrase.last + 1].lower))
      && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && tokens.slice(0, i - 1).some((x) => /^(toll|tolls|deaths|dead|killed)$/.test(x.lower));
    // (never "a landslide … burying 128 individuals under debris": buried under what fell, whose fate is not yet said)
    // ("burying 129 soldiers and 11 civilian employees under snow": past a second count, up to the clause's end)
    const clauseAfter = tokens.slice(phrase.last + 1, phrase.last + 11);
    const clauseEnd = clauseAfter.findIndex((x) => x.kind === 'punct');
    const buriedUnder = /^(buried|burying|buries|bury)$/.test(t.lower) && clauseAfter.slice(0, clauseEnd < 0 ? undefined : clauseEnd).some((x, d, all) => /^(under|beneath|in)$/.test(x.lower)
      && all.slice(d + 1, d + 3).some((y) => /^(debris|rubble|mud|earth|snow|ash|soil|sand|landslide|avalanche)$/.test(y.lower)))
      // ("The landslide in PNG has buried hundreds of people": what fell buried them, and their fate is not yet said; but
      // "the landslide 'buried more than 2,000 people alive'")
      // (never "After the earthquake, villagers buried 280 people": the disaster's noun is the subject, with no one between)
      // ("a girls' school buried about 250 pupils": so is a building that fell on them)
      || (/^(buried|burying|buries|bury)$/.test(t.lower) && !tokens.slice(phrase.last + 1, phrase.last + 5).some((x) => x.lower === 'alive')
        && tokens.slice(Math.max(0, i - 10), i).some((x, d, all) => /^(landslides?|landslips?|mudslides?|slides?|avalanches?|rockfalls?|debris|rubble|earthquakes?|quakes?|collapses?|schools?|buildings?|hotels?|factory|factories|mosques?|churches?|dormitory|dormitories|classrooms?|roofs?|walls?|towers?|blocks?)$/.test(x.lower)
          && all.slice(d + 1).every((y) => y.kind === 'word' && !isPersonWord(y.lower))));
    // ("Security forces eliminated all three assailants": "all" between, as for "took all 100 passengers hostage")
    // ("says it lost only three soldiers": or "only")
    // ('"We buried four yesterday and two this morning," said a gravedigger': people who bury a bare count, then when)
    const buriedBare = /^(buried|burying|buries|bury)$/.test(t.lower) && /^(we|they|i|villagers|families|relatives|residents|volunteers|gravediggers|mourners)$/.test(tokens[i - 1]?.lower ?? '')
      && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct' || /^(and|yesterday|today|this|on|last|in|at|so)$/.test(tokens[phrase.last + 1].lower));
    if ((steps === 0 || (steps === 1 && /^(all|only|just)$/.test(tokens[i + 1]?.lower ?? ''))) && KILLS_PEOPLE_ONLY.has(t.lower) && !buriedUnder && (forceLost || placeLost || buriedBare || personNamedAfter(tokens, sharedNoun > 0 ? sharedNoun + 1 : phrase.last + 1, /^los/.test(t.lower)))) {
      return { link: { category: 'killed', casualtyIndex: i, side: 'before' }, distance: steps };
    }
    // ("Russia has lost a total of 910,750 troops": the same past "a total of")
    if (steps === 0 && t.lower === 'of' && tokens[i - 1]?.lower === 'total' && /^(a|the)$/.test(tokens[i - 2]?.lower ?? '')
      && KILLS_PEOPLE_ONLY.has(tokens[i - 3]?.lower ?? '') && personNamedAfter(tokens, phrase.last + 1, /^los/.test(tokens[i - 3].lower))) {
      return { link: { category: 'killed', casualtyIndex: i - 3, side: 'before' }, distance: steps };
    }
    // ("We lost a family of five from our town", "lost an entire family of six": a whole family lost)
    if (steps === 0 && t.lower === 'of' && tokens[i - 1]?.lower === 'family') {
      let v = /^(entire|whole)$/.test(tokens[i - 2]?.lower ?? '') ? i - 3 : i - 2;
      if (/^(a|an|the)$/.test(tokens[v]?.lower ?? '')) v--;
      if (/^(lost|lose|loses|losing)$/.test(tokens[v]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: v, side: 'before' }, distance: steps };
    }
    // ("attended the burial of 85 people", "the funeral of six miners": the people buried are the dead)
    if (steps === 0 && t.lower === 'of' && /^(burial|burials|reburial|funeral|funerals)$/.test(tokens[i - 1]?.lower ?? '') && personNamedAfter(tokens, phrase.last + 1)) {
      return { link: { category: 'killed', casualtyIndex: i - 1, side: 'before' }, distance: steps };
    }
    // ("the army mourned the loss of five soldiers": the loss of people is their death)
    if (steps === 0 && t.lower === 'of' && tokens[i - 1]?.lower === 'loss' && personNamedAfter(tokens, phrase.last + 1, true)) {
      return { link: { category: 'killed', casualtyIndex: i - 1, side: 'before' }, distance: steps };
    }
    // "The enemy's losses amounted to over 5,390 servicepeople": losses of people are its casualties
    if (t.lower === 'losses' && personNamedAfter(tokens, phrase.last + 1, true)) {
      return { link: { category: 'casualties', casualtyIndex: i, side: 'before' }, distance: steps };
    }
    // ("The losses of the Ukrainian armed forces amounted to over 480 servicemen": the losses' owner between)
    // ("The losses of the Russian army since the beginning of the year have already reached almost 300 thousand
    // (299,210) people", "Russia's total combat losses in Ukraine reached about 332,810 troops")
    const afterBracket = () => tokens[phrase.last + 1]?.text === '(' ? tokens.findIndex((x, k) => k > phrase.last + 1 && k <= phrase.last + 5 && x.text === ')') + 1 : phrase.last + 1;
    // ("Losses of the Ukrainian armed forces over the day were more than 360 servicemen": or were, with the losses' owner
    // and when between)
    // ("The enemy's total losses in personnel … amount to about 1,148,000, including 1,090 in the past day": or the people
    // named before, the count standing alone)
    // (a function, so that only a losses' verb looks back)
    const personnelBefore = () => (!tokens[phrase.last + 1] || /^[,.;]$/.test(tokens[phrase.last + 1].text))
      && tokens.slice(Math.max(0, i - 14), i).some((x, d, all) => x.lower === 'personnel' && (all[d - 1]?.lower === 'in' || all[d + 1]?.lower === 'losses'));
    if ((/^(amounted|amount|amounts|totalled|totaled|reached)$/.test(t.lower) || (/^(were|was)$/.test(t.lower) && tokens.slice(0, i).some((x) => x.lower === 'losses'))) && afterBracket() > 0 && (personNamedAfter(tokens, afterBracket(), true) || personnelBefore())) {
      let aside = 0;
      for (let k = i - 1; k >= 0 && i - k - aside <= 14; k--) {
        // ("Enemy losses [as result of battles with …] amounted to up to 560 military personnel": over an aside in brackets)
        if (/^[\])]$/.test(tokens[k].text)) {
          const from = Math.max(0, k - 12);
          const open = tokens.slice(from, k).map((x) => x.text).lastIndexOf(tokens[k].text === ']' ? '[' : '(');
          if (open < 0) break;
          aside += k - (from + open) + 1;
          k = from + open;
          continue;
        }
        if (tokens[k].kind === 'punct') break;
        // ("Russian losses since the start of the invasion had reached 1,013,720 personnel": or over the span they were had in)
        if (tokens[k].lower === 'losses' && (/^(of|in|since|over|during)$/.test(tokens[k + 1]?.lower ?? '') || k + 1 === i - 1 || k + aside + 1 === i || /['’]s$/.test(tokens[k - 1]?.text ?? '') || /['’]s$/.test(tokens[k - 2]?.text ?? ''))) {
          return { link: { category: 'casualties', casualtyIndex: k, side: 'before' }, distance: steps };
        }
      }
    }
    // ("we said 40 men were killed …; the figure should have been about 400": a correction's figure, what it should have been)
    if (t.lower === 'should' && tokens[i + 1]?.lower === 'have' && tokens[i + 2]?.lower === 'been') continue;
    // ("Deaths should be zero": a goal, no count)
    if (/^(should|must|ought)$/.test(t.lower) && phrase.value === 0) return null;
    // ("the Health Ministry's own figure a week later was 2,412": when the figure was given, between it and its verb)
    if (/^(later|earlier)$/.test(t.lower)) {
      let k = i - 1;
      if (PERIOD_NOUNS.test(tokens[k]?.lower ?? '')) k--;
      if (k < i - 1 && (/^(a|an)$/.test(tokens[k]?.lower ?? '') || isCountToken(tokens[k]))) k--;
      if (FIGURE_NOUNS.has(tokens[k]?.lower ?? '') && tokens[k].lower !== 'toll') { i = k + 1; continue; }
    }
    if (!TOLL_LINKS.has(t.lower)) return tollBefore(tokens, phrase);
  }
  return tollBefore(tokens, phrase);
}

/**
 * "The total combat losses of the enemy … are approximately: personnel ‒ about 1,161,980 (+1,140) persons, tanks ‒ …": a
 * general staff's tally of losses, its people counted after "personnel" and a dash, and the day's rise of that count in
 * brackets right after it (never the other items', which count weapons).
 */
function personnelLosses(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (previous && tokens[start - 1]?.text === '+' && tokens[start - 2]?.text === '(' && lastEnd === start - 3 && tokens[phrase.last + 1]?.text === ')'
    && tokens[previous.casualtyIndex]?.lower === 'losses' && tokens.slice(previous.casualtyIndex, start).some((t) => t.lower === 'personnel')) return previous;
  if (!/^[-–—]$/.test(tokens[start - 1]?.text ?? '') || tokens[start - 2]?.lower !== 'personnel') return null;
  const losses = tokens.findIndex((t, k) => k < start - 2 && start - k <= 30 && t.lower === 'losses');
  return losses >= 0 ? { category: 'casualties', casualtyIndex: losses, side: 'before' } : null;
}

/**
 * A defence ministry's claim: "over 250 Ukrainian soldiers, six tanks, five armored vehicles and
 * a howitzer have been eliminated". People counted first, then a list of equipment, then the verb
 * that kills only people; the equipment's counts are never figures (they count no people).
 */
function claimedList(tokens: Token[], tags: Tags[], phrase: NumberPhrase): CasualtyLink | null {
  if (!personNamedAfter(tokens, phrase.last + 1) || (!PEOPLE_PLURAL.test(tokens[phrase.last + 1]?.lower ?? '') && !isPersonWord(tokens[phrase.last + 2]?.lower ?? ''))) return null;
  let sawList = false;
  for (let k = phrase.last + 1; k < tokens.length && k - phrase.last <= 30; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.lower === 'and') { sawList = true; continue; }
    if (/^(have|has|were|was|been|had|being)$/.test(t.lower)) {
      let v = k + 1;
      while (/^(have|has|were|was|been|had|being|reportedly)$/.test(tokens[v]?.lower ?? '')) v++;
      return sawList && KILLS_PEOPLE_AS_PASSIVE.has(tokens[v]?.lower ?? '') ? { category: 'killed', casualtyIndex: v, side: 'after' } : null;
    }
    if (t.kind === 'punct' && t.text !== '-') return null;
    // ("armored vehicles": a participle before a noun describes it)
    if (t.kind === 'word' && isVerbOnly(tags[k]) && !isPersonWord(t.lower) && !(tags[k + 1]?.has('Noun') && tokens[k + 1]?.kind === 'word')) return null;
  }
  return null;
}

const PEOPLE_PLURAL = /^(soldiers|servicemen|troops|militants|fighters|personnel|nationalists|mercenaries|people|servicepeople|service)$/;

/**
 * Whether the noun the figure counts, from `at` past a few modifiers, names people: "300
 * Ukrainian servicemen". For a loss (`lost`), only people a war or a disaster kills: a club that
 * "lost 200 members" or a town that "lost 2,000 residents" saw them leave.
 */
function personNamedAfter(tokens: Token[], at: number, lost = false): boolean {
  for (let j = at; j < tokens.length && j - at < 4; j++) {
    // ("lost 13 family members", "lost 23 members of his extended family": kin lost are dead)
    if (/^(family|relatives?)$/.test(tokens[j].lower) && /^members?$/.test(tokens[j + 1]?.lower ?? '')) return true;
    // ("she had lost 18 relatives", "lost 11 loved ones": kin lost are dead)
    // ("where we lost 12 of our dear ones")
    if (lost && (tokens[j].lower === 'relatives' || (/^(loved|dear|beloved)$/.test(tokens[j].lower) && tokens[j + 1]?.lower === 'ones'))) return true;
    // ("Another family lost two members when their cabin was swept away": a family's members lost are its dead)
    if (lost && /^members?$/.test(tokens[j].lower) && familyLoses(tokens, at)) return true;
    // ("We lost three members of one family on my street": one family's members too)
    if (lost && /^members?$/.test(tokens[j].lower) && tokens[j + 1]?.lower === 'of' && /^(his|her|their|my|our|the|a|one)$/.test(tokens[j + 2]?.lower ?? '')
      && tokens.slice(j + 3, j + 6).some((t) => /^famil(y|ies)$/.test(t.lower))) return true;
    // ("his company had lost 17 of its 60 men": a part of a whole counted)
    // ("lost 684 of the roughly 780 men who went forward": a bound on the whole's count)
    const whole = /^(roughly|about|around|nearly|almost|approximately|some)$/.test(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2;
    if (lost && j === at && tokens[j].lower === 'of' && /^(its|their|his|her|our|the)$/.test(tokens[j + 1]?.lower ?? '') && tokens[whole]?.kind === 'digits'
      && isPersonWord(tokens[whole + 1]?.lower ?? '')) return true;
    // ("lost 212 of its staff members since the start of the war": staff lost to an event are dead)
    if (isPersonWord(tokens[j].lower)) return !(lost && LEFT_RATHER_THAN_KILLED.test(tokens[j].lower) && !lostInAnEvent(tokens, j + 1));
    if (tokens[j].kind !== 'word' || NON_PERSON_NOUNS.has(tokens[j].lower)) return false;
  }
  return false;
}

/** Whether the loss before `at` ("lost two") is a family's or a household's: "Another family lost two members". */
function familyLoses(tokens: Token[], at: number): boolean {
  const verb = tokens.findIndex((t, k) => k < at && k >= at - 5 && /^(lost|loses|lose)$/.test(t.lower));
  let k = verb - 1;
  while (k > 0 && /^(has|have|had|also|already)$/.test(tokens[k].lower)) k--;
  return verb > 0 && /^(famil(y|ies)|households?)$/.test(tokens[k]?.lower ?? '');
}

/**
 * Whether the count heads a noun of things ("two … ports") and the casualty word at `v` is an active verb of harm with
 * a count of its own right after it ("killed at least one person").
 */
function thingsBeforeActiveKilling(tokens: Token[], tags: Tags[], phrase: NumberPhrase, v: number, all: NumberPhrase[]): boolean {
  // ("90 Afghans were also killed": a passive past its adverb)
  const aux = /^(also|later|then|all|both)$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1;
  if (!/^(killed|wounded|injured)$/.test(tokens[v]?.lower ?? '') || /^(was|were|been|be|being|are|is|reportedly)$/.test(tokens[aux]?.lower ?? '')) return false;
  // (the verb's own object: never a count joined after it, "killed and at least 140 others were injured")
  if (!all.some((p) => p.first > v && countStart(tokens, p) <= v + 3 && tokens.slice(v + 1, countStart(tokens, p)).every((t) => t.kind === 'word' && !/^(and|or|but)$/.test(t.lower)))) return false;
  // the count's own noun, past its modifiers: a plural that names no one
  let n = phrase.last + 1;
  while (n < v && n - phrase.last <= 3 && tokens[n].kind === 'word' && !tags[n].has('Plural')) n++;
  return n < v && tokens[n].kind === 'word' && tags[n].has('Plural') && !isPersonWord(tokens[n].lower) && CASUALTY_AFTER[tokens[n].lower] === undefined;
}

/**
 * The comma opening a short aside that closes at `close` and follows a casualty word
 * ("the dead, not all of whom were identified,"), else null.
 */
function asideAfterCasualty(tokens: Token[], close: number): number | null {
  // ("Those killed, who were reportedly aged between 18 and 25, included four students": ages in the aside count no one)
  const ages = tokens.slice(Math.max(0, close - 9), close).some((x) => /^(aged|ages)$/.test(x.lower));
  for (let j = close - 1; j > 0 && close - j <= 9; j--) {
    const t = tokens[j];
    if ((t.kind === 'digits' && !ages) || (t.kind === 'punct' && t.text !== ',')) return null;
    if (t.text === ',') return casualtyAt(tokens, j - 1, CASUALTY_BEFORE) ? j : null;
  }
  return null;
}

/** A casualty noun names what the count before `from` counts: "1,159 associated deaths", "3 dead". */
function countsCasualtyNoun(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from < 3; k++) {
    if (/^(deaths|dead|casualties|fatalities|victims|bodies|injuries)$/.test(tokens[k].lower)) return true;
    if (tokens[k].kind !== 'word' || AUXILIARIES.has(tokens[k].lower) || casualtyAt(tokens, k, CASUALTY_AFTER)) return false;
  }
  return false;
}

/**
 * The category of a list key ending at `verb` ("dead included", "victims were", "the injured
 * people included"), whose first word ends before `before`; else null.
 */
function inclusionKeyAt(tokens: Token[], before: number, verb: number): Category | null {
  // ("The victims also included two foreign nationals")
  if (before === verb && /^(also|reportedly)$/.test(tokens[before - 1]?.lower ?? '') && INCLUSIONS.has(`${tokens[before - 2]?.lower} ${tokens[verb].lower}`)) {
    return CASUALTY_BEFORE[`${tokens[before - 2]?.lower} ${tokens[verb].lower}`];
  }
  const key = `${tokens[before - 1]?.lower} ${tokens[verb].lower}`;
  if (INCLUSIONS.has(key)) return CASUALTY_BEFORE[key];
  if (/^(included|include|includes)$/.test(tokens[verb].lower) && isPersonWord(tokens[before - 1]?.lower ?? '')) {
    return CASUALTY_AFTER[tokens[before - 2]?.lower ?? ''] ?? null;
  }
  // ("Among those missing after the gig were two teenagers": where or when, between the key and its verb)
  // ("Among the deaths are 568 men": right after the key too)
  if (/^(were|was|are|is)$/.test(tokens[verb].lower) && before === verb) {
    const among = tokens.findIndex((x, j) => j >= verb - 9 && j <= verb - 3 && x.lower === 'among' && /^(the|those)$/.test(tokens[j + 1]?.lower ?? ''));
    const harm = among >= 0 ? casualtyAt(tokens, among + 2, CASUALTY_AFTER) : null;
    if (harm && tokens.slice(among + 3, verb).every((x) => x.kind === 'word')) return harm.category;
    // ("Among those who died in the fire that swept through the 24-storey tower in the early hours of 14 June 2017 were
    // 18 children": a key that opens the sentence, with its relative clause's own verb, reaches further, over a date)
    if (tokens[0]?.lower === 'among' && tokens[1]?.lower === 'those' && tokens[2]?.lower === 'who' && verb <= 32) {
      const fate = /^(were|was|had|have)$/.test(tokens[3]?.lower ?? '') && tokens[4] ? 4 : 3;
      const died = casualtyAt(tokens, fate, CASUALTY_AFTER);
      if (died && tokens.slice(fate + 1, verb).every((x) => x.kind === 'word' || x.kind === 'digits' || (x.text === '-' && x.start === tokens[tokens.indexOf(x) - 1]?.end))) return died.category;
    }
  }
  // ("The death toll from the strike in the Nabatieh area included a woman": the toll's phrase before its verb)
  // ("those killed since last Sunday included 336 Druze fighters": the dead, then when or where)
  if (/^(included|include|includes)$/.test(tokens[verb].lower) && before === verb) {
    // ("these war-related deaths – which also included three Lebanese and two Israeli journalists –": the key's
    // noun before a relative clause between commas or dashes)
    const which = /^(also|even)$/.test(tokens[verb - 1]?.lower ?? '') ? verb - 2 : verb - 1;
    if (tokens[which]?.lower === 'which' && /^[,–—(]$/.test(tokens[which - 1]?.text ?? '') && /s$/.test(tokens[which - 2]?.lower ?? '')) {
      const harm = casualtyAt(tokens, which - 2, CASUALTY_AFTER);
      if (harm) return harm.category;
    }
    // ("The fatalities at the Maghazi camp, east of Deir al-Balah, included at least 12 women": the key opens the sentence,
    // then where they fell, over its commas)
    // ("The wounded, numbering 64, included 20 women": or how many they were, as an aside)
    // (with the count's own bound: "numbering at least 64")
    const numbered = (qualifierAt(tokens, 4)?.last ?? 3) + 1;
    const numbering = tokens[2]?.text === ',' && /^(numbering|totalling|totaling|numbered)$/.test(tokens[3]?.lower ?? '') && isCountToken(tokens[numbered]) && tokens[numbered + 1]?.text === ',' && verb === numbered + 2;
    if (tokens[0]?.lower === 'the' && /^(victims|dead|casualties|fatalities|injured|wounded)$/.test(tokens[1]?.lower ?? '') && (numbering || (/^(at|in|on|from)$/.test(tokens[2]?.lower ?? '')
      && verb <= 16 && tokens.slice(3, verb).every((x) => (x.kind === 'word' && !SAY_VERBS.has(x.lower)) || x.text === ',')))) {
      const harm = casualtyAt(tokens, 1, CASUALTY_AFTER);
      if (harm) return harm.category;
    }
    for (let k = verb - 1; k >= 0 && verb - k <= 10 && tokens[k].kind !== 'punct'; k--) {
      if (tokens[k].lower === 'toll' && /^(death|the)$/.test(tokens[k - 1]?.lower ?? '')) return 'killed';
      // ("The number of aid workers killed in Gaza since October 7 includes 88 members of UNRWA": a count of the
      // killed, then when or where)
      const counted = tokens.slice(Math.max(0, k - 5), k).some((x, d) => x.lower === 'of' && /^(number|total|tally)$/.test(tokens[Math.max(0, k - 5) + d - 1]?.lower ?? ''));
      // ("The victims of the latest outbreak of ethnic clashes include three Meiteis": the key's noun, then its "of" phrase)
      // ("The victims whose bodies were handed over included four Portuguese nationals": or its relative clause, where
      // bodies handed over are of the dead)
      const keyOf = k === 1 && tokens[0].lower === 'the' && /^(of|whose)$/.test(tokens[k + 1]?.lower ?? '')
        && /^(victims|dead|casualties|injured|wounded|missing|fatalities)$/.test(tokens[k].lower);
      if (keyOf && tokens[k + 1].lower === 'whose' && /^(bodies|remains)$/.test(tokens[k + 2]?.lower ?? '')) return 'killed';
      // ("Victims came from various parts of India and included two foreigners": the key opens the sentence, and its
      // second verb lists)
      const subjectFirst = tokens[verb - 1]?.lower === 'and' && (k === 0 || (k === 1 && tokens[0].lower === 'the'))
        && /^(victims|dead|casualties|injured|wounded|fatalities)$/.test(tokens[k].lower);
      // ("The seven killed in the wedding explosion included three men": a count of the harmed, with its article, then where)
      const theCounted = isCountToken(tokens[k - 1]) && tokens[k - 2]?.lower === 'the' && verb - k <= 8;
      const harm = (tokens[k - 1]?.lower === 'those' && verb - k <= 6) || counted || keyOf || subjectFirst || theCounted ? casualtyAt(tokens, k, CASUALTY_AFTER) : null;
      if (harm) return harm.category;
    }
  }
  return null;
}

/**
 * "more than 5,300 people have been killed since January and over 12,000 since the beginning of 2022": the count before
 * (linked by `previous`, ending at `lastEnd`) told again over another span, after "and", "as well as" or "another".
 */
function sameFateAgain(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  const prep = tokens[phrase.last + 1]?.lower ?? '';
  if (!previous || lastEnd < 0 || previous.side !== 'after' || previous.casualtyIndex <= lastEnd || previous.casualtyIndex >= phrase.first
    || !/^(since|in|at|on|during|by)$/.test(prep) || countStart(tokens, phrase) - lastEnd - 1 > 14) return null;
  // (never those on board: "Nine Britons killed in MH17 attack, 298 on board")
  if (prep === 'on' && /^(board|deck)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return null;
  let joinAt = countStart(tokens, phrase) - 1;
  // ("estimates 8,000 deaths during the first weeks, and another 8,000 since then": "another" needs no same preposition)
  const another = /^(another|further)$/.test(tokens[joinAt]?.lower ?? '') || /^(another|further)$/.test(tokens[phrase.first - 1]?.lower ?? '');
  if (/^(another|further)$/.test(tokens[joinAt]?.lower ?? '')) joinAt--;
  // ("two drownings on patrolled beaches and a further five on unpatrolled stretches": past its article)
  if (tokens[joinAt]?.lower === 'a' && tokens[joinAt + 1]?.lower === 'further') joinAt--;
  // ("Nearly 45,000 deaths were recorded in August alone, as well as more than 11,000 in June": the same clause's
  // preposition, after "as well as")
  const asWell = asWellAsAt(tokens, joinAt);
  if (!asWell && !/^(and|,)$/.test(tokens[joinAt]?.lower ?? '')) return null;
  const joinFirst = asWell ? joinAt - 2 : joinAt;
  const end = (asWell || tokens[joinAt].lower === 'and') && tokens[joinFirst - 1]?.text === ',' ? joinFirst - 1 : joinFirst;
  // ("90 people died in the Bataclan, as well as 39 at cafes and restaurants nearby": where, with another preposition
  // of place)
  // ("89 died in the Bataclan, 19 on the terrace of a cafe": or on)
  const place = (w: string | undefined) => w === prep || (/^(in|at|on)$/.test(prep) && /^(in|at|on)$/.test(w ?? ''));
  // (never a count with a verb of its own: "Five people died in the fire, and 12 at the hospital were evacuated")
  const close = tokens.findIndex((t, k) => k > phrase.last && t.kind === 'punct');
  if (tokens.slice(phrase.last + 1, close < 0 ? tokens.length : close).some((t) => /^(were|was|are|is|have|has|had)$/.test(t.lower))) return null;
  const samePrep = place(tokens[previous.casualtyIndex + 1]?.lower) || (asWell && tokens.slice(previous.casualtyIndex + 1, joinFirst).some((t) => place(t.lower)));
  return (samePrep || another) && tokens.slice(previous.casualtyIndex + 2, end).every((t) => t.kind === 'word' || t.kind === 'digits') ? previous : null;
}

/**
 * "8 bodies were found in Pronojiwo, while 7 were found in Candipuro": a count of the bodies again, with the same
 * passive verb as the bodies before it.
 */
function bodiesFoundAgain(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous || previous.side !== 'after' || !/^(bodies|corpses)$/.test(tokens[previous.casualtyIndex]?.lower ?? '')) return null;
  if (!/^(while|and|whereas|,)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '')) return null;
  const verbAfter = (k: number): string | undefined => (/^(were|was|are|is|have|has|had)$/.test(tokens[k]?.lower ?? '')
    ? (tokens[k + 1]?.lower === 'been' ? tokens[k + 2]?.lower : tokens[k + 1]?.lower) : undefined);
  const verb = verbAfter(phrase.last + 1);
  // (never those found alive: "and 7 were found alive")
  const at = tokens.findIndex((t, k) => k > phrase.last && k <= phrase.last + 3 && t.lower === verb);
  return verb !== undefined && /^(found|recovered|retrieved|pulled|exhumed|discovered)$/.test(verb) && verbAfter(previous.casualtyIndex + 1) === verb
    && !/^(alive|safe|unharmed|injured|wounded|hurt)$/.test(tokens[at + 1]?.lower ?? '') ? previous : null;
}

/**
 * "The death toll climbed to 21, plus five attackers", "killed 21 people plus five al-Shabab fighters": people added
 * with "plus" to the figure right before share its fate.
 */
function plusTheSame(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  if (!previous || lastEnd < 0) return null;
  let j = countStart(tokens, phrase) - 1;
  if (tokens[j]?.lower === 'the') j--;
  if (tokens[j]?.lower !== 'plus') return null;
  j--;
  // ("241 of 242 occupants, plus 19 on the ground", "241 people were killed, plus 19 on the ground": or past the rest of
  // the figure's clause, its whole or its fate, to its comma)
  const clauseEnd = tokens[j]?.text === ',' && j > lastEnd + 1 && j - lastEnd <= 7 && tokens.slice(lastEnd + 1, j).every((t) => t.kind === 'word' || t.kind === 'digits');
  if (tokens[j]?.text === ',') j--;
  while (j > lastEnd && j > lastEnd - 3 && isPersonWord(tokens[j].lower)) j--;
  if (j !== lastEnd && !clauseEnd) return null;
  // (people, named after the count: never "plus 300 vehicles")
  const people = tokens.slice(phrase.last + 1, phrase.last + 4).findIndex((t) => isPersonWord(t.lower));
  // (or where they were, closing the clause: "plus 19 on the ground")
  const where = /^(on|at|in|aboard|inside)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^(the|board)$/.test(tokens[phrase.last + 2]?.lower ?? '')
    && /^(ground|scene|board|street|building|train|bus|plane)$/.test(tokens[phrase.last + (tokens[phrase.last + 2].lower === 'board' ? 2 : 3)]?.lower ?? '');
  if (where) return previous;
  return people >= 0 && tokens.slice(phrase.last + 1, phrase.last + 1 + people).every((t) => t.kind === 'word' && !NON_PERSON_NOUNS.has(t.lower)) ? previous : null;
}

/**
 * "has risen to 3,266, and to 1110 in Sindh": a second "to" of the same verb, right after the figure before, has its
 * fate.
 */
function toTheSameVerb(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, phrases: NumberPhrase[], lastEnd: number): CasualtyLink | null {
  const s0 = countStart(tokens, phrase);
  if (!previous || lastEnd < 0 || tokens[s0 - 1]?.lower !== 'to') return null;
  let j = s0 - 2;
  if (tokens[j]?.lower === 'and') j--;
  if (tokens[j]?.text === ',') j--;
  const before = phrases.find((p) => p.last === lastEnd);
  return j === lastEnd && j < s0 - 2 && before !== undefined && tokens[countStart(tokens, before) - 1]?.lower === 'to' ? previous : null;
}

/**
 * "with Aleppo accounting for over 800 deaths, and the northwest accounting for more than 1,280", "Aleppo accounted for
 * 800 deaths and Idlib for 1,280": a bare count after the same preposition (and verb, if any) as the figure before,
 * joined to it, shares that figure's fate.
 */
function samePrepositionAgain(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, phrases: NumberPhrase[], lastEnd: number): CasualtyLink | null {
  if (!previous || previous.side !== 'after' || lastEnd < 0) return null;
  const before = phrases.find((p) => p.last === lastEnd);
  if (!before) return null;
  const s0 = countStart(tokens, phrase);
  const b0 = countStart(tokens, before);
  const prep = tokens[s0 - 1]?.lower ?? '';
  if (!/^(for|at)$/.test(prep) || tokens[b0 - 1]?.lower !== prep) return null;
  const next = tokens[phrase.last + 1];
  if (next && next.kind !== 'punct' && !/^(and|in|respectively)$/.test(next.lower)) return null;
  const gap = tokens.slice(previous.casualtyIndex + 1, s0 - 1);
  if (gap.length === 0 || gap.length > 8 || !gap.some((t) => t.lower === 'and' || t.text === ',') || gap.some((t) => t.kind === 'digits' || /^(but|while|whereas)$/.test(t.lower))) return null;
  // (the verb before the preposition is the one before the figure's, or left out)
  const verb = tokens[s0 - 2];
  const sameVerb = verb !== undefined && verb.lower === tokens[b0 - 2]?.lower;
  const leftOut = verb !== undefined && verb.kind === 'word' && /^\p{Lu}/u.test(verb.text);
  return sameVerb || leftOut ? previous : null;
}

/**
 * "33 bodies were brought to the college hospital and 10 others to the burn institute": a count after "and" whose verb
 * is left out, with only the same preposition after it as after the figure before's passive verb, shares that figure's fate.
 */
function samePassiveLeftOut(tokens: Token[], tags: Tags[], phrase: NumberPhrase, previous: CasualtyLink | null, phrases: NumberPhrase[], lastEnd: number): CasualtyLink | null {
  const s0 = countStart(tokens, phrase);
  if (!previous || lastEnd < 0 || tokens[s0 - 1]?.lower !== 'and') return null;
  const at = /^(others|more)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
  const prep = tokens[at]?.lower ?? '';
  if (!/^(to|at|in|into|from)$/.test(prep)) return null;
  const verb = tokens.findIndex((t, j) => j > lastEnd && j <= lastEnd + 5 && t.lower === prep && (/(ed|en)$/.test(tokens[j - 1].lower) || tags[j - 1].has('Verb')) && /^(were|was|been)$/.test(tokens[j - 2]?.lower ?? ''));
  return verb > 0 && verb < s0 && !phrases.some((p) => p.first > lastEnd && p.last < s0) && s0 - verb <= 16 ? previous : null;
}

/**
 * "A total of 416 children have died in this catastrophe, 244 women and 526 men.": counts of people, with no verb of
 * their own, listed after a comma to the end of the sentence, share the fate of the figure before.
 */
function peopleListedAfter(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  const s0 = countStart(tokens, phrase);
  if (!previous || lastEnd < 0) return null;
  // ("including a pedestrian and a family of three": a family counted by its members, last in the list)
  const family = beforeFamilyOf(tokens, s0 - 1);
  if (family !== s0 - 1 && /^(,|and)$/.test(tokens[family]?.lower ?? '')) {
    // (past where: "… and a family of three on Interstate 25.")
    let end = phrase.last + 1;
    if (/^(on|in|near|at|from)$/.test(tokens[end]?.lower ?? '') && /^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) {
      end++;
      while (end < tokens.length && (/^\p{Lu}/u.test(tokens[end].text) || tokens[end].kind === 'digits')) end++;
    }
    if (tokens[end]?.text === '.' && end + 1 === tokens.length) return previous;
  }
  if (!/^(,|and)$/.test(tokens[s0 - 1]?.lower ?? '')) return null;
  let k = s0;
  for (let items = 0; k < tokens.length && items < 6; items++) {
    if (!isCountToken(tokens[k])) return null;
    k++;
    if (/^(more|other)$/.test(tokens[k]?.lower ?? '')) k++;
    // ("along with a West German police officer and five of the eight attackers.": a part of a group named, or others)
    if (tokens[k]?.lower === 'of' && /^(the|those)$/.test(tokens[k + 1]?.lower ?? '')) k += isCountToken(tokens[k + 2]) ? 3 : 2;
    if (!isPersonWord(tokens[k]?.lower ?? '') && tokens[k]?.lower !== 'others') return null;
    k++;
    if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') k += 2;
    else if (tokens[k] && /^(,|and)$/.test(tokens[k].lower)) k++;
    else break;
  }
  return k >= tokens.length || (tokens[k].text === '.' && k === tokens.length - 1) ? previous : null;
}

/**
 * "Rescuers recovered 12 bodies, and another 5 were found on Monday", "The remains of 1,079 people have been recovered
 * in Louisiana; an additional 231 were found in Mississippi": more found after a count of the dead are dead.
 */
function moreOfTheDeadFound(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastEnd: number): CasualtyLink | null {
  if (!previous || lastEnd < 0 || previous.category !== 'killed') return null;
  const s0 = countStart(tokens, phrase);
  const more = /^(another|additional|further|more)$/.test(tokens[phrase.first - 1]?.lower ?? '') || /^(another|additional|further|more)$/.test(tokens[s0 - 1]?.lower ?? '')
    || tokens[phrase.last + 1]?.lower === 'more';
  const dead = tokens.slice(0, s0).some((t) => /^(bodies|remains|corpses)$/.test(t.lower));
  let v = phrase.last + (tokens[phrase.last + 1]?.lower === 'more' ? 2 : 1);
  if (!more || !dead || !/^(were|was|have|had|has)$/.test(tokens[v]?.lower ?? '')) return null;
  v++;
  if (tokens[v]?.lower === 'been') v++;
  return /^(found|recovered|retrieved|discovered|located|exhumed|pulled)$/.test(tokens[v]?.lower ?? '') ? { category: 'killed', casualtyIndex: v, side: 'after' } : null;
}

/**
 * The fate a clause states at `v`, which a count joined after it shares ("… died, as did three children", "were killed,
 * as were eight", "were killed by troops, along with 129 …"): an active death, or one of the `passive` harms after its
 * auxiliary.
 */
function statedFate(tokens: Token[], v: number, passive: RegExp | null = /^(killed|injured|wounded|hurt|dead|missing|abducted|kidnapped)$/): { category: Category; width: number } | null {
  const w = tokens[v]?.lower ?? '';
  const stated = /^(died|perished|drowned)$/.test(w) || (passive !== null && passive.test(w) && /^(was|were|been|are|is)$/.test(tokens[v - 1]?.lower ?? ''));
  return stated ? casualtyAt(tokens, v, CASUALTY_AFTER) : null;
}

/** Whether "as well as" ends at `k`: it joins a list as "and" does. */
const asWellAsAt = (tokens: Token[], k: number): boolean => tokens[k]?.lower === 'as' && tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as';
/** ", along with" (", together with") ending at `k`. */
const alongWithAt = (tokens: Token[], k: number): boolean => tokens[k]?.lower === 'with' && /^(along|together)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.text === ',';

/**
 * Whether the fate of the count before, read after it, was said before the join at `conj`: as an adjective on its
 * people ("10 missing girls and") or as the end of its clause ("10 campers are missing, along with").
 */
function fateBeforeJoin(tokens: Token[], previous: CasualtyLink, conj: number): boolean {
  const c = previous.casualtyIndex;
  // ("have been killed while on duty, along with 35 UNRWA staff": or a few words on when or where it befell them)
  if (alongWithAt(tokens, conj)) {
    return c === conj - 3 || (c < conj - 3 && conj - 3 - c <= 4 && /^(while|in|on|at|during|since|after|when|by|near|across)$/.test(tokens[c + 1]?.lower ?? '')
      && tokens.slice(c + 1, conj - 2).every((t, d) => t.kind === 'word' && !isNumberWord(t.lower) && !casualtyAt(tokens, c + 1 + d, CASUALTY_AFTER)));
  }
  // the adjective: right before the people it describes, which end before the "and"
  return tokens[conj]?.lower === 'and' && c >= conj - 3 && c < conj - 1 && isPersonWord(tokens[conj - 1]?.lower ?? '') && tokens.slice(c + 1, conj).every((t) => t.kind === 'word');
}

/**
 * The dash that opens an aside the dash at `close` closes ("two foreigners—from the UAE and Nepal—as well as", "casualties
 * —both dead and wounded—has reached"), with only words and commas between and at most `reach` tokens back; else -1.
 */
function dashAsideOpen(tokens: Token[], close: number, reach: number): number {
  if (!/^[—–]$/.test(tokens[close]?.text ?? '')) return -1;
  let open = close - 1;
  while (open > 0 && close - open <= reach && tokens[open].text !== tokens[close].text) open--;
  return open > 0 && open < close - 1 && tokens[open].text === tokens[close].text && tokens.slice(open + 1, close).every((x) => x.kind === 'word' || x.text === ',') ? open : -1;
}

/** A casualty word at `at` right after its count ("three killed", "12 dead"): a total a dash may break down. */
function figureBefore(tokens: Token[], at: number): boolean {
  return CASUALTY_AFTER[tokens[at]?.lower ?? ''] !== undefined && (tokens[at - 1]?.kind === 'digits' || isNumberWord(tokens[at - 1]?.lower ?? ''));
}

/** The list key ("dead included", "victims were") that a list of victims at `at` continues, if any. */
function inclusionBefore(tokens: Token[], at: number, semicolons = false): CasualtyLink | null {
  // each count of the list carries the search on: "were 608 rebels, 312 jihadists … and 130 civilians"
  // (and each item of a list set apart by semicolons)
  for (let k = at - 1, anchor = at; k >= 1 && anchor - k < 16; k--) {
    if (tokens[k].kind === 'digits' || (semicolons && tokens[k].text === ';')) anchor = k;
    // ("included two foreigners—from the UAE and Nepal—as well as …": an aside between dashes after a member)
    const asideOpen = dashAsideOpen(tokens, k, 10);
    if (asideOpen > 0) { k = asideOpen; continue; }
    // ("Among the dead, not all of whom were identified, were …": the key across its aside)
    const aside = tokens[k - 1].text === ',' ? asideAfterCasualty(tokens, k - 1) : null;
    const category = inclusionKeyAt(tokens, aside ?? k, k);
    // ("While 105 victims were released, 14 persons … were found dead": a key with a participle after it is a clause
    // of its own, no list)
    if (category && /^[a-z]+ed$/.test(tokens[k + 1]?.text ?? '') && k + 1 < at) return null;
    if (category) return { category, casualtyIndex: k, side: 'before' };
    // "1,139 people were killed: 695 civilians, 71 foreign nationals and 373 members": a list after a casualty word and a colon
    if (tokens[k].text === ':' || (/^[—–]$/.test(tokens[k].text) && figureBefore(tokens, k - 1))) {
      const c = casualtyAt(tokens, k - 1, CASUALTY_AFTER);
      if (c) return { category: c.category, casualtyIndex: k - 1, side: 'before' };
      // ("killed five people in the village: three soldiers and two civilians", "recovered the bodies of three more people
      // from the rubble: a woman and two children": a counted figure, then where, then the colon)
      if (tokens[k].text !== ':') return null;
      for (let j = k - 1; j >= 0 && k - j <= 12 && tokens[j].kind !== 'punct'; j--) {
        const fate = casualtyAt(tokens, j, CASUALTY_AFTER) ?? casualtyAt(tokens, j, CASUALTY_BEFORE);
        if (!fate) continue;
        // (the fate's own count, before it or after it: "Five people died in …", "killed five people in …")
        if (fate.width === 1 && tokens.slice(Math.max(0, j - 3), k).some(isCountToken)) return { category: fate.category, casualtyIndex: j, side: 'before' };
        break;
      }
      return null;
    }
    // a list may hold a parenthesis: "312 jihadists from the Islamic State (ISIL) and 130 civilians"
    // (and a hyphenated age: "a 12-year-old boy and two girls")
    const glued = tokens[k].text === '-' && tokens[k - 1]?.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end;
    // ('included "a woman and her two children"': a quote opened on the list)
    const quoteOpened = /^[“"]$/.test(tokens[k].text) && /^(included|include|includes|were|are)$/.test(tokens[k - 1]?.lower ?? '');
    if (tokens[k].kind === 'punct' && !/^[,()]$/.test(tokens[k].text) && !glued && !quoteOpened && !(semicolons && tokens[k].text === ';')) return null;
  }
  return null;
}

/** Who holds people captive: "Kidnappers are holding at least 30 people". */
const CAPTORS = /^(kidnappers|abductors|captors|gunmen|militants|bandits|insurgents|jihadists|pirates|rebels|hamas|hezbollah|terrorists)$/;

/** "taken by the attackers", "taken away by gunmen": taken at `i` by those who take people captive. */
function takenByCaptors(tokens: Token[], i: number): boolean {
  const by = tokens[i + 1]?.lower === 'away' ? i + 2 : i + 1;
  const agent = tokens[by + 1]?.lower === 'the' ? by + 2 : by + 1;
  return tokens[by]?.lower === 'by' && (CAPTORS.test(tokens[agent]?.lower ?? '') || /^(attackers|assailants|raiders)$/.test(tokens[agent]?.lower ?? ''));
}

/** A sentence about people taken captive, where "held" is said of them. */
const captivity = (tokens: Token[]): boolean => tokens.some((t) => /^(kidnap|abduct|hostage|captiv|captor|seiz)/.test(t.lower));

/** Words of a fraud, whose victims lose money: never casualties. */
const FRAUD = /^(scams?|scammers?|fraud|frauds|fraudsters?|swindles?|swindlers?|ponzi|phishing|embezzlement)$/;

// ("with the official death toll reaching 442 as of Sunday")
const TOLL_VERBS = new Set(['to', 'at', 'rises', 'rose', 'risen', 'climbs', 'climbed', 'reaches', 'reached', 'reaching', 'hits', 'hit', 'hitting',
  'soared', 'soars', 'jumped', 'jumps', 'surged', 'surges', 'be', 'toward', 'towards', 'totalled', 'totaled', 'totals', 'totalling', 'totaling', 'numbered', 'numbers', 'numbering',
  'reach', 'rise', 'climb', 'exceed', 'top', 'surpass', 'pass',
  'tops', 'topped', 'passes', 'passed', 'remains', 'remained', 'hovers', 'hovered', 'hovering', 'hover', 'oscillate', 'oscillates', 'oscillated', 'fluctuate', 'fluctuates', 'fluctuated', 'nears', 'neared', 'nearing', 'approaching', 'approaches', 'approached', 'ranged', 'ranges', 'range', 'ranging', 'touched', 'touches', 'exceeds', 'exceeded', 'crosses', 'crossed', 'is', 'was', 'are', 'were', 'stands', 'stood', 'now', 'from', 'lie', 'lies',
  // "reported the death toll as 14,866", "gave the toll as 11,921"
  'as']);
const TOLL_NOUNS: Record<string, Category> = { toll: 'killed', 'death-toll': 'killed', fatalities: 'killed' };

/** The comma opening ", which …," or ", the deadliest …," that closes at `close`, within a few words. */
function clauseOpening(tokens: Token[], close: number): number | null {
  // (16 tokens: ", the massive storm that hit the U.S. East Coast this week,")
  // (24 after "one of": ", one of the most powerful storms ever recorded when it made landfall in the central Philippines
  // more than a month ago,")
  for (let j = close - 1; j > 0 && close - j <= 24; j--) {
    // (", 35 kilometers northwest of Herat,": a distance in apposition)
    const distance = tokens[j + 1]?.kind === 'digits' && DISTANCE_UNITS.test(tokens[j + 2]?.lower ?? '');
    // (", triggered by heavy rains,": a participle with its agent)
    const participle = /ed$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'by';
    const oneOf = tokens[j + 1]?.lower === 'one' && tokens[j + 2]?.lower === 'of';
    // (", including suicides,": what the toll takes in)
    if (tokens[j].text === ',') return ((/^(which|who|the|a|an|up|down|including)$/.test(tokens[j + 1]?.lower ?? '') || distance || participle) && close - j <= 16) || oneOf ? j : null;
    if (tokens[j].kind === 'punct' && tokens[j].text !== '-' && tokens[j].text !== '.') return null;
  }
  return null;
}

/** Verbs of a toll's growth before "by" and how much: "the toll rose by 12". */
const RISEN_BY = /^(rose|risen|rises|rise|rising|climbed|climbs|climbing|jumped|jumps|jumping|increased|increases|increasing|grew|grows|growing|went)$/;

/** Qualifiers that are verbs of a toll themselves: "casualties top 320,000". */
// ("has gone past 33,000", "has gone beyond 370": past a bound is over it)
const QUALIFYING_VERBS = ['over', 'top', 'tops', 'topped', 'topping', 'crossed', 'crosses', 'cross', 'crossing', 'exceed', 'exceeds', 'exceeded', 'exceeding', 'pass', 'passes', 'passed', 'surpass', 'surpasses', 'surpassed', 'surpassing', 'eclipse', 'eclipses', 'eclipsed', 'eclipsing', 'above', 'past', 'beyond', 'near', 'nears', 'neared', 'nearing', 'approaches', 'approached', 'approaching'];

/**
 * "some of the 34 striking miners who South African police shot and killed", "the 12 villagers whom soldiers
 * executed": a relative clause with a subject of its own whose verb says what befell the people counted.
 */
function harmedByTheirOwnSubject(tokens: Token[], tags: Tags[], phrase: NumberPhrase): CasualtyLink | null {
  let n = phrase.last + 1;
  while (n < phrase.last + 3 && tokens[n]?.kind === 'word' && !isPersonWord(tokens[n].lower) && !AUXILIARIES.has(tokens[n].lower)) n++;
  if (!isPersonWord(tokens[n]?.lower ?? '') || !/^(who|whom|that)$/.test(tokens[n + 1]?.lower ?? '')) return null;
  for (let k = n + 3; k <= n + 6; k++) {
    const subject = tokens.slice(n + 2, k);
    if (!subject.every((t, d) => t.kind === 'word' && !AUXILIARIES.has(t.lower) && !SAY_VERBS.has(t.lower) && (!tags[n + 2 + d].has('Verb') || isPersonWord(t.lower)))) return null;
    const v = /^(had|have)$/.test(tokens[k]?.lower ?? '') ? k + 1 : k;
    const w = tokens[v]?.lower ?? '';
    if (w === 'shot' && tokens[v + 1]?.lower === 'and' && casualtyAt(tokens, v + 2, CASUALTY_BEFORE)?.category === 'killed') return { category: 'killed', casualtyIndex: v + 2, side: 'after' };
    const c = casualtyAt(tokens, v, CASUALTY_BEFORE);
    if (c && c.category !== 'casualties' && (c.width === 2 || /ed$/.test(w))) return { category: c.category, casualtyIndex: v, side: 'after' };
  }
  return null;
}

/**
 * "put the civilian death toll … at more than 20,000", "raised the death toll … to 39": whether `prep` at `i` ends a toll
 * set by one of `verbs` as far as 24 tokens back, so what the toll is of may run long between.
 */
function tollSetFarBack(tokens: Token[], i: number, prep: string, verbs: RegExp): boolean {
  return tokens[i]?.lower === prep && tokens.slice(Math.max(0, i - 24), i).some((t, d, all) => verbs.test(t.lower)
    && all.slice(d + 1, d + 5).some((x) => /^(toll|tolls)$/.test(x.lower)));
}

/** "Death toll in Kiev clashes rises to 35", "raises death toll from rebel attacks in east to 17". */
/**
 * "French casualties are usually given as about 377,000, …, and German casualties as about 337,000": whether the noun at
 * `n` opens a second toll of the same noun given the same way ("as", "at"), its verb left out.
 */
function secondTollGivenAlike(tokens: Token[], n: number): boolean {
  const noun = tokens[n]?.lower ?? '';
  const prep = tokens[n + 1]?.lower ?? '';
  if (!/^(at|as)$/.test(prep) || !/^(casualties|deaths|fatalities|injuries)$/.test(noun)) return false;
  // (whose they are, named between)
  let and = n - 1;
  while (and > n - 4 && tokens[and]?.kind === 'word' && /^\p{Lu}/u.test(tokens[and].text)) and--;
  return tokens[and]?.lower === 'and' && and < n - 1 && tokens.slice(0, and).some((x, k) => x.lower === prep
    && /^(given|put|estimated|placed|set|reckoned|listed|recorded)$/.test(tokens[k - 1]?.lower ?? '') && tokens.slice(Math.max(0, k - 5), k - 1).some((y) => y.lower === noun));
}

function tollBefore(tokens: Token[], phrase: NumberPhrase): { link: CasualtyLink; distance: number } | null {
  let i = phrase.first - 1;
  // ("an estimated death toll ranging from 55,298 to 78,525", "the death toll from traumatic injuries ranged from …": a
  // range the toll spans; the toll's own word, never the cause named after it)
  // ("the death toll varies between 100 and 300": "between" is the phrase's own first word)
  // ("range anywhere from 100 to up to 1,600": past "anywhere")
  const spanVerb = tokens[i]?.lower === 'from' ? (/^(anywhere|somewhere)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1) : tokens[phrase.first].lower === 'between' ? i : -1;
  if (phrase.high !== undefined && spanVerb >= 0 && /^(ranged|ranging|ranges|range|varied|varying|varies|vary)$/.test(tokens[spanVerb]?.lower ?? '')) {
    // ("Estimates of the death toll from the reported chemical weapons attack in Syria range …": past what caused it)
    for (let k = spanVerb - 1; k >= 0 && i - k <= 16 && tokens[k].kind !== 'punct'; k--) {
      if (tokens[k].lower === 'toll' && /^(death|deaths)$/.test(tokens[k - 1]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: k, side: 'before' }, distance: 1 };
    }
  }
  // ("Italy had the most deaths, at 18,000": how many the most were, set off by a comma)
  // ("Milan recorded the largest numbers of climate-attributable deaths, at 499": or the largest number of them, words
  // on the deaths between)
  if (tokens[i]?.lower === 'at' && tokens[i - 1]?.text === ',' && /^(deaths|casualties|fatalities|injuries|victims)$/.test(tokens[i - 2]?.lower ?? '')) {
    let m = i - 3;
    while (m > i - 7 && (tokens[m]?.text === '-' || (tokens[m]?.kind === 'word' && !/^(of|most|highest|fewest|more|fewer|lowest)$/.test(tokens[m].lower)))) m--;
    const most = /^(most|highest|fewest|more|fewer|lowest)$/.test(tokens[m]?.lower ?? '')
      || (tokens[m]?.lower === 'of' && /^numbers?$/.test(tokens[m - 1]?.lower ?? '') && /^(largest|highest|greatest|biggest|smallest|lowest)$/.test(tokens[m - 2]?.lower ?? ''));
    const harm = most ? casualtyAt(tokens, i - 2, CASUALTY_AFTER) : null;
    if (harm) return { link: { category: harm.category, casualtyIndex: i - 2, side: 'before' }, distance: 2 };
  }
  // ("the number of injured is also 50": a copula's "also", right before the count)
  if (tokens[i]?.lower === 'also' && /^(is|was|are|were|stands|stood)$/.test(tokens[i - 1]?.lower ?? '')) i--;
  // ("the death toll was probably at the low end of the 100-to-300 spectrum": a range, and where in it)
  // ('estimates the death toll at the "low end of the 100-to-300 spectrum"': the words quoted, and the toll's own "at")
  if (tokens[i]?.lower === 'the' && /^(spectrum|range|scale|bracket)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[i - 1]?.lower === 'of'
    && tokens[i - 2]?.lower === 'end' && /^(low|lower|high|higher|upper)$/.test(tokens[i - 3]?.lower ?? '')) {
    const the = /^[“"‘']$/.test(tokens[i - 4]?.text ?? '') ? i - 5 : i - 4;
    if (tokens[the]?.lower === 'the' && /^(at|on|in|toward|towards)$/.test(tokens[the - 1]?.lower ?? '')) i = TOLL_VERBS.has(tokens[the - 2]?.lower ?? '') || /^(probably|likely|possibly)$/.test(tokens[the - 2]?.lower ?? '') ? the - 2 : the - 1;
  }
  // ("would be in the hundreds": a vague count's magnitude)
  // ("The dead number in the low hundreds": with where in it)
  if (phrase.vague && /^(low|high|mid|lower|upper)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'the' && /^(in|into)$/.test(tokens[i - 2]?.lower ?? '')) i--;
  if (phrase.vague && tokens[i]?.lower === 'the' && /^(in|into)$/.test(tokens[i - 1]?.lower ?? '')) {
    i -= 2;
    // ("the true toll there was far higher, perhaps in the hundreds": a hedge, then how it compares, set off by a comma)
    if (/^(perhaps|possibly|probably|likely|maybe)$/.test(tokens[i]?.lower ?? '')) i--;
    if (tokens[i]?.text === ',' && /^(higher|lower)$/.test(tokens[i - 1]?.lower ?? '')) i = /^(far|much|even|still|considerably|significantly)$/.test(tokens[i - 2]?.lower ?? '') ? i - 3 : i - 2;
    // ("the injured, who number in the dozens", "deaths that ran into the hundreds": the group counted, then its verb)
    if (/^(number|numbers|numbered|numbering|run|runs|ran|running)$/.test(tokens[i]?.lower ?? '')) {
      let h = i - 1;
      // ("the real toll there ran into the hundreds": where or when, between)
      if (/^(there|here|now|already|soon|quickly|probably|likely)$/.test(tokens[h]?.lower ?? '')) h--;
      // ("the deaths in resettlement camps, which some survivors say ran into the tens of thousands": who says so, between
      // the relative pronoun and its verb)
      if (/^(say|says|said|believe|believes|estimate|estimates)$/.test(tokens[h]?.lower ?? '')) {
        const rel = tokens.findIndex((x, j) => j >= h - 4 && j < h - 1 && /^(which|that)$/.test(x.lower) && tokens.slice(j + 1, h).every((y) => y.kind === 'word'));
        if (rel > 0) h = rel;
      }
      if (/^(who|which|that)$/.test(tokens[h]?.lower ?? '')) h--;
      if (tokens[h]?.text === ',') h--;
      // (or the group before where it was: "the deaths in resettlement camps")
      {
        const of = tokens.findIndex((x, j) => j >= h - 3 && j < h && /^(in|at|from|among)$/.test(x.lower) && tokens.slice(j + 1, h + 1).every((y) => y.kind === 'word'));
        if (of > 0 && /^(deaths|casualties|fatalities|injuries)$/.test(tokens[of - 1]?.lower ?? '') && !casualtyAt(tokens, h, CASUALTY_AFTER)) h = of - 1;
      }
      // ("the death toll ran into the hundreds": a toll, which counts the dead)
      if (tokens[h]?.lower === 'toll' && (tokens[h - 1]?.lower === 'death' || tokens.slice(Math.max(0, h - 3), h).some((t) => t.lower === 'the'))) return { link: { category: 'killed', casualtyIndex: h, side: 'before' }, distance: i - h + 3 };
      const group = casualtyAt(tokens, h, CASUALTY_AFTER);
      if (group && group.category !== 'captured' && (tokens[h - 1]?.lower === 'the' || /s$/.test(tokens[h].lower))) return { link: { category: group.category, casualtyIndex: h, side: 'before' }, distance: i - h + 3 };
      // ("Afghan civilians killed in Helmand over the same years number in the thousands": people and their participle,
      // with where and when, before the verb)
      for (let k = h; k > 0 && h - k <= 8 && tokens[k].kind === 'word'; k--) {
        if (!/^(killed|wounded|injured)$/.test(tokens[k].lower) || !isPersonWord(tokens[k - 1].lower) || !/s$/.test(tokens[k - 1].lower)) continue;
        const harmed = casualtyAt(tokens, k, CASUALTY_AFTER);
        if (harmed) return { link: { category: harmed.category, casualtyIndex: k, side: 'before' }, distance: i - k + 3 };
      }
    }
    // ("put the death toll in the hundreds", "put the number of dead in the thousands", "which has put the figure in the
    // hundreds": the magnitude given to a toll, its dead, or a figure of the deaths named before)
    const harm = casualtyAt(tokens, i, CASUALTY_AFTER);
    if (harm && harm.category !== 'captured') return { link: { category: harm.category, casualtyIndex: i, side: 'before' }, distance: 2 };
    if (/^(toll|figure|number|count|tally)$/.test(tokens[i]?.lower ?? '') && tokens.slice(Math.max(0, i - 4), i).some((t) => /^(put|puts|putting|placed|places|estimated|estimates|set|sets)$/.test(t.lower))) {
      if (tokens[i].lower === 'toll' && /^(death|deaths)$/.test(tokens[i - 1]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: i, side: 'before' }, distance: 2 };
      for (let k = i - 1; k >= 0; k--) {
        const c = casualtyAt(tokens, k, CASUALTY_AFTER);
        if (c && c.category !== 'captured') return { link: { category: c.category, casualtyIndex: k, side: 'before' }, distance: 3 };
      }
    }
  }
  // ("The total death toll in Syria is, as of Tuesday afternoon, at least 1,832": when, in an aside before the count)
  let asideVerb = -1;
  {
    const q0 = qualifierBefore(tokens, phrase.first);
    const close = (q0 ? q0.first : phrase.first) - 1;
    if (tokens[close]?.text === ',') {
      const open = tokens.findIndex((t, k) => k < close && k >= close - 8 && t.text === ',' && /^(as|on|by|until)$/.test(tokens[k + 1]?.lower ?? '') && tokens.slice(k + 1, close).every((x) => x.kind === 'word'));
      if (open > 0 && TOLL_VERBS.has(tokens[open - 1]?.lower ?? '')) asideVerb = open - 1;
    }
    if (asideVerb >= 0 && !q0) i = asideVerb;
  }
  // ('will mount to "definitely several hundred"': a hedge on the count)
  // ("the true toll could lie anywhere between 793 and 8,498": or where in a range)
  // ("the number of people killed in the entire country was just ten": or how few)
  if (/^(definitely|probably|likely|possibly|perhaps|certainly|potentially|anywhere|somewhere|just|only|merely)$/.test(tokens[i]?.lower ?? '')) i--;
  // ("brings the death toll to a staggering 303", "rose to a record 42": a word on the figure between)
  if (tokens[i - 1]?.lower === 'a' && FIGURE_EPITHETS.test(tokens[i]?.lower ?? '') && /^(to|at)$/.test(tokens[i - 2]?.lower ?? '')) i -= 2;
  // ("rose from an initially reported 22", "from a previous 40": how the old end of a change was given)
  const givenFrom = fromBeforeGivenEnd(tokens, i);
  if (givenFrom >= 0 && !qualifierBefore(tokens, phrase.first)) i = givenFrom;
  const q = qualifierBefore(tokens, phrase.first);
  // "casualties are believed to be in the range of 240,000-290,000"
  if (!q && tokens[i]?.lower === 'of' && /^(range|region)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'the' && tokens[i - 3]?.lower === 'in') i -= 4;
  // ('revised down … to “about 253”': a quote opened before the count or its qualifier)
  if (/^[“"'‘]$/.test(tokens[q ? q.first - 1 : i]?.text ?? '') && TOLL_VERBS.has(tokens[(q ? q.first - 1 : i) - 1]?.lower ?? '')) {
    i = (q ? q.first - 1 : i) - 1;
  } else if (q) {
    // ("climbed steadily towards 100": an adverb of how may stand between the verb and its qualifier)
    // ("may be far higher than known 2,000": or of how much)
    // ("the actual death toll is, at least, 110": past the comma before a qualifier set off by commas)
    const before = tokens[q.first - 1]?.text === ',' && tokens[q.last]?.text === ',' ? q.first - 2 : q.first - 1;
    const verbAt = asideVerb >= 0 ? asideVerb : /ly$|^(far|much|even|still|well)$/.test(tokens[before]?.lower ?? '') ? before - 1 : before;
    // ("the toll rose by about 10 to 50": by how much, with its qualifier)
    const grewBy = tokens[q.first - 1]?.lower === 'by' && RISEN_BY.test(tokens[q.first - 2]?.lower ?? '');
    // ("Death toll from Katrina likely higher than 1,300": a headline's hedge with its verb left out)
    const hedged = /^(likely|probably|possibly)$/.test(tokens[q.first - 1]?.lower ?? '') && q.direction === 'more than';
    if (!QUALIFYING_VERBS.includes(tokens[q.first].lower) && !TOLL_VERBS.has(tokens[verbAt]?.lower ?? '') && !grewBy && !hedged) return null;
    i = TOLL_VERBS.has(tokens[verbAt]?.lower ?? '') || grewBy ? verbAt : q.first - 1;
  } else if (!TOLL_VERBS.has(tokens[i]?.lower ?? '') && !(tokens[i]?.lower === 'by' && RISEN_BY.test(tokens[i - 1]?.lower ?? ''))) return null;
  // ("put the death toll at more than 30 and the injuries at some 100": the verb's second object, with its own noun)
  if (tokens[i]?.lower === 'at' && tokens[i - 2]?.lower === 'the' && tokens[i - 3]?.lower === 'and' && /^(deaths|dead|injuries|injured|wounded|casualties|fatalities|missing)$/.test(tokens[i - 1]?.lower ?? '')
    && tokens.slice(Math.max(0, i - 20), i - 3).some((t) => /^(put|puts|set|sets|placed|places)$/.test(t.lower))) {
    const harm = casualtyAt(tokens, i - 1, CASUALTY_AFTER);
    if (harm) return { link: { category: harm.category, casualtyIndex: i - 1, side: 'before' }, distance: 2 };
  }
  if (secondTollGivenAlike(tokens, i - 1)) {
    const harm = casualtyAt(tokens, i - 1, CASUALTY_AFTER);
    if (harm) return { link: { category: harm.category, casualtyIndex: i - 1, side: 'before' }, distance: 2 };
  }
  // ("Deaths climbed by 195 on Wednesday", "the toll rose by 12 to 40": by how much it grew, a count of its own)
  // "from 63" is the old end of a change ("raised the toll to 87 from 63"), never "the toll from 3 attacks"
  const fromOnly = !q && tokens[i]?.lower === 'from';
  // "as" gives the toll's value only when the number stands alone ("the toll rose as 3 more bodies were found")
  // ("announced the official death count as 184 and stated that …": or a clause joined after it)
  // ("gives the death toll as 73 people": but right after the toll's own noun, its people counted)
  const tollsPeople = FIGURE_NOUNS.has(tokens[i - 1]?.lower ?? '') && isPersonWord(tokens[phrase.last + 1]?.lower ?? '');
  if (tokens[i]?.lower === 'as' && tokens[phrase.last + 1]?.kind === 'word' && !/^(on|in|at|by|after|before|according|and)$/.test(tokens[phrase.last + 1].lower) && !tollsPeople) return null;
  // ("The number of dead … went from 85 to 89": "went" right before "from", as phrases.ts reads it)
  const wentFrom = tokens[i]?.lower === 'to' && tokens[i - 2]?.lower === 'from' && /^(went|gone)$/.test(tokens[i - 3]?.lower ?? '') && isCountToken(tokens[i - 1]);
  const changed = changeBefore(tokens, i) || wentFrom;
  // "The death toll from landslides and floods in the central Philippines triggered by a tropical
  // depression climbed to 85": a verb of change right before the number reaches a long subject
  // ("could rise eightfold, to more than 20,000": the bare form after a modal too)
  const grew = /^(rose|risen|rises|rise|climbed|climbs|climb|jumped|jumps|jump|increased|increases|increase|reached|reaches|reach|soared|soar|surged|surges|surge|mounted|mount|stands|stood|swelled|swells|swell|grew|grown|grow|spiked|spikes)$/;
  // ("The number of injured was 19, but it went to 59": or went, of "it" standing for a count)
  const wentTo = tokens[i]?.lower === 'to' && /^(went|gone)$/.test(tokens[i - 1]?.lower ?? '') && (tokens[i - 2]?.lower === 'it' || (tokens[i - 2]?.lower === 'has' && tokens[i - 3]?.lower === 'it'));
  // ("rose Monday to 77", "rose on Friday to 41": the day between the verb and its "to")
  const day = (w: string | undefined) => WEEKDAY.test(w ?? '') || /^(today|yesterday|overnight)$/.test(w ?? '');
  // ("revised down the death toll … by more than 100, to “about 253”": by how much, then what it came to)
  // ("lowered the death toll … by more than 100 to 253": or with no comma)
  // ("Injuries rose by 8 per cent, to 9,815": or by a share)
  const shareAt = (j: number) => (tokens[j] && isCountToken(tokens[j]) ? j
    : (tokens[j]?.text === '%' || tokens[j]?.lower === 'percent') && tokens[j - 1]?.kind === 'digits' ? j - 1
      : tokens[j]?.lower === 'cent' && tokens[j - 1]?.lower === 'per' && tokens[j - 2] !== undefined && isCountToken(tokens[j - 2]) ? j - 2 : -1);
  const byCount = tokens[i]?.lower === 'to' ? (tokens[i - 1]?.text === ',' ? shareAt(i - 2) : shareAt(i - 1)) : -1;
  if (byCount > 0) {
    let by = byCount - 1;
    while (by > 0 && by > i - 7 && tokens[by].lower !== 'by' && tokens[by].kind === 'word') by--;
    if (tokens[by]?.lower === 'by') i = by;
  }
  // ("the death toll from the Oct. 7 Hamas attack in southern Israel had been revised (down) to …")
  const revisedTo = tokens[i]?.lower === 'to' && (REVISED.test(tokens[i - 1]?.lower ?? '') || (/^(down|up)$/.test(tokens[i - 1]?.lower ?? '') && REVISED.test(tokens[i - 2]?.lower ?? '')));
  // ("has gone up to 210": "up" of the verb that moved the toll)
  const wentUp = tokens[i]?.lower === 'to' && tokens[i - 1]?.lower === 'up' && RISE_VERBS.test(tokens[i - 2]?.lower ?? '');
  // ("rose yesterday, Sunday, to at least 419": days and their commas)
  // ("rose drastically again on Sunday to more than 2,000": how, and again)
  let v = i - 1;
  // ("could rise eightfold, to more than 20,000": or by how many times)
  while (v > i - 7 && (tokens[v]?.text === ',' || day(tokens[v]?.lower) || /^(on|again|further|sharply|steadily|drastically|dramatically|significantly|rapidly|twofold|threefold|fourfold|fivefold|sixfold|sevenfold|eightfold|ninefold|tenfold)$/.test(tokens[v]?.lower ?? ''))) v--;
  const toAfterDays = /^(to|by)$/.test(tokens[i]?.lower ?? '') && v < i - 2 && grew.test(tokens[v]?.lower ?? '');
  // ("Road deaths in Britain fell 5% to 1,645", "Overdose deaths fell to about 80,000": a toll that moved, by a share or
  // not, down as well as up)
  let f = i - 1;
  // ("deaths fell 2% last year, to 36,096", "fell 2% from the same period in 2019, to 16,550": when, or against when,
  // set off by a comma before the new end; or by what fraction, below)
  let whenSet = -1;
  if (tokens[i]?.lower === 'to' && tokens[f]?.text === ',') {
    let w = f - 1;
    while (w > f - 9 && w > 0 && (tokens[w].kind === 'word' || isYearToken(tokens[w])) && !/^(percent|cent)$/.test(tokens[w].lower)) w--;
    const span = tokens.slice(w + 1, f);
    if (span.length > 0 && span.length <= 7 && /^(last|this|in|from|during|over|compared)$/.test(span[0].lower)
      && span.some((x) => isYearToken(x) || /^(year|period|month|week|quarter|half)$/.test(x.lower))) { whenSet = w; f = w; }
    // ("Reported fatalities in Burkina Faso fell 12% week-on-week, to 141", "fell 12%, to 141": against the period before,
    // or the share alone, before the comma)
    else if (span.length === 1 && /^(week|month|year|quarter|day)-(on|over)-(week|month|year|quarter|day)$/.test(span[0].lower)) { whenSet = w; f = w; }
    else if (span.length === 0 && (tokens[w]?.text === '%' || tokens[w]?.lower === 'percent')) { whenSet = w; f = w; }
  }
  // ("The number of people killed on the roads fell by 12 last year, to 1,645": by how many, before when)
  if (whenSet >= 0 && tokens[f] !== undefined && isCountToken(tokens[f]) && tokens[f - 1]?.lower === 'by') f -= 2;
  // ("Drug overdose deaths … fell by nearly 27% in 2024, to about 80,400", "Homicides rose by 12 percent last year, to
  // 1,200": the share, its own qualifier and its "by" before it)
  const share = tokens[f]?.text === '%' || tokens[f]?.lower === 'percent' ? f - 1 : tokens[f]?.lower === 'cent' && tokens[f - 1]?.lower === 'per' ? f - 2 : -1;
  if (tokens[i]?.lower === 'to' && share > 0 && tokens[share].kind === 'digits') {
    f = share - 1;
    if (/^(nearly|almost|about|around|some|roughly|approximately|over|just)$/.test(tokens[f]?.lower ?? '')) f--;
    if (tokens[f]?.lower === 'by') f--;
  }
  // ("Deaths from road crashes fell by a third, to 2,210": by a fraction, set off by a comma before the new end)
  if (tokens[i]?.lower === 'to' && share < 0 && tokens[f]?.text === ',' && whenSet < 0) {
    // ("by half", "by a third", "by two-thirds")
    const word = tokens[f - 1]?.lower ?? '';
    const fraction = word === 'half' || /^(two|three|four)-(thirds|quarters|fifths)$/.test(word) ? f - 1
      : /^(half|third|quarter|fifth|tenth)$/.test(word) && /^(a|one)$/.test(tokens[f - 2]?.lower ?? '') ? f - 2 : -1;
    if (fraction > 0 && tokens[fraction - 1]?.lower === 'by') { whenSet = fraction - 2; f = fraction - 2; }
  }
  const fell = /^(fell|fallen|falls|dropped|drops|declined|declines|decreased|decreases|eased|slid|sank)$/;
  const movedTo = tokens[i]?.lower === 'to' && (grew.test(tokens[f]?.lower ?? '') || fell.test(tokens[f]?.lower ?? ''));
  const grewTo = revisedTo || wentUp || toAfterDays || movedTo || wentTo || (tokens[i]?.lower === 'to' || tokens[i]?.lower === 'by') && (grew.test(tokens[i - 1]?.lower ?? '') || (day(tokens[i - 1]?.lower)
    && (grew.test(tokens[i - 2]?.lower ?? '') || (tokens[i - 2]?.lower === 'on' && grew.test(tokens[i - 3]?.lower ?? '')))));
  // (the walk back starts at the verb, past the days' commas)
  if (toAfterDays) i = v;
  // ("a grim update on the death toll …, revealing that it has surged to 143": "it" is the toll named before)
  if (grewTo) {
    let it = i - 2;
    while (it > 0 && BEFORE_CHANGE.test(tokens[it].lower)) it--;
    if (tokens[it]?.lower === 'it') {
      // ("The initial number of victims was 19 deaths, but it rose to 25", "The number of injured was 19, but it went
      // to 59": or a number of the harmed, which takes the harm named nearest before "it")
      let nearest: { category: Category; index: number } | null = null;
      for (let k = it - 1; k >= Math.max(1, it - 40); k--) {
        if (tokens[k].lower === 'toll' && /^(death|the)$/.test(tokens[k - 1].lower)) return { link: { category: 'killed', casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
        const c = casualtyAt(tokens, k, CASUALTY_AFTER);
        if (c && !nearest) nearest = { category: c.category, index: k };
        if (tokens[k].lower === 'number' && tokens[k + 1]?.lower === 'of' && nearest && nearest.index - k <= 6) return { link: { category: nearest.category, casualtyIndex: nearest.index, side: 'before' }, distance: i - nearest.index + 1 };
      }
    }
  }
  // ("the death toll … is lower than previously stated and now stands at 253")
  // ("has been confirmed at 93 people")
  // ("The number of people missing … peaked at more than 2,000")
  const stoodAt = tokens[i]?.lower === 'at' && /^(stands|stood|confirmed|put|estimated|set|placed|fixed|peaked|peaks)$/.test(tokens[i - 1]?.lower ?? '');
  // ("bring the number of people killed in the accident and the explosions that followed to 13")
  const brought = tokens[i]?.lower === 'to' && tokens.slice(Math.max(0, i - 24), i).some((t) => /^(bring|brings|bringing|brought)$/.test(t.lower));
  // ("… on Monday at 10:00 AM has surpassed 229", "remains 229": a verb that gives a toll directly reaches as far)
  // ("The death toll from the strike at the Ahli Arab hospital in Gaza on Tuesday is likely to be 100 to 300")
  const likelyToBe = tokens[i]?.lower === 'be' && tokens[i - 1]?.lower === 'to' && /^(likely|unlikely|expected|believed|estimated|thought|feared|said|reported|projected)$/.test(tokens[i - 2]?.lower ?? '');
  // ("put the civilian death toll in the final army offensive against the separatist Liberation Tigers of Tamil Eelam
  // (LTTE) at more than 20,000": the toll put, far back, with all it is the toll of between)
  const putTollAt = tollSetFarBack(tokens, i, 'at', /^(put|puts|putting|placed|places|placing|place)$/);
  // ("… has gone past 33,000": gone past a bound reaches as far as passing it)
  const wentPast = q !== null && /^(past|beyond|above)$/.test(tokens[q.first]?.lower ?? '') && /^(gone|went|goes|go)$/.test(tokens[q.first - 1]?.lower ?? '');
  // ("The number of people murdered on … in the Uzbek town of Andizhan is at least 500": a toll's subject that opens
  // the sentence may run long before its verb)
  const tollOpens = tokens[0]?.lower === 'the' && (tokens[1]?.lower === 'number' || (tokens[1]?.lower === 'death' && tokens[2]?.lower === 'toll'));
  // ("raised the death toll Saturday from the Category 5 Hurricane Otis that struck … early Wednesday to 39": the toll
  // raised, far back, with what it is the toll of between)
  const raisedTollTo = tollSetFarBack(tokens, i, 'to', /^(raised|raises|raising|revised|revises|revising|lowered|lowers|updated|updates)$/);
  const reach = likelyToBe || grew.test(tokens[i]?.lower ?? '') || /^(surpassed|surpasses|exceeded|exceeds|eclipsed|eclipses|topped|tops|passed|passes|crossed|remains|remained)$/.test(tokens[q ? q.first : i]?.lower ?? '') || grewTo || stoodAt || brought || putTollAt || raisedTollTo || wentPast || tollOpens ? 24 : 14;
  // (a clause stepped over does not count against the reach)
  let skipped = 0;
  // (where an aside closed by a comma right before the toll's verb ends)
  let asideClose: number | null = null;
  // ("Deaths due to snakebites in India, between 2001-2014, stood at about 808,000": a level it stood at closes an
  // aside too)
  const levelAt = tokens[i]?.lower === 'at' && /^(stood|stands)$/.test(tokens[i - 1]?.lower ?? '');
  for (let k = i; k >= 0 && i - k - skipped < reach; k--) {
    const t = tokens[k];
    // "The official death toll, which stands at 72": a relative clause between toll and verb
    // ("The toll was earlier put at 288, which the government revised to 275": the figure "which" stands for, stepped over)
    if (t.text === ',' && tokens[k + 1]?.lower === 'which') { if (grewTo && tokens[k - 1]?.kind === 'digits') { skipped += 2; k--; } continue; }
    // ("the landslide that struck the village on Monday at 10:00 AM has surpassed 229": a clock time in the subject)
    // ("The death toll at 11 p.m. Sunday was 11 people": the clock's "p.m." cut into letters and dots, stepped over whole)
    if (t.text === '.' && tokens[k - 1]?.lower === 'm' && tokens[k - 2]?.text === '.' && tokens[k - 4]?.kind === 'digits' && clockAfter(tokens, k - 4)) { skipped += 4; k -= 4; continue; }
    if (t.kind === 'digits' && ((tokens[k - 1]?.text === ':' && tokens[k - 2]?.kind === 'digits') || (tokens[k + 1]?.text === ':' && tokens[k + 2]?.kind === 'digits') || clockAfter(tokens, k))) { skipped++; continue; }
    if (t.text === ':' && tokens[k - 1]?.kind === 'digits' && tokens[k + 1]?.kind === 'digits' && tokens[k + 1].start === t.end) { skipped++; continue; }
    // ("the death toll at the school located in Karambi Sub-county, two kilometres from the Uganda-DR Congo border at
    // Mpondwe stood at 41": how far it lies from somewhere, with no comma to close it)
    if (t.text === ',') {
      const far = tokens.findIndex((x, j) => j <= k && j >= k - 14 && x.text === ',' && (tokens[j + 1]?.kind === 'digits' || isNumberWord(tokens[j + 1]?.lower ?? ''))
        && DISTANCE_UNITS.test(tokens[j + 2]?.lower ?? '') && /^(from|north|south|east|west|outside)$/.test(tokens[j + 3]?.lower ?? ''));
      if (far > 0) { skipped += far === k ? i - k : k - far; k = far; continue; }
    }
    // "The death toll, which stood at 12 on Monday, rose to 15": the whole clause is stepped over
    if (t.text === ',') {
      const open = clauseOpening(tokens, k);
      if (open !== null) { skipped += k - open; k = open; continue; }
    }
    if (t.text === '.' && MONTHS.has(tokens[k - 1]?.lower ?? '')) continue; // "since Oct. 7"
    // ("the death toll from the October 1, 2022, stampede … has exceeded 125": the commas of a date with its year)
    if (t.text === ',' && ((tokens[k + 1] && isYearToken(tokens[k + 1]) && tokens[k - 1]?.kind === 'digits' && MONTHS.has(tokens[k - 2]?.lower ?? ''))
      || (tokens[k - 1] && isYearToken(tokens[k - 1]) && tokens[k - 2]?.text === ',' && tokens[k - 3]?.kind === 'digits' && MONTHS.has(tokens[k - 4]?.lower ?? '')))) continue;
    // ("Death toll from Philippine landslides, floods climbs to 85": a list of causes inside the toll's subject)
    // ("Death toll in Palu quake, tsunami reaches 384": or of two events, each named once)
    if (t.text === ',' && tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word'
      && ((/s$/.test(tokens[k - 1].lower) && /s$/.test(tokens[k + 1].lower)) || (EVENT_NOUNS.has(tokens[k - 1].lower) && EVENT_NOUNS.has(tokens[k + 1].lower)))
      && !SAY_VERBS.has(tokens[k + 2]?.lower ?? '') && !AUXILIARIES.has(tokens[k + 2]?.lower ?? '') && k + 1 < i) continue;
    // ("a 10% rise in overdose deaths, totaling more than 72,000 people": the participle after the comma is the toll's verb)
    if (t.text === ',' && k + 1 === i && /^(totaling|totalling|numbering)$/.test(tokens[i].lower)) continue;
    // ("The death toll in the province of Batangas, south of Manila, rose to 55": where a place lies, as an aside)
    if (t.text === ',' && k + 1 < i) {
      let open = k - 1;
      while (open > k - 7 && open > 0 && tokens[open].kind === 'word') open--;
      if (tokens[open]?.text === ',' && /^(north|south|east|west|northeast|northwest|southeast|southwest|near|outside)$/.test(tokens[open + 1]?.lower ?? '')
        && (tokens[open + 2]?.lower === 'of' || /^(near|outside)$/.test(tokens[open + 1].lower))) { skipped += k - open; k = open; continue; }
    }
    // ("the death toll from violence … involving Druze fighters and their Bedouin rivals, as well as government forces,
    // armed tribes and Israel, had topped 1,000": more parties to what the toll counts, as an aside)
    if (t.text === ',') {
      const open = tokens.findIndex((x, j) => j < k && j >= k - 14 && x.text === ',' && tokens[j + 1]?.lower === 'as' && tokens[j + 2]?.lower === 'well' && tokens[j + 3]?.lower === 'as');
      if (open > 0 && tokens.slice(open + 4, k).every((x) => x.kind === 'word' || x.text === ',') && !tokens.slice(open + 4, k).some((x, j) => SAY_VERBS.has(x.lower) || casualtyAt(tokens, open + 4 + j, CASUALTY_AFTER) !== null)) {
        skipped += k - open; k = open; continue;
      }
    }
    // ("The death toll, once reported at 93, has now surged to 115": an aside right after the toll's noun)
    if (t.text === ',' && TOLL_NOUNS[tokens[k - 1]?.lower ?? '']) continue;
    // ("Civil society groups put the toll higher, at 52": how it compares, before the comma)
    if (t.text === ',' && k + 1 === i && putTollAt && /^(higher|lower)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // ("The current death toll for Puerto Rico – revised upward from 64 initially – is now estimated at …": the same
    // aside between spaced dashes, from inside it or from after it)
    if (/^[—–]$/.test(t.text) && tokens[k - 1]?.end !== t.start) {
      // (the toll's noun right before the dash, or with what it is of: "toll for Puerto Rico –")
      const tollBefore = (d: number) => TOLL_NOUNS[tokens[d - 1]?.lower ?? ''] !== undefined
        || tokens.slice(Math.max(0, d - 6), d - 1).some((x, j, all) => TOLL_NOUNS[x.lower] !== undefined && /^(for|in|from|of|on)$/.test(all[j + 1]?.lower ?? '')
          && all.slice(j + 1).every((y) => y.kind === 'word'));
      if (tollBefore(k) && k < i) continue;
      let open = k - 1;
      while (open > k - 12 && open > 0 && tokens[open].text !== t.text && tokens[open].text !== '.') open--;
      if (open < k - 1 && tokens[open]?.text === t.text && tollBefore(open)) { skipped += k - open; k = open; continue; }
    }
    // ("the magnitude of the killings, estimated at more than 27,000": an aside that gives the count of its noun)
    if (t.text === ',' && k + 2 === i && stoodAt && /^(killings|deaths|casualties|fatalities|dead|murders)$/.test(tokens[k - 1]?.lower ?? '')) {
      const harm = casualtyAt(tokens, k - 1, CASUALTY_AFTER);
      if (harm) return { link: { category: harm.category, casualtyIndex: k - 1, side: 'before' }, distance: i - k + 2 };
    }
    if (t.text === ',') {
      let open = k - 1;
      while (open > k - 10 && open > 0 && tokens[open].text !== ',' && tokens[open].text !== '.') open--;
      if (tokens[open]?.text === ',' && TOLL_NOUNS[tokens[open - 1]?.lower ?? '']) { skipped += k - open; k = open; continue; }
    }
    // ("The death toll following the floods in Valencia, Spain, and other regions has risen to 225": commas of
    // a place's name inside a long subject)
    // ("in Lac-Megantic, Que., is now 13": a province's abbreviation)
    if (isAbbreviationDot(tokens, k) && tokens[k + 1]?.text === ',') continue;
    if (t.text === ',' && isAbbreviationDot(tokens, k - 1) && k + 1 < i) continue;
    // ("in Cianjur district, West Java has increased to 62": a name's own lower-case word of the place before the comma)
    const placeNamed = /^(district|province|region|county|city|state|town|village|regency|prefecture|governorate|municipality)$/.test(tokens[k - 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[k - 2]?.text ?? '');
    if (t.text === ',' && k + 1 < i && ((/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 1].kind === 'word') || placeNamed)
      && (/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') || tokens[k + 1]?.lower === 'and') && !SAY_VERBS.has(tokens[k + 2]?.lower ?? '')) continue;
    // ("clashes between Colombia's National Liberation Army (ELN) and …": an acronym in brackets inside the toll's
    // subject does not count against the reach)
    if (t.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[k - 1]?.text ?? '')) { skipped += 3; k -= 2; continue; }
    // ('the death toll from super typhoon "Yolanda" has reached 3,621': a quoted name inside the toll's subject)
    // ("Death toll for Kentucky’s ‘deadliest storm’ reaches at least 84": or in single marks)
    if (/^[“”"‘]$/.test(t.text) && tokens[k - 1]?.kind === 'word') continue;
    // ("The death toll from the terror attack at a concert hall on Friday (March 22) night … has risen to 133": a short
    // aside in brackets that says no fate and no saying)
    // ("The toll (a figure compiled by the Associated Press from police and hospital reports) now stands at 47": or a
    // longer one right after the toll's noun, that says what figure it is and whose)
    if (t.text === ')' && k < i) {
      const open = tokens.findIndex((x, j) => j < k && j >= k - 16 && x.text === '(');
      const describesToll = open > 0 && TOLL_NOUNS[tokens[open - 1]?.lower ?? ''] !== undefined && /^(a|an|the)$/.test(tokens[open + 1]?.lower ?? '')
        && /^(figure|count|tally|number|estimate|total)$/.test(tokens[open + 2]?.lower ?? '');
      const inside = open >= 0 && (open >= k - 6 || describesToll) ? tokens.slice(open + 1, k) : [];
      if (open > 0 && inside.length > 0 && inside.every((x) => x.kind !== 'punct' || x.text === ',') && !inside.some((x, j) => casualtyAt(tokens, open + 1 + j, CASUALTY_AFTER) !== null || (SAY_VERBS.has(x.lower) && !describesToll))) {
        skipped += k - open; k = open; continue;
      }
    }
    // ("The death toll from the earthquake that struck … Marrakech, Morocco, on Friday night, has risen to 632": a
    // comma right before the toll's verb closes an aside, and the comma that opened it is stepped over too)
    if (t.text === ',' && asideClose !== null) { skipped += asideClose - k; asideClose = null; continue; }
    // ("in Lagos, on Monday (1st) rose to 20": the day's date in brackets)
    if (t.text === ')' && tokens[k - 2]?.text === '(' && (day(tokens[k - 3]?.lower) || MONTHS.has(tokens[k - 3]?.lower ?? '')) && (tokens[k - 1].kind === 'digits' || /^\d+(st|nd|rd|th)$/i.test(tokens[k - 1].text))) { skipped += 2; k -= 2; continue; }
    if (t.text === ',' && k < i && (grewTo || grew.test(tokens[i]?.lower ?? '') || levelAt)) {
      let v = k + 1;
      // (", on Monday rose to 20": a day after the comma, its aside left unclosed)
      if (/^(on|last|this|early|late)$/.test(tokens[v]?.lower ?? '') && day(tokens[v + 1]?.lower)) v += 2;
      else if (day(tokens[v]?.lower)) v++;
      if (tokens[v]?.text === '(' && tokens[v + 2]?.text === ')') v += 3;
      while (v < i && BEFORE_CHANGE.test(tokens[v].lower)) v++;
      if (grew.test(tokens[v]?.lower ?? '') && (v === i || (v + 1 === i && (/^(to|by)$/.test(tokens[i].lower) || levelAt)))) { asideClose = k; continue; }
    }
    // ("The number of homicides rose nearly 30% in 2020 to 21,570": by how much, as a share)
    if (t.text === '%' && tokens[k - 1]?.kind === 'digits' && tokens[k - 1].end === t.start) { skipped++; continue; }
    // ("the combined total of casualties—both dead and wounded—has reached 1,481": an aside between dashes)
    const asideOpen = k < i ? dashAsideOpen(tokens, k, 8) : -1;
    if (asideOpen > 0) { skipped += k - asideOpen; k = asideOpen; continue; }
    // (the span of when, set off by its comma, stepped over)
    if (whenSet > 0 && movedTo && k === i - 1) { skipped += k - whenSet - 1; k = whenSet + 1; continue; }
    // ("deaths in crashes involving heavy trucks fell by just one, from 5,006 in 2018 to 5,005": by how much, then
    // the change's two ends)
    if (t.text === ',' && changed && tokens[k + 1]?.lower === 'from' && k + 1 < i) { skipped++; continue; }
    // ("bringing the combined toll for 2022–2024 to more than 181,000": a span of years inside the toll's subject)
    if (/^[–-]$/.test(t.text) && tokens[k - 1] && isYearToken(tokens[k - 1]) && tokens[k + 1] && isYearToken(tokens[k + 1]) && k + 1 < i) { skipped += 3; k--; continue; }
    // ('The number of people murdered on "Bloody Friday" 13 May in the Uzbek town of Andizhan is at least 500': a
    // name in quotes inside the toll's subject)
    if (/^[“”"]$/.test(t.text) && k < i - 1) continue;
    // ("The number of fatalities … in the city of Dnipro, north of Zaporizhia (Ukraine) increased to 21": a country in
    // brackets after a place, and where the place lies, after its comma)
    if (t.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 1].kind === 'word' && k < i) { k -= 2; continue; }
    // ("Deaths from road traffic accidents (V01–V89) numbered 1,711": a classification's codes in brackets)
    if (t.text === ')' && k < i) {
      const open = tokens.findIndex((x, j) => j < k && k - j <= 8 && x.text === '(');
      const inner = open >= 0 ? tokens.slice(open + 1, k) : [];
      const code = (x: Token, d: number) => /^[A-Z]$/.test(x.text) && inner[d + 1]?.kind === 'digits' && inner[d + 1].start === x.end;
      if (inner.some(code) && inner.every((x) => /^([A-Z]|\d{2}(\.\d+)?|[–,-]|ICD|ICD-10)$/.test(x.text))) { skipped += k - open; k = open; continue; }
    }
    if (t.text === ',' && k < i && /^(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)$/.test(tokens[k + 1]?.lower ?? '')
      && tokens[k + 2]?.lower === 'of' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) continue;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'") return null;
    // "rose from 22 to 25", "raised the toll to 87 from 63": the other end of the change is stepped over
    // ("Road deaths fell 5% to 1,645": by what share it moved)
    if (t.kind === 'digits' && tokens[k + 1]?.text === '%' && (movedTo || changed)) { skipped++; if (tokens[k - 1]?.lower === 'by') { k--; skipped++; } continue; }
    // ("fell from about 3,000 to 1,300": with the old end's bound word)
    if (t.kind === 'digits' && changed) {
      let b = k - 1;
      while (b > k - 4 && /^(than|more|over|least|at|nearly|almost|about|around|some|roughly|approximately|just)$/.test(tokens[b]?.lower ?? '')) b--;
      // ("rose from an initial 12 to 40": how the old end was given, after its article)
      const given = fromBeforeGivenEnd(tokens, b);
      if (given >= 0) b = given;
      // (the other end costs the reach nothing, nor its year: "to 3,201 in 2005 from 3,221 in 2004")
      if (/^(to|from|by)$/.test(tokens[b]?.lower ?? '')) {
        if (tokens[k + 1]?.lower === 'in' && tokens[k + 2] && isYearToken(tokens[k + 2])) skipped += 2;
        skipped += k - b + 1; k = b; continue;
      }
    }
    // "the death toll from the 7.9-magnitude quake": a number inside a compound modifier
    if (t.kind === 'digits' && tokens[k + 1]?.text === '-' && tokens[k + 1].start === t.end) continue;
    // ("The death toll from the magnitude 7.7 earthquake has surged to 694", "from Monday's 7.8 magnitude
    // catastrophe rose to …": a quake's magnitude)
    if (t.kind === 'digits' && (tokens[k - 1]?.lower === 'magnitude' || tokens[k + 1]?.lower === 'magnitude')) continue;
    // "The death toll from the bombing since October 7 has risen to 15,899": a date in the subject
    // ("The number of persons killed … during 2023-24 was 313": or a span of years)
    if (t.kind === 'digits' && (isYearToken(t) || isYearSpanEnd(tokens, k) || MONTHS.has(tokens[k - 1]?.lower ?? '') || MONTHS.has(tokens[k + 1]?.lower ?? '')
      || (tokens[k - 1]?.text === '.' && MONTHS.has(tokens[k - 2]?.lower ?? '')))) continue;
    // (a share's number: "rose 12 percent to 500", "30% in 2020")
    if (t.kind === 'digits' && (tokens[k + 1]?.text === '%' || /^(percent|per)$/.test(tokens[k + 1]?.lower ?? ''))) { skipped++; continue; }
    // ("The death toll from the quake that struck 35 kilometers northwest of Herat is almost 2,000": a distance)
    if (t.kind === 'digits' && DISTANCE_UNITS.test(tokens[k + 1]?.lower ?? '')) continue;
    // ("The death toll from Israeli strikes over the past 12 days has reached 606": how long it took)
    if (t.kind === 'digits' && /^(days|weeks|months|years|hours)$/.test(tokens[k + 1]?.lower ?? '') && /^(past|last|previous|first)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // ("The death toll from Hong Kong's worst fire in nearly 80 years rose to 128": a span of time the subject names)
    if (t.kind === 'digits' && /^(days|weeks|months|years|decades|hours)$/.test(tokens[k + 1]?.lower ?? '')) {
      let b = k - 1;
      while (b > k - 4 && /^(nearly|almost|over|about|around|some|more|than)$/.test(tokens[b]?.lower ?? '')) b--;
      if (/^(in|for)$/.test(tokens[b]?.lower ?? '')) continue;
    }
    // ("The death toll from a collapse 17 days ago rose to 1,110": how long ago)
    if (t.kind === 'digits' && /^(days|weeks|months|years|hours)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'ago') continue;
    // ("members of the FARC 33rd Front has risen to 60": an ordinal inside a name)
    if (t.kind === 'digits' && /^\d+(st|nd|rd|th)$/i.test(t.text)) continue;
    // ("the death toll from the M5.6 earthquake", "a magnitude 6.2 quake": a magnitude, no count)
    if (t.kind === 'digits' && /^\d+\.\d$/.test(t.text) && (tokens[k - 1]?.text === 'M' || tokens[k - 1]?.lower === 'magnitude') && /^(earthquake|quake|tremor|temblor)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    // ("raised the death toll from the Category 5 Hurricane Otis … to 39": a number that names what it follows)
    if (t.kind === 'digits' && /^\d{1,2}$/.test(t.text) && namesWhatItFollows(tokens, k)) continue;
    // ("The death toll from the fire that tore through 7 towers … rose to 128": things counted inside the toll's
    // subject)
    if (t.kind === 'digits' && k < i && NON_PERSON_NOUNS.has(tokens[k + 1]?.lower ?? '') && !casualtyAt(tokens, k + 1, CASUALTY_AFTER)) continue;
    // ("The death toll in the town of about 3,500 residents rose from …": how many live in the place the toll is of)
    if (t.kind === 'digits' && k < i && /^(residents|inhabitants|people)$/.test(tokens[k + 1]?.lower ?? '')) {
      const of = (qualifierBefore(tokens, k)?.first ?? k) - 1;
      if (tokens[of]?.lower === 'of' && (isPlaceWord(tokens[of - 1]?.lower ?? '') || /^(community|country|nation|island)$/.test(tokens[of - 1]?.lower ?? ''))) continue;
    }
    // ("Deaths among residents aged 65 and older rose by 12 per cent, to 96": an age that narrows who the toll counts)
    if (t.kind === 'digits' && k < i && /^(aged|ages|over|under)$/.test(tokens[k - 1]?.lower ?? '') && /^\d{1,3}$/.test(t.text) && isPersonWord(tokens[k - 2]?.lower ?? '')) continue;
    if (t.kind === 'digits') return null;
    // ("The number of people whose whereabouts are unknown fell to 11": those no one can place are missing)
    // ("bringing the number of people whose fate remains unknown since 2019 to 418": or whose fate no one knows)
    if (/^(unknown|unclear)$/.test(t.lower) && /^(whereabouts|fate)$/.test(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.lower === 'whose' && /^(are|were|is|was|remain|remains|remained)$/.test(tokens[k - 1]?.lower ?? '')
      && tokens.slice(Math.max(0, k - 8), k - 3).some((x, d, all) => x.lower === 'number' && all[d + 1]?.lower === 'of')) {
      return { link: { category: 'missing', casualtyIndex: k - 2, side: 'before' }, distance: i - k + 1 };
    }
    // ("the number of people admitted to hospital with burns climbed to 280": the number of the hurt taken in)
    if (/^hospitals?$/.test(t.lower) && /^(to|in)$/.test(tokens[k - 1]?.lower ?? '') && /^(admitted|treated|taken|rushed|hospitalised|hospitalized)$/.test(tokens[k - 2]?.lower ?? '')
      && isPersonWord(tokens[k - 3]?.lower ?? '') && tokens[k - 4]?.lower === 'of' && tokens[k - 5]?.lower === 'number' && !tellsOfIllness(tokens)) {
      return { link: { category: 'wounded', casualtyIndex: k - 2, side: 'before' }, distance: i - k + 1 };
    }
    // "the number of people killed in the protests has reached 106": a figure noun of a casualty word
    const harm = casualtyAt(tokens, k, CASUALTY_AFTER);
    // ("The death toll from traumatic injuries was around 75,200": the cause a toll is from, never its own noun)
    if (harm && [1, 2, 3].some((d) => tokens[k - d]?.lower === 'from' && TOLL_NOUNS[tokens[k - d - 1]?.lower ?? ''] !== undefined && tokens.slice(k - d + 1, k).every((x) => x.kind === 'word'))) continue;
    // "Deaths due to other causes totalled 2,061": a plural casualty noun is the subject of the toll verb
    // ("Russian casualties could be as high as 200,000", "casualties were 40")
    const tollVerb = /^(totalled|totaled|totals|totaling|totalling|numbering|hovered|hovering|hovers|hover|oscillate|oscillates|oscillated|fluctuate|fluctuates|fluctuated|range|ranges|ranging|reached|reach|reaches|hit|hits|rose|rise|rises|risen|stood|stands|stand|numbered|climbed|climb|climbs|jumped|jump|jumps|soared|mounted|ranged|be|are|were|was|is)$/;
    // ("Injuries after rescuing over 10 girls": "over" stands for a verb only right after its noun, "deaths now over 500")
    const qualifyingVerb = q !== null && QUALIFYING_VERBS.includes(tokens[q.first].lower) && (!/^(over|above)$/.test(tokens[q.first].lower)
      || tokens.slice(k + 1, q.first).every((x) => /^(now|well|already|still|just|officially|reportedly|far|is|are|was|were|stand|stands|stood)$/.test(x.lower)));
    // ("The estimates of Russian war dead ranged as high as 5,000")
    // ("Total cumulative confirmed death is 3,508": a tally's singular)
    // ("the death could reach 20,000")
    const tallied = t.lower === 'death' && (/^(confirmed|cumulative|total|overall)$/.test(tokens[k - 1]?.lower ?? '')
      || (tokens[k - 1]?.lower === 'the' && /^(reach|reached|reaches|exceed|exceeds|exceeded|top|tops|topped|surpass|surpassed)$/.test(tokens[i]?.lower ?? '')));
    // ("The number of homicides rose nearly 30% in 2020 to 21,570", "Five new homicides brings us to at least 243")
    const countedNoun = /^(deaths|casualties|fatalities|injuries|homicides|killings|murders)$/.test(t.lower);
    // ("Deaths fell from 19 to 12": down as well as up)
    // ("the injuries amount to 551": or what they come to)
    // ("Road deaths fell by 5% to 1,645": or by how much, before the new end)
    if (harm && countedNoun && (grewTo || brought || tokens.slice(k + 1, i).some((x) => grew.test(x.lower) || fell.test(x.lower)) || /^(amount|amounts|amounted|ran|run|runs)$/.test(tokens[i - 1]?.lower ?? ''))
      && (tokens[i]?.lower === 'to' || (tokens[i]?.lower === 'by' && byCount > 0))) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
    // ("The wounded numbered 1,200", "The killed outright numbered 369": the group as a noun)
    // (never the object of another word: "the total team to search for the missing victims was 6,000")
    const objectAt = (p: number) => /^(for|about|with|from)$/.test(tokens[p]?.lower ?? '');
    // ("Turkey's injured are estimated to be over 30,000": or whose they are)
    const group = /^(dead|wounded|injured|killed|missing)$/.test(t.lower) && (tokens[k - 1]?.lower === 'the' || (t.lower === 'dead' && tokens[k - 1]?.lower === 'war')
      || (/['’]s$/.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')))
      && !objectAt(k - 2);
    // ("the missing victims amounted to 40 people": victims named by their fate, as a group)
    const namedFate = t.lower === 'victims' && tokens[k - 2]?.lower === 'the' && /^(missing|dead|injured|wounded)$/.test(tokens[k - 1]?.lower ?? '') && !objectAt(k - 3)
      ? casualtyAt(tokens, k - 1, CASUALTY_AFTER) : null;
    if (namedFate && (tollVerb.test(tokens[i]?.lower ?? '') || tollVerb.test(tokens[i - 1]?.lower ?? '') || /^(amounted|amount|amounts)$/.test(tokens[i - 1]?.lower ?? ''))) {
      return { link: { category: namedFate.category, casualtyIndex: k - 1, side: 'before' }, distance: i - k + 2 };
    }
    // ("the deaths and injured numbering about 50": two fates joined, counted together)
    const other = harm && tokens[k - 1]?.lower === 'and' && /^(the|of|in)$/.test(tokens[k - 3]?.lower ?? '') ? casualtyAt(tokens, k - 2, CASUALTY_AFTER) : null;
    if (harm && other && other.width === 1 && other.category !== harm.category && [i, i - 1].some((v) => /^(numbering|numbered|totalling|totaling|totalled|totaled)$/.test(tokens[v]?.lower ?? ''))) {
      return { link: { category: 'casualties', casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
    }
    // ("The Confederate casualties may be safely estimated at 11,000": or a toll put at the count)
    // ("French casualties are usually given as about 377,000": or given as it)
    const givenAs = tokens[i]?.lower === 'as' && /^(given|reckoned|listed|recorded|estimated|reported)$/.test(tokens[i - 1]?.lower ?? '');
    if (harm && (/^(deaths|casualties|fatalities|injuries)$/.test(t.lower) || tallied || group) && (tollVerb.test(tokens[i]?.lower ?? '') || tollVerb.test(tokens[i - 1]?.lower ?? '') || qualifyingVerb || stoodAt || givenAs)) {
      return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
    }
    // ("bringing the total number killed in the fire to 79")
    // ("taking the total that were killed in action to 20": the total's relative clause)
    const aux = tokens[k - 1]?.lower === 'been' && /^(have|had|has)$/.test(tokens[k - 2]?.lower ?? '') ? k - 3 : /^(were|was)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : -1;
    const totalWho = aux > 0 && /^(that|who)$/.test(tokens[aux]?.lower ?? '') && FIGURE_NOUNS.has(tokens[aux - 1]?.lower ?? '');
    if (harm && harm.width === 1 && ((FIGURE_NOUNS.has(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.lower !== 'a') || totalWho)) {
      return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
    }
    if (harm && harm.width === 1) {
      // ("the number of people known to have died now stood at 26")
      // ("The official figure for the missing people is 98": or a figure for them)
      for (let f = k - 1; f >= Math.max(1, k - 6); f--) {
        if ((tokens[f].lower === 'of' || (tokens[f].lower === 'for' && /^(figure|count|tally|total)$/.test(tokens[f - 1].lower))) && FIGURE_NOUNS.has(tokens[f - 1].lower)) return { link: { category: harm.category, casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
        if (tokens[f].kind === 'punct') break;
      }
    }
    // ("The death count from the earthquake was expected to climb past 75": a count of deaths is a toll)
    // ("the missing list swelled to close to 3,000": a list of the missing is their toll)
    // ("The fatality figure for all of 2022 was 116")
    // ("the casualty number quoted by the Indian National Congress was more than 1,500")
    // ("the body count in the glacier burst incident has reached 54")
    const category = TOLL_NOUNS[t.lower] ?? (/^(count|tally|figure|number|total)$/.test(t.lower) && /^(death|casualty|injury|fatality|body)$/.test(tokens[k - 1]?.lower ?? '') ? 'killed'
      : /^(list|count|tally)$/.test(t.lower) && tokens[k - 1]?.lower === 'missing' ? 'missing' : undefined);
    if (category && fromOnly && !changed) return null;
    if (category) {
      const before = tokens[k - 1]?.lower;
      // ("Injured toll from China riots raised to 1,680": the hurt's toll)
      const c: Category = /^(injury|injured|wounded|injuries)$/.test(before ?? '') ? 'wounded' : before === 'casualty' ? 'casualties' : before === 'missing' ? 'missing' : category;
      return { link: { category: c, casualtyIndex: k, side: 'before' }, distance: i - k + 1 };
    }
  }
  return null;
}

function casualtyAfter(
  tokens: Token[], tags: Tags[], phrase: NumberPhrase, all: NumberPhrase[],
): { link: CasualtyLink; distance: number } | null {
  const listed = claimedList(tokens, tags, phrase);
  if (listed) return { link: listed, distance: listed.casualtyIndex - phrase.last - 1 };
  // ("Hamas says 11 hostages' bodies remain in Gaza": the bodies of the counted, whatever befell them before)
  if (tokens[phrase.last + 1]?.kind === 'word' && /s$/.test(tokens[phrase.last + 1].lower) && /^['’]$/.test(tokens[phrase.last + 2]?.text ?? '')
    && tokens[phrase.last + 2].start === tokens[phrase.last + 1].end && /^(bodies|remains)$/.test(tokens[phrase.last + 3]?.lower ?? '')) {
    return { link: { category: 'killed', casualtyIndex: phrase.last + 3, side: 'after' }, distance: 2 };
  }
  // ("‘fifteen, maybe twenty people have died’": a first guess, then another, share the people and the fate after both)
  const guess = tokens[phrase.last + 1]?.text === ',' && /^(maybe|perhaps|possibly|probably)$/.test(tokens[phrase.last + 2]?.lower ?? '')
    ? all.find((p) => p.first === phrase.last + 3) : undefined;
  if (guess) {
    const after = casualtyAfter(tokens, tags, guess, all);
    if (after) return { link: after.link, distance: after.distance + guess.last - phrase.last };
  }
  // ("we have confirmed so far 137 [dead]": an editor's word in square brackets after the count)
  if (tokens[phrase.last + 1]?.text === '[' && tokens[phrase.last + 3]?.text === ']') {
    const c = casualtyAt(tokens, phrase.last + 2, CASUALTY_AFTER);
    if (c && c.width === 1) return { link: { category: c.category, casualtyIndex: phrase.last + 2, side: 'after' }, distance: 1 };
  }
  // ('authorities counted more than 200 "disaster-related" deaths': a term in quotes between the count and its noun)
  if (/^[“"]$/.test(tokens[phrase.last + 1]?.text ?? '')) {
    const close = tokens.findIndex((t, k) => k > phrase.last + 2 && k <= phrase.last + 5 && /^[”"]$/.test(t.text));
    const c = close > 0 && tokens.slice(phrase.last + 2, close).every((t) => t.kind === 'word') ? casualtyAt(tokens, close + 1, CASUALTY_AFTER) : null;
    if (c) return { link: { category: c.category, casualtyIndex: close + 1, side: 'after' }, distance: close - phrase.last };
  }
  // ("Of the approximately 250 people Hamas took hostage on October 7": a reduced relative clause of their taking)
  {
    const v = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : -1;
    for (let k = v; v > 0 && k < v + 4 && tokens[k]?.kind === 'word'; k++) {
      if (/^(took|take|takes|had|have)$/.test(tokens[k].lower) && /^(hostage|captive|prisoner)$/.test(tokens[k + (tokens[k + 1]?.lower === 'taken' ? 2 : 1)]?.lower ?? '') && k > v) {
        const at = k + (tokens[k + 1]?.lower === 'taken' ? 2 : 1);
        return { link: { category: 'captured', casualtyIndex: at, side: 'after' }, distance: at - phrase.last };
      }
    }
  }
  {
    const harm = harmedByTheirOwnSubject(tokens, tags, phrase);
    if (harm) return { link: harm, distance: harm.casualtyIndex - phrase.last - 1 };
  }
  // ("Of the 58 casualties, 21 were fatal": a harm that proved deadly to those counted)
  // (never things of which some were fatal: "Of the 40 crashes, 12 were fatal")
  // ("There were 30 attacks last year, of which four were fatal")
  const from = Math.max(0, phrase.first - 10);
  const ofThings = tokens.slice(from, phrase.first).some((t, d) => (t.lower === 'which' && tokens[from + d - 1]?.lower === 'of')
    || (isCountToken(t) && tokens[from + d + 1]?.kind === 'word' && !isPersonWord(tokens[from + d + 1].lower) && casualtyAt(tokens, from + d + 1, CASUALTY_AFTER) === null));
  if (/^(were|was|proved)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'fatal' && !ofThings
    && (!tokens[phrase.last + 3] || tokens[phrase.last + 3].kind === 'punct' || /^(and|in|on|at|after)$/.test(tokens[phrase.last + 3].lower))) {
    return { link: { category: 'killed', casualtyIndex: phrase.last + 2, side: 'after' }, distance: 1 };
  }
  // ("By Tuesday, 34 people in hospital and three dead": a count in hospital with no verb, before another count with a
  // fate of its own, is of the hurt; never where each of the dead lay, after a fate told before)
  {
    const at = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    const h = hospitalAfter(tokens, at);
    const next = tokens[h + 1]?.text === ',' && tokens[h + 2]?.lower === 'and' ? h + 3 : h + 2;
    if (h > 0 && /^(,|and)$/.test(tokens[h + 1]?.lower ?? '') && all.some((p) => p.first === next) && !countsCasesOfDisease(tokens, phrase.first)
      && !tokens.slice(0, phrase.first).some((_, k) => casualtyAt(tokens, k, CASUALTY_AFTER) !== null)) {
      return { link: { category: 'wounded', casualtyIndex: h, side: 'after' }, distance: h - phrase.last - 1 };
    }
  }
  // ("Two of the men sentenced to death in the case were executed in 2023": a reduced relative clause on the counted, its
  // verb no harm, then their own fate after their auxiliary)
  {
    let n = phrase.last + 1;
    if (tokens[n]?.lower === 'of' && /^(the|those|these)$/.test(tokens[n + 1]?.lower ?? '')) n += 2;
    const p = n + 1;
    if (isPersonWord(tokens[n]?.lower ?? '') && tags[n]?.has('Plural') && /ed$/.test(tokens[p]?.lower ?? '') && CASUALTY_AFTER[tokens[p].lower] === undefined
      && /^(in|by|for|at|during|on|over|to)$/.test(tokens[p + 1]?.lower ?? '')) {
      for (let k = p + 2; k <= p + 9 && tokens[k]?.kind === 'word'; k++) {
        if (!/^(were|was|have|had|has)$/.test(tokens[k].lower)) continue;
        const v = tokens[k + 1]?.lower === 'been' ? k + 2 : k + 1;
        const c = /ed$/.test(tokens[v]?.lower ?? '') ? casualtyAt(tokens, v, CASUALTY_AFTER) : null;
        if (c) return { link: { category: c.category, casualtyIndex: v, side: 'after' }, distance: v - phrase.last - 1 };
        break;
      }
    }
  }
  // ("The headteacher and his wife, as well as seven others, were reportedly killed": a count in an aside on the
  // subject, whose verb follows the aside's closing comma)
  {
    const s0 = countStart(tokens, phrase);
    const opened = (asWellAsAt(tokens, s0 - 1) && tokens[s0 - 4]?.text === ',') || alongWithAt(tokens, s0 - 1);
    let close = phrase.last + 1;
    while (opened && close <= phrase.last + 3 && tokens[close]?.kind === 'word') close++;
    if (opened && tokens[close]?.text === ',') {
      let v = close + 1;
      while (v < close + 5 && (AUXILIARIES.has(tokens[v]?.lower ?? '') || /^(reportedly|also|all|later|allegedly)$/.test(tokens[v]?.lower ?? ''))) v++;
      const fate = tokens.slice(close + 1, v).some((t) => AUXILIARIES.has(t.lower)) ? casualtyAt(tokens, v, CASUALTY_AFTER) : null;
      if (fate) return { link: { category: fate.category, casualtyIndex: v, side: 'after' }, distance: v - phrase.last - 1 };
    }
  }
  // ("four more hostages were added to Israel's list of fatalities": the count joins a list of the dead)
  {
    let v = phrase.last + 1;
    while (v < phrase.last + 4 && tokens[v]?.kind === 'word' && !/^(were|was|have|has|had)$/.test(tokens[v].lower)) v++;
    // ("seven more, all from Tacloban City, were added to the list of fatalities": an aside on where they were from)
    if (tokens[v]?.text === ',' && /^(all|both|including|mostly|mainly)$/.test(tokens[v + 1]?.lower ?? '')) {
      const close = tokens.findIndex((t, j) => j > v + 1 && j <= v + 8 && t.kind === 'punct');
      if (close > 0 && tokens[close].text === ',') v = close + 1;
    }
    if (/^(were|was)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'added' && tokens[v + 2]?.lower === 'to') {
      const list = tokens.findIndex((x, k) => k > v + 2 && k <= v + 7 && x.lower === 'list' && tokens[k + 1]?.lower === 'of');
      if (list > 0 && /^(fatalities|dead|deceased|victims|deaths|casualties|killed)$/.test(tokens[list + (tokens[list + 2]?.lower === 'the' ? 3 : 2)]?.lower ?? '')) {
        return { link: { category: 'killed', casualtyIndex: v + 1, side: 'after' }, distance: v + 1 - phrase.last };
      }
      if (addsToDeathToll(tokens, v)) return { link: { category: 'killed', casualtyIndex: v + 1, side: 'after' }, distance: v + 1 - phrase.last };
    }
  }
  // ("her office is investigating 14 cases in which people appear to have died from heat-related causes": cases that
  // are deaths, by their own relative clause)
  {
    const i = phrase.last + 1;
    if (tokens[i]?.lower === 'cases' && ((tokens[i + 1]?.lower === 'in' && tokens[i + 2]?.lower === 'which') || tokens[i + 1]?.lower === 'where')) {
      for (let k = i + 2; k < tokens.length && k - i <= 12 && tokens[k].kind !== 'punct'; k++) {
        if (/^(died|killed|perished|drowned)$/.test(tokens[k].lower) && !HEDGES.has(tokens[k + 1]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: k, side: 'after' }, distance: k - i };
      }
    }
  }
  let steps = 0;
  // (each later count of a list the number heads buys the search a few more words: "Two police officers,
  // two attackers and one civilian were among those killed")
  let reach = 9;
  // ("More than 130 children and the staff of the school in Peshawar got killed": people joined after the count's own
  // buy a few more words)
  // ("Two US Defense Department employees and a Vietnamese tourist were also among the dead": words on each)
  {
    const and = tokens.findIndex((t, k) => k > phrase.last + 1 && k <= phrase.last + 5 && t.lower === 'and' && isPersonWord(tokens[k - 1].lower));
    const plain = and > 0 && tokens.slice(phrase.last + 1, and).every((t) => t.kind === 'word');
    const lead = plain && /^(the|its|their|his|her|a|an)$/.test(tokens[and + 1]?.lower ?? '') ? and + 2 : and + 1;
    if (plain && [0, 1].some((d) => isPersonWord(tokens[lead + d]?.lower ?? '') && (d === 0 || tokens[lead].kind === 'word'))) reach += 4;
  }
  // ("More than 300 staff members of the United Nations agency for Palestinian refugees (UNRWA) have been killed",
  // "Six workers with the UN's Palestinian refugee agency were killed": the people's own noun, then who they work for,
  // buy a few more words)
  {
    const head = [phrase.last + 1, phrase.last + 2].find((k) => isPersonWord(tokens[k]?.lower ?? '') && /^(of|with|for|at|from)$/.test(tokens[k + 1]?.lower ?? '') && /^(the|a|an|its|their)$/.test(tokens[k + 2]?.lower ?? ''));
    if (head !== undefined && (head === phrase.last + 1 || isPersonWord(tokens[phrase.last + 1].lower) || tags[phrase.last + 1].has('Adjective'))) reach += 4;
  }
  // (the words of a long name before the victims' noun that cost the reach nothing, below)
  let named = 0;
  const start = countStart(tokens, phrase);
  // ("The two buses carrying 54 passengers, including seven Indians, went missing": those on board, whatever befell
  // the vehicle)
  // (but "carrying a dozen bodies" carries the dead)
  // ("over 45% of the population of 167,000 was killed": a place's population is no count of its dead)
  if (tokens[start - 1]?.lower === 'of' && /^(population|populace)$/.test(tokens[start - 2]?.lower ?? '')) return null;
  if (/^(carrying|ferrying|transporting)$/.test(tokens[start - 1]?.lower ?? '') && !casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER) && !casualtyAt(tokens, phrase.last + 2, CASUALTY_AFTER)) return null;
  // ("a Boeing 777 … with 239 people on board, disappeared from radar": those aboard a craft that went missing)
  {
    const n = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    if (tokens[start - 1]?.lower === 'with' && (tokens[n]?.lower === 'aboard' || (tokens[n]?.lower === 'on' && tokens[n + 1]?.lower === 'board'))) return null;
  }
  // ("nearly 100 are still held or missing", "30 people seized from a train are still being held": held by captors)
  {
    let v = phrase.last + 1;
    if (isPersonWord(tokens[v]?.lower ?? '')) v++;
    // ("the roughly 700 people held captive by Chechen militants": a participle on the people)
    if (v > phrase.last + 1 && tokens[v]?.lower === 'held' && /^(captive|hostage)$/.test(tokens[v + 1]?.lower ?? '')) return { link: { category: 'captured', casualtyIndex: v + 1, side: 'after' }, distance: v - phrase.last };
    // ("Some 250 people were taken hostage, with about 120 remaining in Gaza": those of them still there, with no "held")
    if (tokens[countStart(tokens, phrase) - 1]?.lower === 'with' && tokens[v]?.lower === 'remaining' && /^(in|inside|there)$/.test(tokens[v + 1]?.lower ?? '')
      && tokens.slice(0, countStart(tokens, phrase)).some((t) => /^(hostages?|captives?|captivity|abducted|kidnapped)$/.test(t.lower))) {
      return { link: { category: 'captured', casualtyIndex: v, side: 'after' }, distance: v - phrase.last };
    }
    // ("with more than 200 individuals reportedly still held captive": with no auxiliary, after the hedge)
    const hedged = /^(reportedly|allegedly|apparently|still)$/.test(tokens[v]?.lower ?? '') && v > phrase.last + 1;
    // ("116 continue to be held captive", "only 120 are believed to still be held by Hamas": how long, or a belief, first)
    const toBe = /^(continue|continues|continued)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'to' && tokens[v + 2]?.lower === 'be' ? v + 3 : -1;
    if (/^(are|were|is|was|remain|remains|remained)$/.test(tokens[v]?.lower ?? '') || hedged || toBe > 0) {
      let h = toBe > 0 ? toBe : hedged ? v : v + 1;
      if (/^(reportedly|allegedly|apparently)$/.test(tokens[h]?.lower ?? '')) h++;
      if (/^(believed|thought|said|understood)$/.test(tokens[h]?.lower ?? '') && tokens[h + 1]?.lower === 'to') {
        h += 2;
        if (tokens[h]?.lower === 'still') h++;
        if (tokens[h]?.lower === 'be') h++;
      }
      if (tokens[h]?.lower === 'still') h++;
      if (tokens[h]?.lower === 'being') h++;
      if (tokens[h]?.lower === 'held' && captivity(tokens)) return { link: { category: 'captured', casualtyIndex: h, side: 'after' }, distance: h - phrase.last - 1 };
    }
  }
  // (where a part of those rescued, or otherwise done to, has its own verb: "61 of those rescued needed hospital care")
  const doneToEnd = partOfThoseDoneTo(tokens, phrase);
  for (let i = phrase.last + 1; i < tokens.length && steps < reach; i++, steps++) {
    const t = tokens[i];
    // ("The median Injury Severity Score was 17, and 58 patients suffered injuries": a count said of a subject, then
    // another clause with a count of its own)
    if (t.text === ',' && tokens[i + 1]?.lower === 'and' && tokens[i + 2] && isCountToken(tokens[i + 2]) && /^(was|is|were|are)$/.test(tokens[countStart(tokens, phrase) - 1]?.lower ?? '')) return null;
    // ("One historian found evidence for the deaths of 44 people": a finding with its own object, the harm its object's)
    if (/^(found|finds|find)$/.test(t.lower) && /^(evidence|proof|records|documents|traces)$/.test(tokens[i + 1]?.lower ?? '')) return null;
    // ("About 8,000 reserve officers taken prisoner during the 1939 invasion of Poland were killed": a participle on the
    // people, then the fate of their clause)
    if (t.lower === 'taken' && /^(prisoner|prisoners|captive|captives|hostage|hostages)$/.test(tokens[i + 1]?.lower ?? '') && !AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
      for (let k = i + 2; k < tokens.length && k <= i + 14 && tokens[k].kind !== 'punct'; k++) {
        if (/^(were|was)$/.test(tokens[k].lower) && /^(killed|executed|murdered)$/.test(tokens[k + 1]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: k + 1, side: 'after' }, distance: steps };
        if (/^(died|perished)$/.test(tokens[k].lower)) return { link: { category: 'killed', casualtyIndex: k, side: 'after' }, distance: steps };
      }
    }
    // ("245 women and 207 children, the youngest only a week old, were murdered": an aside on their ages, stepped over
    // to the verb after it)
    if (t.text === ',' && ((tokens[i + 1]?.lower === 'the' && /^(youngest|oldest|eldest)$/.test(tokens[i + 2]?.lower ?? '')) || /^(aged|ages)$/.test(tokens[i + 1]?.lower ?? ''))) {
      const close = tokens.findIndex((x, k) => k > i + 1 && k <= i + 10 && x.kind === 'punct');
      if (close > 0 && tokens[close].text === ',' && AUXILIARIES.has(tokens[close + 1]?.lower ?? '')) { steps -= close - i; i = close; continue; }
    }
    // ("The other two, a British man and his guide, were found dead": who they were, in apposition right after a bare
    // count, stepped over to the verb after it)
    // ("and one, a 38-year-old man who collapsed four miles from the finish, remains in intensive care": or a longer one,
    // with an age's hyphens, before the state it is still in)
    // ("Two refugees, a woman and a child, lost their lives": or after the count's people, when the aside tells no fate of
    // its own, as "Two men, both killed in 1918, are buried here" does)
    const afterPeople = i === phrase.last + 2 && isPersonWord(tokens[i - 1].lower);
    if (t.text === ',' && (i === phrase.last + 1 || afterPeople) && /^(a|an|both|his|her|their|two|three|four|five)$/.test(tokens[i + 1]?.lower ?? '')) {
      const close = tokens.findIndex((x, k) => k > i + 1 && k <= i + 16 && x.kind === 'punct' && !/^['’]$/.test(x.text) && !(x.text === '-' && tokens[k - 1].end === x.start && x.end === tokens[k + 1]?.start));
      const ownFate = afterPeople && close > 0 && tokens.slice(i + 1, close).some((_, d) => casualtyAt(tokens, i + 1 + d, CASUALTY_AFTER) !== null);
      if (close > 0 && tokens[close].text === ',' && !ownFate && (/^(were|was|have|had|are|is|remains|remain)$/.test(tokens[close + 1]?.lower ?? '') || lostLifeAt(tokens, close + 1) > 0)) { steps -= close - i; i = close; continue; }
    }
    // ("650 people went down with the ship": sank with it, the dead)
    if (/^(went|go|goes|gone)$/.test(t.lower) && tokens[i + 1]?.lower === 'down' && tokens[i + 2]?.lower === 'with' && /^(the|her|their|its)$/.test(tokens[i + 3]?.lower ?? '')
      && /^(ship|vessel|boat|ferry|submarine|sub|plane|aircraft)$/.test(tokens[i + 4]?.lower ?? '') && steps <= 2) return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    // ("66 people would end up dying", "ended up dead": how it turned out, then the fate)
    if (/^(end|ended|ends)$/.test(t.lower) && tokens[i + 1]?.lower === 'up' && /^(dying|dead|killed|injured|missing)$/.test(tokens[i + 2]?.lower ?? '')) { i++; continue; }
    // ("Ukraine receives 1,212 fallen soldiers in body swap", "repatriated over 1,200 fallen servicemen": the fallen, of
    // people right after, are the dead)
    if (t.lower === 'fallen' && steps <= 1 && isPersonWord(tokens[i + 1]?.lower ?? '') && (steps === 0 || /^\p{Lu}/u.test(tokens[i - 1].text))) return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    // ("Russia obtaining 45 remains", "accepted 41 Russian remains in exchange": remains counted, more than one, are the
    // dead; never "one remains missing", the verb)
    // (never a count of others that remains so: "a toll of 12 remains unchanged", "a crowd of 200 remains outside")
    if (t.lower === 'remains' && phrase.value > 1 && !phrase.vague && (steps === 0 || (steps === 1 && /^\p{Lu}/u.test(tokens[i - 1].text))) && tokens[countStart(tokens, phrase) - 1]?.lower !== 'of'
      && (!tokens[i + 1] || tokens[i + 1].kind === 'punct' || /^(and|of|were|was|had|have|for|from|to)$/.test(tokens[i + 1].lower) || (tokens[i + 1].lower === 'in' && /^(exchange|return)$/.test(tokens[i + 2]?.lower ?? '')))) {
      return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("An estimated 2.1–3 million, out of a population of 60.3 million, died of starvation": the whole they are a share
    // of, set off by commas)
    if (t.text === ',' && i === phrase.last + 1 && tokens[i + 1]?.lower === 'out' && tokens[i + 2]?.lower === 'of') {
      const close = tokens.findIndex((x, j) => j > i + 2 && j <= i + 12 && x.text === ',');
      if (close > 0 && tokens.slice(i + 3, close).every((x) => x.kind !== 'punct' || x.text === '.')) { i = close; continue; }
    }
    // ("as many as 1.5 million Kazakhs, perhaps 38 per cent of the population, perished": their share of a whole, set off
    // by commas)
    if (t.text === ',' && i <= phrase.last + 3) {
      let k = i + 1;
      while (k <= i + 3 && /^(perhaps|about|some|nearly|roughly|around|almost|over|or|maybe|possibly)$/.test(tokens[k]?.lower ?? '')) k++;
      const pct = tokens[k]?.kind === 'digits' && (/^(%|percent)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : tokens[k + 1]?.lower === 'per' && tokens[k + 2]?.lower === 'cent' ? k + 3 : -1);
      // (a whole of its own, never "60% of whom were children, …", a clause on the count's people)
      const close = pct && pct > 0 && tokens[pct]?.lower === 'of' && /^(the|its|their|a|all)$/.test(tokens[pct + 1]?.lower ?? '') ? tokens.findIndex((x, j) => j > pct && j <= pct + 6 && x.kind === 'punct') : -1;
      if (close > 0 && tokens[close].text === ',') { steps -= close - i; i = close; continue; }
    }
    // ("19 people out of a community of 950 were abducted": or a whole with its article and noun, with no commas)
    if (t.lower === 'out' && tokens[i + 1]?.lower === 'of' && /^(a|an|the|its|their)$/.test(tokens[i + 2]?.lower ?? '')
      && (i === phrase.last + 1 || (i === phrase.last + 2 && isPersonWord(tokens[phrase.last + 1].lower)))) {
      const whole = all.find((p) => p.first > i + 3 && p.first <= i + 6 && tokens[countStart(tokens, p) - 1]?.lower === 'of');
      if (whole) { i = isPersonWord(tokens[whole.last + 1]?.lower ?? '') ? whole.last + 1 : whole.last; continue; }
    }
    // ("At least one soldier on the ground reportedly confirmed the beheadings": the counted say what follows, whatever
    // harm it names; they are no victims of it)
    if (/^(confirmed|confirms|reported|reports|said|says|told|tells|announced|announces|described|describes|recounted|recounts|witnessed)$/.test(t.lower) && /^(the|a|an|that|this|these)$/.test(tokens[i + 1]?.lower ?? '') && !/^(was|were|is|are|been|be|being)$/.test(tokens[i - 1]?.lower ?? '')
      && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word' && !/^(who|that|which|and|or)$/.test(x.lower))) return null;
    // ('only eight civilians who "were killed by stray bullets"': a quote opened on the relative clause's verb)
    if (/^[“"]$/.test(t.text) && /^(who|that)$/.test(tokens[i - 1]?.lower ?? '') && i - 1 > phrase.last) { steps--; continue; }
    // ('more than 650,000 Iraqi "excess deaths"': the casualty noun in scare quotes, a word after the count)
    if (/^[“"]$/.test(t.text) && i <= phrase.last + 2 && [i + 1, i + 2].some((k) => /^(deaths|dead|casualties|fatalities|victims|killings)$/.test(tokens[k]?.lower ?? '') && tokens.slice(i + 1, k).every((x) => x.kind === 'word'))) { steps--; continue; }
    // ('“58 Hindu ‘extremists’ burned to death”': the people counted, in scare quotes)
    if ((/^[‘“"']$/.test(t.text) && isPersonWord(tokens[i + 1]?.lower ?? '') && /^[’”"']$/.test(tokens[i + 2]?.text ?? ''))
      || (/^[’”"']$/.test(t.text) && isPersonWord(tokens[i - 1]?.lower ?? '') && /^[‘“"']$/.test(tokens[i - 2]?.text ?? '') && i - 2 > phrase.last)) { steps--; continue; }
    // ("Two children and a mother with a baby were among those dead": the fate of the group they are among, reached
    // over the list's length)
    // ("Dozens of Afghan civilians were also believed to be among the dead and wounded": or thought to be)
    // ("More than 70 Afghans … were counted among the dead": or counted there)
    // ("At least eight people … and two children were among 19 victims of the suicide attack": or a count with no article)
    // ("Seventeen police officers who were securing the event were among those killed": past their relative clause to
    // the copula before "among")
    if (t.lower === 'who' && i > phrase.last && isPersonWord(tokens[i - 1].lower)) {
      const copula = tokens.findIndex((x, k) => k > i + 2 && k <= i + 12 && /^(were|was|are|is)$/.test(x.lower) && tokens[k + 1]?.lower === 'among' && /^(the|those)$/.test(tokens[k + 2]?.lower ?? ''));
      if (copula > 0 && tokens.slice(i + 1, copula).every((x) => x.kind === 'word' && !isCountToken(x))) { steps -= copula - 1 - i; i = copula - 1; continue; }
    }
    // ("Five members of a rescue team that had flown in from Ankara on Tuesday to help search the rubble were also
    // injured when a wall fell on them": past a relative clause on the people's group, to their own passive fate)
    if (/^(that|who)$/.test(t.lower) && i > phrase.last + 2 && isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'of') {
      // (never the clause's own deed: "Five members of a gang that had killed 12 people were arrested")
      const verb = passiveAfterClause(tokens, i + 1);
      if (verb && !/^(had|have|has)$/.test(tokens[verb.index - 1]?.lower ?? '')) return { link: { category: verb.category, casualtyIndex: verb.index, side: 'after' }, distance: steps };
    }
    const amongCount = t.lower === 'among' ? all.find((p) => countStart(tokens, p) === i + 1) : undefined;
    if (t.lower === 'among' && (/^(were|was|are|is|be)$/.test(tokens[i - 1]?.lower ?? '') || countedAmongAt(tokens, i - 1)) && (/^(the|those)$/.test(tokens[i + 1]?.lower ?? '') || amongCount)) {
      // ("are among the almost 700 injured": over the whole's own count)
      const whole = amongCount ?? all.find((p) => countStart(tokens, p) === i + 2);
      const key = whole ? whole.last + 1 : i + 2;
      const fate = casualtyAt(tokens, key, CASUALTY_AFTER);
      if (fate) return { link: { category: fate.category, casualtyIndex: key, side: 'after' }, distance: steps };
    }
    // ("Lebanon's health minister: two children among 12 dead from pager explosions": a headline's part of a count,
    // with no verb)
    // ("Bus accident in Nepal: 14 Indian pilgrims among 27 dead": a word on the people between)
    if (t.lower === 'among' && i <= phrase.last + 4 && isPersonWord(tokens[i - 1].lower) && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word')) {
      const whole = all.find((p) => p.first === i + 1);
      const fate = whole ? casualtyAt(tokens, whole.last + 1, CASUALTY_AFTER) : null;
      if (whole && fate) return { link: { category: fate.category, casualtyIndex: whole.last + 1, side: 'after' }, distance: steps };
    }
    // ("8,605 mine/ERW casualties": words joined by slashes modify the noun after them, whatever the tagger takes
    // them for; never "dead/missing", a slash between fates)
    if (tags[i].has('SlashedTerm') && !casualtyAt(tokens, i, CASUALTY_AFTER)) {
      let end = i;
      while (tags[end + 1]?.has('SlashedTerm')) end++;
      const noun = casualtyAt(tokens, end + 1, CASUALTY_AFTER);
      if (noun && !tokens.slice(i, end + 1).some((x, d) => casualtyAt(tokens, i + d, CASUALTY_AFTER))) {
        return { link: { category: noun.category, casualtyIndex: end + 1, side: 'after' }, distance: steps + end + 1 - i };
      }
    }
    // ("Five people, including three students and two guardians from the school are still missing": a list of parts
    // left open before the verb)
    // ("40 students, along with seven teachers, one guardian, and two staff members were seriously injured": or of more
    // people who shared the fate)
    const joinedAside = tokens[i + 1]?.lower === 'including' ? 1 : (/^(along|together)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'with') ? 2
      : asWellAsAt(tokens, i + 3) ? 3 : 0;
    // ("Somewhere around 51,000 Americans, Union and Confederate, were casualties": which sides, named between commas)
    // ("more than 8,000 Ukrainians, soldiers and civilians, are still held": or who they are)
    if (t.text === ',' && i <= phrase.last + 2 && i > phrase.last + 1 && isPersonWord(tokens[i - 1].lower)) {
      const close = tokens.findIndex((x, j) => j > i + 1 && j <= i + 5 && x.text === ',');
      if (close > 0 && tokens.slice(i + 1, close).some((x) => /^(and|or)$/.test(x.lower))
        && tokens.slice(i + 1, close).every((x) => (x.kind === 'word' && (/^\p{Lu}/u.test(x.text) || isPersonWord(x.lower))) || /^(and|or)$/.test(x.lower))
        && /^(were|was|are|is|have|had|became)$/.test(tokens[close + 1]?.lower ?? '')) { steps -= close - i; i = close; continue; }
    }
    // ("Thirteen peacekeepers and foreign soldiers, including from South Africa, …, were killed": or after people joined
    // to the count's own)
    const joinedPeople = i <= phrase.last + 6 && isPersonWord(tokens[i - 1]?.lower ?? '') && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word')
      && tokens.slice(phrase.last + 1, i).some((x) => x.lower === 'and');
    if (t.text === ',' && (i <= phrase.last + 2 || joinedPeople) && joinedAside > 0) {
      const verb = tokens.findIndex((x, j) => j > i + 2 && j <= i + 18 && /^(are|were|is|was|have|has|had|remain|remained)$/.test(x.lower));
      // (never past a clause of its own: "saved six people, including one child, while about 20 people were injured")
      // (nor past the list's own fate: "Two people, including a minor, died … and one person was injured")
      if (verb > 0 && !tokens.slice(i + 1 + joinedAside, verb).some((x) => (x.kind === 'punct' && !/^['’,]$/.test(x.text)) || /^(while|whereas|but|when|after|as|which|who|that|since|died|perished|drowned|succumbed)$/.test(x.lower))
        && tokens.slice(verb + 1, verb + 4).some((x, d) => casualtyAt(tokens, verb + 1 + d, CASUALTY_AFTER) !== null)) { steps -= verb - i - 1; i = verb - 1; continue; }
    }
    // ("about 18,800 Palestinians—70% of them women and children—were killed": an aside between dashes after the
    // people's noun costs nothing)
    // ("nine of its workers – including doctors and drivers, were killed": or closed by a comma before the verb)
    // ("Two of the children - a 4-year-old boy and a 17-year-old teenager - are in critical condition": or between
    // hyphens set apart by spaces)
    const spaced = (j: number) => tokens[j]?.text === '-' && (tokens[j - 1]?.end ?? tokens[j].start) < tokens[j].start && (tokens[j + 1]?.start ?? tokens[j].end) > tokens[j].end;
    if ((/^[—–]$/.test(t.text) || spaced(i)) && i <= phrase.last + 4) {
      // ("six health workers —including four doctors, a nurse, and a pharmacist— were abducted": a list of their parts is
      // longer)
      // (ages glued by hyphens inside it: "a 4-year-old boy and a 17-year-old teenager")
      const glued = (j: number) => tokens[j].text === '-' && !spaced(j);
      // ("at least 145 people — 132 children, 10 school staff members and three soldiers — were dead": and a breakdown
      // of counts)
      const breakdown = tokens[i + 1]?.kind === 'digits' || isNumberWord(tokens[i + 1]?.lower ?? '');
      const reach = tokens[i + 1]?.lower === 'including' || breakdown ? 16 : tokens.slice(i + 1, i + 12).some((x, d) => glued(i + 1 + d)) ? 16 : 10;
      // ("14 persons – 13 men and one woman - were found dead": a dash of one kind may close on another)
      const close = tokens.findIndex((x, j) => j > i + 1 && j <= i + reach && ((/^[—–]$/.test(x.text) || (x.text === '-' && spaced(j))) || (x.text === ',' && /^(were|was|have|had|are)$/.test(tokens[j + 1]?.lower ?? ''))));
      if (close > 0 && !tokens.slice(i + 1, close).some((x, d) => x.kind === 'punct' && x.text !== '%' && x.text !== ',' && !glued(i + 1 + d))) { i = close; continue; }
    }
    // ("At least 12 United Nations Relief and Works Agency (UNRWA) staff members have been killed": a name of many
    // words, and its acronym in brackets, before the victims' noun cost the reach one word)
    if (t.text === '(' && tokens[i + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) { i += 2; steps--; continue; }
    // ("a dozen alleged members of an al-Qaida affiliated Islamist group were dead": a hedge on who they were costs
    // the reach nothing)
    if (all.some((p) => p.last === i - 1) && /^(alleged|suspected|presumed|purported|so-called)$/.test(t.lower)) steps--;
    // ("All 189 passengers and crew aboard a crashed … jet were likely killed": a hedge after the auxiliary costs nothing)
    if (/^(likely|probably|presumably)$/.test(tokens[i + 1]?.lower ?? '') && /^(were|was|are|is|been)$/.test(t.lower) && casualtyAt(tokens, i + 2, CASUALTY_AFTER)) { i++; steps--; continue; }
    // (at most six words for free: a headline in title case is no long name)
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text) && i > phrase.last + 1 && (/^\p{Lu}/u.test(tokens[i - 1].text) || (tokens[i - 1].lower === 'and' && /^\p{Lu}/u.test(tokens[i - 2]?.text ?? ''))) && tokens[i - 1].kind === 'word' && named < 6) { steps--; named++; }
    // ("Twenty-two people in Turkauliya, Harsiddhi, Sugauli and Paharpur villages of Motihari have so far died": a list
    // of names set apart by commas, inside the people's phrase, costs its commas and later names nothing)
    else if (t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && tokens[i - 1]?.text === ',' && /^\p{Lu}\p{Ll}/u.test(tokens[i - 2]?.text ?? '') && tokens[i - 2].kind === 'word'
      && i - 2 > phrase.last + 1 && named < 6 && tokens.slice(i + 1, i + 6).some((x, d) => x.lower === 'and' && /^\p{Lu}/u.test(tokens[i + 2 + d]?.text ?? ''))) { steps -= 2; named++; }
    // ("have so far died": how far the count has come, between the auxiliary and the verb)
    if (t.lower === 'so' && tokens[i + 1]?.lower === 'far' && AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) { steps -= 2; }
    // ("28 and 26 bodies have been kept respectively": counts joined before their noun, each its own)
    if (i === phrase.last + 1 && t.lower === 'and' && tokens.some((x) => x.lower === 'respectively')) {
      const p = nextPhraseAt(all, i + 1, tokens);
      const harm = p ? casualtyAt(tokens, p.last + 1, CASUALTY_AFTER) : null;
      if (p && harm) return { link: { category: harm.category, casualtyIndex: p.last + 1, side: 'after' }, distance: steps };
    }
    // ("170 people were found alive and 50 dead": the living have a fate of their own; never "buried alive")
    // ("burnt five villagers alive": a verb before the count makes it their death)
    if (/^(alive|unharmed|unhurt|uninjured)$/.test(t.lower) && !/^(buried|burned|burnt)$/.test(tokens[i - 1]?.lower ?? '') && i > phrase.last + 1
      && !/^(buried|burying|burned|burnt|burning|buries|burns)$/.test(tokens[start - 1]?.lower ?? '')) return null;
    // "five people were stabbed to death"
    // ('Ninety-seven people were "burned to ashes"': burnt to ashes is dead too)
    if (isToDeathVerb(t.lower) && tokens[i + 1]?.lower === 'to' && (tokens[i + 2]?.lower === 'death' || (/^burn/.test(t.lower) && /^ash(es)?$/.test(tokens[i + 2]?.lower ?? '')))) {
      return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
    }
    // ("twelve terrorists were sent to hell": the same press's word for its enemy's dead)
    if (t.lower === 'sent' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'hell' && AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
      return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
    }
    // ("sending more than two dozen shivering passengers to a hospital": sent there hurt)
    if (t.lower === 'to' && /^(sending|sent|send|sends)$/.test(tokens[start - 1]?.lower ?? '') && toHospital(tokens, i + 1)) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("Two contract labourers from Odisha have not been traced", "three are yet to be found": the people not found are
    // the missing)
    // (never the wrongdoers not found: "Two suspects have not been found")
    const sought = (w: string) => PERPETRATORS.test(w) || /^(suspects|culprits|robbers|fugitives|escapees|inmates|kidnappers|abductors)$/.test(w);
    const who = notFoundAt(tokens, i) ? tokens.slice(phrase.last + 1, Math.min(i, phrase.last + 4)).find((x) => isPersonWord(x.lower)) : undefined;
    // (nor all those aboard a craft never found, "The Boeing 777's 239 passengers and crew have never been found": the
    // number aboard, as the label rules count it for a missing plane)
    const allAboard = (words: Token[]) => words.some((x) => x.lower === 'aboard' || (x.lower === 'board' && words.some((y) => y.lower === 'on')))
      || (words.some((x) => x.lower === 'passengers') && words.some((x) => x.lower === 'crew'));
    if (who && !sought(who.lower) && !allAboard(tokens.slice(phrase.last + 1, i))) return { link: { category: 'missing', casualtyIndex: i, side: 'after' }, distance: steps };
    // ("25 are on life support")
    // ("of whom six are on ventilator support", "three remain on ventilators": a machine breathing for the hurt)
    const support = tokens[i + 1]?.lower === 'life' && tokens[i + 2]?.lower === 'support' ? i + 2
      : tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'ventilator' ? i + 2 : /^ventilators?$/.test(tokens[i + 1]?.lower ?? '') ? i + 1 : -1;
    // (never a disease's patients, who are its cases: "Of the 300 COVID-19 patients in hospital, 40 are on ventilators")
    if (t.lower === 'on' && support > 0 && STILL.test(tokens[i - 1]?.lower ?? '') && !countsCasesOfDisease(tokens, phrase.first)) {
      return { link: { category: 'wounded', casualtyIndex: support, side: 'after' }, distance: steps };
    }
    // ("were stabbed or hacked to death": two ways of one killing)
    if (isToDeathVerb(t.lower) && /^(or|and)$/.test(tokens[i + 1]?.lower ?? '') && isToDeathVerb(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'to' && tokens[i + 4]?.lower === 'death') {
      return { link: { category: 'killed', casualtyIndex: i + 4, side: 'after' }, distance: steps };
    }
    // ("205 others have sought outpatient medical assistance", "19 patients are in serious condition": the care or
    // the state of the hurt, said of the count)
    // ("three persons, including a child, remain critical": or right after an aside stepped over)
    // ("36 people remain in hospital, 11 of which are in ICU": or after the count's "of which")
    // ("where four of them are said to be in critical condition": or "of them")
    const ofWhich = i === phrase.last + 3 && /^(which|them|whom)$/.test(tokens[i - 1].lower) && tokens[i - 2].lower === 'of';
    // ("Three of my students are still in intensive care": or a part of people, with their determiner)
    const partOfPeople = tokens[phrase.last + 1]?.lower === 'of' && i <= phrase.last + 5 && isPersonWord(tokens[i - 1].lower) && headAfterOf(tokens, tags, phrase.last + 1) === i - 1;
    // ("23 inmates and four officers required hospital treatment": or after a second count of people joined by "and")
    let kinds = phrase.last + 1;
    while (kinds < phrase.last + 3 && isPersonWord(tokens[kinds]?.lower ?? '')) kinds++;
    const joinedCount = kinds > phrase.last + 1 && tokens[kinds]?.lower === 'and' && (tokens[kinds + 1]?.kind === 'digits' || isNumberWord(tokens[kinds + 1]?.lower ?? ''))
      && i > kinds + 2 && i <= kinds + 4 && tokens.slice(kinds + 2, i).every((x) => x.kind === 'word') && isPersonWord(tokens[i - 1].lower);
    // ("Two further passengers remain in intensive care": or one more of the people, by a word before them)
    const furtherPeople = i === phrase.last + 3 && /^(other|more|further|additional)$/.test(tokens[phrase.last + 1].lower) && isPersonWord(tokens[i - 1].lower);
    if (i === phrase.last + 1 || (i === phrase.last + 2 && (isPersonWord(tokens[i - 1].lower) || tokens[i - 1].lower === 'others')) || (tokens[i - 1].text === ',' && i > phrase.last + 3) || ofWhich || partOfPeople || joinedCount || furtherPeople
      || i === doneToEnd) {
      const cared = careReceivedAt(tokens, i);
      if (cared >= 0) return { link: { category: 'wounded', casualtyIndex: cared, side: 'after' }, distance: steps };
    }
    // ("more than 8,000 Ukrainians … are still held in Russian captivity": held, and where, in captivity)
    if (t.lower === 'held' && /^(being|still|remain|remains|are|were)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'in') {
      const held = tokens.findIndex((x, k) => k > i + 1 && k <= i + 4 && x.lower === 'captivity');
      if (held > 0 && tokens.slice(i + 2, held).every((x) => x.kind === 'word')) return { link: { category: 'captured', casualtyIndex: held, side: 'after' }, distance: steps };
    }
    // ("The remaining five are still being held, and their captors have demanded a ransom": held by those who took them)
    if (t.lower === 'held' && /^(being|still|remain|remains|are|were)$/.test(tokens[i - 1]?.lower ?? '') && !/^(at|in|by|on|up|back)$/.test(tokens[i + 1]?.lower ?? '')
      && tokens.some((x) => /^(captors|kidnappers|abductors|ransom|ransoms|captivity)$/.test(x.lower))) {
      return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("116 continue to be held captive")
    // ("17 remain captive")
    // ("with more than 200 individuals reportedly still held captive": a participle after the people, with no auxiliary)
    if (/^(captive|hostage)$/.test(t.lower) && /^(held|remain|remains|remained)$/.test(tokens[i - 1]?.lower ?? '')) {
      return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("133 hostages are still in captivity", "120 hostages still held in Gaza": hostages are captured people)
    // ("There are now 116 captives remaining in Gaza": or captives)
    if (i === phrase.last + 1 && /^(hostages|captives)$/.test(t.lower) && stillHeld(tokens, phrase, i)) {
      return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("About 100 of more than 270 schoolgirls abducted by Boko Haram remain in captivity")
    // ("98 Chibok girls still in Boko Haram captivity": whose captivity, named between)
    let inAt = i - 1;
    while (inAt > i - 4 && tokens[inAt]?.kind === 'word' && /^\p{Lu}/u.test(tokens[inAt].text)) inAt--;
    if (t.lower === 'captivity' && tokens[inAt]?.lower === 'in' && /^(remain|remains|remained|are|were|is|was|still|held|kept)$/.test(tokens[inAt - 1]?.lower ?? '')) {
      return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("236 pupils … and 12 staff members remain with the abductors": still with those who took them)
    if (/^(abductors|kidnappers|captors)$/.test(t.lower) && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'with'
      && /^(remain|remains|remained|are|were|still)$/.test(tokens[i - 3]?.lower ?? '')) {
      return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("have taken four security force members captive": taken, and held)
    if (/^(captive|hostage|prisoner)$/.test(t.lower) && /^(taken|took|taking|take|takes)$/.test(tokens[start - 1]?.lower ?? '')) {
      return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // "dozens fell to their deaths", "sent plummeting to their deaths"
    if (t.lower === 'to' && /^(their|his|her)$/.test(tokens[i + 1]?.lower ?? '') && /^deaths?$/.test(tokens[i + 2]?.lower ?? '')) {
      return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
    }
    // ("about 110 people have not been accounted for", "110 people have yet to be accounted for": the missing)
    if (t.lower === 'accounted' && tokens[i + 1]?.lower === 'for' && tokens.slice(Math.max(phrase.last + 1, i - 4), i).some((x) => /^(not|n't|never|yet)$/.test(x.lower))
      && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word')) {
      return { link: { category: 'missing', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // "Thirty-six people went missing", "have gone missing"
    if (/^(went|gone|go|goes|going)$/.test(t.lower) && tokens[i + 1]?.lower === 'missing') {
      return { link: { category: 'missing', casualtyIndex: i + 1, side: 'after' }, distance: steps };
    }
    // "more than 200 reservists were destroyed": people counted, then a verb that kills only people
    // ('12 secessionists were also "neutralized"': an adverb and a quote mark may stand between)
    let passiveAux = /^[“"]$/.test(tokens[i - 1]?.text ?? '') ? i - 2 : i - 1;
    if (/^(also|reportedly|later)$/.test(tokens[passiveAux]?.lower ?? '')) passiveAux--;
    // ("Till now 40 terrorists eliminated", "Three militants neutralised in Kupwara": a headline's passive, its "were"
    // left out, right after the people)
    // ('government says 160 militants “neutralised” in response': or in the teller's quote marks)
    const inQuotes = /^[“"‘']$/.test(tokens[i - 1]?.text ?? '') && /^[”"’']$/.test(tokens[i + 1]?.text ?? '') ? 1 : 0;
    // ('claimed "up to 150" Ukrainian troops were "eliminated"': past the quote that closes on the count)
    const countQuoted = /^[”"]$/.test(tokens[phrase.last + 1]?.text ?? '') ? 1 : 0;
    const bareAfterPeople = i <= phrase.last + 3 + inQuotes + countQuoted && isPersonWord(tokens[i - 1 - inQuotes]?.lower ?? '') && tokens.slice(phrase.last + 1 + countQuoted, i - inQuotes).every((x) => x.kind === 'word');
    // ('the attackers had also suffered "heavy losses" and … 40 of them had been "neutralised"': or a part of people
    // named before)
    // (read only at such a verb, never at every word of the walk)
    const ofPeople = () => tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      && tokens.slice(0, phrase.first).some((x) => /s$/.test(x.lower) && isPersonWord(x.lower));
    if (KILLS_PEOPLE_AS_PASSIVE.has(t.lower) && (/^(were|been|being|are)$/.test(tokens[passiveAux]?.lower ?? '') || bareAfterPeople) && (personNamedAfter(tokens, phrase.last + 1 + countQuoted) || ofPeople())) {
      return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // "All 132 people aboard the plane that crashed in southern China earlier this week have died",
    // "All 54 on crashed Indonesian plane dead": where they were is stepped over to what befell them
    const aboard = aboardReach(tokens, i);
    if (aboard) return { link: { category: aboard.category, casualtyIndex: aboard.index, side: 'after' }, distance: steps };
    // ("interviewed 27 people with knowledge of the killings": what they know of is no fate of theirs)
    if (/^(knowledge|memories|accounts|witnesses|footage|photos|images)$/.test(t.lower) && tokens[i + 1]?.lower === 'of') return null;
    // ("sorting through at least 240 reports of missing climbers": a count of reports, not of people; but "no
    // reports of casualties" is none)
    // ("including 14 reports of serious injury and 3 reports of death", "3 reports of burn injuries": a report of a
    // death or a wound, each one of them, as a regulator counts them)
    if (t.lower === 'reports' && i === phrase.last + 1 && tokens[i + 1]?.lower === 'of') {
      const wound = woundAfterModifiers(tokens, i + 2);
      const k = wound > 0 ? wound : i + 2;
      const harm = wound > 0 ? 'wounded' : /^(deaths?|fatalit(y|ies))$/.test(tokens[k]?.lower ?? '') ? 'killed' : null;
      if (harm && (!tokens[k + 1] || tokens[k + 1].kind === 'punct' || /^(and|or|associated|linked|related|involving|in|among|from)$/.test(tokens[k + 1].lower))) {
        return { link: { category: harm, casualtyIndex: k, side: 'after' }, distance: k - phrase.last };
      }
    }
    if (/^(reports|calls|complaints|allegations)$/.test(t.lower) && tokens[i + 1]?.lower === 'of' && phrase.value !== 0) return null;
    // "two women relatives of those killed": the relatives of the dead are no casualties
    // ("nine family members of victims testified": the same with "family members")
    const kinOf = (isRelativeWord(t.lower) && /s$/.test(t.lower)) || (/^members$/.test(t.lower) && /^(family|families)$/.test(tokens[i - 1]?.lower ?? ''));
    if (kinOf && tokens[i + 1]?.lower === 'of' && /^(those|the|victims|people)$/.test(tokens[i + 2]?.lower ?? '')) {
      // ("two women relatives of those killed were injured": a fate of their own after the dead they are kin to)
      const own = tokens[i + 3]?.lower === 'who' ? -1 : tokens.findIndex((x, k) => k >= i + 4 && k < i + 7 && /^(were|was)$/.test(x.lower));
      if (own < 0) return null;
      i = own - 1;
      continue;
    }
    // "Nine people were rushed to hospital"
    // ("At least 54 people went to hospitals")
    // (never "went to the hospital to visit relatives")
    const visit = t.lower === 'went' && tokens.slice(i + 2, i + 9).some((x, d) => /^hospitals?$/.test(x.lower) && tokens[i + 3 + d]?.lower === 'to');
    // ("several others escaped with injuries": they got away, hurt; "11 others survived with minor injuries")
    // ("Two crew members were rescued with moderate injuries", "escaped with minor injuries": a word of how bad between)
    // ("escaped with gunshot wounds": or of what)
    // ("another 20-odd came home with life-changing injuries": or came home, or back, with them)
    // ("were evacuated by helicopter with frostbite": or how they were moved, between)
    const by = /^(escaped|fled|rescued|evacuated|airlifted|pulled|freed|survived)$/.test(t.lower) && tokens[i + 1]?.lower === 'by' && /^(helicopter|air|boat|ambulance|road|sea)$/.test(tokens[i + 2]?.lower ?? '') ? 2 : 0;
    // ("One passenger … walked away from the wreckage with injuries": or walked away, from where, with them)
    const awayWith = /^(walked|walk|walks|crawled|limped)$/.test(t.lower) && tokens[i + 1]?.lower === 'away'
      ? tokens.findIndex((x, k) => k > i + 1 && k <= i + 6 && x.lower === 'with' && tokens.slice(i + 2, k).every((y) => y.kind === 'word') && (k === i + 2 || tokens[i + 2].lower === 'from')) : -1;
    const withAt = /^(escaped|fled|rescued|evacuated|pulled|freed|survived)$/.test(t.lower) && tokens[i + 1 + by]?.lower === 'with' ? i + 1 + by
      : /^(came|come|returned|return)$/.test(t.lower) && /^(home|back)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'with' ? i + 2 : awayWith;
    const hurt = withAt < 0 ? -1 : woundsAfterWith(tokens, withAt);
    if (hurt > 0) return { link: { category: 'wounded', casualtyIndex: hurt, side: 'after' }, distance: steps };
    // ("a further four people have attended hospitals in Scotland")
    if (/^(attended|attend)$/.test(t.lower) && /^hospitals?$/.test(tokens[i + 1]?.lower ?? '')) return { link: { category: 'wounded', casualtyIndex: i + 1, side: 'after' }, distance: steps };
    // ("With nearly 100,000 people recorded as missing in the government registry": a participle naming their fate)
    // ("59 people are still registered as missing": with an adverb between)
    if (/^(recorded|listed|registered|reported|counted)$/.test(t.lower) && tokens[i + 1]?.lower === 'as' && i <= phrase.last + (/^(still|now|officially|formally)$/.test(tokens[i - 1]?.lower ?? '') ? 4 : 3)) {
      const fate = casualtyAt(tokens, i + 2, CASUALTY_AFTER);
      if (fate) return { link: { category: fate.category, casualtyIndex: i + 2, side: 'after' }, distance: steps };
    }
    // ("A doctor at the district hospital confirmed that 12 tourists were admitted", "documented 3,238 hospital
    // admissions": taken in by a hospital after an attack, never for an illness)
    const admittedHere = (t.lower === 'admitted' && /^(were|was|been)$/.test(tokens[i - 1]?.lower ?? '') && !/^(to|into)$/.test(tokens[i + 1]?.lower ?? '')
      && tokens.some((x) => /^(hospital|hospitals)$/.test(x.lower)))
      || (steps === 0 && t.lower === 'hospital' && /^admissions?$/.test(tokens[i + 1]?.lower ?? ''));
    if (admittedHere && !tellsOfIllness(tokens)) {
      return { link: { category: 'wounded', casualtyIndex: t.lower === 'hospital' ? i + 1 : i, side: 'after' }, distance: steps };
    }
    // ("23 people had been found and taken to hospital": found, then moved to be treated)
    // ("One crew member was rescued by a Coast Guard helicopter and taken to …": who rescued them, a short phrase of words,
    // between)
    const rescuedAnd = /^(found|rescued|pulled|freed|extricated)$/.test(t.lower) ? pastItsAgent(tokens, i, 'and') : -1;
    if (rescuedAnd > 0 && AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && tokens[rescuedAnd]?.lower === 'and' && movedToHospital(tokens, rescuedAnd + 1)
      && !countsCasesOfDisease(tokens, phrase.first)) {
      return { link: { category: 'wounded', casualtyIndex: rescuedAnd + 1, side: 'after' }, distance: steps };
    }
    // ("13 children were transported there for treatment": taken somewhere to be treated)
    const forTreatment = /^(there|here|away)$/.test(tokens[i + 1]?.lower ?? '') ? tokens[i + 2]?.lower === 'for' && tokens[i + 3]?.lower === 'treatment' : tokens[i + 1]?.lower === 'for' && tokens[i + 2]?.lower === 'treatment';
    // ("three had been shifted to an intensive care unit": shifted, as South Asian copy says it)
    // ("23 people had been sent to hospitals": sent there, in the passive, never responders sent to work there)
    const sentThere = t.lower === 'sent' && AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && !RESPONDERS.test(tokens[phrase.last + 1]?.lower ?? '');
    // ("one civilian who was transported with smoke inhalation": or moved with the harm they are treated for)
    const withHarm = tokens[i + 1]?.lower === 'with' && treatedHarmAt(tokens, i + 2);
    // (the verbs hospital.ts knows, "conveyed" among them, with "admitted" and "went"; "sent" only as above)
    if (((MOVED.test(t.lower) && t.lower !== 'sent') || /^(admitted|went)$/.test(t.lower) || sentThere) && ((tokens[i + 1]?.lower === 'to' && toHospital(tokens, i + 2)) || ((forTreatment || withHarm) && t.lower !== 'went'))
      && !visit && !countsCasesOfDisease(tokens, phrase.first)) {
      // ("Seven protesters brought to the National Trauma Centre died": a participle on the people, then the fate of
      // its clause)
      if (!AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
        let k = i + 2;
        while (k < tokens.length && k - i <= 10 && tokens[k].kind === 'word' && !/^(died|succumbed|perished|and|or|but|who|which|where|while)$/.test(tokens[k].lower)) k++;
        if (/^(died|succumbed|perished)$/.test(tokens[k]?.lower ?? '')) {
          return { link: { category: 'killed', casualtyIndex: k, side: 'after' }, distance: steps };
        }
      }
      // ("One person was taken to hospital, where they later died", "taken to hospital where they died on arrival": the
      // hospital where the same people died)
      {
        const where = tokens.findIndex((x, k) => k > i + 1 && k <= i + 8 && x.lower === 'where');
        const they = where > 0 && /^(they|he|she)$/.test(tokens[where + 1]?.lower ?? '') && tokens.slice(i + 1, where).every((x) => x.kind === 'word' || x.text === ',') ? where + 2 : -1;
        const died = they > 0 ? (/^(later|subsequently|eventually|then)$/.test(tokens[they]?.lower ?? '') ? they + 1 : they) : -1;
        if (died > 0 && /^(died|succumbed)$/.test(tokens[died]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: died, side: 'after' }, distance: steps };
      }
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("One officer was shot in the shoulder": shot where it wounds; "shot in the chest and died" is a death)
    if (t.lower === 'shot' && AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && /^(in|through)$/.test(tokens[i + 1]?.lower ?? '') && /^(the|his|her|their)$/.test(tokens[i + 2]?.lower ?? '')
      && /^(shoulder|shoulders|leg|legs|arm|arms|hand|hands|foot|feet|thigh|thighs|knee|knees|back|stomach|abdomen|chest|hip|buttocks|side|neck|face|jaw)$/.test(tokens[i + 3]?.lower ?? '')) {
      let died = -1;
      for (let k = i + 4; k < tokens.length && k < i + 12 && tokens[k].kind !== 'punct'; k++) if (/^(died|dead|killed|fatally|succumbed)$/.test(tokens[k].lower)) { died = k; break; }
      return { link: { category: died > 0 ? 'killed' : 'wounded', casualtyIndex: died > 0 ? died : i, side: 'after' }, distance: steps };
    }
    // ("Two officers were also shot, but survived": shot and alive is wounded)
    if (t.lower === 'shot' && /^(was|were|also|been)$/.test(tokens[i - 1]?.lower ?? '') && tokens.slice(i + 1, i + 4).some((x) => /^(survived|survive|survives)$/.test(x.lower))) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("dozens more were shot or killed with grenades": shot or killed another way, all dead)
    if (t.lower === 'shot' && /^(was|were|been)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'or' && casualtyAt(tokens, i + 2, CASUALTY_AFTER)?.category === 'killed') {
      return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
    }
    // ("400 people had gone there to be treated for injuries": they went to be treated)
    if (/^(went|gone|go|goes|came|come|comes)$/.test(t.lower)) {
      const to = /^(there|here)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (tokens[to]?.lower === 'to' && tokens[to + 1]?.lower === 'be' && tokens[to + 2]?.lower === 'treated') { i = to + 1; continue; }
    }
    // ("There are about 2,000 people, whose fate we do not know": those whose fate is unknown are missing)
    if (t.text === ',' && tokens[i + 1]?.lower === 'whose' && tokens[i + 2]?.lower === 'fate') continue;
    // ("The two climbers, whose bodies were spotted from a helicopter, had been missing since Saturday": people whose
    // bodies are told of are dead)
    if (t.text === ',' && tokens[i + 1]?.lower === 'whose' && /^(bodies|remains)$/.test(tokens[i + 2]?.lower ?? '') && i <= phrase.last + 3 && isPersonWord(tokens[i - 1]?.lower ?? '')) {
      return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
    }
    if (t.lower === 'whose' && tokens[i + 1]?.lower === 'fate' && isPersonWord(tokens[i - 1]?.lower === ',' ? tokens[i - 2]?.lower ?? '' : tokens[i - 1]?.lower ?? '')) {
      const rest = tokens.slice(i + 2, i + 8);
      const unknown = rest.findIndex((x, d) => /^(unknown|unclear|uncertain)$/.test(x.lower) || (/^(know|known)$/.test(x.lower) && rest.slice(0, d).some((y) => /^(not|n't|never)$/.test(y.lower))));
      if (unknown >= 0 && !rest.slice(0, unknown).some((x) => x.kind === 'punct')) return { link: { category: 'missing', casualtyIndex: i + 1, side: 'after' }, distance: steps };
    }
    // ("Four people were brought here dead", "was brought in dead": carried in, already dead)
    if (/^(brought|carried|wheeled)$/.test(t.lower)) {
      const dead = /^(in|here|there)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (tokens[dead]?.lower === 'dead') return { link: { category: 'killed', casualtyIndex: dead, side: 'after' }, distance: steps };
    }
    // ("32 cases of “enforced or involuntary disappearances”": each case is one of the missing)
    // ("the 32 reported cases of enforced or involuntary disappearances": how the cases are known, between)
    if (t.lower === 'cases' && tokens[i + 1]?.lower === 'of' && (i === phrase.last + 1
      || (i === phrase.last + 2 && /^(reported|documented|recorded|confirmed|verified|registered|known|new|further|more|additional)$/.test(tokens[i - 1].lower)))) {
      for (let k = i + 2; k < tokens.length && k - i <= 6; k++) {
        if (/^disappearances?$/.test(tokens[k].lower)) return { link: { category: 'missing', casualtyIndex: k, side: 'after' }, distance: steps };
        // ("528 cases of lynchings": each case one of the dead; "12 cases of kidnapping": one taken)
        if (k === i + 2 && /^(lynchings|killings|murders|homicides|femicides|executions)$/.test(tokens[k].lower)) return { link: { category: 'killed', casualtyIndex: k, side: 'after' }, distance: steps };
        if (k === i + 2 && /^(kidnapping|kidnappings|abduction|abductions)$/.test(tokens[k].lower)) return { link: { category: 'captured', casualtyIndex: k, side: 'after' }, distance: steps };
        // ("610 cases of injuries", "twenty-four cases of injuries to journalists")
        if (k === i + 2 && /^(injury|injuries)$/.test(tokens[k].lower)) return { link: { category: 'wounded', casualtyIndex: k, side: 'after' }, distance: steps };
        // ("179 cases of missing people have been registered": each case one of the missing)
        if (k === i + 2 && tokens[k].lower === 'missing' && /^(people|persons|children|women|men)$/.test(tokens[k + 1]?.lower ?? '')) return { link: { category: 'missing', casualtyIndex: k, side: 'after' }, distance: steps };
        // ("1,860 reported cases of individuals killed, injured, or kidnapped": each case one of the people harmed, and
        // of more than one harm, a casualty)
        if (k === i + 3 && /^(individuals|people|persons)$/.test(tokens[i + 2].lower)) {
          const harms: Category[] = [];
          for (let h = k; h < k + 8 && tokens[h]; h++) {
            const c = casualtyAt(tokens, h, CASUALTY_AFTER);
            if (c) harms.push(c.category);
            else if (!/^(,|or|and)$/.test(tokens[h].lower)) break;
          }
          if (harms.length > 0) return { link: { category: new Set(harms).size > 1 ? 'casualties' : harms[0], casualtyIndex: k, side: 'after' }, distance: steps };
        }
        if (tokens[k].kind === 'punct' && !/^[“"]$/.test(tokens[k].text)) break;
      }
    }
    // ("almost 2,000 remains were recovered": remains counted, then found, are the dead)
    // ("between 300 and 500 skeletal remains were found": what kind of remains between)
    if (t.lower === 'remains' && (steps === 0 || (steps === 1 && /^(skeletal|human|charred|unidentified)$/.test(tokens[i - 1]?.lower ?? ''))) && AUXILIARIES.has(tokens[i + 1]?.lower ?? '')) {
      const found = tokens.slice(i + 2, i + 5).findIndex((x) => /^(recovered|found|exhumed|unearthed|identified|retrieved|discovered)$/.test(x.lower));
      if (found >= 0 && tokens.slice(i + 1, i + 2 + found).every((x) => AUXILIARIES.has(x.lower))) return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // "two more sets of human remains have been found": each set is one of the dead
    if (t.lower === 'sets' && tokens[i + 1]?.lower === 'of') {
      const remains = tokens[i + 2]?.lower === 'human' ? i + 3 : i + 2;
      if (tokens[remains]?.lower === 'remains') return { link: { category: 'killed', casualtyIndex: remains, side: 'after' }, distance: steps };
    }
    // ("Five passengers did not survive", "whose two relatives could not be saved": they died)
    const died = didNotSurvive(tokens, i);
    if (died !== null) return { link: { category: 'killed', casualtyIndex: died, side: 'after' }, distance: steps };
    const c = casualtyAt(tokens, i, CASUALTY_AFTER);
    // "beat two shopkeepers to death", "shot three prisoners to death": the harm verb is before the number
    const killedBefore = isToDeathVerb(tokens[phrase.first - 1]?.lower ?? '');
    // "burnt three people alive", "buried 12 villagers alive"
    if (t.lower === 'alive' && /^(burnt|burned|burning|buried|burying)$/.test(tokens[phrase.first - 1]?.lower ?? '')) {
      return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    if (killedBefore && t.lower === 'to' && tokens[i + 1]?.lower === 'death') {
      return { link: { category: 'killed', casualtyIndex: i + 1, side: 'after' }, distance: steps };
    }
    if (c) {
      // ("The other 10 victims will be considered unaccounted for", "Another 15 victims were recovered": the victims'
      // fate, when the clause gives one)
      if (t.lower === 'victims') {
        const fate = fateOfVictims(tokens, i);
        if (fate) return { link: { category: fate.category, casualtyIndex: fate.index, side: 'after' }, distance: steps };
      }
      // ("at least four mass school abductions", "two mass killings": a count of events, not of the people they took)
      if (/^(abductions|kidnappings|killings|murders|executions|shootings)$/.test(t.lower) && tokens.slice(phrase.last + 1, i).some((x) => x.lower === 'mass')) return null;
      // ("Three abducted Nigerian students have been shot dead", "two injured miners later died": a participle before
      // the people describes them, and the verb after them is their fate)
      if (steps === 0 && c.category !== 'killed' && /ed$/.test(t.lower)) {
        const fate = fateAfterDescribed(tokens, i + 1);
        if (fate >= 0) return { link: { category: 'killed', casualtyIndex: fate, side: 'after' }, distance: steps };
      }
      // ("another four people injured in the fire had died in hospital": the injured met a fate of their own)
      if ((c.category === 'wounded' || t.lower === 'shot') && steps > 0 && isPersonWord(tokens[i - 1]?.lower ?? '') && /(ed|shot)$/.test(t.lower)) {
        const died = diedLater(tokens, i);
        if (died >= 0) return { link: { category: 'killed', casualtyIndex: died, side: 'after' }, distance: steps };
      }
      // "Three gunmen killed a man": an active verb with its object counts the killers, not the dead
      // ("8 wounded people": right after the number the word describes them)
      // ("the four shot dead guests": right after the count too, when "shot dead" has an object of its own)
      // ("Two other badly wounded policemen were pulled out": or after words of how many more or how badly)
      const describes = tokens.slice(phrase.last + 1, i).every((x) => /^(other|more|additional|further|badly|seriously|critically|severely|slightly|lightly|gravely|mortally)$/.test(x.lower));
      if (((steps > 0 && !describes) || (t.lower === 'shot' && tokens[i + 1]?.lower === 'dead')) && activeWithObject(tokens, tags, i) && !killedBefore) return null;
      if (killedBefore && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'death') {
        return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
      }
      // "two leadership bodies" are not corpses: bodies only right after the number (or "four
      // more bodies", "the two remaining bodies"), or "bodies of"
      // ("seven of the ten bodies died": the whole the count was taken from)
      const ofTheWhole = all.some((p) => p.last === i - 1 && ofBefore(tokens, p.first) === phrase.last + 1);
      // ("dozens of bodies": a vague count's "of")
      // ("a couple of bodies were allegedly found": or a couple's)
      const vagueOf = (phrase.vague || tokens[phrase.last].lower === 'couple') && tokens[i - 1]?.lower === 'of' && i - 1 === phrase.last + 1;
      // ("40 of the bodies had been identified": a part of the dead, counted)
      // ("Eleven of the latest bodies were brought to Nasser Hospital": a word of when between)
      // ("88 of these bodies have been identified")
      const partOfTheBodies = (/^(the|these|those)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'of' && i - 2 === phrase.last + 1)
        || (/^(latest|recovered|first|last|new|identified|unidentified)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'the' && tokens[i - 3]?.lower === 'of' && i - 3 === phrase.last + 1);
      // ("to return 3,000 Ukrainian soldiers’ bodies": the people's own bodies, by their possessive)
      const peoplesBodies = /^['’]$/.test(tokens[i - 1]?.text ?? '') && isPersonWord(tokens[i - 2]?.lower ?? '') && /s$/.test(tokens[i - 2]?.lower ?? '');
      // ("30 civilian bodies", "dozens of Palestinian bodies": who the dead were, as a noun or a people's name right before)
      // (never "student bodies" or "government bodies", which govern)
      const whoseBodies = i === phrase.last + 2 + (vagueOf || tokens[phrase.last + 1]?.lower === 'of' ? 1 : 0)
        && (/^(civilian|soldier|migrant|refugee|militant|fighter|hostage|victim|prisoner)$/.test(tokens[i - 1]?.lower ?? '')
          // (a people's name only where the sentence finds, moves or buries the dead: "two Russian bodies met" are councils)
          || ((tags[i - 1]?.has('Demonym') ?? false) && tokens.some((x) => /^(found|find|finds|recovered|recover|discovered|discovery|retrieved|exhumed|identified|returned|repatriated|handed|buried|pulled|collected|morgue|strewn|lying|lay)$/.test(x.lower))));
      if (t.lower === 'bodies' && steps > 0 && !BEFORE_BODIES.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower !== 'of' && !ofTheWhole && !vagueOf && !partOfTheBodies && !peoplesBodies && !whoseBodies) return null;
      // one body: "one body had been pulled from the lake", never "the governing body"
      // ("one female body": a word that keeps it a corpse may stand between)
      if (t.lower === 'body' && ((steps > 0 && !(steps === 1 && BEFORE_BODIES.test(tokens[i - 1]?.lower ?? ''))) || phrase.value !== 1)) return null;
      // "taken prisoner" is captured, "taken to hospital" wounded; taken anywhere else is neither
      if (t.lower === 'taken' && tokens[i + 1]?.lower === 'to' && toHospital(tokens, i + 2)) {
        return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
      }
      // ("more than 280 children were taken, but the army said 137 hostages had been freed": taken, where the story is of
      // a kidnapping, is taken captive)
      // ("his son and two grandchildren were taken by the attackers": or taken by captors)
      const takenCaptive = t.lower === 'taken' && (captivity(tokens) || takenByCaptors(tokens, i)) && /^(were|was|been)$/.test(tokens[i - 1]?.lower ?? '') && !/^(to|into|for|in)$/.test(tokens[i + 1]?.lower ?? '');
      if (takenCaptive) return { link: { category: 'captured', casualtyIndex: i, side: 'after' }, distance: steps };
      if (t.lower === 'taken' && !/^(prisoner|captive|hostage)/.test(tokens[i + 1]?.lower ?? '')) return null;
      // ("three other gunmen were seized on the scene": people seized are taken captive; guns and drugs are not)
      if (t.lower === 'seized' && !tokens.slice(phrase.last + 1, i).some((x) => isPersonWord(x.lower))) return null;
      // ("cost 12 lives", "has taken more than 500 lives", "claimed hundreds of lives", "the loss of 12 lives":
      // lives taken are the dead; never "saved 12 lives")
      // ("could claim an additional 6,550 to 11,580 lives": words of how many more between)
      let taker = start - 1;
      // ("estimates cost another 100,000 lives")
      if (/^(additional|further|extra|estimated|another)$/.test(tokens[taker]?.lower ?? '')) taker--;
      if (/^(an|a)$/.test(tokens[taker]?.lower ?? '') && taker < start - 1) taker--;
      // ("it took with it 1,134 lives": what took them with it)
      if (/^(it|them|him|her)$/.test(tokens[taker]?.lower ?? '') && tokens[taker - 1]?.lower === 'with' && /^(took|taking|takes|take)$/.test(tokens[taker - 2]?.lower ?? '')) taker -= 2;
      // ("cost 116 children and 28 adults their lives": the second of two counts joined after the verb)
      if (tokens[taker]?.lower === 'and') {
        const joined = tokens.findIndex((x, k) => k < taker && taker - k <= 5 && /^(cost|costs|costing|took|claimed|claiming)$/.test(x.lower)
          && (tokens[k + 1]?.kind === 'digits' || isNumberWord(tokens[k + 1]?.lower ?? '')) && tokens.slice(k + 1, taker).every((y) => y.kind === 'word' || y.kind === 'digits'));
        if (joined >= 0) taker = joined;
      }
      // ("itself mourning 27 lost lives", "mourns 12 lives": lives mourned, or lost as their adjective, are the dead's)
      const livesTaken = /^(cost|costs|costing|took|taken|take|takes|taking|claimed|claims|claim|claiming|lost|losing|mourning|mourns|mourn|mourned)$/.test(tokens[taker]?.lower ?? '')
        || (tokens[i - 1]?.lower === 'lost' && i - 1 === phrase.last + 1)
        || (tokens[taker]?.lower === 'of' && /^(loss|losses|cost)$/.test(tokens[taker - 1]?.lower ?? ''))
        // ("The cost of wars in Afghanistan, Iraq, and Pakistan are estimated at 225,000 lives": a cost put at lives)
        || (tokens[taker]?.lower === 'at' && /^(estimated|put|placed|pegged|counted)$/.test(tokens[taker - 1]?.lower ?? '')
          && tokens.slice(Math.max(0, taker - 14), taker - 1).some((x) => /^(cost|costs|toll|price)$/.test(x.lower)))
        // ("has taken a toll on 141 lives")
        || (tokens[taker]?.lower === 'on' && tokens[taker - 1]?.lower === 'toll' && [taker - 3, taker - 4].some((k) => /^(taken|took|take|takes|taking)$/.test(tokens[k]?.lower ?? '')));
      // ("over 15,000 lives have been lost")
      // ("183 lives have been claimed by floods")
      // ("there are 26 lives that have been lost": or in its relative clause)
      const relative = /^(that|which)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0;
      const livesLost = tokens.slice(i + 1 + relative, i + 4 + relative).some((x) => /^(lost|claimed|taken)$/.test(x.lower)) && /^(have|had|has|were|are|was)$/.test(tokens[i + 1 + relative]?.lower ?? '');
      // ("no remorse for the 2 lives he took", "the 12 lives it claimed": taken by a pronoun's subject, the relative
      // pronoun left out)
      const by = /^(he|she|it|they|we)$/.test(tokens[i + 1 + relative]?.lower ?? '') ? i + 2 + relative : -1;
      const verbAt = by > 0 && /^(had|has|have)$/.test(tokens[by]?.lower ?? '') ? by + 1 : by;
      const takenByThem = by > 0 && /^(took|taken|claimed|cost|lost|ended)$/.test(tokens[verbAt]?.lower ?? '');
      if (t.lower === 'lives' && !['lost', 'were'].includes(tokens[i + 1]?.lower ?? '') && !livesTaken && !livesLost && !takenByThem) return null;
      // ("12 lives were saved": lives saved are no dead)
      if (t.lower === 'lives' && tokens.slice(i + 1, i + 4).some((x) => /^(saved|spared|rescued)$/.test(x.lower))) return null;
      // "two of the wounded died in hospital": a count taken from the wounded, and what befell it
      // ("99 of the recent casualties in Cite Soleil were deaths": a word on them between, a place after)
      const article = /^(recent|reported|other|total|latest)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
      // ("three out of the injured have died": "out of" as "of")
      const outOf = tokens[article - 1]?.lower === 'of' && tokens[article - 2]?.lower === 'out' && article - 2 === phrase.last + 1;
      if (tokens[article] && /^(the|those|these)$/.test(tokens[article].lower) && tokens[article - 1]?.lower === 'of' && (article - 1 === phrase.last + 1 || outOf)) {
        for (let k = i + 1; k < tokens.length && k <= i + 6; k++) {
          // ("two of the injured did not survive")
          const died = didNotSurvive(tokens, k);
          if (died !== null && c.category !== 'killed') return { link: { category: 'killed', casualtyIndex: died, side: 'after' }, distance: steps };
          const then = casualtyAt(tokens, k, CASUALTY_AFTER);
          // ("six of the injured were taken to hospital": still the injured)
          const hospital = tokens[k].lower === 'taken' && tokens[k + 1]?.lower === 'to' && toHospital(tokens, k + 2);
          // (never a later fate for a part of the dead: "33 of the deaths were attributed to traumatic brain injury" names
          // what killed them)
          if (then && then.category !== c.category && !hospital && c.category !== 'killed') return { link: { category: then.category, casualtyIndex: k, side: 'after' }, distance: steps };
          if (tokens[k].kind === 'punct') break;
        }
      }
      // ("missing out on the final", but "remain missing out of which around 35 are in the tunnel": a part of them)
      if (t.lower === 'missing' && tokens[i + 1]?.lower === 'out' && !(tokens[i + 2]?.lower === 'of' && /^(which|whom|them|these|those)$/.test(tokens[i + 3]?.lower ?? ''))) return null;
      // ("suffering several visible wounds", "three wounds to the chest": a count of wounds, not of the wounded)
      // ("only 30 were frontal entry wounds": the count is of wounds, named by the copula's noun)
      const woundsNamed = /^(were|are)$/.test(tokens[phrase.last + 1]?.lower ?? '') && i > phrase.last + 2;
      if (/^wounds?$/.test(t.lower) && tags[i].has('Noun') && !tags[i].has('Verb')
        && tokens.slice(phrase.last + 1 + (woundsNamed ? 1 : 0), i).every((x) => x.kind === 'word' && !isPersonWord(x.lower) && !AUXILIARIES.has(x.lower) && !/^(with|for|from|of|to|in|on|by|had|have|has|suffered|sustained|received)$/.test(x.lower))) return null;
      // "3 dead batteries", "two dead zones": dead before a thing is no death (a name may follow: "12 dead Hamas fighters")
      const thing = tokens[i + 1];
      // ("of the dead have been identified": "the dead" is a noun, and the tagger may take "have" for one)
      // ("reported dead following the derailment": a preposition the tagger may take for a noun)
      // ("have been confirmed dead here": or an adverb of where)
      // ("the figure of 40 dead circulating on social media": or a participle on the figure)
      if (t.lower === 'dead' && thing?.kind === 'word' && tags[i + 1].has('Noun') && !tags[i + 1].has('Date') && !/^\p{Lu}/u.test(thing.text)
        && !/^(following|after|before|during|since|amid|near|overnight|today|yesterday|including|among|outdoors|outside|indoors|inside|according|here|there)$/.test(thing.lower) && !/^[a-z]{4,}ing$/.test(thing.lower)
        // ("The opposition's figure of up to 400 dead comes from a single Telegram channel": a verb the tagger takes for a noun)
        && !/^(comes|came|remains|seems|appears|rests|relies|derives)$/.test(thing.lower)
        && tokens[i - 1]?.lower !== 'the' && !AUXILIARIES.has(thing.lower) && !isPersonWord(thing.lower) && !casualtyAt(tokens, i + 1, CASUALTY_AFTER)) return null;
      // "197 hospitalized suspected cases": a casualty word before the noun counted, when that noun is a thing
      // ("31 active missing person cases": a word of state between)
      // ("three serious injury collisions": or how grave the harm of the things was)
      if ((steps === 0 || (steps === 1 && /^(active|open|new|pending|unresolved|outstanding|serious|minor|slight|major)$/.test(tokens[i - 1]?.lower ?? ''))) && modifiesAThing(tokens, tags, i)) return null;
      // "climb to 16 once other casualty reports are verified": a modifier of another noun
      if (t.lower === 'casualty' && /^(reports?|figures?|counts?|numbers?|lists?|estimates?|data)$/.test(tokens[i + 1]?.lower ?? '')) return null;
      // "committed 19 major killings that claimed the lives of 252 people": a count of events, whose dead come after
      if (/^(killings|massacres)$/.test(t.lower) && /^(that|which)$/.test(tokens[i + 1]?.lower ?? '')
        && tokens.slice(i + 2, i + 5).some((x) => /^(claimed|killed|left)$/.test(x.lower))) return null;
      // "six wounded soldiers and civilians were killed": the wounded met a fate of their own
      // ("two more critically injured individuals died": a word of degree may stand between)
      if ((steps === 0 || tokens.slice(phrase.last + 1, i).every((x) => /^(more|other|critically|seriously|badly|severely|gravely)$/.test(x.lower))) && /^(wounded|injured)$/.test(t.lower) && isPersonWord(tokens[i + 1]?.lower ?? '')) {
        let j = i + 2;
        if (/^(and|or)$/.test(tokens[j]?.lower ?? '') && isPersonWord(tokens[j + 1]?.lower ?? '')) j += 2;
        const then = verbAfterVictims(tokens, j);
        if (then && then.category !== c.category) return { link: { category: then.category, casualtyIndex: then.index, side: 'after' }, distance: steps };
      }
      // ("50,000 to 100,000 victims of direct killings": the victims of killings are the dead)
      if (t.lower === 'victims' && tokens[i + 1]?.lower === 'of') {
        const kind = tokens.slice(i + 2, i + 5).findIndex((x) => /^(killings|massacres?|murders?|executions|homicides|assassinations)$/.test(x.lower));
        if (kind >= 0 && tokens.slice(i + 2, i + 2 + kind).every((x) => x.kind === 'word' && !/^(the|a|an|attempted)$/.test(x.lower))) {
          return { link: { category: 'killed', casualtyIndex: i + 2 + kind, side: 'after' }, distance: steps };
        }
      }
      // "40 prisoners were killed", "12 victims died": the noun names who, the verb after it what befell them
      if (VICTIM_NOUNS.has(t.lower)) {
        const then = verbAfterVictims(tokens, i + 1);
        if (then) return { link: { category: then.category, casualtyIndex: then.index, side: 'after' }, distance: steps };
        // ("two victims are reportedly in critical condition": their state is that of the hurt)
        // ("10 victims it believed had died of heat-related causes": a reduced relative clause of belief, then the fate)
        if (/^(it|they|officials|police|authorities|he|she)$/.test(tokens[i + 1]?.lower ?? '') && /^(believed|believes|said|says|thought|thinks|suspected|suspects|confirmed)$/.test(tokens[i + 2]?.lower ?? '')) {
          const v = /^(had|have|has)$/.test(tokens[i + 3]?.lower ?? '') ? i + 4 : i + 3;
          if (/^(died|perished|drowned)$/.test(tokens[v]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: v, side: 'after' }, distance: steps };
        }
        // ("eight victims, who remained in critical conditions, were transferred to Bwera Hospital": or in an aside)
        const care = tokens[i + 1]?.text === ',' && tokens[i + 2]?.lower === 'who' ? careReceivedAt(tokens, i + 3) : careReceivedAt(tokens, i + 1);
        if (care > 0) return { link: { category: 'wounded', casualtyIndex: care, side: 'after' }, distance: steps };
        // ("the nine victims, including a woman, died of suffocation": an aside between the victims and their fate)
        // ("The three victims — Margaret Oyelaran, 81, her son Tunde, 54, and a neighbour, Frank Hale, 77 — died": or named
        // between dashes)
        if (/^[—–]$/.test(tokens[i + 1]?.text ?? '')) {
          const close = tokens.findIndex((x, k) => k > i + 2 && k <= i + 32 && x.text === tokens[i + 1].text);
          const fate = close > 0 && !tokens.slice(i + 2, close).some((x) => /^[.;:]$/.test(x.text)) ? verbAfterVictims(tokens, close + 1) : null;
          if (fate) return { link: { category: fate.category, casualtyIndex: fate.index, side: 'after' }, distance: steps };
        }
        // ("The three victims, all elderly, died")
        if (tokens[i + 1]?.text === ',' && /^(including|among|mostly|mainly|all|both)$/.test(tokens[i + 2]?.lower ?? '')) {
          const close = asideEnd(tokens, i + 3, 8, (k) => tokens[k].kind === 'digits');
          const fate = close !== null ? verbAfterVictims(tokens, close + 1) : null;
          if (fate) return { link: { category: fate.category, casualtyIndex: fate.index, side: 'after' }, distance: steps };
        }
        // ("The remaining three victims, ages 17, 22 and 24, were transported to Stroger Hospital": or their ages)
        if (tokens[i + 1]?.text === ',' && /^(aged|ages)$/.test(tokens[i + 2]?.lower ?? '')) {
          let k = i + 3;
          while (k < i + 16 && (tokens[k]?.kind === 'digits' || /^(,|and)$/.test(tokens[k]?.lower ?? ''))) k++;
          const fate = k > i + 4 && tokens[k - 1]?.text === ',' ? verbAfterVictims(tokens, k) : null;
          if (fate) return { link: { category: fate.category, casualtyIndex: fate.index, side: 'after' }, distance: steps };
        }
        // ("10,000 prisoners who had been recruited to fight had been killed": the fate after their relative clause)
        const after = /^(who|that)$/.test(tokens[i + 1]?.lower ?? '') ? passiveAfterClause(tokens, i + 2) : null;
        if (after) return { link: { category: after.category, casualtyIndex: after.index, side: 'after' }, distance: steps };
        // ("59 victims had been identified from bodies or remains": the victims identified from the dead's remains)
        if (t.lower === 'victims') {
          let named = i + 1;
          while (named < tokens.length && named - i <= 3 && AUXILIARIES.has(tokens[named].lower)) named++;
          if (named > i + 1 && tokens[named]?.lower === 'identified' && tokens.slice(named + 1, named + 5).some((x) => /^(bodies|remains|corpses)$/.test(x.lower))) {
            return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
          }
        }
        // ("13 victims who died in hospital": the relative clause's own verb is their fate)
        if (/^(who|that)$/.test(tokens[i + 1]?.lower ?? '') && /^(died|perished|succumbed)$/.test(tokens[i + 2]?.lower ?? '')) {
          return { link: { category: 'killed', casualtyIndex: i + 2, side: 'after' }, distance: steps };
        }
      }
      // ("195 prisoners were returned in the latest exchange", "swapped 175 prisoners": prisoners let go are no longer
      // captured, as hostages freed are not)
      // ("around two hundred male prisoners from the Vukovar hospital were massacred": a fate of their own after them
      // is read on, as any people's)
      if (/^prisoners?$/.test(t.lower) && !stillHeld(tokens, phrase, i)) {
        const later = tokens.slice(i + 1, i + 12).findIndex((x, d) => x.kind === 'punct' || ((casualtyAt(tokens, i + 1 + d, CASUALTY_AFTER)?.category ?? 'captured') !== 'captured'));
        if (later >= 0 && tokens[i + 1 + later].kind !== 'punct') continue;
        return null;
      }
      // "sentenced three men to death": only a harm verb makes "to death" a killing (above)
      if (t.lower === 'death' && tokens[i - 1]?.lower === 'to') return null;
      // ("The city had about 500,000 residents before the group seized it": a verb with a thing for its object is no
      // people's fate)
      if (tokens[i + 1]?.lower === 'it' && /ed$/.test(t.lower) && i > phrase.last + 1 && !AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) return null;
      return { link: { category: c.category, casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // "One person suffered injuries to the chest", "12 sustained serious wounds"
    const suffered = harmSufferedAt(tokens, i);
    if (suffered) return { link: suffered, distance: steps };
    // ("of the evacuated, five had burns or smoke inhalation and were flown to hospital": the wounds they had, right
    // after them)
    // ("Two of our own climbers have frostbite": or the wounds they have now)
    if (/^(had|have|has)$/.test(t.lower) && i === pastPeople(tokens, phrase.last + 1)) {
      // ("Two people had no injuries": none is the count, as "suffered no injuries" reads, and the people are unhurt)
      if (tokens[i + 1]?.lower === 'no') return null;
      const w = woundAfterModifiers(tokens, i + 1);
      if (w > 0) return { link: { category: 'wounded', casualtyIndex: w, side: 'after' }, distance: steps };
    }
    // "Nine people lost their lives in the fire", "Two men breathed their last"
    const livesLost = lostLifeAt(tokens, i);
    if (livesLost > 0) return { link: { category: 'killed', casualtyIndex: livesLost, side: 'after' }, distance: steps };
    // ("At least 12 people lost their eyesight": a sense or a limb lost is a wound)
    // ("At least 12 people lost limbs in the blasts", "Two children lost a leg each": or with no possessive)
    // ("14 of this quarter's survivors lost at least one limb": or how many, at least)
    const leastOne = /^(at)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'least' && /^(one|a)$/.test(tokens[i + 3]?.lower ?? '') ? i + 2 : i;
    const limbAt = /^(their|his|her|a|an|both|one)$/.test(tokens[leastOne + 1]?.lower ?? '') ? leastOne + 2 : leastOne + 1;
    if (/^(lost|lose|loses|losing)$/.test(t.lower) && /^(eyesight|sight|vision|hearing|limbs?|legs?|arms?|hands?|feet|eyes?)$/.test(tokens[limbAt]?.lower ?? '')
      && (limbAt === leastOne + 2 || /^(eyesight|limbs|legs|arms|hands|feet|eyes)$/.test(tokens[limbAt].lower))
      // (never a thing the limb's word names: "lost their arms licences")
      && (!tokens[limbAt + 1] || tokens[limbAt + 1].kind === 'punct' || /^(in|on|to|at|after|when|while|during|and|each|from|as|below|above|because|due|or)$/.test(tokens[limbAt + 1].lower))) {
      return { link: { category: 'wounded', casualtyIndex: limbAt, side: 'after' }, distance: steps };
    }
    // "at least one Māori was hit by canister shot": hit by a projectile is wounded
    if ((t.lower === 'hit' || t.lower === 'struck') && tokens[i + 1]?.lower === 'by') {
      for (let k = i + 2; k < tokens.length && k <= i + 5; k++) {
        if (PROJECTILES.test(tokens[k].lower)) return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
      }
    }
    // ("Police returned fire, killing the gunman, but not before two officers were hit": hit, with no other agent, where
    // shots are fired)
    if ((t.lower === 'hit' || t.lower === 'struck') && /^(were|was)$/.test(tokens[i - 1]?.lower ?? '') && (!tokens[i + 1] || /^[.,;]$/.test(tokens[i + 1].text))
      && tokens.some((x) => /^(fire|fired|firing|gunfire|shooting|shots|gunman|gunmen|shooter|sniper|bullets?)$/.test(x.lower))) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // "12,400 confirmed infections and 310 deaths": the number counts its own noun, not the deaths
    // ("13 members of the same family were killed", "residents of two villages": the group the people belong to)
    // ("10 people belonging to one family were killed": or "belonging to" it)
    // ("Twenty people from the same family, including eight children, have been killed": or "from" it)
    const ofAGroup = tokens.slice(phrase.last + 1, i).some((x, d) => d > 0 && ((/^(of|from)$/.test(x.lower) && isPersonWord(tokens[phrase.last + d].lower))
      || (x.lower === 'to' && tokens[phrase.last + d].lower === 'belonging' && isPersonWord(tokens[phrase.last + d - 1]?.lower ?? ''))));
    // ("six flood water-related injuries": a compound before the casualty noun)
    if (t.kind === 'word' && /-related$/.test(tokens[i + 1]?.lower ?? '') && casualtyAt(tokens, i + 2, CASUALTY_AFTER)) continue;
    // ("Six family members": a noun of things that modifies people after it)
    // ("Twenty-two people in Turkauliya … and Paharpur villages of Motihari have so far died": where the people are, after
    // "in" or "from" right after their own noun)
    const whereFrom = /^(villages|towns|districts|areas|provinces|regions|camps|cities|states|counties|neighbourhoods|neighborhoods)$/.test(t.lower)
      && isPersonWord(tokens[phrase.last + 1]?.lower ?? '') && /^(in|from|across)$/.test(tokens[phrase.last + 2]?.lower ?? '');
    // ("Nobody in my village died": a single place after its preposition, where they were)
    const inPlace = isPlaceWord(t.lower)
      && [1, 2, 3].some((d) => /^(in|from|at|across)$/.test(tokens[i - d]?.lower ?? '') && tokens.slice(i - d + 1, i).every((x) => x.kind === 'word' && !isPersonWord(x.lower)));
    // ("5 of a family charred to death in fire": the members "of a family", the count right before)
    const ofFamily = t.lower === 'family' && i <= phrase.last + 3 && tokens[phrase.last + 1]?.lower === 'of' && tokens.slice(phrase.last + 2, i).every((x) => /^(a|the|same|one)$/.test(x.lower));
    // ("Twelve miners underground at the time remain missing": when they were there)
    const atTheTime = t.lower === 'time' && /^(the|that)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i - 2]?.lower === 'at';
    if (NON_PERSON_NOUNS.has(t.lower) && tags[i].has('Noun') && !ofAGroup && !whereFrom && !inPlace && !ofFamily && !atTheTime && !isPersonWord(tokens[i + 1]?.lower ?? '')) return null;
    // ("Another 26 survivors remain in hospitals": survivors still in hospital are the wounded)
    if (/^survivors$/.test(t.lower) && /^(remain|remained|remains|are|were)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'in' && toHospital(tokens, i + 3)) {
      const hospital = tokens.findIndex((x, k) => k > i + 2 && /^hospitals?$/.test(x.lower));
      return { link: { category: 'wounded', casualtyIndex: hospital > 0 ? hospital : i, side: 'after' }, distance: steps };
    }
    // "found one more survivor in addition to the four victims' remains": survivors counted are no casualties
    // ("Eleven survivors were being treated on shore": survivors in care are the hurt)
    if (/^survivors$/.test(t.lower) && i - phrase.last <= 2) {
      // ("Two survivors of the blaze were being treated": past the event they survived)
      const from = tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'the' && EVENT_NOUNS.has(tokens[i + 3]?.lower ?? '') ? i + 4 : i + 1;
      let v = from;
      while (v < from + 3 && /^(were|are|was|is|being|still|also)$/.test(tokens[v]?.lower ?? '')) v++;
      // ("Two survivors have since died", "two survivors have since taken their own lives": they died after)
      const since = /^(have|has|had)$/.test(tokens[from]?.lower ?? '') ? from + 1 : from;
      if (DIED_SINCE.test(tokens[since]?.lower ?? '')) {
        const died = /^(died|perished|succumbed)$/.test(tokens[since + 1]?.lower ?? '') ? since + 1 : lostLifeAt(tokens, since + 1);
        if (died > 0) return { link: { category: 'killed', casualtyIndex: died, side: 'after' }, distance: steps };
      }
      // ("The two survivors were treated for hypothermia": or care for a harm, never for shock)
      const forHarm = tokens[v + 1]?.lower === 'for' && treatedHarmAt(tokens, v + 2);
      if (v > from && /^(treated|hospitali[sz]ed|admitted)$/.test(tokens[v]?.lower ?? '') && (!/^(and|for)$/.test(tokens[v + 1]?.lower ?? '') || forHarm)
        && !countsCasesOfDisease(tokens, phrase.first)) return { link: { category: 'wounded', casualtyIndex: v, side: 'after' }, distance: steps };
      // ("Thirteen survivors sustained injuries": survivors who were hurt, read where the wounds are, as anyone's)
      // ("14 survivors lost at least one limb": or a limb they lost)
      if (v === i + 1 && /^(sustained|suffered|received|lost)$/.test(tokens[v]?.lower ?? '')) continue;
    }
    if (/^survivors?$/.test(t.lower) && i - phrase.last <= 2) return null;
    // "45 demonstrators in 12 towns have been killed": a place counted inside a phrase is stepped over
    // ("54 staff from two private companies": an adjective on the things counted)
    const counted = nextPhraseAt(all, i, tokens);
    let thing = counted ? counted.last + 1 : -1;
    if (counted && tags[thing]?.has('Adjective') && !tags[thing].has('Noun') && NON_PERSON_NOUNS.has(tokens[thing + 1]?.lower ?? '')) thing++;
    if (counted?.first === i && NON_PERSON_NOUNS.has(tokens[thing]?.lower ?? '') && /^(in|across|from|at|of|on)$/.test(tokens[i - 1]?.lower ?? '')) { i = thing; continue; }
    // ("At least 14 protesters in three towns in the Maradi and Tahoua regions have been shot dead": where they were, a
    // place named at length, reaches no further than its verb)
    if (/^(in|across|near|from|of)$/.test(t.lower) && i > phrase.last + 1) {
      let k = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
      const names = k;
      while (k < tokens.length && k - names < 6 && tokens[k].kind === 'word' && (/^\p{Lu}/u.test(tokens[k].text) || (tokens[k].lower === 'and' && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')))) k++;
      if (isPlaceWord(tokens[k]?.lower ?? '')) k++;
      if (k > names + 1 && /^\p{Lu}/u.test(tokens[names].text) && (AUXILIARIES.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'who' || casualtyAt(tokens, k, CASUALTY_AFTER) !== null)) { reach += k - i; i = k - 1; continue; }
    }
    // ("killed 16 miners and left 12 others with serious burns": burns a count is left with are its wounds)
    // ("our medical team reports 7 with fuel burns": or with what burned them)
    if (t.lower === 'burns' && i <= phrase.last + 4) {
      const withAt = [i - 1, i - 2, i - 3].find((k) => k > phrase.last && tokens[k]?.lower === 'with');
      if (withAt !== undefined && woundAfterModifiers(tokens, withAt + 1, true) === i) return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("34 service members were diagnosed with traumatic brain injuries": a wound found by doctors)
    if (t.lower === 'diagnosed' && tokens[i + 1]?.lower === 'with' && AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
      const wound = tokens.findIndex((x, k) => k > i + 1 && k <= i + 5 && /^(injuries|injury|wounds|concussions?|burns|fractures)$/.test(x.lower));
      if (wound > 0 && tokens.slice(i + 2, wound).every((x) => x.kind === 'word' || x.text === '-')) return { link: { category: 'wounded', casualtyIndex: wound, side: 'after' }, distance: steps };
    }
    // ("eight people were treated for smoke inhalation and minor burns")
    // ("Several Israelis were treated for shrapnel")
    // ("Six of the survivors were treated for severe hypothermia")
    // ("Eleven people were treated by the crew for hypothermia": who treated them, a short phrase of words, between)
    if (treatedForHarm(tokens, i)) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("four people are admitted in a serious condition")
    if (/^(admitted|hospitali[sz]ed|listed)$/.test(t.lower) && tokens[i + 1]?.lower === 'in') {
      const cond = tokens[i + 2]?.lower === 'a' ? i + 3 : i + 2;
      if (/^(critical|serious)$/.test(tokens[cond]?.lower ?? '') && /^conditions?$/.test(tokens[cond + 1]?.lower ?? '')) {
        return { link: { category: 'wounded', casualtyIndex: cond + 1, side: 'after' }, distance: steps };
      }
    }
    // "20 people had been admitted with gunshot wounds", "treated for injuries"
    if (/^(admitted|treated|hospitalised|hospitalized)$/.test(t.lower) && /^(with|for)$/.test(tokens[i + 1]?.lower ?? '')) { i++; continue; }
    // "Two other citizens were being treated in hospital", "admitted to a city hospital"
    // ("One was treated and released", "treated at the scene")
    // ("11 people had been treated on site": or on scene)
    const treatedAndLeft = t.lower === 'treated' && ((tokens[i + 1]?.lower === 'and' && /^(released|discharged)$/.test(tokens[i + 2]?.lower ?? '')) || (tokens[i + 1]?.lower === 'at' && tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.lower === 'scene')
      || (tokens[i + 1]?.lower === 'on' && /^(site|scene)$/.test(tokens[i + 2]?.lower ?? '')));
    // ("Remaining, 382 were getting treated till morning": a treatment going on, wherever it is)
    const beingTreated = t.lower === 'treated' && /^(being|getting)$/.test(tokens[i - 1]?.lower ?? '');
    if ((treatedAndLeft || beingTreated || (/^(admitted|treated)$/.test(t.lower) && (inHospital(tokens, i + 1) || (tokens[i + 1]?.lower === 'to' && toHospital(tokens, i + 2))))) && !countsCasesOfDisease(tokens, phrase.first)) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("102 people continued to be treated in hospitals")
    if (/^(continued|continue|continues|continuing)$/.test(t.lower) && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.lower === 'be') { i++; continue; }
    // "are estimated to have perished", "were feared to be dead": a say- or think-verb before an infinitive
    if (HEDGES.has(t.lower) && tokens[i + 1]?.lower === 'to') { i++; continue; }
    // ("hundreds are lying dead underneath the rubble", "Twelve people lay dead in the street", "with at least 41 civilians
    // laid dead in the grave": where the dead lie)
    if (/^(lay|lie|lies|lying|laid|laying)$/.test(t.lower) && tokens[i + 1]?.lower === 'dead') continue;
    // ("were reported by a local TV station to be among those beheaded": the agent between)
    if (HEDGES.has(t.lower) && tokens[i + 1]?.lower === 'by') {
      const to = tokens.findIndex((x, k) => k > i + 2 && k <= i + 8 && x.lower === 'to' && /^(be|have)$/.test(tokens[k + 1]?.lower ?? ''));
      if (to > 0 && tokens.slice(i + 2, to).every((x) => x.kind === 'word')) { steps -= to - i - 1; i = to; continue; }
    }
    // ("105 non-combatants were later confirmed by the Coalition as having been killed": a passive say-verb, its
    // agent, then what befell them after "as")
    if (/^(confirmed|reported|listed|identified|recorded|registered|counted|declared|verified|classified)$/.test(t.lower)
      && (/^(were|was|been|are|is)$/.test(tokens[i - 1]?.lower ?? '') || (/^(later|since|subsequently|officially|also|initially|first)$/.test(tokens[i - 1]?.lower ?? '') && /^(were|was|been|are|is)$/.test(tokens[i - 2]?.lower ?? ''))
        // ("as well as more than 120,000 recorded as having disappeared": the participle right after the count)
        || i === phrase.last + 1)) {
      for (let a = i + 1; a < tokens.length && a - i <= 9 && tokens[a].kind === 'word'; a++) {
        if (tokens[a].lower !== 'as') continue;
        let c = a + 1;
        if (tokens[c]?.lower === 'having' && tokens[c + 1]?.lower === 'been') c += 2;
        // ("more than 120,000 recorded as having ‘disappeared’": an active fate, perhaps quoted)
        else if (tokens[c]?.lower === 'being' || tokens[c]?.lower === 'having') c++;
        if (/^[“"‘']$/.test(tokens[c]?.text ?? '')) c++;
        // ("of whom 3 were classified as very seriously injured": past a grade of the wound, as a ministry writes it)
        const graded = /^(very|extremely)$/.test(tokens[c]?.lower ?? '') ? c + 1 : c;
        if (/^(seriously|severely|critically|slightly|lightly|moderately)$/.test(tokens[graded]?.lower ?? '')) c = graded + 1;
        const fate = casualtyAt(tokens, c, CASUALTY_AFTER);
        if (fate) return { link: { category: fate.category, casualtyIndex: c, side: 'after' }, distance: steps };
        break;
      }
    }
    // ('more than 72 people were "killed by repressive forces"': the casualty verb quoted after its auxiliary)
    // ('111,916 people have been “forcibly disappeared”': an adverb inside the quote)
    // ('more than 5,700 people were "presumed dead"': or past a hedge, to the fate it presumes)
    const quoted = (/ly$/.test(tokens[i + 1]?.lower ?? '') && tags[i + 1]?.has('Adverb')) || (HEDGES.has(tokens[i + 1]?.lower ?? '') && /^(dead|killed)$/.test(tokens[i + 2]?.lower ?? '')) ? i + 2 : i + 1;
    // ('12 secessionists were also "neutralized"': past an adverb, to a verb that kills only people)
    const auxBefore = /^(also|reportedly|later)$/.test(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    if (/^[“"]$/.test(t.text) && AUXILIARIES.has(tokens[auxBefore]?.lower ?? '') && (casualtyAt(tokens, quoted, CASUALTY_AFTER) || KILLS_PEOPLE_AS_PASSIVE.has(tokens[quoted]?.lower ?? '') || (isToDeathVerb(tokens[quoted]?.lower ?? '') && tokens[quoted + 1]?.lower === 'to'))) continue;
    // ("Taliban says 4,000 people ‘dead or injured’ in Herat earthquake": a headline's fate quoted right after the people)
    // ("100 Wedding Guests ‘Dead’ As Boat Capsizes": past a word on the people)
    if (/^[“"‘']$/.test(t.text) && (i === phrase.last + 2 || (i === phrase.last + 3 && tokens[i - 2].kind === 'word')) && isPersonWord(tokens[i - 1]?.lower ?? '') && casualtyAt(tokens, i + 1, CASUALTY_AFTER)) continue;
    // ("five people have been formally identified as having died")
    if (/^(identified|confirmed|listed|named)$/.test(t.lower) && tokens[i + 1]?.lower === 'as' && /^(having|being)$/.test(tokens[i + 2]?.lower ?? '') && casualtyAt(tokens, i + 3, CASUALTY_AFTER)) { i += 2; continue; }
    // ("11 people got hurt")
    if (/^(got|gets|get|getting)$/.test(t.lower) && casualtyAt(tokens, i + 1, CASUALTY_AFTER)) continue;
    // ("382 were getting treated till morning")
    if (t.lower === 'getting' && tokens[i + 1]?.lower === 'treated') continue;
    // ("20 civilians and 12 ‘Katiba Macina’ members were killed": a group's name in quote marks before the people's
    // noun is a word on them)
    if (/^[“"‘]$/.test(t.text) && all.some((p) => p.last === i - 1)) {
      const close = tokens.findIndex((x, k) => k > i + 1 && k <= i + 5 && /^[”"’]$/.test(x.text));
      if (close > 0 && tokens.slice(i + 1, close).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text)) && tokens[close + 1]?.kind === 'word') { i = close; continue; }
    }
    // ('Seven personnel were in a "critical condition," police said': a care state in quotes, read as it stands)
    if (/^[“"‘']$/.test(t.text) && CARE_STATES.test(tokens[i + 1]?.lower ?? '') && /^conditions?$/.test(tokens[i + 2]?.lower ?? '')) continue;
    if (t.kind === 'punct') {
      // ("the vast majority, 41 people, were killed": a count in apposition to a part named before it; its comma
      // closes the apposition)
      if (t.text === ',' && i === phrase.last + 2 && isPersonWord(tokens[i - 1].lower) && tokens[start - 1]?.text === ','
        && /^(majority|rest|remainder|bulk|most)$/.test(tokens[start - 2]?.lower ?? '') && AUXILIARIES.has(tokens[i + 1]?.lower ?? '')) continue;
      // A list of figures shares the casualty word: "four officers and 16 Nazis dead".
      if (t.text === ',') {
        // ("Our research has identified two further men, both killed in 1918, whose names were omitted": the people's fate
        // in an aside of its own, said of them all)
        if (i <= phrase.last + 3 && isPersonWord(tokens[i - 1].lower) && /^(both|all|each)$/.test(tokens[i + 1]?.lower ?? '') && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word')
          && /^([a-z]+ed|dead|missing|hurt|shot)$/.test(tokens[i + 2]?.lower ?? '')) {
          const fate = casualtyAt(tokens, i + 2, CASUALTY_AFTER);
          if (fate) return { link: { category: fate.category, casualtyIndex: i + 2, side: 'after' }, distance: i + 2 - phrase.last };
        }
        // ("Two brothers in Kharswan district, Jharkhand, were killed", "213 people in the western state of Gujarat, were
        // killed": where they were, with its commas, then the fate)
        {
          let j = i;
          let name = i + 1;
          while (name < i + 4 && tokens[name]?.kind === 'word' && /^\p{Lu}/u.test(tokens[name].text)) name++;
          if (name > i + 1 && tokens[name]?.text === ',') j = name;
          const fate = (v: number) => casualtyAt(tokens, v, CASUALTY_AFTER) !== null;
          const where = tokens.slice(phrase.last + 1, i).some((x) => /^(in|from|at|near)$/.test(x.lower)) && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word');
          if (where && /^(were|was|are|is)$/.test(tokens[j + 1]?.lower ?? '') && (fate(j + 2) || (/^(also|all)$/.test(tokens[j + 2]?.lower ?? '') && fate(j + 3)))) { reach += 3; i = j; continue; }
          // ("Twelve family members of Mohanbhai Kundariya, BJP MP from Rajkot, also lost their lives", "27 girls from
          // Camp Mystic, a riverside camp for girls in Hunt, Texas, were still unaccounted for": an aside on the name
          // they belong to, then their fate)
          const belongs = tokens.slice(phrase.last + 1, i).some((x) => /^(of|in|from|at|near)$/.test(x.lower)) && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word');
          if (belongs && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '')) {
            let closed = -1;
            for (let close = i + 2; close < tokens.length && close - i <= 14; close++) {
              const x = tokens[close];
              if (x.kind === 'digits' || (x.kind === 'punct' && x.text !== ',') || SAY_VERBS.has(x.lower) || casualtyAt(tokens, close, CASUALTY_AFTER)) break;
              if (x.text === ',' && fateFollows(tokens, close + 1)) { closed = close; break; }
            }
            if (closed > 0) { reach += closed - i; i = closed; continue; }
          }
        }
        // ("In addition to 14 of its staff, MSF said 24 patients and four caretakers lost their lives": a lead that adds
        // the count to what the main clause says befell others, past who says it)
        const addition = additionLead(tokens);
        if (addition > 0 && start - addition <= 1 && !tokens.slice(0, i).some((x) => x.text === ',')) {
          const say = tokens.findIndex((x, k) => k > i + 1 && k <= i + 6 && SAY_VERBS.has(x.lower) && isVerbOnly(tags[k]));
          const next = say > 0 ? all.find((p) => countStart(tokens, p) === say + 1) : undefined;
          if (next && tokens.slice(i + 1, say).every((x) => x.kind === 'word')) { reach += 3; i = next.last; continue; }
        }
        // "The gunmen, numbering about 20, killed 7": a count inside a parenthesis is the subject's, not the verb's victims
        const opens = start - 1;
        if (tokens[opens]?.kind === 'word' && tokens[opens - 1]?.text === ',' && /^(numbering|totalling|totaling|numbered)$/.test(tokens[opens].lower)) return null;
        // "the 3 men, aged 20 to 25, were injured": step over an age
        // ("9 people, ranging in age from 16 to 22, were injured")
        // ("Seven children, one just three-years-old, are among the wounded": the age of one of them)
        const oneAged = tokens[i + 1]?.lower === 'one' && tokens.slice(i + 2, i + 7).some((x) => /-old$/.test(x.lower) || /^(years?|months?)$/.test(x.lower));
        // ("two women, 45 and 55 years old, are in intensive care": their ages, with "years old" closing them)
        const yearsOld = tokens[i + 1]?.kind === 'digits' && tokens.slice(i + 2, i + 7).some((x, d, all) => /^years?$/.test(x.lower) && all[d + 1]?.lower === 'old');
        if (/^(aged|ages|age|ranging)$/.test(tokens[i + 1]?.lower ?? '') || oneAged || yearsOld) {
          let close = asideEnd(tokens, i + 2, 8);
          // ("Three women, aged 51, 18, and 69, were taken to hospital": a list of ages goes on over its commas)
          while (close !== null && (tokens[close + 1]?.kind === 'digits' || (tokens[close + 1]?.lower === 'and' && tokens[close + 2]?.kind === 'digits')) && close - i < 16) {
            close = asideEnd(tokens, close + 1, 8);
          }
          // ("Two children, aged 9 and 12, and their father were shot dead": one more person joined after the aside, whose
          // "and" the list's rule cannot read past the comma)
          const joined = close !== null && tokens[close + 1]?.lower === 'and' && /^(their|his|her|a|an)$/.test(tokens[close + 2]?.lower ?? '')
            && (isPersonWord(tokens[close + 3]?.lower ?? '') || isKinNoun(tokens[close + 3]?.lower ?? ''));
          if (close !== null) { i = joined ? close + 2 : close; continue; }
        }
        // ("Scores of people, and likely hundreds, were killed": a higher guess in an aside; the guess itself
        // goes on to the verb after its closing comma)
        // ("Hundreds, maybe thousands, may have died": a hedge with no "and")
        const hedge = (k: number) => GUESSES.test(tokens[k]?.lower ?? '');
        // (where the guessed count starts after the comma at `k`, else -1)
        const guessAt = (k: number) => {
          let j = /^(and|or)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
          // ("at least 132 people, and by some counts 160, were killed": the counts that give the guess)
          if (tokens[j]?.lower === 'by' && /^(some|other|many|several|local|unofficial)$/.test(tokens[j + 1]?.lower ?? '') && /^(counts|estimates|accounts)$/.test(tokens[j + 2]?.lower ?? '')) return j + 3;
          if (!hedge(j)) return -1;
          if (tokens[j].lower !== 'even' && tokens[j + 1]?.lower === 'even') j++;
          return j + 1;
        };
        const at = guessAt(i);
        const guessed = at > 0 ? nextPhraseAt(all, at, tokens) : null;
        // ("and by some counts at least 160,": the guess with its own bound)
        if (guessed && countStart(tokens, guessed) === at && tokens[guessed.last + 1]?.text === ',') { reach += 3; i = guessed.last + 1; continue; }
        const lead = start;
        if (steps === 0) {
          let c = lead - 1;
          while (c > lead - 5 && c > 0 && tokens[c].text !== ',') c--;
          if (tokens[c]?.text === ',' && guessAt(c) === lead) continue;
        }
        // "Of the 300 people on board, 12 were killed": the lead counts a group; what follows befell a part of it
        if (i === leadComma(tokens)) return null;
        // ("at least 20 civilians and a dozen alleged members of an al-Qaida affiliated Islamist group, were dead": a
        // stray comma between the people, named at length, and their fate)
        {
          const words = tokens.slice(phrase.last + 1, i);
          const plain = words.length > 0 && words.every((x, d) => (x.kind === 'word' || x.kind === 'digits' || (x.text === '-' && tokens[phrase.last + d].end === x.start)) && !isVerbOnly(tags[phrase.last + 1 + d]) && !(SAY_VERBS.has(x.lower) && !tags[phrase.last + 1 + d].has('Adjective')));
          const fateAt = /^(also|all)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
          if (plain && /^(were|was)$/.test(tokens[i + 1]?.lower ?? '') && casualtyAt(tokens, fateAt, CASUALTY_AFTER) && words.some((x) => isPersonWord(x.lower) || /^(members|fighters|militants|civilians)$/.test(x.lower))) {
            reach += 2;
            continue;
          }
        }
        // ("Two UN experts, Michael Sharp and Zaida Catalán, were found dead": their names in apposition)
        // ("Two of them, Amira Khan, 19, and her cousin Leila, 16, died at the scene": or a part of a group)
        const named = isPersonWord(tokens[i - 1]?.lower ?? '') || (tags[i - 1]?.has('Plural') && tags[i - 1].has('Noun') && !NON_PERSON_NOUNS.has(tokens[i - 1].lower))
          || (tokens[i - 1]?.lower === 'them' && tokens[i - 2]?.lower === 'of' && i - 2 === phrase.last + 1);
        // ("The two crew, test pilot John Derry and flight test observer Anthony Richards, were killed": or each name after
        // the role it had)
        const role = (k: number): boolean => tokens[k]?.kind === 'word' && /^\p{Ll}/u.test(tokens[k].text) && !/^(who|which|that|and)$/.test(tokens[k].lower)
          && ((tags[k]?.has('Noun') && !isVerbOnly(tags[k])) || (/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '') && isPersonWord(tokens[k + 1].lower)));
        // ("Two Israelis, the wrestling coach Moshe Weinberg and the weightlifter Yossef Romano, were shot dead": the role
        // with its article)
        const article = (k: number) => tokens[k]?.lower === 'the' && role(k + 1);
        if (named && (/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') || role(i + 1) || article(i + 1))) {
          let close = i + 1;
          for (;;) {
            const x = tokens[close];
            if (!x || close - i > 24) break;
            if (x.kind === 'word' && (/^\p{Lu}/u.test(x.text) || /^(and|de|del|da|dos|van|von|bin|al)$/.test(x.lower) || role(close) || article(close))) { close++; continue; }
            // (each one's age after the name, and kin by a possessive: ", 19, and her cousin Leila, 16,")
            if (/^(his|her|their)$/.test(x.lower) && isKinNoun(tokens[close + 1]?.lower ?? '') && close > i + 1) { close += 2; continue; }
            if (x.text === ',' && /^\d{1,3}$/.test(tokens[close + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[close - 1]?.text ?? '')) { close += 2; continue; }
            if (x.text === ',' && tokens[close + 1]?.lower === 'and' && tokens[close - 1]?.kind === 'digits') { close++; continue; }
            break;
          }
          const names = tokens.slice(i + 1, close).filter((x) => /^\p{Lu}/u.test(x.text)).length;
          // ("Two of our employees, Dale Kessler and Tomas Ruiz, lost their lives": or the loss of their lives)
          const verb = /^(were|are|have|had|died|perished|drowned)$/.test(tokens[close + 1]?.lower ?? '') || lostLifeAt(tokens, close + 1) > 0;
          if (tokens[close]?.text === ',' && tokens.slice(i + 1, close).some((x) => x.lower === 'and') && names >= 2 && verb) { reach += close - i; i = close; continue; }
        }
        const after = tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === 'or' ? i + 2 : i + 1;
        // ("The campaign reached 2.3 million children, and no deaths were recorded", "…, and no one died": a zero, or a count
        // of deaths, after the comma's "and" opens a clause of its own; a list of people goes on with its people)
        if (after === i + 2 && tokens[i + 1].lower === 'and' && ((/^(no|none|nobody)$/.test(tokens[after]?.lower ?? '') && !isPersonWord(tokens[after + 1]?.lower ?? ''))
          || (isCountToken(tokens[after]) && /^(deaths|death|injuries|fatalities|casualties)$/.test(tokens[after + 1]?.lower ?? '')))) return null;
        // ("over 64,000 people, 60% of whom were children, older people, and women, were killed": a share of them in an
        // aside, its list going on over its commas to the one before the verb)
        if (after === i + 1 && tokens[after]?.kind === 'digits' && /^(%|percent|per)$/.test(tokens[after + 1]?.lower ?? '')) {
          const of = tokens[after + 1].lower === 'per' ? after + 3 : after + 2;
          if (tokens[of]?.lower === 'of' && /^(whom|them)$/.test(tokens[of + 1]?.lower ?? '')) {
            const close = tokens.findIndex((x, k) => k > of + 1 && k <= of + 20 && x.text === ',' && (AUXILIARIES.has(tokens[k + 1]?.lower ?? '') || casualtyAt(tokens, k + 1, CASUALTY_AFTER) !== null));
            if (close > 0 && tokens.slice(of + 2, close).every((x) => x.kind === 'word' || x.text === ',')) { i = close; continue; }
          }
        }
        // ("800,000 people, most of them from the Tutsi ethnic group, were massacred": who most of them were, in an aside)
        if (after === i + 1 && /^(most|many|all|some|half|mostly|mainly|largely|nearly|almost)$/.test(tokens[after]?.lower ?? '')) {
          const close = asideEnd(tokens, after + 1, 12, (k) => tokens[k].kind === 'digits' || casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          if (close !== null && (AUXILIARIES.has(tokens[close + 1]?.lower ?? '') || casualtyAt(tokens, close + 1, CASUALTY_AFTER))) { i = close; continue; }
        }
        // ("Three civilians, according to police, were wounded", "Three civilians, police said, were wounded": who says it,
        // as an aside between the people and their verb)
        if (after === i + 1) {
          const accordingTo = tokens[after]?.lower === 'according' && tokens[after + 1]?.lower === 'to';
          const close = asideEnd(tokens, accordingTo ? after + 2 : after, 8, (k) => tokens[k].kind !== 'word');
          const saidAside = close !== null && !accordingTo && close - after <= 4 && /^(said|says|say|reported|added|stated)$/.test(tokens[close - 1].lower) && close - 1 > after;
          if (close !== null && (accordingTo || saidAside) && (AUXILIARIES.has(tokens[close + 1]?.lower ?? '') || casualtyAt(tokens, close + 1, CASUALTY_AFTER))) { i = close; continue; }
          // ("Eight soldiers, the ministry said in a brief statement issued late on Sunday, were killed": where and when
          // it was said, after the say-verb, in words only)
          const long = asideEnd(tokens, after, 16, (k) => tokens[k].kind !== 'word');
          const says = long !== null ? tokens.findIndex((x, k) => k > after && k <= after + 3 && /^(said|says|reported|added|stated)$/.test(x.lower)) : -1;
          if (long !== null && says > 0 && says < long - 1 && /^(in|on|at|late|early|last|this|after|during|through|via)$/.test(tokens[says + 1].lower)
            && AUXILIARIES.has(tokens[long + 1]?.lower ?? '')) { i = long; continue; }
        }
        // ("At least 6,700 Rohingya, in the most conservative estimations, are estimated to have been killed": an aside
        // of how the count was made, opened by a preposition, then the verb)
        if (/^(in|by|on|at|per|under)$/.test(tokens[after]?.lower ?? '') && tokens[i - 1]?.kind === 'word' && (isPersonWord(tokens[i - 1].lower) || /^\p{Lu}/u.test(tokens[i - 1].text))) {
          const close = asideEnd(tokens, after + 1, 8, (k) => tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower) || casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          if (close !== null && AUXILIARIES.has(tokens[close + 1]?.lower ?? '')) { i = close; continue; }
        }
        // ("Two of the children, 3- and 5-year-old brothers, died of their wounds", "The two other children, ages 2
        // and 4, were on life support": an aside of their ages, closed before the verb)
        // ("one of them, a 38-year-old from Cumbria competing in his fourth event, had died": with where from and what
        // they were doing)
        {
          const close = asideEnd(tokens, after, 14, (k) => casualtyAt(tokens, k, CASUALTY_AFTER) !== null || SAY_VERBS.has(tokens[k].lower));
          const ages = close !== null && (/^(ages|aged)$/.test(tokens[after]?.lower ?? '') || tokens.slice(after, close).some((x) => /year-old$/.test(x.lower)));
          if (close !== null && ages && (AUXILIARIES.has(tokens[close + 1]?.lower ?? '') || casualtyAt(tokens, close + 1, CASUALTY_AFTER))) { i = close; continue; }
        }
        // ("Two crew members, a man and a woman, were rescued …", "Three people, all women, were killed": who they were,
        // as an aside of people, closed before the verb)
        // ("The two crew members of the train, an engineer and a conductor, were taken to hospital": or after what they are of)
        const personOf = [2, 3, 4].some((d) => tokens[i - d]?.lower === 'of' && isPersonWord(tokens[i - d - 1]?.lower ?? '') && tokens.slice(i - d + 1, i).every((x) => x.kind === 'word'));
        // ("Two Israelis, the wrestling coach Moshe Weinberg and the weightlifter Yossef Romano, were shot dead": or named, with
        // what they did)
        if (/^(a|an|both|all|mostly|mainly|the)$/.test(tokens[after]?.lower ?? '') && after === i + 1 && (isPersonWord(tokens[i - 1]?.lower ?? '') || personOf)) {
          // ("two of our students, a 7th grader and a 9th grader, were killed": a school year's ordinal and its pupil)
          const grade = (k: number) => tokens[k]?.kind === 'digits' && /^\d{1,2}(st|nd|rd|th)$/.test(tokens[k].text) && /^(graders?|formers?)$/.test(tokens[k + 1]?.lower ?? '');
          // ("One resident, a man in his 40s, was found dead": or the decade of their age)
          const decade = (k: number) => /^\d0s$/.test(tokens[k]?.text ?? '') && /^(his|her|their|early|mid|late)$/.test(tokens[k - 1]?.lower ?? '');
          const close = asideEnd(tokens, after + 1, 8, (k) => (tokens[k].kind === 'digits' && !grade(k) && !decade(k)) || casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          // ("Two other people, a man and a teenage boy, were taken to hospital": with words on them)
          // (a school year with its pupil, or a decade of age, stands among the words on them)
          const gradeOrDecade = (k: number) => grade(k) || grade(k - 1) || decade(k);
          // (a name, a role, or a plain noun after its article: "the weightlifter", "a gunner")
          const namedAt = (k: number) => tags[k].has('Person') || tags[k].has('Actor')
            || (/^(a|an|the)$/.test(tokens[k - 1]?.lower ?? '') && tags[k].has('Noun') && !tags[k].has('Verb') && !NON_PERSON_NOUNS.has(tokens[k].lower));
          const people = close !== null && tokens.slice(after + 1, close).every((x, d) => gradeOrDecade(after + 1 + d) || (x.kind === 'word' && (isPersonWord(x.lower) || /^(a|an|the|and|his|her|their|of|them|in|early|mid|late)$/.test(x.lower)
            || /-old$/.test(x.lower) || namedAt(after + 1 + d) || (tags[after + 1 + d].has('Adjective') && !tags[after + 1 + d].has('Verb')))))
            && tokens.slice(after + 1, close).some((x, d) => isPersonWord(x.lower) || gradeOrDecade(after + 1 + d) || namedAt(after + 1 + d));
          if (close !== null && people && (AUXILIARIES.has(tokens[close + 1]?.lower ?? '') || casualtyAt(tokens, close + 1, CASUALTY_AFTER))) { i = close; continue; }
        }
        // ("between 70,000 and 80,000 people, or around 30% of the city's population, had already perished": the share
        // the count is of a whole, restated after "or")
        if (tokens[i + 1]?.lower === 'or' && tokens.slice(after, after + 4).some((x) => x.text === '%' || /^(percent|per)$/.test(x.lower))) {
          const close = asideEnd(tokens, after, 12, (k) => casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          if (close !== null) { i = close; continue; }
        }
        const p = nextPhraseAt(all, after, tokens);
        // ("… has reached 14, and nine people are missing": a clause of its own after ", and")
        // (never a list of subjects: "Four soldiers, five police, and 12 civilians were killed")
        const complement = TOLL_VERBS.has(tokens[start - 1]?.lower ?? '');
        if (p && complement && after === i + 2 && tokens[i + 1].lower === 'and') {
          const v = pastPeople(tokens, p.last + 1);
          if (AUXILIARIES.has(tokens[v]?.lower ?? '') && casualtyAt(tokens, v + 1, CASUALTY_AFTER)) return null;
        }
        if (p && (hasOwnPredicate(tokens, phrase.last + 1, i) || actsOnItsOwn(tokens, tags, p) || objectOfAnotherVerb(tokens, tags, phrase) || oldEndOfThings(tokens, phrase))) return null;
        // ("admitted 1,430 children with severe acute malnutrition in August, and 87 of them died": a part of them after
        // ", and" opens a clause of its own, its fate the part's alone)
        if (p && tokens[i + 1]?.lower === 'and' && p.first === i + 2 && tokens[p.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[p.last + 2]?.lower ?? '')) return null;
        // "Seven civilians, three of them children, were killed": a part of them in an aside
        if (p && tokens[p.last + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[p.last + 2]?.lower ?? '')) {
          const close = asideEnd(tokens, p.last + 3, 6, (k) => casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          if (close !== null) { i = close; continue; }
        }
        if (p) {
          // ("Ten military police officers, two members of an auxiliary force supporting the army, and a civilian died": a
          // later member's own participle clause, up to its comma)
          const close = tokens.findIndex((x, k) => k > p.last && k <= p.last + 10 && x.kind === 'punct');
          const member = close > 0 ? tokens.slice(p.last + 1, close) : [];
          if (tokens[close]?.text === ',' && isPersonWord(tokens[p.last + 1]?.lower ?? '') && member.some((x, d) => /ing$/.test(x.lower) && !/^(being|having)$/.test(x.lower) && tags[p.last + 1 + d].has('Verb'))
            && !member.some((x) => x.kind === 'digits' || casualtyAt(tokens, tokens.indexOf(x), CASUALTY_AFTER) !== null)) { reach += close - p.last; i = close - 1; continue; }
          reach += 3; i = p.last; continue;
        }
        // ("Six people, who suffered injuries in the accident, have been hospitalised": a relative clause between commas)
        // ("Some 25 to 30 fishermen, whose boats had not returned by nightfall, are still unaccounted for": or whose)
        if (/^(who|whom|whose)$/.test(tokens[after]?.lower ?? '') && after === i + 1) {
          const close = asideEnd(tokens, after + 1, 12, (k) => tokens[k].kind === 'digits');
          if (close !== null) { i = close; continue; }
        }
        // ("Eleven of the 40 passengers on the bus, which had left Niamey for Dosso early on Sunday and collided with a lorry
        // near Birni N'Gaouré, died at the scene": a clause on the thing the people were on, however long, up to the verb)
        if (tokens[after]?.lower === 'which' && after === i + 1 && tokens[i - 1]?.kind === 'word' && tokens.slice(phrase.last + 1, i).some((x) => isPersonWord(x.lower))) {
          const close = asideEnd(tokens, after + 1, 24, (k) => tokens[k].kind === 'digits' && !isYearToken(tokens[k]));
          if (close !== null && casualtyAt(tokens, close + 1, CASUALTY_AFTER) !== null) { reach += close - i; i = close; continue; }
        }
        // ("one UNRWA staff member, along with her family, lost their lives": who shared the fate, as an aside)
        if ((tokens[after]?.lower === 'along' && tokens[after + 1]?.lower === 'with') || (tokens[after]?.lower === 'together' && tokens[after + 1]?.lower === 'with')) {
          const close = asideEnd(tokens, after + 2, 8, (k) => tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower));
          if (close !== null) { i = close; continue; }
        }
        // "Six people, including a child, were wounded" ("among them a child"): step over the parenthesis
        if (tokens[after]?.lower === 'including' || tokens[after]?.lower === 'among') {
          // ("Fifteen people, including seven men, seven women and a one-year-old child, were killed":
          // the aside's own list goes on over its commas)
          // ("Six people, including Waberi police chief Ahmed Bashane and Deputy Commander for Waliyow Adde Police
          // Division Abdi Basid, were killed": names make a long aside)
          let close = asideEnd(tokens, after + 1, 20, (k) => /^[;:!?"“”]$/.test(tokens[k].text));
          // ("Five women, including one 80-year-old, and four small children were among the dead": past
          // the aside, a member of the main list with its verb)
          const predicate = (k: number) => AUXILIARIES.has(tokens[k].lower) || casualtyAt(tokens, k, CASUALTY_AFTER) !== null;
          // ("11 civilians, including an eight-year-old and a 15-year-old, as well as one military personnel, were killed":
          // or a member joined by "as well as")
          // ("more than 2,000 unarmed civilians, including women, children and patients, were executed": or people named
          // bare)
          while (close !== null && (all.some((q) => q.first === close! + 1) || /^(a|an|and)$/.test(tokens[close + 1]?.lower ?? '') || asWellAsAt(tokens, close + 3)
            || (isPersonWord(tokens[close + 1]?.lower ?? '') && tags[close + 1]?.has('Plural'))) && close - after < 24) {
            const further = asideEnd(tokens, close + 1, 12, predicate);
            if (further === null) break;
            close = further;
          }
          if (close !== null) { i = close; continue; }
        }
        // "at least 9,770 people, around two-thirds of them women and children, had been killed"
        // ("At least 1,383 civilians, the vast majority of them Alawites, were killed")
        if (tokens.slice(after, after + 4).some((x, d) => x.lower === 'of' && /^(them|whom)$/.test(tokens[after + d + 1]?.lower ?? '')) && /^(around|about|some|nearly|almost|over|roughly|more|half|two-thirds|one-third|a|the|three-quarters)$/.test(tokens[after]?.lower ?? '')) {
          const close = asideEnd(tokens, after + 1, 9, (k) => tokens[k].kind === 'digits' || casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          if (close !== null) { i = close; continue; }
        }
        // ("100,000 people, of whom many were Jews, were murdered": the aside is stepped over at its "whom")
        if (tokens[after]?.lower === 'of' && tokens[after + 1]?.lower === 'whom' && !all.some((p) => p.first === after + 2)) continue;
        // ("Three Sherpas, part of the rope-fixing team for Mount Everest, were confirmed dead": what they were part of)
        if (tokens[after]?.lower === 'part' && tokens[after + 1]?.lower === 'of' && isPersonWord(tokens[i - 1]?.lower ?? '')) {
          const close = asideEnd(tokens, after + 2, 12, (k) => tokens[k].kind === 'digits' || casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          if (close !== null) { i = close; continue; }
        }
        // "More than 1,300 Palestinians, mostly civilians, have been killed": a short aside on who they were
        // ("Twelve people, possibly foreigners, were found beheaded": a guess at who they were)
        // ("Five attackers, some wearing suicide belts, were then shot dead": what some of them wore or did)
        // ("some 300 people, almost all civilians, had died": how nearly all, before it)
        const nearly = /^(almost|nearly|virtually|practically)$/.test(tokens[after]?.lower ?? '') && /^(all|entirely|exclusively)$/.test(tokens[after + 1]?.lower ?? '') ? 1 : 0;
        // ("four other occupants of the residence, each of whom sustained gunshot wounds": the harm each of them suffered)
        if (/^(all|each|both)$/.test(tokens[after]?.lower ?? '') && tokens[after + 1]?.lower === 'of' && /^(whom|them)$/.test(tokens[after + 2]?.lower ?? '')) {
          const harm = harmSufferedAt(tokens, after + 3);
          if (harm) return { link: harm, distance: steps };
        }
        // ("four occupants, each of whom was injured": "each" opens the aside as "all" does)
        if (/^(mostly|mainly|largely|chiefly|primarily|predominantly|overwhelmingly|many|most|all|each|both|some|several|possibly|probably|apparently|reportedly)$/.test(tokens[after + nearly]?.lower ?? '')) {
          // (with no count or casualty word of its own: ", most of them killed," is not an aside)
          // ("At least 151 people, most of them in their 20s, were killed": a decade of age is no count)
          // ("Sixteen schoolchildren, all of them aged just five and six, were killed": their ages, with "aged", are no count)
          // ("More than 170 people, many of them children between the ages of 8 and 14, were being treated for burns")
          // ("Two boys, both 17, died": or the age they share, bare)
          const aged = tokens.slice(after + 1, after + 8).some((x) => /^(aged|ages)$/.test(x.lower))
            || (/^(both|all)$/.test(tokens[after + nearly].lower) && /^\d{1,3}$/.test(tokens[after + nearly + 1]?.text ?? '') && tokens[after + nearly + 2]?.text === ',');
          // ("Some 200 people, many of them women who had come to collect food aid from a warehouse, were injured": a
          // relative clause on them makes it longer)
          const relative = tokens.slice(after + 1, after + 6).some((x) => /^(who|that)$/.test(x.lower));
          const close = asideEnd(tokens, after + 1, aged ? 12 : relative ? 16 : 7, (k) => (tokens[k].kind === 'digits' && !/^\d0s$/.test(tokens[k].text) && !aged) || casualtyAt(tokens, k, CASUALTY_AFTER) !== null);
          // ("More than 30 devotees, mostly women, who turned up for a bath, were injured": an aside after it is read at its comma)
          if (close !== null) { i = /^(who|whom|including)$/.test(tokens[close + 1]?.lower ?? '') ? close - 1 : close; continue; }
          // ("Thirty-one people, mainly guests and hotel staff were killed": an aside its writer left unclosed, up to the
          // clause's auxiliary and casualty word)
          const aux = tokens.findIndex((x, k) => k > after + 1 && k <= after + 7 && /^(were|was|have|had|are)$/.test(x.lower));
          if (aux > 0 && tokens.slice(after + 1, aux).every((x) => x.kind === 'word') && casualtyAt(tokens, aux + 1, CASUALTY_AFTER)) { i = aux - 1; continue; }
        }
        // "36 women, 22 men, and an eight-year-old boy were killed": one victim closes the list
        const one = personAfterArticle(tokens, tags, after);
        if (one >= 0) { i = one; continue; }
        // ("patients with gunshot, mortar and shrapnel wounds": a list of the kinds of wound)
        const kinds = woundKindsUntil(tokens, after);
        if (kinds > 0 && tokens[i - 1]?.kind === 'word') { i = kinds - 1; continue; }
        // "13 including two children, killed"; "41 soldiers, civilians killed"
        const n = tokens[after];
        if (n && n.kind === 'word' && (CASUALTY_AFTER[n.lower] || (tags[after].has('Noun') && !tags[after].has('Pronoun') && !tags[after].has('Verb')))) continue;
      }
      // "three railway staffers - the driver and the guard - were killed": a spaced dash opens an aside to its pair
      // ("more than 280 aid workers—the majority of them staff members of …—have been killed": an em dash may be glued)
      if ((t.text === '-' || t.text === '–' || t.text === '—') && (tokens[i - 1]?.end !== t.start || t.text === '—')) {
        // ("14 persons – 13 men and one woman - were found dead": an aside may close with another dash)
        const close = tokens.findIndex((x, k) => k > i && k - i <= 25 && /^[-–—]$/.test(x.text) && (tokens[k - 1].end !== x.start || (x.text === '—' && t.text === '—'))
          && (x.text === t.text || tokens[k + 1]?.start !== x.end));
        // (a count inside only as a part: "more than 100 people – including at least 20 police officers – were killed")
        // ("All 132 people - 123 passengers and nine crew members - onboard …": a breakdown of the count)
        const breakdown = close > 0 && all.some((p) => p.first === i + 1) && tokens.slice(i + 1, close).every((x, d) => x.kind !== 'punct' && !casualtyAt(tokens, i + 1 + d, CASUALTY_AFTER) && !isVerbOnly(tags[i + 1 + d]));
        // ("The 23 people — ranging in age from 6 to 89 — who lost their lives": their ages between the dashes)
        const ages = /^(ranging|aged|ages|age)$/.test(tokens[i + 1]?.lower ?? '');
        if (close > 0 && (tokens[i + 1]?.lower === 'including' || breakdown || ages || !tokens.slice(i + 1, close).some((x) => x.kind === 'digits'))) { i = close; continue; }
      }
      if (t.text === '-' || t.text === '’' || t.text === "'") continue;
      // ("all the militants — seven of them, according to Bajwa — were dead": who says it, inside the count's own aside)
      if (t.text === ',' && /^[–—]$/.test(tokens[start - 1]?.text ?? '') && tokens[i + 1]?.lower === 'according' && tokens[i + 2]?.lower === 'to') {
        const close = tokens.findIndex((x, k) => k > i + 3 && k <= i + 8 && x.text === tokens[start - 1].text);
        if (close > 0 && tokens.slice(i + 3, close).every((x) => x.kind === 'word')) { i = close; continue; }
      }
      // "all the men — perhaps as many as 17 — died": a count in a dashed aside reaches the verb after it
      if (/^[–—]$/.test(t.text) && steps === 0) {
        let lead = start - 1;
        if (/^(perhaps|possibly|maybe|probably|likely)$/.test(tokens[lead]?.lower ?? '')) lead--;
        if (tokens[lead]?.text === t.text) continue;
      }
      // "“roughly 40” were killed": a quote closed right after the number; "200 reservists “were
      // destroyed …”": a quote opened after the victims
      if ((t.text === '”' || t.text === '"') && steps === 0) continue;
      // ('less than 50 “active missing person cases”': a quote opened right after the count)
      if ((t.text === '“' || t.text === '"') && steps === 0 && tokens[i + 1]?.kind === 'word') continue;
      // ('“tens of thousands of civilians” had been killed': a quote that opened right before the count)
      if ((t.text === '”' || t.text === '"') && /^[“"]$/.test(tokens[start - 1]?.text ?? '')) continue;
      if (t.text === '+' && steps === 0) continue; // "300+ dead"
      // ('another 61 "potentially" unaccounted for': a hedge in quotes)
      const hedge = /^(potentially|possibly|probably|likely|presumably|reportedly)$/;
      if (/^[“"”]$/.test(t.text) && hedge.test(tokens[i + 1]?.lower ?? '') && /^[”"]$/.test(tokens[i + 2]?.text ?? '')) { i += 2; continue; }
      if (/^[”"]$/.test(t.text) && hedge.test(tokens[i - 1]?.lower ?? '') && /^[“"]$/.test(tokens[i - 2]?.text ?? '')) continue;
      if ((t.text === '“' || t.text === '"') && isPersonWord(tokens[i - 1]?.lower ?? '')) continue;
      // "40 people (including 3 children) were killed": a parenthesis with no casualty word of its own
      // ("24 patients and four caretakers (relatives who provided additional nursing care for the patients in the
      // hospital) now confirmed dead": right after the people, who they were may run longer)
      if (t.text === '(') {
        const close = parenthesisEnd(tokens, i, isPersonWord(tokens[i - 1]?.lower ?? '') ? 18 : 10);
        // ("85 journalists and media workers (82 in Gaza and 3 in Lebanon), were killed": a stray comma after it)
        if (close !== null) { i = tokens[close + 1]?.text === ',' && AUXILIARIES.has(tokens[close + 2]?.lower ?? '') ? close + 1 : close; continue; }
      }
      // "Two U.N. peacekeepers": the dots of an initialism
      if (t.text === '.' && /^[A-Z]$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 1].end === t.start) continue;
      return null;
    }
    // ("185 people from more than 20 countries died": where the people came from, counted, is no count of harm)
    if (t.lower === 'from' && i > phrase.last && isPersonWord(tokens[i - 1]?.lower ?? '')) {
      const q = qualifierAt(tokens, i + 1);
      const n = q ? q.last + 1 : i + 1;
      if ((tokens[n]?.kind === 'digits' || isNumberWord(tokens[n]?.lower ?? '')) && /^(countries|nations|states|provinces|districts|villages|towns)$/.test(tokens[n + 1]?.lower ?? '')) {
        steps -= n + 1 - i; i = n + 1; continue;
      }
    }
    // ("Eight of those rescued Sunday were rushed to hospitals with burns": the group the part is taken from, named by
    // what was done for it, then the part's own verb)
    // ("more than 300 of those detained had injuries": or what was done to it, with no harm)
    if (i === phrase.last + 1 && doneToEnd > 0) {
      const e = doneToEnd;
      // ("61 of those rescued needed hospital care": or a verb of the care or the harm the part had)
      if (AUXILIARIES.has(tokens[e]?.lower ?? '') || /^(needed|required|suffered|sustained|received)$/.test(tokens[e]?.lower ?? '')) { steps -= e - 1 - i; i = e - 1; continue; }
    }
    // ("The 29 miners trapped underground have been confirmed dead", "Twelve climbers caught in the eruption were found
    // dead": a participle on the people, then their clause's own verb)
    // ("Ten firefighters sent to put out a fire … were all killed": or where they were sent)
    // ("Twelve Iranian workers building a power station north of the city were among the dead": or what they were doing,
    // with its object)
    const doing = /ing$/.test(t.lower) && !/^(including|following|according|during|regarding|concerning|excluding|morning|evening|being|having)$/.test(t.lower)
      && (tags[i].has('Gerund') || /^(a|an|the|their|his|her|its)$/.test(tokens[i + 1]?.lower ?? ''));
    // ("Six crew members of an air force helicopter sent to help with relief were among the dead": or on what the people
    // were of)
    const ofThing = i - phrase.last <= 9 && tokens.slice(phrase.last + 1, i).some((x, d) => x.lower === 'of' && isPersonWord(tokens[phrase.last + d]?.lower ?? '') && tags[phrase.last + d]?.has('Plural'))
      && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word');
    if ((doing || /^(trapped|caught|stranded|stuck|buried|working|travelling|traveling|living|sleeping|sent|dispatched|deployed|posted|stationed)$/.test(t.lower)) && i > phrase.last + 1
      && ((isPersonWord(tokens[i - 1].lower) && tags[i - 1].has('Plural')) || ofThing)
      && !AUXILIARIES.has(tokens[i - 1].lower)) {
      const aux = auxiliaryOfFate(tokens, i + 1, 16, false);
      if (aux > 0) { steps -= aux - 1 - i; i = aux - 1; continue; }
    }
    // ("Three of the colleagues he travelled with in Cambodia were captured": a relative clause with no pronoun, its
    // own subject and verb, then the people's fate)
    if (/^(he|she|they|we|i|you)$/.test(t.lower) && i > phrase.last + 1 && isPersonWord(tokens[i - 1].lower) && tags[i - 1].has('Plural') && isVerbOnly(tags[i + 1] ?? new Set())) {
      const aux = auxiliaryOfFate(tokens, i + 2, 14, false);
      if (aux > 0) { steps -= aux - 1 - i; i = aux - 1; continue; }
    }
    // ("Three bystanders in various locations around the shooting scene were injured": where the people were,
    // then their fate)
    if (/^(in|at|from|near|around|inside|outside|across|on|aboard|onboard)$/.test(t.lower) && i > phrase.last + 1 && isPersonWord(tokens[i - 1].lower) && tags[i - 1].has('Plural')) {
      const aux = auxiliaryOfFate(tokens, i + 1, 14, false);
      if (aux > 0) { steps -= aux - 1 - i; i = aux - 1; continue; }
    }
    if (t.lower === 'including' || t.lower === 'among') {
      const p = nextPhraseAt(all, i + 1, tokens);
      // ("78,784 cases including 1,159 associated deaths": a casualty noun after the part is the part's own)
      if (p && countsCasualtyNoun(tokens, p.last + 1)) return null;
      // ("At least seven people including five MBBS students, one PG resident doctor and the wife of a … doctor of the
      // BJ Medical College in Ahmedabad were killed": a long list of counted parts, on to the verb's auxiliary)
      if (p && t.lower === 'including' && isPersonWord(tokens[i - 1]?.lower ?? '')) {
        const aux = auxiliaryOfFate(tokens, p.last + 1, 24);
        if (aux > 0) { steps -= aux - 1 - i; i = aux - 1; continue; }
      }
      if (p) { i = p.last; continue; }
      // ("more than 40 people including staff of NNPC, University of Maiduguri, Nigerian troops, and CJTF were
      // killed": a list of who they were ends at the verb's auxiliary)
      if (t.lower === 'including' && isPersonWord(tokens[i - 1]?.lower ?? '')) {
        const aux = auxiliaryOfFate(tokens, i + 2, 24);
        if (aux > 0) { steps -= aux - 1 - i; i = aux - 1; continue; }
      }
      // ("Two soldiers including an officer were killed": one of them, named on the way to the verb)
      const one = isPersonWord(tokens[i - 1]?.lower ?? '') ? personAfterArticle(tokens, tags, i + 1) : -1;
      if (one >= 0) { i = one; continue; }
    }
    // ("Twenty people or more were killed", "81 civilians at least were killed": a bound after the count, read by qualifierAfter)
    if (qualifierAfter(tokens, i)) { i++; continue; }
    // ("over 70 people have been rescued and receiving treatment at the hospital": saved, then treated)
    // ("were rescued from the wreckage and are being treated for moderate injuries": from where, then treated for wounds)
    if (/^(rescued|evacuated|freed|saved)$/.test(t.lower)) {
      let and = i + 1;
      // ("rescued from the severely damaged Gaoliao bridge and taken to the hospital": a longer place too)
      if (/^(from|out)$/.test(tokens[and]?.lower ?? '')) while (and < i + 8 && (tokens[and]?.kind === 'word' || tokens[and]?.text === '-') && tokens[and].lower !== 'and') and++;
      let v = and + 1;
      while (tokens[and]?.lower === 'and' && v < and + 4 && /^(are|were|is|was|now|still|being)$/.test(tokens[v]?.lower ?? '')) v++;
      const treatedFor = tokens[v]?.lower === 'treated' && tokens[v + 1]?.lower === 'for'
        && tokens.slice(v + 2, v + 5).some((x) => /^(injuries|injury|wounds|burns)$/.test(x.lower));
      // ("… and taken to the hospital": saved, then taken into care)
      const takenIn = /^(taken|rushed|sent|airlifted|transported)$/.test(tokens[v]?.lower ?? '') && tokens[v + 1]?.lower === 'to' && toHospital(tokens, v + 2);
      if (tokens[and]?.lower === 'and' && (/^(receiving|undergoing)$/.test(tokens[v]?.lower ?? '') || treatedFor || takenIn)) { steps -= v - 1 - i; i = v - 1; continue; }
    }
    // ("Two people are in serious or critical condition": two care states joined before the state's noun)
    if (t.lower === 'or' && CARE_STATES.test(tokens[i - 1]?.lower ?? '') && CARE_STATES.test(tokens[i + 1]?.lower ?? '') && /^conditions?$/.test(tokens[i + 2]?.lower ?? '')) continue;
    // ("The storm left thousands without power but no one was hurt", "40 were here but two were hurt": a count after
    // "but" opens a clause of its own, whose fate is its own)
    if (t.lower === 'but' && nextPhraseAt(all, /^(only|just)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1, tokens)) return null;
    if (t.lower === 'and' || t.lower === 'or') {
      // ("as many as 230 or even 520 civilians were killed": a higher guess joined to the count)
      // ("Fifty-two civilians and the four bombers were killed": or a group the article names)
      const p = nextPhraseAt(all, /^(even|perhaps|possibly|maybe|potentially|the)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1, tokens);
      // "Tens of thousands were homeless and at least 1,500 injured": a count with a predicate of its own shares nothing
      // ("has infected 1000 people and 100 people have died": the first is another verb's object)
      if (p && (hasOwnPredicate(tokens, phrase.last + 1, i) || actsOnItsOwn(tokens, tags, p) || objectOfAnotherVerb(tokens, tags, phrase))) return null;
      // ("with just one fatal airliner accident and 72 deaths": a count with a noun of things or events of its own shares
      // nothing with the count after it)
      // ("ended with 86 summits and two deaths": or any plural that names no one, when the count after counts deaths)
      const ownNoun = p && i - 1 > phrase.last && !casualtyAt(tokens, i - 1, CASUALTY_AFTER) && (NON_PERSON_NOUNS.has(tokens[i - 1].lower) || EVENT_NOUNS.has(tokens[i - 1].lower)
        || (tags[i - 1].has('Plural') && !isPersonWord(tokens[i - 1].lower) && /^(deaths|fatalities|injuries|casualties)$/.test(tokens[p.last + 1]?.lower ?? '')));
      if (ownNoun) return null;
      if (p) {
        reach += 3;
        i = p.last;
        // ("All five crew members and 12 of the 15 passengers were killed": past the whole the joined count is a part of)
        const whole = tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.lower === 'the' ? nextPhraseAt(all, i + 3, tokens) : undefined;
        if (whole) { reach += 3; i = whole.last; }
        continue;
      }
      // ("with eight others still on the island and presumed dead": a second predicate of the same people, their death
      // held as likely)
      // ("60 people remained trapped and are presumed dead": with the second predicate's own copula)
      const copula = /^(are|were|is|was|now)$/.test(tokens[i + 1]?.lower ?? '') ? 1 : 0;
      if (t.lower === 'and' && /^(presumed|believed|feared|thought)$/.test(tokens[i + 1 + copula]?.lower ?? '') && tokens[i + 2 + copula]?.lower === 'dead') {
        return { link: { category: 'killed', casualtyIndex: i + 2 + copula, side: 'after' }, distance: steps + 2 };
      }
      // "100 people in India and China also died": two names joined inside the victims' phrase
      if (/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') && tokens[i - 1].kind === 'word' && i - 1 > phrase.last) continue;
      // ("some 800,000 Tutsis and moderate Hutus were massacred": an adjective on the second name)
      if (/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && tokens[i - 1].kind === 'word' && i - 1 > phrase.last && tags[i + 1]?.has('Adjective') && !tags[i + 1].has('Noun')
        && tokens[i + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 2].kind === 'word') { i++; continue; }
      // "12 soldiers and civilians killed", "Two policemen and a civilian were killed": joined victims share the verb
      const n = /^(a|an|one)$/.test(tokens[i + 1]?.lower ?? '') ? tokens[i + 2]?.lower ?? '' : tokens[i + 1]?.lower ?? '';
      if (isPersonWord(n) && tokens[i - 1] && (isPersonWord(tokens[i - 1].lower) || (tags[i - 1].has('Plural') && !NON_PERSON_NOUNS.has(tokens[i - 1].lower)))) continue;
      // ("patients with gunshot, mortar and shrapnel wounds": the kinds of wound joined before the noun)
      const kinds = woundKindsUntil(tokens, i + 1);
      if (kinds > 0) { i = kinds - 1; continue; }
      // ("14 fire and rescue officials had been injured": two modifiers joined before the people)
      // ("1,273 serving and ex-serving ADF members died": or with a name's initials before the people)
      const initials = /^\p{Lu}{2,}$/u.test(tokens[i + 2]?.text ?? '') && isPersonWord(tokens[i + 3]?.lower ?? '');
      if (i === phrase.last + 2 && tokens[i - 1].kind === 'word' && tokens[i + 1]?.kind === 'word' && (isPersonWord(tokens[i + 2]?.lower ?? '') || initials) && !isPersonWord(tokens[i - 1].lower)) { i++; continue; }
      // ("1,195 civilians and security forces killed": a modifier before the joined people)
      if (tokens[i - 1] && isPersonWord(tokens[i - 1].lower) && tokens[i + 1]?.kind === 'word' && !/^(a|an|one)$/.test(tokens[i + 1].lower) && isPersonWord(tokens[i + 2]?.lower ?? '')) { i++; continue; }
      // ("173 social leaders and human rights defenders had been murdered": or two)
      if (tokens[i - 1] && isPersonWord(tokens[i - 1].lower) && [1, 2].every((d) => tokens[i + d]?.kind === 'word' && !isVerbOnly(tags[i + d]) && !AUXILIARIES.has(tokens[i + d].lower) && !isPersonWord(tokens[i + d].lower))
        && !/^(a|an|one|the)$/.test(tokens[i + 1].lower) && isPersonWord(tokens[i + 3]?.lower ?? '') && tags[i + 3].has('Plural')) { i += 2; continue; }
      // ("seven farmers and loggers were killed": people joined to a plural noun the lexicon lacks)
      // ("712 drug traffickers and users had been killed", "Hundreds of suspected drug dealers and addicts": words
      // that describe the first people may stand before them)
      const describes = (k: number) => tokens[k].kind === 'word' && (!tags[k].has('Preposition') || (k === phrase.last + 1 && tokens[k].lower === 'of'))
        && !(tags[k].has('Verb') && !tags[k].has('Noun') && !tags[k].has('Adjective')) && !AUXILIARIES.has(tokens[k].lower) && !casualtyAt(tokens, k, CASUALTY_AFTER);
      const pluralBefore = tokens[i - 1] && (isPersonWord(tokens[i - 1].lower) || (i - 1 - phrase.last <= 4 && tokens.slice(phrase.last + 1, i - 1).every((_, d) => describes(phrase.last + 1 + d))
        && tags[i - 1].has('Plural') && !NON_PERSON_NOUNS.has(tokens[i - 1].lower)));
      if (pluralBefore && tags[i + 1]?.has('Plural') && tags[i + 1].has('Noun') && !NON_PERSON_NOUNS.has(n)
        && casualtyAt(tokens, i + 2, CASUALTY_AFTER) === null && /^(were|are|have|had|was)$/.test(tokens[i + 2]?.lower ?? '')) continue;
      const one = tokens[i - 1] && isPersonWord(tokens[i - 1].lower) ? personAfterArticle(tokens, tags, i + 1, true) : -1;
      if (one >= 0) { i = one; continue; }
      // ("nearly 6,000 pilgrims, tourists and others were killed": the rest of the people, with the verb after them)
      if (tokens[i + 1]?.lower === 'others' && tokens[i - 1] && (isPersonWord(tokens[i - 1].lower) || tags[i - 1].has('Plural'))) { i++; continue; }
      // ("more than 460 patients and their companions were shot and killed": people of the first, named by a possessive)
      const theirs = tokens[i + 2]?.lower ?? '';
      if (/^(their|his|her)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i - 1] && isPersonWord(tokens[i - 1].lower)
        // ("seven Hong Kong tourists and their tour guide were killed": or a word before that person)
        && (isPersonWord(theirs) || isKinNoun(theirs) || (isPersonWord(tokens[i + 3]?.lower ?? '') && tokens[i + 2]?.kind === 'word') || (tags[i + 2]?.has('Plural') && tags[i + 2].has('Noun') && !NON_PERSON_NOUNS.has(theirs) && /^(were|are|have|had|was)$/.test(tokens[i + 3]?.lower ?? '')))) { i++; continue; }
      // ("Three passengers and the train's conductor were taken to hospital": one of the crew, named by what they serve on)
      if (tokens[i + 1]?.lower === 'the' && /['’]s$/.test(tokens[i + 2]?.lower ?? '') && tags[i + 2]?.has('Possessive') && isPersonWord(tokens[i + 3]?.lower ?? '')
        && tokens[i - 1] && isPersonWord(tokens[i - 1].lower)) { i += 3; continue; }
      return null;
    }
    // ("Five climbers from a party of 12 remain unaccounted for": the size of the group they came from is stepped over)
    if ((t.kind === 'digits' || isNumberWord(t.lower)) && groupSizeAt(tokens, i) && i > phrase.last + 3) {
      const size = all.find((p) => p.first === i);
      if (size) { steps -= size.last - i + 4; i = size.last; continue; }
    }
    // ("two 15-year-old boys being beheaded": an age inside the victims' phrase)
    if (t.kind === 'digits' && tokens[i + 1]?.text === '-' && tokens[i + 1].start === t.end && /^years?-old$/.test(tokens[i + 2]?.lower ?? '') && i > phrase.last) { i += 2; continue; }
    // ("The two G4S security guards were seriously wounded": a digit inside a name's letters is no count)
    if (t.kind === 'digits' && i > phrase.last && tokens[i - 1]?.kind === 'word' && tokens[i - 1].end === t.start && tokens[i + 1]?.kind === 'word' && tokens[i + 1].start === t.end) { steps--; continue; }
    // ("150 marines of the 155th brigade killed near Vuhledar": an ordinal in a unit's name, as "third" would be)
    if (t.kind === 'digits' && /^\d+(st|nd|rd|th)$/i.test(t.text) && i > phrase.last && tokens[i + 1]?.kind === 'word') continue;
    // ("two of our Year 5 pupils", "Two Ward 7 patients": a number that names a year or a room, inside the people's phrase)
    if (t.kind === 'digits' && i > phrase.last + 1 && namesWhatItFollows(tokens, i) && tokens[i + 1]?.kind === 'word') continue;
    if (t.kind === 'digits') {
      // "None of the 150 passengers was hurt": the zero's group, not another figure;
      // "3 of the 7 victims": a part of the figure after it, with its casualty word
      // ("150 of the village's 1,800 residents were killed": the group, named with a possessive)
      if (ofBefore(tokens, i) === phrase.last + 1) {
        // ("eight of the 20 people infected died", "of the 20 people hospitalised died": a participle of the whole
        // names the group, and a casualty verb right after it says what befell the part)
        let j = i + 1;
        while (j < i + 3 && isPersonWord(tokens[j]?.lower ?? '')) j++;
        if (j > i + 1 && /(ed|en)$/.test(tokens[j]?.lower ?? '') && [1, 2, 3].some((d) => casualtyAt(tokens, j + d, CASUALTY_AFTER))) i = j;
        // ("312 of the 4,100 reported cases have died": a part of the cases, or of the patients, that died)
        let cases = i + 1;
        if (/^(reported|confirmed|suspected|registered|recorded|known)$/.test(tokens[cases]?.lower ?? '')) cases++;
        if (/^(cases|patients)$/.test(tokens[cases]?.lower ?? '')) {
          let v = cases + 1;
          while (v < cases + 4 && /^(have|has|had|since|later|subsequently|now)$/.test(tokens[v]?.lower ?? '')) v++;
          if (/^(died|succumbed)$/.test(tokens[v]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: v, side: 'after' }, distance: steps };
        }
        continue;
      }
      // "Four children are among the 12 people killed": the count of the whole they belong to
      // ("are among the more than 18 people killed": past the whole's own bound)
      const wholeStart = qualifierBefore(tokens, i)?.first ?? i;
      if (tokens[wholeStart - 1]?.lower === 'the' && tokens[wholeStart - 2]?.lower === 'among') continue;
      return null;
    }
    // "20 are receiving treatment at the hospital", "five people were in a critical condition": wounded
    // ("61 people are receiving hospital treatment")
    // ("17 others had been discharged from hospital": treated, then let go)
    if (/^(discharged|released)$/.test(t.lower) && tokens[i + 1]?.lower === 'from' && toHospital(tokens, i + 2) && AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("Ten passengers were given first aid")
    if (firstAidAt(tokens, i)) return { link: { category: 'wounded', casualtyIndex: i + 2, side: 'after' }, distance: steps };
    // ("Fifty people sought medical assistance", "more than 200 sought help in medical institutions")
    const care = soughtCareAt(tokens, i);
    if (care > 0) return { link: { category: 'wounded', casualtyIndex: care, side: 'after' }, distance: steps };
    // ("19 people are under treatment")
    if ((/^(receiving|undergoing|received|receive|underwent)$/.test(t.lower) && (/^(treatment|medical)$/.test(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'hospital' && tokens[i + 2]?.lower === 'treatment')))
      || (t.lower === 'under' && tokens[i + 1]?.lower === 'treatment' && STILL.test(tokens[i - 1]?.lower ?? ''))) {
      // (never care for an illness, as careReceivedAt reads it)
      if (careForIllness(tokens, i + 1)) return null;
      return { link: { category: 'wounded', casualtyIndex: i + 1, side: 'after' }, distance: steps };
    }
    // ("nine people were fighting for their lives in hospital": hurt so badly they may die)
    // ("Eleven people are battling for life at the AIIMS intensive care unit": with no possessive)
    if (/^(fighting|battling)$/.test(t.lower) && tokens[i + 1]?.lower === 'for') {
      const life = /^(their|his|her)$/.test(tokens[i + 2]?.lower ?? '') ? i + 3 : i + 2;
      if (/^li(fe|ves)$/.test(tokens[life]?.lower ?? '')) return { link: { category: 'wounded', casualtyIndex: life, side: 'after' }, distance: steps };
    }
    // ("20 rebels were slain and two soldiers were lost", "10 soldiers fell during the fighting": troops lost or fallen
    // in battle are dead; never "were lost at sea", nor things lost)
    if (SERVICE_MEMBERS.test(tokens[phrase.last + 1]?.lower ?? '')) {
      const lost = t.lower === 'lost' && /^(were|was)$/.test(tokens[i - 1]?.lower ?? '') && i - phrase.last === 3
        && (!tokens[i + 1] || /^[.,;]$/.test(tokens[i + 1].text) || (tokens[i + 1].lower === 'in' && inBattleAt(tokens, i + 2)));
      const fell = t.lower === 'fell' && i - phrase.last === 2 && /^(in|during)$/.test(tokens[i + 1]?.lower ?? '') && inBattleAt(tokens, i + 2);
      if (lost || fell) return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("with four battling critical wounds")
    if (/^(fighting|battling)$/.test(t.lower)) {
      const wound = /^(critical|serious|severe|grave|life-threatening)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (/^(injuries|wounds|burns)$/.test(tokens[wound]?.lower ?? '')) return { link: { category: 'wounded', casualtyIndex: wound, side: 'after' }, distance: steps };
    }
    // (after a verb of its own: "two in critical condition" after a count of the wounded is a part of it)
    // ("nine people are in extremely serious condition")
    // ('Seven personnel were in a "critical condition," police said': the state in quotes)
    // ("Two people are in serious or critical condition", "five are in a serious but stable condition": two states joined)
    const quotedState = (/^[“"‘']$/.test(tokens[i - 2]?.text ?? '') && CARE_STATES.test(tokens[i - 1]?.lower ?? '') ? 1 : 0)
      + (/^(or|but|and)$/.test(tokens[i - 2]?.lower ?? '') && CARE_STATES.test(tokens[i - 3]?.lower ?? '') && CARE_STATES.test(tokens[i - 1]?.lower ?? '') ? 2 : 0);
    const graded = /^(extremely|very|particularly|especially)$/.test(tokens[i - 2 - quotedState]?.lower ?? '') ? i - 3 - quotedState : i - 2 - quotedState;
    const inCondition = tokens[graded]?.lower === 'a' ? graded - 1 : graded;
    // ("Four others are still in critical condition")
    // ("four people are admitted in a serious condition": a participle of care between)
    const copula = /^(still|now|reportedly|admitted|hospitali[sz]ed|listed)$/.test(tokens[inCondition - 1]?.lower ?? '') ? inCondition - 2 : inCondition - 1;
    // ("of whom nine remain in critical care")
    // ("with 15 in critical condition and 25 in serious condition": right after the count, with no verb)
    // ("one 15-year-old child is in moderate condition", "two are in stable condition": any state of the hurt in care)
    if (((/^conditions?$/.test(t.lower) && CARE_STATES.test(tokens[i - 1]?.lower ?? '')) || (t.lower === 'care' && tokens[i - 1]?.lower === 'critical'))
      && tokens[inCondition]?.lower === 'in'
      && (/^(were|are|was|is|remain|remained|remains)$/.test(tokens[copula]?.lower ?? '') || inCondition === phrase.last + 1)) {
      return { link: { category: 'wounded', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("900 others are in hospital morgues": the dead lie there)
    const morgue = morgueAfter(tokens, i);
    if (morgue > 0 && STILL.test(tokens[i - 1]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: morgue, side: 'after' }, distance: steps };
    // "Ten people remain in hospital": hospitalised is wounded
    // ("with six still in the hospital")
    // ("Ten people who were rescued are now in the hospital")
    // ("Of the 31 people in hospitals throughout New Zealand, …", "There are 31 people in hospital": people counted as
    // those in hospital, right after their noun)
    const peopleInHospital = i === phrase.last + 2 && isPersonWord(tokens[i - 1]?.lower ?? '') && /^(the|are|were|with|and)$/.test(tokens[start - 1]?.lower ?? '');
    if (t.lower === 'in' && hospitalAfter(tokens, i) > 0 && (STILL.test(tokens[i - 1]?.lower ?? '') || peopleInHospital)) {
      return { link: { category: 'wounded', casualtyIndex: hospitalAfter(tokens, i), side: 'after' }, distance: steps };
    }
    // ("15 students holidaying at a popular tourist spot were killed": a participle's clause on the victims)
    // ("210 Congolese refugees returning home from Uganda drowned": a modifier before the people's noun)
    // ("Two Red Cross volunteers distributing food …": or a name of two words before it)
    // ("Seven Kenyan police officers serving with …": the tagger may take it for a noun, after a plural of people)
    if (/ing$/.test(t.lower) && (tags[i].has('Verb') || tags[i - 1]?.has('Plural')) && i >= phrase.last + 2 && i <= phrase.last + 4 && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word') && isPersonWord(tokens[i - 1]?.lower ?? '')) {
      const verb = passiveAfterClause(tokens, i);
      if (verb && verb.index > i) return { link: { category: verb.category, casualtyIndex: verb.index, side: 'after' }, distance: steps };
      // ("…, two militiamen supporting the army, and a civilian died": a member of a list of subjects, its clause closed by
      // the list's comma)
    }
    // ("…, two militiamen supporting the army, and a civilian died", "…, two members of a force supporting the army, and …":
    // a member of a list of subjects, its participle's clause closed by the list's comma)
    // (never a verb of the member's own: "…, 550 people are being treated in hospital, and 250 died")
    if (/ing$/.test(t.lower) && tags[i].has('Verb') && i - phrase.last <= 7 && tokens[start - 1]?.text === ',' && isPersonWord(tokens[phrase.last + 1]?.lower ?? '')
      && tokens.slice(phrase.last + 1, i).every((x) => x.kind === 'word' && !AUXILIARIES.has(x.lower) && !/^(being|having|are|were|is|was)$/.test(x.lower)) && !/^(being|having)$/.test(t.lower)) {
      const close = tokens.findIndex((x, k) => k > i && k <= i + 8 && x.kind === 'punct');
      if (tokens[close]?.text === ',' && tokens[close + 1]?.lower === 'and' && !tokens.slice(i + 1, close).some((x, d) => x.kind === 'digits' || casualtyAt(tokens, i + 1 + d, CASUALTY_AFTER) !== null)) {
        reach += close - i; i = close - 1; continue;
      }
    }
    // ("Nearly 50 people suspected of selling drugs were killed": a participle's clause on the victims, opened by its
    // preposition; a participle that is itself a fate was read above)
    // ("Three climbers found alive on Sunday were taken to hospital with serious injuries": or found alive)
    if ((tags[i].has('PastTense') || /^(found|pulled)$/.test(t.lower)) && /(ed|found)$/.test(t.lower) && i === phrase.last + 2 && isPersonWord(tokens[i - 1]?.lower ?? '')
      && (/^(of|for|in|to|with|by|from|on|at)$/.test(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'alive' && /^(found|pulled|rescued|recovered)$/.test(t.lower)))) {
      const verb = passiveAfterClause(tokens, i + 1);
      if (verb) return { link: { category: verb.category, casualtyIndex: verb.index, side: 'after' }, distance: steps };
    }
    // "50 monks who were taking an exam were killed": the verb after a relative clause on the victims
    // ("50 people whose houses were destroyed were missing": the fate after the clause's own verb)
    if (t.lower === 'whose' && isPersonWord(tokens[i - 1]?.lower ?? '')) {
      // ("there were 228 people whose whereabouts were unknown": those no one can place are missing)
      if (/^(whereabouts|fate)$/.test(tokens[i + 1]?.lower ?? '') && /^(were|are|was|is|remain|remained|remains)$/.test(tokens[i + 2]?.lower ?? '')
        && /^(unknown|unclear)$/.test(tokens[i + (tokens[i + 3]?.lower === 'still' ? 4 : 3)]?.lower ?? '')) return { link: { category: 'missing', casualtyIndex: i + 1, side: 'after' }, distance: steps };
      // ("the four hostages whose bodies have been returned": whose bodies are told of are dead)
      if (/^(bodies|remains|body)$/.test(tokens[i + 1]?.lower ?? '') && /^(were|was|have|had|has|are|is)$/.test(tokens[i + 2]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: i + 1, side: 'after' }, distance: steps };
      const own = tokens.findIndex((x, k) => k > i + 1 && k < i + 8 && /^(were|was|are|is|had|have|has)$/.test(x.lower));
      // ("Two British aid workers whose car was hit by a Russian drone strike near Kherson have died": or the perfect)
      const then = own > 0 ? tokens.findIndex((x, k) => k > own + 1 && k < own + 10 && /^(were|was|are|is|remain|remained|remains|have|has|had)$/.test(x.lower)) : -1;
      const at = tokens[then + 1]?.lower === 'been' ? then + 2 : then + 1;
      const fate = then > 0 && !tokens.slice(own, then).some((x) => x.kind !== 'word' || isNumberWord(x.lower)) ? casualtyAt(tokens, at, CASUALTY_AFTER) : null;
      if (fate) return { link: { category: fate.category, casualtyIndex: at, side: 'after' }, distance: steps };
      // ("Two of the men whose cases we raised in January, Reza and Mehdi Karimi, were hanged": a clause with a subject
      // of its own and its verb left bare, so the auxiliary after it is the people's, past their names in apposition)
      if (/^(we|they|he|she|i|you)$/.test(tokens[i + 2]?.lower ?? '') && tags[i + 3]?.has('PastTense')) {
        const aux = tokens.findIndex((x, k) => k > i + 3 && k <= i + 16 && /^(were|was)$/.test(x.lower));
        const fateAt = tokens[aux + 1]?.lower === 'been' ? aux + 2 : aux + 1;
        const fate = aux > 0 && tokens.slice(i + 4, aux).every((x) => (x.kind === 'word' && !isNumberWord(x.lower)) || x.text === ',') ? casualtyAt(tokens, fateAt, CASUALTY_AFTER) : null;
        if (fate) return { link: { category: fate.category, casualtyIndex: fateAt, side: 'after' }, distance: steps };
      }
      // ("Two of the four soldiers whose armoured vehicle hit a mine on the road to Gao were killed": or an active verb of
      // the clause's own, then the fate)
      const passive = own < 0 ? passiveAfterClause(tokens, i + 1) : null;
      if (passive) return { link: { category: passive.category, casualtyIndex: passive.index, side: 'after' }, distance: steps };
      return null;
    }
    // ("At least 40 of the town's 900 residents who were living there were killed": the whole the part is taken from
    // is no other count)
    // ("The 17 gold miners from the village of Komabangou who had been trapped … have been confirmed dead": or the people
    // before where they came from)
    if ((t.lower === 'who' || t.lower === 'that') && (isPersonWord(tokens[i - 1]?.lower ?? '') || (t.lower === 'who' && peopleBeforeTheirPlace(tokens, phrase.last, i)))
      // ("five men and three women who were sleeping were charred to death": a count joined to this one is no other whole)
      && !tokens.slice(phrase.last + 1, i).some((x, d) => (x.kind === 'digits' || isNumberWord(x.lower)) && ofBefore(tokens, phrase.last + 1 + d) !== phrase.last + 1 && tokens[phrase.last + d]?.lower !== 'and')) {
      // ("Five of the nine passengers who died": the clause's own verb is their fate; "who lost their lives" too)
      if (/^(died|perished|succumbed)$/.test(tokens[i + 1]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: i + 1, side: 'after' }, distance: steps };
      // ("some 26,000 people who suffered violent deaths", "who sustained serious injuries")
      if (/^(suffered|sustained)$/.test(tokens[i + 1]?.lower ?? '')) {
        let j = i + 2;
        while (j < i + 5 && /^(violent|serious|severe|minor|fatal|critical|multiple|gunshot|shrapnel)$/.test(tokens[j]?.lower ?? '')) j++;
        // ("three community members who sustained severe injuries and subsequently passed away": hurt, then dead)
        const died = diedAfterHarm(tokens, j);
        const fate = /^(deaths|death)$/.test(tokens[j]?.lower ?? '') || died > 0 ? 'killed' : /^(injuries|wounds|burns)$/.test(tokens[j]?.lower ?? '') ? 'wounded' : null;
        if (fate) return { link: { category: fate, casualtyIndex: died > 0 ? died : j, side: 'after' }, distance: steps };
      }
      const livesLost = lostLifeAt(tokens, i + 1);
      if (livesLost > 0) return { link: { category: 'killed', casualtyIndex: livesLost, side: 'after' }, distance: steps };
      const verb = passiveAfterClause(tokens, i + 1);
      if (verb) return { link: { category: verb.category, casualtyIndex: verb.index, side: 'after' }, distance: steps };
      // (a clause read past where they came from gives their fate or none)
      if (!isPersonWord(tokens[i - 1]?.lower ?? '')) return null;
    }
    // "hitting several people before he was killed": a clause about one other (never "before they were", who may be
    // the same people) is not what befell the count
    if (/^(before|after|when|while|until|because|since|as)$/.test(t.lower) && /^(he|she|it)$/.test(tokens[i + 1]?.lower ?? '')) return null;
    // "40 people after clashes in which two officers were injured": a relative clause is another figure's
    // ("two of whom were later found dead": the number's own "of whom" goes on)
    // ("100,000 people, mostly civilians, of whom many were Jews, were murdered": an aside of its own, closed by a comma before the verb)
    if (t.lower === 'whom' && tokens[i - 1]?.lower === 'of' && tokens[i - 2]?.text === ',') {
      const close = asideEnd(tokens, i + 1, 12, (k) => tokens[k].kind === 'digits');
      if (close !== null && AUXILIARIES.has(tokens[close + 1]?.lower ?? '')) { i = close; continue; }
    }
    // ("Two employees of a skate store where the shooting started were killed": the verb after a clause on a place in the subject)
    if (t.lower === 'where' && tokens[i - 1]?.kind === 'word' && tokens.slice(phrase.last + 1, i).some((x) => x.lower === 'of')) {
      const verb = passiveAfterClause(tokens, i + 1);
      if (verb) return { link: { category: verb.category, casualtyIndex: verb.index, side: 'after' }, distance: steps };
    }
    if (/^(which|whom|whose|where)$/.test(t.lower) && !(tokens[i - 1]?.lower === 'of' && i - 2 === phrase.last)) return null;
    // "rose to 85, officials said, and 20 people were missing": a say-verb with its subject after a comma closes
    // the count's clause ("12 people, mostly fishermen, have been reported missing" goes on)
    if (/^(said|says|reported|told)$/.test(t.lower) && tokens[i - 1]?.kind === 'word' && !AUXILIARIES.has(tokens[i - 1].lower) && !tags[i - 1].has('Adverb')
      && tokens.slice(phrase.last + 1, i).some((x) => x.text === ',')) return null;
    // ("Two men aged 20 and 25 were killed": the ages, with no commas around them)
    // ("17 girls aged between five and 12 years old have died": a range, in words, with its unit)
    // ("194 workers age 75 and older were killed", "Ten workers under the age of 16 died": an age bound on who they were)
    const ageOf = /^(under|over|above|below)$/.test(t.lower) && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'age' && tokens[i + 3]?.lower === 'of' ? i + 3 : -1;
    // ("Forty children aged below 18 are among those killed", "children under 18 were killed": a bound on the age)
    const youngUnder = /^(under|below|over|above)$/.test(t.lower) && YOUNG_PEOPLE.test(tokens[i - 1]?.lower ?? '');
    if (/^(aged|ages)$/.test(t.lower) || ageOf > 0 || (t.lower === 'age' && isPersonWord(tokens[i - 1]?.lower ?? '')) || youngUnder) {
      // ("Three children under the age of 10": the age's own words first)
      // ("Seven children between the ages of 4 and 14 were killed": the ages, then their "of")
      let k = ageOf > 0 ? ageOf + 1 : youngUnder ? i + 1 : /^(between|from|under|below|over|above|of)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (isCountToken(tokens[k])) {
        if (/^(and|or|to|-)$/.test(tokens[k + 1]?.lower ?? '') && isCountToken(tokens[k + 2])) k += 2;
        if (/^years?$/.test(tokens[k + 1]?.lower ?? '')) k += tokens[k + 2]?.lower === 'old' ? 2 : 1;
        else if (/^(and|or)$/.test(tokens[k + 1]?.lower ?? '') && /^(older|over|above|younger|under|below)$/.test(tokens[k + 2]?.lower ?? '')) k += 2;
        // ("Nine children under the age of five attending a nursery in the building were among the injured": their age,
        // then a participle's clause on them, then their fate)
        if (/[a-z]ing$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.kind === 'word') {
          const verb = passiveAfterClause(tokens, k + 1);
          if (verb && verb.index > k + 2) return { link: { category: verb.category, casualtyIndex: verb.index, side: 'after' }, distance: steps };
        }
        i = k;
        continue;
      }
    }
    // ("Three were dug out alive …, one with a broken arm": a broken bone right after the count, a wound)
    if (t.lower === 'with' && i === pastPeople(tokens, phrase.last + 1)) {
      const b = /^(a|an)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      if (BROKEN.test(tokens[b]?.lower ?? '') && BONES.test(tokens[b + 1]?.lower ?? '')) return { link: { category: 'wounded', casualtyIndex: b + 1, side: 'after' }, distance: steps };
    }
    if (BRIDGE.has(t.lower)) continue;
    // ("33 males and three females have been brought out dead from the rubble", "were pulled dead from": taken out, dead)
    if (/^(brought|pulled|taken|dragged|carried|lifted)$/.test(t.lower) && tokens[i + (tokens[i + 1]?.lower === 'out' ? 2 : 1)]?.lower === 'dead') {
      if (tokens[i + 1]?.lower === 'out') i++;
      continue;
    }
    // ("Some 2,500 others were pulled from the rubble injured": taken out of a place, then the state they were in)
    if (/^(brought|pulled|taken|dragged|carried|lifted|dug|rescued)$/.test(t.lower) && AUXILIARIES.has(tokens[i - 1]?.lower ?? '')) {
      const from = tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
      const state = tokens.findIndex((x, j) => j > from + 1 && j <= from + 5 && /^(injured|wounded|hurt|dead)$/.test(x.lower));
      if (/^(from|of)$/.test(tokens[from]?.lower ?? '') && state > 0 && tokens.slice(from + 1, state).every((x) => x.kind === 'word' && !AUXILIARIES.has(x.lower))
        && (!tokens[state + 1] || tokens[state + 1].kind === 'punct' || /^(and|after|on|in|with)$/.test(tokens[state + 1].lower))) {
        return { link: { category: CASUALTY_AFTER[tokens[state].lower], casualtyIndex: state, side: 'after' }, distance: steps };
      }
    }
    // ("some fifty civilians were already counted dead": counted among the dead)
    if (t.lower === 'counted' && /^(dead|killed|missing)$/.test(tokens[i + 1]?.lower ?? '') && [i - 1, i - 2].some((k) => AUXILIARIES.has(tokens[k]?.lower ?? ''))) continue;
    // "Three heat related deaths": a compound written without its hyphen
    if (t.kind === 'word' && tokens[i + 1]?.lower === 'related' && casualtyAt(tokens, i + 2, CASUALTY_AFTER)) { i++; steps--; continue; }
    if (BEFORE_BODIES.test(t.lower) && /^(bodies|corpses)$/.test(tokens[i + 1]?.lower ?? '')) continue; // "9 charred bodies", "200 rotting corpses"
    const tg = tags[i];
    if (tg.has('Adverb') && !tg.has('Verb')) continue; // "possibly killed"
    if (isPersonWord(t.lower)) continue; // compromise may tag "volunteers" as a verb
    // "4,500 US service members": a noun tagged as a verb inside the victims' compound
    if (tg.has('Verb') && isPersonWord(tokens[i + 1]?.lower ?? '') && tags[i + 1].has('Plural') && i > phrase.last + 1 && tokens[i - 1].kind === 'word') continue;
    // ("dozens fell to their deaths", "sent plummeting to their deaths": a fall that ends in death)
    const toDeaths = (j: number) => tokens[j]?.lower === 'to' && /^(their|his|her)$/.test(tokens[j + 1]?.lower ?? '') && /^deaths?$/.test(tokens[j + 2]?.lower ?? '');
    if (tg.has('Verb') && (toDeaths(i + 1) || (tags[i + 1]?.has('Verb') && toDeaths(i + 2)))) continue;
    // ("the 5,701 identified Russian military personnel killed": a participle right after the count describes the people)
    // ("12 unconfirmed deaths", "three unidentified bodies": the tagger may take the negated participle for a verb)
    if (i === phrase.last + 1 && (/^(identified|confirmed|registered|documented|recorded|verified|known|named|listed)$/.test(t.lower) || /^un[a-z]+ed$/.test(t.lower))
      && !AUXILIARIES.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]?.kind === 'word') continue;
    // "40 people were shot and killed", "ambushed and killed": two passive verbs share the victims, and the
    // casualty verb after "and" says what befell them ("were brutally attacked and injured")
    const aux = tags[i - 1]?.has('Adverb') && /ly$/.test(tokens[i - 1].lower) ? i - 2 : i - 1;
    // ("8,000 men were rounded up and killed", "were chased by Serb troops and killed": a particle, or who did it, between)
    let andAt = i + 1;
    if (/^(up|away|out|off|down)$/.test(tokens[andAt]?.lower ?? '')) andAt++;
    else if (tokens[andAt]?.lower === 'by') {
      const and = tokens.findIndex((x, k) => k > andAt + 1 && k <= andAt + 5 && x.lower === 'and');
      if (and > 0 && tokens.slice(andAt + 1, and).every((x) => x.kind === 'word')) andAt = and;
    }
    // ("with two individuals located but feared dead": "but" with a hedge of their death, or a participle right after the
    // people)
    const hedged = /^(feared|believed|presumed|thought)$/.test(tokens[andAt + 1]?.lower ?? '');
    const butHedged = tokens[andAt]?.lower === 'but' && hedged;
    if (tg.has('Verb') && (/^(were|was|been|being|are|is|got|get)$/.test(tokens[aux]?.lower ?? '') || (butHedged && aux > phrase.last && isPersonWord(tokens[aux]?.lower ?? '') && tags[aux].has('Plural')))
      && /(ed|en|wn|ot|ht|ck|ut)$/.test(t.lower)
      && (tokens[andAt]?.lower === 'and' || butHedged)
      && (casualtyAt(tokens, andAt + 1, CASUALTY_AFTER) || ((/^(pronounced|declared|found|confirmed)$/.test(tokens[andAt + 1]?.lower ?? '') || hedged) && casualtyAt(tokens, andAt + 2, CASUALTY_AFTER)))) { steps -= andAt - i - 1; i = andAt; continue; }
    // ("Of the 40 people treated at the hospital, one has now passed.": passed, with nothing after it, is died; never
    // "two years have passed", nor "the toll has passed 100")
    if (t.lower === 'passed' && (!tokens[i + 1] || tokens[i + 1].kind === 'punct')) {
      let aux = i - 1;
      while (aux > phrase.last && /^(now|since|later|also|sadly|tragically)$/.test(tokens[aux].lower)) aux--;
      const people = tokens.slice(phrase.last + 1, aux).every((x) => isPersonWord(x.lower));
      if (people && /^(has|have|had)$/.test(tokens[aux]?.lower ?? '')) return { link: { category: 'killed', casualtyIndex: i, side: 'after' }, distance: steps };
    }
    // ("Forty-one people shot there have died so far": shot, then dead)
    if (t.lower === 'shot' && isPersonWord(tokens[i - 1]?.lower ?? '')) {
      const died = diedLater(tokens, i);
      if (died >= 0) return { link: { category: 'killed', casualtyIndex: died, side: 'after' }, distance: steps };
    }
    // ("aboard a crashed Indonesian … jet": a participle after an article describes the thing, whatever the tagger says)
    if (tg.has('Verb') && /^(a|an|the)$/.test(tokens[i - 1]?.lower ?? '') && /ed$/.test(t.lower) && tokens[i + 1]?.kind === 'word') continue;
    // ("were counted among the dead": the counting is no fate; the group after "among" says it)
    if (countedAmongAt(tokens, i)) continue;
    // ("Twelve displaced people have been killed": a participle right after the count, before its people, describes them)
    if (i === phrase.last + 1 && /ed$/.test(t.lower) && isPersonWord(tokens[i + 1]?.lower ?? '')) continue;
    // ("12 of the bitten died": a participle after the count's "of the" stands for the people it befell)
    if (i === phrase.last + 3 && tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'the' && /(ed|en)$/.test(t.lower)
      && (casualtyAt(tokens, i + 1, CASUALTY_AFTER) !== null || (AUXILIARIES.has(tokens[i + 1]?.lower ?? '') && casualtyAt(tokens, i + 2, CASUALTY_AFTER) !== null))) continue;
    // ("suffered more than 4,000 battle casualties", "some 7,000 non-battle casualties": a noun of the cause the tagger
    // takes for a verb, right before the casualty noun)
    if (i === phrase.last + 1 && /^(battle|blast|crash|strike|fire|flood|storm|shell|attack|rocket|drone|traffic|non-[a-z]+)$/.test(t.lower)
      && /^(casualties|deaths|fatalities|injuries|dead)$/.test(tokens[i + 1]?.lower ?? '')) continue;
    if (tg.has('Verb') && !tg.has('Noun') && !tg.has('Adjective') && !tg.has('Gerund')) {
      // ("Two runners collapsed and died", "Two workers fell ill and died": a deed or mishap of the people's own, then
      // their death joined by "and")
      const and = /^(ill|sick|unconscious|down|overboard|over|in|behind)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      const fate = fateJoinedToTheirVerb(tokens, tags, phrase, i, and);
      return fate ? { link: fate, distance: steps } : null;
    }
    // ('said "seven invading forces" were killed': a gerund before the people describes them)
    // ("17 polling staff died": or a collective noun of people)
    // ("1,273 serving ADF members died": or a name's initials before the people; "1,273 serving and ex-serving ADF
    // members": or another joined to it)
    const person = (k: number) => isPersonWord(tokens[k]?.lower ?? '') && (tags[k].has('Plural') || /^(staff|personnel|crew)$/.test(tokens[k].lower));
    const people = (k: number) => person(k) || (/^\p{Lu}{2,}$/u.test(tokens[k]?.text ?? '') && person(k + 1));
    const joined = tokens[i + 1]?.lower === 'and' && /ing$/.test(tokens[i + 2]?.lower ?? '') && people(i + 3);
    if (tg.has('Gerund') && (people(i + 1) || joined)) continue;
    // ("the nine shooting victims": a gerund naming what befell the victims)
    // ("Police reported 12 shooting deaths", "12 mining deaths": or how the dead died)
    if (tg.has('Verb') && tg.has('Gerund') && !/^(victims|deaths|fatalities|casualties|injuries)$/.test(tokens[i + 1]?.lower ?? '')) return null;
  }
  return null;
}

/**
 * The passive casualty verb that follows a relative clause opened at `from` ("who were taking a
 * religious exam in a monastery were killed"): the clause holds no number and no punctuation.
 */
/** "(the) fighting", "(the) battle" at `k`: where troops fell or were lost. */
function inBattleAt(tokens: Token[], k: number): boolean {
  return /^(fighting|combat|battle|clashes|action)$/.test(tokens[tokens[k]?.lower === 'the' ? k + 1 : k]?.lower ?? '');
}

/**
 * Where "sought help in hospitals" at `k` names the place of care, else -1: the hurt go for care. ("sought medical
 * help" is a state of care, read with the others.)
 */
function soughtCareAt(tokens: Token[], k: number): number {
  if (!/^(sought|seeking|seeks)$/.test(tokens[k]?.lower ?? '')) return -1;
  if (/^(help|treatment|care)$/.test(tokens[k + 1]?.lower ?? '') && /^(in|at|from)$/.test(tokens[k + 2]?.lower ?? '')) {
    const place = tokens[k + 3]?.lower === 'medical' ? k + 4 : /^(the|a)$/.test(tokens[k + 3]?.lower ?? '') ? k + 4 : k + 3;
    if (/^(hospitals?|clinics?|institutions|facilities|centres|centers|doctors)$/.test(tokens[place]?.lower ?? '')) return place;
  }
  return -1;
}

/** "given first aid", "receiving first aid": the care of the hurt. */
function firstAidAt(tokens: Token[], k: number): boolean {
  return /^(given|received|receiving|receive|administered|provided|getting|got|get)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'first' && tokens[k + 2]?.lower === 'aid';
}

function passiveAfterClause(tokens: Token[], from: number): { category: Category; index: number } | null {
  // the last fate wins: "who had been missing were found dead" were killed
  let found: { category: Category; index: number } | null = null;
  // (a clause whose own fate is read may run longer before the later one: "17 Indian troops who were critically injured
  // in the line of duty at the stand off location and exposed to sub-zero temperatures … have succumbed")
  for (let k = from; k < tokens.length && k - from < (found ? 32 : 20); k++) {
    const t = tokens[k];
    // ("who were trapped when a mine collapsed 10 days ago had died": a time inside the clause)
    if (t.kind === 'digits' && /^(days?|weeks?|months?|years?|hours?)$/.test(tokens[k + 1]?.lower ?? '')) { k++; continue; }
    // ('who showed "neurotoxic symptoms" died': words quoted inside the clause)
    if (/^[“”"]$/.test(t.text) && k > from) continue;
    // ("who were attending Camp Mystic, a local Christian summer camp, are still missing": a place named again, in
    // apposition inside the clause)
    if (t.text === ',' && /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) {
      const close = tokens.findIndex((x, j) => j > k + 1 && j <= k + 8 && x.kind === 'punct');
      if (close > 0 && tokens[close].text === ',' && /^(were|was|are|is|remain|remains|remained|have|has|had)$/.test(tokens[close + 1]?.lower ?? '')) { k = close; continue; }
    }
    // ("who were missing after the bridge collapsed in Baltimore, Maryland, have been presumed dead": a place's state or
    // country set off by commas)
    if (t.text === ',' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')) {
      let close = k + 1;
      while (close < k + 4 && tokens[close]?.kind === 'word' && /^\p{Lu}/u.test(tokens[close].text)) close++;
      if (close > k + 1 && tokens[close]?.text === ',') { k = close; continue; }
    }
    if (t.kind !== 'word' || isNumberWord(t.lower)) break;
    // ("who inhaled toxic fumes were given first aid": treated, so hurt)
    if (firstAidAt(tokens, k) && /^(were|was|been|are|is)$/.test(tokens[k - 1]?.lower ?? '')) return { category: 'wounded', index: k + 2 };
    // ("three other riders who fell in the same crash suffered minor injuries": the wound they suffered after their clause)
    if (/^(suffered|sustained)$/.test(t.lower) && k > from && !found) {
      const w = woundAfterModifiers(tokens, k + 1);
      if (w > 0) return { category: 'wounded', index: w };
    }
    // ("Over 150 persons who consumed the spurious arrack are undergoing treatment": in care after a clause of what they
    // did, so hurt)
    if (/^(are|were|is|was|remain|remained)$/.test(t.lower) && k > from + 1 && !found) {
      const cared = careReceivedAt(tokens, k);
      if (cared >= 0) return { category: 'wounded', index: cared };
      let v = k + 1;
      while (v < k + 3 && /^(still|now|currently|being)$/.test(tokens[v]?.lower ?? '')) v++;
      const treatment = /^(undergoing|receiving)$/.test(tokens[v]?.lower ?? '') && /^(treatment|care)$/.test(tokens[v + 1]?.lower ?? '') ? v + 1
        : tokens[v]?.lower === 'treated' && tokens[v - 1]?.lower === 'being' ? v : -1;
      if (treatment > 0 && !careForIllness(tokens, treatment)) return { category: 'wounded', index: treatment };
    }
    // ("who were found alive were taken to hospital": taken there, so hurt)
    if (movedToHospital(tokens, k) && /^(were|was|been|are|is)$/.test(tokens[k - 1]?.lower ?? '') && k > from + 1) return { category: 'wounded', index: k };
    // ("two motorists who stopped to help were treated for smoke inhalation at the scene": or treated for a harm)
    if (treatedForHarm(tokens, k) && /^(were|was|been)$/.test(tokens[k - 1]?.lower ?? '') && k > from + 1) return { category: 'wounded', index: k };
    // ("who were believed to be sleeping were charred to death")
    if (isToDeathVerb(t.lower) && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.lower === 'death' && /^(were|was|been)$/.test(tokens[k - 1]?.lower ?? '') && k > from + 1) return { category: 'killed', index: k + 2 };
    // ("Two contractors employed by a scaffolding subcontractor lost their lives": their lives lost after the clause)
    const livesLost = k > from + 1 ? lostLifeAt(tokens, k) : -1;
    if (livesLost > 0) return { category: 'killed', index: livesLost };
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    if (!c) continue;
    // the clause's own passive ("who were killed") is the same fate; an active verb is the clause's
    // ("who got seriously injured in the accident passed away": a fate of their own, after the clause's)
    // ("who showed neurotoxic symptoms died": dying after a clause of what they did)
    // ("with 11 people who were rescued alive dying so far in hospital": the absolute's participle)
    // ("refugees returning home from Uganda drowned": drowning, as dying, is no passive)
    // ("The 23 workers employed by a subcontractor to clean the tanks … suffocated")
    if ((found || /^(had|have|has)$/.test(tokens[k - 1]?.lower ?? '') || k > from + 1) && /^(died|perished|succumbed|dying|drowned|suffocated|asphyxiated)$/.test(t.lower)) return { category: 'killed', index: k };
    if ((found || /^(had|have|has)$/.test(tokens[k - 1]?.lower ?? '')) && t.lower === 'passed') return { category: 'killed', index: k };
    // ('who were "executed by personnel …"': a quote opened before the verb)
    let aux = /^[“"]$/.test(tokens[k - 1]?.text ?? '') ? k - 2 : k - 1;
    while (aux > from && /^(reportedly|later|all|also|found|confirmed|reported|believed|presumed|considered|officially|seriously|critically|badly|severely|gravely|still|now)$/.test(tokens[aux].lower)) aux--;
    // ("working for a radio station who had been covering the protests were among those wounded")
    if (/^(those|the)$/.test(tokens[aux]?.lower ?? '') && tokens[aux - 1]?.lower === 'among') aux -= 2;
    // ("fleeing Libya are feared to have drowned": a hedge and its perfect infinitive between)
    if (tokens[aux]?.lower === 'have' && tokens[aux - 1]?.lower === 'to' && HEDGES.has(tokens[aux - 2]?.lower ?? '') && /^(were|was|are|is)$/.test(tokens[aux - 3]?.lower ?? '')) aux -= 3;
    // ("who were searching for missing people were killed": others' harm, a preposition's object inside the clause)
    const prepositionAt = /^(the|their|his|her)$/.test(tokens[k - 1]?.lower ?? '') && k - 1 > from + 1 ? k - 2 : k - 1;
    if (/^(for|of|about|with)$/.test(tokens[prepositionAt]?.lower ?? '') && prepositionAt > from) continue;
    if (!/^(were|was|been|are|is|got|get)$/.test(tokens[aux]?.lower ?? '') && k !== from + 1) break;
    found = { category: c.category, index: k };
  }
  return found;
}

/** Whether people stand before where they came from, right before `at` and after `after`: "miners from the village of
 * Komabangou" before its "who". */
function peopleBeforeTheirPlace(tokens: Token[], after: number, at: number): boolean {
  for (let p = at - 2; p > after && at - p <= 8; p--) {
    if (isPersonWord(tokens[p].lower) && /^(from|of|in)$/.test(tokens[p + 1]?.lower ?? '')) {
      return tokens.slice(p + 2, at).every((x) => x.kind === 'word' && (/^\p{Lu}/u.test(x.text) || /^(the|a|of)$/.test(x.lower) || isPlaceWord(x.lower)));
    }
  }
  return false;
}

/**
 * Where an aside that runs from `from` closes with a comma, within `max` tokens of it ("aged 20
 * to 25,", "including a child,", "mostly civilians,"); null if it does not, or holds a token
 * `breaks` refuses.
 */
function asideEnd(tokens: Token[], from: number, max: number, breaks: (k: number) => boolean = () => false): number | null {
  for (let k = from; k < tokens.length && k - from < max; k++) {
    if (tokens[k].text === ',') return k;
    if (breaks(k)) return null;
  }
  return null;
}

/**
 * Whether the hostages counted before `at` are still held: never when a verb before the count frees
 * them ("freed four hostages"), nor when what follows frees them or gives them a fate of their own
 * ("eight hostages had been killed").
 */
function stillHeld(tokens: Token[], phrase: NumberPhrase, at: number): boolean {
  const before = tokens[countStart(tokens, phrase) - 1]?.lower ?? '';
  // ("Soldiers found 26 hostages in a mosque": those found by who came for them are held no longer)
  if (/^(freed|frees|free|freeing|released|releases|releasing|release|rescued|rescues|rescuing|rescue|found|finds|located|evacuated|swapped|swap|swaps|swapping|exchanged|exchange|exchanges|exchanging|returned|return|returns|returning|repatriated|repatriate|repatriating|handed)$/.test(before)) return false;
  if (tokens.slice(at + 1, at + 6).some((x) => /^(freed|released|rescued|returned|swapped|exchanged|alive|free)$/.test(x.lower))) return false;
  // ("143 of the 242 prisoners who fled had been recaptured", "311 prisoners were being held at the jail": a jail's
  // inmates, who broke out or are serving time, are no one's captives)
  if (tokens.slice(at + 1, at + 10).some((x) => /^(fled|escaped|recaptured|jail|jails|penitentiary|cellblock|sentences)$/.test(x.lower))) return false;
  for (let k = at + 1; k < tokens.length && k - at < 20; k++) {
    // ("a total of 334 hostages, including 186 children, lost their lives": past the part set apart, to their fate)
    // ("26 hostages, 18 of them soldiers, are killed": or a part of them)
    if (tokens[k].text === ',' && (tokens[k + 1]?.lower === 'including' || (tokens[k + 2]?.lower === 'of' && tokens[k + 3]?.lower === 'them'))) {
      const close = tokens.findIndex((x, j) => j > k + 1 && j <= k + 10 && x.text === ',');
      if (close > 0) { k = close; continue; }
    }
    if (tokens[k].kind === 'punct') break;
    if ((casualtyAt(tokens, k, CASUALTY_AFTER)?.category ?? 'captured') !== 'captured' || lostLifeAt(tokens, k) > 0) return false;
  }
  return true;
}

/**
 * The auxiliary that opens the people's fate after words about them ("… were killed", "… have been
 * ambushed and killed"), searched from `from` over at most `max` tokens with no punctuation but brackets
 * (and commas, when a list may hold them); else -1.
 */
function auxiliaryOfFate(tokens: Token[], from: number, max: number, commas = true): number {
  let aside = -1;
  for (let k = from; k < tokens.length && k - from < max; k++) {
    // (a bracket inside a name: "the commander of the Waberi (district) police")
    if (tokens[k].text === '(' && tokens.slice(k + 1, k + 6).some((x) => x.text === ')')) { k = tokens.findIndex((x, j) => j > k && x.text === ')'); continue; }
    // ("passengers on the bus, which had been travelling overnight from the capital, were killed": a relative clause on
    // the place, between commas)
    if (tokens[k].text === ',' && /^(which|where)$/.test(tokens[k + 1]?.lower ?? '')) {
      const close = tokens.findIndex((x, j) => j > k + 1 && j <= k + 16 && x.kind === 'punct');
      if (close > 0 && tokens[close].text === ',' && !tokens.slice(k + 2, close).some((x) => x.kind === 'digits' || isNumberWord(x.lower))) { k = close; aside = close; continue; }
    }
    // ("on the same smugglers' boat": a possessive's apostrophe)
    if (tokens[k].kind === 'punct' && (tokens[k].text !== ',' || !commas) && !/^['’]$/.test(tokens[k].text)) return -1;
    // (where the people were holds no count of its own: "killed at least eight people on Friday and 30 more are missing")
    // (but a span of time is no count: "trapped underground in a mine for five days are believed to be dead")
    // (nor is a place's number: "sent to put out a fire at warehouse 12 before the explosion were all killed")
    // (nor a year: "he travelled with in Cambodia in 1970 were captured")
    if (!commas && (tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower)) && !TIME_UNITS.test(tokens[k + 1]?.lower ?? '') && !namesWhatItFollows(tokens, k)
      && !(isYearToken(tokens[k]) && /^(in|since|of)$/.test(tokens[k - 1]?.lower ?? ''))) return -1;
    // ("Two policemen escorting a polio vaccination team embraced martyrdom", "… lost their lives": or a fate told by a
    // verb and its object)
    if (tokens[k - 1].kind === 'word' && (lostLifeAt(tokens, k) > 0 || (/^(embraced|attained)$/.test(tokens[k].lower) && /^(martyrdom|shahadat)$/.test(tokens[k + 1]?.lower ?? '')))) return k;
    // ("two of the people we went to help could not be saved": or a fate that opens with its auxiliary)
    if (tokens[k - 1].kind === 'word' && didNotSurvive(tokens, k) !== null) return k;
    // ("Twelve miners trapped underground remain missing": or "remain", as a copula)
    const copula = AUXILIARIES.has(tokens[k].lower) || /^(remain|remains|remained)$/.test(tokens[k].lower);
    if (!copula || (tokens[k - 1].kind !== 'word' && !namesWhatItFollows(tokens, k - 1) && !isYearToken(tokens[k - 1]) && aside !== k - 1)) continue;
    // ("sent to the port were all killed", "sent to put out a fire": "to" as a preposition or another verb's)
    if (tokens[k].lower === 'to' && !/^(be|have)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const fate = tokens.slice(k + 1, k + 5).findIndex((x, d) => x.kind === 'punct' || casualtyAt(tokens, k + 1 + d, CASUALTY_AFTER) !== null);
    return fate >= 0 && tokens[k + 1 + fate].kind === 'word' ? k : -1;
  }
  return -1;
}

/** Whether the words from `from` to `to` hold a copula and what it says: "were homeless". */
function hasOwnPredicate(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    if (/^(were|was|are|is)$/.test(tokens[k].lower) && tokens[k + 1].kind === 'word' && !CASUALTY_AFTER[tokens[k + 1].lower] && !AUXILIARIES.has(tokens[k + 1].lower)) return true;
    // ("were thought to have been aboard", "are believed to be on the bus": a hedge, then what they were)
    if (/^(were|was|are|is)$/.test(tokens[k].lower) && HEDGES.has(tokens[k + 1].lower) && tokens[k + 2]?.lower === 'to') {
      const j = tokens[k + 3]?.lower === 'have' && tokens[k + 4]?.lower === 'been' ? k + 5 : tokens[k + 3]?.lower === 'be' ? k + 4 : -1;
      if (j > 0 && j < to && tokens[j].kind === 'word' && !CASUALTY_AFTER[tokens[j].lower] && !AUXILIARIES.has(tokens[j].lower) && !casualtyAt(tokens, j, CASUALTY_AFTER)) return true;
    }
  }
  return false;
}

/**
 * "Patrollers responded to 1,486 incidents this season, up from 1,302 last winter, and 412 guests were …": the old end of
 * a change in a count of things, which no list of the harmed after it takes in.
 */
function oldEndOfThings(tokens: Token[], phrase: NumberPhrase): boolean {
  const s = countStart(tokens, phrase);
  if (tokens[s - 1]?.lower !== 'from' || !/^(up|down)$/.test(tokens[s - 2]?.lower ?? '')) return false;
  for (let k = s - 3; k >= 0 && s - k <= 10; k--) {
    if (!isCountToken(tokens[k])) continue;
    return NON_PERSON_NOUNS.has(tokens[k + 1]?.lower ?? '') && casualtyAt(tokens, k + 1, CASUALTY_AFTER) === null;
  }
  return false;
}

/** "and 1,662 received non-fatal wounds": the next count is the subject of a verb of its own, and the wound word is its. */
/** "has infected 1000 people": the count is the object of a verb that is not a casualty's (nor a say-verb's). */
function objectOfAnotherVerb(tokens: Token[], tags: Tags[], phrase: NumberPhrase): boolean {
  let k = countStart(tokens, phrase) - 1;
  // ("arrested a man and two women": the second of two objects)
  if (tokens[k]?.lower === 'and' && /^(a|an)$/.test(tokens[k - 2]?.lower ?? '') && isPersonWord(tokens[k - 1]?.lower ?? '')) k -= 3;
  // ("we attended to more than 500 people": a verb with its preposition)
  if (tokens[k]?.lower === 'to' && /^(attended|tended|attending|tending)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !tags[k].has('Verb') || tags[k].has('Noun') || tags[k].has('Gerund')) return false;
  if (AUXILIARIES.has(t.lower) || SAY_VERBS.has(t.lower) || HEDGES.has(t.lower) || casualtyAt(tokens, k, CASUALTY_BEFORE) || casualtyAt(tokens, k, CASUALTY_AFTER)) return false;
  // ("It treated 17 people with serious injuries": those treated for wounds are the wounded)
  if (/^(treated|treating|treats)$/.test(t.lower)) {
    const j = isPersonWord(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    // ("treated 27 people for hail injuries": or with one word of what caused them)
    if (/^(with|for)$/.test(tokens[j]?.lower ?? '') && woundAfterModifiers(tokens, j + 1, true) > 0) return false;
  }
  // ("MSF said it treated 23 of the wounded", "evacuated 40 of the injured": a part of the hurt is hurt, whatever is done
  // to them)
  if (tokens[phrase.last + 1]?.lower === 'of' && tokens[phrase.last + 2]?.lower === 'the' && /^(wounded|injured|hurt)$/.test(tokens[phrase.last + 3]?.lower ?? '')) return false;
  // ("the bomb that sent 270 innocent people to their deaths": where they were sent is their fate)
  if (/^(sent|sends|send|sending)$/.test(t.lower)) return false;
  // ("a man in a car which hit two of its officers … had been shot and killed": the object of a relative clause's own verb)
  if (/^(which|that)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  // ("The facility held around 170 detainees and 40 of them were being treated for injuries": those held somewhere,
  // never held captive or hostage, are no casualties)
  if (/^(held|holds|holding)$/.test(t.lower) && !tokens.slice(phrase.last + 1, phrase.last + 4).some((x) => /^(captive|captives|hostage|hostages|prisoner|prisoners|incommunicado)$/.test(x.lower))) return true;
  // ("A court convicted 14 people, including the mine's owners, over the deaths": those blamed for the harm)
  return /^(infected|sickened|affected|evacuated|rescued|displaced|arrested|detained|saved|treated|tested|vaccinated|employed|housed|hosted|carried|carrying|involved|trapped|stranded|convicted|charged|sentenced|acquitted|indicted|jailed|prosecuted|accused|suspended|dismissed|questioned|interviewed|handled)$/.test(t.lower);
}

function actsOnItsOwn(tokens: Token[], tags: Tags[], next: NumberPhrase): boolean {
  const k = next.last + 1;
  const t = tokens[k];
  // (the tagger may read "received" before an adjective as one)
  const verb = (tags[k]?.has('Verb') && tags[k].has('PastTense')) || /^(received|suffered|sustained|needed|required|underwent)$/.test(t?.lower ?? '');
  return Boolean(t && t.kind === 'word' && verb && !AUXILIARIES.has(t.lower) && !casualtyAt(tokens, k, CASUALTY_AFTER) && !isPersonWord(t.lower));
}

/** People a place or a body "lost" by their leaving, more often than by their death. */
const LEFT_RATHER_THAN_KILLED = /^(members?|staff|workers?|employees?|students?|teachers?|volunteers?|residents?|citizens?|customers?|voters?|locals?|nationals?|leaders?|officials?|deputies|deputy|lawmakers?|politicians?)$/;

/** People sent to a hospital to work there, not to be treated. */
const RESPONDERS = /^(doctors|medics|nurses|paramedics|surgeons|staff|workers|volunteers|troops|soldiers|officers|police|specialists|teams?)$/;

/** Nouns of the table that name the victims rather than what befell them. */
const VICTIM_NOUNS = new Set(['prisoners', 'victims']);

/** The casualty verb a victim noun is the subject of: "prisoners (of war) were killed", "victims died". */
function verbAfterVictims(tokens: Token[], from: number): { category: Category; index: number } | null {
  let i = from;
  if (tokens[i]?.lower === 'of' && tokens[i + 1]?.lower === 'war') i += 2;
  // ("all 72 victims of the Grenfell Tower fire died": the event they were the victims of, then their fate)
  else if (tokens[i]?.lower === 'of' && (/^(the|a|an|this|that|last)$/.test(tokens[i + 1]?.lower ?? '') || /['’]s$/.test(tokens[i + 1]?.text ?? ''))) {
    // ("The 97 victims of the 1989 Hillsborough disaster were unlawfully killed": a year naming it too)
    for (let k = i + 2; k < tokens.length && k <= i + 7 && (tokens[k].kind === 'word' || isYearToken(tokens[k])); k++) if (EVENT_NOUNS.has(tokens[k].lower)) { i = k + 1; break; }
    // ("Two victims of Saturday's shooting in El Paso died Monday", "victims of the mass shooting in El Paso, Texas,
    // Saturday have died": where and when the event was, named after it)
    if (tokens[i - 1] && EVENT_NOUNS.has(tokens[i - 1].lower) && /^(in|at|near)$/.test(tokens[i]?.lower ?? '')) {
      let k = i + 1;
      while (k < i + 8 && (/^\p{Lu}/u.test(tokens[k]?.text ?? '') || tokens[k]?.text === ',') && tokens[k]?.kind !== 'digits') k++;
      if (k > i + 1) i = tokens[k - 1].text === ',' ? k - 1 : k;
    }
  }
  // ("six victims (one woman and five men) were found dead": who they were, in brackets)
  if (tokens[i]?.text === '(') {
    const close = parenthesisEnd(tokens, i);
    if (close !== null && close - i <= 10) i = close + 1;
  }
  for (let steps = 0; i < tokens.length && steps < 4; i++, steps++) {
    // ("All of the 241 victims were found to have died": what they were found to have suffered)
    if ((HEDGES.has(tokens[i].lower) || tokens[i].lower === 'found') && tokens[i + 1]?.lower === 'to' && /^(have|be)$/.test(tokens[i + 2]?.lower ?? '')) { i += 2; steps--; continue; }
    const c = casualtyAt(tokens, i, CASUALTY_AFTER);
    // ("victims were taken to hospitals", "The three female victims were transported to area hospitals": wounded)
    if (movedToHospital(tokens, i)) return { category: 'wounded', index: i };
    // ("56 victims lost their lives in Paiporta")
    const livesLost = lostLifeAt(tokens, i);
    if (livesLost > 0) return { category: 'killed', index: livesLost };
    // ("taken" elsewhere is no fate)
    if (c && tokens[i].lower === 'taken') {
      return /^(prisoner|captive|hostage)/.test(tokens[i + 1]?.lower ?? '') ? { category: c.category, index: i } : null;
    }
    if (c) return VICTIM_NOUNS.has(tokens[i].lower) || tokens[i].lower === 'casualties' ? null : { category: c.category, index: i };
    // ("the 97 victims … were unlawfully killed": an adverb of how between the auxiliary and the fate)
    const how = /ly$/.test(tokens[i].lower) && AUXILIARIES.has(tokens[i - 1]?.lower ?? '') && casualtyAt(tokens, i + 1, CASUALTY_AFTER) !== null;
    if (!AUXILIARIES.has(tokens[i].lower) && !/^(reportedly|later|also|all)$/.test(tokens[i].lower) && !how) return null;
  }
  return null;
}

/** Where a short parenthesis opened at `open` closes, if it holds no casualty word and no other parenthesis. */
function parenthesisEnd(tokens: Token[], open: number, reach = 10): number | null {
  for (let k = open + 1; k < tokens.length && k - open <= reach; k++) {
    if (tokens[k].text === ')') return k;
    if (tokens[k].text === '(' || casualtyAt(tokens, k, CASUALTY_AFTER)) return null;
  }
  return null;
}

/** "an eight-year-old boy", "a 15-year-old girl": the index of the person noun after an article at `at`, else -1. */
function personAfterArticle(tokens: Token[], tags: Tags[], at: number, another = false): number {
  if (!/^(a|an)$/.test(tokens[at]?.lower ?? '') && !(another && tokens[at]?.lower === 'another')) return -1;
  for (let j = at + 1; j < tokens.length && j - at <= 6; j++) {
    // ("a police chief": the head is the last of the person words)
    if (isPersonWord(tokens[j].lower)) return isPersonWord(tokens[j + 1]?.lower ?? '') && !tags[j + 1].has('Plural') ? j + 1 : j;
    // ("Two Israelis and another American were killed", "two soldiers and a Briton": one of a nationality, with no
    // noun after it)
    if (j === at + 1 && nationalHead(tokens, tags, j)) return j;
    // "a 12-year-old," with no noun after it
    // ("a 15-year-old and a boy": or before the list's next member)
    const ends = tokens[j + 1]?.kind !== 'word' || /^(and|or)$/.test(tokens[j + 1].lower);
    if (/^years?-old$/.test(tokens[j].lower) && tokens[j - 2]?.kind === 'digits' && ends) return j;
    // ("an eight-year-old and a 15-year-old": the age in words, one token)
    if (/^[a-z]+-(?:years?|months?)-old$/.test(tokens[j].lower) && isNumberWord(tokens[j].lower.split('-')[0]) && ends) return j;
    const t = tokens[j];
    // ("a Buddhist monk", "a Reuters cameraman": a name may modify the noun)
    const named = /^\p{Lu}/u.test(t.text) && t.kind === 'word';
    // ("a senior officer", "a district police chief": a singular noun may modify it too)
    // ("another unidentified man": a participle before the noun describes it)
    const modifier = tags[j].has('Adjective') || (tags[j].has('Noun') && !tags[j].has('Plural') && t.kind === 'word') || (/^un[a-z]+ed$/.test(t.lower) && t.kind === 'word');
    // ('a self-proclaimed "general"': a title set in quotes)
    const quoteOpens = /^[“"]$/.test(t.text) && isPersonWord(tokens[j + 1]?.lower ?? '') && /^[”"]$/.test(tokens[j + 2]?.text ?? '');
    if (!(t.kind === 'digits' || t.text === '-' || /-old$|^(year|years|old)$/.test(t.lower) || modifier || named || quoteOpens || isNumberWord(t.lower.split('-')[0]))) return -1;
  }
  return -1;
}

function nextPhraseAt(all: NumberPhrase[], index: number, tokens: Token[]): NumberPhrase | undefined {
  let i = index;
  // skip a qualifier before the next figure ("and at least 16")
  const q = qualifierAt(tokens, i);
  if (q) i = q.last + 1;
  return all.find((p) => p.first === i);
}

const TIME_UNITS = /^(second|minute|hour|day|week|fortnight|month|year|decade)s?$/;
/** Adjectives of a period that make a count of deaths a rate ("annual snakebite deaths", "the annual 3.3 million deaths"). */
const PER_PERIOD = /^(annual|yearly|daily|weekly|monthly)$/;
/** Seasons, a rate's period only right after "every" or "each" ("deaths every summer"; never "a summer camp"). */
const SEASONS = /^(summer|winter|spring|autumn|season)['’]?s?$/;

/** "For every 100,000 people, almost 20 died", "out of every 10 patients": a rate's base opens the clause before `at`. */
function ratePer(tokens: Token[], at: number): boolean {
  // ("Every year, around the world, the flu … causing about 400,000 deaths": how often, opening the sentence, however far)
  // (never a count in a clause on one day: "Each year, the UN observes World Humanitarian Day on 19 August, the date that
  // the suicide bombing in Baghdad claimed 22 lives")
  // ("Every winter, carbon monoxide from stoves kills dozens of people": or every season)
  if (/^(every|each)$/.test(tokens[0]?.lower ?? '') && tokens.slice(1, 4).some((t, d) => TIME_UNITS.test(t.lower) || (SEASONS.test(t.lower) && tokens[d + 2]?.text === ',')) && !tokens.slice(0, at).some((t) => t.text === ';')
    && !tokens.slice(0, at).some((t, j) => /^(date|day|anniversary)$/.test(t.lower) && /^(that|when|on|of)$/.test(tokens[j + 1]?.lower ?? '') && j > 3)) return true;
  for (let k = at - 1; k >= 0 && at - k <= 10; k--) {
    if (tokens[k].kind === 'punct' && tokens[k].text !== ',') return false;
    if (k >= 1 && tokens[k].lower === 'every' && /^(for|of)$/.test(tokens[k - 1].lower) && tokens[k + 1]?.kind === 'digits') return true;
    // ("they warned that for every military operation conducted, ten hostages would be executed": so many for each)
    if (k >= 1 && tokens[k].lower === 'every' && tokens[k - 1].lower === 'for' && (k - 1 === 0 || /^(that|,)$/.test(tokens[k - 2]?.lower ?? '')) && tokens.slice(k + 1, at).some((t) => t.text === ',')) return true;
    // ("Every two minutes, a person is injured": how often, opening the sentence)
    // ('he said that “every 10 minutes, two children are injured”': or opening a quote or a clause of what is said)
    if ((k === 0 || /^[“"‘']$/.test(tokens[k - 1].text) || tokens[k - 1].lower === 'that') && tokens[k].lower === 'every' && tokens.slice(k + 1, k + 4).some((t) => TIME_UNITS.test(t.lower))) return true;
    // ("By 2050, each summer's deaths could top 120,000": the toll of each period)
    if (/^(each|every)$/.test(tokens[k].lower) && (TIME_UNITS.test((tokens[k + 1]?.lower ?? '').replace(/['’]s$/, '')) || SEASONS.test(tokens[k + 1]?.lower ?? '')) && /['’]s$/.test(tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}

/**
 * "24 cases are hospitalised and 14 of them are admitted to hospital": patients of an outbreak,
 * counted as cases before the figure with no harm word in the sentence, are not its wounded.
 */
function countsCasesOfDisease(tokens: Token[], first: number): boolean {
  // ("62,382 patients were hospitalised" with dengue: a disease's patients are its cases)
  // ("Some 321,000 people were admitted to hospital with the disease": a disease named by that word)
  // ("Seventy of the patients have been hospitalised, and two deaths …, both in unvaccinated children": or a vaccine's
  // reach named with them)
  if (!tokens.slice(0, first).some((t) => /^(cases|infections|infected)$/.test(t.lower)) && !tokens.some((t, k) => DISEASES.test(t.lower) || /^(unvaccinated|vaccinated)$/.test(t.lower)
    || (/^(disease|illness|infection|virus|epidemic|outbreak)$/.test(t.lower) && /^(the|with|of)$/.test(tokens[k - 1]?.lower ?? '')))) return false;
  return !tokens.some((t) => /^(injured|wounded|hurt|injuries|wounds|casualties|blast|explosion|attack|crash|accident|fire)$/.test(t.lower));
}

const WEEKDAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** Words on a figure after its "a": "rose to a record 42", "brings the toll to a staggering 303", "killed a record 1,329". */
const FIGURE_EPITHETS = /^(staggering|whopping|record|total|grim|new|massive|combined|cumulative|distressing|shocking|devastating|sobering|alarming|horrifying|appalling)$/;

/** Prepositions of where, which the tagger may take for adjectives after a count ("kills 12 near aid sites"). */
const PLACE_PREPOSITIONS = /^(near|outside|inside|around|across|along|beside|behind|amid)$/;

/** Plural nouns of events a definition's "in which" may follow: "shootings in which four or more people are shot". */
const EVENTS_DEFINED = /^(shootings|incidents|attacks|crashes|events|accidents|bombings|disasters|killings|fires|collisions|massacres)$/;

/**
 * Whether the word at `at` stands in a clause that defines a class of events by a threshold: "shootings in which four
 * or more people are killed", "… were wounded but no one died", "disasters with 100 or more fatalities".
 */
function definesAClass(tokens: Token[], at: number): boolean {
  let open = -1;
  // ("We define a mass killing as four or more deaths": a definition's threshold)
  if (tokens[at - 1]?.lower === 'as' && tokens.slice(Math.max(0, at - 8), at - 1).some((t) => /^(define|defines|defined|defining)$/.test(t.lower))) open = at - 1;
  for (let k = at - 1; k >= 2 && at - k <= 10 && open < 0; k--) {
    if (tokens[k].kind === 'punct') return false;
    if (/^(which|where)$/.test(tokens[k].lower) && (tokens[k].lower === 'where' || tokens[k - 1].lower === 'in')) {
      const noun = tokens[k].lower === 'where' ? k - 1 : k - 2;
      if (EVENTS_DEFINED.test(tokens[noun]?.lower ?? '')) open = k;
      break;
    }
    // ("This list includes only disasters with 100 or more fatalities": or the events with the threshold itself)
    if (/^(with|involving)$/.test(tokens[k].lower) && k === at - 1) {
      if (EVENTS_DEFINED.test(tokens[k - 1]?.lower ?? '')) open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = open + 1; k < tokens.length && tokens[k].kind !== 'punct'; k++) {
    if (tokens[k].lower === 'or' && /^(more|fewer|less)$/.test(tokens[k + 1]?.lower ?? '') && isCountToken(tokens[k - 1])) return true;
  }
  return false;
}

/** Whether the casualty word at `at` (or the "of" after it) is a killing tried, never done: "the attempted murder of 10 others". */
function killingTried(tokens: Token[], at: number): boolean {
  const deed = tokens[at]?.lower === 'of' ? at - 1 : at;
  return /^(attempted|failed|foiled|thwarted|planned|plotted)$/.test(tokens[deed - 1]?.lower ?? '') && /^(murders?|killings?|assassinations?)$/.test(tokens[deed]?.lower ?? '');
}

/**
 * "62 elephants were electrocuted and 19 were killed by trains", "Two dogs were killed and one was injured": a bare count
 * with a verb of its own, joined by "and" to a clause whose count was of things or animals, counts the same things.
 */
function sameThingsAgain(tokens: Token[], phrase: NumberPhrase, phrases: NumberPhrase[]): boolean {
  const and = countStart(tokens, phrase) - 1;
  if (tokens[and]?.lower !== 'and' || !AUXILIARIES.has(tokens[phrase.last + 1]?.lower ?? '')) return false;
  const prior = phrases.filter((p) => p.last < and).pop();
  if (!prior) return false;
  const clause = tokens.slice(prior.last + 1, and);
  // ("40 cattle died and 12 were injured": the things' own verb, an auxiliary or a fate)
  const verb = clause.findIndex((t) => AUXILIARIES.has(t.lower) || CASUALTY_AFTER[t.lower] !== undefined);
  // (never bodies, things that are the dead: "9 bodies were recovered and 3 are still missing")
  const things = clause.slice(0, verb);
  return verb > 0 && clause.every((t) => t.kind === 'word') && things.some((t) => NON_PERSON_NOUNS.has(t.lower) && CASUALTY_AFTER[t.lower] === undefined)
    && !things.some((t) => isPersonWord(t.lower));
}

/** Capitalised nouns a number before names, not counts: "The 27 Club", "the 1922 Committee". */
const NAMED_BY_NUMBER = /^(Club|Committee|Commission|Group|Society|Movement|Project|Initiative|Campaign|Challenge|Summit|Forum|Agenda|Plan|Act)$/;

/** A bare number that names the noun before it rather than counting: "Flight 17", "warehouse 12", "Ward 7", "Year 5". */
// ("Rescue 1122 said", "Emergency 112 said": or ends the name of who speaks, right before the verb)
// ("in Camps 9 and 10", "Wards 7 and 8": a plural of such a name, and the number joined after the first)
const namesByNumber = (w: string) => DESIGNATED.test(w) || NUMBERED_ROOMS.test(w) || SCHOOL_YEARS.test(w) || NUMBERED_PLACE.test(w);
const namesWhatItFollows = (tokens: Token[], at: number): boolean => namesByNumber(tokens[at - 1]?.text ?? '')
  || (/s$/.test(tokens[at - 1]?.text ?? '') && namesByNumber(tokens[at - 1].text.slice(0, -1)))
  || (/^(and|,|or)$/.test(tokens[at - 1]?.lower ?? '') && tokens[at - 2]?.kind === 'digits' && namesWhatItFollows(tokens, at - 2))
  || (tokens[at - 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[at - 1].text) && !MONTHS.has(tokens[at - 1].lower) && !WEEKDAY.test(tokens[at - 1].lower)
    && /^(said|says|told|reported|reports|confirmed|announced)$/.test(tokens[at + 1]?.lower ?? ''));

/**
 * Capitalised nouns a number after names, not counts: "Game 3", "Stage 4", "Flight 17", "Route 9", "Channel 4 News" (the
 * lexicon lists the rooms and the school years).
 */
const DESIGNATED = /^(Channel|Game|Games|Stage|Round|Week|Day|Flight|Route|Highway|Interstate|Chapter|Episode|Level|Category|Building|Unit|Section|Article|Phase|Season|Class|Line|No|Number|Hole|Heat|Lap|Mile|Exit|Pier|Zone|Sector|Camp|Station|Apartment|Floor|Lane|Row|Seat|Track|Item|Clause|Amendment|Resolution|Proposition|Question)$/;

/** Words between a number and "bodies" that keep them corpses: "four more bodies", "9 charred bodies", "the six recovered bodies". */
// ("Dozens of covered bodies lie in the garden of a hospital", "listing 24,686 identified bodies")
const BEFORE_BODIES = /^(male|female|human|adult|dead|lifeless|uniformed|bloodied|shrouded|covered|wrapped|swollen|scattered|naked|unburied|tortured|bullet-riddled|blindfolded|charred|burned|burnt|bloated|mangled|disfigured|rotting|unclaimed|mutilated|decapitated|beheaded|headless|decomposed|decomposing|unidentified|more|remaining|other|further|additional|recovered|retrieved|exhumed|discovered|new|identified)$/;


/** Verbs that report or guess a figure before its infinitive: "are estimated to have perished". */
const HEDGES = new Set(['estimated', 'believed', 'feared', 'thought', 'reported', 'said', 'known', 'presumed', 'understood', 'expected', 'confirmed', 'assumed', 'considered', 'alleged',
  // ("Dozens of Ukrainian prisoners of war appear to have been killed")
  'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed',
  // ("643 people are recorded to have been murdered")
  'recorded', 'documented']);

/** How many lower-case words stand outside brackets (a field's note inside them is no running text). */
function lowerWordsOutsideBrackets(tokens: Token[]): number {
  let depth = 0;
  let n = 0;
  for (const t of tokens) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.kind === 'word' && /^\p{Ll}/u.test(t.text)) n++;
  }
  return n;
}

/** "25 bodies a week", "one person every 30 minutes": a rate, not a count. */
const isYear = (v: number | null) => v !== null && v >= 1900 && v <= 2100;

/** A number written as a year: four digits, no separator ("2016", never "2,016"). */
const isYearToken = (t: Token) => /^\d{4}$/.test(t.text) && isYear(Number(t.text));

function isYearSpan(low: number | null, high: number | null, leads: (string | undefined)[]): boolean {
  return isYear(low) && isYear(high) && low !== high && leads.some((w) => w === 'between' || w === 'from');
}

/**
 * "Nearly three-quarters of the deaths were in the Lower Mainland, with Fraser Health recording 270 and Vancouver
 * Coastal counting 120": a bare count a named body records, after the sentence's casualty noun, counts those.
 */
function recordedBare(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const verb = countStart(tokens, phrase) - 1;
  // ("The provincial government counts only deaths confirmed by a hospital or a morgue, which gives 1,104 so far": what a
  // count of the dead comes to, in a relative clause on it)
  const count = countSummedAt(tokens, verb + 1);
  if (count >= 0) {
    const end = tokens[phrase.last + 1]?.lower === 'so' && tokens[phrase.last + 2]?.lower === 'far' ? phrase.last + 3 : phrase.last + 1;
    if (tokens[end] && !/^[,.;]$/.test(tokens[end].text)) return null;
    const dead = [count + 1, count + 2].find((k) => /^(deaths|dead|fatalities)$/.test(tokens[k]?.lower ?? '')) ?? -1;
    return dead > 0 ? { category: 'killed', casualtyIndex: dead, side: 'before' } : null;
  }
  if (!/^(recording|reporting|counting|registering|confirming|recorded|reported|counted|registered|confirmed)$/.test(tokens[verb]?.lower ?? '')) return null;
  // ("we counted at least 22 in total": with how it sums them)
  const end = tokens[phrase.last + 1]?.lower === 'in' && /^(all|total)$/.test(tokens[phrase.last + 2]?.lower ?? '') ? phrase.last + 3 : phrase.last + 1;
  if (tokens[end] && !/^([,.;]|and)$/.test(tokens[end].lower)) return null;
  // (a named body right before the verb: never "the number recorded 40")
  // ("bodies are visible, and we counted at least 22": or who counted the bodies seen)
  const counter = /^(counted|counting)$/.test(tokens[verb].lower) && /^(we|i|they)$/.test(tokens[verb - 1]?.lower ?? '');
  if (!/^\p{Lu}/u.test(tokens[verb - 1]?.text ?? '') && !counter) return null;
  for (let k = verb - 2; k >= 0; k--) {
    // (bodies with no count of their own)
    const bodies = counter && /^(bodies|corpses)$/.test(tokens[k].lower) && !isCountToken(tokens[k - 1]);
    if (!/^(deaths|dead|fatalities|casualties|injuries|injured|victims)$/.test(tokens[k].lower) && !bodies) continue;
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    return c ? { category: c.category, casualtyIndex: k, side: 'before' } : null;
  }
  return null;
}

/**
 * "exposure to benzene caused 41 cases of leukaemia, 19 of them fatal", "954 human cases of H5N1, of which 464 were
 * fatal": a part of cases, infections or people counted before, fatal, is dead (never "30 attacks, 12 of them fatal",
 * events).
 */
function fatalPartOfCases(tokens: Token[], phrase: NumberPhrase, all: NumberPhrase[]): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  // ("954 human cases of H5N1 worldwide, of which 464 were fatal": or the part's "of which" before it)
  const ofWhichBefore = tokens[start - 2]?.lower === 'of' && /^(whom|which)$/.test(tokens[start - 1]?.lower ?? '') && tokens[start - 3]?.text === ',';
  const ofThemAfter = tokens[phrase.last + 1]?.lower === 'of' && /^(them|whom|which)$/.test(tokens[phrase.last + 2]?.lower ?? '') && tokens[start - 1]?.text === ',';
  if (!ofWhichBefore && !ofThemAfter) return null;
  let verb = ofThemAfter ? phrase.last + 3 : phrase.last + 1;
  // ("of which 2,017 (10.9%) were fatal": past the part's share in brackets)
  if (tokens[verb]?.text === '(' && tokens[verb + 2]?.text === '%' && tokens[verb + 3]?.text === ')') verb += 4;
  const fatal = /^(were|being|proved|proving)$/.test(tokens[verb]?.lower ?? '') ? verb + 1 : verb;
  if (tokens[fatal]?.lower !== 'fatal') return null;
  const whole = [...all].reverse().find((p) => p.last < phrase.first - 1 && phrase.first - p.last <= 12);
  // ("11 human infections": the whole's noun, past a word of what kind)
  // ("18,542 pediatric firearm injuries, of which 2,017 were fatal": or injuries, each one of the hurt)
  const noun = whole ? [whole.last + 1, whole.last + 2, whole.last + 3].map((k) => tokens[k]?.lower ?? '').find((w) => /^(cases|infections|patients|injuries)$/.test(w) || (isPersonWord(w) && /s$/.test(w))) : undefined;
  return noun !== undefined ? { category: 'killed', casualtyIndex: fatal, side: 'after' } : null;
}

/**
 * "Guanajuato has the highest number of homicides of any Mexican state, with 3,260 recorded last year": a count after
 * "with", recorded with no noun of its own, counts the casualty noun of the clause before it.
 */
function withCountRecorded(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const start = countStart(tokens, phrase);
  if (tokens[start - 1]?.lower !== 'with' || tokens[start - 2]?.text !== ',') return null;
  if (!/^(recorded|registered|reported|documented|confirmed|counted)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return null;
  for (let k = start - 3; k >= 0 && start - k <= 16; k--) {
    if (tokens[k].kind === 'punct' || tokens[k].kind === 'digits' || isNumberWord(tokens[k].lower)) return null;
    if (!/^(deaths|fatalities|casualties|injuries|homicides|murders|killings|femicides|kidnappings|abductions|disappearances)$/.test(tokens[k].lower)) continue;
    const c = casualtyAt(tokens, k, CASUALTY_AFTER);
    return c ? { category: c.category, casualtyIndex: k, side: 'before' } : null;
  }
  return null;
}

/** A year ("in 2021") or a span of years ("in 2016-17") given to the count before the comma at `comma`. */
function yearBefore(tokens: Token[], comma: number): boolean {
  const year = (k: number) => tokens[k] !== undefined && isYearToken(tokens[k]);
  const span = /^\d\d$/.test(tokens[comma - 1]?.text ?? '') && /^[-–]$/.test(tokens[comma - 2]?.text ?? '') && year(comma - 3);
  const at = span ? comma - 3 : comma - 1;
  return year(at) && tokens[at - 1]?.lower === 'in';
}

/** "an average of 127", "on average, 30": an average before the count, or before the list it opens. */
function averagedBefore(tokens: Token[], first: number): boolean {
  return tokens.slice(0, first).some((t, k) => t.lower === 'average' && (tokens[k + 1]?.lower === 'of' || tokens[k - 1]?.lower === 'on'));
}

function isRate(tokens: Token[], from: number): boolean {
  const w = tokens[from]?.lower;
  // ("more than 500 deaths daily since June 1": an adverb of frequency, not a word that opens a noun after it)
  if (/^(daily|weekly|monthly|yearly|annually|hourly|nightly)$/.test(w ?? '')) {
    const next = tokens[from + 1];
    return !next || next.kind === 'punct' || /^(since|in|on|for|across|over|during|from|until|through|throughout|and|or|at)$/.test(next.lower);
  }
  if (w !== 'a' && w !== 'an' && w !== 'per' && w !== 'every' && w !== 'each') return false;
  // ("Crowd crushes kill dozens of people in a typical year": any year like it, a rate)
  if ((w === 'a' || w === 'an') && /^(typical|normal|average|given|usual|ordinary)$/.test(tokens[from + 1]?.lower ?? '') && TIME_UNITS.test(tokens[from + 2]?.lower ?? '')) return true;
  // ("770 soldiers killed or wounded in a single day": the span they fell in, no rate)
  // ("A cyclist spent a month in hospital": or how long they spent somewhere)
  // ("lost 15,654 men in under a fortnight", "in less than a week": or that span bounded)
  const bound = /^(under|barely|just|only|about|nearly|almost)$/.test(tokens[from - 1]?.lower ?? '') ? from - 2
    : tokens[from - 1]?.lower === 'than' && /^(less|more)$/.test(tokens[from - 2]?.lower ?? '') ? from - 3 : from - 1;
  if ((w === 'a' || w === 'an') && (/^(in|within|during|over|for|spent|spends|spending)$/.test(tokens[from - 1]?.lower ?? '')
    || (bound < from - 1 && /^(in|within)$/.test(tokens[bound]?.lower ?? '')))) return false;
  // ("treated 70 people with gunshot wounds in Tawila on a single day": one day, never each)
  if (w === 'a' && tokens[from + 1]?.lower === 'single') return false;
  // ("more than 68,000 heat-related deaths every summer")
  // ("an average of over 94,000 heat deaths every summer by 2040": or a preposition after it)
  if ((w === 'every' || w === 'each') && SEASONS.test(tokens[from + 1]?.lower ?? '') && (!tokens[from + 2] || tokens[from + 2].kind === 'punct' || /^(by|in|since|until|from|across|throughout|over|on)$/.test(tokens[from + 2].lower))) return true;
  for (let k = from + 1; k < tokens.length && k <= from + 3; k++) {
    // ("93 people missing a day after the landslide": a time before or after an event, not a rate)
    // ("165 people killed a day since August 1": a rate kept since a date)
    if (TIME_UNITS.test(tokens[k].lower) && tokens[k + 1]?.lower === 'since') {
      return MONTHS.has(tokens[k + 2]?.lower ?? '') || (/^(the|then|\d)/.test(tokens[k + 2]?.lower ?? '') && !EVENT_NOUNS.has(tokens[k + 3]?.lower ?? ''));
    }
    // ("while a second strike hit a police vehicle": an ordinal before its noun, no time)
    if (tokens[k].lower === 'second' && tokens[k + 1]?.kind === 'word' && !/^(after|before|later|earlier|ago|and|or)$/.test(tokens[k + 1].lower)) return false;
    // ("before an Independence Day parade": a capitalised day after a lower-case article, in running text, names a holiday)
    if (TIME_UNITS.test(tokens[k].lower) && /^\p{Lu}/u.test(tokens[k].text) && /^\p{Ll}/u.test(tokens[from].text)) return false;
    // ("the youngest a week old": an age, no rate)
    if (TIME_UNITS.test(tokens[k].lower)) return !/^(after|before|later|earlier|ago|old)$/.test(tokens[k + 1]?.lower ?? '');
    // ("we see twenty or thirty injured riders a night": so many each night)
    if (k === from + 1 && tokens[k].lower === 'night') return !/^(of|like|vigil|search|shift|raid)$/.test(tokens[k + 1]?.lower ?? '');
  }
  // "279 deaths per 100,000 population", "1 death every 358 people": a rate over a population
  const base = tokens[from + 1];
  if ((w === 'per' || w === 'every') && base && (base.kind === 'digits' || /^(thousand|million|capita|hundred)$/.test(base.lower))) return true;
  return false;
}

/**
 * "Two runners collapsed and died", "Two workers fell ill and died": where the people's own verb at `v`, right after
 * them, is joined by the "and" at `and` (a word may close the verb) to their death, that death; else null.
 * A killing joined so ("Two men broke in and killed a guard") is never read here: its subject is the killers.
 */
function fateJoinedToTheirVerb(tokens: Token[], tags: Tags[], phrase: NumberPhrase, v: number, and: number): CasualtyLink | null {
  if (AUXILIARIES.has(tokens[v].lower) || casualtyAt(tokens, v, CASUALTY_AFTER) || SAY_VERBS.has(tokens[v].lower)) return null;
  // (only the people's own words before it: their noun, its modifiers, an auxiliary or an adverb)
  const between = tokens.slice(phrase.last + 1, v);
  if (between.length > 4 || between.some((x, d) => x.kind !== 'word' || (isVerbOnly(tags[phrase.last + 1 + d]) && !AUXILIARIES.has(x.lower)) || /^(who|that|which|of|and|or)$/.test(x.lower))) return null;
  const died = deathAfterAnd(tokens, and);
  if (died > 0) return { category: 'killed', casualtyIndex: died, side: 'after' };
  // ("Two other people were bitten in separate incidents at Kakadu in March but survived with leg injuries": or that
  // they lived, hurt, past where and when it befell them)
  const but = tokens.findIndex((x, k) => k > v && k <= v + 10 && (x.kind !== 'word' || /^(but|and)$/.test(x.lower)));
  const hurt = but > 0 && tokens[but].kind === 'word' && /^(escaped|survived)$/.test(tokens[but + 1]?.lower ?? '') ? woundsAfterWith(tokens, but + 2) : -1;
  return hurt > 0 ? { category: 'wounded', casualtyIndex: hurt, side: 'after' } : null;
}

/**
 * "Most of the victims were off-piste skiers; three were mountaineers and one a snowshoe hiker": after a clause on most
 * of the harmed and a semicolon, counts of who the rest were are parts of them.
 */
function partsAfterMost(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  if (!/^(most|many|all|some|half|nearly|almost)$/.test(tokens[0]?.lower ?? '')) return null;
  const semi = tokens.findIndex((t, k) => k < phrase.first && t.text === ';');
  if (semi < 5) return null;
  const of = tokens.findIndex((t, k) => k <= 3 && t.lower === 'of');
  if (of < 0 || !/^(the|those)$/.test(tokens[of + 1]?.lower ?? '') || !/^(were|was|are|is)$/.test(tokens[of + 3]?.lower ?? '')) return null;
  const key = casualtyAt(tokens, of + 2, CASUALTY_AFTER);
  if (!key || !/^(victims|dead|killed|injured|wounded|missing|casualties)$/.test(tokens[of + 2].lower)) return null;
  const start = countStart(tokens, phrase);
  const own = /^(were|was|are|is)$/.test(tokens[phrase.last + 1]?.lower ?? '');
  // (the first part right after the semicolon, with its copula; a later one after "and", its copula left out)
  const first = start === semi + 1 && own;
  const later = tokens[start - 1]?.lower === 'and' && start > semi + 3 && (own || /^(a|an)$/.test(tokens[phrase.last + 1]?.lower ?? ''))
    && !tokens.slice(semi + 1, start).some((t) => t.kind === 'punct' && t.text !== ',');
  return first || later ? { category: key.category, casualtyIndex: of + 2, side: 'before' } : null;
}

/** Whether the count at `at` is the size of a group: "a party of 12", "their team of eight". */
function groupSizeAt(tokens: Token[], at: number): boolean {
  return tokens[at - 1]?.lower === 'of' && /^(party|group|team|crew|expedition|convoy|delegation|contingent|squad|band|class)$/.test(tokens[at - 2]?.lower ?? '')
    && /^(a|an|the|their|its|his|her)$/.test(tokens[at - 3]?.lower ?? '');
}

/** Whether the victims at `at` ("victims of …", "fell victim to …") are a scam's, a theft's, an abuse's: no one's body harmed. */
function victimsOfNoBodilyHarm(tokens: Token[], at: number): boolean {
  const k = tokens[at]?.lower === 'fell' ? at + 1 : at;
  if (!/^(victims?|casualty|casualties)$/.test(tokens[k]?.lower ?? '') || !/^(of|to)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("Three ministers were the latest casualties of the scandal": or of a political or business upheaval)
  return tokens.slice(k + 2, k + 7).some((t) => /^(scams?|fraud|frauds|schemes?|theft|thefts|identity|hacks?|hacking|hackers|cyberattacks?|cyber|ransomware|breach|breaches|phishing|abuse|scammers|fraudsters|burglary|burglaries|robbery|robberies|crime|crimes|trafficking|discrimination|harassment|bullying|scandals?|reshuffles?|purges?|cuts|downturn|recession|austerity|restructuring|layoffs|shake-?up|elections?|mergers?|takeovers?)$/.test(t.lower))
    && !tokens.slice(k + 2, k + 7).some((t) => /^(violence|attack|attacks|shooting|bombing|war|strikes?)$/.test(t.lower));
}

/**
 * "Where a person causes the death of two or more people in a single incident, the court must …", "If a crash kills three
 * or more people, it is classed as …": a count inside a condition on anyone, opening the sentence, is a rule's, no toll.
 */
function inGenericCondition(tokens: Token[], phrase: NumberPhrase): boolean {
  if (!/^(if|where|whenever|unless)$/.test(tokens[0]?.lower ?? '') || !/^(a|an|any|anyone|someone|somebody)$/.test(tokens[1]?.lower ?? '')) return false;
  const comma = tokens.findIndex((t) => t.kind === 'punct');
  return comma > phrase.last && tokens[comma].text === ',';
}

/**
 * "The number killed could have risen to 49 if she had not got off": a toll that did not happen
 * (a modal perfect, and a condition after the figure) is no figure.
 */
function isCounterfactual(tokens: Token[], link: CasualtyLink, phrase: NumberPhrase): boolean {
  const [from, to] = link.side === 'before' ? [link.casualtyIndex + 1, phrase.first] : [phrase.last + 1, link.casualtyIndex];
  const perfect = tokens.slice(from, to).some((t, d) => /^(could|would|might)$/.test(t.lower) && tokens[from + d + 1]?.lower === 'have');
  return perfect && tokens.slice(phrase.last + 1, phrase.last + 6).some((t) => /^(if|had)$/.test(t.lower));
}

/** Modals that forecast a toll: "as many as 8,000 people could die". Others ("vowed to kill", "must die") are no figure. */
const PROJECTING = new Set(['could', 'would', 'may', 'might', 'will']);

/**
 * "the toll could reach 100", "the death toll was likely to rise above 50": a toll to come is a
 * projection. Returns the modal ("could"), or "will" for likely/expected/set to.
 */
function tollForecast(tokens: Token[], link: CasualtyLink, first: number): string | null {
  // ("the number of dead could pass 25,000": a count of the dead to come, as a toll's)
  if (link.side !== 'before' || !/^(toll|dead|deaths|casualties|fatalities)$/.test(tokens[link.casualtyIndex]?.lower ?? '')) return null;
  // ("The toll could rise; the UN put it at 184": the figure is in a clause of its own)
  if (tokens.slice(link.casualtyIndex + 1, first).some((t) => t.text === ';')) return null;
  // ("The true number of dead may never be known, but most estimates put it at 200,000": nor after a contrast)
  if (tokens.slice(link.casualtyIndex + 1, first).some((t, d, all) => t.text === ',' && /^(but|while|whereas|although|though)$/.test(all[d + 1]?.lower ?? ''))) return null;
  for (let k = link.casualtyIndex + 1; k < first; k++) {
    const w = tokens[k].lower;
    if (PROJECTING.has(w)) return w;
    if (/^(likely|expected|set|feared|projected|forecast)$/.test(w) && tokens[k + 1]?.lower === 'to') return 'will';
  }
  return null;
}


const PERIOD_NOUNS = /^(years?|months?|weeks?|days?|periods?|seasons?|decades?)$/;

/** "only three years in which no deaths were recorded", "days when nobody died": a zero about periods. */
function isGenericZero(tokens: Token[], first: number): boolean {
  const a = tokens[first - 1]?.lower;
  const b = tokens[first - 2]?.lower;
  const at = a === 'when' ? first - 2 : a === 'which' && (b === 'in' || b === 'during' || b === 'on') ? first - 3 : -1;
  if (at >= 0 && PERIOD_NOUNS.test(tokens[at]?.lower ?? '')) return true;
  // ("2019 was the first year since records began in which no climber died": the period a few words back, past what
  // qualifies it)
  if (a !== 'which' || !/^(in|during|on)$/.test(b ?? '')) return false;
  for (let k = first - 4; k >= 0 && first - k <= 9 && tokens[k].kind === 'word'; k--) if (/^(year|years|day|days|month|months|week|weeks|season|seasons)$/.test(tokens[k].lower)) return true;
  return false;
}

/** Deaths named by their kind, as a count of the dead is broken down ("19 were homicides and 23 were suicides"). */
const DEATHS_BY_KIND = /^(homicides|suicides|murders|overdoses|drownings)$/;

/** The words of a later step in a series of counts: "rose to 385 … and then to 387", "and finally to one". */
const LATER_STEP = /^(then|finally|eventually|later|subsequently)$/;

/** 'and then, after our reporting, to "four persons"': "to" or "at" before `lead`, past a quote, after "then" and an aside between commas. */
function thenPastAside(tokens: Token[], lead: number): boolean {
  let j = /^[“"]$/.test(tokens[lead - 1]?.text ?? '') ? lead - 2 : lead - 1;
  if (!/^(to|at)$/.test(tokens[j]?.lower ?? '') || tokens[j - 1]?.text !== ',') return false;
  j -= 1;
  const open = tokens.findIndex((t, k) => k < j && k >= j - 7 && t.text === ',' && tokens.slice(k + 1, j).every((x) => x.kind === 'word'));
  return open > 0 && LATER_STEP.test(tokens[open - 1]?.lower ?? '');
}

/**
 * "12 deaths in March compared to three in February", "45 miners perished and in the next year
 * 60", "was 311, up from 287 the day before": a number with no noun of its own, compared with
 * the figure before it, counts the same thing.
 */
function elidedAfter(tokens: Token[], tags: Tags[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous || isYearToken(tokens[phrase.first])) return null;
  // ("reported 78 dead and 278 on board": those aboard, counted with no fate of their own)
  const aboard = /^(aboard|onboard)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2
    : tokens[phrase.last + 1]?.lower === 'on' && tokens[phrase.last + 2]?.lower === 'board' ? phrase.last + 3 : -1;
  // (a fate of their own may follow: "and 278 on board were missing")
  if (aboard > 0 && !(tokens[aboard] && (AUXILIARIES.has(tokens[aboard].lower) || casualtyAt(tokens, aboard, CASUALTY_AFTER)))) return null;
  // ("eight at the trauma centre, three each at Everest Hospital and Civil Hospital": so many at each place, read as
  // the count alone is)
  if (tokens[phrase.last + 1]?.lower === 'each' && /^(in|on|at|near)$/.test(tokens[phrase.last + 2]?.lower ?? '')) phrase = { ...phrase, last: phrase.last + 1 };
  // "11 Syrians were injured, two seriously": a part of the wounded
  if (seriouslyPart(tokens, phrase) && previous.category === 'wounded') return { ...previous, side: 'after', casualtyIndex: phrase.last + 1 };
  // (before the count's qualifier: "down from estimates of about 1,000")
  // ("307 people died in England that night, and I believe more than 1,800 in Holland": past the writer's hedge)
  const start = countStart(tokens, phrase);
  const lead = /^(believe|think)$/.test(tokens[start - 1]?.lower ?? '') && /^(i|we)$/.test(tokens[start - 2]?.lower ?? '') && tokens[start - 3]?.lower === 'and' ? start - 2 : start;
  const b1 = tokens[lead - 1]?.lower ?? '';
  const b2 = tokens[lead - 2]?.lower ?? '';
  // ("two fatalities on Sunday and five more on Monday": an increment of the same)
  // ("41 people lost their lives on Thursday, one on Wednesday, and six people on Tuesday": or the people, said again)
  // ("8,260 were killed in the Gaza Strip, and 122 others in the West Bank": others of the same)
  // ("… 37 in Koshi, 10 people in Madhes, …, and one person in Karnali province": or the people, said again, and a
  // place's own lower-case word)
  const placeEnd = /^(province|district|state|region|county|valley|city|town|village)$/.test(tokens[phrase.last + 4]?.lower ?? '') ? phrase.last + 5 : phrase.last + 4;
  const next = /^(more|others)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2
    : /^(people|persons|person)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^(in|on|at|near)$/.test(tokens[phrase.last + 2]?.lower ?? '')
      // (the clause ends with the place or the day: never "300 people in Lviv attended the funeral")
      && (!tokens[placeEnd] || /^([,;.]|and)$/.test(tokens[placeEnd].lower)) ? phrase.last + 2
      // ('then, after our reporting, to "four persons, including one minor"': or closing the clause)
      : /^(people|persons)$/.test(tokens[phrase.last + 1]?.lower ?? '') && thenPastAside(tokens, lead) && /^[,;.”"]$/.test(tokens[phrase.last + 2]?.text ?? '') ? phrase.last + 2 : phrase.last + 1;
  // ("confirmed 25 heat-associated deaths …, with 249 more under investigation", "and hundreds more remain under
  // investigation", "nine confirmed heat deaths with another 75 suspected": deaths not yet ascribed to the cause, their
  // noun left out)
  if (previous.category === 'killed' && /^(deaths|death|fatalities)$/.test(tokens[previous.casualtyIndex]?.lower ?? '')
    && (/^(and|with|while|,)$/.test(b1) || (b1 === 'another' && /^(and|with|,)$/.test(b2)))) {
    let k = /^(more|other|additional)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1;
    while (k - phrase.last <= 6 && /^(are|is|were|was|remain|remains|remained|still|being|listed|as|now|[“"”])$/.test(tokens[k]?.lower ?? '')) k++;
    const ends = (j: number) => !tokens[j] || /^([,.;)]|for|in|at|and|as|by)$/.test(tokens[j].lower) || /^[”"]$/.test(tokens[j].text);
    if (tokens[k]?.lower === 'under' && tokens[k + 1]?.lower === 'investigation' && ends(k + 2)) return { ...previous, side: 'after', casualtyIndex: k + 1 };
    if (tokens[k]?.lower === 'suspected' && k > phrase.last + (b1 === 'another' ? 0 : 1) && ends(k + 1)) return { ...previous, side: 'after', casualtyIndex: k };
  }
  // ("left at least 115 people dead, according to the UN, after earlier reports of 70": the count an earlier report gave,
  // its noun left out)
  if (b1 === 'of' && /^reports?$/.test(b2) && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct')) {
    const opener = /^(earlier|initial|first)$/.test(tokens[lead - 3]?.lower ?? '') ? lead - 4 : lead - 3;
    if (/^(after|following|despite|amid|than|from)$/.test(tokens[opener]?.lower ?? '')) return { ...previous, side: 'after', casualtyIndex: tokens[phrase.last + 1] ? phrase.last + 1 : phrase.last };
  }
  // ("Sri Lanka's government put its toll at 35,322, and India's at 12,405": another's toll, its noun and verb left out)
  if (b1 === 'at' && /^\p{Lu}.*['’]s$/u.test(tokens[lead - 2]?.text ?? '') && tokens[lead - 3]?.lower === 'and' && /^(toll|tally|count|figure)$/.test(tokens[previous.casualtyIndex]?.lower ?? '')
    && tokens[previous.casualtyIndex + 1]?.lower === 'at') return { ...previous, casualtyIndex: phrase.last };
  // ("18 people had died at the scene and three later in hospital": the rest, dead later, their verb left out)
  if (b1 === 'and' && previous.category === 'killed' && /^(later|subsequently|afterwards)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && /^(in|at|on)$/.test(tokens[phrase.last + 2]?.lower ?? '') && tokens.slice(phrase.last + 3).every((t, d, rest) => !AUXILIARIES.has(t.lower) || rest.slice(0, d).some((x) => x.kind === 'punct'))) {
    return { ...previous, side: 'after', casualtyIndex: phrase.last + 1 };
  }
  // ("Being struck by a moving vehicle killed seven, and livestock accounted for another five": the same harm, by another
  // cause, at the clause's end)
  const forAt = /^(another|further|more)$/.test(b1) ? (b2 === 'a' ? lead - 3 : lead - 2) : lead - 1;
  if (tokens[forAt]?.lower === 'for' && tokens[forAt - 1]?.lower === 'accounted' && tokens.slice(previous.casualtyIndex + 1, forAt - 1).some((t) => t.lower === 'and')
    && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct')) return { ...previous, side: 'before', casualtyIndex: forAt - 1 };
  // ("at least 19 of those deaths were homicides and 23 were suicides": the rest of the same deaths, by their kind)
  if (b1 === 'and' && previous.category === 'killed' && /^(were|are)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && DEATHS_BY_KIND.test(tokens[phrase.last + 2]?.lower ?? '') && DEATHS_BY_KIND.test(tokens[previous.casualtyIndex + 2]?.lower ?? '')) {
    return { ...previous, side: 'after', casualtyIndex: phrase.last + 2 };
  }
  // ("32 died from smoke and burns and 10 from jumping from the windows": the cause of the rest, their verb left out)
  // ("of whom 11 died in road traffic collisions and 6 from heat illness": or after how or where the first died)
  if (b1 === 'and' && tokens[phrase.last + 1]?.lower === 'from' && previous.side === 'after' && /^(died|perished)$/.test(tokens[previous.casualtyIndex]?.lower ?? '')
    && /^(from|of|in|after|during)$/.test(tokens[previous.casualtyIndex + 1]?.lower ?? '')
    // (never a count with a verb of its own: "and six from the village were arrested")
    && !tokens.slice(phrase.last + 2).some((t, d, rest) => /^(were|was|are|is|have|has|had)$/.test(t.lower) && !rest.slice(0, d).some((x) => x.kind === 'punct'))) return { ...previous, casualtyIndex: phrase.last + 1 };
  // ("10 injured people treated at the scene and two sent to a hospital": the hurt sent on, their auxiliary left out)
  if (b1 === 'and' && /^(sent|taken|rushed|airlifted|transported|transferred|evacuated)$/.test(tokens[phrase.last + 1]?.lower ?? '') && tokens[phrase.last + 2]?.lower === 'to'
    && toHospital(tokens, phrase.last + 3)) return { category: 'wounded', side: 'after', casualtyIndex: phrase.last + 1 };
  // ("26 people were taken to Highland Park Hospital and five to Evanston Hospital": the hurt taken to another)
  if (previous.category === 'wounded' && b1 === 'and' && tokens[phrase.last + 1]?.lower === 'to' && toHospital(tokens, phrase.last + 2)) return { category: 'wounded', side: 'after', casualtyIndex: phrase.last + 1 };
  // ("96 bodies have been found in the mall, with 30 found in one cinema and 37 in another": the dead found, where)
  if (previous.category === 'killed' && b1 === 'with' && b2 === ',' && /^(found|recovered|retrieved|pulled|discovered|identified)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && /^(in|at|on|inside|near|from|under)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return { category: 'killed', side: 'after', casualtyIndex: phrase.last + 1 };
  // ("2,000 bodies have been recovered, with an additional 900 in hospital morgues": where the dead lie)
  const inMorgue = morgueAfter(tokens, /^(others|more)$/.test(tokens[phrase.last + 1]?.lower ?? '') ? phrase.last + 2 : phrase.last + 1);
  if (inMorgue > 0 && previous.category === 'killed') return { category: 'killed', side: 'after', casualtyIndex: inMorgue };
  // ("323 of the pilgrims who died are from Egypt, while 144 are from Indonesia", "…, while 236 were Indonesians": the
  // same dead, where they came from)
  if (/^(while|whereas)$/.test(b1) && b2 === ',' && /^(are|were)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && (tokens[phrase.last + 2]?.lower === 'from' || (/^\p{Lu}\p{Ll}+s$/u.test(tokens[phrase.last + 2]?.text ?? '') && (!tokens[phrase.last + 3] || tokens[phrase.last + 3].kind === 'punct')))
    && previous.category === 'killed'
    // (a part of a larger count before it: never "Twelve people died, while 30 were from the village")
    && tokens.slice(0, phrase.first).some((t) => t.kind === 'digits' && Number(t.text.replace(/,/g, '')) > phrase.value)) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("The 2004 tsunami killed about 230,000 people in 14 countries; Aceh alone lost some 170,000": a place's share of the
  // dead, lost, with the count alone closing the clause)
  if (b1 === 'lost' && previous.category === 'killed' && (b2 === 'alone' || (/^\p{Lu}/u.test(tokens[lead - 2]?.text ?? '') && isPlaceName(tokens[lead - 2].text)))
    && (!tokens[phrase.last + 1] || /^[.;,]$/.test(tokens[phrase.last + 1].text))) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("Official figures gave the number of dead as 384, although other estimates range as high as 850": other estimates of
  // the same count, their noun left out)
  if (/^(range|ranges|ranged|ranging|go|goes|went|run|runs|ran)$/.test(b1) && /^estimates?$/.test(tokens[lead - 2]?.lower ?? '') && previous.casualtyIndex < lead - 2
    && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct')) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("Falls accounted for 18 of those deaths, and being struck by a vehicle for another seven": a share of the same
  // count, its verb left out and its "for" kept, closing the clause)
  {
    const forAt = b1 === 'another' ? lead - 2 : lead - 1;
    if (tokens[forAt]?.lower === 'for' && (!tokens[phrase.last + 1] || /^[.;]$/.test(tokens[phrase.last + 1].text))
      && tokens.slice(0, previous.casualtyIndex).some((t, k) => /^(accounted|account|accounts|accounting|responsible)$/.test(t.lower) && tokens[k + 1]?.lower === 'for')
      && tokens.slice(previous.casualtyIndex + 1, forAt).some((t) => t.text === ',' || t.lower === 'and')
      // (never a clause with a verb of its own: "and the rest were waiting for 7")
      && !tokens.slice(previous.casualtyIndex + 1, forAt).some((t) => AUXILIARIES.has(t.lower) && t.lower !== 'being')) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  }
  // ("Indonesia has so far reported the most deaths, 199, and India has reported 98": the same verb again, with a
  // bare count at the clause's end)
  if (/^(reported|recorded|confirmed|registered|counted)$/.test(b1) && /^(has|have|had|also)$/.test(b2)
    && (!tokens[phrase.last + 1] || /^[.;,]$/.test(tokens[phrase.last + 1].text))
    && tokens.slice(0, lead - 2).some((t) => t.lower === b1)) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("Ninety-four killings came from mental wellness checks, 121 from traffic stops, and 411 from other situations": the
  // verb left out of each later count, its preposition kept)
  const prep = tokens[phrase.last + 1]?.lower ?? '';
  // ("at least 12 people died due to the storm, 72 from landslides and flash floods, six from floodwaters": "due to"
  // and "from" give the same cause's place)
  const causeBefore = (t: Token, d: number, all: Token[]) => (t.lower === prep || (prep === 'from' && t.lower === 'due' && all[d + 1]?.lower === 'to')) && all.slice(0, d).every((x) => x.kind === 'word');
  if ((b1 === ',' || (b1 === 'and' && b2 === ',')) && previous.side === 'after' && previous.casualtyIndex < lead && /^(from|during|through)$/.test(prep)
    && tokens.slice(previous.casualtyIndex + 1, lead).some(causeBefore)) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("189 people were killed by floods and mudslides, 54 in house collapses and 39 in underground areas": a list of
  // causes after the verb's own, each count with its preposition, closed by "and" and another such count)
  if (b1 === ',' && previous.side === 'after' && /^(by|in|from|during|at|on)$/.test(tokens[previous.casualtyIndex + 1]?.lower ?? '') && /^(in|from|during|by|at|on)$/.test(prep)
    && tokens.slice(previous.casualtyIndex + 2, lead - 1).every((t) => t.kind === 'word')
    && tokens.some((t, k) => k > phrase.last + 2 && t.lower === 'and' && tokens[k + 1] !== undefined && isCountToken(tokens[k + 1]) && tokens[k + 2]?.lower === prep
      && tokens.slice(phrase.last + 2, k).every((x) => x.kind === 'word'))) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("reported 281 deaths among humanitarian personnel globally, surpassing last year's record of 280": the same measure
  // in another year)
  if (b1 === 'of' && /^(record|high|total|tally)$/.test(b2) && tokens.slice(Math.max(0, lead - 7), lead - 2).some((t) => /^(surpassing|surpassed|exceeding|exceeded|topping|topped|beating|breaking|eclipsing|above|than)$/.test(t.lower))
    && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct' || /^(in|set)$/.test(tokens[phrase.last + 1].lower))) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("is several hundred and may be close to 1,000", "several hundred dead, maybe we'll get close to a thousand",
  // "several hundred, perhaps we will come close to a thousand or even several thousand": a hedged higher reckoning of
  // the same toll, right after it)
  {
    const span = tokens.slice(Math.max(0, lead - 9), lead);
    const hedged = span.some((t) => /^(perhaps|maybe|possibly|may|might|could|even)$/.test(t.lower))
      && span.every((t) => t.kind === 'word' || t.text === ',' || /^['’]ll$/.test(t.text) || t.text === "'" || t.text === '’')
      && (/^(close|near|nearly|up|as)$/.test(tokens[lead]?.lower ?? '') || /^(to|reach|reaches|hit|top)$/.test(b1) || (b1 === 'even' && phrase.vague))
      && tokens.slice(Math.max(0, lead - 10), lead).some((t) => t.kind === 'digits' || isNumberWord(t.lower) || /^(hundreds|thousands|hundred|thousand)$/.test(t.lower));
    if (hedged && previous.category === 'killed' && (!tokens[phrase.last + 1] || /^([,.;"”]|or|and|deaths|dead)$/.test(tokens[phrase.last + 1].lower))) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  }
  // ("with 82 journalists killed specifically in Gaza alone, alongside three in Lebanon": more of the same elsewhere)
  if (/^(alongside|besides)$/.test(b1) && /^(in|on|at)$/.test(tokens[phrase.last + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[phrase.last + 2]?.text ?? '')
    && (!tokens[phrase.last + 3] || tokens[phrase.last + 3].kind === 'punct')) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("put the number of migrants missing … at 385 so far this year and 23,109 since they launched the project": the
  // same figure over another span of time)
  if (b1 === 'and') {
    let k = lead - 2;
    while (k > 0 && lead - k <= 6 && tokens[k].kind === 'word' && /^(so|far|this|last|year|month|week|in|during|until|till|to|date|now|alone)$/.test(tokens[k].lower)) k--;
    const spanAfter = /^(since|in|this|last|so|over|during|until)$/.test(tokens[phrase.last + 1]?.lower ?? '');
    if (k < lead - 2 && tokens[k]?.kind === 'digits' && tokens[k - 1]?.lower === 'at' && spanAfter && previous.casualtyIndex < k) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  }
  // ("43 victims have been positively identified and 39 have been tentatively identified": the same people, the same
  // participle again, each with its own adverb)
  if (b1 === 'and' && previous.side === 'after' && previous.casualtyIndex < lead && /^(have|has|had|were|was|are|is)$/.test(tokens[phrase.last + 1]?.lower ?? '')) {
    let v = phrase.last + 1;
    while (v <= phrase.last + 4 && (AUXILIARIES.has(tokens[v]?.lower ?? '') || /^(been|being|now|also|so|far|since|later)$/.test(tokens[v]?.lower ?? '') || (/ly$/.test(tokens[v]?.lower ?? '') && tags[v]?.has('Adverb')))) v++;
    const again = /ed$/.test(tokens[v]?.lower ?? '') && tokens.slice(previous.casualtyIndex + 1, lead).some((t) => t.lower === tokens[v].lower)
      && /^(victims|casualties|bodies|dead)$/.test(tokens[previous.casualtyIndex]?.lower ?? '');
    if (again) return { ...previous, side: 'after', casualtyIndex: phrase.last };
  }
  // ("Both officers suffered non-life-threatening injuries, as did three other bystanders": the same fate again)
  if (b1 === 'did' && b2 === 'as' && tokens[lead - 3]?.text === ',') return { ...previous, side: 'after', casualtyIndex: phrase.last };
  // ("16 deaths attributed to the Eaton fire and eight attributed to the Palisades fire": the same participle again)
  // ("47,000 overdose deaths involving opioids …, nearly 28,000 involving psychostimulants": or after a comma)
  // (over a part in brackets between: "(over 45,000 of which involved fentanyl), nearly 28,000 involving …")
  if ((b1 === 'and' || (b1 === ',' && /ing$/.test(tokens[next]?.lower ?? ''))) && previous.side === 'after' && /(ed|ing)$/.test(tokens[next]?.lower ?? '')) {
    if (b1 === 'and' && tokens[next].lower === tokens[previous.casualtyIndex + 1]?.lower) return { ...previous, side: 'after', casualtyIndex: phrase.last };
    const shared = tokens.findIndex((t, k) => k > 0 && k < lead && t.lower === tokens[next].lower && CASUALTY_AFTER[tokens[k - 1].lower] !== undefined);
    if (shared > 0) return { category: CASUALTY_AFTER[tokens[shared - 1].lower], side: 'after', casualtyIndex: phrase.last };
  }
  // ("more than 30,000 migrants have died or disappeared …, according to the IOM's Missing Migrants Project, which counts
  // 2,452 so far this year": the counter's own count of the same, in a relative clause on it)
  if (/^(counts|counted|records|recorded|registered|documented|logged)$/.test(b1) && (/^(which|who)$/.test(b2) || (/^(has|have|had)$/.test(b2) && /^(which|who)$/.test(tokens[lead - 3]?.lower ?? '')))
    && (!tokens[phrase.last + 1] || /^(so|this|since|in|last|for|[.;,])$/.test(tokens[phrase.last + 1].lower)) && previous.casualtyIndex < lead) {
    return { ...previous, side: 'after', casualtyIndex: phrase.last };
  }
  // ("a government tells you that 63 soldiers died, and its enemy says 400": another speaker's count of the same, its noun
  // left out, after a saying of its own that follows a saying before)
  // ('but the body of the article says "over 2,000"': the count in quotes, after a longer speaker)
  const quoted = /^["“]$/.test(b1) && /^["”]$/.test(tokens[phrase.last + 1]?.text ?? '') ? 1 : 0;
  if (/^(says|say|said|claims|claim|claimed|insists|insisted)$/.test(tokens[lead - 1 - quoted]?.lower ?? '') && (!tokens[phrase.last + 1 + quoted] || /^[,.;]$/.test(tokens[phrase.last + 1 + quoted].text))
    && previous.side === 'after' && previous.casualtyIndex < lead) {
    let k = lead - 2 - quoted;
    while (k > 0 && lead - quoted - k <= 7 && tokens[k].kind === 'word' && !/^(and|but|while|whereas)$/.test(tokens[k].lower)) k--;
    const joined = k > 0 && /^(and|but|while|whereas)$/.test(tokens[k].lower) && (tokens[k - 1]?.text === ',' || tokens[k].lower !== 'and') && k < lead - 2;
    if (joined && tokens.slice(0, previous.casualtyIndex).some((t) => SAY_VERBS.has(t.lower) || /^(tells|told)$/.test(t.lower))) {
      return { ...previous, side: 'after', casualtyIndex: phrase.last };
    }
  }
  // ("31 civilians had been killed in missile strikes and five more by Indian fire": more of the same, by another cause)
  const moreBy = b1 === 'and' && next === phrase.last + 2 && tokens[next]?.lower === 'by';
  // (how many words name the day after the count: "today", "this morning")
  const dayWords = /^(today|yesterday|tonight)$/.test(tokens[next]?.lower ?? '') ? 1
    : /^(this|last)$/.test(tokens[next]?.lower ?? '') && /^(morning|afternoon|evening|night)$/.test(tokens[next + 1]?.lower ?? '') ? 2 : 0;
  const compared = moreBy || b1 === 'than' || b1 === 'versus' || b1 === 'vs' || b1 === 'against'
    // ("Reuters is saying 12 dead, AP has 15": another giver's count of the same, after a comma, a name and its "has")
    || (anotherGiverAt(tokens, lead) > 0 && previous.casualtyIndex < lead - 3)
    || ((b1 === 'to' || b1 === 'with') && b2 === 'compared') || (b1 === 'from' && /^(up|down|rise|rose|fell|risen|reduced|revised|lowered|raised|increased|decreased|climbed|jumped|dropped)$/.test(b2))
    // ("The 10 fatalities were more startling, up 100 percent from 5 in 2022": by a share, then from the old end)
    || (b1 === 'from' && /^(percent|per|%)$/.test(b2) && /^(up|down)$/.test(tokens[lead - (b2 === 'per' ? 5 : 4)]?.lower ?? ''))
    // ("an estimated 2,125 pedestrians died …, a small decrease from 2,141 in the first half of 2013": a change named)
    || (b1 === 'from' && /^(decrease|increase|drop|rise|fall|decline|jump|reduction|dip|climb)$/.test(b2)
      && (/^(a|an)$/.test(tokens[lead - 3]?.lower ?? '') || (/^(a|an)$/.test(tokens[lead - 4]?.lower ?? '') && tokens[lead - 3]?.kind === 'word')))
    // ("reduced to fewer than 50, down from the nearly 200 last tallied")
    // ("5,190 fatal work injuries …, an increase from the 4,764 in 2020": a change named, from the old end)
    || (b1 === 'the' && b2 === 'from' && (/^(up|down)$/.test(tokens[lead - 3]?.lower ?? '')
      || (/^(increase|decrease|rise|drop|decline|fall|jump|reduction)$/.test(tokens[lead - 3]?.lower ?? '') && /^(a|an)$/.test(tokens[lead - 4]?.lower ?? ''))))
    // ("18 dead at the market, up from their earlier 12", "down from an initial 40": the old end, named as the giver's
    // earlier count)
    || (/^(earlier|initial|previous|first|original)$/.test(b1) && /^(the|their|its|his|her|an|a)$/.test(b2) && tokens[lead - 3]?.lower === 'from' && /^(up|down)$/.test(tokens[lead - 4]?.lower ?? ''))
    // ("rose 4 percent in 2015 to 937 from 899 in 2014": the old end after the new one)
    // ("fell to roughly 48,400 from more than 76,000": past the new end's own qualifier)
    || (b1 === 'from' && tokens[lead - 2] !== undefined && isCountToken(tokens[lead - 2]) && tokens[(qualifierBefore(tokens, lead - 2)?.first ?? lead - 2) - 1]?.lower === 'to')
    // ("bringing the toll to 62 from the 60 first announced": or the old end with its article)
    // ('revised down the death toll … to "about 253", from the 359 announced by police': past a comma and the new end's
    // quotes)
    || (b1 === 'the' && b2 === 'from' && (() => {
      let k = tokens[lead - 3]?.text === ',' ? lead - 4 : lead - 3;
      if (/^[”"’']$/.test(tokens[k]?.text ?? '')) k--;
      if (tokens[k] === undefined || !isCountToken(tokens[k])) return false;
      let to = (qualifierBefore(tokens, k)?.first ?? k) - 1;
      if (/^[“"‘']$/.test(tokens[to]?.text ?? '')) to--;
      return tokens[to]?.lower === 'to' && changeBefore(tokens, k);
    })())
    // ("fell to 1,720 last year from 2,004 in 2022": or with the new end's time between)
    || (b1 === 'from' && (() => {
      let k = lead - 2;
      while (k > lead - 5 && tokens[k] && (/^(last|this|year|month|week|in|the|previous)$/.test(tokens[k].lower) || isYearToken(tokens[k]))) k--;
      // ("fell to at least 1,720 last year from 2,004": past the new end's own bound)
      return k < lead - 2 && tokens[k] !== undefined && isCountToken(tokens[k]) && tokens[(qualifierBefore(tokens, k)?.first ?? k) - 1]?.lower === 'to';
    })())
    // ("died …, down 21% from the 92,000 in the previous 12-month period": by a share first)
    || (b1 === 'the' && b2 === 'from' && /^(percent|%)$/.test(tokens[lead - 3]?.lower ?? '') && /^(up|down)$/.test(tokens[lead - 5]?.lower ?? ''))
    // ("revised the number of victims to 14, from 13": the old end after a comma)
    || (b1 === 'from' && b2 === ',' && changeBefore(tokens, lead - 2))
    // ("lowered the death toll from a fire that tore through a crowded wedding hall in Hamdaniya to 107, from 114": or
    // the new end right before, its change however far back)
    || (b1 === 'from' && b2 === ',' && tokens[lead - 3] !== undefined && isCountToken(tokens[lead - 3]) && tokens[lead - 4]?.lower === 'to' && tokens.slice(0, lead - 4).some((t) => isChangeWord(t.lower)))
    // ("Estimates of the dead ranged from 200, according to the government, to 2,000, according to opposition groups": the
    // span's other end, after an aside on the first)
    || (b1 === 'to' && b2 === ',' && tokens.some((t, k) => k < lead - 2 && lead - k <= 14 && t.lower === 'from' && isCountToken(tokens[(qualifierAt(tokens, k + 1)?.last ?? k) + 1])
      && /^(ranged|ranging|ranges|range|varied|varies|vary|varying)$/.test(tokens[k - 1]?.lower ?? '')))
    // ("400 migrant deaths in a capsize on 14th April, with 50 more on 17th April")
    || (b1 === 'with' && tokens[phrase.last + 1]?.lower === 'more' && /^(in|on|at|near)$/.test(tokens[next]?.lower ?? ''))
    // ("fell to about 80,000 last year, down from a peak of 111,000": the old end, named as a peak)
    || (b1 === 'of' && /^(peak|high|record|low|total|figure)$/.test(b2) && /^(a|the)$/.test(tokens[lead - 3]?.lower ?? '') && tokens[lead - 4]?.lower === 'from' && /^(up|down)$/.test(tokens[lead - 5]?.lower ?? ''))
    // ("stands at 42 — down significantly from hundreds on the list")
    || (b1 === 'from' && /ly$/.test(b2) && /^(up|down)$/.test(tokens[lead - 3]?.lower ?? ''))
    || (PERIOD_NOUNS.test(b1) && /^(next|following|previous|same)$/.test(b2))
    // ("In 1965 an eruption of Taal killed about 200 people, and in 1911 more than 1,300": another year, named as the
    // first was)
    || (tokens[lead - 1] !== undefined && isYearToken(tokens[lead - 1]) && b2 === 'in' && /^(and|,)$/.test(tokens[lead - 3]?.lower ?? '')
      && tokens.slice(0, lead - 3).some((t, k) => isYearToken(t) && tokens[k - 1]?.lower === 'in'))
    // "rose to 385 on 16 March and then to 387"
    // ("fell to 66 by early September, then to two, and finally to one in December": or at last)
    // ("put the number of Afghan dead at 60, then at more than 90": or put at)
    || (/^(to|at)$/.test(b1) && LATER_STEP.test(b2))
    // ('first to three dead and then, after our reporting, to "four persons"': past an aside between commas, and a quote)
    || thenPastAside(tokens, lead)
    // ("revised down to 253 people from the previous estimate of 359", "to 253, from the previous figure of 359":
    // the old end of a revision)
    || (b1 === 'of' && REVISED_FROM.test(tokens.slice(Math.max(0, lead - 6), lead - 1).map((t) => t.lower).join(' ')))
    // ("the total death toll was 290 and not 359": the figure it is not)
    // (never what a thing before was not: "carried out by a single bomber, not two as first reported")
    || (b1 === 'not' && /^(and|,|but)$/.test(b2) && (isCountToken(tokens[lead - 3]) || previous.casualtyIndex >= lead - 8 || tokens[lead - 3]?.text === '+'))
    // ("quake kills 62 not 162, agency clarifies": or right after the figure)
    || (b1 === 'not' && tokens[lead - 2] !== undefined && isCountToken(tokens[lead - 2]))
    // ("up to 3,072 migrants died in 2014, compared with an estimate of 700 in 2013": the estimate compared with)
    || (b1 === 'of' && /^(estimate|figure|total|toll)$/.test(b2) && /^(an|a|the)$/.test(tokens[lead - 3]?.lower ?? '') && /^(with|to)$/.test(tokens[lead - 4]?.lower ?? '') && tokens[lead - 5]?.lower === 'compared')
    // ("aggregate loss was 11,220 instead of 10,050": the figure it replaces)
    || (b1 === 'of' && b2 === 'instead')
    // ("still missing, lower than the 20,000 a different spokesperson gave")
    || (b1 === 'the' && b2 === 'than')
    // ("the death toll stood at eight in Florida and six in Virginia, for a total of 14")
    || (b1 === 'of' && b2 === 'total' && /^(a|the)$/.test(tokens[lead - 3]?.lower ?? ''))
    // ("20 people were injured on Sunday, followed by 39 on Monday")
    || (b1 === 'by' && b2 === 'followed' && /^(in|on|at|near)$/.test(tokens[next]?.lower ?? ''))
    // ("The last precise death toll published by the UN was 191,369 in August 2014, followed by an estimate of more than
    // 250,000 in August 2015": a later estimate of the same)
    || (b1 === 'of' && /^(estimate|figure|count|tally)$/.test(b2) && /^(an|a)$/.test(tokens[lead - 3]?.lower ?? '') && tokens[lead - 4]?.lower === 'by' && tokens[lead - 5]?.lower === 'followed'
      && /^(in|on|by)$/.test(tokens[next]?.lower ?? ''))
    // "killed one in Kyiv and two in Odesa", "16 deaths: seven in Florida, five in Virginia": a place or time given to each
    // ("executed five men from a nearby taxicab and 19 others inside four nearby homes": or inside a place)
    || (b1 === 'and' && /^(in|on|at|near|inside)$/.test(tokens[next]?.lower ?? ''))
    // ("31 road deaths in the county last year and 26 the year before": a period of its own, before or after the
    // first's)
    || (b1 === 'and' && /^(the|a)$/.test(tokens[next]?.lower ?? '') && PERIOD_NOUNS.test(tokens[next + 1]?.lower ?? '') && /^(before|earlier|after|later)$/.test(tokens[next + 2]?.lower ?? ''))
    // ("put the number of dead at 2,053 — a figure the government later revised down to 1,480": the figure before,
    // revised by another, in apposition)
    || (b1 === 'to' && (REVISED.test(b2) || (/^(down|up|downward|upward|downwards|upwards)$/.test(b2) && REVISED.test(tokens[lead - 3]?.lower ?? '')))
      && tokens.slice(Math.max(0, lead - 9), lead).some((t, d, all) => /^(figure|toll|number|count|estimate|tally)$/.test(t.lower) && /^(a|an|the)$/.test(all[d - 1]?.lower ?? '')
        && /^[,—–]$/.test(all[d - 2]?.text ?? '')))
    // ("23 children died on Thursday and 11 today": a day of its own, after a day given to the first)
    // ("We buried four yesterday and two this morning": or a part of today)
    || (b1 === 'and' && dayWords > 0 && (!tokens[next + dayWords] || tokens[next + dayWords].kind === 'punct')
      && tokens.slice(0, lead).some((t) => WEEKDAY.test(t.lower) || /^(yesterday|today)$/.test(t.lower)))
    // ("24 bodies have been recovered on the summit and another 12 in areas near it")
    || (b1 === 'another' && b2 === 'and' && /^(in|on|at|near)$/.test(tokens[next]?.lower ?? ''))
    // ("12 people were missing from the Eaton Fire zone, with another four from the Palisades Fire")
    || (b1 === 'another' && b2 === 'with' && /^(in|at|near|from)$/.test(tokens[next]?.lower ?? ''))
    // ("10,545 casualties, with another 11,396 recorded in other parts of Ukraine": recorded somewhere else)
    || (b1 === 'another' && b2 === 'with' && /^(recorded|reported|registered|documented|counted|confirmed)$/.test(tokens[next]?.lower ?? '') && /^(in|at|across|near)$/.test(tokens[next + 1]?.lower ?? ''))
    // ("another 41 people died on Thursday, one on Wednesday, and six on Tuesday": a day given to each)
    || (b1 === ',' && tokens[phrase.last + 1]?.lower === 'on' && WEEKDAY.test(tokens[phrase.last + 2]?.lower ?? ''))
    // ("1,250 police killings in 2022, 1,178 in 2021 and 1,251 in 2020": a year given to each)
    // ("110 in 2016-17, 92 in 2015-16 and 148 in 2014-15": or a season's span of years)
    || (b1 === ',' && tokens[phrase.last + 1]?.lower === 'in' && tokens[phrase.last + 2] !== undefined && isYearToken(tokens[phrase.last + 2]) && yearBefore(tokens, lead - 1))
    // (after a comma or colon only a named place: "two in critical condition" is a part of the wounded)
    || ((b1 === ',' || b1 === ':' || /^(-|--|—|–)$/.test(b1)) && /^(in|at|near)$/.test(tokens[next]?.lower ?? '') && /^(\p{Lu}|the$)/u.test(tokens[next + 1]?.text ?? ''))
    // ("a total of 34 dead, 14 in twin bomb blasts … and 20 more in a bomb attack": or the event each died in)
    || (b1 === ',' && tokens[next]?.lower === 'in' && tokens.slice(next + 1, next + 5).some((t) => EVENT_NOUNS.has(t.lower)) && tokens.slice(next + 1, next + 5).every((t) => t.kind === 'word'));
  if (!compared) return null;
  // the number stands alone: the sentence ends, or a time or place phrase follows, never a noun of its own
  const n = tokens[next];
  // ("not 359 as being reported by the media")
  // ("the new death toll of 253, down from 359 announced on Wednesday": who gave the old end, and when)
  // ("up from 210 it reported on Saturday": the same giver, named by a pronoun)
  // ("to 62 from the 60 first announced by the ministry": or when it was given)
  const giver = n && /^(it|they|first|initially|previously|originally)$/.test(n.lower) && /^(announced|reported|gave|given|recorded|released|published|stated|cited)$/.test(tokens[next + 1]?.lower ?? '') ? next + 1 : next;
  const given = n && (giver > next || /^(announced|reported|given|recorded|released|published|stated|cited)$/.test(n.lower))
    // ("down from 60 reported Monday": or a bare day)
    // ("to 107, from 114 given a day earlier": or how long before)
    && (!tokens[giver + 1] || tokens[giver + 1].kind === 'punct' || /^(on|by|earlier|last|yesterday|previously|initially)$/.test(tokens[giver + 1].lower) || WEEKDAY.test(tokens[giver + 1].lower)
      || timeEarlierAt(tokens, giver + 1)
      || (b1 === 'another' && /^(in|at|across|near)$/.test(tokens[giver + 1].lower)));
  // ("up from 6 this morning")
  const alone = !n || n.kind === 'punct' || given || /^(in|on|a|the|last|earlier|before|during|over|at|near|inside|today|yesterday|tonight|this)$/.test(n.lower) || (b1 === 'not' && n.lower === 'as')
    // ("the final death toll was 58 foreigners, rather than 60 as reported Monday": the figure replaced, as it was given)
    || (b1 === 'than' && b2 === 'rather' && n.lower === 'as' && /^(reported|announced|stated|given|first|initially|earlier|previously|said)$/.test(tokens[next + 1]?.lower ?? '')) || (b1 === 'another' && n.lower === 'from') || (b1 === 'the' && b2 === 'than' && n.lower === 'an')
    || moreBy;
  if (!alone || (n && giver === next && tags[next].has('Noun') && !tags[next].has('Date'))) return null;
  // "12 were killed and 3 in hospital": in hospital is wounded
  // (but "8 people died at the National Trauma Centre, 3 at Everest Hospital": where each died, as the first did)
  // ("88 bodies were lying at a trauma centre, 27 at Etah Hospital": or a few words on, after the verb)
  const placedAsBefore = previous.side === 'after' && previous.casualtyIndex < lead
    && tokens.slice(previous.casualtyIndex + 1, Math.min(lead, previous.casualtyIndex + 7)).some((t) => t.lower === tokens[next]?.lower);
  // ("left one worker dead and two others in hospital": past "others")
  if (inHospital(tokens, next) && !placedAsBefore) return { category: 'wounded', side: 'after', casualtyIndex: hospitalAfter(tokens, next) };
  return { ...previous, side: 'after', casualtyIndex: phrase.last };
}

/**
 * "At least 12 service members were killed, 11 Marines and one Navy medic": counts of people right after
 * the casualty verb and its comma break the figure down.
 */
function breakdownAfterVerb(tokens: Token[], tags: Tags[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const comma = countStart(tokens, phrase) - 1;
  // ("have now been confirmed killed - five locals, four Chinese mainland nationals and a woman": or a spaced dash)
  const dash = /^(-|–|—)$/.test(tokens[comma]?.text ?? '') && tokens[comma].start > (tokens[comma - 1]?.end ?? 0) && tokens[comma].end < (tokens[comma + 1]?.start ?? Infinity);
  if (!previous || previous.side !== 'after' || (tokens[comma]?.text !== ',' && !dash) || comma - 1 !== previous.casualtyIndex) return null;
  let k = phrase.last + 1;
  while (k < tokens.length && k - phrase.last <= 3 && tokens[k].kind === 'word' && !isPersonWord(tokens[k].lower) && !isVerbOnly(tags[k])) k++;
  if (!isPersonWord(tokens[k]?.lower ?? '')) return null;
  // (the verb now stands before the count, as "killed" before "23 men, 23 women")
  return !tokens[k + 1] || /^(,|\.|and|;)$/.test(tokens[k + 1].lower) ? { ...previous, side: 'before' } : null;
}

/**
 * "Punjab reported 304 deaths, Sindh 80, Balochistan 30 … and Islamabad nine": a place and a bare
 * count, listed after a figure, count what it counts.
 */
/**
 * "provisional casualty data for each country: Germany: 72, Spain: 35, UK: 1", "The dead by country: Germany 72, Spain
 * 35": counts listed by name after a colon that closes the words of a harm.
 */
function listedByName(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  if (phrase.first !== phrase.last || (tokens[phrase.last + 1] && !/^[,.;]$/.test(tokens[phrase.last + 1].text))) return null;
  let k = countStart(tokens, phrase) - 1;
  for (let items = 0; items < 40 && k > 0; items++) {
    if (tokens[k]?.text === ':') k--;
    const nameEnd = k;
    while (k >= 0 && nameEnd - k < 3 && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text)) k--;
    if (k === nameEnd) return null;
    if (tokens[k]?.text === ':') {
      for (let j = k - 1; j >= 0 && k - j <= 8 && tokens[j].kind === 'word'; j--) {
        const w = tokens[j].lower;
        const harm = w === 'casualty' ? 'casualties' : /^(deaths|dead|killed|casualties|fatalities|injured|wounded|missing|victims)$/.test(w) ? CASUALTY_AFTER[w] : undefined;
        if (harm) return { category: harm, casualtyIndex: j, side: 'before' };
      }
      return null;
    }
    if (tokens[k]?.text !== ',' || !isCountToken(tokens[k - 1])) return null;
    k -= 2;
  }
  return null;
}

/** "in government-controlled areas", "in the northwest": a region named by its kind or its side, from `at` (after "in"). */
function regionAfterIn(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 4 && tokens[k]?.kind === 'word'; k++) {
    if (/^(areas|regions|provinces|districts|parts|zones|territories|territory|north|south|east|west|northwest|northeast|southwest|southeast|north-west|north-east|south-west|south-east)$/.test(tokens[k].lower)) {
      return !tokens[k + 1] || tokens[k + 1].kind === 'punct' || /^(and|of)$/.test(tokens[k + 1].lower);
    }
    if (tokens[k].lower === 'and') return false;
  }
  return false;
}

function placeCount(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, figureEnds: { last: number; category: Category }[]): CasualtyLink | null {
  if (!previous) return null;
  const next = tokens[phrase.last + 1];
  // ("Burnet County five (with one missing), Williamson County three": an aside of its own after an item)
  const aside = (open: number) => tokens[open]?.text === '(' && /^(with|including|plus)$/.test(tokens[open + 1]?.lower ?? '');
  // ("28 deaths (Sindh 12, Balochistan 9, KP 7)": or the last of a list in brackets)
  if (next && !/^(,|\.|;|and|\))$/.test(next.lower) && !aside(phrase.last + 1)) return null;
  let k = countStart(tokens, phrase) - 1;
  const name = k;
  while (k > name - 6 && (/^\p{Lu}/u.test(tokens[k]?.text ?? '') || (tokens[k]?.lower === 'and' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')))) k--;
  if (k === name || !/^\p{Lu}/u.test(tokens[k + 1].text)) return null;
  // (the first of such a list, right after the count and its noun the brackets break down, the list going on after it)
  if (tokens[k]?.text === '(' && (BRACKETED_NOUNS.test(tokens[k - 1]?.lower ?? '') || isPersonWord(tokens[k - 1]?.lower ?? '')) && isCountToken(tokens[k - 2]) && next?.text === ',' && figureEnds.some((f) => f.last === k - 2 || f.last === k - 1)) return previous;
  if (tokens[k]?.lower === 'and' && tokens[k - 1]?.text === ',') k--;
  if (!/^(,|and)$/.test(tokens[k]?.lower ?? '')) return null;
  let itemAt = k - 1;
  if (tokens[itemAt]?.text === ')') {
    let open = itemAt - 1;
    while (open > itemAt - 8 && open > 0 && tokens[open].text !== '(') open--;
    if (aside(open)) itemAt = open - 1;
  }
  const item = tokens[itemAt];
  if (!item || !(item.kind === 'digits' || isNumberWord(item.lower) || casualtyAt(tokens, itemAt, CASUALTY_AFTER))) return null;
  // (past an aside, the list's own kind, not the aside's)
  const listed = itemAt < k - 1 ? figureEnds.find((f) => f.last === itemAt) : undefined;
  if (itemAt < k - 1 && !listed) return null;
  return listed ? { category: listed.category, casualtyIndex: phrase.last, side: 'after' } : previous;
}

/** Plural casualty nouns a bracketed count may follow, or head the list of places such counts follow. */
const BRACKETED_NOUNS = /^(toll|deaths|fatalities|casualties|dead|injured|wounded|injuries|missing|victims|homicides|murders|killings)$/;

/**
 * "the highest death toll (1,293), followed by Taroudant (452)", "most fatalities occurred in the regions of Al
 * Haouz (394), Taroudant (271) and Chichaoua (91)", "the highest number of fatalities, 42, followed by Yancey, 12":
 * a bare count in brackets or between commas right after a casualty noun, or after a place named in a list of
 * such counts.
 */
function countInBrackets(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  // ("followed by Spain (~6,743)": an approximate count's tilde inside the brackets)
  // ("gunshot (56% or 336,575)": or after its share)
  const share = tokens[phrase.first - 1]?.lower === 'or' && tokens[phrase.first - 2]?.text === '%' && tokens[phrase.first - 3]?.kind === 'digits' && tokens[phrase.first - 4]?.text === '(';
  // ("the most fatalities, with at least 388, followed by": before the count's bound, as before a bare count)
  const start = countStart(tokens, phrase);
  const open = share ? phrase.first - 4 : tokens[phrase.first - 1]?.text === '~' ? phrase.first - 2 : start - 1;
  const close = tokens[phrase.last + 1];
  const bracketed = tokens[open]?.text === '(' && close?.text === ')';
  const commas = tokens[open]?.text === ',' && (!close || /^(,|\.|;|respectively)$/.test(close.lower));
  // ("Italy had the highest number of heat-related deaths, with 18,010, followed by Spain": a ranking's count after
  // its noun and ", with")
  const ranked = tokens[open]?.lower === 'with' && tokens[open - 1]?.text === ',' && (!close || /^(,|\.|;)$/.test(close.text))
    && tokens.slice(Math.max(0, open - 10), open - 1).some((t) => /^(highest|most|largest|greatest|worst)$/.test(t.lower));
  if (ranked && phrase.first === phrase.last) {
    // ("Myanmar recorded the highest number of casualties for the third year running, with 1,003": the ranked noun, past
    // when it held)
    const rank = tokens.findIndex((t, k) => k >= open - 10 && k < open - 1 && /^(highest|most|largest|greatest|worst)$/.test(t.lower));
    const nounAt = [open - 2, ...Array.from({ length: open - 3 - rank }, (_, d) => rank + 1 + d)].find((k) => k > rank && (TOLL_NOUNS[tokens[k]?.lower ?? ''] !== undefined || BRACKETED_NOUNS.test(tokens[k]?.lower ?? ''))
      && tokens.slice(k + 1, open - 1).every((t) => t.kind === 'word' || t.kind === 'digits')) ?? -1;
    const category = nounAt < 0 ? undefined : TOLL_NOUNS[tokens[nounAt].lower] ?? casualtyAt(tokens, nounAt, CASUALTY_AFTER)?.category;
    if (category) return { category, casualtyIndex: nounAt, side: 'before' };
  }
  // ("Rivers and creeks were the leading location, with 71 deaths, followed by beaches with 57": the next of a ranking,
  // its count after "with" as the one before had)
  if (previous && tokens[open]?.lower === 'with' && phrase.first === phrase.last && (!close || /^(,|\.|;)$/.test(close.text))) {
    let f = open - 1;
    while (f > open - 6 && tokens[f]?.kind === 'word' && tokens[f].lower !== 'by') f--;
    if (f < open - 1 && tokens[f]?.lower === 'by' && tokens[f - 1]?.lower === 'followed' && tokens[f - 2]?.text === ',' && f - 2 > lastFigureEnd && f - 2 - lastFigureEnd <= 2) return previous;
  }
  if (!(bracketed || commas) || phrase.first !== phrase.last || isYearToken(tokens[phrase.first])) return null;
  // ("The victims, about 30, were killed on Sunday": a fate of their own after the closing comma)
  if (commas && close?.text === ',' && tokens[open - 1]?.lower === 'victims' && AUXILIARIES.has(tokens[phrase.last + 2]?.lower ?? '') && casualtyAt(tokens, phrase.last + 3, CASUALTY_AFTER)) return null;
  const noun = (k: number): CasualtyLink | null => {
    if (!BRACKETED_NOUNS.test(tokens[k]?.lower ?? '')) return null;
    const category = TOLL_NOUNS[tokens[k].lower] ?? casualtyAt(tokens, k, CASUALTY_AFTER)?.category;
    return category ? { category, casualtyIndex: k, side: 'before' } : null;
  };
  const own = noun(open - 1);
  if (own) return own;
  let name = open - 1;
  while (name > open - 5 && /^\p{Lu}/u.test(tokens[name]?.text ?? '') && tokens[name].kind === 'word') name--;
  if (name === open - 1) return bracketed ? kindsInBrackets(tokens, open, previous, lastFigureEnd) : null;
  // (the list goes on from a count that was itself a figure: ", Taroudant (271)", "and Chichaoua (91)", ", followed
  // by Taroudant (452)", ", and Henderson, 7")
  // (the figure before must be such a count itself: never "two females, T.M. (24)", ages after the people counted)
  // ("Rome (835 deaths), Athens (630)": the first count with its noun in the brackets; "causing 4,597 deaths,
  // followed by Spain (2,841)": a figure with its noun, then "followed by")
  // ("… and the United Kingdom (1,147)": a name with its article)
  let followed = false;
  for (let k = name; previous && k > name - 6; k--) {
    // ("the most deaths at about 19,038, followed by Spain (~6,743)": right after a figure, "followed by")
    if ((k === lastFigureEnd && tokens[k].kind === 'digits' && (tokens[k - 1]?.text === ',' || followed))
      // ("Balochistan (at least 37), Khyber Pakhtunkhwa (29)": the figure before with its bound inside the brackets)
      || (k === lastFigureEnd + 1 && tokens[k].text === ')' && [2, 3, 4].some((d) => tokens[k - d]?.text === '(' && tokens.slice(k - d + 1, k).every((x) => x.kind !== 'punct' || x.text === '~')))
      || (k === lastFigureEnd + 2 && tokens[k].text === ')' && tokens[k - 3]?.text === '(' && casualtyAt(tokens, k - 1, CASUALTY_AFTER))
      || (k === lastFigureEnd + 1 && followed && casualtyAt(tokens, k, CASUALTY_AFTER))) return previous;
    // ("six deaths each followed by Mexico (5)": the share each had, before "followed")
    if (!/^(,|and|followed|by|then|the|each)$/.test(tokens[k]?.lower ?? '')) break;
    followed ||= tokens[k].lower === 'followed';
  }
  // (the list's first place, after where the casualties were: "fatalities occurred in the regions of"; never ages
  // after names, "the deceased, identified as N.K. (17)")
  if (!bracketed) return null;
  // (the list's first name right after the tolls it gives or a toll told apart by country: "the highest confirmed
  // death tolls were Sweden (59), Britain (34)", "Deaths by nationality: Sweden (59)"; never the victims or the dead
  // named with their ages, "The victims were John Smith (45)")
  if (/^(were|are)$/.test(tokens[name]?.lower ?? '') && tokens[name - 1]?.lower === 'tolls') return { category: 'killed', casualtyIndex: name - 1, side: 'before' };
  if (tokens[name]?.text === ':' && tokens[name - 2]?.lower === 'by' && /^(country|nationality|province|region|state)$/.test(tokens[name - 1].lower)) {
    const toll = noun(name - 3);
    if (toll) return toll;
  }
  let inPlaces = false;
  for (let f = name; f >= Math.max(0, name - 8) && tokens[f].kind === 'word'; f--) {
    if (/^(in|from|regions?|provinces?|districts?|areas?|cities|towns|villages|states|governorates|prefectures|oblasts?|counties)$/.test(tokens[f].lower)) inPlaces = true;
    const link = noun(f);
    if (link) return inPlaces ? link : null;
  }
  return null;
}

/**
 * "around 90,632 people were killed due to lightning strikes, followed by floods and rain (77,724), heatwaves
 * (34,925), …": kinds of cause in lower case, each with its count in brackets, after a figure and "followed by".
 */
function kindsInBrackets(tokens: Token[], open: number, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  // ("The causes of violent deaths were gunshot (56% or 336,575), car bomb (13% or 78,133)": the first kind, of one
  // word, right after the deaths it tells apart and their copula)
  // (never people with their ages: "the deaths were men (12)")
  if (!previous && /^(were|are)$/.test(tokens[open - 2]?.lower ?? '') && /^(deaths|fatalities|casualties)$/.test(tokens[open - 3]?.lower ?? '') && tokens[open - 1]?.kind === 'word'
    && !isPersonWord(tokens[open - 1].lower)) {
    return { category: casualtyAt(tokens, open - 3, CASUALTY_AFTER)?.category ?? 'killed', casualtyIndex: open - 3, side: 'before' };
  }
  if (!previous) return null;
  let k = open - 1;
  while (k > open - 5 && tokens[k]?.kind === 'word' && !/^(by|followed)$/.test(tokens[k].lower)) k--;
  if (k === open - 1) return null;
  // (the next item: ", heatwaves (34,925)" right after the bracket of the one before)
  if (tokens[k]?.text === ',' && tokens[k - 1]?.text === ')' && k - 2 === lastFigureEnd) return previous;
  // (or past an item with a share alone: "…(13% or 78,133), other explosion/ordnance (14%), air strike (13% or …")
  if (tokens[k]?.text === ',' && tokens[k - 1]?.text === ')' && tokens[k - 2]?.text === '%' && tokens[k - 4]?.text === '(') {
    let j = k - 5;
    while (j > k - 10 && (tokens[j]?.kind === 'word' || tokens[j]?.text === '/')) j--;
    if (tokens[j]?.text === ',' && tokens[j - 1]?.text === ')' && j - 2 === lastFigureEnd) return previous;
  }
  // (the last: "and cold waves (940)")
  if (tokens[k]?.text === ')' && k - 1 === lastFigureEnd && tokens[k + 1]?.lower === 'and') return previous;
  // (the first: "followed by", with no other count since the figure)
  if (tokens[k]?.lower === 'by' && tokens[k - 1]?.lower === 'followed' && tokens[k - 2]?.text === ','
    && lastFigureEnd < k && !tokens.slice(lastFigureEnd + 1, k).some((t) => t.kind === 'digits' || isNumberWord(t.lower))) return previous;
  return null;
}

/**
 * "recording 42 deaths, followed by Yancey and Henderson at 11 and 7, respectively", "1,293 people died, followed by
 * Taroudant with 452": the places after a figure, with their counts, count what it counts.
 */
function followedByAt(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  if (!previous) return null;
  // ("followed by Spain with just over 11,000": before the count's qualifier)
  let k = countStart(tokens, phrase) - 1;
  // ("at 11 and 7": the second count of the pair)
  const pair = tokens[k]?.lower === 'and' && k - 1 === lastFigureEnd && tokens[k - 2]?.lower === 'at';
  if (pair) k -= 2;
  // ("where 1,293 people died, followed by Taroudant with 452": or "with", the count alone)
  // (or the list goes on: "with 3,955 and Guinea with 2,536")
  // ("with 45 deaths, followed by agriculture with 27 and transport with 19": or of sectors, in lower case)
  const item = (t: Token | undefined) => t !== undefined && t.kind === 'word' && (/^\p{Lu}/u.test(t.text)
    || (/^\p{Ll}+$/u.test(t.text) && !/^(the|a|an|of|in|on|at|to|for|from|by|with|and|or|but|who|which|that|were|was|is|are|had|has|have|been)$/.test(t.lower) && !CASUALTY_AFTER[t.lower]));
  const nextItem = (j: number) => /^(and|,)$/.test(tokens[j]?.lower ?? '') && item(tokens[j + 1]);
  const withCount = !pair && tokens[k]?.lower === 'with' && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct' || nextItem(phrase.last + 1));
  if (tokens[k]?.lower !== 'at' && !withCount) return null;
  let name = k - 1;
  let chained = false;
  for (let hops = 0; ; hops++) {
    const top = name;
    while (name > 0 && top - name < 7 && (item(tokens[name]) || tokens[name].lower === 'and' || tokens[name].text === ',')) name--;
    // ("followed by Sierra Leone with 3,955 and Guinea with 2,536": over the list's earlier place and its count)
    // ("followed by Spain with just over 11,000 and Germany with around 8,000": past the earlier count's qualifier)
    let w = name - 1;
    while (w > name - 4 && /^(just|over|around|about|nearly|almost|more|than|some|roughly|approximately|least|at)$/.test(tokens[w]?.lower ?? '')) w--;
    if (withCount && hops < 4 && name < top && tokens[name]?.kind === 'digits' && tokens[w]?.lower === 'with') { chained = true; name = w - 1; continue; }
    break;
  }
  // (soon after the figure: "42 deaths, followed by", "60 deaths in the capital, followed by")
  const soonAfter = (end: number) => name - 2 > end - 1 && name - 2 - end <= 6 && tokens.slice(end + 1, name - 2).every((t) => t.kind === 'word');
  const afterFigure = pair || (chained ? tokens.slice(Math.max(0, name - 9), name - 2).some((t, d) => t.kind === 'digits' && soonAfter(Math.max(0, name - 9) + d)) : soonAfter(lastFigureEnd));
  return name < k - 1 && tokens[name]?.lower === 'by' && tokens[name - 1]?.lower === 'followed' && afterFigure ? previous : null;
}

/**
 * "The total death toll is estimated to be over 240, with some reports suggesting up to 300": another estimate of
 * the figure before, right after it, counts what it counts.
 */
function otherEstimate(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null, lastFigureEnd: number): CasualtyLink | null {
  if (!previous || lastFigureEnd < 0) return null;
  // (the count alone: never "with witnesses saying 20 soldiers were arrested")
  if (tokens[phrase.last + 1] && tokens[phrase.last + 1].kind !== 'punct') return null;
  let k = countStart(tokens, phrase) - 1;
  if (!/^(suggesting|saying|putting|estimating|claiming|reporting)$/.test(tokens[k]?.lower ?? '')) return null;
  k--;
  if (!/^(reports|sources|estimates|others|officials|media|monitors|accounts|witnesses|residents|activists)$/.test(tokens[k]?.lower ?? '')) return null;
  k--;
  while (k > lastFigureEnd && /^(some|other|local|unofficial|unconfirmed|independent)$/.test(tokens[k].lower)) k--;
  return tokens[k]?.lower === 'with' && tokens[k - 1]?.text === ',' && k - 1 === lastFigureEnd + 1 ? previous : null;
}

/**
 * "75 dead (estimates range from 59 to 75)", "…, though estimates vary between 59 and 75": the span others give of the
 * count the sentence named before, its noun left out.
 */
function estimatesRange(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous || phrase.high === undefined) return null;
  const at = countStart(tokens, phrase) - 1;
  const verb = /^(from|between)$/.test(tokens[at]?.lower ?? '') ? at - 1 : at;
  if (!/^(range|ranged|ranging|vary|varied|varying)$/.test(tokens[verb]?.lower ?? '')) return null;
  if (!/^(estimates|figures|counts|accounts|tallies)$/.test(tokens[verb - 1]?.lower ?? '')) return null;
  return !tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct' ? previous : null;
}

/**
 * "… killing at least 22 people, …, though the government put the number at seven": another's count of the same, a
 * bare number put at it, after a figure.
 */
function numberPutAt(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const at = countStart(tokens, phrase) - 1;
  if (!previous) return null;
  // ("claimed 316,000 deaths, a number that a study for USAID put closer to between 46,000 and 85,000": the figure put
  // is the relative clause's object, named before its "that")
  const put = relativePutAt(tokens, at);
  if (put > 0) return !tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct' || /^(and|while|but)$/.test(tokens[phrase.last + 1].lower) ? previous : null;
  if (tokens[at]?.lower !== 'at' || !/^(number|figure|toll|total|tally|count)$/.test(tokens[at - 1]?.lower ?? '') || tokens[at - 2]?.lower !== 'the') return null;
  if (!/^(put|puts|putting|placed|places|placing|set|sets|setting)$/.test(tokens[at - 3]?.lower ?? '')) return null;
  return !tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct' || /^(and|while|but)$/.test(tokens[phrase.last + 1].lower) ? previous : null;
}

/**
 * "Motorcyclists made up 43 per cent of the 1,950 road deaths …, or 839 riders and passengers": a share said again as
 * a count, after ", or", counts what the whole before it counts.
 */
function shareRestated(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const s0 = countStart(tokens, phrase);
  if (!previous || previous.side !== 'after' || tokens[s0 - 1]?.lower !== 'or' || tokens[s0 - 2]?.text !== ',') return null;
  const share = tokens.findIndex((t, k) => k < previous.casualtyIndex && (t.text === '%' || t.lower === 'percent' || (t.lower === 'cent' && tokens[k - 1]?.lower === 'per'))
    && tokens[k + 1]?.lower === 'of');
  return share > 0 && tokens.slice(previous.casualtyIndex + 1, s0 - 2).every((t) => t.kind === 'word' || t.kind === 'digits') ? previous : null;
}

/**
 * "The Nanjing Massacre's death toll remains disputed, with Chinese sources citing 300,000": a bare count cited by
 * those a "with" names, of the toll the sentence named before.
 */
function tollCitedWith(tokens: Token[], phrase: NumberPhrase): CasualtyLink | null {
  const v = countStart(tokens, phrase) - 1;
  if (!/^(citing|giving|estimating|claiming|suggesting)$/.test(tokens[v]?.lower ?? '') || isPersonWord(tokens[phrase.last + 1]?.lower ?? '')
    || casualtyAt(tokens, phrase.last + 1, CASUALTY_AFTER)) return null;
  const withAt = tokens.findIndex((t, k) => k < v && v - k <= 6 && t.lower === 'with' && tokens[k - 1]?.text === ',' && tokens.slice(k + 1, v).every((x) => x.kind === 'word'));
  for (let k = withAt - 2; withAt > 0 && k >= 0 && withAt - k <= 12; k--) {
    if (tokens[k].lower === 'toll' && (/^(death|the)$/.test(tokens[k - 1]?.lower ?? '') || /['’]s$/.test(tokens[k - 1]?.text ?? ''))) return { category: 'killed', casualtyIndex: k, side: 'before' };
    if (tokens[k].kind === 'punct') break;
  }
  return null;
}

/**
 * "Up to 600 people were shot dead …, refuting the initial United Nations assessment of 200": another estimate
 * of the figure before, named by its noun, counts what it counts.
 */
function estimateOf(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const at = countStart(tokens, phrase) - 1;
  // ("compared to previous estimates cited by the researchers of 2.1 million": who gave the estimate, between)
  let noun = at - 1;
  for (let k = at - 1; k > 1 && at - k <= 6 && tokens[k].kind === 'word'; k--) {
    if (/^(cited|given|published|reported|quoted|made|used)$/.test(tokens[k].lower) && /^(by|in)$/.test(tokens[k + 1]?.lower ?? '')) { noun = k - 1; break; }
  }
  return previous && tokens[at]?.lower === 'of' && /^(assessment|assessments|estimate|estimates|figure|figures|count|tally)$/.test(tokens[noun]?.lower ?? '')
    // ("with a lower estimate of 311k and an upper estimate of 808k": or before another estimate joined to it)
    && (!tokens[phrase.last + 1] || tokens[phrase.last + 1].kind === 'punct'
      || (tokens[phrase.last + 1].lower === 'and' && tokens.slice(phrase.last + 2, phrase.last + 6).some((t, d) => /^(estimate|estimates|assessment|figure)$/.test(t.lower) && tokens[phrase.last + 3 + d]?.lower === 'of'))) ? previous : null;
}

/**
 * "a death toll of between 6,000 and 12,000 people; the number most cited in official reports is 8,000": the figure of
 * the same toll most cited, named after a figure's own count.
 */
function figureMostCited(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const be = countStart(tokens, phrase) - 1;
  if (!previous || !/^(is|was|remains|stands)$/.test(tokens[be]?.lower ?? '')) return null;
  const noun = tokens.findIndex((t, k) => k < be && be - k <= 9 && /^(number|figure|estimate|toll|total|count)$/.test(t.lower) && tokens[k - 1]?.lower === 'the'
    && /^(most|cited|commonly|generally|widely|accepted|given|quoted|used|official)$/.test(tokens[k + 1]?.lower ?? ''));
  if (noun < 0 || !tokens.slice(noun + 1, be).every((t) => t.kind === 'word')) return null;
  // (a clause of its own after the figure's: a semicolon, or a comma and "and")
  const opens = tokens[noun - 2]?.text === ';' || (tokens[noun - 2]?.lower === 'and' && tokens[noun - 3]?.text === ',');
  return opens && tokens.slice(noun + 1, be).some((t) => /^(cited|accepted|given|quoted|used)$/.test(t.lower)) ? previous : null;
}

/**
 * "79 of the bodies have been claimed while 96 remain unclaimed", "of the 175 people who died, nine are still
 * unidentified": a count of the dead named before, by what became of their bodies.
 */
function bodiesRemaining(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous || previous.category !== 'killed') return null;
  let k = phrase.last + 1;
  if (!/^(are|remain|remained|remains|were|is|was)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  if (/^(still|yet|now)$/.test(tokens[k]?.lower ?? '')) k++;
  return /^(unclaimed|unidentified|identified|claimed|unburied)$/.test(tokens[k]?.lower ?? '') ? previous : null;
}

/**
 * "68 bodies have been recovered and search for the remaining four is underway": the rest of the bodies counted
 * before, with no noun of their own.
 */
function remainingOfTheBodies(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  const s0 = countStart(tokens, phrase);
  if (!previous || previous.category !== 'killed' || previous.side !== 'after' || !/^(bodies|corpses)$/.test(tokens[previous.casualtyIndex]?.lower ?? '')) return null;
  if (!/^(remaining|other|rest)$/.test(tokens[s0 - 1]?.lower ?? '') || tokens[s0 - 2]?.lower !== 'the') return null;
  const n = tokens[phrase.last + 1];
  return !n || n.kind === 'punct' || AUXILIARIES.has(n.lower) || /^(are|were|is|was|remain|still|yet|have|has)$/.test(n.lower) ? previous : null;
}

/**
 * "While there were initially 89 individuals missing, that number has now dropped to 21": a figure named again by
 * "that number" counts what the figure before it counted.
 */
function thatNumber(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  if (!previous || tokens[phrase.first - 1]?.lower !== 'to') return null;
  let k = phrase.first - 2;
  // (a word that changes a figure, or a participle the list of those words leaves out)
  if (!isChangeWord(tokens[k]?.lower ?? '') && !/^(fallen|grown|gone|went)$/.test(tokens[k]?.lower ?? '')) return null;
  k--;
  while (k > 0 && BEFORE_CHANGE.test(tokens[k].lower)) k--;
  return /^(number|figure|total|tally|count)$/.test(tokens[k]?.lower ?? '') && /^(that|this)$/.test(tokens[k - 1]?.lower ?? '') ? previous : null;
}

/**
 * "has reached 1,290 out of which 570 were males, 259 were females and 453 were children": counts
 * after "of which"/"of whom" are of the figure's people.
 */
function partOfWhom(tokens: Token[], phrase: NumberPhrase, previous: CasualtyLink | null): CasualtyLink | null {
  // ("23 bodies were found in the clandestine grave, of which 15 have been identified": a part of the dead named since)
  const lead = countStart(tokens, phrase) - 1;
  if (previous?.category === 'killed' && /^(whom|which)$/.test(tokens[lead]?.lower ?? '') && tokens[lead - 1]?.lower === 'of' && /^(have|has|had)$/.test(tokens[phrase.last + 1]?.lower ?? '')
    && tokens[phrase.last + 2]?.lower === 'been' && /^(identified|recovered|buried|named|exhumed|repatriated)$/.test(tokens[phrase.last + 3]?.lower ?? '')) return previous;
  if (!previous || !/^(were|was|are|is)$/.test(tokens[phrase.last + 1]?.lower ?? '')) return null;
  // (what they were is people, or a state of people: "of which 20 were burned" counts villages; "of which at
  // least 18 are listed as critical" counts the wounded)
  // ("about 655,000 excess deaths, of which 600,000 were caused by violence": a part of the deaths by their cause)
  const causedBy = /^(caused|due|attributed|linked)$/.test(tokens[phrase.last + 2]?.lower ?? '') && /^(deaths|fatalities|casualties|injuries)$/.test(tokens[countStart(tokens, phrase) - 4]?.lower ?? '')
    && tokens[countStart(tokens, phrase) - 3]?.text === ',' && tokens[countStart(tokens, phrase) - 1]?.lower === 'which';
  // ("of which 19 were law enforcement officers": people named by a noun with its modifiers)
  const people = [2, 3, 4].some((d) => isPersonWord(tokens[phrase.last + d]?.lower ?? '') && tokens.slice(phrase.last + 2, phrase.last + d).every((t) => t.kind === 'word'));
  if (!causedBy && !people && !/^(listed|still|in|reported|said)$/.test(tokens[phrase.last + 2]?.lower ?? '')) return null;
  // ("32 people had died; 14 were children": who a part of the dead were, right after the clause of their fate)
  // ("Sixty-eight died in Kerr County alone, 40 were adults and 28 were children": past the parts before it, and where
  // they died)
  const gap = countStart(tokens, phrase) - 1;
  let separator = tokens[gap]?.lower === 'and' ? gap - 1 : gap;
  while (separator > 3 && isPersonWord(tokens[separator].lower) && /^(were|was)$/.test(tokens[separator - 1].lower) && isCountToken(tokens[separator - 2])) {
    separator = tokens[separator - 3].lower === 'and' ? separator - 4 : separator - 3;
  }
  const where = tokens.slice(previous.casualtyIndex + 1, separator);
  const wherePhrase = where.length <= 6 && /^(in|at|on|across|near|inside)$/.test(where[0]?.lower ?? '') && where.every((t) => t.kind === 'word');
  const closes = phrase.last + 3 >= tokens.length || tokens[phrase.last + 3].kind === 'punct' || (tokens[phrase.last + 3].lower === 'and' && isCountToken(tokens[phrase.last + 4]));
  if (/^[;,]$/.test(tokens[separator]?.text ?? '') && previous.side === 'after' && previous.casualtyIndex < separator && (separator - previous.casualtyIndex <= 2 || wherePhrase)
    && isPersonWord(tokens[phrase.last + 2]?.lower ?? '') && closes) return previous;
  for (let k = countStart(tokens, phrase) - 1; k >= Math.max(1, phrase.first - 30); k--) {
    const t = tokens[k];
    if (/^(whom|which)$/.test(t.lower) && tokens[k - 1]?.lower === 'of') return previous;
    if (t.kind === 'digits' || isNumberWord(t.lower) || t.text === ',' || /^(and|were|was|are|is|males|females|adults|minors)$/.test(t.lower) || isPersonWord(t.lower)) continue;
    return null;
  }
  return null;
}

/**
 * "it dropped from 103 to 95 deaths", "drops again from 95 to 84 dead": the old end of a change
 * counts what the new end counts.
 */
function changedFrom(tokens: Token[], phrase: NumberPhrase, phrases: NumberPhrase[]): CasualtyLink | null {
  if (tokens[phrase.first - 1]?.lower !== 'from' || tokens[phrase.last + 1]?.lower !== 'to') return null;
  const verb = tokens[phrase.first - 2]?.lower === 'again' ? phrase.first - 3 : phrase.first - 2;
  if (!isChangeWord(tokens[verb]?.lower ?? '')) return null;
  const to = phrases.find((p) => p.first === phrase.last + 2);
  const harm = to ? casualtyAt(tokens, to.last + 1, CASUALTY_AFTER) : null;
  return harm ? { category: harm.category, casualtyIndex: to!.last + 1, side: 'after' } : null;
}

/**
 * "66 confirmed cases, including 15 deaths, have been reported including two new confirmed cases": a part counted as
 * cases of an illness, after "including", is a part of the cases, never of the dead.
 */
function partOfTheCases(tokens: Token[], phrase: NumberPhrase): boolean {
  if (tokens[countStart(tokens, phrase) - 1]?.lower !== 'including') return false;
  let n = phrase.last + 1;
  while (n <= phrase.last + 3 && /^(new|confirmed|suspected|probable|additional|laboratory-confirmed|more|human)$/.test(tokens[n]?.lower ?? '')) n++;
  return /^cases?$/.test(tokens[n]?.lower ?? '') && tokens[n + 1]?.lower !== 'of';
}

/**
 * "…, two Arab diplomats coordinating their countries' responses told AFP": after a comma, a count that
 * opens the subject of a say-verb, with no casualty word between, counts who speaks.
 */
function countsTheSpeakers(tokens: Token[], phrase: NumberPhrase, link: CasualtyLink): boolean {
  // ("Two sources at the hospital confirmed that the death toll for Thursday was 20": or opening the sentence, with
  // a speaker's noun and a saying that opens a clause)
  const opening = countStart(tokens, phrase) === 0 && /^(sources|officials|witnesses|doctors|diplomats|residents|medics)$/.test(tokens[phrase.last + 1]?.lower ?? '');
  if (link.side === 'after' && link.casualtyIndex > phrase.last && !opening) return false;
  if (tokens[countStart(tokens, phrase) - 1]?.text !== ',' && !opening) return false;
  for (let k = phrase.last + 1; k < tokens.length && k - phrase.last <= 8; k++) {
    if (tokens[k].kind !== 'word' && tokens[k].text !== "'" && tokens[k].text !== '’') return false;
    if (casualtyAt(tokens, k, CASUALTY_AFTER)) return false;
    if (/^(told|said|says|say|tell|tells)$/.test(tokens[k].lower) || (opening && /^(confirmed|reported)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'that')) return k > phrase.last + 1;
  }
  return false;
}

/** The words after the count end in a thing ("nine terrorist camps", "two rebel bases"): no people are counted. */
/** Whether a "for" phrase soon after the care at `from` names an illness ("… mostly for dehydration and heat exhaustion"). */
function careForIllness(tokens: Token[], from: number): boolean {
  const f = tokens.findIndex((t, k) => k > from && k <= from + 10 && t.lower === 'for');
  if (f < 0 || tokens.slice(from + 1, f).some((t) => t.kind === 'punct' && t.text !== ',')) return false;
  return tokens.slice(f + 1, f + 4).some((t) => ILLNESSES.test(t.lower) || DISEASES.test(t.lower));
}

/**
 * Whether the care at `at` ("admitted to hospital", "hospitalised") is "with" an illness right after it, in a sentence
 * that tells of no wound: "with asthma attacks", "with heart attacks", "with dehydration".
 */
function careWithIllness(tokens: Token[], at: number): boolean {
  const w = tokens.findIndex((t, k) => k > at && k <= at + 4 && t.lower === 'with');
  if (w < 0 || tokens.slice(at + 1, w).some((t) => t.kind !== 'word')) return false;
  const ill = tokens.slice(w + 1, w + 4).some((t, d) => ILLNESSES.test(t.lower) || DISEASES.test(t.lower) || t.lower === 'asthma' || illnessAttackAt(tokens, w + 1 + d));
  return ill && !tellsOfHarm(tokens);
}

/**
 * What is treated as an illness, not a wound. (Never hypothermia, which the labels and treatedHarmAt hold a harm: "taken
 * to the island's clinic with hypothermia" counts the hurt.)
 */
const ILLNESSES = /^(dehydration|exhaustion|heatstroke|stroke|illness|illnesses|sickness|fatigue|cramps|symptoms|fever|infections?|nausea)$/;

/** A sentence about an illness, whose hospital admissions and patients are no casualties. */
// ("941 Covid-19 patients are hospitalised, of which 90 are in ICU": a disease named as the bulletins write it)
const tellsOfIllness = (tokens: Token[]): boolean => tokens.some((x) => /^(cases|infections|infected|disease|illness|outbreak|cholera|fever|virus|covid|symptoms|flu|heat|heatstroke|poisoning)$/.test(x.lower) || DISEASES.test(x.lower));

function headIsAThing(tokens: Token[], tags: Tags[], phrase: NumberPhrase): boolean {
  for (let k = phrase.last + 1; k <= phrase.last + 3 && tokens[k]?.kind === 'word'; k++) {
    // ("documented 3,238 hospital admissions over the course of the conflict": taken in hurt, when no illness is told)
    if (k === phrase.last + 2 && tokens[k].lower === 'admissions' && tokens[k - 1].lower === 'hospital' && !tellsOfIllness(tokens)) return false;
    // (the tagger may take the plural for a verb: "camps", "positions")
    // (bodies counted are the dead: "six more bodies", "13 male bodies")
    // (nor is a time: "wounded eight late Friday night")
    // (nor a place it happened near: "Israeli gunfire kills 12 near aid sites", where the tagger takes "near" for an
    // adjective)
    if (CASUALTY_AFTER[tokens[k].lower] || PERIOD_NOUNS.test(tokens[k].lower) || /^(afternoon|morning|evening|night|time|times|percent)$/.test(tokens[k].lower) || /^\p{Lu}/u.test(tokens[k].text)
      || PLACE_PREPOSITIONS.test(tokens[k].lower)) return false;
    // ("64 new cases of enforced disappearance": cases of a harm, each one of the harmed, as extract reads them)
    if (tokens[k].lower === 'cases' && tokens[k + 1]?.lower === 'of' && !tokens.some((x) => DISEASES.test(x.lower))) return false;
    if (NON_PERSON_NOUNS.has(tokens[k].lower)) return k > phrase.last + 1 && !(tokens[k + 1]?.kind === 'word' && tags[k + 1].has('Noun'));
    if (!tags[k].has('Noun') && !tags[k].has('Adjective')) return false;
  }
  return false;
}

/**
 * "who went missing in Gaza City last month has been found dead": from the relative clause's verb at `from`, the death
 * the main clause tells after "missing", else -1.
 */
function deathAfterGoingMissing(tokens: Token[], from: number): number {
  let k = from;
  while (k < from + 3 && /^(went|gone|has|had|have|been|was|were|is|are)$/.test(tokens[k]?.lower ?? '')) k++;
  return k > from && tokens[k]?.lower === 'missing' ? deathPredicateAfter(tokens, k) : -1;
}

/**
 * The death a clause's own verb tells, past the words on its subject that end at `from` ("… were found dead", "… had
 * died"), else -1. Nothing may come between that opens another clause or count.
 */
function deathPredicateAfter(tokens: Token[], from: number): number {
  for (let k = from + 1; k < Math.min(tokens.length, from + 20); k++) {
    const t = tokens[k];
    // ("in the village of Lac-Mégantic, Québec, are …": a place's province between commas)
    if (t.text === ',' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ',') { k += 2; continue; }
    if (t.text === ',' && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',') continue;
    if ((t.kind === 'punct' && !/^[’'-]$/.test(t.text)) || t.kind === 'digits' || isNumberWord(t.lower)) return -1;
    // (but "missing after a fiery train derailment": a phrase of when, no clause)
    if (/^(after|before)$/.test(t.lower) && /^(a|an|the)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    if (/^(and|but|or|nor|when|while|after|before|because|until|if|where|whereas|although|though)$/.test(t.lower)) return -1;
    // ("30 people still missing after a fiery train derailment … are \"most probably dead\"": the missing held dead)
    if (/^(are|is|were|was)$/.test(t.lower)) {
      let d = k + 1;
      while (d < k + 5 && (/^[“"]$/.test(tokens[d]?.text ?? '') || /^(most|very|probably|likely|presumably|almost|certainly|all|now)$/.test(tokens[d]?.lower ?? ''))) d++;
      if (d > k + 1 && tokens[d]?.lower === 'dead' && tokens.slice(k + 1, d).some((x) => /^(probably|likely|presumably|certainly)$/.test(x.lower))) return d;
    }
    if (!/^(were|was|had|have|has)$/.test(t.lower)) continue;
    let v = k + 1;
    while (v < k + 4 && /^(been|later|also|all|since|now|subsequently|then)$/.test(tokens[v]?.lower ?? '')) v++;
    const w = tokens[v]?.lower ?? '';
    // ("were killed", "had been killed", never "had killed": a passive only)
    if (w === 'died' || (w === 'killed' && (v === k + 1 ? t.lower !== 'had' && t.lower !== 'have' && t.lower !== 'has' : tokens[v - 1].lower === 'been'))) return v;
    if (/^(found|confirmed|declared|pronounced)$/.test(w) && tokens[v + 1]?.lower === 'dead') return v + 1;
    return -1;
  }
  return -1;
}

/** "missing, presumed dead", "missing and I have to assume are dead": the missing counted as dead. */
function presumedDead(tokens: Token[], missingAt: number): boolean {
  // ("dead or missing presumed dead": two fates joined stay casualties)
  const joined = /^(or|and)$/.test(tokens[missingAt - 1]?.lower ?? '') ? missingAt - 2 : -1;
  if (joined >= 0 && (casualtyAt(tokens, joined, CASUALTY_AFTER) || (tokens[joined]?.text === ',' && casualtyAt(tokens, joined - 1, CASUALTY_AFTER)))) return false;
  for (let k = missingAt + 1; k < Math.min(tokens.length, missingAt + 14); k++) {
    const t = tokens[k];
    // ("five of those are still missing and three are thought to be dead": another count's fate)
    // ("Ten climbers remained missing … but were presumed dead": "but" with no subject of its own goes on with them)
    if (t.kind === 'digits' || isNumberWord(t.lower) || t.text === ';' || (t.lower === 'but' && !/^(were|are|was|is|have|has|had)$/.test(tokens[k + 1]?.lower ?? ''))) return false;
    // ("lists 1,150 soldiers as missing, many of them presumed dead": a part of them, never all)
    if (/^(many|some|most|several|few|half)$/.test(t.lower) && tokens[k + 1]?.lower === 'of' && /^(them|whom)$/.test(tokens[k + 2]?.lower ?? '')) return false;
    // ("eight more remain missing, believed dead", "who remain missing … are believed to be dead")
    if (/^(presumed|assumed|presume|assume|believed|feared|thought)$/.test(t.lower)) {
      for (let d = k + 1; d <= k + 3; d++) if (tokens[d]?.lower === 'dead') return true;
      return false;
    }
  }
  return false;
}

/** "… have been found safe", "were located", "have since been accounted for": after the missing, they are found. */
/** Whether a fate follows at `from`: "also lost their lives", "were still unaccounted for". */
function fateFollows(tokens: Token[], from: number): boolean {
  let v = from;
  while (v < from + 4 && (AUXILIARIES.has(tokens[v]?.lower ?? '') || /^(also|still|all|both|later|reportedly)$/.test(tokens[v]?.lower ?? ''))) v++;
  if (lostLifeAt(tokens, v) > 0) return true;
  return v > from && casualtyAt(tokens, v, CASUALTY_AFTER) !== null;
}

function foundSafe(tokens: Token[], from: number): boolean {
  let aside = 0;
  for (let k = from + 1; k < tokens.length && k - from - aside <= 8; k++) {
    const w = tokens[k].lower;
    // ("Another 101 missing people, mostly elderly, were found …": a short aside between commas)
    if (tokens[k].text === ',' && aside === 0) {
      const close = tokens.findIndex((x, j) => j > k && j <= k + 4 && x.kind === 'punct');
      if (close > k + 1 && tokens[close].text === ',') { aside = close - k + 1; k = close; continue; }
      // ("search for two missing walkers in March, both of whom were found safe and well": a relative clause on them)
      const whom = /^(both|all|each)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'of' && tokens[k + 3]?.lower === 'whom' ? 3 : tokens[k + 1]?.lower === 'who' ? 1 : 0;
      if (whom > 0) { aside = whom + 1; k += whom; continue; }
    }
    if (tokens[k].kind === 'punct') return false;
    // ("the number of missing had fallen to eight after two people were found alive": others found, in a clause of its own)
    if ((/^(after|when|while|because)$/.test(w) && tokens[k + 1] !== undefined && (isCountToken(tokens[k + 1]) || /^(the|a|an|they|he|she|rescuers|police)$/.test(tokens[k + 1].lower)))
      || (k > from + 1 && isCountToken(tokens[k]))) return false;
    // ("Another 101 missing people … were found sheltering with relatives": found living somewhere)
    // ("one missing girl was found and told officials that …": found, then speaking)
    // ("Two missing walkers were later found safe": or an adverb of when between)
    const aux = /^(later|since|eventually|subsequently|all|both)$/.test(tokens[k - 1].lower) ? k - 2 : k - 1;
    if (/^(found|located|reunited|traced)$/.test(w) && /^(been|were|was|are|is)$/.test(tokens[aux]?.lower ?? '')) return w !== 'found' || /^(safe|alive|well|unharmed|sheltering|living|staying|hiding)$/.test(tokens[k + 1]?.lower ?? '')
      || (tokens[k + 1]?.lower === 'and' && /^(told|said|says|tells|spoke|described|recounted)$/.test(tokens[k + 2]?.lower ?? ''));
    if (w === 'discovered' && /^(been|were|was|are|is)$/.test(tokens[k - 1].lower) && /^(safe|alive|unharmed)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    if (w === 'accounted' && tokens[k + 1]?.lower === 'for' && /^(been|were|was|are|is)$/.test(tokens[k - 1].lower)) return true;
    // ("five citizens reported missing in a separate incident were safe")
    if (/^(safe|unharmed)$/.test(w) && /^(been|were|was|are|is)$/.test(tokens[k - 1].lower)) return true;
    // ("three people who had been considered missing have turned up alive")
    if (w === 'turned' && tokens[k + 1]?.lower === 'up' && /^(alive|safe|unharmed)$/.test(tokens[k + 2]?.lower ?? '')) return true;
  }
  return false;
}

/** Whether the death at `harm`, hedged after the count ("thought to have died"), is undone before the clause ends. */
function deathFearedThenUndone(tokens: Token[], countEnd: number, harm: number): boolean {
  // ("two people initially reported dead were found alive in a hospital": or reported so)
  if (!tokens.slice(countEnd + 1, harm).some((t) => /^(thought|believed|feared|presumed|reported|listed|declared)$/.test(t.lower))) return false;
  for (let k = harm + 1; k < tokens.length && k <= harm + 8 && tokens[k].kind !== 'punct'; k++) {
    const w = tokens[k].lower;
    const next = tokens[k + 1]?.lower ?? '';
    if ((w === 'made' && next === 'it') || w === 'survived' || (w === 'found' && /^(alive|safe)$/.test(next)) || (w === 'turned' && next === 'up')
      || (w === 'alive' && /^(was|were|is|are)$/.test(tokens[k - 1].lower))) return true;
  }
  return false;
}

/** Participles of a toll's revision: "it was later revised to 45". */
const REVISED = /^(reduced|revised|lowered|raised|increased|corrected|adjusted|updated|downgraded|upgraded|cut)$/;

/** "from the previous estimate", "down from an initial toll": the words before "of N" that give a revision's old end. */
const REVISED_FROM = /(?:^| )from (?:(?:the|an?|its|their) )?(?:(?:previous|earlier|initial|original|first|prior|last|official|government|provisional) ){0,2}(?:estimates?|figures?|toll|count|tally|total|number)$/;

interface VictimSpan { first: number; last: number; head: string }

function victimPhrase(tokens: Token[], tags: Tags[], phrase: NumberPhrase, link: CasualtyLink): VictimSpan | null {
  let i = phrase.last + 1;
  if (tokens[i]?.lower === 'of') i++;
  while (tokens[i]?.lower === 'more' || tokens[i]?.lower === 'other') i++; // "one more serviceman"
  const first = i;
  // ("one 15-year-old child is in moderate condition": the age before the noun is part of the victims, never a victim more)
  if (tokens[i]?.kind === 'digits' && tokens[i + 1]?.text === '-' && /^(years?|months?)-old$/.test(tokens[i + 2]?.lower ?? '')) i += 3;
  else if (/^[a-z]+-(?:years?|months?)-old$/.test(tokens[i]?.lower ?? '') && isNumberWord(tokens[i].lower.split('-')[0])) i++;
  let last = -1;
  let sawNoun = false;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') break;
    if (link.side === 'after' && i >= link.casualtyIndex) break;
    if (CASUALTY_AFTER[t.lower] && !tags[i].has('Noun')) break;
    if (t.lower in CASUALTY_AFTER && ['dead', 'deaths', 'killed', 'died', 'wounded', 'injured', 'casualties', 'fatalities', 'bodies', 'missing', 'victims'].includes(t.lower)) break;
    const tg = tags[i];
    // ("Israeli gunfire kills 12 near aid sites": a preposition the tagger may take for an adjective ends the victims)
    if (PLACE_PREPOSITIONS.test(t.lower)) break;
    // "12 people Tuesday morning": a day or a month ends the victims
    if (tg.has('Date') && !isPersonWord(t.lower)) break;
    const nounish = isPersonWord(t.lower) || tg.has('Noun') || tg.has('Adjective') || tg.has('ProperNoun') || tg.has('Demonym') || tg.has('Acronym');
    if (!nounish || tg.has('Pronoun') || tg.has('Preposition') || tg.has('Determiner') || (AUXILIARIES.has(t.lower) && !isPersonWord(t.lower))) break;
    const isNoun = isPersonWord(t.lower) || (tg.has('Noun') && !tg.has('Adjective'));
    if (sawNoun && !isNoun) break; // "cloudless afternoon long ago": the phrase ends at its noun
    sawNoun ||= isNoun;
    last = i;
    if (i - first >= 5) break;
  }
  // ("22 direct deaths", "1,662 received non-fatal wounds": modifiers with no noun name no victims)
  if (last < first || !sawNoun) return null;
  // ("killed an estimated 1,200 head of cattle": animals counted by the head, named after "of")
  if (tokens[last].lower === 'head' && last === first && tokens[last + 1]?.lower === 'of' && NON_PERSON_NOUNS.has(tokens[last + 2]?.lower ?? '')) return { first, last: last + 2, head: tokens[last + 2].lower };
  return { first, last, head: tokens[last].lower };
}

interface QualifierSpan extends QualifierWord { first: number; last: number }

function qualifierAt(tokens: Token[], i: number): QualifierSpan | null {
  for (const q of QUALIFIERS) {
    if (q.words.every((w, k) => tokens[i + k]?.lower === w)) {
      return { ...q, first: i, last: i + q.words.length - 1 };
    }
  }
  return null;
}

/** Where a count's words begin: its qualifier's first word, else its own ("at least 12" begins at "at"). */
function countStart(tokens: Token[], phrase: NumberPhrase): number {
  return qualifierBefore(tokens, phrase.first)?.first ?? phrase.first;
}

/** The qualifier that ends right before the number ("at least", "upto", "as many as"). */
/** The marks a toll is said to pass ("the grim milestone of 1,000", "the 1,000 mark"), and the words on them. */
const MARKS = /^(milestone|mark|threshold)$/;
const MARK_EPITHETS = /^(grim|grisly|gruesome|ghastly|macabre|sad|tragic|somber|sombre|bleak|dreadful|symbolic|terrible|horrific|horrifying|harrowing|shocking|heartbreaking|staggering|devastating|painful|awful|new)$/;

function qualifierBefore(tokens: Token[], numberIndex: number): QualifierSpan | null {
  // ('estimates suggesting up to “150,000” casualties': a quote opened between the qualifier and the count)
  // ("resulted in over ‘300 casualties’": or a single mark)
  if (/^[“"‘]$/.test(tokens[numberIndex - 1]?.text ?? '') && tokens[numberIndex - 1].end === tokens[numberIndex]?.start) {
    const q = qualifierBefore(tokens, numberIndex - 1);
    if (q) return { ...q, last: numberIndex - 1 };
  }
  // ("the actual death toll is, at least, 110": a qualifier set off by commas)
  if (tokens[numberIndex - 1]?.text === ',') {
    const q = [2, 3, 1].map((n) => qualifierAt(tokens, numberIndex - 1 - n)).find((x) => x && x.last === numberIndex - 2);
    if (q && tokens[q.first - 1]?.text === ',') return { ...q, last: numberIndex - 1 };
  }
  // ('now stands at “approximately” 253 people': a qualifier quoted on its own)
  if (/^[”"]$/.test(tokens[numberIndex - 1]?.text ?? '') && /^[“"]$/.test(tokens[numberIndex - 3]?.text ?? '')) {
    const q = qualifierBefore(tokens, numberIndex - 1);
    if (q && q.first === numberIndex - 2) return { ...q, last: numberIndex - 1 };
  }
  // ("has so far not exceeded about 150", "will not rise beyond 80": a ceiling denied is a ceiling)
  {
    const hedge = qualifierAt(tokens, numberIndex - 1);
    const guess = hedge?.direction === 'approximate' && hedge.words.length === 1 ? numberIndex - 2 : numberIndex - 1;
    const verb = tokens[guess]?.lower ?? '';
    const over = /^(exceed|exceeded|surpass|surpassed|top|topped|pass|passed)$/.test(verb) ? guess
      : /^(beyond|above|over)$/.test(verb) && /^(rise|risen|go|gone|climb|climbed|be|get)$/.test(tokens[guess - 1]?.lower ?? '') ? guess - 1 : -1;
    let neg = over - 1;
    while (neg > 0 && over - neg <= 3 && /^(so|far|yet|still|likely|expected|to)$/.test(tokens[neg].lower)) neg--;
    if (over > 0 && /^(not|never|n't|n’t)$/.test(tokens[neg]?.lower ?? '')) {
      return { words: tokens.slice(guess, numberIndex).map((t) => t.lower), direction: 'at most', first: guess, last: numberIndex - 1 };
    }
  }
  // ("has passed the grim milestone of 1,000", "crossed the 1,000 mark": a toll's verb past a named mark)
  {
    const of = tokens[numberIndex - 1]?.lower === 'of' && MARKS.test(tokens[numberIndex - 2]?.lower ?? '');
    let the = of ? numberIndex - 3 : numberIndex - 1;
    while (of && the > numberIndex - 6 && MARK_EPITHETS.test(tokens[the]?.lower ?? '')) the--;
    const markAfter = !of && tokens[the]?.lower === 'the' && MARKS.test(tokens[numberIndex + 1]?.lower ?? '');
    const verb = tokens[the - 1]?.lower ?? '';
    if ((of || markAfter) && tokens[the]?.lower === 'the' && /^(passed|passes|crossed|crosses|surpassed|surpasses|topped|tops|exceeded|exceeds|breached|breaches)$/.test(verb)) {
      return { words: tokens.slice(the - 1, numberIndex).map((t) => t.lower), direction: 'more than', first: the - 1, last: numberIndex - 1 };
    }
  }
  // ("may be far higher than known 2,000", "could be more than the 27 bodies that we have collected": a known count
  // said to be exceeded is a floor, the count itself)
  {
    let known = numberIndex - 1;
    // ("higher than the official figure of 118": the figure named, with its "of")
    if (tokens[known]?.lower === 'of' && /^(figure|toll|count|tally|number|estimate)$/.test(tokens[known - 1]?.lower ?? '')) known -= 2;
    if (/^(known|official|reported|confirmed|recorded)$/.test(tokens[known]?.lower ?? '')) known--;
    if (tokens[known]?.lower === 'the') known--;
    // ("could well rise above the 33 so far reported")
    const passed = tokens[known]?.lower === 'than' && /^(more|higher|greater)$/.test(tokens[known - 1]?.lower ?? '') ? known - 1
      : /^(above|beyond|exceed|exceeds|exceeded|surpass|surpasses|surpassed)$/.test(tokens[known]?.lower ?? '') ? known : -1;
    // (never a count of another year set against this one: "far more than the 38,000 people who died of overdoses in 2010")
    const clause = tokens.slice(numberIndex + 1, numberIndex + 14);
    const end = clause.findIndex((t) => t.kind === 'punct');
    const otherYear = (end < 0 ? clause : clause.slice(0, end)).some((t, d, all) => (/^(19|20)\d\d$/.test(t.text) && /^(in|during)$/.test(all[d - 1]?.lower ?? ''))
      || (/^(year|decade)$/.test(t.lower) && /^(last|previous|prior)$/.test(all[d - 1]?.lower ?? '')) || (/^(ago|earlier|before)$/.test(t.lower) && /^(year|years|decade|decades)$/.test(all[d - 1]?.lower ?? '')));
    // (never a count set against one told before it: "killed at least 2,411 pilgrims …, far above the official toll of
    // 769" is the other count, exact)
    const far = /^(far|well|much|way)$/.test(tokens[passed - 1]?.lower ?? '') ? passed - 1 : passed;
    const setAgainst = passed > 0 && tokens[far - 1]?.text === ',' && tokens.slice(0, far).some(isCountToken);
    if (known < numberIndex - 1 && passed >= 0 && !otherYear && !setAgainst) {
      return { words: tokens.slice(passed, numberIndex).map((t) => t.lower), direction: 'at least', first: passed, last: numberIndex - 1 };
    }
  }
  // ("At least another 16 people were seriously injured": the floor over the increment)
  // ("at least a further 200 people were killed": or "a further", "an additional")
  const increment = tokens[numberIndex - 1]?.lower === 'another' ? numberIndex - 1
    : /^(further|additional)$/.test(tokens[numberIndex - 1]?.lower ?? '') && /^(a|an)$/.test(tokens[numberIndex - 2]?.lower ?? '') ? numberIndex - 2 : -1;
  if (increment > 0) {
    const q = qualifierBefore(tokens, increment);
    if (q && q.direction === 'at least') return { ...q, last: numberIndex - 1 };
  }
  // ("but at least none of his employees were hurt": before a zero, "at least" weighs the news, and bounds nothing)
  if (/^(none|nobody|no-one)$/.test(tokens[numberIndex]?.lower ?? '')) return null;
  // ("killing up to an estimated 230,000 people", "more than an estimated 3,000": a bound set on a guess bounds the count)
  {
    const guess = [3, 2, 1].map((n) => qualifierAt(tokens, numberIndex - n)).find((x) => x?.direction === 'approximate' && x.last === numberIndex - 1);
    const bound = guess ? qualifierBefore(tokens, guess.first) : null;
    if (bound && bound.direction !== 'approximate' && bound.last === guess!.first - 1) return { ...bound, last: numberIndex - 1 };
  }
  for (const q of QUALIFIERS) {
    const first = numberIndex - q.words.length;
    if (first < 0) continue;
    if (!q.words.every((w, k) => tokens[first + k].lower === w)) continue;
    // "the toll climbed up to 21": "up" belongs to the verb, and the toll is 21, not at most 21
    if (q.words[0] === 'up' && RISE_VERBS.test(tokens[first - 1]?.lower ?? '')) continue;
    // ("had identified and handed over 34 bodies": "over" belongs to the verb it follows)
    if (q.words[0] === 'over' && q.words.length === 1 && /^(hand|hands|handed|handing|turn|turns|turned|turning)$/.test(tokens[first - 1]?.lower ?? '')) continue;
    // ("saw blankets over three bloodied bodies": "over" as where, after a thing it lies on)
    if (q.words[0] === 'over' && q.words.length === 1 && /^(blankets|sheets|tarps|tarpaulins|shrouds|cloths|flags)$/.test(tokens[first - 1]?.lower ?? '')) continue;
    // ("to settle lawsuits over 500,000 opioid deaths", "charged over the deaths": "over" as what a dispute is about)
    if (q.words[0] === 'over' && q.words.length === 1 && /^(lawsuits?|suits?|claims|charges|trial|anger|outrage|protests?|dispute|inquiry|apology|compensation|sued|charged|jailed|convicted|sentenced|fined|blamed|arrested|resigned)$/.test(tokens[first - 1]?.lower ?? '')) continue;
    // ("Death Toll From Communication Device Explosions in Lebanon Up to 25": a title-case headline's toll that is up to
    // a count has risen to it)
    // ("Death toll from Russian strike on Ukraine’s Poltava up to 55": or in any case, in a headline with no verb between)
    const headline = !/^[.!?]$/.test(tokens[tokens.length - 1]?.text ?? '');
    const tollAt = tokens.slice(Math.max(0, first - 12), first).findIndex((t) => t.lower === 'toll');
    if (q.words[0] === 'up' && (tokens[first].text === 'Up' || (headline && !tokens.slice(Math.max(0, first - 12) + tollAt, first).some((t) => /^(could|may|might|will|would|can|be|is|was|are|were)$/.test(t.lower))))
      && first > 0 && tollAt >= 0) continue;
    // ("We know about 60 victims", "it was reported about 16 dead": "about" as what is known or told of, no guess)
    // (but "Police reported about 16 deaths" is a guess: only "it was reported about")
    const toldOf = /^(know|knew|known|informed|learned|learnt|heard|spoke|speaks|talked)$/.test(tokens[first - 1]?.lower ?? '')
      || (tokens[first - 1]?.lower === 'reported' && /^(was|is|were|been)$/.test(tokens[first - 2]?.lower ?? ''));
    if (q.words.length === 1 && q.words[0] === 'about' && toldOf) continue;
    // ("The death toll … was up to 24 people by Sunday evening": a toll that is up to it has risen to it)
    // ("The number of fatalities from unprovoked shark attacks worldwide in 2023 were up to 10": or its number)
    if (q.words[0] === 'up' && /^(was|is|now|were|are)$/.test(tokens[first - 1]?.lower ?? '') && tokens.slice(Math.max(0, first - 12), first - 1).some((t) => /^(toll|number|tally|count)$/.test(t.lower))) continue;
    // ("had brought the toll up to 80", "had revised its death count up to 171": "up" belongs to the verb that moved the toll)
    // ("The death brings the fatality total from the candle factory up to 9": or past what the total is of)
    if (q.words[0] === 'up') {
      const mover = tokens.slice(Math.max(0, first - 10), first).findIndex((t) => /^(brought|bringing|brings|bring|pushed|pushing|pushes|push|took|taken|taking|takes|take|sent|sending|revised|revises|revising|raised|raises|raising|bumped|moved)$/.test(t.lower));
      const from = Math.max(0, first - 10) + mover;
      const total = mover >= 0 ? tokens.slice(from + 1, first).findIndex((t) => FIGURE_NOUNS.has(t.lower)) : -1;
      if (total >= 0 && (FIGURE_NOUNS.has(tokens[first - 1]?.lower ?? '') || tokens.slice(from + 1, first).every((t) => t.kind === 'word'))) continue;
    }
    // ("information was received about one wounded man", "wrote about three victims": "about" is a preposition there)
    if (q.words[0] === 'about' && /^(information|info|reports?|news|data|details|word|wrote|writes|spoke|speaks|talked|talks|learned|learnt|know|knew)$/.test(tokens[first - 1]?.lower ?? '')) continue;
    // ("Information was received about one wounded civilian": the information's verb between)
    if (q.words[0] === 'about' && /^(received|given|provided|obtained|gathered)$/.test(tokens[first - 1]?.lower ?? '') && tokens.slice(Math.max(0, first - 4), first - 1).some((t) => /^(information|info|reports?|news|data|details|word)$/.test(t.lower))) continue;
    // ("the toll climbed steadily towards 100": only after a verb of change; never "walked towards 100 soldiers")
    if (/^towards?$/.test(q.words[0]) && !tokens.slice(Math.max(0, first - 3), first).some((t) => RISE_VERBS.test(t.lower) || /^(heading|headed|edging|edged|inching|inched|creeping|crept)$/.test(t.lower))) continue;
    // ("UN: Deaths near 3,000": "near" a number only right after the casualty noun; never "killed near 3 villages")
    if (q.words[0] === 'near' && !/^(deaths|casualties|fatalities|dead|toll|injuries|injured|wounded)$/.test(tokens[first - 1]?.lower ?? '')) continue;
    // "casualties top 320,000", never "the top 10"
    // ("The death toll from one of the strongest storms ever to make landfall could top 1,200": the toll may stand
    // further back in the clause)
    if (q.words[0] === 'top') {
      let from = first;
      while (from > 0 && first - from < 14 && !(tokens[from - 1].kind === 'punct' && !/^[-'’‘"“”]$/.test(tokens[from - 1].text))) from--;
      if (!tokens.slice(from, first).some((t) => /^(deaths|casualties|fatalities|dead|toll|injuries|losses)$/.test(t.lower))) continue;
    }
    return { ...q, first, last: numberIndex - 1 };
  }
  return null;
}

/**
 * "blast and burn injuries", "mortar and shrapnel wounds": bare words joined by "and", "or" and commas,
 * up to a noun of wounds; the index of that noun, or -1.
 */
function woundKindsUntil(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length && k - from <= 6; k++) {
    const t = tokens[k];
    if (/^(wounds|injuries|burns)$/.test(t.lower)) return k > from ? k : -1;
    if (t.text === ',' || /^(and|or)$/.test(t.lower)) continue;
    if (t.kind !== 'word' || /^\p{Lu}/u.test(t.text) || /(ed|ing)$/.test(t.lower) || /^(the|a|an|his|her|their|its|many|several|some|more|other|others|people)$/.test(t.lower) || isPersonWord(t.lower)) return -1;
  }
  return -1;
}

/**
 * A bound written after the count or its people, with no count of its own after it: "or more", "or so",
 * "or fewer", "at least" ("81 civilians at least were killed"); never "or more than 50", "at least 12".
 */
function qualifierAfter(tokens: Token[], at: number): QualifierWord['direction'] | null {
  const next = tokens[at + 2];
  if (next && (next.kind === 'digits' || isNumberWord(next.lower) || next.lower === 'than')) return null;
  const pair = `${tokens[at]?.lower} ${tokens[at + 1]?.lower}`;
  if (pair === 'or more' || pair === 'at least') return 'at least';
  if (pair === 'or fewer' || pair === 'or less' || pair === 'at most') return 'at most';
  if (pair === 'or so') return 'approximate';
  // ("Deaths 1,234 (est.)": an info box's note that the count is an estimate)
  if (tokens[at]?.text === '(' && /^(est|estimated|approx|approximately|approximate|estimate)$/.test(tokens[at + 1]?.lower ?? '')
    && (tokens[at + 2]?.text === ')' || (tokens[at + 2]?.text === '.' && tokens[at + 3]?.text === ')'))) return 'approximate';
  // ("who put the death toll at 22 minimum": the bound as one word after the count, ending the clause)
  if (/^(minimum|maximum)$/.test(tokens[at]?.lower ?? '') && (!tokens[at + 1] || tokens[at + 1].kind === 'punct')) return tokens[at].lower === 'minimum' ? 'at least' : 'at most';
  return null;
}

const RISE_VERBS = /^(climb(?:s|ed|ing)?|r(?:o|i)se[sn]?|rising|go(?:es|ne)?|went|going|jump(?:s|ed|ing)?|shot|shoots|shoot|increas(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|rack(?:s|ed)?|tick(?:s|ed)?|inch(?:es|ed))$/;

function boundsOf(phrase: NumberPhrase, direction: QualifierWord['direction'] | null): {
  low: number | null; high: number | null; qualifier: Qualifier; approx: boolean; vague: boolean;
} {
  if (phrase.high !== undefined) {
    return { low: phrase.value, high: phrase.high, qualifier: 'range', approx: false, vague: false };
  }
  const v = phrase.value;
  if (phrase.vague) return { low: v, high: null, qualifier: 'at least', approx: false, vague: true };
  switch (direction) {
    case 'at least': return { low: v, high: null, qualifier: 'at least', approx: false, vague: false };
    case 'more than': return { low: v + 1, high: null, qualifier: 'at least', approx: false, vague: false };
    case 'at most': return { low: null, high: v, qualifier: 'at most', approx: false, vague: false };
    case 'less than': return { low: null, high: Math.max(0, v - 1), qualifier: 'at most', approx: false, vague: false };
    case 'approximate': return { low: v, high: v, qualifier: 'approximate', approx: true, vague: false };
    default: return { low: v, high: v, qualifier: 'exact', approx: false, vague: false };
  }
}
