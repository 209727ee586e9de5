// Who says a figure: "according to X", "X said/claimed/told ...", "..., officials said",
// headline tails ("...: ministry", "... - Kiev military", "..., says DPR spokesman"),
// and "X's acknowledgment of ...". The source is returned as written, without a leading "the".
import { toHospital } from './hospital.ts';
import { isAbbreviationDot, opensQuoteAfterSaying, type Token } from './tokens.ts';
import { isPlaceName, type Tags } from './tagger.ts';
import { AGENTLESS, AUXILIARIES, AUXILIARIES_BEFORE_VERB, BODY_NOUNS, CARE_STATES, CASUALTY_AFTER, DISEASES, DISTANCE_UNITS, EVENT_NOUNS, gluesSource, isKinNoun, isPersonWord, MONTHS, PERPETRATORS, PLACE_NOUNS, SAY_NOUNS, SAY_VERBS, SOURCE_HEADS, STUDIES, TELLING_VERBS, WIRE_TAGS } from './lexicon.ts';
import { isCountToken, isNumberWord, VAGUE_FLOORS } from './numbers.ts';
import { timeEarlierAt } from './phrases.ts';

const LEADING_NOISE = new Set(['the', 'a', 'an', 'but', 'and', 'while', 'whereas', 'as', 'when', 'so', 'yet', 'also', 'however', 'now', 'then', 'that', 'why', 'is', 'meanwhile', 'earlier', 'later', 'initially', 'previously', 'separately', 'moreover', 'furthermore', 'additionally', 'besides', 'likewise', 'nevertheless', 'nonetheless']);
/** Words that open no speaker's name ("the", "however"); never "IS", the Islamic State, whose letters spell "is". */
const isLeadingNoise = (t: Token): boolean => LEADING_NOISE.has(t.lower) && t.text !== 'IS';
const NP_STOP = new Set(['with', 'that', 'which', 'who', 'whom', 'whose', 'if', 'because', 'after', 'before', 'since', 'although', 'though', 'where', 'than', 'to', 'as', 'while', 'when', 'amid']);
/** The noun after whose count it is, dropped from a bracket's source: "(Azerbaijani government claim)". */
const COUNT_NOUN = /^(figures?|claims?|estimates?|counts?|tally)$/;
/** A function word that ends a source's noun phrase; in capitals it is an acronym ("according to WHO"). */
const isStopWord = (t: Token) => NP_STOP.has(t.lower) && !/^[A-Z]{2,}$/.test(t.text);
/** Heads of a body whose name goes on with "to" and what it is for: "Committee to Protect Journalists". */
const NAME_WITH_TO = /^(Committee|Campaign|Commission|Coalition|Council|Alliance|Movement|Centre|Center|Foundation|Project|Initiative|Network|Fund|Society|Association|Office|Mission)$/;
/** "to" inside a body's name ("the Committee to Protect Journalists"), no stop of who speaks. */
const toInName = (tokens: Token[], i: number) => tokens[i]?.text === 'to' && NAME_WITH_TO.test(tokens[i - 1]?.text ?? '')
  && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '') && tokens[i + 2].kind === 'word';
const SKIP_BEFORE_VERB = new Set(['so', 'far', 'has', 'have', 'had', 'also', 'further', 'later', 'previously', 'earlier', 'originally', 'again', 'already', 'still', 'can', 'only', 'officially', 'separately', 'then', 'now', 'reportedly', 'since', 'was', 'were', 'is', 'are', 'had', 'been', 'first', 'initially', 'would', 'will', 'could', 'must', 'should', 'may', 'might', 'did', 'does', 'do',
  // ("JNIM itself claimed": a reflexive that stresses who)
  'itself', 'themselves', 'himself', 'herself']);
const COMPLEMENT_OK = new Set(['about', 'on', 'in', 'at', 'here', 'late', 'early', 'today', 'yesterday', 'tonight', 'reporters', 'journalists', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'this', 'earlier', 'later', 'afp', 'reuters', 'ap', 'tass', 'interfax', 'ria', 'the', 'a', 'in', 'via', 'during', 'after', 'by', 'adding', 'citing', 'quoting', 'calling', 'told', 'without', 'from', 'previously', 'separately', 'initially', 'recently', 'overnight', 'afterwards', 'again', 'according']);

/** The last words of a news outlet's name: "BBC News", "Wall Street Journal", "Reuters". */
const OUTLET_ENDS = /^(news|times|journal|post|telegraph|guardian|herald|tribune|reuters|afp|ap|cnn|bbc|bloomberg|xinhua|yonhap|tass|kyodo|al-jazeera|aljazeera|nhk|npr|abc|nbc|cbs)$/i;

/**
 * "600-800 are missing in the village of Shiao Lin …, BBC News.": a digest's credit, an outlet's name set after a comma
 * at the sentence's end with no verb, gives the figures before it; its text, else null.
 */
function outletCredit(sentence: string, tokens: Token[], tags: Tags[], last: number): string | null {
  const end = endsAt(tokens, tokens.length - 1) && tokens.length > 1 ? tokens.length - 2 : tokens.length - 1;
  if (!OUTLET_ENDS.test(tokens[end]?.text ?? '') || !/^\p{Lu}/u.test(tokens[end].text)) return null;
  let start = end;
  while (start > last + 1 && end - start < 3 && tokens[start - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[start - 1].text)) start--;
  if (tokens[start - 1]?.text !== ',' || start - 1 <= last) return null;
  // (never where a saying of the sentence names who speaks: "…, police said, BBC News.")
  if (tokens.some((t, k) => SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, k))) return null;
  return sourceText(sentence, tokens, tags, start, end);
}

/**
 * "Iranian state TV says 20 children are among 60 killed in Tehran, while deaths and dozens of injuries have been reported
 * in Israel": whether the figure stands in a contrast whose own passive report, after the harm, names no one, so that what
 * was said before the contrast does not cover it.
 */
function reportedByNoOneInContrast(tokens: Token[], tags: Tags[], first: number, last: number): boolean {
  // (never under an according-to that opens the sentence: "According to the report, approximately 400 deaths occurred …,
  // while around 250 fatalities were reported")
  if (tokens[0]?.lower === 'according' && tokens[1]?.lower === 'to') return false;
  const contrast = tokens.findIndex((t, k) => k < first && /^(while|whereas)$/.test(t.lower) && tokens[k - 1]?.text === ',');
  if (contrast <= 0) return false;
  const end = tokens.findIndex((t, k) => k > last && /^[,;.]$/.test(t.text));
  const clause = tokens.slice(last + 1, end < 0 ? tokens.length : end);
  const passive = clause.findIndex((t, d) => /^(reported|confirmed|recorded)$/.test(t.lower) && /^(been|were|was)$/.test(clause[d - 1]?.lower ?? ''));
  // (the report after the harm it reports, never a fate's own verb: "while 79 were confirmed as injured"; nor one with its
  // agent)
  if (passive <= 0 || !clause.slice(0, passive).some((t) => CASUALTY_AFTER[t.lower] !== undefined) || clause.slice(passive + 1).some((t) => t.lower === 'by')) return false;
  // (nor where a saying closes the sentence after it, "…, while no new deaths were recorded in the south, the ministry
  // said", past the passive report itself, or stands inside the contrast before the figure)
  const sayingIn = (from: number, to: number, pastReport: boolean) => tokens.slice(from, to)
    .some((t, d) => SAY_VERBS.has(t.lower) && !(pastReport && /^(reported|confirmed|recorded)$/.test(t.lower)) && isSayVerbHere(tokens, tags, from + d));
  return !sayingIn(last + 1, tokens.length, true) && !sayingIn(contrast + 1, first, false);
}

/**
 * Whether the saying at `k` stands inside brackets that hold a count of their own and leave the figure `first`–`last`
 * outside: "killing 102 (106 according to other sources) refugees", "injured (there are claims of as many as 300) and 69
 * killed". Such a saying says only the count in its brackets.
 */
function saysOnlyInItsBrackets(tokens: Token[], k: number, first: number, last: number): boolean {
  const open = tokens.findIndex((t, j) => j < k && j >= k - 8 && t.text === '(' && !tokens.slice(j + 1, k).some((x) => x.text === ')'));
  const close = open >= 0 ? tokens.findIndex((t, j) => j > k && t.text === ')') : -1;
  // (a day of a month is no count: "(per OCHA, 15 May)")
  const dated = (j: number) => MONTHS.has(tokens[j - 1]?.lower ?? '') || MONTHS.has(tokens[j + 1]?.lower ?? '');
  return open >= 0 && close > 0 && (first > close || last < open)
    && tokens.slice(open + 1, close).some((t, d) => (t.kind === 'digits' && !dated(open + 1 + d)) || isNumberWord(t.lower));
}

/** Bodies whose figure or estimate is theirs to give: "the official Chinese government figure", "a previous army estimate". */
const OWNING_BODIES = /^(government|ministry|army|military|police|authorities|state|un|u\.n\.|who)$/;

/** Whether the sentence ends at `k`: no token there, or a closing stop. */
const endsAt = (tokens: Token[], k: number) => !tokens[k] || /^[.!?]$/.test(tokens[k].text);

/** A noun phrase from `from` that closes the sentence ("…, AFP quoted police sources."), else null. */
function phraseClosingSentence(tokens: Token[], tags: Tags[], from: number): [number, number] | null {
  const np = nounPhraseAfter(tokens, tags, from);
  return np && endsAt(tokens, np[1] + 1) ? np : null;
}

export function attributeSource(sentence: string, tokens: Token[], tags: Tags[], first: number, last: number, readAccordingTo = true): string | null {
  // ("Killed: 14. Wounded: 40+. (Source: regional police, as of 18:00.)": a fact box's source, labelled after its
  // figures)
  if (sentence.includes('Source')) {
    const label = tokens.findIndex((t, k) => k > last && /^Sources?$/.test(t.text) && tokens[k + 1]?.text === ':' && /^[(.;—–]$/.test(tokens[k - 1]?.text ?? ''));
    const end = label > 0 ? tokens.findIndex((t, k) => k > label + 2 && /^[,.;)]$/.test(t.text)) : -1;
    if (end > label + 2) return sourceText(sentence, tokens, tags, label + 2, end - 1);
  }
  // ("more than 230 (NME reports 233) people were left dead and 117 injured": who speaks in brackets speaks only there)
  const aside = sayingInBrackets(tokens, tags, first, last);
  if (aside) {
    const keep = tokens.flatMap((_, k) => (k < aside[0] || k > aside[1] ? [k] : []));
    return attributeSource(sentence, keep.map((k) => tokens[k]), keep.map((k) => tags[k]), keep.indexOf(first), keep.indexOf(last), readAccordingTo);
  }
  // ("Thousands of fighters had died in the battle; Prigozhin said in May that 20,000 …": a saying after a semicolon
  // whose own clause follows it covers nothing before the semicolon)
  {
    const semi = tokens.findIndex((t, k) => k > last && t.text === ';');
    const says = semi > 0 ? tokens.findIndex((t, k) => k > semi && k <= semi + 6 && SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, k)) : -1;
    if (says > 0 && tokens.slice(says + 1, says + 6).some((t) => t.lower === 'that')) {
      return attributeSource(sentence, tokens.slice(0, semi), tags.slice(0, semi), first, last, readAccordingTo);
    }
  }
  // ("…, according to the UN, after earlier reports of 70": reports a preposition names, right before the figure, gave
  // it, whoever else the sentence cites)
  if (tokens[first - 1]?.lower === 'of' && /^reports?$/.test(tokens[first - 2]?.lower ?? '')) {
    const a = /^(earlier|initial|first|unconfirmed|previous|early)$/.test(tokens[first - 3]?.lower ?? '') ? first - 3 : first - 2;
    if (/^(after|following|amid|amidst|despite)$/.test(tokens[a - 1]?.lower ?? '')) return sourceText(sentence, tokens, tags, a, first - 2);
  }
  // ("Ai Weiwei's volunteers compiled the names of 5,196 students who died": who gathered the names gives their count)
  if (tokens[first - 1]?.lower === 'of' && /^(names|list)$/.test(tokens[first - 2]?.lower ?? '') && /^(the|a)$/.test(tokens[first - 3]?.lower ?? '')
    && /^(compiled|gathered|collected|published|released)$/.test(tokens[first - 4]?.lower ?? '')) {
    const subject = subjectBefore(tokens, tags, first - 4);
    if (subject) return sourceText(sentence, tokens, tags, subject[0], subject[1]);
  }
  // ("Mississippi reported 238 deaths, Florida 14, Alabama 2 and Georgia 2": a list of places, each with its count, after
  // the first place's saying; each place gives its own)
  if (first >= 4 && tokens[first - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[first - 1].text) && /^(,|and)$/.test(tokens[first - 2]?.lower ?? '')
    && (!tokens[last + 1] || /^(,|and|\.|;)$/.test(tokens[last + 1].lower))) {
    const said = tokens.findIndex((t, k) => k < first - 2 && /^(reported|recorded|registered|confirmed|counted)$/.test(t.lower) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')
      && tokens[k - 1].kind === 'word' && isCountToken(tokens[k + 1]) && (k - 1 === 0 || /^[,;.]$/.test(tokens[k - 2]?.text ?? '')));
    // (one clause from the saying to the figure; never a day's count, "12 deaths, Monday 4")
    if (said > 0 && !tokens.slice(said + 1, first).some((t) => t.kind === 'punct' && t.text !== ',') && !TIME_WORDS.test(tokens[first - 1].lower) && !MONTHS.has(tokens[first - 1].lower)) {
      return tokens[first - 1].text;
    }
  }
  // ("Sri Lanka's government put its toll at 35,322, and India's at 12,405": the owner of a toll set beside another's)
  if (tokens[first - 1]?.lower === 'at' && /^\p{Lu}.*['’]s$/u.test(tokens[first - 2]?.text ?? '') && tokens[first - 3]?.lower === 'and') {
    return sourceText(sentence, tokens, tags, first - 2, first - 2)?.replace(/['’]s$/, '') ?? null;
  }
  // ("Seventeen pupils died in a fire, police said on Friday, and the toll later rose to 21": a later toll, in a clause of
  // its own after an appended saying, is no one's that saying names)
  {
    const and = tokens.findIndex((t, k) => k < first && k >= first - 8 && t.lower === 'and' && tokens[k - 1]?.text === ',' && /^(the|its)$/.test(tokens[k + 1]?.lower ?? ''));
    const clause = and > 0 ? tokens.slice(and + 2, first) : [];
    if (and > 0 && clause.some((t) => /^(toll|tally|count)$/.test(t.lower)) && clause.some((t) => /^(later|since|subsequently|eventually)$/.test(t.lower))
      && !clause.some((t) => SAY_VERBS.has(t.lower)) && appendedSayingBefore(tokens, and) >= 0) return null;
  }
  // ("… said 50,783 people died, a figure that does not include 8,476 deaths in Syria": what a figure leaves out, in
  // the writer's aside on it, is no one's the saying names)
  {
    const noun = tokens.findIndex((t, k) => k < first && first - k <= 8 && /^(figure|number|toll|total|tally|count)$/.test(t.lower) && /^(a|the|that)$/.test(tokens[k - 1]?.lower ?? '')
      && tokens[k - 2]?.text === ',' && /^(that|which)$/.test(tokens[k + 1]?.lower ?? ''));
    const between = noun > 0 ? tokens.slice(noun + 2, first) : [];
    if (between.some((t) => /^(exclude|excludes|excluded)$/.test(t.lower))
      || (between.some((t) => /^(not|n't|n’t)$/.test(t.lower)) && between.some((t) => /^(include|includes|included|count|counts|cover|covers)$/.test(t.lower)))) return null;
  }
  // ('… shows… — Amnesty International Nigeria (@AmnestyNigeria) June 14, 2025': an embedded post, signed at its end)
  const signer = postSigner(sentence);
  if (signer && tokens[last].end <= signer.at) return signer.name;
  // ("581–670 killed (Iraq Body Count)", "50,000–300,000 dead (primary sources)": an info box's line, whose source is
  // named in the brackets that end it)
  const lead = tokens[0]?.text === '~' ? 1 : 0;
  if (first === lead && CASUALTY_AFTER[tokens[last + 1]?.lower ?? ''] && tokens[last + 2]?.text === '(' && tokens[tokens.length - 1].text === ')'
    // (a name of one word if capitalised: "(Reuters)", never "(updated)")
    && (tokens.length - last - 3 >= 2 || /^\p{Lu}/u.test(tokens[last + 3]?.text ?? '')) && tokens.slice(last + 3, -1).every((t) => t.kind === 'word' || t.text === ',')) {
    const named = sourceText(sentence, tokens, tags, last + 3, tokens.length - 2);
    if (named) return named;
  }
  // ("36 total; 26 black and 10 white dead (1921 records)", "150–200 black and 50 white dead (1921 estimate by W. F.
  // White)": an info box's line of counts, closed by the brackets that name where they come from)
  {
    const end = tokens.length - 1;
    const open = tokens[end]?.text === ')' ? tokens.map((t) => t.text).lastIndexOf('(') : -1;
    if (open > last && open <= 16 && isCountToken(tokens[0]) && end - open >= 2 && end - open <= 9
      && tokens.slice(open + 1, end).every((t) => t.kind === 'word' || t.kind === 'digits' || t.text === '.')
      // (a record's noun, or a name of two words or more: never "(PE)" nor "(between 24 April and 24 June)")
      && (tokens.slice(open + 1, end).some((t) => /^(records?|estimates?|figures?|census|commission|count|tally|report|survey|study|data)$/i.test(t.text))
        || (end - open > 2 && tokens.slice(open + 1, end).every((t) => t.kind !== 'word' || /^\p{Lu}/u.test(t.text) || /^(of|by|and|the)$/.test(t.lower))))
      && !tokens.slice(0, open).some((t, k) => (SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, k)) || t.text === '(')) {
      // (the year it was made, before the estimate's words, is no part of who gives it)
      const named = sourceText(sentence, tokens, tags, open + 1, end - 1) ?? (/^(1[89]|20)\d\d$/.test(tokens[open + 1].text) ? sourceText(sentence, tokens, tags, open + 2, end - 1) : null);
      if (named) return named;
    }
  }
  // ("revised the death toll … to 302, triple the figure of 99 that was reported last week": a figure its own relative
  // clause says was reported, by no one named, is no one's here)
  {
    let v = last + 2;
    if (tokens[v]?.lower === 'had' && tokens[v + 1]?.lower === 'been') v++;
    if (/^(that|which)$/.test(tokens[last + 1]?.lower ?? '') && /^(was|were|been)$/.test(tokens[v]?.lower ?? '')
      && /^(reported|announced|given|released|published|cited|recorded)$/.test(tokens[v + 1]?.lower ?? '') && !tokens.slice(v + 2, v + 5).some((t) => t.lower === 'by')) return null;
  }
  // ("quake kills 62 not 162, agency clarifies": the figure the speaker denies is not theirs; who gave it is named only
  // "as reported by" after it)
  if (tokens[first - 1]?.lower === 'not' && tokens[first - 2] !== undefined && isCountToken(tokens[first - 2]) && tokens[last + 1]?.lower !== 'as') return null;
  if (reportedByNoOneInContrast(tokens, tags, first, last)) return null;
  // (a tally made from sources first: what it was made from, before its verb, is no speaker; a tally with no maker
  // named is no one's)
  const madeFrom = tallyKeptBy(sentence, tokens, tags, first, 'from');
  const found = madeFrom !== undefined ? madeFrom : testimonyThat(sentence, tokens, tags, first) ?? claimOfOwner(sentence, tokens, tags, first) ?? anotherGiver(sentence, tokens, tags, first) ?? relativePutBy(sentence, tokens, tags, first) ?? recordedInContactClause(sentence, tokens, tags, last) ?? sourceOf(sentence, tokens, tags, first, last, readAccordingTo) ?? ownToll(sentence, tokens, tags, first)
    ?? addedInLead(sentence, tokens, tags, first) ?? addedToToll(sentence, tokens, tags, first, last) ?? tallyKeptBy(sentence, tokens, tags, first, 'by') ?? listOfOwner(sentence, tokens, tags, first)
    ?? outletCredit(sentence, tokens, tags, last);
  // ("The HRAI said that as of Monday night, it has confirmed 974 fatalities", "put the toll higher, saying it
  // confirmed 967": the pronoun of a saying inside another stands for the outer speaker)
  // ("The UN special rapporteur said she had received credible reports of 9 deaths": or a person's)
  // ("SPOKESPERSON: We can confirm that three British nationals died": a transcript's speaker saying "we" is the one
  // its label names)
  if (found && /^(we|i)$/i.test(found)) {
    const label = transcriptSpeaker(tokens, first);
    const named = label && label[0] === 0 ? sourceText(sentence, tokens, tags, label[0], label[1]) : null;
    if (named) return named;
  }
  const pronoun = found?.match(/^(?:(?:saying|stating|adding|noting) )?(it|they|he|she)$/i)?.[1].toLowerCase();
  if (!found || !pronoun) return found;
  let at = first - 1;
  while (at > 0 && tokens[at].lower !== pronoun) at--;
  // ('"We now estimate 135 people died," it said …, adding that over 50 …': the pronoun that names a quote's speaker
  // stands for no one the quote names)
  if (/^[”"]$/.test(tokens[at - 1]?.text ?? '') && tokens[at - 2]?.text === ',') return found.replace(/^(?:saying|stating|adding|noting) /i, '');
  let sayer = -1;
  for (let k = at - 1; at > 1 && k >= 0 && sayer < 0; k--) if (activeSaying(tokens, tags, k)) sayer = k;
  // ("By the time Russia announced it had retaken the region, it claimed that …": a saying in a clause of when that
  // opens the sentence and closes right before the pronoun is no outer one)
  const whenClause = /^(when|after|once|as|before|while|since|until)$/.test(tokens[0]?.lower ?? '') || (tokens[0]?.lower === 'by' && tokens[1]?.lower === 'the' && tokens[2]?.lower === 'time');
  if (sayer >= 0 && whenClause && tokens[at - 1]?.text === ',' && !tokens.slice(sayer + 1, at - 1).some((x) => x.text === ',')) sayer = -1;
  let outer = sayer >= 0 ? sourceOf(sentence, tokens, tags, at, at, readAccordingTo) : null;
  // ("…, the Sheriff's Office said late Sunday, as it cut the number of missing to 993": "it" after "as" is who said so)
  if (!outer && sayer >= 0 && tokens[at - 1]?.lower === 'as' && tokens[at - 2]?.text === ',') {
    const subject = subjectBefore(tokens, tags, sayer);
    if (subject) outer = sourceText(sentence, tokens, tags, subject[0], subject[1]);
  }
  // ("The Daily Courier leads on the Kharkiv strike, which it says killed 11 people": "it" in a relative clause on the
  // main clause's object stands for the name the sentence opens with, as "which" stands for the object)
  // ("The survey's PAGER system issued an orange alert, meaning it estimates between 100 and 999 deaths": "it" after a
  // participle of what the main clause means stands for that clause's subject, whatever its name)
  const meaning = tokens[at - 1]?.lower === 'meaning';
  if (!outer && pronoun === 'it' && (tokens[at - 1]?.lower === 'which' || meaning) && tokens[at - 2]?.text === ',') {
    const verb = tokens.findIndex((x, k) => k > 0 && k < at - 2 && x.kind === 'word' && isVerb(tags[k]) && !tags[k].has('ProperNoun'));
    const subject = verb > 0 && !tokens.slice(0, verb).some((x) => x.kind === 'punct') ? subjectBefore(tokens, tags, verb) : null;
    if (subject && tokens.slice(subject[0], subject[1] + 1).every((x, d) => (meaning || /^\p{Lu}/u.test(x.text)) && (d > 0 || !/^(it|this|that)$/i.test(x.text)))) outer = sourceText(sentence, tokens, tags, subject[0], subject[1]);
  }
  return outer && !/^(it|they|he|she|saying it|saying they)$/i.test(outer) ? outer : found.replace(/^(?:saying|stating|adding|noting) /i, '');
}

/** What someone gave a court or an inquiry, or found: "the evidence of", "the testimony of", "a finding by". */
const TESTIMONY = /^(evidence|testimony|findings?|conclusions?|assessment|account|estimate)$/;

/**
 * "It accepted the evidence of the prosecution's demographic expert that at least 7,000 of the men had been killed",
 * "a finding by UN investigators that …", "the expert's evidence that …": whose testimony the clause with the figure is.
 */
function testimonyThat(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  const that = tokens.findIndex((t, k) => k < first && first - k <= 16 && t.lower === 'that' && !tokens.slice(k + 1, first).some((x) => /^[;:.]$/.test(x.text) || x.lower === 'that'));
  if (that < 2) return null;
  // (who can give evidence: never "an account of the night that 12 people died", a time)
  const giver = (t: Token) => { const w = t.lower.replace(/['’]s$/, ''); return isSpeakerWord(w) || isPersonWord(w) || ROLE_NOUNS.test(w) || /^\p{Lu}/u.test(t.text); };
  // ("the expert's evidence that": the possessor before the noun)
  if (TESTIMONY.test(tokens[that - 1].lower) && /['’]s$/.test(tokens[that - 2].text) && giver(tokens[that - 2])) {
    let a = that - 2;
    while (a > 0 && that - a <= 5 && tokens[a - 1].kind === 'word' && !/^(the|a|an|of|by|accepted|cited|heard)$/.test(tokens[a - 1].lower) && !isVerb(tags[a - 1])) a--;
    return sourceText(sentence, tokens, tags, a, that - 2)?.replace(/['’]s$/, '') ?? null;
  }
  let k = that - 1;
  while (k > 0 && that - k <= 7 && tokens[k].kind === 'word' && !/^(of|by|from)$/.test(tokens[k].lower)) k--;
  if (!/^(of|by|from)$/.test(tokens[k]?.lower ?? '') || !TESTIMONY.test(tokens[k - 1]?.lower ?? '') || k === that - 1 || !giver(tokens[that - 1])) return null;
  return sourceText(sentence, tokens, tags, tokens[k + 1].lower === 'the' ? k + 2 : k + 1, that - 1);
}

/** The signature that closes an embedded social-media post: "— Name (@handle) June 14, 2025"; its name and offset. */
function postSigner(sentence: string): { name: string; at: number } | null {
  const m = /\s[—–-]\s+([^—–()]{2,80}?)\s+\(@\w{1,30}\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}\s*$/.exec(sentence);
  return m ? { name: m[1].trim(), at: m.index } : null;
}

/**
 * "counts only deaths confirmed by a hospital or a morgue, which gives 1,104 so far": the verb of the count that a
 * relative clause ending at the count at `first` sums ("which gives"), else -1. The reader and the speaker's rule share it.
 */
export function countSummedAt(tokens: Token[], first: number): number {
  if (!/^(gives|gave)$/.test(tokens[first - 1]?.lower ?? '') || tokens[first - 2]?.lower !== 'which' || tokens[first - 3]?.text !== ',') return -1;
  return tokens.findIndex((t, k) => k < first - 3 && /^(counts|counted|count)$/.test(t.lower) && !tokens.slice(k + 1, first - 3).some((x) => x.kind === 'punct' || isCountToken(x)));
}

/**
 * How many words open the sentence with a lead that adds to what its main clause says ("In addition to", "Besides",
 * "Apart from", "Aside from"), else -1. The reader and the speaker's rule read the same lead.
 */
export function additionLead(tokens: Token[]): number {
  const w = tokens[0]?.lower;
  if (w === 'in' && tokens[1]?.lower === 'addition' && tokens[2]?.lower === 'to') return 3;
  if (w === 'besides') return 1;
  if ((w === 'apart' || w === 'aside') && tokens[1]?.lower === 'from') return 2;
  return -1;
}

/**
 * "In addition to 14 of its staff, MSF said 24 patients … lost their lives": a count in a lead that adds to what the
 * main clause's speaker says is that speaker's; the speaker's text, else null.
 */
function addedInLead(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  const lead = additionLead(tokens);
  if (lead < 0 || first - lead > 3) return null;
  const comma = tokens.findIndex((t, k) => k > first && t.text === ',');
  if (comma < 0 || comma > first + 5 || tokens.slice(0, first).some((t) => t.kind === 'punct')) return null;
  const say = tokens.findIndex((t, k) => k > comma + 1 && k <= comma + 6 && SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, k));
  if (say < 0 || !tokens.slice(comma + 1, say).every((t) => t.kind === 'word')) return null;
  const subject = subjectBefore(tokens, tags, say, comma + 1);
  return subject && subject[0] === comma + 1 ? sourceText(sentence, tokens, tags, subject[0], subject[1]) : null;
}

/**
 * "Russian authorities also included two individuals in the death toll": who includes people in a toll says they are
 * in it; the subject's text, else null.
 */
function addedToToll(sentence: string, tokens: Token[], tags: Tags[], first: number, last: number): string | null {
  // (`first` already opens the count's own words: "added at least 12 people")
  const verb = first - 1;
  // (only "included": "added" and "counted" are sayings of their own already)
  if (!/^(included|includes|include)$/.test(tokens[verb]?.lower ?? '')) return null;
  const into = tokens.findIndex((t, k) => k > last && k <= last + 4 && /^(in|into|to)$/.test(t.lower));
  if (into < 0 || tokens[into + 1]?.lower !== 'the') return null;
  const noun = /^(death|casualty)$/.test(tokens[into + 2]?.lower ?? '') ? into + 3 : into + 2;
  if (!/^(toll|count|tally|list)$/.test(tokens[noun]?.lower ?? '')) return null;
  const subject = subjectBefore(tokens, tags, verb);
  return subject ? sourceText(sentence, tokens, tags, subject[0], subject[1]) : null;
}

/**
 * "The tally kept by the eastern government's ministry of health reached 4,352 confirmed deaths", "A list published by
 * the defence ministry named 48 dead": a count whose keeper is named by "kept by", "published by", on its way to the
 * figure; "An AFP tally compiled from official statements … gave a death toll of 1,170": or the tally itself, named by
 * whose it is, when what it was made from follows. The keeper's text; null for a tally made from sources with no maker
 * named (no one's); undefined when no such tally leads to the figure.
 */
function tallyKeptBy(sentence: string, tokens: Token[], tags: Tags[], first: number, how: 'by' | 'from'): string | null | undefined {
  // ("The figures, compiled by The Associated Press from hospital records, show 412 deaths": or in an aside between commas)
  // ("The toll (a figure compiled by the Associated Press from police and hospital reports) now stands at 47": or the
  // toll described in an aside as a figure someone made)
  // ("The toll, a figure compiled by …, now stands at 47": or between commas)
  const described = (k: number) => figureAsideOpensAt(tokens, k - 3);
  const tallyAt = (k: number) => (tokens[k - 1]?.text === ',' ? k - 2 : k - 1);
  // ("The number of civilians killed in Ukraine verified by the UN stood at 12,300": a number of the harmed that someone
  // verified, its words up to the participle)
  const numberOf = (k: number) => tokens.slice(Math.max(0, k - 8), k).some((x, d, all) => x.lower === 'number' && all[d + 1]?.lower === 'of'
    && all.slice(d + 2).every((y) => y.kind === 'word') && all.slice(d + 2).some((y) => CASUALTY_AFTER[y.lower] !== undefined));
  const made = tokens.findIndex((t, k) => k < first && first - k <= (described(k) ? 24 : 18) && tokens[k + 1]?.lower === how
    && ((/^(kept|compiled|maintained|collated|tracked|collected|published|released|issued)$/.test(t.lower)
      && (/^(toll|tally|count|list|figures|record|records|database)$/.test(tokens[tallyAt(k)]?.lower ?? '') || described(k)))
      || (/^(verified|confirmed|documented|recorded|registered|counted)$/.test(t.lower) && numberOf(k))));
  if (made < 0) return undefined;
  const by = made + 1;
  const aside = tokens[made - 1]?.text === ',';
  const close = described(made) ? tokens.findIndex((t, k) => k > by && k < first && t.text === (tokens[made - 3].text === '(' ? ')' : ',')) : -1;
  // (the keeper ends at the tally's own verb, with no other clause before the figure)
  const verb = tokens.findIndex((t, k) => k > by + 1 && k < first && (/^(reached|rose|stood|stands|showed|shows|show|hit|climbed|topped|passed|put|puts|lists|listed|counted|named|names|gave|gives|includes|included|was|is|had|has)$/.test(t.lower)));
  // (", with 8,000 missing": a second count the same tally gives)
  if (verb < 0 || tokens.slice(by + 1, first).some((t, d) => t.kind === 'punct' && t.text !== '’' && t.text !== "'" && !(t.text === ',' && tokens[by + 2 + d]?.lower === 'with')
    && !(aside && t.text === ',' && by + 1 + d === verb - 1) && by + 1 + d !== close)) return undefined;
  // (the keeper, never what it kept the tally from: "compiled by The Associated Press from hospital records")
  let keeperEnd = close > 0 ? close - 1 : aside ? verb - 2 : verb - 1;
  const from = tokens.findIndex((t, k) => k > by + 1 && k <= keeperEnd && t.lower === 'from');
  if ((aside || close > 0) && from > 0) keeperEnd = from - 1;
  if (tokens[by].lower === 'by') return sourceText(sentence, tokens, tags, tokens[by + 1]?.lower === 'the' ? by + 2 : by + 1, keeperEnd);
  // ("An AFP tally compiled from …": whose tally it is, a name before it)
  const owner = made - 2;
  const named = owner >= 0 && tokens[owner].kind === 'word' && /^\p{Lu}/u.test(tokens[owner].text) && !/^(a|an|the)$/i.test(tokens[owner].text);
  return named ? sourceText(sentence, tokens, tags, owner, made - 1) : null;
}

/**
 * "The FBI's list of people unaccounted for contained 388 names": a list that is someone's own, by a possessive, as the
 * subject of the verb that gives the figure; the owner's text, else null.
 */
function listOfOwner(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  const noun = tokens.findIndex((t, k) => k < first && first - k <= 18 && /^(list|lists|tally|count|database|records)$/.test(t.lower));
  if (noun < 0) return null;
  // ("The harbour authority's own list, published the next morning, names 212 …": past an aside of when it came out)
  const close = tokens[noun + 1]?.text === ',' ? tokens.findIndex((t, k) => k > noun + 2 && k <= noun + 9 && t.text === ',') : -1;
  const aside = close > 0 && tokens.slice(noun + 2, close).every((t) => t.kind === 'word' || t.kind === 'digits') ? close : noun;
  if (first - aside > 12 || tokens.slice(aside + 1, first).some((t) => t.kind === 'punct')) return null;
  // (a verb that gives what it holds, after what it lists; never a toll that stands at a figure, "The city's confirmed
  // death toll stands at 112", a place's)
  const holds = tokens.findIndex((t, k) => k > noun && k < first && /^(contained|contains|showed|shows|listed|lists|named|names|included|includes)$/.test(t.lower));
  if (holds < 0) return null;
  const owner = possessorBefore(tokens, noun);
  if (owner && /['’]s?$/.test(tokens[owner[1]].text) && !/^(its|their|his|her|your)$/i.test(tokens[owner[0]].lower)
    && !/^(city|region|country|state|province|town|village|district|nation|world|island)['’]s?$/.test(tokens[owner[1]].lower)) return sourceText(sentence, tokens, tags, owner[0], owner[1])?.replace(/['’]s?$/, '') ?? null;
  return null;
}

/** Verbs that put a figure at a count: "put the toll at", "a number that a study put closer to". */
const PUTTING = /^(put|puts|placed|places|set|sets)$/;

/**
 * "a number that a study for USAID put closer to 46,000", "a figure that critics put at 46,000": where a figure named
 * before is put again by the subject of a relative clause, before the count's own words at `at`; the index of that
 * "that" or "which", else -1. The extractor reads the count by it, and this file names the subject as its giver.
 */
export function relativePutAt(tokens: Token[], at: number): number {
  const verb = PUTTING.test(tokens[at]?.lower ?? '') ? at
    : tokens[at]?.lower === 'to' && /^(closer|nearer|close)$/.test(tokens[at - 1]?.lower ?? '') ? at - 2 : tokens[at]?.lower === 'at' ? at - 1 : -1;
  if (verb < 0 || !PUTTING.test(tokens[verb].lower)) return -1;
  const that = tokens.findIndex((t, k) => k < verb && verb - k <= 8 && /^(that|which)$/.test(t.lower) && tokens.slice(k + 1, verb).every((x) => x.kind === 'word'));
  return that > 0 && verb > that + 1 && /^(number|figure|toll|total|tally|count)$/.test(tokens[that - 1]?.lower ?? '') && /^(a|the)$/.test(tokens[that - 2]?.lower ?? '') ? that : -1;
}

function relativePutBy(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  const that = relativePutAt(tokens, first - 1);
  if (that < 0) return null;
  const verb = tokens.findIndex((t, k) => k > that && PUTTING.test(t.lower));
  return sourceText(sentence, tokens, tags, that + 1, verb - 1);
}

/**
 * "nearly twice the 161 deaths the state's own database lists": a figure's noun, then a relative clause with no
 * pronoun whose subject records it; that subject, else null.
 */
function recordedInContactClause(sentence: string, tokens: Token[], tags: Tags[], last: number): string | null {
  let k = last + 1;
  if (!/^(deaths|dead|killings|fatalities|casualties|victims|people)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  if (!/^(the|a|its|their)$/.test(tokens[k]?.lower ?? '')) return null;
  // (the verbs a record keeps a figure by, as a lead's "Of the N casualties X recorded", or that list, show or cite it)
  const records = (w: string) => RECORDING.test(w) || /^(lists|listed|shows|showed|gives|gave|cites|cited)$/.test(w);
  const subject = k;
  while (k < subject + 6 && (tokens[k]?.kind === 'word' || /^['’]s?$/.test(tokens[k]?.text ?? '')) && !records(tokens[k].lower)) k++;
  if (k === subject + 1 || !records(tokens[k]?.lower ?? '')) return null;
  if (tokens[k + 1] && tokens[k + 1].kind !== 'punct') return null;
  return sourceText(sentence, tokens, tags, subject, k - 1);
}

/**
 * "Reuters is saying 12 dead, AP has 15": another giver of the same count, a name with "has" after a comma, when a
 * saying gave a count before; the index of the name before the count at `first`, else -1. The extractor reads the
 * count by it, and this file names its giver.
 */
export function anotherGiverAt(tokens: Token[], first: number): number {
  if (!/^(has|had|have|gives|gave|puts)$/.test(tokens[first - 1]?.lower ?? '') || !/^\p{Lu}/u.test(tokens[first - 2]?.text ?? '') || tokens[first - 2].kind !== 'word') return -1;
  if (!/^(,|and|while|but|whereas)$/.test(tokens[first - 3]?.lower ?? '')) return -1;
  return tokens.slice(0, first - 3).some((t, k) => SAY_VERBS.has(t.lower) && tokens[k + 1] !== undefined && isCountToken(tokens[k + 1])) ? first - 2 : -1;
}

function anotherGiver(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  const giver = anotherGiverAt(tokens, first);
  return giver >= 0 ? sourceText(sentence, tokens, tags, giver, giver) : null;
}

/**
 * "Kyiv's claims of enemy losses … are inflated, but so are Moscow's of 35,000 Ukrainian dead": a claim's noun left out
 * after a name's possessive, said in full earlier in the sentence; the name, else null.
 */
function claimOfOwner(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  if (tokens[first - 1]?.lower !== 'of') return null;
  const glued = /^\p{Lu}\p{L}+['’]s$/u.test(tokens[first - 2]?.text ?? '');
  const owner = glued ? first - 2 : /^['’]s$/.test(tokens[first - 2]?.text ?? '') && /^\p{Lu}/u.test(tokens[first - 3]?.text ?? '') ? first - 3 : -1;
  if (owner < 0) return null;
  const said = tokens.slice(0, owner).some((t, k) => /^(claims|figures|estimates|counts|tolls|tallies|numbers)$/.test(t.lower) && tokens[k + 1]?.lower === 'of'
    && (/['’]s?$/.test(tokens[k - 1]?.text ?? '') || /^['’]s?$/.test(tokens[k - 1]?.text ?? '')));
  return said ? sourceText(sentence, tokens, tags, owner, owner)?.replace(/['’]s$/, '') ?? null : null;
}

/**
 * "The IOM … has not changed its estimated death toll of 670": a toll that is the subject's own, by "its" or "their",
 * is the subject's figure; the subject's text, else null.
 */
function ownToll(sentence: string, tokens: Token[], tags: Tags[], first: number): string | null {
  // ("the government of Puerto Rico kept its official toll at 64": or a toll held at the figure)
  const heldAt = tokens[first - 1]?.lower === 'at' && tokens.slice(Math.max(0, first - 6), first - 2).some((t) => /^(kept|keeps|held|holds|maintained|maintains)$/.test(t.lower));
  if ((tokens[first - 1]?.lower !== 'of' && !heldAt) || !/^(toll|tally|count|figure|estimate)$/.test(tokens[first - 2]?.lower ?? '')) return null;
  let k = first - 3;
  while (k > 0 && first - k <= 6 && /^(death|casualty|estimated|own|latest|official|updated|previous|initial|revised|provisional)$/.test(tokens[k].lower)) k--;
  // ("two rights NGOs … denied the government's official death toll of 56 people": a body's own toll, by its possessive)
  if (/^(government|ministry|authorities|administration)['’]s?$/.test(tokens[k]?.lower ?? '') || (/^['’]s?$/.test(tokens[k]?.text ?? '')
    && /^(government|ministry|authorities|administration)$/.test(tokens[k - 1]?.lower ?? ''))) {
    const owner = /^['’]/.test(tokens[k].text) ? k - 1 : k;
    let start = owner;
    while (start > 0 && owner - start < 3 && tokens[start - 1]?.kind === 'word' && !/^(the|a|an|of|and|denied|disputed|rejected|said|says)$/.test(tokens[start - 1].lower) && !isVerb(tags[start - 1])) start--;
    return sourceText(sentence, tokens, tags, tokens[start - 1]?.lower === 'the' ? start - 1 : start, owner)?.replace(/['’]s?$/, '') ?? null;
  }
  if (!/^(its|their)$/.test(tokens[k]?.lower ?? '') || tokens[k - 1]?.kind !== 'word' || !isVerb(tags[k - 1])) return null;
  // ("has not changed": its toll all the same)
  const at = /^(not|never|yet)$/.test(tokens[k - 2]?.lower ?? '') ? k - 2 : k - 1;
  const subject = subjectBefore(tokens, tags, at);
  if (!subject || EVENT_NOUNS.has(tokens[subject[1]].lower) || /^(it|they)$/.test(tokens[subject[0]].lower)) return null;
  // ("For months the government of Puerto Rico kept …": past a leading phrase of time, to the subject's article)
  let from = subject[0];
  if (/^(for|in|after|during|since|until|by|over)$/.test(tokens[from].lower)) {
    from = tokens.findIndex((t, k) => k > subject[0] && k <= subject[1] && /^(the|a|an)$/.test(t.lower));
    if (from < 0) return null;
  }
  return sourceText(sentence, tokens, tags, from, subject[1]);
}

/**
 * A leading "Of the N casualties X recorded (…)," whose relative clause, with no pronoun, names who recorded the
 * total: that subject and the lead's closing comma.
 */
function recordedInLead(tokens: Token[], tags: Tags[]): { subject: [number, number]; comma: number } | null {
  if (tokens[0]?.lower !== 'of' || !/^(the|a)$/.test(tokens[1]?.lower ?? '')) return null;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 4 || comma > 16) return null;
  for (let k = 2; k < comma - 2; k++) {
    if (!CASUALTY_AFTER[tokens[k].lower] || !/^(the|it|they|we)$/.test(tokens[k + 1]?.lower ?? '')) continue;
    const verb = tokens.findIndex((t, v) => v > k + 1 && v < comma && RECORDING.test(t.lower));
    if (verb < 0 || verb > k + 5 || tokens.slice(k + 1, verb).some((t, d) => t.kind !== 'word' || isVerb(tags[k + 1 + d]))) return null;
    return { subject: [k + 1, verb - 1], comma };
  }
  return null;
}

/** Whether an aside on a toll opens at `open` naming it a figure: "The toll (a figure compiled by …", "The toll, a figure …". */
function figureAsideOpensAt(tokens: Token[], open: number): boolean {
  return /^[(,]$/.test(tokens[open]?.text ?? '') && /^(toll|tally|count)$/.test(tokens[open - 1]?.lower ?? '')
    && /^(a|an|the)$/.test(tokens[open + 1]?.lower ?? '') && tokens[open + 2]?.lower === 'figure';
}

/** Brackets with a say-verb of their own that hold none of the figure ("(NME reports 233)"): their first and last token. */
function sayingInBrackets(tokens: Token[], tags: Tags[], first: number, last: number): [number, number] | null {
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open].text !== '(') continue;
    const close = tokens.findIndex((t, k) => k > open && t.text === ')');
    // ("(Sky News states 82 killed, local media reports 100 killed)": two sayings in one bracket)
    if (close < 0 || close - open > 16) continue;
    if (open <= last && close >= first) continue;
    // ("The toll (a figure compiled by the Associated Press from police reports) now stands at 47": what figure the toll
    // is and whose, as tallyKeptBy reads it)
    if (figureAsideOpensAt(tokens, open)) continue;
    // ("Russia: 4,000 killed (per British estimates)": a bracket of "per" right after the figure, or its casualty word,
    // is the figure's own source)
    if ((open === last + 1 || (open === last + 2 && CASUALTY_AFTER[tokens[last + 1]?.lower ?? ''] !== undefined)) && /^(per|according)$/.test(tokens[open + 1]?.lower ?? '')) continue;
    // ("(1921 estimate by W. F. White)" closing an info box's line: a dated source's name, no saying of its own count)
    if (close === tokens.length - 1 && /^(1[89]|20)\d\d$/.test(tokens[open + 1]?.text ?? '') && !tokens.slice(open + 2, close).some(isCountToken)) continue;
    if (tokens.slice(open + 1, close).some((t, d) => SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, open + 1 + d))) return [open, close];
  }
  return null;
}

/** A span of time a clause may open with: "During the quarter", "Last year". */
const PERIOD = /^(quarter|year|month|week|weekend|period|night|day|morning|afternoon|evening|decade|season)$/;

/**
 * Past a time that opens a source's words at `a` with no comma ("Late on Monday", "By Thursday evening", "A day later"),
 * and the article after it: where who speaks begins. `a` itself when no such time opens it.
 */
function pastLeadingTime(tokens: Token[], a: number, b: number): number {
  let j = a;
  // ("During the quarter the Trust declared", "Last year the ministry reported": a span of time)
  const span = /^(during|over|throughout|in)$/.test(tokens[j]?.lower ?? '') && /^(the|this|that|last|past)$/.test(tokens[j + 1]?.lower ?? '') && PERIOD.test(tokens[j + 2]?.lower ?? '') ? j + 3
    : /^(last|this)$/.test(tokens[j]?.lower ?? '') && PERIOD.test(tokens[j + 1]?.lower ?? '') ? j + 2 : -1;
  if (span > 0 && span < b) {
    j = span;
    while (j <= b && isLeadingNoise(tokens[j])) j++;
    return j;
  }
  // ("Late on Monday", "on Monday"; "By morning", "By Thursday evening": "by" itself was stepped over before)
  if (/^(late|early)$/.test(tokens[j]?.lower ?? '')) j++;
  if (/^(on|last|this)$/.test(tokens[j]?.lower ?? '')) j++;
  const byWhen = tokens[a - 1]?.lower === 'by' && j === a;
  if ((j > a || byWhen) && j < b && (TIME_WORDS.test(tokens[j].lower) || (byWhen && /^(morning|evening|noon|midday|nightfall|dawn|then)$/.test(tokens[j].lower)))) {
    j += byWhen && TIME_WORDS.test(tokens[j].lower) && /^(morning|afternoon|evening|night)$/.test(tokens[j + 1]?.lower ?? '') && j + 1 < b ? 2 : 1;
  } else {
    // ("A day later", "Hours later", "Two weeks afterwards")
    j = howLongAfter(tokens, a);
    if (j < 0 || j > b) return a;
  }
  while (j <= b && isLeadingNoise(tokens[j])) j++;
  return j;
}

/** "A day later", "three weeks later", "Hours afterwards" at `j`: how long after; the index past it, else -1. */
function howLongAfter(words: readonly Token[], j: number): number {
  const w = words[j]?.lower ?? '';
  const k = words[j]?.kind === 'digits' || isNumberWord(w) || /^(a|several|few|some)$/.test(w) ? j + 1 : j;
  return /^(minutes?|moments?|hours?|days?|weeks?|months?|years?)$/.test(words[k]?.lower ?? '') && /^(later|earlier|afterwards)$/.test(words[k + 1]?.lower ?? '') ? k + 2 : -1;
}

/** The words from `a` to `b` as a source's name: past noise before it, a contraction or wire tag on it; null when they
 * name no one (a casualty word, the dead themselves). */
function sourceText(sentence: string, tokens: Token[], tags: Tags[], a: number, b: number): string | null {
  // ("Casualty figures released by the Pentagon showed": a participle's agent, cut at its "by", is who gave them)
  while (a <= b && (isLeadingNoise(tokens[a]) || tokens[a].kind === 'punct' || (tokens[a].lower === 'by' && a < b))) a++;
  // ("C. whereas credible reports indicate that …": a resolution's label for the clause, then its opening word)
  if (a === 0 && a + 2 < b && tokens[1]?.text === '.' && (/^\p{Lu}$/u.test(tokens[0].text) || /^\d{1,2}$/.test(tokens[0].text))) {
    a = 2;
    while (a <= b && (isLeadingNoise(tokens[a]) || tokens[a].kind === 'punct')) a++;
  }
  // ("11:30 AM Our earlier report said 11 were killed": a live entry's time before who speaks)
  while (a < b && CLOCK_MARK.test(tokens[a].text) && tokens[a - 1]?.kind === 'digits') a++;
  // ("two Arab diplomats coordinating their countries' responses told AFP": the object of the speakers' participle
  // is no speaker; the phrase runs back to them)
  // ("a Somali committee looking into the attack said": a body's participle, with its preposition)
  let g = /^(the|a|an|its|their)$/.test(tokens[a - 1]?.lower ?? '') ? a - 2 : a - 1;
  const into = /^(into|at|over|for)$/.test(tokens[g]?.lower ?? '');
  if (into) g--;
  if (g > 0 && /ing$/.test(tokens[g].lower) && tags[g].has('Verb') && (isPersonWord(tokens[g - 1].lower) || (isSpeakerWord(tokens[g - 1].lower) && !/^(according|including)$/.test(tokens[g].lower)))) {
    a = g - 1;
    while (a > 0 && tokens[a - 1].kind === 'word' && !isVerb(tags[a - 1]) && !isLeadingNoise(tokens[a - 1])) a--;
  }
  // ("Late on Monday the mine operator issued", "By morning the … medical examiner", "A day later the regional
  // government": a time that opens the clause, with no comma, is when, not who)
  a = pastLeadingTime(tokens, a, b);
  // ("Three bodies were recovered from Tapovan on Monday, which takes the body count … to 8": a participle's phrase
  // with no one in it names no speaker)
  if (a < b && /^\p{Ll}+ed$/u.test(tokens[a].text) && /^(from|in|at|on|near)$/.test(tokens[a + 1].lower)
    && !tokens.slice(a, b + 1).some((t) => isSpeakerWord(t.lower) || SOURCE_HEADS.has(t.lower))) return null;
  // ("local media HK01 reported": digits glued to a name are part of it)
  while (a > 0 && a <= b && tokens[a - 1].end === tokens[a].start && tokens[a - 1].kind !== 'punct' && tokens[a].kind !== 'punct') a--;
  // (a bracket that closes one opened inside stays: "Inter Services Public Relations (ISPR)")
  while (b >= a && tokens[b].kind === 'punct' && (tokens[b].text !== '.' || b === tokens.length - 1) && !(tokens[b].text === ')' && tokens.slice(a, b).some((t) => t.text === '('))) b--;
  // ("Jitendra Singh Gangwar however confirmed only 10 deaths": a connective between who speaks and the verb)
  // ("Sierra Leone alone recorded 3,956 deaths": how much of the whole it stands for, no part of its name)
  while (b > a && /^(however|though|also|too|meanwhile|nevertheless|instead|further|furthermore|moreover|alone|itself|themselves)$/.test(tokens[b].lower)) b--;
  // ("the 359 announced by police the day before", "by the army the previous day": when they gave it, after who)
  const dayNoun = (k: number) => /^(day|night|week|month|year|morning|evening|afternoon)$/.test(tokens[k]?.lower ?? '');
  if (b - 3 >= a && ((/^(before|earlier|after|previously)$/.test(tokens[b].lower) && dayNoun(b - 1) && /^(the|a)$/.test(tokens[b - 2].lower))
    || (dayNoun(b) && /^(previous|same|following)$/.test(tokens[b - 1].lower) && tokens[b - 2].lower === 'the'))) b -= 3;
  // (or the span already cut before its last word)
  else if (b - 2 >= a && dayNoun(b) && /^(the|a)$/.test(tokens[b - 1].lower) && /^(before|earlier|after)$/.test(tokens[b + 1]?.lower ?? '')) b -= 2;
  if (b < a) return null;
  // a wire tag glued to the source: "RPT-Ukraine says", "UPDATE 2-Kiev says"
  // ("they've been able to confirm": a contraction's verb is no part of who speaks)
  let text = sentence.slice(tokens[a].start, tokens[b].end).replace(/['’](?:s|ve|re|d|ll)$/i, '').replace(WIRE_TAG, '');
  // (and a quoted name inside it: 'a “preliminary assessment” announced Wednesday by health authorities')
  text = text.replace(/^[“"'‘]+|[”"'’]+$/g, '').replace(/\s*[“”"]\s*/g, ' ').trim();
  // ("RT @ReliefWebUpdates: At least 5 killed": a repost's mark is no part of the account that posted it)
  text = text.replace(/^RT @(?=\w)/, '');
  // "No casualties reported": the casualty word is what is reported, not who reports it
  // ("a number of injured reported": nor the count of them)
  // (but captives, alive, may tell: "18 captives returned … and reported the killing of 33")
  const named = CASUALTY_AFTER[text.toLowerCase()];
  if ((named && named !== 'captured') || CASUALTY_AFTER[/^(?:an? |the )?number of (\S+)$/i.exec(text)?.[1]?.toLowerCase() ?? '']) return null;
  // ("The discovery of two more fatalities from the floods … raises the death toll": the dead themselves, with
  // no one named, say nothing)
  // ("a 20% rise in the total death sentences recorded in 2020": nor sentences, nor executions)
  if (/\b(fatalities|deaths|casualties|bodies|sentences|executions)\b/i.test(text) && !/\p{Lu}/u.test(text)) return null;
  // ("…, raising the toll from 17": a toll with its own count is what changed, no one who says it)
  if (/\b(?:toll|tally|count|total)\b.*\d/i.test(text)) return null;
  // ("killed, a figure it later revised to 1,480": the figure revised is no one; the pronoun that revised it is)
  const revisedBy = /^(?:figure|number|count|tally|total|toll)(?: (it|they|he|she))?$/i.exec(text);
  if (revisedBy) return revisedBy[1] ?? null;
  // ("The war's body count rose to 400": the event whose count it is says nothing)
  if (EVENT_NOUNS.has(text.toLowerCase())) return null;
  // ("DNA testing has so far identified 139 of the dead": how the dead were known, no one who says it)
  if (/^(?:dna|dental|forensic)(?: (?:testing|tests|analysis|analyses|samples|records|matching|profiling))?$/i.test(text)) return null;
  // ("We should be honest about the numbers: 4,000 dead …": a phrase cut at its modal names no one who says it)
  if (/\s(?:should|would|could|must|can|will|may|might|shall)$/i.test(text)) return null;
  // ("killed, a number no one else confirmed": no one is no source)
  if (/(?:^|\s)(?:no one|no-one|nobody)(?:\s|$)/i.test(text)) return null;
  // ("Another death in hospital has raised the toll": nor one death)
  if (/^(?:another |one more |a |one )?(?:death|fatality)\b/i.test(text)) return null;
  // ("96 supporters died, with that toll confirmed when …": the toll itself says nothing of itself)
  // ("This figure brought the total death count to 922": nor a figure named again)
  if (/^(?:(?:that|this|the|its|their) )?(?:death |casualty )?(?:toll|tally)$/i.test(text) || /^(?:this|that) (?:figure|number|count)$/i.test(text)) return null;
  // ("Death toll rises to 72 in quake -UPDATED-1": a wire's tag closing a headline names no one)
  if ((WIRE_TAG_ALONE.test(text) && (/\d/.test(text) || text === text.toUpperCase())) || /^\d+$/.test(text)) return null;
  // ("If confirmed, 12 soldiers were killed", "Once confirmed, the toll …": the word that opens a clause of when or if
  // is no one)
  if (/^(?:if|once|unless|when|whether|until)$/i.test(text)) return null;
  return text || null;
}

/**
 * Whether a figure told after `from` is set against one before it, by a comma and a word of comparison between `from`
 * and `to` (", far above the official toll of 769"): that figure is another's.
 */
function setAgainstBetween(tokens: Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).some((t, d) => t.text === ','
    && /^(above|below|beyond|exceeding|unlike|versus|against|compared)$/.test(tokens[from + d + (/^(far|well|much|way)$/.test(tokens[from + d + 1]?.lower ?? '') ? 2 : 1)]?.lower ?? ''));
}

/** Prepositions that end the one told or informed and open an adjunct: "told reporters at a news conference". */
const ADJUNCT_OPENERS = /^(at|during|in|on|after|via|by|from)$/;

function sourceOf(sentence: string, tokens: Token[], tags: Tags[], first: number, last: number, readAccordingTo = true): string | null {
  const clean = (a: number, b: number): string | null => sourceText(sentence, tokens, tags, a, b);

  // ("… to as many as 1.5 million in some later estimates": the estimates that give it, right after the figure)
  if (tokens[last + 1]?.lower === 'in' && /^(some|other|later|several|many|certain|most|unofficial|independent)$/.test(tokens[last + 2]?.lower ?? '')) {
    const noun = [last + 3, last + 4].find((k) => /^(estimates|accounts|counts|tallies)$/.test(tokens[k]?.lower ?? ''));
    if (noun !== undefined && tokens.slice(last + 3, noun).every((x) => x.kind === 'word')) return clean(last + 2, noun);
  }

  // ("The provincial government counts only deaths confirmed by a hospital or a morgue, which gives 1,104 so far": who
  // keeps the count the relative clause sums, never who confirms each death)
  {
    const counts = countSummedAt(tokens, first);
    const who = counts > 0 ? subjectBefore(tokens, tags, counts) : null;
    if (who) return clean(who[0], who[1]);
  }

  // ("Hospital staff counted 44 bodies, a higher figure than the 31 announced by the governor's office": a figure set
  // against another, with who announced it right after it, is that one's)
  // ("bringing the toll to 62 from the 60 first announced by the interior ministry": or the old end of a change, when it
  // was given between)
  const given = /^(first|initially|previously|originally)$/.test(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
  if (/^(than|not|unlike|compared|from)$/.test(tokens[first - 2]?.lower ?? '') && tokens[first - 1]?.lower === 'the'
    && /^(announced|reported|given|released|claimed|cited|published|issued)$/.test(tokens[given]?.lower ?? '') && tokens[given + 1]?.lower === 'by') {
    const agent = nounPhraseAfter(tokens, tags, given + 2);
    if (agent) return clean(agent[0], agent[1]);
  }
  // ("…, a figure far above the roughly 26,000 deaths recorded across the whole country by ACLED", "far more than the
  // 26,000 deaths recorded by ACLED": a known count the figure read as a floor, with its noun, then who recorded it)
  if (/^(above|beyond|more|higher|greater)$/.test(tokens[first].lower) && tokens.slice(first + 1, last).some((t) => t.lower === 'the')) {
    const verb = CASUALTY_AFTER[tokens[last + 1]?.lower ?? ''] !== undefined ? last + 2 : last + 1;
    const agent = REPORTED_BY.test(tokens[verb]?.lower ?? '') ? reportingAgent(tokens, tags, verb) : null;
    if (agent) return clean(agent[0], agent[1]);
  }

  // ("Randy Delos Santos, whose 17-year-old nephew, Kian, was shot to death …, said the poor have been traumatized": a
  // figure inside a "whose" clause on the speaker is told of the speaker, not by the speaker)
  {
    const whose = tokens.findIndex((t, k) => k < first && t.lower === 'whose' && tokens[k - 1]?.text === ',' && first - k <= 12);
    if (whose > 0 && !tokens.slice(whose + 1, first).some((t) => SAY_VERBS.has(t.lower))) {
      for (let c = last + 1; c < tokens.length && c - whose <= 40; c++) {
        if (/^[.;:]$/.test(tokens[c].text) || SAY_VERBS.has(tokens[c].lower)) break;
        if (tokens[c].text === ',' && /^(said|says|told|tells)$/.test(tokens[c + 1]?.lower ?? '')) return null;
      }
    }
  }

  // ("Deaths 161+ or 200+ (Human Rights Watch)[1][2]", "Fatalities 613 (Azerbaijani government claim)": an info box's
  // line, no sentence, closed by who gives its counts in brackets, before its notes)
  if (!endsLikeRunningText(sentence)) {
    const open = tokens.findIndex((t, k) => k > last && t.text === '(');
    const close = open > 0 ? tokens.findIndex((t, k) => k > open && t.text === ')') : -1;
    const notesOnly = close > 0 && tokens.slice(close + 1).every((t) => /^[[\]]$/.test(t.text) || t.kind === 'digits');
    let end = close - 1;
    if (COUNT_NOUN.test(tokens[end]?.lower ?? '')) end--;
    const name = tokens.slice(open + 1, end + 1);
    // (never a wire's note on the story: "(Adds detail about quake death toll)", "(Updates toll)")
    const wireNote = /^(adds|updates|recasts|corrects|changes|rewrites|writes|fixes|removes|inserts)$/i.test(name[0]?.text ?? '');
    if (notesOnly && !wireNote && name.length >= 1 && name.every((t) => t.kind === 'word') && /^\p{Lu}/u.test(name[0].text)
      && (name.length >= 2 || isSpeakerWord(name[0].lower)) && !isPlaceName(name.map((t) => t.text).join(' '))) {
      const s = clean(open + 1, end);
      if (s) return s;
    }
  }

  // ("1 year. 10,582 civilians killed, including 499 children (OHCHR).": a body's acronym in brackets closing a line of
  // counts is who gives them, when nothing in the line says them; never what the words before it spell ("an improvised
  // explosive device (IED)"), nor a country's letters)
  {
    const close = tokens.length - (/^[.!]$/.test(tokens.at(-1)?.text ?? '') ? 2 : 1);
    const open = close - 2;
    const acronym = tokens[open + 1]?.text ?? '';
    if (open > last && tokens[close]?.text === ')' && tokens[open].text === '(' && /^\p{Lu}{3,8}$/u.test(acronym) && !/^(USA|UAE|DRC)$/.test(acronym)) {
      const words = tokens.slice(Math.max(0, open - acronym.length), open);
      // (nor a name's letters, after it: "Hayat Tahrir al-Sham (HTS)")
      const spelled = (words.length === acronym.length && words.every((t, d) => t.text[0]?.toUpperCase() === acronym[d])) || [1, 2, 3].some((d) => open - d > 0 && /^\p{Lu}/u.test(tokens[open - d]?.text ?? ''));
      const said = tokens.some((t, k) => (SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, k)) || t.lower === 'according');
      if (!spelled && !said) { const s = clean(open + 1, open + 1); if (s) return s; }
    }
  }

  // ("lower than the 471 deaths that health authorities in the Hamas-ruled enclave originally described", "The US
  // estimated 100 to 300 killed, far fewer than the nearly 500 deaths that health authorities originally described":
  // the figure's own relative clause names who gave it, whoever speaks the sentence)
  {
    const told = toldInItsRelativeClause(tokens, tags, first, last);
    if (told) { const s = clean(told[0], told[1]); if (s) return s; }
  }

  // ("…, updating an earlier toll of 210 from the government media office": a toll's figure, then whose toll it was)
  if (tokens[first - 1]?.lower === 'of' && /^(toll|figure|count|tally|estimate)$/.test(tokens[first - 2]?.lower ?? '') && tokens[last + 1]?.lower === 'from') {
    const from = nounPhraseAfter(tokens, tags, last + 2);
    if (from && tokens.slice(from[0], from[1] + 1).some((t) => isSpeakerWord(t.lower) || SOURCE_HEADS.has(t.lower))) { const s = clean(from[0], from[1]); if (s) return s; }
  }

  // 0. "As reported by Ukrinform, Russian troops killed one resident": a lead naming who reports it
  {
    const by = tokens[0]?.lower === 'as' ? (tokens[1]?.lower === 'reported' ? 2 : tokens[1]?.lower === 'was' && tokens[2]?.lower === 'reported' ? 3 : -1) : -1;
    if (by > 0 && tokens[by]?.lower === 'by') {
      const comma = tokens.findIndex((t, k) => k > by && t.text === ',');
      // (but the speaker of the clause after it: "As reported by The Guardian, an Arab diplomat told AFP that …")
      const inner = tokens.slice(comma + 1, first).some((_, d) => activeSaying(tokens, tags, comma + 1 + d));
      if (comma > by + 1 && comma < first && comma - by <= 8 && !inner) {
        const s = clean(by + 1, comma - 1);
        if (s) return s;
      }
    }
  }

  // ("Local media reports, however, suggest an even higher count, citing at least 26 deaths": the figure cited after
  // a comma is the clause's subject's)
  {
    const citing = tokens.findIndex((t, k) => k < first && first - k <= 4 && t.lower === 'citing' && tokens[k - 1]?.text === ',');
    if (citing > 0 && tokens.slice(citing + 1, first).every((t) => t.kind === 'word')) {
      const main = mainSubject(tokens, tags, citing);
      if (main) { const s = clean(main[0], main[1]); if (s) return s; }
    }
  }

  // ("By some estimates, as many as 150,000 people have been killed": a lead naming the counts that give it)
  // ("It has been a grim spring: by my count eight climbers and four guides have died": or with no comma, after a colon,
  // for each count of the clause it opens)
  const opens = byCountsAt(tokens, 0) ? 0 : tokens.findIndex((t, k) => k < first && /^[:;]$/.test(t.text) && byCountsAt(tokens, k + 1)) + 1;
  if (byCountsAt(tokens, opens) && (tokens[opens + 3]?.text === ',' || isCountToken(tokens[opens + 3]))
    && first > opens + 2 && !tokens.slice(opens + 4, first).some((t) => /^[:;.]$/.test(t.text))) {
    const s = clean(opens + 1, opens + 2);
    if (s) return s;
  }

  // ("By the count of the state fire brigade, 43 bodies had been taken to the forensic institute": or the count of
  // whoever kept it)
  if (tokens[0]?.lower === 'by' && tokens[1]?.lower === 'the' && /^(count|tally|estimate|reckoning)$/.test(tokens[2]?.lower ?? '') && tokens[3]?.lower === 'of') {
    const comma = tokens.findIndex((t, k) => k > 4 && k < first && t.text === ',');
    if (comma > 0 && comma <= 12 && tokens.slice(4, comma).every((t) => t.kind === 'word' || /^['’]$/.test(t.text))) {
      const s = clean(4, comma - 1);
      if (s) return s;
    }
  }

  // ("In a statement issued by ISPR earlier today, a soldier was martyred and four terrorists were killed": a lead
  // naming the writing and who issued it)
  if (tokens[0]?.lower === 'in' && /^(a|an|its|the)$/.test(tokens[1]?.lower ?? '') && WRITINGS.test(tokens[2]?.lower ?? '')
    && /^(issued|released|published|posted)$/.test(tokens[3]?.lower ?? '') && tokens[4]?.lower === 'by') {
    const comma = tokens.findIndex((t, k) => k > 4 && t.text === ',');
    const agent = comma > 5 && comma < first ? nounPhraseAfter(tokens, tags, 5) : null;
    let end = agent && agent[1] < comma ? agent[1] : -1;
    while (agent && end > agent[0] && (TIME_WORDS.test(tokens[end].lower) || /^(earlier|later|today|yesterday|on)$/.test(tokens[end].lower))) end--;
    if (agent && end >= agent[0]) { const s = clean(agent[0], end); if (s) return s; }
  }
  // ("… far exceeding the 37,877 fatalities claimed by the health ministry": a participle on the figure's own noun, with
  // its agent, says whose figure it is, whoever speaks before it)
  // ("the 300 civilian deaths verified by the UN": a modifier or two before the noun)
  // ("… impossible to square with the 300 civilian deaths the UN has verified": or its agent in a clause with no "that",
  // whoever speaks before it)
  // ("Quad bikes were involved in 11 of the 38 deaths on farms recorded by the Health and Safety Executive": or a part of
  // such a figure, whose whole's agent says it too)
  const whole = tokens[last + 1]?.lower === 'of' && tokens[last + 2]?.lower === 'the' && tokens[last + 3]?.kind === 'digits' ? last + 3 : -1;
  if (tokens[first - 1]?.lower === 'the' || whole > 0) {
    const counted = whole > 0 ? whole : last;
    let noun = counted + 1;
    while (noun < counted + 3 && tokens[noun]?.kind === 'word' && CASUALTY_AFTER[tokens[noun].lower] === undefined && !SAY_VERBS.has(tokens[noun].lower)) noun++;
    const own = CASUALTY_AFTER[tokens[noun]?.lower ?? ''] !== undefined;
    // ("the 38 deaths on farms recorded by the Health and Safety Executive": where they were, a short phrase of words,
    // between)
    const where = own && /^(on|in|at|across)$/.test(tokens[noun + 1]?.lower ?? '') ? tokens.findIndex((t, j) => j > noun + 2 && j <= noun + 5 && REPORTED_BY.test(t.lower) && tokens[j + 1]?.lower === 'by') : -1;
    const placed = where > 0 && tokens.slice(noun + 2, where).every((t, d) => t.kind === 'word' && !isVerb(tags[noun + 2 + d])) ? where : noun + 1;
    const agent = own ? reportingAgent(tokens, tags, placed, true) : null;
    if (agent) { const s = clean(agent[0], agent[1]); if (s) return s; }
    const that = tokens[noun + 1]?.lower === 'that' ? noun + 2 : noun + 1;
    if (own && /^(the|a|an|its|their)$/.test(tokens[that]?.lower ?? '')) {
      let v = that + 1;
      while (v <= that + 4 && tokens[v]?.kind === 'word' && !/^(has|have|had)$/.test(tokens[v].lower)) v++;
      if (v > that + 1 && /^(has|have|had)$/.test(tokens[v]?.lower ?? '') && REPORTED_BY.test(tokens[v + 1]?.lower ?? '')) {
        const s = clean(that + 1, v - 1);
        if (s) return s;
      }
    }
  }
  // ("The figure of 6,402 extrajudicial executions, presented by the JEP in 2021, is …": or a participle set off by a comma)
  if (/^(the|of)$/.test(tokens[first - 1]?.lower ?? '')) {
    let noun = last + 1;
    while (noun < last + 3 && tokens[noun]?.kind === 'word' && CASUALTY_AFTER[tokens[noun].lower] === undefined) noun++;
    const agent = CASUALTY_AFTER[tokens[noun]?.lower ?? ''] !== undefined && tokens[noun + 1]?.text === ',' ? reportingAgent(tokens, tags, noun + 2, true) : null;
    // (never the year it was given in: "by the JEP in 2021")
    const when = agent ? tokens.findIndex((t, j) => j > agent[0] && j <= agent[1] && /^(in|on)$/.test(t.lower) && (tokens[j + 1]?.kind === 'digits' || TIME_WORDS.test(tokens[j + 1]?.lower ?? ''))) : -1;
    if (agent) { const s = clean(agent[0], when > 0 ? when - 1 : agent[1]); if (s) return s; }
  }
  // ("down from an official count of 41 provided Tuesday by Amman": a count given by its agent, right after the figure,
  // a day between)
  if (/^(of|at)$/.test(tokens[first - 1]?.lower ?? '') && /^(count|figure|toll|tally|estimate|total)$/.test(tokens[first - 2]?.lower ?? '')) {
    const agent = reportingAgent(tokens, tags, last + 1, true);
    if (agent) { const s = clean(agent[0], agent[1]); if (s) return s; }
  }
  // ("The official casualty report was 173 deaths, 8 missing, and 798 non-fatal injuries": a writing that opens the
  // sentence, its copula, then its counts)
  {
    const be = tokens.findIndex((t, k) => k < first && /^(was|is|were|are)$/.test(t.lower));
    // ("The official Chinese government figure is 241 dead, including soldiers, and 7,000 wounded": or a figure that
    // names the body it is of)
    // ("The British official figure of the dead was 379": a body's name in capitals, and what the figure is of)
    const ofTheDead = be >= 4 && tokens[be - 1]?.lower === 'dead' && tokens[be - 2]?.lower === 'the' && tokens[be - 3]?.lower === 'of' ? 3
      : be >= 3 && /^(deaths|casualties|fatalities)$/.test(tokens[be - 1]?.lower ?? '') && tokens[be - 2]?.lower === 'of' ? 2 : 0;
    const noun = be - 1 - ofTheDead;
    const ownedFigure = /^(figure|figures|estimate|estimates)$/.test(tokens[noun]?.lower ?? '')
      && tokens.slice(1, noun).some((t) => OWNING_BODIES.test(t.lower) || (/^\p{Lu}/u.test(t.text) && !TIME_WORDS.test(t.lower) && !MONTHS.has(t.lower)));
    if (be > 1 && (WRITINGS.test(tokens[be - 1].lower) || ownedFigure) && tokens.slice(0, be).every((t) => t.kind === 'word') && be <= 6 + ofTheDead && /^(the|a|an|its|their)$/.test(tokens[0].lower)
      && first - be <= 16 && tokens.slice(be + 1, first).every((t) => t.kind !== 'word' || /^(at|about|around|some|nearly|almost|more|than|over|least|and|non-fatal|serious|minor|including)$/.test(t.lower) || CASUALTY_AFTER[t.lower] !== undefined || isCountToken(t) || isPersonWord(t.lower))) {
      const s = clean(1, ownedFigure ? noun : be - 1);
      if (s) return s;
    }
  }
  // ("revised to around 1,200 from a previous government estimate of 1,400", "up from an earlier army estimate of 40": an
  // estimate named by the body that made it is that body's)
  // (but "An official said the toll had been revised to 61 from a previous government estimate of 75": an outer saying
  // wins over the one it reports)
  if (tokens[first - 1]?.lower === 'of' && /^(estimate|estimates|count|tally|figure|figures)$/.test(tokens[first - 2]?.lower ?? '')
    && !tokens.slice(0, first).some((t) => /^(said|says|say|told|tells|according|stated|states|announced|added)$/.test(t.lower))) {
    let det = first - 3;
    while (det >= 0 && first - det <= 6 && tokens[det].kind === 'word' && !/^(a|an|the|its|their|from|of|to|at)$/.test(tokens[det].lower)) det--;
    const owner = tokens.slice(det + 1, first - 2).find((t) => OWNING_BODIES.test(t.lower));
    if (owner && /^(a|an|the|from)$/.test(tokens[det]?.lower ?? '')) { const s = clean(det + 1, first - 2); if (s) return s; }
  }
  // ("At the moment, we have a death toll of 19 civilians", "The ministry has a toll of 40 dead": who has the toll
  // gives it)
  if (tokens[first - 1]?.lower === 'of' && /^(toll|tally)$/.test(tokens[first - 2]?.lower ?? '')) {
    let h = first - 3;
    if (/^(death|casualty|injury)$/.test(tokens[h]?.lower ?? '')) h--;
    if (/^(a|an|the)$/.test(tokens[h]?.lower ?? '')) h--;
    if (/^(have|has|had)$/.test(tokens[h]?.lower ?? '')) {
      // (one who can give it, never a place: "The city has had a death toll of 12 this year")
      const holder = subjectBefore(tokens, tags, h);
      const head = holder ? tokens[holder[1]].lower : '';
      if (holder && (/^(we|they)$/.test(head) || isSpeakerWord(head) || SOURCE_HEADS.has(head)) && !isPlaceName(tokens[holder[1]].text)) {
        const s = clean(holder[0], holder[1]);
        if (s) return s;
      }
    }
  }
  // ("A figure of 50,000 to 1 lac killed in the 71 war is the figure quoted by Sarmilla Bose": the figure named again,
  // with who gave it)
  for (let k = last + 1; k < tokens.length - 4 && k - last <= 12; k++) {
    if (tokens[k].kind === 'punct') break;
    if (!/^(is|was)$/.test(tokens[k].lower) || !/^(the|a)$/.test(tokens[k + 1].lower) || !/^(figure|estimate|number|toll|count)$/.test(tokens[k + 2].lower)) continue;
    const agent = reportingAgent(tokens, tags, k + 3);
    if (agent) { const s = clean(agent[0], agent[1]); if (s) return s; }
    break;
  }
  // ("78 bodies have been recovered, and not 79 as reported yesterday": the figure set aside is the earlier
  // report's, which names no one)
  if (tokens[first - 1]?.lower === 'not' && tokens[last + 1]?.lower === 'as') {
    const v = /^(being|was|were|previously|earlier|first|initially)$/.test(tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
    if (/^(reported|announced|stated|claimed|said|given)$/.test(tokens[v]?.lower ?? '') && !tokens.slice(v + 1, v + 4).some((t) => t.lower === 'by')) return null;
  }
  // ("the new death toll of 253, down from 359 announced on Wednesday": an old end given earlier by someone unnamed
  // is no saying of the one who gives the new)
  // ("to 107, from 114 given a day earlier": or how long before)
  if (/^(from|than)$/.test(tokens[first - 1]?.lower ?? '') && /^(announced|reported|given|released|published)$/.test(tokens[last + 1]?.lower ?? '')
    && (/^(on|earlier|last|yesterday|previously|initially)$/.test(tokens[last + 2]?.lower ?? '')
      || timeEarlierAt(tokens, last + 2))) return null;
  // ("…, the official death toll climbing to 139 as confirmed by Aleksandr Bastrykin": who confirmed it, right after the figure)
  // ("not 359 as being reported by the media")
  // (but who said it, before the figure, over the outlet that reported them saying it: "A French assessment suggested
  // that … could be closer to 600, as reported by CNN")
  const saidThat = tokens.slice(0, first).some((_, d) => tokens[d + 1]?.lower === 'that' && activeSaying(tokens, tags, d));
  // ("… twice as high as the official toll of 56 put forward by the country's military-led government": a toll the
  // count stands in, with its own agent right after it)
  if (/^(put|brought|set)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.lower === 'forward' && tokens[first - 1]?.lower === 'of'
    && /^(toll|figure|tally|count|estimate)$/.test(tokens[first - 2]?.lower ?? '')) {
    const agent = reportingAgent(tokens, tags, last + 1);
    if (agent) return clean(agent[0], agent[1]);
  }
  // ("the previous toll of 2,360 that was announced earlier Friday by the National Disaster Risk Reduction and
  // Management Council", "The previous toll of 2,360 was announced by …": the toll given, then its agent)
  if (tokens[first - 1]?.lower === 'of' && TALLIES.test(tokens[first - 2]?.lower ?? '')) {
    const agent = agentPastAuxiliary(tokens, tags, /^(that|which)$/.test(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1);
    if (agent) return clean(agent[0], agent[1]);
  }
  // ("The new estimate of nearly 3,000 dead in the six months after Maria devastated the island … was made by
  // researchers with …": the estimate that opens the sentence, then its own passive verb and agent, however far)
  if (tokens[first - 1]?.lower === 'of' && /^(estimate|estimates|figure|figures|toll|tally|count)$/.test(tokens[first - 2]?.lower ?? '')
    && tokens.slice(0, first - 2).every((t) => t.kind === 'word' && /^(the|a|an|new|latest|revised|updated|initial|earlier|previous|higher|lower|official|death)$/.test(t.lower))) {
    const be = tokens.findIndex((t, k) => k > last && k <= last + 30 && /^(was|were)$/.test(t.lower));
    const made = be > 0 && /^(made|produced|compiled|calculated|reached|prepared)$/.test(tokens[be + 1]?.lower ?? '') && tokens[be + 2]?.lower === 'by' ? nounPhraseAfter(tokens, tags, be + 3) : null;
    const agent = made ?? (be > 0 ? agentPastAuxiliary(tokens, tags, be) : null);
    // (never past another saying between: "… dead, officials said, was made by …")
    if (agent && !tokens.slice(last + 1, be).some((t, d) => t.text === ';' || (SAY_VERBS.has(t.lower) && !TOLL_CHANGES.test(t.lower) && isSayVerbHere(tokens, tags, last + 1 + d)))) return clean(agent[0], agent[1]);
  }
  // ("not 20 killed and 42 hospitalised as initially reported by police": or past a count joined after it, and a word
  // of when before the report)
  for (let k = last + 1; k < Math.min(tokens.length - 3, last + 7); k++) {
    // (never past a figure set aside: "was 290 and not 359 as being reported by the media")
    if (k >= last + 4 && (!tokens.slice(last + 1, k).some((t) => t.lower === 'and') || tokens.slice(last + 1, k).some((t) => t.lower === 'not'))) break;
    if (tokens[k].lower !== 'as' || (saidThat && tokens[k - 1]?.text === ',')) continue;
    const agent = agentPastAuxiliary(tokens, tags, k + 1);
    const s = agent ? clean(agent[0], agent[1]) : null;
    if (s) return s;
  }

  // ("57 of whom remain in Gaza including 34 the Israeli military says are dead", "34 hostages whom the army believes
  // are dead": a relative clause on the count, whose subject says their fate)
  {
    let k = last + 1;
    if (tokens[k]?.kind === 'word' && tags[k].has('Plural') && tags[k].has('Noun')) k++;
    if (/^(who|whom|that)$/.test(tokens[k]?.lower ?? '')) k++;
    const saying = (j: number) => /^(says|said|say|believes|believe|believed|estimates|estimated)$/.test(tokens[j]?.lower ?? '');
    let v = k;
    // (the tagger may take "says" after a noun for a plural)
    while (v < tokens.length && v - k <= 5 && tokens[v].kind === 'word' && !saying(v) && !isVerb(tags[v])) v++;
    const says = saying(v);
    let be = /^(are|were|is|was|have|has|had)$/.test(tokens[v + 1]?.lower ?? '') ? v + 2 : -1;
    // ("the roughly 1,100 who officials said were believed to be missing": a belief between)
    if (be > 0 && /^(believed|thought|feared|presumed)$/.test(tokens[be]?.lower ?? '') && tokens[be + 1]?.lower === 'to' && tokens[be + 2]?.lower === 'be') be += 3;
    const fate = be > 0 && (CASUALTY_AFTER[tokens[be]?.lower ?? ''] !== undefined || (tokens[be]?.lower === 'been' && CASUALTY_AFTER[tokens[be + 1]?.lower ?? ''] !== undefined));
    if (says && fate && v > k && (/^(the|\p{Lu})/u.test(tokens[k].text) || isSpeakerWord(tokens[k].lower))) {
      const s = clean(k, v - 1);
      if (s) return s;
    }
  }

  // ("Of the total of 8,605 casualties the Monitor recorded for 2016, at least 2,089 people were killed": who
  // recorded the lead's total says its parts too, unless the rest of the sentence names a speaker of its own)
  {
    const lead = recordedInLead(tokens, tags);
    if (lead && (first < lead.comma || !tokens.slice(lead.comma + 1).some((t, d) => SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, lead.comma + 1 + d)))) {
      const s = clean(lead.subject[0], lead.subject[1]);
      if (s) return s;
    }
  }

  // ("Fatalities: 23 (per government), 203-400 (per CTA and Dalai Lama)": a figure's own bracket names who gives it,
  // over another figure's)
  // ("Russia: 4,000–6,000 killed (per Western estimates)": or past the count's own casualty word)
  const bracketAt = tokens[last + 1]?.text === '(' ? last + 1 : CASUALTY_AFTER[tokens[last + 1]?.lower ?? ''] !== undefined && tokens[last + 2]?.text === '(' ? last + 2 : -1;
  if (bracketAt > 0 && /^(per|according)$/.test(tokens[bracketAt + 1]?.lower ?? '')) {
    const from = tokens[bracketAt + 1].lower === 'per' ? bracketAt + 2 : bracketAt + 3;
    const shut = tokens.findIndex((t, k) => k > from && t.text === ')');
    // ("(per OCHA, 15 May)": who, then the date of the count)
    const comma = tokens.findIndex((t, k) => k > from && k < shut && t.text === ',');
    const close = comma > from && tokens.slice(comma + 1, shut).every((t) => t.kind === 'digits' || MONTHS.has(t.lower) || TIME_WORDS.test(t.lower)) ? comma : shut;
    if (close > from && close - from <= 8 && tokens.slice(from, close).every((t) => t.kind === 'word')) {
      // ("(per Azerbaijani government estimates)": whose estimates, as an info box's "(Azerbaijani government claim)" is
      // the government's; a single word left, "(per Western estimates)", keeps its noun)
      const start = tokens[from].lower === 'the' ? from + 1 : from;
      const end = close - 2 > start && COUNT_NOUN.test(tokens[close - 1].lower) ? close - 2 : close - 1;
      const s = clean(start, end) ?? clean(start, close - 1);
      if (s) return s;
    }
  }

  // ("We're hearing from the police now that the number of people taken to hospital has gone up to 34": who it was heard
  // from, before what was heard)
  for (let i = 0; i + 2 < first; i++) {
    // ("We understand from the ambulance service that 19 supporters were assessed": or understood from them)
    if (!/^(heard|hearing|learned|learnt|learning|understand|understood)$/.test(tokens[i].lower) || tokens[i + 1].lower !== 'from') continue;
    const phrase = nounPhraseAfter(tokens, tags, i + 2);
    if (!phrase) continue;
    // (when, never part of who: "from the police now")
    const when = /^(now|today|just|also)$/.test(tokens[phrase[1]]?.lower ?? '') && phrase[1] > phrase[0];
    const from: [number, number] = when ? [phrase[0], phrase[1] - 1] : phrase;
    // (never when or how it was learned: "understood from the start that …", "learned from experience")
    if (/^(start|outset|beginning|experience|past)$/.test(tokens[from[1]].lower)) continue;
    const that = /^(now|today|just|also)$/.test(tokens[from[1] + 1]?.lower ?? '') ? from[1] + 2 : from[1] + 1;
    if (tokens[that]?.lower === 'that' && that < first) return clean(from[0], from[1]);
  }
  // ("Just seen on the news that 7 people died": where it was seen or heard, before what)
  for (let i = 0; i + 3 < first; i++) {
    if (!/^(seen|saw|heard|read|hearing|seeing|reading)$/.test(tokens[i].lower) || !/^(on|in)$/.test(tokens[i + 1].lower)) continue;
    const at = tokens[i + 2].lower === 'the' ? i + 3 : i + 2;
    if (/^(news|radio|tv|television)$/.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'that' && at + 1 < first) return clean(i + 2, at);
  }

  // 1. "according to X" anywhere in the sentence.
  for (let i = 0; readAccordingTo && i + 1 < tokens.length; i++) {
    // ("per Israel", "per the ministry": "per" before a name or a source word, never "per day")
    // ("per the latest estimates": a source word after a word of which one)
    const per = tokens[i].lower === 'per' && tokens[i + 1].kind === 'word' && perSource(tokens, i + (tokens[i + 1].lower === 'the' ? 2 : 1));
    // ("bringing the total to 100 based on police and disaster agency sources": what the figure rests on, named
    // as sources or reports)
    // (never an aside right after a say-verb: "Fox News and the New York Times report, based on eyewitness accounts,
    // that …": what informs those who report it)
    // (nor after a saying of its own before it: "The party documented approximately 700 deaths … based on
    // health worker accounts", "the United Nations reported at least 10 deaths based on credible sources")
    const basedOn = tokens[i].lower === 'based' && tokens[i + 1].lower === 'on'
      && ((!(tokens[i - 1]?.text === ',' && SAY_VERBS.has(tokens[i - 2]?.lower ?? ''))
        && !tokens.slice(0, i).some((_, d) => activeSaying(tokens, tags, d))
        && tokens.slice(i + 2, i + 10).some((t, d) => /^(sources|reports|figures|data|records|statements|tallies|estimates|accounts)$/.test(t.lower) && tokens.slice(i + 2, i + 2 + d).every((x) => x.kind === 'word')
          && (!tokens[i + 3 + d] || tokens[i + 3 + d].kind === 'punct')))
        // ("brought the total death count to 922, based on an AFP tally of reports from various countries": a tally, then
        // what it was made of, closing the sentence)
        || (tokens[i - 1]?.text === ',' && tokens.slice(i + 2, i + 6).some((t, d) => /^(tally|count|estimate)$/.test(t.lower)
          && tokens.slice(i + 2, i + 2 + d).every((x) => x.kind === 'word') && tokens[i + 3 + d]?.lower === 'of')
          && endsAt(tokens, tokens.findIndex((x, k) => k > i + 2 && x.kind === 'punct' && x.text !== '-'))));
    // ("… in contrast with those provided by Moscow, according to which more than six thousand soldiers died": the
    // relative pronoun stands for what comes before its comma, and who provided that)
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to' && /^(which|whom)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i - 1]?.text === ',' && i + 2 < first) {
      const by = tokens.findIndex((t, k) => k >= i - 6 && k < i - 1 && t.lower === 'by');
      const agent = by > 0 ? nounPhraseAfter(tokens, tags, by + 1) : null;
      if (agent && agent[1] < i - 1) return clean(agent[0], agent[1]);
      let open = i - 2;
      while (open > 0 && i - 1 - open < 5 && tokens[open - 1].kind === 'word' && !/^(the|a|an|of|in|on|with|to|from|and|than)$/.test(tokens[open - 1].lower) && !isVerb(tags[open - 1])) open--;
      if (tokens[i - 2]?.kind === 'word' && (isSpeakerWord(tokens[i - 2].lower) || SAY_NOUNS.has(tokens[i - 2].lower) || /^\p{Lu}/u.test(tokens[open].text))) return clean(open, i - 2);
      continue;
    }
    // ("with the graves numbered according to their DNA samples": in keeping with, after a verb of ordering, says nothing)
    if (tokens[i].lower === 'according' && tokens[i + 1].lower === 'to' && /^(numbered|sorted|arranged|ranked|classified|graded|grouped|organised|organized|divided|buried|marked|labelled|labeled|listed)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    if ((tokens[i].lower === 'according' && tokens[i + 1].lower === 'to') || per || basedOn) {
      let j = per ? i + 1 : i + 2;
      const start = j;
      let seenBy = false;
      for (; j < tokens.length; j++) {
        const t = tokens[j];
        // "according to a human rights group, ethnic minority rebels and media": a list of who says it
        if (t.text === ',' && listGoesOn(tokens, tags, j)) continue;
        // "according to the United Nations (UN) Human Rights Office": an acronym in brackets
        if (t.text === '(' && /^[A-Z]{2,}$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 2]?.text === ')') { j += 2; continue; }
        // ('according to a “preliminary assessment” announced Wednesday by health authorities': a quoted name of it)
        if (/^[“”"]$/.test(t.text) && j > start && j < start + 6) continue;
        if (t.kind === 'punct' && t.text !== '-' && t.text !== '’' && t.text !== "'" && t.text !== '.') break;
        // "according to figures compiled by nongovernmental organizations", "a toll provided to AFP by the network"
        // ("a new death toll announced on Wednesday evening by President Volodymyr Zelenskyy": a day and its part between)
        // ("according to an internal report seen by the newspaper": who saw it gives nothing; the report ends there)
        // ("according to a still provisional toll obtained by AFP from security sources": who it was obtained from gave it)
        if (j > start && /^(obtained|received)$/.test(t.lower)) {
          const from = tokens.findIndex((x, k) => k > j && k <= j + 6 && x.lower === 'from' && tokens.slice(j + 1, k).every((y) => y.kind === 'word'));
          const giver = from > 0 ? nounPhraseAfter(tokens, tags, from + 1) : null;
          const named = giver ? clean(giver[0], giver[1]) : null;
          if (named) return named;
        }
        if (j > start && /^(seen|obtained|reviewed|viewed)$/.test(t.lower) && tokens[j + 1]?.lower === 'by') { seenBy = true; break; }
        const by = j > start && tags[j].has('PastTense') ? tokens.findIndex((x, k) => k > j && x.lower === 'by' && (k <= j + 3 || (k === j + 4 && tokens.slice(j + 1, k).every((y) => y.kind === 'word')))) : -1;
        if (by > 0) { j = by; continue; }
        // ("according to Iraqi police and hospital officials": a source word the tagger takes for a verb)
        // ("according to reports from state officials, coroners and news organizations")
        if (t.lower === 'from' && j > start && SAY_NOUNS.has(tokens[j - 1].lower)) continue;
        // ("according to the latest WHO data": what informs, which the tagger may take for a verb)
        // ("as per the revised estimate": a participle after the article is the estimate's adjective)
        const revisedAdjective = /^(revised|updated|corrected|amended)$/.test(t.lower) && /^(the|a|an|its|their)$/.test(tokens[j - 1]?.lower ?? '');
        // ("according to casualty figures released by the Houthis": a plural noun of a record the tagger takes for a verb)
        // ("according to the town police's Facebook page": a possessive is a noun's, whatever the tagger says)
        // ("according to the Committee to Protect Journalists": a name's "to" and the verb after it)
        if (j > start && toInName(tokens, j)) { j++; continue; }
        if (isStopWord(t) || (isVerb(tags[j]) && j > start && !revisedAdjective && !/\p{L}['’]s$/u.test(t.text) && !SOURCE_HEADS.has(t.lower) && !SPEAKER_MODIFIERS.test(t.lower) && !INFORMING_NOUNS.has(t.lower) && !RECORD_NOUNS.test(t.lower))) break;
        // ("according to a 2015 demographic study": a year naming the study, right after its article, is part of it)
        if (t.kind === 'digits' && !(j === start + 1 && /^(a|an|the)$/.test(tokens[start].lower) && /^(19|20)\d\d$/.test(t.text) && tokens[j + 1]?.kind === 'word')) break;
        // ("According to the records nearly 26,000 people died": never into the figure's own bound, with no comma between)
        if (j === first && j > start) break;
        // "according to the Sudan Doctors Network on Saturday": the day is when, not who
        // ("… Pavlo Kyrylenko on Dec. 1")
        // ("figures released by the ministry in May": or its month)
        // ("a bulletin released by the Civil Defense at noon this Monday": or the hour)
        if (j > start && /^(on|last|late|early|this|in|at)$/.test(t.lower) && (TIME_WORDS.test(tokens[j + 1]?.lower ?? '') || MONTH_ABBREVIATIONS.test(tokens[j + 1]?.lower ?? '')
          || (t.lower === 'in' && MONTHS.has(tokens[j + 1]?.lower ?? '')) || (t.lower === 'at' && /^(noon|midday|midnight|dawn|dusk)$/.test(tokens[j + 1]?.lower ?? '')))) break;
      }
      // ("According to Deputy Inspector General of the Armed Police Force, Kumar Neupane, 73 …": a role, then its name in
      // apposition)
      // ("More than 105,000 people were injured, according to the health minister, Fahrettin Koca.": or after the figure,
      // the name closing the sentence)
      if (tokens[j]?.text === ',' && tokens.slice(start, j).some((t) => ROLE_NOUNS.test(t.lower))) {
        let n = j + 1;
        while (n < j + 5 && tokens[n]?.kind === 'word' && /^\p{Lu}/u.test(tokens[n].text)) n++;
        if (n > j + 2 && ((tokens[n]?.text === ',' && n < first) || (i > last && endsAt(tokens, n)))) j = n;
      }
      // ("According to figures from the UN humanitarian office, OCHA, 589 …": the body's acronym in apposition)
      // ("… remain unaccounted for, according to the UN's humanitarian office, OCHA, down from 10,100": or after the figure,
      // closing the sentence or its clause)
      if (tokens[j]?.text === ',' && /^\p{Lu}{2,6}$/u.test(tokens[j + 1]?.text ?? '') && (j + 2 < first ? tokens[j + 2]?.text === ',' : i > last && (!tokens[j + 2] || /^[,.;]$/.test(tokens[j + 2].text)))) j += 2;
      // ("rifle fire — as many as 30 to 100 rounds, according to witnesses — started ripping through the windows …,
      // leaving two dead": an according-to inside a dash aside says only the aside)
      // (never "killed — according to witnesses — in the blast", an aside that is the saying alone)
      {
        const openAt = tokens.findIndex((t, k) => k >= i - 12 && k < i - 1 && /^[—–]$/.test(t.text));
        const closeAt = tokens.findIndex((t, k) => k >= j && k <= j + 2 && /^[—–]$/.test(t.text));
        if (openAt >= 0 && closeAt > 0 && (first > closeAt || last < openAt)) continue;
        // ("killing 102 (106 according to other sources) refugees": an according-to in brackets says only the count
        // in them)
        if (saysOnlyInItsBrackets(tokens, i, first, last)) continue;
        // ("stands at 3,384 — including 2,037 …, according to the White Helmets – and 1,347 deaths …, according to state
        // media": an according-to after a dash aside closes and "and" opens a count of its own says that count only)
        if (i > last && tokens.slice(last + 1, i).some((t, d) => /^[—–]$/.test(t.text) && tokens[last + 2 + d]?.lower === 'and'
          && tokens.slice(last + 3 + d, Math.min(i, last + 6 + d)).some((x) => x.kind === 'digits' || isNumberWord(x.lower)))) continue;
      }
      // "…, according to local officials, while HRW says at least 58 …": a say-verb nearer the figure governs it
      // (but "According to SOHR figures, the city of Banyas recorded 60 civilian deaths": a place records where they died)
      // (never figures that raise a total: "According to the ministry's statement, these new figures raise the total …")
      // (never a saying inside the quote the according-to opens: 'According to the minister, “We have identified 20
      // infected, and six of them have died.”': the quote is the minister's words)
      // ("from 632,253 according to the Soviet government's 1944 figure to as many as 1.5 million": an according-to right
      // after a span's low end says that end only)
      if (i < first && tokens[first - 1]?.lower === 'to' && tokens[i - 1] !== undefined && isCountToken(tokens[i - 1]) && tokens.slice(Math.max(0, i - 4), i - 1).some((x) => x.lower === 'from')) continue;
      const quoteOpens = tokens[j]?.text === ',' && /^[“"]$/.test(tokens[j + 1]?.text ?? '') && tokens.slice(j + 2, first).every((t) => !/^[”"]$/.test(t.text));
      // ("According to the regional governor, whose office updated the figures on Telegram, 43 …": a relative clause on who
      // says it, read past)
      const relativeEnd = tokens[j]?.text === ',' && /^(whose|which|who)$/.test(tokens[j + 1]?.lower ?? '') ? tokens.findIndex((t, k) => k > j + 1 && k < first && t.text === ',') : -1;
      const after = relativeEnd > 0 ? relativeEnd : j;
      if (after < first && !quoteOpens && tokens.slice(after, first).some((t, d) => SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, after + d) && !/^(was|were|is|are|been|be|being)$/.test(tokens[after + d - 1]?.lower ?? '') && !placeRecords(tokens, after + d)
        && !/^(figures|figure|numbers|data|statistics)$/.test(tokens[after + d - 1]?.lower ?? ''))) continue;
      // ("The army estimated 120 people were killed, according to a memo seen by reporters": a writing someone saw, after
      // a saying of the figure's own, only carries that saying)
      if (seenBy && tokens.slice(0, first).some((t, d) => SAY_VERBS.has(t.lower) && isSayVerbHere(tokens, tags, d) && !isPassive(tokens, d))) continue;
      // ("…, Colonel Andriy Lysenko said at a briefing, according to an UNIAN correspondent": who said it is named
      // before; the correspondent only reports the saying)
      // ("…, a health ministry official confirmed, according to a news agency report": the same with another closing verb)
      // (never a participle on the dead: "there were 115 people confirmed dead, according to Maui police")
      // (nor a passive with an adverb between: "33 deaths have been officially confirmed, according to state health
      // officials")
      if (i > last && tokens.slice(last + 1, i).some((t, d) => /^(said|says|told|confirmed|added|reported|announced|stated)$/.test(t.lower) && tokens[last + d]?.kind === 'word' && isSayVerbHere(tokens, tags, last + 1 + d) && !isPassive(tokens, last + 1 + d)
        && !/^(dead|killed|missing|injured|wounded|deceased)$/.test(tokens[last + 2 + d]?.lower ?? ''))) continue;
      // ("The city government reported that at least 72 people were wounded, according to the AP": likewise)
      // ("told reporters that among the dead was a photographer, according to the same source": the one told between)
      // ("One hospital said 400 people had been treated, according to the news agency": right before the figure too)
      // ("Information Minister Maung Maung Ohn said 4,589 were injured and 221 remain missing, per MRTV": and a later
      // figure of the same said clause; "said at a meeting in Naypyitaw, the capital, that …": where it was said between)
      const saidCount = (k: number) => tokens[k + 1]?.kind === 'digits' || isNumberWord(tokens[k + 1]?.lower ?? '');
      // ("Health Minister Fahd al-Jalajel announced on June 23 that 1,301 people died …, according to the Saudi Press Agency":
      // or another verb of telling, with when between)
      const saidThatLater = (k: number) => TELLING_VERBS.test(tokens[k].lower) && tokens.slice(k + 1, Math.min(first, k + 12)).some((x) => x.lower === 'that');
      // (never past a contrast after the said clause's own figure: "The ministry said the death toll was 33, but on
      // Tuesday that number had risen to 34, according to the governor": the clause after "but" is the governor's)
      const contrastSince = (k: number) => tokens.slice(k + 1, first).some((x, d) => x.text === ',' && /^(but|although|though|whereas)$/.test(tokens[k + 2 + d]?.lower ?? '')
        && tokens.slice(k + 1, k + 1 + d).some(isCountToken));
      if (i > last && tokens.slice(0, first).some((t, k) => SAY_VERBS.has(t.lower) && (tokens[k + 1]?.lower === 'that' || (/^(said|says)$/.test(t.lower) && (k + 1 === first || saidCount(k))) || saidThatLater(k) || (/^(told|tells)$/.test(t.lower) && tokens.slice(k + 2, k + 5).some((x) => x.lower === 'that'))) && isSayVerbHere(tokens, tags, k) && !isPassive(tokens, k)
        && !contrastSince(k))) continue;
      // ("the US coalition has acknowledged responsibility for just 326 of those deaths, …, according to AP", "the
      // coalition has said it caused 326 of them, according to AP": the sentence's own speaker, with no comma between its
      // verb and the figure, says it; the according-to reports the saying)
      // (a verb of owning up to it or of saying, never one that only records or puts a toll: "Mexico has officially
      // registered more than 100,000 people as missing …, according to data from …", "The city reported 10 people found
      // dead outdoors, according to the mayor")
      if (i > last && tokens.slice(0, first).some((t, k) => /^(acknowledged|acknowledges|admitted|admits|conceded|concedes|accepted|accepts|said|says|say|claimed|claims|claim)$/.test(t.lower) && isSayVerbHere(tokens, tags, k) && !isPassive(tokens, k)
        && tokens.slice(k + 1, first).every((x) => x.kind !== 'punct') && subjectBefore(tokens, tags, k) !== null
        && !tokens.slice(0, k).some((x) => x.kind === 'digits' || isNumberWord(x.lower)))) continue;
      // ("Local authorities gave an estimate of 100 people killed …, according to the same update from the UN": who gave
      // the estimate is named before it; the update only carries it)
      if (i > last && tokens.slice(0, first).some((t, k) => /^(gave|gives|give)$/.test(t.lower) && /^(a|an|the|its|their)$/.test(tokens[k + 1]?.lower ?? '')
        && /^(estimate|figure|toll|tally|count)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'of' && subjectBefore(tokens, tags, k) !== null)) continue;
      // ("according to a French assessment, refuting the initial United Nations assessment of 200": the figure's own
      // named saying)
      if (tokens[first - 1]?.lower === 'of' && SAY_NOUNS.has(tokens[first - 2]?.lower ?? '') && namedBefore(tokens, tags, first - 2) && (i > last || j <= first - 3)) continue;
      // ("killed at least 2,411 pilgrims according to an AP count, far above the official Saudi toll of 769": the figure
      // the according-to's own is set against is another's)
      if (i < first && setAgainstBetween(tokens, j, first)) continue;
      // ("has grown to 16 in Ukraine, according to Kyiv officials, while 29 people have died in Russian-held
      // territory": an according-to that closes a clause with a figure of its own is that clause's)
      if (i < first && tokens[j]?.text === ',' && /^(while|whereas)$/.test(tokens[j + 1]?.lower ?? '') && j + 1 < first
        && tokens.slice(0, i).some((t) => t.kind === 'digits' || isNumberWord(t.lower))) continue;
      // ("Eighty people were confirmed as injured, although at least 141 were injured according to unofficial reports":
      // an according-to at the end of a contrasting clause with a figure of its own is that clause's)
      // (but "At least 20 died, while 12 were injured, according to police": a "while" that only adds, and an according-to
      // set off by its comma, closes the whole sentence)
      if (i > last && tokens.slice(last + 1, i).some((t, d) => t.text === ',' && /^(although|though|while|whereas|but)$/.test(tokens[last + 2 + d]?.lower ?? '')
        && !(/^(while|whereas)$/.test(tokens[last + 2 + d].lower) && tokens[i - 1]?.text === ',')
        && tokens.slice(last + 3 + d, i).some((x) => x.kind === 'digits' || isNumberWord(x.lower)))) continue;
      // ("After two officers were killed, tear gas was used, but many victims, according to police, were crushed": an
      // according-to set off by commas between the contrasting clause's subject and its verb says that clause only)
      if (i > last && tokens[i - 1]?.text === ',' && tokens[j]?.text === ',' && AUXILIARIES.has(tokens[j + 1]?.lower ?? '')) {
        const but = tokens.findIndex((t, k) => k > last && k < i - 1 && /^(but|although|though|whereas)$/.test(t.lower) && tokens[k - 1]?.text === ','
          && tokens.slice(k + 1, i - 1).every((x) => x.kind === 'word'));
        if (but > 0 && but < i - 2) continue;
      }
      // ("at least 28 people have died and according to the country's Prime Minister, "there are additional reports …"":
      // an according-to that opens the clause after "and" is that clause's)
      if (i > last && tokens[i - 1]?.lower === 'and' && tokens[j]?.text === ',' && !tokens.slice(j + 1).some((t) => t.kind === 'digits' || isNumberWord(t.lower))) continue;
      // ("73 wounded had been transported …, and, according to witnesses, dozens of victims are still under the rubble": or
      // set off after "and" by commas, before a count of its own clause)
      if (i > last && tokens[i - 1]?.text === ',' && tokens[i - 2]?.lower === 'and' && tokens[j]?.text === ','
        && tokens.slice(j + 1).some((t) => t.kind === 'digits' || isNumberWord(t.lower) || /^(dozens|scores|hundreds|thousands)$/.test(t.lower))) continue;
      // ("160,000 people died …, which is several times less than in 2022, which, according to researchers from Sweden,
      // became one of the bloodiest": an according-to that opens a relative clause after the figure says that clause)
      if (i > last && tokens[i - 1]?.text === ',' && /^(which|who)$/.test(tokens[i - 2]?.lower ?? '') && tokens[i - 2].text !== 'WHO' && tokens[j]?.text === ',') continue;
      // ("According to the health ministry, over 20,000 people have been killed … since October 7, when Hamas attacked
      // Israel, killing 1,200 people": a clause on what happened on a date is the writer's background, not the lead's)
      if (i < first && tokens.slice(j, first).some((t, d) => t.lower === 'when' && tokens[j + d - 1]?.text === ','
        && [j + d - 2, j + d - 3].some((k) => MONTHS.has(tokens[k]?.lower ?? '') || /^(1[89]|20)\d\d$/.test(tokens[k]?.text ?? '')))) continue;
      // ("according to what was reported by the AP": no one is named there)
      if (/^(what|how)$/.test(tokens[start]?.lower ?? '')) continue;
      // ("At least three died, according to X, while between 50 and 60 were admitted, according to Y": the one
      // after the figure, in its own clause, says it)
      if (i < first && tokens.slice(last + 1).some((t, d) => t.lower === 'according' && tokens[last + 2 + d]?.lower === 'to')) continue;
      // ("According to NDMA's Daily Monsoon Situation Report for 28 August, …": the preposition before a date it stopped
      // at is no part of the name)
      const s = clean(start, tokens[j]?.kind === 'digits' && /^(for|of|on|from|dated)$/.test(tokens[j - 1]?.lower ?? '') && j - 2 >= start ? j - 2 : j - 1);
      // "“According to my information, …,” said the source": what informs a speaker is not who
      // speaks; the speaker the rest of the sentence names says it, else the phrase stays
      // ('"According to credible reports … at least 143 people," said the rights group': inside a quote that opens
      // the sentence and closes after the figure, the one who speaks the quote says it)
      const quoted = /^[“"]$/.test(tokens[0]?.text ?? '') && tokens.slice(1, Math.min(i, first)).every((t) => !/^[”"]$/.test(t.text)) && tokens.slice(Math.max(last, j) + 1).some((t) => /^[”"]$/.test(t.text));
      // ("Carreon said that, according to official figures, 5,050 lives were lost": inside what a speaker says, the
      // figures the speaker draws on are no second speaker)
      const inSaid = i < first && tokens.slice(0, i).some((t, k) => /^(said|says|told|tells|added|stated)$/.test(t.lower) && isSayVerbHere(tokens, tags, k) && !isPassive(tokens, k)
        && tokens.slice(k + 1, i).some((x) => x.lower === 'that'));
      if (s && (quoted || inSaid || isWhatInforms(tokens.slice(start, j)))) return attributeSource(sentence, tokens, tags, first, last, false) ?? s;
      if (s) return s;
    }
  }

  // ("Teachers have spoken of the horror of the attack, which killed 12 children": a relative clause on what someone
  // spoke of or described is the writer's account of it, not theirs)
  {
    const which = tokens.findIndex((t, k) => k < first && first - k <= 5 && /^(which|that)$/.test(t.lower) && tokens[k - 1]?.text === ',');
    // (never one with a saying of its own, inside the clause or after the figure: "which they said killed 12", "…, police said")
    if (which > 0 && tokens.slice(which + 1, first).every((t) => t.kind === 'word' && !SAY_VERBS.has(t.lower)) && !tokens.slice(last + 1).some((t) => SAY_VERBS.has(t.lower))) {
      const topic = tokens.findIndex((t, k) => k < which - 1 && which - k <= 12 && (/^(described|describes|describing|recounted|recounts|recalled|recalls)$/.test(t.lower)
        || (/^(spoke|spoken|speak|speaks|speaking|talked|talks|talk|talking)$/.test(t.lower) && /^(of|about)$/.test(tokens[k + 1]?.lower ?? ''))));
      if (topic >= 0 && !tokens.slice(topic + 1, which - 1).some((t) => t.kind === 'punct' || SAY_VERBS.has(t.lower))) return null;
    }
  }

  // 2. A say-verb or say-noun before the figure whose clause holds it.
  let best: string | null = null;
  // (whether that verb only records the figure: "Brazil recorded …")
  let recorded = false;
  // (whether that verb reports the figure as a saying: "Georgia reports 400 Georgians killed")
  let reporting = false;
  let accusing = false;
  // (whether what says it only informs a speaker: "a piece of information indicates that …, a minister said")
  let informing = false;
  // 'X said in a tweet: “…, as a result four worshippers were killed': a quote opened after a colon
  // is all the speaker's, whatever clauses it holds
  const quoteOpen = speakersOpenQuote(tokens, first);
  // ('11:30 GMT – Governor Seyi Makinde: "We have lost 21 souls.': a name with its title opening the sentence, or a live
  // page's entry after its time and dash, then a colon and the quote, is who speaks)
  if (quoteOpen > 1 && tokens[quoteOpen - 1].text === ':') {
    let a = quoteOpen - 2;
    while (a > 0 && quoteOpen - 2 - a < 5 && tokens[a - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[a - 1].text)) a--;
    const opens = a === 0 || a === liveEntryStart(tokens);
    const name = tokens.slice(a, quoteOpen - 1);
    // (a person named, never a place or a topic: "Kyiv Region: “…”")
    const person = name.some((t, d) => ROLE_NOUNS.test(t.lower) || tags[a + d].has('Person')) && !name.some((t) => isPlaceName(t.text) || PLACE_NOUNS.test(t.lower));
    if (opens && person && name.length >= 2 && name.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text)) && !name.some((t) => WIRE_TAGS.includes(t.lower))) return clean(a, quoteOpen - 2);
  }
  // (past a contrast inside what was said, its own clauses of when are stepped over too)
  let insideSaid = false;
  for (let k = first - 1; k >= 0; k--) {
    const t = tokens[k];
    // ("The army said it had evacuated 3,000 residents before the shelling began, and that nobody was hurt": a second
    // "that" of the same saying, past the first clause's own clauses of when)
    if (t.lower === 'that' && tokens[k - 1]?.lower === 'and' && !tokens.slice(k + 1, first).some((x) => x.kind === 'punct')) {
      const say = tokens.findIndex((x, j) => j < k - 1 && k - j <= 30 && /^(said|says|told|tells|added|stated)$/.test(x.lower) && isSayVerbHere(tokens, tags, j) && !isPassive(tokens, j)
        && !tokens.slice(j + 1, k - 1).some((y) => /^[.;:”"]$/.test(y.text)));
      const who = say >= 0 ? subjectBefore(tokens, tags, say) : null;
      if (who) return clean(who[0], who[1]);
    }
    // (an abbreviation's dot, "the U.N. and the Afghan government", ends no sentence)
    // ("the Oct. 7 Hamas attack", "Lt. Gen.": nor does a short capitalised abbreviation's)
    // ("in Lac-Megantic, Que., is now 13": nor a province's, before a comma)
    // ("Sheriff Larry Leitha said that 32 people had died; 14 were children": who a part of them were, said by the same)
    if (t.text === ';' && k + 1 === first && /^(were|was)$/.test(tokens[last + 1]?.lower ?? '') && isPersonWord(tokens[last + 2]?.lower ?? '')
      && (last + 3 >= tokens.length || tokens[last + 3].kind === 'punct')) continue;
    // ("Medical City Healthcare said it was treating nine victims, ages 5 to 61; three were in critical condition": or
    // how a part of them is)
    if (t.text === ';' && k + 1 === first && /^(were|was|are|is|remain|remained)$/.test(tokens[last + 1]?.lower ?? '') && tokens[last + 2]?.lower === 'in'
      && tokens.slice(last + 3, last + 6).some((x) => /^(critical|serious|stable|intensive|grave|fair|good)$/.test(x.lower))
      && tokens.slice(last + 3, last + 7).some((x) => /^(condition|conditions|care)$/.test(x.lower))) continue;
    // ("Officials posted new numbers at the port: 159 dead; 143 missing.": counts listed after a colon, set apart by
    // semicolons, are all of the one who gives the list)
    if (t.text === ';' && listedAfterColon(tokens, k)) continue;
    // ("AFAD now puts the number of dead in the country at 41,156, and Syria's toll stands at 5,800": another place's toll,
    // the subject of a clause of its own, is not what the saying before says)
    // ("…, bringing the combined total above 46,000": nor a sum after it)
    if (t.lower === 'and' && tokens[k - 1]?.text === ',' && /^\p{Lu}.*['’]s$/u.test(tokens[k + 1]?.text ?? '') && /^(toll|tally|count)$/.test(tokens[k + 2]?.lower ?? '') && k + 3 < first) break;
    // ('SP Rajesh Kumar said, "Rescue operations are underway; so far 14 bodies have been recovered."': inside a quote
    // opened after a saying, the semicolon is the speaker's)
    if (t.text === ';' && speakersOpenQuote(tokens, first) >= 0 && speakersOpenQuote(tokens, first) < k) continue;
    // ("Ukraine says 12 killed in Russian strike on Kharkiv apartment block; dozens hurt": a headline's bare count and fate
    // after a semicolon go on with what the saying that opens it says)
    if (t.text === ';' && k + 1 === first && tokens[tokens.length - 1]?.text !== '.' && last + 2 === tokens.length && CASUALTY_AFTER[tokens[last + 1]?.lower ?? ''] !== undefined) {
      const say = [1, 2, 3].find((d) => /^(says|say|said)$/.test(tokens[d]?.lower ?? '') && tokens.slice(0, d).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text)));
      if (say !== undefined) return clean(0, say - 1);
    }
    // ('"There are people under the containers," a dock worker told Reuters; "at least five of my colleagues are
    // missing."': a quote opened after the semicolon, unclosed before the figure, goes on in the words of who spoke
    // before it)
    if (t.text === ';' && /^[“"]$/.test(tokens[k + 1]?.text ?? '') && !tokens.slice(k + 2, first).some((x) => /^[”"]$/.test(x.text))) {
      const said = [k - 1, k - 2, k - 3].find((v) => /^(said|says|told|tells|added|adds)$/.test(tokens[v]?.lower ?? '') && tokens.slice(v + 1, k).every((x) => x.kind === 'word'));
      const who = said !== undefined && isSayVerbHere(tokens, tags, said) ? subjectBefore(tokens, tags, said) : null;
      if (who) return clean(who[0], who[1]);
    }
    // ("with U.S.-made HIMARS rockets": an abbreviation's dot glued to a hyphen ends nothing)
    // ("“… at least 158 vehicles were involved […] seven deaths have been confirmed,” police said": words left out in
    // brackets end what a clause before them says, as a semicolon does)
    const leftOut = t.text === ']' && /^(…|\.+)$/.test(tokens[k - 1]?.text ?? '') && tokens.slice(Math.max(0, k - 4), k).some((x) => x.text === '[');
    if (t.text === ';' || leftOut || (t.text === '.' && !(isAbbreviationDot(tokens, k) && (tokens[k + 1]?.kind !== 'punct' || tokens[k + 1]?.text === ','
      || (tokens[k + 1]?.text === '-' && tokens[k + 1].start === t.end))))) break;
    if (k > quoteOpen && quoteOpen >= 0) continue;
    // ("…, a doctor told AFP, with other medical sources putting the number of wounded at 60": who a "with" clause names
    // as giving it)
    // ("…, with the Kenyan Red Cross listing 63 people as still missing": or listing, counting, recording them)
    if (WITH_GIVING.test(t.lower) && (!/^(putting|placing|giving)$/.test(t.lower) || tollObjectAfter(tokens, k, 4))
      // (only the nearest one's own count: "with Region Health recording 210 and Coastal Health counting 95", where the
      // second count is the second body's)
      // ("with eyewitnesses reporting hundreds of dead, Kate Doyle … found evidence for the deaths of forty-four": nor
      // past a vague count of its own)
      && !tokens.slice(k + 1, first).some((x) => isCountToken(x) || x.lower in VAGUE_FLOORS)) {
      const withAt = tokens.findIndex((x, j) => j < k && j >= k - 12 && x.lower === 'with' && tokens[j - 1]?.text === ',');
      if (withAt > 0 && withAt < k - 1 && withAt >= k - 7 && tokens.slice(withAt + 1, k).every((x) => x.kind === 'word')) { best = clean(withAt + 1, k - 1); break; }
      // (the second of two bodies the "with" names, each with its own participle, joined by "and")
      const and = withAt > 0 ? tokens.slice(withAt + 1, k).map((x) => x.lower).lastIndexOf('and') + withAt + 1 : -1;
      if (and > withAt + 1 && and < k - 1 && k - and <= 6 && tokens.slice(withAt + 1, and).some((x) => WITH_GIVING.test(x.lower))
        && tokens.slice(and + 1, k).every((x) => x.kind === 'word')) { best = clean(and + 1, k - 1); break; }
    }
    // ("Although officials put the toll at 300, the official count is 32": a saying inside a clause of concession that
    // opens the sentence says nothing of the main clause after its comma)
    if (t.text === ',' && k < first && /^(although|though|whereas)$/.test(tokens[0]?.lower ?? '') && !tokens.slice(1, k).some((x) => x.text === ',')) break;
    // ("a husband and wife, who authorities said were inspired by extremism, killed 14 people": a say-verb inside a
    // relative clause between commas says only what the clause says)
    if (t.text === ',' && k < first) {
      // ("the strikes, which the US military said were carried out to cut off a source of fuel for the Houthi militant
      // group, also wounded 80 people": however long the clause)
      // ("Residents reached by phone, some of whom said they feared reprisals, put the number of dead at more than 40": or
      // a part of them)
      const relative = (j: number) => /^(who|which)$/.test(tokens[j + 1]?.lower ?? '') || (tokens[j + 2]?.lower === 'of' && /^(whom|which)$/.test(tokens[j + 3]?.lower ?? ''));
      const open = tokens.findIndex((x, j) => j < k && j >= k - 24 && x.text === ',' && relative(j) && !tokens.slice(j + 1, k).some((y) => y.kind === 'punct'));
      // (never one that goes on past an aside on its own count: "The strike, which the ministry said killed 11 people,
      // including two children, and wounded 40": the clause's next verb, after "and", holds the figure)
      const asideEnd = /^(including|among|mostly|mainly|most|all|many|some|both)$/.test(tokens[k + 1]?.lower ?? '') ? tokens.findIndex((y, j) => j > k + 1 && y.kind === 'punct') : -1;
      const goesOn = asideEnd > 0 && asideEnd < first && tokens[asideEnd].text === ',' && tokens[asideEnd + 1]?.lower === 'and' && !tokens.slice(asideEnd + 1, first).some((y) => y.kind === 'punct');
      if (open >= 0 && !goesOn && tokens.slice(open + 2, k).some((y) => SAY_VERBS.has(y.lower))) { k = open; continue; }
      // ("The news agency further said, quoting sources, 43 Chinese soldiers were …": whom the saying cites, in an aside
      // between commas after its verb, says nothing of its own)
      const cites = tokens.findIndex((x, j) => j < k && j >= k - 8 && x.text === ',' && /^(quoting|citing)$/.test(tokens[j + 1]?.lower ?? '')
        && /^(said|says|told|tells|reported|reports|added)$/.test(tokens[j - 1]?.lower ?? '') && tokens.slice(j + 2, k).every((y) => y.kind === 'word'));
      if (cites > 0) { k = cites; continue; }
      // ("Officials said, however, that 20 people died": a connective's aside right after the say-verb, before what is
      // said)
      const aside = tokens.findIndex((x, j) => j < k - 1 && j >= k - 4 && x.text === ',' && SAY_VERBS.has(tokens[j - 1]?.lower ?? '') && isSayVerbHere(tokens, tags, j - 1)
        && /^(in total|in all|so far|however|though|also|too|again|overall|in addition|moreover|furthermore)$/.test(tokens.slice(j + 1, k).map((y) => y.lower).join(' ')));
      if (aside > 0) { k = aside; continue; }
    }
    // ("the governor declared a state of emergency, but no deaths had been reported": a clause of its own)
    // (but "The ministry said 12 were killed, but 30 were wounded" goes on saying figures)
    // (and "said the death toll was not final, but that it exceeds …": "but that" is a second thing said)
    // (", however a figure … has been reported by the doctors": the same with "however")
    // ("No deaths were caused by the eruption, the provincial government said, but 39 people died": a zero is a figure too)
    if (/^(but|however)$/.test(t.lower) && tokens[k - 1]?.text === ',' && k < first && tokens[k + 1]?.lower !== 'that'
      && !figureBefore(tokens, k)) break;
    // a new clause ("X warns of terror as two killed") is not what X says, unless it opens
    // inside what X says ("The WHO said that since the outbreak began, 2,300 …")
    // ("the toll as 14,866": an "as" that gives a toll's figure opens no clause; "warns of terror as two killed" does)
    // ("the list of those unaccounted for after a deadly wildfire has dropped to 700": "after a …" is a preposition's phrase)
    // (but "said the city was calm before the attack killed 3": a clause with its verb already said, then another)
    // ("said four people have been confirmed dead after the derailment … of a train carrying oil, raising the total number of
    // deceased to 28": the phrase of when closes at the comma of a participle that goes on with what was said)
    const raisingAfter = tokens.slice(k + 1, first).some((x, d) => x.text === ',' && /^(raising|bringing|taking|pushing|lifting)$/.test(tokens[k + 2 + d]?.lower ?? ''));
    // ("first to three dead and then, after our reporting, to four": or a possessive's phrase)
    const prepositional = /^(after|before|since|amid)$/.test(t.lower) && /^(a|an|the|our|their|its|his|her|my|your)$/.test(tokens[k + 1]?.lower ?? '') && (nounPhraseEnds(tokens, tags, k + 2, first) || raisingAfter)
      && !verbSinceSaying(tokens, tags, k);
    // ("Police said 11 fans were arrested after scuffles outside the stadium, and two stewards were hurt": a bare plural
    // and the places after it, up to a comma, with no verb of its own, are a preposition's phrase too)
    const barePlural = /^(after|before|amid)$/.test(t.lower) && (() => {
      let head = k + 1;
      while (head < k + 3 && tags[head]?.has('Adjective') && !tags[head].has('Noun')) head++;
      if (!tags[head]?.has('Plural') || isVerb(tags[head])) return false;
      const comma = tokens.findIndex((x, j) => j > head && x.kind === 'punct');
      return comma > 0 && comma < first && comma - k <= 8 && tokens[comma].text === ','
        && tokens.slice(head + 1, comma).every((x, d) => x.kind === 'word' && !isVerb(tags[head + 1 + d]) && !/^(who|which|that)$/.test(x.lower));
    })();
    // ("killed as a result of a strike", "as part of", "as well as": no clause opens there)
    // ("since June 14", "since 2014", "after Monday": a time, not a clause)
    // ("since the start of the Israeli attack": when, named by an event's start)
    // ("since the clashes began on Thursday": when, named by an event's start, as a clause)
    const eventBegan = tokens[k + 1]?.lower === 'the' && EVENT_NOUNS.has(tokens[k + 2]?.lower ?? '') && /^(began|started|erupted|broke)$/.test(tokens[k + 3]?.lower ?? '');
    const sinceTime = /^(since|after|before|until)$/.test(t.lower) && (TIME_WORDS.test(tokens[k + 1]?.lower ?? '') || (t.lower === 'since' && eventBegan)
      || (tokens[k + 1]?.lower === 'the' && /^(start|beginning|outbreak|onset)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'of') || MONTH_ABBREVIATIONS.test(tokens[k + 1]?.lower ?? '') || /^\d{4}$/.test(tokens[k + 1]?.text ?? '') || /^(then|last|mid-\w+|midnight|noon|dawn|dusk|daybreak|nightfall|sunrise|sunset|dark)$/.test(tokens[k + 1]?.lower ?? ''));
    // ("killing the village head identified as Alhaji Maiyara and 17 others": a name given, no clause)
    // ("the death toll as of 1930 GMT on Wednesday was 274": "as of" gives a time)
    // ("reported 26 people as missing and 10 others injured": "as" before a fate, no clause)
    // ("Obasanjo said as quoted by The Financial Times that …": who carried the saying, an aside between the verb and its
    // clause)
    const carriedBy = (j: number) => tokens[j]?.lower === 'as' && /^(quoted|reported|cited)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'by'
      && /^(said|says|told|stated|added)$/.test(tokens[j - 1]?.lower ?? '');
    if (k < first && carriedBy(k - 1)) continue;
    const asPhrase = sinceTime || carriedBy(k) || t.lower === 'as' && (/^(a result of|part of|well as|a consequence of|of )/.test(tokens.slice(k + 1, k + 4).map((x) => x.lower).join(' '))
      || /^(missing|dead|killed|injured|wounded|captured|hostages?)$/.test(tokens[k + 1]?.lower ?? '')
      // ('“As a continuation of the Istanbul agreements, we returned 1,000 bodies', "As a result, …": a phrase of why)
      || (/^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && /^(of|,)$/.test(tokens[k + 3]?.text ?? ''))
      // ("the terror groups, operating as bandits, killed 200": what they acted as, no clause)
      || /^(identified|named|known|listed|described|operating|acting|posing|serving|disguised|dressed)$/.test(tokens[k - 1]?.lower ?? '')
      // ("…, as well as 38 children": the second "as" of "as well as")
      || (tokens[k - 1]?.lower === 'well' && tokens[k - 2]?.lower === 'as')
      // ("as many as 230 or even 520": the words of a bound, no clause)
      || /^(many|much|few|high|low)$/.test(tokens[k + 1]?.lower ?? '') || /^(many|much|few|high|low)$/.test(tokens[k - 1]?.lower ?? '')
      // ("located in the same province as Tacloban": a comparison)
      || tokens.slice(Math.max(0, k - 3), k).some((x) => x.lower === 'same')
      // ("who gave the toll as 12 dead and 37 injured": the toll's figures, the second as the first)
      || (/^(toll|tolls|figure|figures|number|total|count|tally)$/.test(tokens[k - 1]?.lower ?? '') && TOLL_GIVEN.test(tokens[k - (tokens[k - 2]?.lower === 'death' ? 4 : 3)]?.lower ?? '')));
    // ("Police raised the toll to 12, after earlier reporting 11 dead": the participle's subject is the clause's)
    const sayingParticiple = /^(after|before|while|when)$/.test(t.lower) && sayParticipleAt(tokens, /ly$/.test(tokens[k + 1]?.lower ?? '') || /^(first|earlier)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1);
    // ("says a bomber attacked a mosque as prayers ended, killing two people": the clause closed at
    // the comma, and the participle's subject is the said clause's)
    // ("say a dam has burst after heavy rain, causing huge destruction and killing at least 10": another participle first)
    const harmingParticiple = (at: number) => /^(killing|wounding|injuring|leaving)$/.test(tokens[at]?.lower ?? '')
      || (/ing$/.test(tokens[at]?.lower ?? '') && tags[at]?.has('Verb') && tokens.slice(at + 1, first).some((x, d) => x.lower === 'and' && /^(killing|wounding|injuring|leaving)$/.test(tokens[at + 2 + d]?.lower ?? '')));
    const closedBefore = tokens.slice(k + 1, first).some((x, d) => x.text === ',' && harmingParticiple(k + 2 + d))
      && verbSinceSaying(tokens, tags, k);
    // ("X told NINA that a civilian was killed …, while another 10 people were wounded": a contrast inside
    // what was said, after a figure of its own)
    // (the comma may stand inside a quote that closes there: '… “live ammunition,” while')
    // ("said … the death toll exceeded 20 while more than 88 adults were injured": right after a figure, no comma is needed)
    const saidThat = /^(while|whereas|though|although)$/.test(t.lower) && (tokens[k - 1]?.text === ',' || (/^[”"]$/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',')
      || tokens[k - 1]?.kind === 'digits' || (tokens[k - 1]?.kind === 'word' && CASUALTY_AFTER[tokens[k - 1].lower] !== undefined)
      // ("He said a 68-year-old man died in the shelling while a 54-year-old woman was taken to hospital": a fate shortly before)
      // ("He said that 79 of the bodies have been claimed while 96 remain unclaimed": or the dead's bodies)
      || tokens.slice(Math.max(0, k - 6), k).some((x) => /^(died|killed|dead|wounded|injured|missing|unaccounted|bodies)$/.test(x.lower))
      // ("said that of the 278 bodies, 177 have been identified while 101 more are …": a count shortly before)
      || tokens.slice(Math.max(0, k - 4), k).some((x) => x.kind === 'digits'))
      ? tokens.slice(0, k).findIndex((x, j) => (x.lower === 'that' && tokens.slice(Math.max(0, j - 12), j).some((y) => SAY_VERBS.has(y.lower)))
        // ("HRW in a report said it has evidence indicating police killed at least 16 …, while three other people died")
        || (/^(said|says|told|tells)$/.test(x.lower) && isSayVerbHere(tokens, tags, j) && !isPassive(tokens, j))
        // ("The Armenian side reported the deaths of 3,825 servicemen during the war, while 187 remained missing": a toll
        // it reported)
        || (/^(reported|reports|confirmed|confirms|announced|announces)$/.test(x.lower) && isSayVerbHere(tokens, tags, j) && !isPassive(tokens, j) && tokens.slice(j + 1, k).some((y) => y.kind === 'digits' || isNumberWord(y.lower)))
        // ("The Red Crescent put the death toll at more than 11,000, while thousands remain missing": a toll it put)
        || (/^(put|puts|placed|places|place)$/.test(x.lower) && isSayVerbHere(tokens, tags, j) && !isPassive(tokens, j))) : -1;
    // ("said most of the deaths occurred in Paktika province, while hundreds more were injured": or the deaths themselves)
    // ("At least 12 civilians have been killed, the official said, while another 121 have been injured": after an
    // inverted saying that closes a figure's clause, the contrast is the same speaker's)
    // ("…, the Ishikawa prefectural government said on Sunday, while 102 people remained unaccounted for": with when it was
    // said between)
    const sayAt = [k - 2, k - 3, k - 4, k - 5].find((s) => /^(said|says|told)$/.test(tokens[s]?.lower ?? '') && onlyWhen(tokens.slice(s + 1, k - 1)));
    // ("No deaths were caused by the eruption, the provincial government said, but 39 people died in evacuation centres":
    // a zero first, and "but")
    const invertedSaid = /^(while|whereas|but)$/.test(t.lower) && tokens[k - 1]?.text === ',' && sayAt !== undefined
      && isSayVerbHere(tokens, tags, sayAt) && !isPassive(tokens, sayAt)
      && tokens.slice(0, sayAt).some((x, j) => x.text === ',' && tokens.slice(j + 1, sayAt).every((y) => y.kind === 'word') && sayAt - j <= 6
        && figureBefore(tokens, j));
    // ("In neighbouring Mozambique, authorities put the toll at 165, while in Madagascar 17 people died": a contrast that
    // moves to another place leaves the speaker of the place that opens the sentence; never a place inside what is said,
    // "said 30 died in Gaza, while in Rafah 5 were killed")
    const placeAt = (j: number) => tokens[j]?.lower === 'in' && (/^\p{Lu}\p{Ll}/u.test(tokens[j + 1]?.text ?? '')
      || (/^(neighbouring|neighboring|nearby|northern|southern|eastern|western|central)$/.test(tokens[j + 1]?.lower ?? '') && /^\p{Lu}\p{Ll}/u.test(tokens[j + 2]?.text ?? '')));
    const anotherPlace = /^(while|whereas)$/.test(t.lower) && placeAt(k + 1) && placeAt(0) && tokens[1].text !== tokens[k + 2].text;
    const contrastInside = !anotherPlace && (invertedSaid || (saidThat >= 0 && tokens.slice(saidThat + 1, k).some((x) => x.kind === 'digits' || isNumberWord(x.lower) || /^(a|an)$/.test(x.lower) || /^(deaths|dead|casualties|fatalities|injuries|victims)$/.test(x.lower))));
    if (contrastInside) insideSaid = true;
    // ("said the death toll from Israeli strikes since war broke out in October has passed 25,000": a clause of
    // when inside the toll's own subject)
    // ("bringing the number of troops killed since the start of the ground operation to 318": or its number)
    // ("say the number of people killed when a passenger bus was swept off a highway … has risen to 19": or of when the
    // people counted died)
    const insideToll = /^(since|after|amid|when)$/.test(t.lower) && tokens.slice(Math.max(0, k - 6), k).some((x) => /^(toll|number)$/.test(x.lower))
      && !tokens.slice(Math.max(0, k - 6), k).some((x) => x.kind === 'punct');
    // ("died early Saturday while receiving treatment at DMCH, bringing the toll to 211": a participle's phrase has
    // no subject of its own)
    const participlePhrase = /^(while|after|before|when|since)$/.test(t.lower) && /ing$/.test(tokens[k + 1]?.lower ?? '') && tags[k + 1]?.has('Verb') && k + 1 < first;
    // ("indicate that Friday was the most violent day when 59 people died": "when" after a time's noun relates a
    // clause to it, inside what is said)
    // ("the most violent day of the protests when": the time's noun may have its own "of" phrase)
    const timeNoun = (j: number) => /^(day|days|night|week|month|year|time|moment|morning|evening|afternoon|weekend|hour)$/.test(tokens[j]?.lower ?? '');
    const relativeWhen = t.lower === 'when' && (timeNoun(k - 1)
      || [k - 3, k - 4].some((j) => timeNoun(j) && tokens[j + 1]?.lower === 'of' && tokens.slice(j + 2, k).every((x) => x.kind === 'word')));
    // ("The centre said in a statement that floods have torn through Colombo as Sri Lanka faces the cyclone, with the
    // death toll 193": a clause of "as" inside what was said, after "said … that")
    // ("said that the death toll has risen to 332, after the SDF found more than 50 bodies": any clause of when or why
    // after a said clause that itself gives a toll; never "has said that Russia would receive a fair response after the
    // death toll … rose to at least 20", where what is said names no harm and the toll is the writer's)
    const thatAfterSaying = (j: number) => tokens[j].lower === 'that' && !tokens.slice(j + 1, k).some((y) => /^[.;:]$/.test(y.text))
      && tokens.slice(Math.max(0, j - 8), j).some((y, d) => /^(said|says|told|stated|announced)$/.test(y.lower) && isSayVerbHere(tokens, tags, Math.max(0, j - 8) + d) && !isPassive(tokens, Math.max(0, j - 8) + d));
    const givesToll = (j: number) => tokens.slice(j + 1, k).some((y) => y.kind === 'digits' || isNumberWord(y.lower) || CASUALTY_AFTER[y.lower] !== undefined || /^tolls?$/.test(y.lower));
    const asInsideSaid = SUBORDINATORS.has(t.lower) && tokens.slice(0, k).some((_, j) => thatAfterSaying(j) && (t.lower === 'as' || givesToll(j)));
    // ("the number of people killed in an air strike on Hodeida the day before has risen": "before" as an adverb of time,
    // with no clause of its own)
    // ("reported that the week before on Saturday 6 August, an insurgent group killed two men": or before its day)
    const dayBefore = /^(before|after)$/.test(t.lower) && timeNoun(k - 1) && (!tokens[k + 1] || tokens[k + 1].kind === 'punct' || /^(has|have|had|was|were|is|are|that|which)$/.test(tokens[k + 1].lower)
      || (tokens[k + 1].lower === 'on' && (TIME_WORDS.test(tokens[k + 2]?.lower ?? '') || tokens[k + 2]?.kind === 'digits')));
    // ("The Red Crescent's tally, which rose day by day as bodies washed ashore, stood at 3,958 dead": inside a relative
    // clause set off by commas, closed before the figure)
    if (SUBORDINATORS.has(t.lower) && !insideRelativeClause(tokens, k, first) && !saidClauseGoesOn(tokens, k, first) && !relativeWhen && !dayBefore && !prepositional && !barePlural && !asPhrase && !participlePhrase && !sayingParticiple && !closedBefore && !contrastInside && !insideSaid && !insideToll && !asInsideSaid && tokens[k - 1]?.lower !== 'that' && !(tokens[k - 1]?.text === ',' && tokens[k - 2]?.lower === 'that')
      // ("Jena said that even though several figures are being claimed, the … toll is 238")
      // ("said the death toll could rise because 11 of the injured had critical head injuries": why the toll may rise)
      // ("with officials saying the number could climb further as 21 people remained in a critical condition": or the
      // number)
      && !(tokens[k - 1]?.lower === 'even' && tokens[k - 2]?.lower === 'that') && !(/^(as|because)$/.test(t.lower) && k === first - 1 && tokens.slice(Math.max(0, k - 10), k).some((x) => /^(toll|count|tally|number)$/.test(x.lower)))) break;
    if (sayParticipleAt(tokens, k) && /^(after|before|while|when|earlier|first|initially|previously)$/.test(tokens[k - 1]?.lower ?? '')) continue;
    // ("The Red Crescent released a statement, denying that the flood claimed the lives of 11,300": who denies a
    // figure does not say it)
    // ("it could not independently confirm reports that 30 more people …": a report left unconfirmed is the report's)
    const unconfirmed = /^(confirm|verify)$/.test(t.lower) && tokens.slice(Math.max(0, k - 3), k).some((x) => /^(not|n't|cannot|unable)$/.test(x.lower));
    // ("The group's spokesman denied reports that …": the tagger may take the verb after a speaker's noun for a participle)
    if ((REJECTING.test(t.lower) || unconfirmed) && (tags[k].has('Verb') || /^(reports?|claims?|that)$/.test(tokens[k + 1]?.lower ?? ''))) {
      // ("The police have denied a Supporter Arema report that the death toll … has exceeded 125": a figure denied is
      // still the figure of the report that gives it)
      // ("The ministry denies reports on social media that the death toll …": where the reports ran, between)
      const ranIn = (j: number): number => {
        if (!/^(on|in|from)$/.test(tokens[j + 1]?.lower ?? '')) return -1;
        const that = tokens.findIndex((y, d) => d > j + 2 && d <= j + 5 && y.lower === 'that');
        return that > 0 && tokens.slice(j + 2, that).every((y) => y.kind === 'word') ? that - 1 : -1;
      };
      const report = tokens.findIndex((x, j) => j > k && j <= k + 8 && j < first && (SAY_NOUNS.has(x.lower) || /^(stor(y|ies)|rumou?rs?)$/.test(x.lower)) && (tokens[j + 1]?.lower === 'that' || ranIn(j) > 0 || (/^(making|doing)$/.test(tokens[j + 1]?.lower ?? '') && tokens.slice(j + 2, j + 6).some((y) => y.lower === 'that'))));
      if (report > 0 && tokens.slice(k + 1, report).every((x) => x.kind === 'word')) {
        const from = /^(a|an|the)$/.test(tokens[k + 1].lower) ? k + 2 : k + 1;
        best = clean(from, Math.max(report, ranIn(report)));
        break;
      }
      if (/^(that|reports?|claims?|the)$/.test(tokens[k + 1]?.lower ?? '')) break;
    }
    // ("there are reports that nearly 30 fighters were killed": the reports say it)
    // ("…, but there were later reports of at least 60 people killed": or of the figure itself)
    // ("There are unconfirmed reports in the industrial city that at least 96 bodies have been found": where from between)
    let thatAt = -1;
    // (never "claims from Kyiv that …", whose "from" names who claims it)
    for (let j = k + 2; tokens[k + 1]?.lower === 'in' && j < k + 7 && tokens[j]?.kind === 'word' && !isVerb(tags[j]); j++) {
      if (tokens[j].lower === 'that') { thatAt = j; break; }
    }
    const reportsFrom = thatAt > k + 2;
    if (/^(reports|claims|accounts)$/.test(t.lower) && (tokens[k + 1]?.lower === 'that' || tokens[k + 1]?.lower === 'of' || reportsFrom)) {
      let a = k;
      // (never the verb that rejects them, which the tagger may take for a participle: "The army's spokesman denied reports")
      while (a > 0 && k - a < 2 && (tags[a - 1].has('Adjective') || /^(later|earlier|initial|unconfirmed|conflicting|media|local|new)$/.test(tokens[a - 1].lower)) && tokens[a - 1].kind === 'word'
        && !REJECTING.test(tokens[a - 1].lower)) a--;
      if (REJECTING.test(tokens[a - 1]?.lower ?? '') && tokens[k + 1]?.lower === 'that') continue;
      // (but never from inside brackets for a count outside them: "injured (there are claims of as many as 300) and 69 killed")
      if (/^(are|were)$/.test(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.lower === 'there' && !saysOnlyInItsBrackets(tokens, k, first, last)) { best = clean(a, k); break; }
      // ("Crowds gathered amid reports that at least 39 people had died", "amid reports of over 30 people missing": a
      // preposition's reports, which no one before them says)
      // ("…, correcting earlier reports that 12 Marines were killed": the object of a participle after a comma, whose
      // subject answers the reports)
      // ("Minister, can you confirm reports that 30 soldiers died?": reports a question asks to confirm)
      const asked = /^(confirm|verify)$/.test(tokens[a - 1]?.lower ?? '') && !isSayVerbHere(tokens, tags, a - 1);
      // ("UNHCR is alarmed by reports that at least 180 Rohingya refugees are feared dead": or what moves who hears them)
      if (asked || /^(amid|amidst|despite|following|after|with|by|about|at|over)$/.test(tokens[a - 1]?.lower ?? '')
        || (/^(correcting|contradicting|echoing|confirming|repeating|dismissing|rejecting|denying|countering|disputing)$/.test(tokens[a - 1]?.lower ?? '') && tokens[a - 2]?.text === ',')) { best = clean(a, k); break; }
      // ("…, but said earlier reports of hundreds of deaths could not be confirmed": reports that open a clause are
      // who gave the figure; the speaker before only weighs them)
      if (tokens[k + 1]?.lower === 'of' && (a === 0 || /^(said|says|that|but|and|while|whereas)$/.test(tokens[a - 1]?.lower ?? ''))) { best = clean(a, k); break; }
    }
    // ("The official estimate was that 329 people were killed": a writing or a count, named before, whose content is the
    // clause; never "A more probable figure is that 8,000 died", the writer's own)
    // ("Reports are that at least 70 persons … were killed": or bare reports opening the sentence, as the label rules
    // keep an unnamed report)
    // ("The prosecution case is that the accused … caused the death of two persons", "The police version is that …": or a
    // party's case, with its owner named)
    const partyCase = /^(case|version|position|contention)$/.test(tokens[k - 2]?.lower ?? '');
    if (t.lower === 'that' && /^(was|is|were|are)$/.test(tokens[k - 1]?.lower ?? '') && (SAY_NOUNS.has(tokens[k - 2]?.lower ?? '') || partyCase)) {
      let a = k - 3;
      while (a >= 0 && k - 3 - a < 3 && tokens[a].kind === 'word' && !/^(the|a|an|its|their|his|her)$/.test(tokens[a].lower)) a--;
      if (/^(the|its|their|his|her)$/.test(tokens[a]?.lower ?? '') && (!partyCase || a + 1 < k - 2)) { best = clean(a + 1, k - 2); break; }
      if (k === 2 && /^reports?$/.test(tokens[0].lower)) { best = clean(0, 0); break; }
    }
    // ("officials were quoted in state media as saying that 812 people had died": the one quoted, not where)
    if (t.lower === 'saying' && tokens[k - 1]?.lower === 'as') {
      let v = k - 2;
      while (v > k - 8 && v > 0 && !/^(quoted|cited)$/.test(tokens[v].lower) && tokens[v].kind === 'word') v--;
      const quoted = /^(quoted|cited)$/.test(tokens[v]?.lower ?? '') && isPassive(tokens, v) ? subjectBefore(tokens, tags, v) : null;
      if (quoted) { best = clean(quoted[0], quoted[1]); break; }
    }
    // ("The new estimate reported on Thursday by the Office of …", "The toll reported by the ministry was 40": a
    // participle on the figure's noun, with its agent)
    // ("The number of deaths initially reported by the Chinese government was 655,000": the toll's "of", and an adverb
    // of when, between)
    // ("The previous toll, communicated on Sunday by the army, was 22 dead": or in an aside set off by commas)
    const asideComma = tokens[k - 1]?.text === ',' ? 1 : 0;
    const noun = /^(initially|first|originally|previously|earlier|officially)$/.test(tokens[k - 1 - asideComma]?.lower ?? '') ? k - 2 - asideComma : k - 1 - asideComma;
    // ("The list of still-missing persons circulated by the Butte County Sheriff's Office … stands at 103": a list of the
    // harmed, a word of their fate between)
    const ofAt = tokens[noun - 1]?.lower === 'of' ? noun - 1 : tokens[noun - 2]?.lower === 'of' && CASUALTY_AFTER[tokens[noun - 1]?.lower ?? ''] !== undefined ? noun - 2 : -1;
    const tollOf = ((/^(deaths|dead|fatalities|casualties|victims)$/.test(tokens[noun]?.lower ?? '') && ofAt === noun - 1) || (ofAt > 0 && isPersonWord(tokens[noun]?.lower ?? '') && ofAt === noun - 2))
      && (TOLL_OBJECT.test(tokens[ofAt - 1]?.lower ?? '') || /^(list|lists)$/.test(tokens[ofAt - 1]?.lower ?? ''));
    // ("The death toll claimed by Azerbaijani authorities is 613": a toll is claimed by who gives it, where a deed
    // claimed is someone's doing)
    // ("Non-fatal injuries reported by employers ran to 4,200": or the counted noun that opens the sentence)
    const countedSubject = /^(deaths|injuries|casualties|fatalities)$/.test(tokens[noun]?.lower ?? '') && tokens.slice(0, noun).every((x, d) => x.kind === 'word' && !isVerb(tags[d]));
    if ((TOLL_OBJECT.test(tokens[noun]?.lower ?? '') || tollOf || countedSubject) && (REPORTED_BY.test(t.lower) || PUBLISHED.test(t.lower) || t.lower === 'claimed')) {
      const agent = reportingAgent(tokens, tags, k, true);
      // (the aside closes after the agent, or after when it gave the toll: "by the army on Sunday,")
      const closed = (a: number) => [1, 2, 3, 4].some((d) => tokens[a + d]?.text === ',' && tokens.slice(a + 1, a + d).every((x) => x.kind === 'word' || (x.kind === 'digits' && d > 2)));
      if (agent && agent[1] < first && (!asideComma || closed(agent[1]))) { best = clean(agent[0], agent[1]); break; }
    }
    // ("Amnesty has charged that the coalition killed more than 1,600": a charge with its clause is a saying; kept out of
    // SAY_VERBS, which the extractor also reads, where "charged 3 people" is no saying)
    // (a saying in brackets with a count of its own says only that count: "(there are claims of as many as 300)")
    if ((SAY_VERBS.has(t.lower) || SAY_NOUNS.has(t.lower)) && saysOnlyInItsBrackets(tokens, k, first, last)) continue;
    if ((SAY_VERBS.has(t.lower) || CHARGED_THAT(tokens, k)) && isSayVerbHere(tokens, tags, k)) {
      // "7 people were confirmed dead and 15 others …", "it is now confirmed that": a passive participle says nothing
      if (isPassive(tokens, k)) {
        // ("Three more deaths were reported Thursday by other hospitals, bringing the total to 16": the agent says
        // the figures of its clause)
        const agent = reportingAgent(tokens, tags, k);
        if (agent && agent[1] < first) { best = clean(agent[0], agent[1]); break; }
        // ("had been put at about 900 by Philippine officials": the toll given, then the agent who gave it)
        if (/^(put|placed|estimated|set)$/.test(t.lower) && tokens[k + 1]?.lower === 'at' && tokens[last + 1]?.lower === 'by') {
          const giver = nounPhraseAfter(tokens, tags, last + 2);
          if (giver) { best = clean(giver[0], giver[1]); break; }
        }
        // ("the body count … was put by residents at twenty-odd": or the agent before the figure's "at")
        if (/^(put|placed|estimated|set)$/.test(t.lower) && tokens[k + 1]?.lower === 'by') {
          const at = tokens.findIndex((x, j) => j > k + 2 && j < first && j <= k + 8 && x.lower === 'at');
          const giver = at > 0 && first - at <= 3 ? nounPhraseAfter(tokens, tags, k + 2) : null;
          // (never when: "put by the time of writing at 40")
          const when = tokens.slice(k + 2, at).some((x) => /^(time|end|start|close|evening|morning|night)$/.test(x.lower) || TIME_WORDS.test(x.lower));
          if (giver && giver[1] >= at - 1 && !when) { best = clean(k + 2, at - 1); break; }
        }
        continue;
      }
      if (appendedAfterComma(tokens, k, first)) break;
      // ("The monitor logged 2,400 reported fatalities documented by ACLED": a count recorded, then the agent who
      // documented it, right after its noun, is that agent's)
      if (RECORDING.test(t.lower) && k < first) {
        const by = tokens.findIndex((x, j) => j > last && j <= last + 4 && REPORTED_BY.test(x.lower) && tokens[j + 1]?.lower === 'by' && tokens.slice(last + 1, j).every((y) => y.kind === 'word'));
        const agent = by > 0 ? reportingAgent(tokens, tags, by) : null;
        if (agent) { best = clean(agent[0], agent[1]); break; }
      }
      // ("killed 253 people, a figure the health ministry later revised down from 359, and wounded about 500": a saying in
      // an apposition on the figure before it says nothing of the figures after it)
      const apposition = k < first ? figureApposition(tokens, k) : -1;
      if (apposition > 0 && tokens.slice(k + 1, first).some((x) => x.text === ',')) continue;
      // (the figure inside it is the speaker's: "… revised down from 359")
      if (apposition > 0) {
        const who = appositionSpeaker(tokens, apposition, k);
        if (who) { best = clean(who[0], who[1]); break; }
      }
      // ("The death toll from the attack on a concert hall claimed by Islamic extremists rose to 143": a deed claimed,
      // no saying)
      // ("Ukraine and Russia traded almost 200 prisoners of war in a swap announced separately by both sides": a participle
      // on a noun, with its agent, names what was announced, not who says the figure after it)
      const agentAt = tokens[k + 1]?.lower === 'by' ? k + 1 : /ly$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by' ? k + 2 : -1;
      // (never on a saying's own noun: "previous estimates cited by the researchers of 2.1 million")
      if (agentAt > 0 && /ed$/.test(t.lower) && tokens[k - 1]?.kind === 'word' && tags[k - 1]?.has('Noun') && !SAY_NOUNS.has(tokens[k - 1].lower) && !/^(has|have|had)$/.test(tokens[k - 1].lower) && k < first) continue;
      // ("Save the Children said it was “shocked and appalled” by news of two boys being beheaded": a party
      // reacting to the deaths does not say them)
      if (tokens.slice(k + 1, first).some((x, d) => /^(shocked|appalled|saddened|horrified|outraged|dismayed|alarmed|devastated|heartbroken|sickened)$/.test(x.lower)
        && tokens.slice(k + 2 + d, k + 6 + d).some((y) => /^(by|at|over)$/.test(y.lower)))) break;
      // "quoted the regional governor, Ivan Petrov, as saying": the one quoted says it
      const quoted = quotedAs(tokens, tags, k);
      if (quoted) { best = clean(quoted[0], quoted[1]); break; }
      let subject = subjectBefore(tokens, tags, k);
      // ("The doctor said the hospital had received 12 bodies, and added that 67 …": a second say-verb
      // of the first one's subject)
      const and = tokens[k - 1]?.lower === 'also' ? k - 2 : k - 1;
      if (tokens[and]?.lower === 'and') {
        for (let j = and - 1; j >= 0; j--) {
          if (tokens[j].text === '.' || tokens[j].text === ';') break;
          if (!SAY_VERBS.has(tokens[j].lower) || !isSayVerbHere(tokens, tags, j) || isPassive(tokens, j)) continue;
          subject = subjectBefore(tokens, tags, j) ?? subject;
          break;
        }
      }
      // "The strike raised the death toll": an event raises a toll, it says nothing
      // (the head before a preposition: "Ukraine's coordination centre for prisoners of war revealed" is a centre)
      const prepAt = subject ? tokens.slice(subject[0], subject[1] + 1).findIndex((x) => /^(of|for|on|in|at)$/.test(x.lower)) : -1;
      // ("The revelation increases the number of victims to at least 125": nor does a finding that raises it)
      const finding = (w: string) => EVENT_NOUNS.has(w) || /^(revelation|revelations|discovery|discoveries|disclosure|recovery)$/.test(w);
      // (never a body's name that ends in such a noun: "Cal Fire said 2 firefighters were injured")
      const named = subject !== null && subject[1] > subject[0] && tokens[subject[0]].lower !== 'the' && tokens.slice(subject[0], subject[1] + 1).every((x) => /^\p{Lu}/u.test(x.text));
      if (subject && !named && finding(tokens[subject[1]].lower) && (prepAt <= 0 || finding(tokens[subject[0] + prepAt - 1].lower))) continue;
      // ("death toll lowered by 100 to 253": a toll revised by no one named says nothing of itself)
      // (but "The government tally said 120 remain in captivity": a tally someone keeps says what it counts)
      // ("The latest provincial tally of victims, from Thursday, said eight people were missing": a tally of the dead
      // kept, and dated, by someone)
      // ("A government tally released the following week put the number of injured at 126": or puts a number)
      const tallyAt = subject === null ? -1 : tokens[subject[1] - 1]?.lower === 'of' && /^(victims|dead|casualties|deaths)$/.test(tokens[subject[1]].lower) ? subject[1] - 2 : subject[1];
      const keptTally = subject !== null && /^(tally|count)$/.test(tokens[tallyAt]?.lower ?? '') && tallyAt > subject[0] && /^(said|says|showed|shows|put|puts|placed)$/.test(t.lower)
        && /^(government|official|military|army|ministry|police|un|reuters|afp|ap|latest|provincial|national|regional|municipal|city|state|daily|updated)$/i.test(tokens[tallyAt - 1].lower);
      // ("casualty figures had raised to approximately 200,000": figures that rise say nothing either)
      const risingFigures = subject !== null && /^figures?$/.test(tokens[subject[1]].lower) && /^(raised|raises|raise|rose|risen)$/.test(t.lower);
      // ("New numbers show 16 indoor heat deaths": numbers that show a count are data, as figures are)
      const numbersShow = subject !== null && tokens[subject[1]].lower === 'numbers' && /^(show|shows|showed|indicate|indicates|indicated)$/.test(t.lower);
      // (never a body's name that ends in one: "Iraq Body Count recorded between 186,000 and 210,000 civilian deaths")
      if (subject && (TALLIES.test(tokens[subject[1]].lower) || risingFigures) && !keptTally && !numbersShow && !named) continue;
      // ("the death tolls for the bombing of the German city Dresden … put the count at around 25,000": what a toll is
      // of, cut off from the toll)
      if (subject && /^(for|of|from|in|at|on)$/.test(tokens[subject[0]].lower) && TALLIES.test(tokens[subject[0] - 1]?.lower ?? '')) continue;
      // ("Death toll from russian strike at Chernihiv increased to 17": the toll heads its phrase of what it counts)
      const opens = subject ? subject[0] : -1;
      if (subject && tokens.slice(opens, Math.min(subject[1], opens + 3)).some((x, d) => x.lower === 'toll' && /^(from|of|in|at)$/.test(tokens[opens + d + 1]?.lower ?? ''))) continue;
      // ("The Red Crescent said its volunteers counted 18 dead", "The ministry said it confirmed that …":
      // a pronoun's saying is reported by the one named before it)
      // ("Umar said he counted 19 bodies")
      // ("The doctor told AFP she had counted 12 bodies": the one told stands between)
      // ("X said the team confirmed one fatality": the one who says what the team confirmed)
      // ("said Friday that the team confirmed one fatality": the day between)
      // (the one who says at a say-verb; after ", and", the sentence's subject, whose second verb it is)
      const sayerOf = (say: number) => (tokens[say - 1]?.lower === 'and' && tokens[say - 2]?.text === ',' ? mainSubject(tokens, tags, say - 1) : null) ?? subjectBefore(tokens, tags, say);
      let that = subject && tokens[subject[0] - 1]?.lower === 'that' ? 1 : 0;
      if (that && subject && TIME_WORDS.test(tokens[subject[0] - 2]?.lower ?? '')) that = 2;
      // ("A UN statement confirmed 70,000 people had been affected, and said that the sources put the toll at 27": a
      // second verb of the sentence's subject, after "and")
      // ("said at today's news conference that families have identified 11": where it was said, between)
      const outerSay = subject ? pastVenueOfSaying(tokens, subject[0] - 1 - that) : -1;
      // ("Milley told lawmakers in a Senate hearing Tuesday that the U.S. assesses …": whom it was told, and where and
      // when, stand between the outer saying and its "that")
      const toldFarBack = subject && that >= 1 && !/^(said|says|told)$/.test(tokens[outerSay]?.lower ?? '') ? toldBefore(tokens, subject[0] - 1) : -1;
      if (subject && /^(said|says|told)$/.test(tokens[outerSay]?.lower ?? '') && !/^(it|they|its|their|he|she|his|her)$/.test(tokens[subject[0]].lower)) {
        subject = sayerOf(outerSay) ?? subject;
      }
      // ('says Osama Aly of the centre, adding that the centre has registered 3,958 deaths': or a saying participle after a
      // comma, whose own speaker says what the one named inside recorded)
      else if (subject && that >= 1 && /^(adding|saying)$/.test(tokens[outerSay]?.lower ?? '') && tokens[outerSay - 1]?.text === ','
        && !/^(it|they|its|their|he|she|his|her)$/.test(tokens[subject[0]].lower)) {
        const appendedAt = appendedSayingBefore(tokens, outerSay);
        subject = (appendedAt >= 0 ? subjectBefore(tokens, tags, appendedAt) : null) ?? invertedSpeakerBefore(tokens, outerSay) ?? mainSubject(tokens, tags, outerSay) ?? subject;
      }
      else if (subject && toldFarBack > 0 && !/^(it|they|its|their|he|she|his|her)$/.test(tokens[subject[0]].lower)) {
        subject = sayerOf(toldFarBack) ?? subject;
      }
      else if (subject && /^(it|they|its|their|he|she|his|her)$/.test(tokens[subject[0]].lower)) {
        let outer = -1;
        for (let j = subject[0] - 1; j > 0 && subject[0] - j <= 4 && tokens[j].kind === 'word'; j--) {
          if (/^(said|says|told|tells)$/.test(tokens[j].lower)) { outer = j; break; }
        }
        // (only "told" has an object between: "said reporters he" is no saying)
        // ("said on Saturday that they had identified": a time and "that" between are no object)
        if (outer > 0 && outer < subject[0] - 1 && !/^(told|tells)$/.test(tokens[outer].lower)
          && !tokens.slice(outer + 1, subject[0]).every((x) => x.lower === 'that' || x.lower === 'on' || TIME_WORDS.test(x.lower) || /^(last|this)$/.test(x.lower) || LAST_SPAN.test(x.lower))) outer = -1;
        if (outer > 0) subject = sayerOf(outer) ?? subject;
      }
      // ("Police released a statement saying that 3 people died": who issued it says it)
      // ("The UN Human Rights Office has released a report indicating that up to 1,400 …": the same)
      // ("The UN released a report on May 12th confirming … the massacre of 500+ civilians": with its confirming, and
      // when it came out between)
      // ("The militant group issued a statement claiming that they had taken control of the train and said six …": or any
      // saying whose subject was found in the writing its issuer issued)
      if (subject && (/^(saying|stating|indicating|estimating|showing|confirming|finding|concluding|alleging)$/.test(t.lower) || tokens[k - 1]?.lower === 'and') && (SAY_NOUNS.has(tokens[subject[1]].lower) || WRITINGS.test(tokens[subject[1]].lower))
        // ("Blankenship issues a statement confirming seven miners are dead": in the present too)
        && /^(issued|issues|issue|released|releases|published|publishes|posted|posts|sent|sends|put|puts)$/.test(tokens[subject[0] - 1]?.lower ?? '')) subject = subjectBefore(tokens, tags, subject[0] - 1) ?? subject;
      // ("The army denied the report, saying only 3 …", "the government had a different account, saying 19 …":
      // a participle after a comma says what the clause's subject says)
      // ("The UN office has expressed concern about rising violence around Haiti's capital, Port-au-Prince, saying 99 …":
      // a participle's subject is its clause's, never a noun inside the clause's object)
      // ("accepted responsibility for part of the event – conceding between 6 and 18 deaths": after a dash as well)
      const participleAfterComma = /^(,|–|—)$/.test(tokens[k - 1]?.text ?? '') && /^(saying|stating|adding|insisting|claiming|telling|conceding|acknowledging|admitting|confirming|reporting|estimating|pointing|specifying|alleging|revising)$/.test(t.lower)
        // ("…, a committee said on Thursday, raising the death toll from at least 358": a toll raised after a saying
        // appended to the clause is that speaker's, whatever the clause before it names; with no saying before, the
        // clause's subject may only have found the dead)
        || (/^(,|–|—)$/.test(tokens[k - 1]?.text ?? '') && /^(raising|lowering|putting|updating)$/.test(t.lower) && appendedSayingBefore(tokens, k) >= 0);
      // ("JNIM, an Al-Qaeda affiliate, has claimed … a military base in Djibo, northern Burkina Faso, stating that 200 …":
      // a place in apposition after a comma opens no clause of its own)
      const placeAfterComma = subject !== null && tokens[subject[0] - 1]?.text === ',' && (isPlaceName(tokens[subject[1]].text)
        || (/^(northern|southern|eastern|western|central|north|south|east|west)$/.test(tokens[subject[0]].lower) && /^\p{Lu}/u.test(tokens[subject[1]].text)));
      // ("All states have reported cases, WHO spokesperson Christian Lindmeier told reporters, adding: …": who adds is
      // the speaker appended before, never the subject of the clause before that)
      const appended = participleAfterComma ? appendedSayingBefore(tokens, k) : -1;
      // ('"…," said Kirkpatrick, adding that two police officers were hit by gunfire': an inverted saying's speaker, right
      // before the comma)
      const inverted = participleAfterComma && appended < 0 ? invertedSpeakerBefore(tokens, k) : null;
      // ("The death toll was confirmed by an Oslo-based NGO Iran Human Rights, stating that …": a passive's agent right
      // before the comma is who goes on to state it)
      const agent = participleAfterComma && appended < 0 ? agentBeforeComma(tokens, tags, k - 1) : null;
      if (appended >= 0) subject = subjectBefore(tokens, tags, appended) ?? subject;
      else if (inverted) subject = inverted;
      else if (agent) subject = agent;
      else if (participleAfterComma && !subject && thatAfterMainVerb(tokens, tags, k)) subject = mainSubject(tokens, tags, k);
      else if (participleAfterComma && subject && (!opensItsClause(tokens, subject[0]) || placeAfterComma) && tokens[subject[0] - 1]?.lower !== 'with') {
        const main = mainSubject(tokens, tags, k);
        if (main) subject = main;
      }
      // ("The MP raised the issue in Lok Sabha on Wednesday claiming that 35 …": with no comma, the participle's subject is
      // still the clause's, never the object of its verb)
      if (!participleAfterComma && subject && /^(saying|stating|claiming|insisting|alleging|arguing)$/.test(t.lower) && tokens[k + 1]?.lower === 'that') {
        const det = /^(the|a|an)$/.test(tokens[subject[0]].lower) ? subject[0] : subject[0] - 1;
        const verb = det - 1;
        if (/^(the|a|an)$/.test(tokens[det]?.lower ?? '') && verb > 0 && isVerb(tags[verb]) && !AUXILIARIES.has(tokens[verb].lower)) {
          const main = mainSubject(tokens, tags, k);
          if (main && main[1] < verb) subject = main;
        }
      }
      if (!subject && participleAfterComma) {
        // ("…, with military spokesman Lieutenant Mak Hazukay, saying": the one the "with" names)
        const withAt = tokens.findIndex((x, j) => j < k - 1 && j >= k - 10 && x.lower === 'with' && !tokens.slice(j + 1, k - 1).some((y) => y.kind === 'punct'));
        if (withAt >= 0) subject = nounPhraseAfter(tokens, tags, withAt + 1);
        // ("The government issued a new toll from the attack at the village of Seytenga in northern Burkina, revising it
        // …", "… put the number of people killed in the Kerman blasts at 84, revising an earlier toll of 103": a
        // revision's subject is its clause's, however long the clause's object, never one inside it)
        if (!subject && t.lower === 'revising') subject = mainSubject(tokens, tags, k);
        for (let v = k - 2; !subject && v > 0 && k - v <= 12; v--) {
          // ('SANA blamed "armed terrorist groups" for the killings, adding that': over a quoted object)
          // ("announced an end to the 80-hour bloodbath, confirming …": nor over a hyphen inside a compound)
          const glued = tokens[v].text === '-' && tokens[v - 1]?.end === tokens[v].start && tokens[v + 1]?.start === tokens[v].end;
          if (tokens[v].kind === 'punct' && !/^["“”]$/.test(tokens[v].text) && !glued) break;
          // (a past or a say-verb: the tagger takes some plural nouns, "killings", for verbs)
          // ("The department disputes our count, saying only 81 deaths occurred": or a present with its object, never a plural
          // noun the tagger takes for a verb)
          const present = tags[v].has('PresentTense') && /[^s]s$/.test(tokens[v].lower) && /^(the|our|its|their|a|an|this|these)$/.test(tokens[v + 1]?.lower ?? '')
            && !/^(the|a|an|its|their|our|his|her|of)$/.test(tokens[v - 1]?.lower ?? '');
          if (isVerb(tags[v]) && (tags[v].has('PastTense') || present || SAY_VERBS.has(tokens[v].lower)) && !tags[v].has('Gerund') && tokens[v].kind === 'word' && !/^\p{Lu}/u.test(tokens[v].text)) { subject = subjectBefore(tokens, tags, v); break; }
        }
      }
      // ("Researchers analyzed data from the Eurostat mortality database … to estimate that 61,672 people died": an
      // infinitive of purpose says what its clause's subject says)
      if (!subject && tokens[k - 1]?.lower === 'to' && /^(estimate|calculate|conclude|determine|confirm|show|find|count)$/.test(t.lower) && tokens[k + 1]?.lower === 'that') {
        // ("the new study used various data sources, including an online survey …, to estimate that …": over an aside of
        // what it drew on, set off by commas)
        let from = k - 2;
        if (tokens[from]?.text === ',') {
          const open = tokens.findIndex((x, j) => j >= from - 16 && j < from - 1 && x.text === ',' && /^(including|such|like|notably|mainly|among)$/.test(tokens[j + 1]?.lower ?? ''));
          if (open > 0 && !tokens.slice(open + 1, from).some((x) => x.kind === 'punct')) from = open - 1;
        }
        for (let v = from; v > 0 && k - v <= 30 && from - v <= 16; v--) {
          if (tokens[v].kind === 'punct') break;
          if (isVerb(tags[v]) && tags[v].has('PastTense') && !tags[v].has('Gerund') && tokens[v].kind === 'word' && !/^\p{Lu}/u.test(tokens[v].text)) { subject = subjectBefore(tokens, tags, v); break; }
        }
      }
      // ("Azerbaijan has not revealed its losses, but has confirmed seven deaths": a second verb of the clause's subject)
      if (!subject) {
        let j = k - 1;
        while (j > 0 && /^(has|have|had|also|only|later|since|did|does)$/.test(tokens[j].lower)) j--;
        // ("It declined to estimate the toll, but said that it was likely …": right after "but" too, before its "that")
        if (/^(but|and)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]?.text === ',' && (j < k - 1 || tokens[k + 1]?.lower === 'that')) subject = mainSubject(tokens, tags, j);
      }
      // ("the city of Banyas recorded 60 civilian deaths": where they died; someone further back may say it)
      if (subject && placeRecords(tokens, k)) continue;
      // ('A driver in a pickup truck who officials said was “hell-bent on carnage” sped through a crowd …, killing 10': a
      // saying inside a relative clause about someone, whose clause the figure is past, says nothing of it)
      const relative = tokens.slice(Math.max(1, k - 4), k).findIndex((x) => /^(who|whom)$/.test(x.lower)) + Math.max(1, k - 4);
      if (relative >= Math.max(1, k - 4) && tokens[relative - 1]?.kind === 'word' && /^(was|were|is|are)$/.test(tokens[k + 1]?.lower ?? '')
        && tokens.slice(relative + 1, k).every((x) => x.kind === 'word') && tokens.slice(k + 1, first).some((x) => x.text === ',')) continue;
      // ("the government has not yet officially confirmed the figure of 700 deaths": who denies saying it says none)
      if (subject && tokens.slice(Math.max(0, k - 4), k).some((x, d, all) => NOT.test(x.lower) && all.slice(d).every((y) => y.kind === 'word'))) continue;
      // ('"Data from our records indicates that 39 people have died," the commission said': inside a quote that opens
      // the sentence and closes on its speaker, what informs the speaker is no speaker; the one who speaks the quote
      // says it (never a party named inside: '"…, although the brigade announced that …", said Hanaysheh')
      if (subject && k > 0 && /^[“"]$/.test(tokens[0]?.text ?? '') && quoteClosesAt(tokens, last) > last
        && !tokens.slice(1, last + 1).some((x) => /^[”"]$/.test(x.text)) && informsTheSpeaker(tokens.slice(subject[0], subject[1] + 1))) break;
      // ("KNCHR indicated that its investigations showed that 21 Kenyans were killed": the outer speaker's own findings,
      // by their possessive, are what the outer speaker says)
      if (subject && /^(its|their)$/.test(tokens[subject[0]].lower) && tokens[subject[0] - 1]?.lower === 'that'
        && SAY_VERBS.has(tokens[subject[0] - 2]?.lower ?? '') && isSayVerbHere(tokens, tags, subject[0] - 2)) {
        const outer = subjectBefore(tokens, tags, subject[0] - 2);
        if (outer) subject = outer;
      }
      // ("UNAMA expressed deep concern about the attack, citing initial information indicating that more than 100 …": what
      // a speaker cites informs the speaker, who says it)
      if (subject && /^(information|evidence|data|intelligence|reports)$/.test(tokens[subject[1]].lower) && tokens[subject[0] - 1]?.lower === 'citing' && tokens[subject[0] - 2]?.text === ',') {
        const main = mainSubject(tokens, tags, subject[0] - 2);
        if (main) subject = main;
      }
      if (subject) {
        best = clean(subject[0], subject[1]);
        informing = /^(information|evidence|data|intelligence)$/.test(tokens[subject[1]].lower);
        // ("The health minister has reported that … around 1,800 injuries, …, IRNA reported": a verb with its "that"
        // clause says, and does not only record)
        recorded = /^(recorded|records|registered|registers|reported|reports|confirmed|confirms|counted|counts|documented|logged|revised|revises|raised|raises|lowered|lowers|reduced|reduces|cut|cuts|updated|updates|identified|identifies)$/.test(t.lower)
          && tokens[k + 1]?.lower !== 'that';
        // ("Police confirmed the deaths of four people, Reuters reported": a confirming relayed as well)
        reporting = /^(reported|reports|confirmed|confirms|announced|announces)$/.test(t.lower);
        // ("Hezbollah has accused Israel of …, resulting in the deaths of twelve people, as reported by the health
        // ministry": who reports the toll after it, over who charges the deed)
        accusing = /^accus/.test(t.lower);
        // ("The radical Hutu accused the moderates … of being behind this crash, which sparked off a civil war in which it
        // was thought 800,000 people died": a relative clause on what was charged is the writer's, not the accuser's)
        if (accusing && tokens.slice(k + 1, first).some((x) => /^(which|whom)$/.test(x.lower))) { best = null; accusing = false; }
        break;
      }
      // "X's decision to highlight that ..." — the possessor is the source
      const possessor = possessorBefore(tokens, k);
      if (possessor) { best = clean(possessor[0], possessor[1]); break; }
      // inverted: "says DPR spokesman" before the figure is rare; keep looking
      continue;
    }
    // ("the NDRRMC’s death toll was at 5,786", "the ministry's toll stands at 50": whose toll it is says it)
    // ("The monitor's overall toll, including fighters on both sides, rose to 1,383": past an aside between commas)
    const aside = tokens[k + 1]?.text === ',' ? tokens.findIndex((x, j) => j > k + 2 && j <= k + 12 && x.kind === 'punct') : -1;
    const tollVerb = aside > 0 && tokens[aside].text === ',' && aside < first ? aside + 1 : k + 1;
    if (t.lower === 'toll' && k < first && /^(was|is|stood|stands|now|reached|rose|climbed|had|has)$/.test(tokens[tollVerb]?.lower ?? '')) {
      const owner = possessorBefore(tokens, k);
      const name = owner ? tokens.slice(owner[0], owner[1] + 1).map((x) => x.text.replace(/['’]s$/, '')) : [];
      if (owner && (/^\p{Lu}{2,}$/u.test(name[name.length - 1] ?? '') || isSpeakerWord((name[name.length - 1] ?? '').toLowerCase()))) { best = clean(owner[0], owner[1]); break; }
    }
    // ("Taking into account the above estimate, the actual number of deaths … could range from": what is taken into
    // account is no one's saying)
    if (SAY_NOUNS.has(t.lower) && tokens.slice(Math.max(0, k - 4), k).some((x, d, all) => x.lower === 'account' && all[d - 1]?.lower === 'into')) continue;
    // ("Pakistan's 'Jaffar Express' hijack update: 16 terrorists killed": a label of the story before its colon)
    if (SAY_NOUNS.has(t.lower) && STORY_LABELS.test(t.lower) && tokens[k + 1]?.text === ':') continue;
    // ("the humanitarian crisis could claim an additional 6,550 … lives": after a modal the word is a verb, no noun)
    // ("Cafe in ruins after missile strike claims 51 lives": claiming lives is killing, no noun of saying)
    if (SAY_NOUNS.has(t.lower) && t.lower !== 'data' && !claimsLives(tokens, k) && !/^(could|would|may|might|will|can|shall|should|to)$/.test(tokens[k - 1]?.lower ?? '')) {
      // ("allegations by the U.N. and the Afghan government that the battle had killed 90")
      // ("The figure was in stark contrast with claims from Moscow that it lost just over 6,000 troops")
      if (tokens[k + 1]?.lower === 'by' || (tokens[k + 1]?.lower === 'from' && /^(claims?|reports?|estimates?|figures?|statements?|accounts?)$/.test(t.lower))) {
        const agent = nounPhraseAfter(tokens, tags, k + 2);
        const breakdown = agent !== null && isBreakdown(tokens[agent[0]]);
        if (agent && !breakdown && agent[1] < first && (tokens[k + 1].lower === 'by' || tokens[agent[1] + 1]?.lower === 'that')) { best = clean(agent[0], agent[1]); break; }
      }
      // ("They are also higher than the official estimate of … at 15,000": a noun in a comparison is no one's saying)
      const det = /^(the|a|an|its|their|official|latest|initial|earlier|new)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
      // (and no saying further back covers it: "… claims from Moscow that it lost just over 6,000 troops in the war, and is
      // higher than the official estimate of the Soviet losses … of 15,000 troops")
      if (/^(than|as)$/.test(tokens[det]?.lower ?? '') || /^(than|as)$/.test(tokens[det - 1]?.lower ?? '')) break;
      // ("according to an AP count, far above the official Saudi toll of 769": nor the count a later figure is set against)
      if (setAgainstBetween(tokens, k + 1, first)) break;
      const possessor = possessorBefore(tokens, k + 1);
      if (possessor) { best = clean(possessor[0], possessor[1]); break; }
      // ("Our count of 2,041 deaths in police custody …": the writer's own count of the figure)
      if (/^(our|my)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k + 1]?.lower === 'of' && first - k <= 5 && tokens.slice(k + 2, first).every((x) => x.kind === 'word')) { best = clean(k - 1, k); break; }
      // (an outer speaker wins: "X told reporters that a Western estimate of 12,000 …" is X's saying)
      const named = tokens.slice(0, k).some((x, d) => SAY_VERBS.has(x.lower) && isSayVerbHere(tokens, tags, d)) ? null : namedBefore(tokens, tags, k);
      if (named) { best = clean(named[0], named[1]); break; }
      // "X has made a rare acknowledgment of ..." — subject of the verb before the noun
      for (let v = k - 1; v >= Math.max(0, k - 6) && tokens[v].kind !== 'punct'; v--) {
        // ("the RSF denied reports of …": who denies a report does not say its figure; nor who has "not confirmed the
        // figure of 700 deaths")
        if (REJECTING.test(tokens[v].lower) || NOT.test(tokens[v].lower)) break;
        // ("until the count reached the horrendous figure of 73,157": what reaches a figure gives none)
        if (/^(reach|reached|reaches|reaching|hit|hits|passed|passes|exceeded|exceeds|surpassed|surpasses|topped|tops|crossed|crosses)$/.test(tokens[v].lower)) break;
        // ("The figure was in stark contrast with claims …", "His figures stood in contrast to …": what is set beside a
        // saying gives none)
        if (/^(is|was|are|were|stood|stands|stand)$/.test(tokens[v].lower)) break;
        // ("have offered a sharply inflated figure of 500,000": a participle on the noun, after its article, is no verb)
        const article = /ly$/.test(tokens[v - 1]?.lower ?? '') ? v - 2 : v - 1;
        if (/ed$/.test(tokens[v].lower) && /^(a|an|the|its|their|his|her)$/.test(tokens[article]?.lower ?? '')) continue;
        if (isVerb(tags[v]) && !SAY_VERBS.has(tokens[v].lower)) {
          // ("We currently don't have an estimate": who has none gives none)
          if (NOT.test(tokens[v - 1]?.lower ?? '') || /n['’]t$/.test(tokens[v - 1]?.lower ?? '')) break;
          const subject = subjectBefore(tokens, tags, v);
          // ("The initial death toll was based on the figure of five casualties": a toll says nothing of itself)
          if (subject && !TALLIES.test(tokens[subject[1]].lower) && !/^figures?$/.test(tokens[subject[1]].lower)) { best = clean(subject[0], subject[1]); }
          break;
        }
      }
      if (best) break;
    }
  }
  // 3. A say-verb after the figure with nothing of its own to say: "..., officials said."
  const speakerAfter = (): string | null => {
    // ("killed 253 people, a figure the health ministry later revised down from 359": who gave the figure, in an
    // apposition right after it)
    {
      const comma = isPersonWord(tokens[last + 1]?.lower ?? '') ? last + 2 : last + 1;
      const verb = tokens[comma]?.text === ',' ? tokens.findIndex((t, k) => k > comma + 3 && k <= comma + 10 && SAY_VERBS.has(t.lower) && figureApposition(tokens, k) === comma) : -1;
      // ("put excess deaths at 654,965, a figure critics said was far too high": who judges the figure gave none)
      const judged = verb > 0 && /^(was|is|were|are)$/.test(tokens[verb + 1]?.lower ?? '');
      const who = verb > 0 && !judged ? appositionSpeaker(tokens, comma, verb) : null;
      if (who) return clean(who[0], who[1]);
    }
    // ("The toll of 62, cited by the interior ministry on Friday, included 17 police officers": who gave the figure, in
    // an aside right after it)
    // ("The toll of 15, first reported by the Kyiv Independent, …": a word of when before the participle)
    const given = /^(first|initially|originally|earlier)$/.test(tokens[last + 2]?.lower ?? '') ? last + 3 : last + 2;
    if (tokens[last + 1]?.text === ',' && /^(cited|given|released|provided|reported|announced|confirmed|published|issued)$/.test(tokens[given]?.lower ?? '') && tokens[given + 1]?.lower === 'by') {
      const giver = nounPhraseAfter(tokens, tags, given + 2);
      if (giver) return clean(giver[0], giver[1]);
    }
    // ("more than 350,000 by some counts": the counts that give it, right after the figure)
    // ("killed more than 65 people, by varying reports, in Lahore": or after its comma)
    // ("hundreds of thousands of people, by most estimates": past a vague count's "of" and its people)
    let by = isPersonWord(tokens[last + 1]?.lower ?? '') ? last + 2 : tokens[last + 1]?.lower === 'of' && isPersonWord(tokens[last + 2]?.lower ?? '') ? last + 3 : last + 1;
    if (tokens[by]?.text === ',' && tokens[by + 1]?.lower === 'by') by++;
    // (never the counts that give the next count: "at least 132 people, and by some counts 160, were killed")
    if (byCountsAt(tokens, by) && !isCountToken(tokens[by + 3])) return clean(by + 1, by + 2);
    // ("… and by some counts 160": the counts right before the figure give it)
    if (byCountsAt(tokens, first - 3)) return clean(first - 2, first - 1);
    // ("… left up to 15,000 dead, finds UN report": an inverted saying that closes the sentence, its speaker after it)
    const end = tokens[tokens.length - 1]?.kind === 'punct' ? tokens.length - 2 : tokens.length - 1;
    for (let k = last + 1; k < end - 1; k++) {
      if (tokens[k].text !== ',' || !INVERTED_SAYING.test(tokens[k + 1].lower)) continue;
      const rest = tokens.slice(k + 2, end + 1);
      if (rest.length >= 1 && rest.length <= 6 && rest.every((t, d) => t.kind === 'word' && (!isVerb(tags[k + 2 + d]) || SOURCE_HEADS.has(t.lower) || isSpeakerWord(t.lower))) && (isSpeakerWord(rest[rest.length - 1].lower) || SOURCE_HEADS.has(rest[rest.length - 1].lower) || WRITINGS.test(rest[rest.length - 1].lower))) return clean(k + 2, end);
    }
    for (let k = last + 1; k < tokens.length; k++) {
      const t = tokens[k];
      // ("is at least 500, not 169 as the authorities now claim, an investigation by The Independent on Sunday can
      // reveal": who gave the figure set aside gave only that one)
      if (t.text === ',' && tokens[k + 1]?.lower === 'not' && isCountToken(tokens[k + 2]) && tokens[k + 3]?.lower === 'as') {
        const close = tokens.findIndex((x, j) => j > k + 3 && x.kind === 'punct');
        if (close < 0 || tokens[close].text !== ',') break;
        k = close - 1;
        continue;
      }
      // ('confirmed over 50 deaths, "A figure of nearly 50-60 has been reported to me by the doctors': a quote
      // opened after the figure, and not closed before the sentence ends, is the speaker's own words)
      // (a straight quote opens where it stands after a space and before a word: never ',"' closing one)
      const opens = t.text === '“' || (t.text === '"' && tokens[k - 1] !== undefined && tokens[k - 1].end < t.start && tokens[k + 1]?.start === t.end);
      if (opens && /^[,:]$/.test(tokens[k - 1]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '') && !tokens.slice(k + 1).some((x) => /^[”"]$/.test(x.text))) break;
      // ("… killed at least 20 people in Borno; a fleeing resident has told Saharareporters.": past a semicolon,
      // only a clause that is nothing but who says it)
      // (but inside a quote that closes after it, the semicolon is the speaker's own: "…; we have not yet reached all
      // the neighborhoods,” Mario Ngavho told EFE.")
      if (t.text === ';' && !quotedThrough(tokens, k)) { const who = saysAloneAfter(tokens, tags, k) ?? partGoesOnToSaying(tokens, tags, k); if (who) return clean(who[0], who[1]); break; }
      // ("…, bringing the total to 16, while the previous report put the number of victims at nine": a contrast
      // opens a clause with its own speaker)
      // (only when the contrast names a speaker of its own: "…, while 25 were wounded, the Observatory said" is one saying)
      // ("At least 151 people are confirmed dead, but eyewitnesses say the toll may be higher": likewise after ", but")
      // ("…, although the project said at least twice as many had probably been killed": likewise after ", although")
      if (/^(while|whereas|but|although|though)$/.test(t.lower) && tokens[k - 1]?.text === ',') {
        // ('"… wounding three, although the Brigade announced that there were two soldiers killed", said Hanaysheh': a
        // contrast inside a quote whose speaker is named after it, as the quote's first words are; the first quote
        // mark opens the sentence)
        const close = /^[“"]$/.test(tokens[0]?.text ?? '') ? quoteClosesAt(tokens, k) : -1;
        if (close > 0) { k = close; continue; }
        let end = k + 1;
        while (end < tokens.length && !/^[,;.]$/.test(tokens[end].text)) end++;
        // ("…, but after methodical review of MSF records and family claims, as well as …, the organization confirms today
        // the death toll has risen to 42": the contrast's clause opens with when, up to its own subject and verb)
        if (/^(after|following|despite|since|upon|before|with)$/.test(tokens[k + 1]?.lower ?? '')) {
          const clause = tokens.findIndex((x, j) => j >= end && j <= end + 30 && x.text === ',' && /^(the|a|an|its|their|it|they|he|she)$/.test(tokens[j + 1]?.lower ?? ''));
          if (clause > 0) { end = clause + 1; while (end < tokens.length && !/^[,;.]$/.test(tokens[end].text)) end++; }
        }
        // (but ", but police said." closes the sentence on who says it all)
        // (", while no new deaths were recorded in Chichaoua, the ministry said": a passive with no agent names no one)
        if (tokens.slice(k + 1, end).some((x, d) => SAY_VERBS.has(x.lower) && isSayVerbHere(tokens, tags, k + 1 + d) && (t.lower !== 'but' || k + 2 + d < end)
          && !(isPassive(tokens, k + 1 + d) && tokens[k + 2 + d]?.lower !== 'by'))) break;
      }
      // ("over 1,600 people being treated for injuries at the hospital, as reported by New Age")
      // (", as stated by Interior Minister Ivica Dacic")
      if (t.lower === 'as' && tokens[k - 1]?.text === ',' && REPORTED_BY.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by' && !saidThat) {
        const agent = nounPhraseAfter(tokens, tags, k + 3);
        if (agent) return clean(agent[0], agent[1]);
      }
      // ("Six people died … after a boat capsized in Lake Kivu as reported by local authorities.": with no comma, when
      // who reported it closes the sentence)
      if (t.lower === 'as' && tokens[k - 1]?.kind === 'word' && REPORTED_BY.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by' && !saidThat) {
        const agent = phraseClosingSentence(tokens, tags, k + 3);
        if (agent) return clean(agent[0], agent[1]);
      }
      // ("Three protesters died at Everest Hospital, Baneshwar, confirmed by hospital official Anil Adhikari": the same
      // with its "as" left out, who confirmed it closing the sentence)
      if (t.text === ',' && REPORTED_BY.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by' && !saidThat) {
        const agent = phraseClosingSentence(tokens, tags, k + 3);
        if (agent) return clean(agent[0], agent[1]);
      }
      // ("…, as detailed in a human rights report released by …": the writing it was set out in)
      if (t.lower === 'as' && tokens[k - 1]?.text === ',' && /^(detailed|documented|outlined|described|reported|stated|noted)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'in'
        && /^(a|an|the|its|their)$/.test(tokens[k + 3]?.lower ?? '')) {
        const writing = nounPhraseAfter(tokens, tags, k + 3);
        // (the tagger may take the writing's own noun for a verb: "a human rights report")
        if (writing) return clean(writing[0], WRITINGS.test(tokens[writing[1] + 1]?.lower ?? '') ? writing[1] + 1 : writing[1]);
      }
      // ("ranged as high as 5,000 reported by NTV": a passive participle right after the figure, with its agent)
      // ("The 283 deaths reported by Pierre": the casualty noun between, which makes the participle an adjective's)
      // ("The 800k death toll mentioned by …": a two-word toll between)
      // ("with nearly 5,000 reported fatalities and more than 1,200 violent events recorded by ACLED": past the noun's own
      // participle, and a second count joined to the figure's, with no punctuation between)
      const between = tokens.slice(last + 1, k);
      const and = between.findIndex((x) => x.lower === 'and');
      const joined = and > 0 && between.length <= 9 && !between.some((x) => x.kind === 'punct') && between.filter((x) => x.lower === 'and').length === 1
        && between.slice(0, and).some((x) => CASUALTY_AFTER[x.lower] !== undefined) && between.slice(and + 1).some((x) => x.kind === 'digits');
      const ownParticiple = k === last + 3 && REPORTED_BY.test(tokens[last + 1].lower) && CASUALTY_AFTER[tokens[last + 2].lower] !== undefined;
      // ("1,464 victims officially recognized by the state of Louisiana": an adverb of how between the noun and its participle)
      const adverbBetween = k === last + 3 && CASUALTY_AFTER[tokens[last + 1].lower] !== undefined && /^[a-z]+ly$/.test(tokens[last + 2].lower);
      if (k === last + 1 || (k === last + 2 && CASUALTY_AFTER[tokens[last + 1].lower] !== undefined) || (k === last + 3 && tokens[last + 1].lower === 'death' && tokens[last + 2].lower === 'toll') || joined || ownParticiple || adverbBetween) {
        const agent = reportingAgent(tokens, tags, k);
        if (agent) return clean(agent[0], agent[1]);
      }
      // ("31,062 murders were recorded …, an average of 85 victims per day in preliminary figures published this Thursday
      // by the National Institute of Statistics and Geography": the figures the count stands in, with their agent)
      if (/^(figures|data|statistics|numbers|tallies)$/.test(tokens[k - 1]?.lower ?? '') && tokens.slice(Math.max(last + 1, k - 4), k - 1).some((x) => x.lower === 'in')) {
        const agent = reportingAgent(tokens, tags, k, true);
        if (agent) return clean(agent[0], agent[1]);
      }
      // ("…, Sputnik has learned from the Russian Emergency Ministry.": who it was learned from)
      if (/^(learned|learnt|heard)$/.test(t.lower) && tokens[k + 1]?.lower === 'from') {
        const from = phraseClosingSentence(tokens, tags, k + 2);
        if (from) return clean(from[0], from[1]);
      }
      if (!SAY_VERBS.has(t.lower) || !isSayVerbHere(tokens, tags, k)) continue;
      if (sayingInClauseOfWhen(tokens, last, k)) continue;
      // ("…, more than five times the number reported last year, the Saudi government announced": a participle on a
      // figure's noun is no saying; the speaker after it is)
      if (/ed$/.test(t.lower) && TOLL_OBJECT.test(tokens[k - 1]?.lower ?? '') && /^(the|a)$/.test(tokens[k - 2]?.lower ?? '') && tokens[k + 1]?.lower !== 'by' && !endsAt(tokens, k + 1)) continue;
      // ("With nearly 100,000 people recorded as missing …, the Associated Press reported": a participle on the figure's
      // own people, naming their fate, says nothing)
      if (/ed$/.test(t.lower) && k <= last + 2 && tokens[k + 1]?.lower === 'as') continue;
      // ("… according to unofficial reports": a noun inside an according-to phrase, never a verb of saying)
      if (tokens.slice(Math.max(0, k - 4), k).some((x, d) => x.lower === 'according' && tokens[Math.max(0, k - 4) + d + 1]?.lower === 'to')) continue;
      // ("… were found beheaded after an attack claimed by the Islamic State": a participle with its agent says nothing
      // of the figure)
      if (tokens[k + 1]?.lower === 'by' && /ed$/.test(t.lower) && tokens[k - 1]?.kind === 'word' && !isPassive(tokens, k) && !/^(has|have|had)$/.test(tokens[k - 1].lower)) continue;
      // ("A man died of wounds, the activists accused the border guards of shooting him": an accuser after the
      // figure charges what follows, it does not say the figure before)
      if (/^accus/.test(t.lower)) break;
      const prev = tokens[k - 1];
      // "… was claimed by the group": a passive say-verb's subject is what was said, not who said it
      // ("At least 50 fatalities were reported by several news outlets": but a reporting verb's agent
      // says it; never "have been identified by their employer")
      // ("were later confirmed by the Coalition as having been killed": an adverb may stand between)
      // (never the progressive: "…, state mining officials are reporting.")
      if ((/^(was|were|is|are|been|be|being)$/.test(prev?.lower ?? '') && !/ing$/.test(t.lower)) || isPassive(tokens, k)) {
        // ("…, Hussein Chaabane, an investigative journalist …, was quoted as saying by The Washington Post": the one quoted)
        // ("…,” a woman survivor was quoted by PTI as saying": who quoted between)
        const asSaying = tokens.findIndex((x, j) => j > k && j <= k + 7 && x.lower === 'as' && tokens[j + 1]?.lower === 'saying'
          && (j === k + 1 || (tokens[k + 1]?.lower === 'by' && tokens.slice(k + 2, j).every((y) => y.kind === 'word'))));
        if (/^(quoted|cited)$/.test(t.lower) && asSaying > 0) {
          const quoted = subjectBefore(tokens, tags, k - 1, last + 1);
          if (quoted) return clean(quoted[0], quoted[1]);
        }
        // ("82 bodies that had not been recorded by authorities": who did not record it does not say it)
        const negated = tokens.slice(Math.max(last + 1, k - 4), k).some((x) => NOT.test(x.lower));
        const agent = negated ? null : reportingAgent(tokens, tags, k);
        if (agent) return clean(agent[0], agent[1]);
        continue;
      }
      // '"Five of my friends died that day," said Ahmed': the quote closes before the say-verb
      // ("''…,'' said South East Railway spokesperson Aditya Chowdhury": a quote closed by two marks)
      const closesQuote = prev && /^[”"’']$/.test(prev.text) && (tokens[k - 2]?.text === ',' || (/^[’']$/.test(tokens[k - 2]?.text ?? '') && tokens[k - 3]?.text === ','));
      // ('"…," Ismatullah, an official, told AFP': the one told never says it)
      if (prev && !/^(told|tells|tell)$/.test(t.lower) && (prev.text === ',' || prev.text === '-' || prev.text === '–' || prev.text === '—' || prev.text === ':' || closesQuote)) {
        // inverted: "..., says DPR spokesman" / "..., said Lt. Gen. X"
        // ("— estimates range wildly —": a noun that is the subject of the verb after it, no inverted say-verb)
        const nounSubject = /^(estimates|reports|claims|counts|records|figures)$/.test(t.lower)
          && /^(range|vary|differ|suggest|say|show|indicate)$/.test(tokens[k + 1]?.lower ?? '');
        // ("…, points out the mission report.": past the verb's particle)
        // ("…, announced Saturday the commander of the police.": the day between the verb and who said it)
        // ("…, reported on Saturday the head of the Donetsk RMA Vadim Filashkin, writes UNN": or with its "on")
        const afterAt = /^point/.test(t.lower) && tokens[k + 1]?.lower === 'out' ? k + 2 : TIME_WORDS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'the' ? k + 2
          : tokens[k + 1]?.lower === 'on' && TIME_WORDS.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'the' ? k + 3 : k + 1;
        // (never a clause that goes on: "in what the head of city administration, Oleksandr Vilkul, said was a massive
        // missile attack")
        const goesOn = /^(was|were|is|are|had|has|have|would|will|could)$/.test(tokens[afterAt]?.lower ?? '');
        let after = nounSubject || goesOn ? null : nounPhraseAfter(tokens, tags, afterAt);
        // ('"…," said a community leader, Wilson Banda.': the name in apposition to the role, closing the sentence, goes
        // with it)
        if (after && tokens[after[1] + 1]?.text === ',' && (isSpeakerWord(tokens[after[1]].lower) || isPersonWord(tokens[after[1]].lower) || ROLE_NOUNS.test(tokens[after[1]].lower))) {
          let e = after[1] + 2;
          while (e < tokens.length && e - after[1] <= 5 && tokens[e].kind === 'word' && /^\p{Lu}/u.test(tokens[e].text)) e++;
          if (e > after[1] + 2 && (e === tokens.length || (tokens[e].text === '.' && e === tokens.length - 1))) after = [after[0], e - 1];
        }
        // ('…," said an official who asked not to be identified': a relative clause on the one who speaks)
        const described = after && /^(who|whose)$/.test(tokens[after[1] + 1]?.lower ?? '');
        // (never a count: "…, while November, although with a slight decrease, registered 175 cases" says no one)
        // (but "…, said two officials": a count of speakers)
        // (but "…, said 72-year-old Omar Benhanna": an age before a name)
        const age = after !== null && tokens[after[0] + 1]?.text === '-' && /^year-old$/.test(tokens[after[0] + 2]?.lower ?? '');
        const count = after && !age && (tokens[after[0]].kind === 'digits' || isNumberWord(tokens[after[0]].lower))
          && !tokens.slice(after[0], after[1] + 1).some((t) => isSpeakerWord(t.lower) || isPersonWord(t.lower));
        // (never the verb's object: "—raises questions about Europe's policies", a bare plural that names no speaker)
        const head = after ? tokens[after[0]] : undefined;
        const object = head !== undefined && !/^\p{Lu}/u.test(head.text) && tags[after![0]].has('Plural') && !isSpeakerWord(head.lower) && !ROLE_NOUNS.test(head.lower) && !isPersonWord(head.lower);
        // (a phrase that names no one, "raising the death toll from 60", leaves the search to go on)
        const named = after && !count && !object && (restIsAdjunct(tokens, after[1] + 1) || described) ? clean(age && after[0] + 3 <= after[1] ? after[0] + 3 : after[0], after[1]) : null;
        if (named) return named;
      }
      // ("Over 220,000 missing after cyclone says UN": a headline's inverted say-verb with its comma left out, who says it
      // closing the headline)
      if (prev?.kind === 'word' && /^(says|said)$/.test(t.lower) && !endsLikeRunningText(sentence)) {
        const after = nounPhraseAfter(tokens, tags, k + 1);
        if (after && after[1] === tokens.length - 1 && tokens[after[0]].kind === 'word' && !isNumberWord(tokens[after[0]].lower)) return clean(after[0], after[1]);
      }
      // '"…," Sputnik quoted the IRCS as saying': the one quoted says it
      if (/^(quoted|cited)$/.test(t.lower)) {
        for (let a = k + 2; a < tokens.length && a - k <= 14; a++) {
          // ("…, AFP quoted the country's military-led government as stating on Thursday")
          if (tokens[a].lower === 'as' && /^(saying|stating)$/.test(tokens[a + 1]?.lower ?? '')) {
            const quoted = quotedAs(tokens, tags, a + 1);
            if (quoted) return clean(quoted[0], quoted[1]);
          }
        }
        // ("…, AFP quoted police sources.": the one quoted closes the sentence)
        const object = tokens[k - 1]?.kind === 'word' && !isPassive(tokens, k) ? phraseClosingSentence(tokens, tags, k + 1) : null;
        // ("his figure … is the one cited most often": how often it is cited is no one quoted)
        if (object && !tags[object[1]]?.has('Adverb')) return clean(object[0], object[1]);
      }
      // '"…," the mayor told local television': the one told is no part of what is said
      let rest = k + 1;
      // ("told reporters at a news conference": the one told ends at a preposition)
      // ("told radio station Magik 9": a number inside the name told)
      // ("…, Police Tell Senate Inquiry": a headline's present tense)
      // ("…, the minister informed the Assembly in a written reply": or the one informed)
      if (/^(told|tells|tell|informed)$/.test(t.lower)) while (rest < tokens.length && rest - k <= 4 && (tokens[rest].kind === 'word' || (tokens[rest].kind === 'digits' && /^\p{Lu}/u.test(tokens[rest - 1].text))) && !isStopWord(tokens[rest]) && !ADJUNCT_OPENERS.test(tokens[rest].lower)) rest++;
      // ('…," Abdullahi said of the attack': what it was said of; never "warns of escalating violence")
      const saidOf = /^(said|says)$/.test(t.lower) && tokens[rest]?.lower === 'of';
      // ("…, and he said the lists of names were recently combined": a pronoun's saying, then a clause of its own)
      // ("Dozens are still missing, and the sheriff's spokesman says the death toll is likely to rise": or any speaker
      // whose saying opens a clause of its own after ", and")
      const ownClauseAfterAnd = tokens.slice(last + 1, k).some((x, d) => x.lower === 'and' && tokens[last + d]?.text === ',');
      const saysAClause = (/^(he|she|they|it|we|i)$/.test(tokens[k - 1]?.lower ?? '') || ownClauseAfterAnd) && /^(the|a|an|its|their|his|her)$/.test(tokens[rest]?.lower ?? '')
        && tokens.slice(rest + 1, rest + 9).some((x, d, all) => /^(were|was|are|is|had|have|has|would|will|could|may|might|can|should|must)$/.test(x.lower) && all.slice(0, d).every((y) => y.kind === 'word'));
      if (saidOf || (restIsAdjunct(tokens, rest) && !saysAClause)) {
        const subject = subjectBefore(tokens, tags, k, last + 1);
        // ('the sister of a passenger killed in the crash tells AFP': the figure inside the speaker's own phrase, with
        // no punctuation between, says nothing of who gave it)
        if (subject && subject[0] > last + 1 && tokens.slice(last + 1, subject[0]).every((x) => x.kind === 'word') && [first - 1, first - 2].some((b) => /^(of|to|for)$/.test(tokens[b]?.lower ?? ''))) return null;
        // ("UP train derailment: 6 dead, ex-gratia announced": a headline's passive, with its "was" left out)
        if (subject && !endsLikeRunningText(sentence) && subject[0] === subject[1] && !/^\p{Lu}/u.test(tokens[subject[0]].text) && !isSpeakerWord(tokens[subject[0]].lower)) continue;
        // ("65 Deaths and 154 Injured People Reported": the people the count counts, by their harm, reported, say nothing)
        if (subject && (tokens[subject[0] - 1]?.kind === 'digits' || isNumberWord(tokens[subject[0] - 1]?.lower ?? '')) && CASUALTY_AFTER[tokens[subject[0]].lower]) continue;
        // ("The deaths of the two children raised the death toll to eight, security sources confirmed": the figure's own
        // people, the subject of what their deaths did, say nothing of it)
        if (subject && subject[0] === last + 1 && !tokens.slice(subject[0], subject[1] + 1).some((x) => isSpeakerWord(x.lower) || SOURCE_HEADS.has(x.lower))) continue;
        // ("There were 4,907 deaths related to drug poisoning registered in England and Wales": what the counted noun is
        // related to or due to, a participle after it, says nothing)
        if (subject && /^(to|from|of|by|with)$/.test(tokens[subject[0] - 1]?.lower ?? '') && CASUALTY_AFTER[tokens[last + 1]?.lower ?? ''] !== undefined
          && tokens.slice(last + 2, subject[0]).every((x) => x.kind === 'word' && !isSpeakerWord(x.lower)) && !tokens.slice(subject[0], subject[1] + 1).some((x) => isSpeakerWord(x.lower) || SOURCE_HEADS.has(x.lower))) continue;
        if (subject) return clean(subject[0], subject[1]);
      }
    }
    return null;
  };

  // a headline's tail after a dash or colon: "… - Kiev military", "…: ministry"
  const headlineTail = (): string | null => {
    for (let k = tokens.length - 1; k > last && tokens.length - k <= 9; k--) {
      const t = tokens[k];
      const glued = t.kind === 'word' && t.text.includes('-') && k > last + 1;
      if (t.text === ':' || t.text === '-' || t.text === '–' || t.text === '—' || glued) {
        if (k === tokens.length - 1 && !glued) break;
        // a hyphen inside a word, unless it glues a source onto the casualty word ("dead-Ukrinform")
        const gluedSource = gluesSource(tokens[k - 1]?.text ?? '', tokens[k + 1]?.text ?? '');
        if (t.text === '-' && tokens[k - 1] && tokens[k - 1].end === t.start && tokens[k + 1].start === t.end && !gluedSource) break;
        let a = k + 1;
        let b = tokens.length - 1;
        if (glued) {
          // "fighting-military source": the tail starts inside the hyphenated word
          const cut = t.text.indexOf('-');
          const head = t.text.slice(cut + 1);
          // "mini-bus in Ukraine" is no source: the tail must start with a source word or a name
          if (!SOURCE_HEADS.has(head.toLowerCase()) && !/^\p{Lu}/u.test(head)) continue;
          if (/^(pro|anti|ex|non|self|co|post|pre|so|well)$/i.test(t.text.slice(0, cut))) continue;
          // ("RSF attack kills 22 people in el-Fasher": an Arabic name's article glued on is part of the name)
          if (/^(al|el|ad|ar|as|ash|at|az|an|ed|es|et)$/.test(t.text.slice(0, cut))) continue;
          // "in Pauri-Garhwal", "near Ivano-Frankivsk": a hyphenated name after a preposition is a place
          // ("amid Israel-Hamas war": nor a hyphenated name after a preposition of when or why)
          if (/^\p{Lu}/u.test(t.text) && /^(in|on|near|at|from|of|to|into|outside|inside|across|along|amid|during|after|over|since|despite|before|through)$/.test(tokens[k - 1]?.lower ?? '')) continue;
          const tail = `${head}${sentence.slice(t.end, tokens[b].end)}`.trim();
          return tail.replace(/^[“"'‘]+|[”"'’]+$/g, '') || null;
        }
        // ("…: State-by-State Updates": a label of the story, not who says it)
        // (never "… - Sky News", "…: UN briefing", which name who says it)
        if (STORY_LABELS.test(tokens[b].lower) && !/^(news|briefing)$/.test(tokens[b].lower)) break;
        // (never "state police", a noun that shares a say-verb's spelling)
        if (tokens.length - 1 - k > 1 && SAY_VERBS.has(tokens[a].lower) && tokens[a].lower !== 'state') {
          a++;
          // (who says it after the verb: never its object, "—raises questions about southern Europe’s immigration policies")
          if (!/^\p{Lu}/u.test(tokens[a]?.text ?? '') && !/^(the|a|an|its|their)$/.test(tokens[a]?.lower ?? '') && !isSpeakerWord(tokens[a]?.lower ?? '') && !ROLE_NOUNS.test(tokens[a]?.lower ?? '')) break;
        }
        if (b - a > 0 && SAY_VERBS.has(tokens[b].lower)) b--;
        while (b >= a && tokens[b].kind === 'punct') b--;
        if (b < a) break;
        const tail = tokens.slice(a, b + 1);
        if (tail.some((x) => x.kind === 'digits')) break;
        // a verb may only open the tail as a participle ("acting police chief", "armed forces general staff")
        if (tail.some((x, n) => n > 0 && isVerb(tags[a + n]) && !SAY_VERBS.has(x.lower) && !SOURCE_HEADS.has(x.lower) && !tags[a + n].has('Noun') && !tags[a + n].has('Adjective'))) break;
        // ("deaths – 78 – were work-related", "killings – 78 – that CPJ determined …": a dash closing an aside goes on
        // with the sentence's verb or a clause, never a name)
        if (tags[a].has('Preposition') || /^(in|on|at|along|as|after|before|near|during|while|that|which|who|were|was|is|are|has|have|had|will|would)$/.test(tokens[a].lower)) break;
        // ("Killed: 17 | Injured: 9 | Missing: unknown": a label's value left unknown names no one)
        if (b === a && /^(unknown|none|nil|unclear|undisclosed|undetermined|unconfirmed|tbc|tbd|n\/a)$/.test(tokens[a].lower)) break;
        return clean(a, b);
      }
    }
    return null;
  };

  // ("The figure most often quoted, one million deaths, comes from a United Nations estimate made in 1991": the writing
  // or the one a figure comes from)
  {
    const comes = tokens.findIndex((t, k) => k > last && k <= last + 4 && /^(comes|came|come)$/.test(t.lower) && tokens[k + 1]?.lower === 'from');
    const np = comes > 0 && tokens.slice(last + 1, comes).every((t) => t.kind === 'word' || t.text === ',') ? nounPhraseAfter(tokens, tags, comes + 2) : null;
    const head = np ? tokens[np[1]].lower : '';
    if (np && (SAY_NOUNS.has(head) || WRITINGS.test(head) || isSpeakerWord(head) || SOURCE_HEADS.has(head))) { const s = clean(np[0], np[1]); if (s) return s; }
  }
  // ("Authorities executed at least 975 people last year, the highest figure we have recorded since 2015": the figure
  // named again in apposition, then who recorded it, its pronoun left out)
  {
    const comma = tokens.findIndex((t, k) => k > last && k <= last + 6 && t.kind === 'punct');
    let noun = comma > 0 && tokens[comma].text === ',' && tokens[comma + 1]?.lower === 'the' ? comma + 2 : -1;
    while (noun > 0 && noun < comma + 5 && tokens[noun]?.kind === 'word' && !/^(figure|number|toll|total|count|tally)$/.test(tokens[noun].lower)) noun++;
    if (noun > 0 && /^(figure|number|toll|total|count|tally)$/.test(tokens[noun]?.lower ?? '')) {
      let v = noun + 1;
      while (v < noun + 6 && tokens[v]?.kind === 'word' && !/^(recorded|reported|counted|documented|registered|verified|confirmed)$/.test(tokens[v].lower)) v++;
      const aux = /^(have|has|had)$/.test(tokens[v - 1]?.lower ?? '') ? v - 1 : v;
      if (/^(recorded|reported|counted|documented|registered|verified|confirmed)$/.test(tokens[v]?.lower ?? '') && aux > noun + 1
        && tokens.slice(noun + 1, aux).every((t, d) => t.kind === 'word' && !isVerb(tags[noun + 1 + d]))) {
        const s = clean(noun + 1, aux - 1);
        if (s) return s;
      }
    }
  }
  // ('lower than the 20,000 a different Red Crescent spokesperson gave on Thursday': the figure, then who gave it,
  // in a relative clause with its pronoun left out)
  if (/^(a|an|the)$/.test(tokens[last + 1]?.lower ?? '')) {
    for (let k = last + 2; k < tokens.length && k - last <= 8 && tokens[k].kind === 'word'; k++) {
      if (!/^(gave|gives|put|puts|reported|cited|estimated)$/.test(tokens[k].lower) || !restIsAdjunct(tokens, k + 1)) continue;
      const giver = subjectBefore(tokens, tags, k, last + 1);
      if (giver && giver[0] === last + 1) return clean(giver[0], giver[1]);
      break;
    }
  }
  if (best) {
    // ("Brazil recorded 1,109 more deaths, the Health Ministry said": a country's recording is what the
    // speaker after the figure says, and that speaker says the figure)
    // (but "while Georgia reports 400 Georgians killed, …, the Post reported": an outlet that closes the sentence by
    // reporting relays the report before it, which says the figure)
    const relayed = reporting && /^(reported|reports)$/.test(tokens[endsAt(tokens, tokens.length - 1) ? tokens.length - 2 : tokens.length - 1]?.lower ?? '');
    if ((recorded || informing || accusing) && !relayed && tokens.slice(last + 1).some((t) => t.text === ',')) return speakerAfter() ?? best;
    // ("Israel revises down … death toll to 1,200 — foreign ministry": a headline's tail says what its subject revised)
    if (recorded && !endsLikeRunningText(sentence)) return headlineTail() ?? best;
    // ('"We can confirm nine dead …," Fuentes said': who "we" are is named after the quote)
    // ("…: we can confirm that 15 of them were killed, the MSF says.": or by any speaker named after the figure)
    if (/^(we|i)$/i.test(best)) return speakerAfter() ?? best;
    // ("The ministry said the toll was 33, but it rose to 34 on Tuesday, the governor said": past a contrast after the
    // said clause's own count, a speaker who closes the sentence says the clause after "but")
    const contrast = tokens.slice(0, first).some((t, k) => t.lower === 'but' && tokens[k - 1]?.text === ',' && tokens.slice(0, k).some(isCountToken));
    if (contrast) return speakerAfter() ?? best;
    return best;
  }
  const after = speakerAfter();
  if (after) return after;

  // ("Update from @NDRFHQ: 7 bodies recovered so far, …": a post or a notice from whoever is named before its colon)
  // ("URGENT from the residents' group: …": or a forwarded alert's tag in capitals)
  if ((/^(update|statement|message|notice|bulletin|briefing|post)$/.test(tokens[0]?.lower ?? '') || /^\p{Lu}{3,}$/u.test(tokens[0]?.text ?? '')) && tokens[1]?.lower === 'from') {
    const colon = tokens.findIndex((t, k) => k > 2 && k <= 10 && t.text === ':');
    const from = tokens[2]?.text === '@' ? 3 : 2;
    // (never a place the update comes from: "Update from Kyiv: …")
    const place = colon === from + 1 && isPlaceName(tokens[from].text);
    // ("from the residents' group:": a plural's possessive glued to it)
    if (colon > from && colon < first && !place && tokens.slice(from, colon).every((t) => t.kind === 'word' || /^['’]$/.test(t.text))) { const s = clean(from, colon - 1); if (s) return s; }
  }
  // 4. Headline tails: "...: ministry", "... - Kiev military", "... -UN", "fighting-military source".
  // ("Russians have lost nearly 300,000 soldiers since start of year – Syrskyi.": a title's tail with its full stop, a name)
  if (endsLikeRunningText(sentence)) {
    const end = tokens[tokens.length - 1]?.text === '.' ? tokens.length - 2 : tokens.length - 1;
    let dash = end;
    // ("12 ppl dead, 40+ hurt in #Karachi market blast — police sources.": or who says it in its own words, in lower case)
    const speakerInLowerCase = isSpeakerWord(tokens[end]?.lower ?? '') && /^\p{Ll}/u.test(tokens[end]?.text ?? '');
    while (dash > last && tokens[dash].kind === 'word' && (/^\p{Lu}/u.test(tokens[dash].text) || (speakerInLowerCase && isSpeakerWord(tokens[dash].lower))) && !tags[dash].has('Place') && end - dash < 4) dash--;
    const spaced = /^[–—-]$/.test(tokens[dash]?.text ?? '') && tokens[dash - 1]?.end !== tokens[dash].start && tokens[dash + 1]?.start !== tokens[dash].end;
    if (spaced && dash < end && dash > last) return clean(dash + 1, end);
    // ("Around 650 injured passengers have been taken to the hospitals of …: South Eastern Railway.": a wire's tail
    // after a colon, who says it, named in capitals and no more)
    let colon = end;
    while (colon > last && end - colon <= 8 && tokens[colon].kind === 'word' && (/^\p{Lu}/u.test(tokens[colon].text) || /^(of|for|the)$/.test(tokens[colon].lower))) colon--;
    if (tokens[colon]?.text === ':' && colon > last && colon < end && /^\p{Lu}/u.test(tokens[colon + 1].text)) {
      const head = tokens[end].lower;
      // (a name with its role: never a place's name the tagger takes for a person's, "…: Al Haouz.")
      const named = tokens.slice(colon + 1, end + 1).some((x) => ROLE_NOUNS.test(x.lower) || isSpeakerWord(x.lower));
      if (isSpeakerWord(head) || named) return clean(colon + 1, end);
    }
    // ("Governor: 1 killed, 12 injured in Donetsk Oblast on Sept. 19.": a digest's item led by who says it, with its full stop)
    if (tokens[1]?.text === ':' && /^\p{Lu}/u.test(tokens[0].text) && isSpeakerWord(tokens[0].lower) && first > 1) return clean(0, 0);
    // ("UNIDENTIFIED PERSON #1: (Through interpreter) My brother and his two sons were killed.", "Interviewer: Was anyone
    // hurt? Fire chief: Thankfully no one was injured.": a transcript's speaker, named before a colon that opens the
    // line or follows a question)
    const label = transcriptSpeaker(tokens, first);
    if (label) { const s = clean(label[0], label[1]); if (s) return s; }
    // ("08:40 — Magen David Adom: 3 killed, 67 wounded in missile impact in Bat Yam overnight.": a live page's entry, led
    // after its time by who says it, as a headline is)
    // (a name in capitals, or a speaker's noun: never "11:34 — Key numbers so far: …")
    const entry = liveEntryStart(tokens);
    const entryColon = tokens.findIndex((t, k) => k > entry && t.text === ':');
    const named = entryColon > entry && tokens.slice(entry, entryColon).every((t) => t.kind === 'word' && (/^\p{Lu}/u.test(t.text) || isSpeakerWord(t.lower)));
    if (entry > 0 && named) {
      const lead = sourceLeadingHeadline(tokens.slice(entry), tags.slice(entry), first - entry, (a, b) => clean(entry + a, entry + b));
      if (lead) return lead;
    }
    // ("- Red Cross estimate: around 2,600 deaths.", "- Some Western and diplomatic sources: up to 10,000 deaths.": a list's
    // line led by the sources themselves or by an estimate's named owner, the count right after the colon)
    const bullet = /^[-•*–—]$/.test(tokens[0]?.text ?? '') ? 1 : 0;
    const labelEnd = tokens.findIndex((t, i) => i > bullet && t.text === ':') - 1;
    if (labelEnd > bullet && labelEnd - bullet <= 5 && first - labelEnd <= 4 && tokens.slice(bullet, labelEnd + 1).every((t) => t.kind === 'word')
      && ((isSpeakerWord(tokens[labelEnd].lower) && /s$/.test(tokens[labelEnd].lower) && !EVENT_NOUNS.has(tokens[labelEnd].lower))
        // (never a box's own numbers, "Key figures: 1,214 deaths")
        || (/^(estimate|estimates|figures)$/.test(tokens[labelEnd].lower) && /^\p{Lu}/u.test(tokens[labelEnd - 1].text) && !/^(key|main|top|headline|latest)$/.test(tokens[labelEnd - 1].lower)))) {
      return clean(bullet, labelEnd);
    }
    return null;
  }
  // a headline led by its source: "UN: At least 200 civilians killed"
  // ("14:05 — Regional governor: death toll … rises to 9": or a live page's entry, after its time)
  // ("Kramatorsk: six dead, 20 injured in rocket strike - regional governor": a tail that names who says it wins over a
  // lead that may only name the story's place)
  const entry = liveEntryStart(tokens);
  return headlineTail() ?? sourceLeadingHeadline(entry ? tokens.slice(entry) : tokens, entry ? tags.slice(entry) : tags, first - entry, (a, b) => clean(entry + a, entry + b));
}

/** What follows a clock's digits: "11:30 AM", "11:30 GMT". */
const CLOCK_MARK = /^(AM|PM|am|pm|a\.m\.|p\.m\.|GMT|UTC|BST|CET|EST|ET)$/;

/** A live page's entry opened by its time and a dash ("14:05 —", "11:30 GMT –"): the index of its first word after them, else 0. */
function liveEntryStart(tokens: Token[]): number {
  let k = 0;
  while (tokens[k]?.kind === 'digits' || (k > 0 && tokens[k]?.text === ':')) k++;
  const mark = CLOCK_MARK.test(tokens[k]?.text ?? '');
  // (a time, never a bare count before a dash: "12 – three killed")
  if (k === 0 || !(mark || tokens.slice(0, k).some((t) => t.text === ':'))) return 0;
  if (mark) k++;
  return /^[–—-]$/.test(tokens[k]?.text ?? '') ? k + 1 : 0;
}

/**
 * The speaker's label of a transcript's line before `first`: one to four words in capitals ("COOPER", "UNIDENTIFIED
 * PERSON #1"), or a role's words ("Fire chief"), right before a colon that opens the sentence or follows a question; its
 * span, else null. Never "Q" or "A".
 */
function transcriptSpeaker(tokens: Token[], first: number): [number, number] | null {
  for (let colon = first - 1; colon > 0; colon--) {
    if (tokens[colon].text !== ':') continue;
    // ("SURVIVOR (through interpreter): I lost my two sons": a note in brackets between the label and its colon)
    // ("Mr Jonathan Hale (Northfield) (Lab): …": or a member's seat and party, each in brackets)
    let end = colon;
    while (tokens[end - 1]?.text === ')') {
      const open = tokens.findIndex((t, k) => k >= end - 6 && k < end - 2 && t.text === '(');
      if (open <= 0 || !tokens.slice(open + 1, end - 1).every((t) => t.kind === 'word')) break;
      end = open;
    }
    let start = end;
    // ("The Minister of State for the Armed Forces: Since 2001, 457 …": a written answer's long office, up to nine words)
    while (start > 0 && end - start < 9 && (tokens[start - 1].kind === 'word' || tokens[start - 1].text === '#' || (tokens[start - 1].kind === 'digits' && tokens[start - 2]?.text === '#'))) start--;
    if (start > 0 && tokens[start - 1].text !== '?') return null;
    if (end - start > 4 && !(/^(the|minister|secretary)$/i.test(tokens[start].text) && ROLE_NOUNS.test(tokens[start + 1]?.lower ?? '') && tokens.slice(start, end).every((t) => t.kind === 'word'))) return null;
    const words = tokens.slice(start, end).filter((t) => t.kind === 'word');
    if (words.length === 0 || (words.length === 1 && words[0].text.length === 1)) return null;
    // (never a story's label in capitals: "WATCH:", "UPDATE:", "BREAKING NEWS:")
    // (nor a document's own part: "COUNT ONE:", "SECTION 3:", "ITEM 4:")
    if (words.some((t) => STORY_LABELS.test(t.lower) || LEAD_TAG.test(t.text) || /^(news|listen|read|more|count|section|item|article|clause|paragraph|schedule|annex)$/i.test(t.text))) return null;
    const capitals = words.every((t) => /^\p{Lu}[\p{Lu}'’-]*$/u.test(t.text)) && words.some((t) => t.text.length > 2);
    // (a role's word, never a place's: "Kyiv Region:", nor a topic's: "Open Source:")
    const role = /^\p{Lu}/u.test(words[0].text) && words.some((t) => ROLE_NOUNS.test(t.lower)) && !isPlaceName(words.map((t) => t.text).join(' '));
    // (nor a dateline's place in capitals: "KYIV:", "GAZA CITY:")
    const titled = words.map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase()).join(' ');
    if (capitals && (isPlaceName(titled) || isPlaceName(words.map((t) => t.text).join(' ')))) return null;
    // ("Mr Jonathan Hale (Northfield) (Lab): …": a name after its title)
    const named = /^(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)$/.test(words[0].text) && words.length > 1 && words.every((t) => /^\p{Lu}/u.test(t.text));
    return capitals || role || named ? [start, end - 1] : null;
  }
  return null;
}

/** A headline led by its source before a colon, "UN: At least 200 civilians killed": the source, else null. */
function sourceLeadingHeadline(tokens: Token[], tags: Tags[], first: number, clean: (a: number, b: number) => string | null): string | null {
  // ("Investigative Committee of the Russian Federation: more than 60 people died": a body's long name, led by a speaker's noun)
  const colon = tokens.findIndex((t, i) => t.text === ':' && (i <= 4 || (i <= 8 && tokens.slice(0, 3).some((x) => isSpeakerWord(x.lower)) && tokens.slice(0, i).every((x) => x.kind === 'word'))));
  // ("Baghdad: Car bomb hits outdoor market, 8 dead": a clause of its own between the colon and the
  // figure makes the lead a place or a topic; "UN: At least 200 civilians killed" names who says it)
  const firstCount = tokens.findIndex((t, k) => k > colon && (t.kind === 'digits' || isNumberWord(t.lower)));
  const clauseAfterColon = tokens.slice(colon + 1, Math.min(first, firstCount < 0 ? first : firstCount)).some((t) => t.text === ',' || t.text === ';');
  // ("Rights group: …": a speaker's noun may be one the tagger takes for a verb)
  const speakerLead = colon > 0 && isSpeakerWord(tokens[colon - 1].lower);
  // ("Measles update: One death …": a label of the story, not who says it)
  // ("The Latest on Sunday: Deaths rise to 59": a label with when it ran)
  const labelAt = tokens[0]?.lower === 'the' ? 1 : 0;
  const storyLabel = colon > 0 && (STORY_LABELS.test(tokens[colon - 1].lower)
    || (STORY_LABELS.test(tokens[labelAt]?.lower ?? '') && colon > labelAt + 1 && tokens.slice(labelAt + 1, colon).every((t) => t.lower === 'on' || TIME_WORDS.test(t.lower))));
  // ("Rights group: Mali's army, foreign soldiers kill 300": after a speaker's noun, a comma only lists the subjects)
  const listAfterSpeaker = speakerLead && !tags[colon - 1].has('Place') && !tokens.slice(colon + 1, first).some((t) => t.text === ';');
  if (colon > 0 && colon < first && (!clauseAfterColon || listAfterSpeaker) && !storyLabel && !tokens.slice(0, colon).some((t, i) => t.kind === 'digits' || (isVerb(tags[i]) && !speakerLead))) {
    const lead = clean(0, colon - 1);
    // "Turkey quake: ..." names the event, not who speaks
    // ("Death toll: 45" names the figure)
    // ("Battle of Arras: 278,000 casualties" names the battle)
    // ("Human Toll of Cold: …" names the toll)
    // ("Hostages still in captivity: 62", "Bodies of hostages retrieved by Israeli troops: 40": who are counted)
    // ("Lassa Fever: Nigeria Records 39 Deaths", "Cholera outbreak: 12 dead": a disease names the story)
    // ("Total mortality: 729 deaths", "Total: 40 dead": a tally's label names the count)
    const namesEvent = tokens.slice(0, colon).some((t) => EVENT_NOUNS.has(t.lower) || /^(battle|battles|campaign|offensive|toll|hostages|captives|captivity|bodies|total|totals|mortality|tally|cumulative|pows|prisoners|detainees|inmates)$/.test(t.lower)
      || DISEASES.test(t.lower) || /^(fever|virus|outbreak|epidemic|pandemic)$/.test(t.lower));
    // ("Shakahola Forest: 19 more bodies exhumed" names where)
    // ("Kanjuruhan stadium: 135 dead after …", "Rana Plaza factory: …")
    const namesPlace = /^(forest|village|town|city|district|province|region|oblast|raion|governorate|prefecture|camp|mine|river|valley|island|islands|street|square|market|highway|coast|mountain|prison|bridge|county|park|port|airport|station|stadium|arena|school|church|mosque|temple|synagogue|hotel|mall|factory|plant|tower|building|nightclub|beach|lake|dam|refinery)$/.test(tokens[colon - 1].lower);
    // ("Morocco: Al Haouz Earthquake Death Toll Rises to 632": a place before a headline that names its own event or toll)
    // (a name of one or two words, never an acronym that speaks: "UN: death toll …"; the tagger takes the word before a
    // headline's colon for an expression, so its Place tag cannot be asked)
    // ("Mozambique: several dead as insurgents seize control of town", "Kharkiv: 30 killed in strike": a country or a
    // city alone before the colon is what the story is about)
    // ("Tragedy in Kharkiv: Over 30 injured": a word that is no speaker's, then where)
    // ("Nagorno-Karabakh: military death toll rises to 673": a name joined by a hyphen too)
    // ("Sierra Leone: At Least 200 Dead After Mudslide": a country's name of two words)
    // ("Ukraine: Chasiv Yar Death Toll Reaches 30": a country that speaks elsewhere is the story's place before a toll or
    // event it names ahead of the count; "Ukraine: 30 killed" may be Ukraine's word, and stays so)
    const leadName = tokens.slice(0, colon).map((t) => t.text).join(' ');
    const tollNamed = tokens.slice(colon + 1, first).some((t) => EVENT_NOUNS.has(t.lower) || t.lower === 'toll');
    // ("DR Congo: At least 43 killed": or a place's name with its initials)
    const initialled = colon === 2 && /^\p{Lu}{2,3}$/u.test(tokens[0].text) && TITLE_WORD.test(tokens[1].text) && isPlaceName(leadName);
    const placeTopic = (colon <= 2 && (tokens.slice(0, colon).every((t) => TITLE_WORD.test(t.text)) || initialled)
      && (tokens.slice(0, colon).every((t) => !isSpeakerWord(t.lower)) ? tollNamed || isPlaceName(leadName) : tollNamed && isPlaceName(leadName)))
      || (colon >= 3 && !isSpeakerWord(tokens[0].lower) && /^(in|at)$/.test(tokens[1].lower) && tokens.slice(2, colon).every((t) => /^\p{Lu}/u.test(t.text)))
      // ("Afghanistan, Kabul: Girls' school bomb attack death toll rises to 85", "Kabul, Afghanistan: …": places set apart by
      // commas, one of them known, before a headline that names its own event or toll)
      || (placesBeforeColon(tokens, colon) && tollNamed);
    // ("Deadly crossing: Bodies of 300 …": a lead opened by an adjective, with no speaker's noun, names the story)
    const describes = tags[0].has('Adjective') && !tags[0].has('Demonym') && !tokens.slice(0, colon).some((t) => isSpeakerWord(t.lower));
    // ("From Ground Zero: Wayanad toll crosses 334": a section's label, opened by a preposition, says nothing)
    const sectionLabel = /^(from|on|in|at|inside|live|watch)$/.test(tokens[0]?.lower ?? '') && colon <= 4;
    // ("Melilla drama: How an attempt to enter Europe led to the deaths of dozens": a question the story answers, its
    // topic before the colon)
    const answers = /^(how|why|what|when|where|who)$/.test(tokens[colon + 1]?.lower ?? '') && tokens[colon + 1].text !== 'WHO';
    // ("‘Russian terror’: Missile strike … kills more than 50": words quoted as the story's label, never who says it)
    const quotedLabel = /^[‘'“"«]$/.test(tokens[0].text) && /^[’'”"»]$/.test(tokens[colon - 1].text);
    if (lead && !sectionLabel && !answers && !quotedLabel && !LEAD_TAG.test(lead) && !describes && !namesEvent && !namesPlace && !placeTopic && !EVENT_NOUNS.has(tokens[colon - 1].lower) && tokens[colon - 1].lower !== 'toll' && !CASUALTY_AFTER[tokens[colon - 1].lower]) return lead;
  }
  return null;
}

/**
 * The comma that opens an apposition on a figure, ", a figure the health ministry later revised", whose saying is the
 * verb at `verb`; else -1.
 */
function figureApposition(tokens: Token[], verb: number): number {
  for (let k = verb - 1; k > 0 && verb - k <= 8; k--) {
    if (tokens[k].kind !== 'word') return -1;
    if (/^(figure|number|toll|count|tally|estimate)$/.test(tokens[k].lower) && /^(a|the)$/.test(tokens[k - 1]?.lower ?? '') && /^[,—–]$/.test(tokens[k - 2]?.text ?? '')) return k - 2;
  }
  return -1;
}

/** Who says the figure in the apposition opened at `comma` with its saying at `verb`: "a figure [the health ministry] later revised". */
function appositionSpeaker(tokens: Token[], comma: number, verb: number): [number, number] | null {
  let end = verb - 1;
  while (end > comma + 3 && /^(later|since|initially|first|also|then|subsequently|has|had|have)$/.test(tokens[end].lower)) end--;
  const from = /^(that|which)$/.test(tokens[comma + 3]?.lower ?? '') ? comma + 4 : comma + 3;
  return end >= from ? [from, end] : null;
}

/** After the comma at `comma`, a list of names that ends with "and …" before any verb or punctuation. */
function listGoesOn(tokens: Token[], tags: Tags[], comma: number): boolean {
  for (let k = comma + 1; k < tokens.length && k - comma <= 6; k++) {
    // ("According to official figures released by the belligerents, Armenia and Artsakh lost 3,825 troops": the last
    // item has a verb after it; the "list" is the clause's subject)
    if (tokens[k].lower === 'and') {
      let end = k + 1;
      while (end < tokens.length && end - k <= 4 && tokens[end].kind === 'word' && !(isVerb(tags[end]) && !SOURCE_HEADS.has(tokens[end].lower)) && !isStopWord(tokens[end])) end++;
      if (end > k + 1 && tokens[end]?.kind === 'word' && isVerb(tags[end]) && !SOURCE_HEADS.has(tokens[end].lower)) return false;
      return k > comma + 1;
    }
    // (", but the authorities …" opens a clause of its own)
    if (/^(but|while|yet|so|although|though|whereas)$/.test(tokens[k].lower)) return false;
    // (", at least one Lebanese and 11 Syrians were injured": counts open the clause, not a name)
    if (isNumberWord(tokens[k].lower) || /^(at|more|over|about|around|some|nearly|almost|up|as)$/.test(tokens[k].lower)) return false;
    if (tokens[k].kind !== 'word' || (isVerb(tags[k]) && !SOURCE_HEADS.has(tokens[k].lower)) || isStopWord(tokens[k])) return false;
  }
  return false;
}

/** Nouns for what a speaker goes by, not who speaks: "according to preliminary estimates". */
// ("killing one man, according to a preliminary toll")
const INFORMING_NOUNS = new Set(['information', 'estimates', 'estimate', 'calculations', 'calculation', 'assessment', 'understanding', 'knowledge', 'data', 'toll', 'tally', 'count', 'update', 'updates']);

/**
 * "the 471 deaths that health authorities originally described", "the 300 dead the ministry reported": a definite
 * figure whose relative clause is nothing but who gave it. The speaker's first and last tokens, else null.
 */
function toldInItsRelativeClause(tokens: Token[], tags: Tags[], first: number, last: number): [number, number] | null {
  // ("the nearly 500 deaths that …": a hedge between the article and the count)
  let article = first - 1;
  while (article > first - 3 && /^(nearly|almost|some|about|around|roughly|approximately|over|more|than|least|at|estimated)$/.test(tokens[article]?.lower ?? '')) article--;
  if (tokens[article]?.lower !== 'the') return null;
  let k = last + 1;
  const people = peopleSaidToBe(tokens, tags, k);
  if (people) return people;
  if (!/^(deaths|dead|casualties|fatalities|victims|killed|injured|wounded)$/.test(tokens[k]?.lower ?? '')) return null;
  k++;
  // ("the nearly 500 deaths as claimed by the health authorities")
  if (tokens[k]?.lower === 'as' && /^(claimed|reported|described|given|stated|announced|counted|recorded)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by') {
    return nounPhraseAfter(tokens, tags, k + 3);
  }
  // ("the more than 29,000 deaths in Gaza that local authorities have attributed to the conflict": where, before it)
  if (/^(in|across)$/.test(tokens[k]?.lower ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
    let p = k + 1;
    while (p < k + 4 && /^\p{Lu}/u.test(tokens[p]?.text ?? '') && tokens[p].kind === 'word') p++;
    if (/^(that|which)$/.test(tokens[p]?.lower ?? '')) k = p;
  }
  if (/^(that|which)$/.test(tokens[k]?.lower ?? '')) k++;
  const start = k;
  while (k < tokens.length && k - start < 10 && tokens[k].kind !== 'punct' && !isVerb(tags[k])) k++;
  let end = k - 1;
  while (end >= start && /^(originally|initially|earlier|first|previously|later)$/.test(tokens[end].lower)) end--;
  // ("the 40 victims that the attack claimed": an event claims lives, it says nothing)
  if (end < start || EVENT_NOUNS.has(tokens[end].lower)) return null;
  if (/^(had|have|has)$/.test(tokens[k]?.lower ?? '')) k++;
  if (!/^(described|reported|announced|gave|cited|claimed|recorded|counted|confirmed|listed|estimated|documented|registered|attributed|predicted|projected)$/.test(tokens[k]?.lower ?? '')) return null;
  // (the clause ends there: "the 300 dead the ministry reported on Monday", never "… reported were civilians")
  // ("… have attributed to the conflict": deaths put down to a cause by who counts them)
  if (tokens[k].lower === 'attributed' && tokens[k + 1]?.lower === 'to') return [start, end];
  if (tokens[k].lower === 'attributed') return null;
  const after = tokens[k + 1];
  if (after && after.kind === 'word' && !/^(on|in|at|earlier|later|last|this|initially|originally)$/.test(after.lower) && !TIME_WORDS.test(after.lower)) return null;
  return [start, end];
}

/**
 * "the more than 37,000 Palestinians that Gazan authorities estimate have been killed": people counted, then who says
 * what befell them, in a relative clause. The speaker's first and last tokens, else null.
 */
function peopleSaidToBe(tokens: Token[], tags: Tags[], at: number): [number, number] | null {
  if (!isPersonWord(tokens[at]?.lower ?? '') || !/^(that|who|whom)$/.test(tokens[at + 1]?.lower ?? '')) return null;
  const start = at + 2;
  let k = start;
  while (k < tokens.length && k - start < 6 && tokens[k].kind === 'word' && !/^(estimate|estimates|estimated|say|says|said|believe|believes|believed|report|reports|reported)$/.test(tokens[k].lower)) k++;
  if (k === start || k - start >= 6 || (!isSpeakerWord(tokens[k - 1].lower) && !/^\p{Lu}/u.test(tokens[k - 1].text))) return null;
  let fate = k + 1;
  while (fate < k + 3 && /^(have|has|had|been|were|was|are)$/.test(tokens[fate]?.lower ?? '')) fate++;
  // ("that Israel said killed": after the saying at once, only a fate that is no deed)
  return /^(killed|dead|died|wounded|injured|missing)$/.test(tokens[fate]?.lower ?? '') && (fate > k + 1 || /^(dead|died|missing)$/.test(tokens[fate].lower)) ? [start, k - 1] : null;
}

/**
 * Whether the words before the comma at `comma` end a prepositional phrase of place or direction ("taken to the National
 * Hospital", "died in hospital"): an object, never the subject of a verb after it.
 */
function objectOfPlaceBefore(tokens: Token[], comma: number): boolean {
  for (let j = comma - 1; j >= 0 && comma - j <= 5 && tokens[j].kind === 'word'; j--) {
    if (/^(to|at|in|into|from|near|outside|inside)$/.test(tokens[j].lower)) return j < comma - 1;
  }
  return false;
}

/**
 * Whether a speaker's noun heads the words before the auxiliary at `aux`, past a participle's phrase on it: "The judge
 * investigating the emergency response has listed 230 deaths" (within six words, none of them punctuation).
 */
function speakerEndsSubject(tokens: Token[], aux: number): boolean {
  for (let j = aux - 1; j >= 0 && aux - j <= 6 && tokens[j].kind === 'word'; j--) {
    if (isSpeakerWord(tokens[j].lower)) return j === aux - 1 || /ing$/.test(tokens[j + 1].lower);
  }
  return false;
}

/**
 * Whether the saying at `k`, after the figure that ends at `last`, stands in a clause of when or why with no count or
 * toll of its own: "At least 21 people were killed … after the country's top court confirmed the ruling party's election
 * victory, the interior minister said" (the court confirmed the victory, and said nothing of the dead).
 */
function sayingInClauseOfWhen(tokens: Token[], last: number, k: number): boolean {
  let s = k - 1;
  while (s > last && tokens[s].kind === 'word' && !/^(after|when|before|because|since|until|once)$/.test(tokens[s].lower)) s--;
  if (s <= last || tokens[s].kind !== 'word' || k - s > 8) return false;
  // (the saying's own object follows it: never a headline's inverted "… after typhoon says Red Cross")
  if (!/^(the|a|an|its|their|his|her|this)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  let end = k + 1;
  while (end < tokens.length && !/^[,;.:]$/.test(tokens[end].text)) end++;
  return !tokens.slice(k + 1, end).some((x) => isCountToken(x) || x.lower === 'that' || TOLL_OBJECT.test(x.lower) || CASUALTY_AFTER[x.lower] !== undefined);
}

/** Whether the semicolon at `semi` parts items of counts listed after a colon: "…: 159 dead; 143 missing". */
function listedAfterColon(tokens: Token[], semi: number): boolean {
  let k = semi - 1;
  for (; k >= 0 && semi - k <= 4; k--) {
    if (tokens[k].text === ':' || tokens[k].text === ';') break;
    if (tokens[k].kind === 'punct') return false;
  }
  const item = tokens.slice(k + 1, semi);
  return /^[:;]$/.test(tokens[k]?.text ?? '') && item.length >= 2 && isCountToken(item[0])
    && CASUALTY_AFTER[item[item.length - 1].lower] !== undefined && (tokens[k].text === ':' || listedAfterColon(tokens, k));
}

/** A subject that is what informs the one who speaks: "data from our records", "our figures", "the data". */
function informsTheSpeaker(subject: Token[]): boolean {
  const words = subject.filter((t) => t.kind === 'word');
  if (words.some((t) => /^(our|my)$/.test(t.lower))) return true;
  return words.length > 0 && (INFORMING_NOUNS.has(words[0].lower) || RECORD_NOUNS.test(words[0].lower)) && words.slice(1).every((t) => t.text === t.lower);
}

/**
 * An "according to" phrase that names what informs a speaker rather than a speaker: "my
 * information", "preliminary estimates" (never "UN estimates" or "the ministry's data").
 */
function isWhatInforms(phrase: Token[]): boolean {
  const words = phrase.filter((t) => t.kind === 'word');
  // ("…, the US intelligence estimated, according to excerpts of a document seen Thursday by AFP": how the
  // document reached the press, not who wrote it)
  if (words.some((t, k) => /^(document|documents|excerpts|copy|memo|transcript)$/.test(t.lower) && /^(seen|obtained|reviewed|viewed)$/.test(words[k + 1]?.lower ?? ''))) return true;
  if (words.length === 0 || !INFORMING_NOUNS.has(words[words.length - 1].lower)) return false;
  if (/^(my|our|his|her|their)$/.test(words[0].lower)) return true;
  // (never data a speaker keeps: "according to government data", "police data", as "police figures" are)
  if (words.slice(0, -1).some((t) => isSpeakerWord(t.lower) || /^(government|state|federal|hospital)$/.test(t.lower))) return false;
  return words.every((t) => t.text === t.lower);
}

/** What a "per" names at `head`: a name, a source word, or "latest estimates", "official figures". */
function perSource(tokens: Token[], head: number): boolean {
  const word = (k: number) => tokens[k]?.lower ?? '';
  // ("Per the most recent U.S. Centers for Disease Control and Prevention data": a superlative of how recent, then whose)
  if (word(head) === 'most' && /^(recent|current|up-to-date)$/.test(word(head + 1))) {
    const named = /^\p{Lu}/u.test(tokens[head + 2]?.text ?? '');
    if (named || SOURCE_HEADS.has(word(head + 2)) || INFORMING_NOUNS.has(word(head + 2)) || /^(figures|reports)$/.test(word(head + 2))) return true;
  }
  if (/^\p{Lu}/u.test(tokens[head]?.text ?? '') || SOURCE_HEADS.has(word(head))) return true;
  // ("As per the updates, around 8 deaths have been reported": the updates that give it)
  if ((RECORD_NOUNS.test(word(head)) || word(head) === 'update') && tokens[head + 1]?.kind === 'punct') return true;
  // ("As per the data of the National Emergency Operation Centre": or of whoever keeps them)
  if (RECORD_NOUNS.test(word(head)) && /^(of|from)$/.test(word(head + 1))) {
    const owner = word(head + 2) === 'the' ? head + 3 : head + 2;
    if (/^\p{Lu}/u.test(tokens[owner]?.text ?? '') || isSpeakerWord(word(owner)) || SOURCE_HEADS.has(word(owner))) return true;
  }
  // ("As per the information received from the South Eastern Railway": what informs, and who gave it)
  if (INFORMING_NOUNS.has(word(head)) && /^(received|obtained)$/.test(word(head + 1)) && word(head + 2) === 'from') return true;
  // ("per the county medical examiner": a speaker's word within the phrase)
  for (let k = head; k < head + 4 && tokens[k]?.kind === 'word'; k++) if (isSpeakerWord(word(k))) return true;
  // ("as per the revised estimate")
  return /^(latest|official|initial|preliminary|new|updated|recent|revised|current|final)$/.test(word(head))
    && (SOURCE_HEADS.has(word(head + 1)) || INFORMING_NOUNS.has(word(head + 1)) || /^(figures|reports)$/.test(word(head + 1)));
}

/** "in a statement", "in its latest update" opening at `j`: the index of the written thing, else -1. */
function writingIn(tokens: Token[], j: number): number {
  if (tokens[j]?.lower !== 'in' || !/^(a|an|its|their)$/.test(tokens[j + 1]?.lower ?? '')) return -1;
  const w = /^(latest|new|own|brief|short|written|weekly|daily)$/.test(tokens[j + 2]?.lower ?? '') ? j + 3 : j + 2;
  return WRITINGS.test(tokens[w]?.lower ?? '') ? w : -1;
}

/** Present verbs of saying that stand inverted after a comma, before who says it: "…, finds UN report". */
const INVERTED_SAYING = /^(finds|says|shows|reveals|claims|warns)$/;

/** Verbs whose passive names who gives the figure: "were reported by other hospitals". */
/** The participles of a "with" clause that name who gives a count: "…, with the Red Cross listing 63 people as missing". */
const WITH_GIVING = /^(putting|placing|saying|estimating|reporting|giving|citing|listing|counting|recording)$/;

// ("1,464 victims officially recognized by the state of Louisiana")
const REPORTED_BY = /^(reported|communicated|confirmed|announced|recorded|documented|counted|logged|tallied|estimated|given|stated|mentioned|cited|quoted|noted|identified|verified|registered|acknowledged|recognized|recognised|circulated|compiled|published|released|issued|maintained)$/;

/**
 * The agent of a reporting verb's passive at `k`: "reported by NTV", "reported Thursday by other hospitals"
 * (a day may stand between); else null. `released`: the participle stands on a toll or its figures, where
 * "released", "published", "provided" and "claimed by" name who gives it too.
 */
function reportingAgent(tokens: Token[], tags: Tags[], k: number, released = false): [number, number] | null {
  // (a figure that closes the sentence has no passive after it: "Quake death toll of 300", a headline with no stop)
  if (tokens[k] === undefined) return null;
  // ("the official toll of 56 put forward by the country's military-led government")
  if (/^(put|brought|set)$/.test(tokens[k].lower) && tokens[k + 1]?.lower === 'forward' && tokens[k + 2]?.lower === 'by') return nounPhraseAfter(tokens, tags, k + 3);
  // ("Radio Okapi was told by witnesses that among the victims were five children": who told it, before what they told)
  // (never inside what another says: "Mr. Gamez said he was told by an emergency medical technician that …" is his)
  if (tokens[k].lower === 'told' && tokens[k + 1]?.lower === 'by' && !tokens.slice(0, k).some((_, j) => activeSaying(tokens, tags, j))) {
    const teller = nounPhraseAfter(tokens, tags, k + 2);
    return teller && tokens[teller[1] + 1]?.lower === 'that' ? teller : null;
  }
  if (!REPORTED_BY.test(tokens[k].lower) && !(released && (PUBLISHED.test(tokens[k].lower) || tokens[k].lower === 'claimed'))) return null;
  // ("documented nationwide by the National Disaster Management Authority": where, or an adverb of how, between)
  // ("The new estimate reported on Thursday by the Office of …": a day with its "on")
  // ("announced earlier Friday by the National Disaster Risk Reduction and Management Council")
  let by = TIME_WORDS.test(tokens[k + 1]?.lower ?? '') || /^(nationwide|countrywide|locally|officially|separately|independently)$/.test(tokens[k + 1]?.lower ?? '') ? k + 2
    : /^(on|this|last|earlier|later)$/.test(tokens[k + 1]?.lower ?? '') && TIME_WORDS.test(tokens[k + 2]?.lower ?? '') ? k + 3 : k + 1;
  // ("recorded across the whole country by ACLED": where, in a phrase of its own, between)
  if (/^(across|throughout|in)$/.test(tokens[by]?.lower ?? '')) {
    const at = tokens.findIndex((t, j) => j > by && j <= by + 6 && t.lower === 'by');
    if (at > 0 && tokens.slice(by + 1, at).every((t, d) => t.kind === 'word' && !isVerb(tags[by + 1 + d]))) by = at;
  }
  // ("has been reported to me by the doctors": the one told between)
  if (tokens[by]?.lower === 'to' && /^(me|us|him|her|them|police|authorities|officials)$/.test(tokens[by + 1]?.lower ?? '')) by += 2;
  // ("At least 36 firefighters were initially reported missing by the state news agency": the fate reported between)
  // (never "reported killed by gunmen", who did it)
  if (/^(dead|missing)$/.test(tokens[by]?.lower ?? '') && tokens[by + 1]?.lower === 'by') by++;
  const agent = tokens[by]?.lower === 'by' ? nounPhraseAfter(tokens, tags, by + 1) : null;
  // ("casualty figures by country": what a count is broken down by is no one)
  if (agent && isBreakdown(tokens[agent[0]])) return null;
  // ("the remains of two of them had been identified by DNA analysis": how they were known is no one who says it)
  if (agent && tokens.slice(agent[0], agent[1] + 1).some((t) => IDENTIFIED_THROUGH.test(t.lower))) return null;
  // ("four have been identified by relatives", "identified by their families": kin who know the dead by name give no count)
  if (agent && tokens[k].lower === 'identified' && tokens.slice(agent[0], agent[1] + 1).some((t) => isKinNoun(t.lower) || /^(relatives?|famil(?:y|ies)|loved)$/.test(t.lower))) return null;
  // ("compiled by the Associated Press from police and hospital reports": the maker, never what it was made from)
  const from = agent && /^(compiled|collated|gathered|collected|drawn|calculated)$/.test(tokens[k].lower) ? tokens.findIndex((t, j) => j > agent[0] && j <= agent[1] && t.lower === 'from') : -1;
  return from > 0 && agent ? [agent[0], from - 1] : agent;
}

/**
 * The agent of a report from `at`, past the auxiliaries of its passive and a word of when ("that was announced earlier
 * Friday by …", "as had been initially reported by police"); else null.
 */
function agentPastAuxiliary(tokens: Token[], tags: Tags[], at: number): [number, number] | null {
  let r = at;
  if (/^(had|has|have)$/.test(tokens[r]?.lower ?? '') && tokens[r + 1]?.lower === 'been') r++;
  if (/^(being|been|was|were|is)$/.test(tokens[r]?.lower ?? '')) r++;
  if (/^(initially|first|earlier|previously|originally)$/.test(tokens[r]?.lower ?? '')) r++;
  return reportingAgent(tokens, tags, r);
}

/** "by some counts", "by one estimate", "by official tallies" at `k`: the counts that give a figure. */
function byCountsAt(tokens: Token[], k: number): boolean {
  // ("by varying reports": reports that differ give it too)
  // ("By our count, 38 mass killings took place": or the writer's own count)
  return tokens[k]?.lower === 'by' && /^(some|these|other|official|most|many|several|its|their|our|my|one|independent|unofficial|conservative|varying|various|differing|conflicting)$/.test(tokens[k + 1]?.lower ?? '')
    && /^(counts|estimates|accounts|tallies|reckonings|count|estimate|tally|reckoning|reports)$/.test(tokens[k + 2]?.lower ?? '');
}

/** What a count is broken down by: "figures by country", "deaths by province". */
const BROKEN_DOWN_BY = /^(country|countries|nationality|province|region|state|district|county|age|sex|gender|type|cause|month|year|week|day)$/;
/** Whether an agent after "by" opens with what a count is broken down by (in lower case: never "by State media"). */
const isBreakdown = (t: Token): boolean => BROKEN_DOWN_BY.test(t.text);

/** The means by which the dead are identified: "by DNA analysis", "by dental records", "by their fingerprints". */
const IDENTIFIED_THROUGH = /^(dna|analysis|analyses|testing|tests|samples|records|fingerprints|forensics?|autopsy|autopsies|tattoos|clothing|belongings)$/;

const MONTH_ABBREVIATIONS = /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/;
/** Verbs of saying that also change a toll, or cut other things: "cut every road" says nothing. */
const TOLL_CHANGES = /^(cut|cuts|raised|raises|lowered|lowers|put|puts)$/;
/** The nouns of a count itself ("the toll", "the number"): what they head says nothing of its own. */
const TALLIES = /^(toll|tolls|number|numbers|count|tally|total)$/;
/** Spans of time after "last" or "this": "said last month", "this week". */
const LAST_SPAN = /^(week|month|year|weekend|night|morning|evening|afternoon|spring|summer|autumn|fall|winter)$/;
const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|june|july|august|september|october|november|december)$/;

/** Labels of a story, never who says its figures: "Measles update: …", "…: State-by-State Updates". */
// ("Milestone tragedy: Another child dies": the story's mood names it too)
// ("Related: Bawku: 4 dead, 12 injured", "Key facts: – 4 dead": a page's own furniture)
// ("TRAGIC: Gran, 81, and grandson, 6, killed in horror M6 smash": a tabloid's word for the story's mood)
// ("CLAIM: 3,000 people died in the attack.", "VERDICT: False.": a fact check's parts)
// ("CORRECTION: In a story on 3 October … we reported that 27 people had been killed": an editor's correction, a note
// or a warning is no speaker)
// ("STOP: all persons accounted for …, no injuries reported": a fire service's message by its kind)
const STORY_LABELS = /^(stop|informative|related|facts|background|highlights|summary|takeaways|context|recommended|trending|update|updates|correction|corrections|clarification|erratum|note|disclaimer|warning|latest|live|breaking|analysis|explainer|factbox|timeline|recap|briefing|roundup|digest|alert|alarm|scare|tracker|dashboard|snapshot|opinion|editorial|feature|profile|obituary|news|exchange|swap|repatriation|photo|photos|video|videos|caption|captions|picture|pictures|image|images|graphic|numbers|faq|glance|verdict|rating|ruling|claim|conclusion|tragedy|tragic|horror|carnage|terror|chaos|grief|shock|heartbreak|nightmare|bloodbath|mayhem|agony|outrage|panic|devastation)$/;

/** The nouns of a toll as a verb's object: "cut the death toll", "gave a figure", "placed the number". */
// ("revising its earlier assertion of 500 dead": what it had claimed)
const TOLL_OBJECT = /^(toll|tolls|death|figure|figures|number|numbers|count|tally|total|estimate|estimates|casualties|losses|assertion|claim)$/;

/** Does a toll's noun follow the verb at `k` within `span` words? */
const tollObjectAfter = (tokens: Token[], k: number, span: number) => tokens.slice(k + 1, k + 1 + span).some((t) => TOLL_OBJECT.test(t.lower));

/** Verbs of rejecting what a report says. */
const REJECTING = /^(den(?:y|ies|ied|ying)|contradict(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|disput(?:es|ed|ing)|refut(?:es|ed|ing)|contest(?:s|ed|ing)?|question(?:s|ed|ing)?)$/;

const SUBORDINATORS = new Set(['as', 'while', 'after', 'when', 'because', 'although', 'though', 'before', 'since', 'whereas', 'amid']);

const WIRE_TAG = new RegExp(`^(?:${WIRE_TAGS.join('|')})(?:\\s*\\d+)?-(?=\\S)`, 'i');
/** Whether `k` stands inside a relative clause set off by commas (", which …,") that closes before `first`. */
function insideRelativeClause(tokens: Token[], k: number, first: number): boolean {
  let open = k - 1;
  while (open > 0 && tokens[open].kind !== 'punct') open--;
  const close = tokens.findIndex((x, j) => j > k && x.kind === 'punct');
  return open > 0 && tokens[open].text === ',' && /^(which|who)$/.test(tokens[open + 1]?.lower ?? '') && close > k && close < first && tokens[close].text === ',';
}

/** A wire's tag standing alone ("UPDATED-1", "WRAPUP"); taken as one only numbered or in capitals, never "analysis". */
const WIRE_TAG_ALONE = new RegExp(`^(?:${WIRE_TAGS.join('|')})(?:[-\\s]*\\d+)?$`, 'i');

/** A headline's lead that labels it rather than naming who speaks: a wire tag, "Live:", "Video:". */
const LEAD_TAG = new RegExp(`^(?:${[...WIRE_TAGS, 'live', 'video', 'watch', 'photos?'].join('|')})\\b`, 'i');

/**
 * Where a quote that `at` stands inside closes, when a comma and its speaker follow ('…, although the Brigade announced
 * that there were two soldiers killed", said Hanaysheh.'); else -1.
 */
function quoteClosesAt(tokens: Token[], at: number): number {
  for (let k = at + 1; k < tokens.length; k++) {
    if (tokens[k].text === '“') return -1;
    if (tokens[k].text === '”') return tokens[k + 1]?.text === ',' || tokens[k - 1]?.text === ',' ? k : -1;
    if (tokens[k].text !== '"') continue;
    // ('"One resident … in hospital; two houses were razed," he added.': a straight quote closed after its comma, or
    // glued to its last word before one; one that opens, after a space and before a word, opens a quote of its own)
    if (tokens[k - 1]?.text === ',' || (tokens[k + 1]?.text === ',' && tokens[k - 1] !== undefined && tokens[k - 1].end === tokens[k].start)) return k;
    if (tokens[k - 1] !== undefined && tokens[k - 1].end < tokens[k].start && tokens[k + 1]?.start === tokens[k].end) return -1;
  }
  return -1;
}

/** Whether a quote closes after `at` with no quote opened between: `at` stands inside it. */
function quotedThrough(tokens: Token[], at: number): boolean {
  return quoteClosesAt(tokens, at) >= 0;
}

/** After the semicolon at `semi`, a clause that only says who told it ("; a resident told Reuters."): its subject. */
function saysAloneAfter(tokens: Token[], tags: Tags[], semi: number): [number, number] | null {
  for (let v = semi + 2; v < tokens.length && v - semi <= 10; v++) {
    if (tokens[v].kind !== 'word') return null;
    if (!/^(said|says|told|tells)$/.test(tokens[v].lower)) continue;
    let rest = v + 1;
    if (/^(told|tells)$/.test(tokens[v].lower)) while (rest < tokens.length && rest - v <= 3 && tokens[rest].kind === 'word' && !/^(on|in|at|by|after)$/.test(tokens[rest].lower)) rest++;
    if (!restIsAdjunct(tokens, rest)) return null;
    const subject = subjectBefore(tokens, tags, v, semi + 1);
    return subject && tokens[subject[0]].lower !== 'it' ? subject : null;
  }
  return null;
}

/**
 * Whether the clause of when at `k`, inside what a say-verb just before it says, is followed by that said clause's own
 * perfect joined by "and", before the figure at `first` ("MONUSCO said its troops had arrived after the attackers left
 * and had evacuated 27 wounded people"): the said clause goes on past it.
 */
function saidClauseGoesOn(tokens: Token[], k: number, first: number): boolean {
  if (!/^(after|before|when|once|as)$/.test(tokens[k].lower) || tokens.slice(k + 1, first).some((x) => x.kind === 'punct')) return false;
  let said = k - 1;
  while (said >= 0 && said >= k - 8 && !/^(said|says|told)$/.test(tokens[said].lower)) said--;
  if (said < 0 || said < k - 8 || tokens.slice(said + 1, k).some((x) => x.kind === 'punct')) return false;
  return tokens.slice(k + 1, first).some((x, d, all) => x.lower === 'and' && /^(had|has|have)$/.test(all[d + 1]?.lower ?? '') && /(ed|en|wn)$/.test(all[d + 2]?.lower ?? ''));
}

/**
 * After the semicolon at `semi`, a part of the figure before it (or the rest of its group) whose clause ends the sentence
 * with who says both ("Four others were injured; two of them are in a serious condition, the administration said."):
 * that speaker.
 */
function partGoesOnToSaying(tokens: Token[], tags: Tags[], semi: number): [number, number] | null {
  // ("Of those killed, 1,146 were shot by gangs; the rest died in lynchings, it said": or the rest of them)
  const rest = tokens[semi + 1]?.lower === 'the' && /^(rest|others|remainder|remaining)$/.test(tokens[semi + 2]?.lower ?? '');
  if (!isCountToken(tokens[semi + 1]) && !rest) return null;
  // (a part, or how some of them are: never another count with a fate of its own, "; 12 were killed elsewhere")
  const part = rest || (tokens[semi + 2]?.lower === 'of' && /^(them|those|whom)$/.test(tokens[semi + 3]?.lower ?? '')) || /^(are|is|remain|remains)$/.test(tokens[semi + 2]?.lower ?? '');
  const end = tokens[tokens.length - 1]?.text === '.' ? tokens.length : tokens.length + 1;
  const verb = part ? appendedSayingBefore(tokens, end) : -1;
  if (verb < 0 || tokens.slice(semi + 1, verb).some((x) => x.text === ';')) return null;
  const comma = tokens.map((x) => x.text).lastIndexOf(',', verb);
  return comma > semi ? subjectBefore(tokens, tags, verb, comma + 1) : null;
}

/** Whether the words before `at` are only a clause's opening (nothing, punctuation, an article or a connective). */
function opensItsClause(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isLeadingNoise(tokens[k])) k--;
  return k < 0 || tokens[k].kind === 'punct';
}

/**
 * "Police denied that any protesters had been shot, saying the 3 men …": whether the clause before the participle at
 * `k` is the object of the main verb, opened by "that" right after it; the participle then says what the main subject
 * says, never what the "that" clause's subject does.
 */
function thatAfterMainVerb(tokens: Token[], tags: Tags[], k: number): boolean {
  const that = tokens.findIndex((t, j) => j < k && t.lower === 'that');
  return that > 1 && isVerb(tags[that - 1]) && !tokens.slice(0, that - 1).some((t) => t.kind === 'punct');
}

/** The subject of the sentence's first finite verb before `limit`, when it opens the sentence. */
function mainSubject(tokens: Token[], tags: Tags[], limit: number): [number, number] | null {
  // ("In remarks broadcast on state television, Iran's interior minister put …": past an opening phrase and its comma,
  // whose participle is no verb of the clause)
  const comma = /^(in|on|at|after|during|following|amid|before|since)$/.test(tokens[0]?.lower ?? '') ? tokens.findIndex((t, j) => j < 16 && t.text === ',') : -1;
  for (let v = comma > 0 ? comma + 2 : 1; v < limit; v++) {
    if (tokens[v].kind !== 'word' || /^\p{Lu}/u.test(tokens[v].text) || !isVerb(tags[v]) || tags[v].has('Gerund')) continue;
    const subject = subjectBefore(tokens, tags, v);
    return subject && opensItsClause(tokens, subject[0]) && !/^(this|that|it|there)$/.test(tokens[subject[0]].lower) ? subject : null;
  }
  return null;
}

/**
 * "the initial United Nations assessment of 200", "a Reuters tally": a name before the saying's noun, after its
 * determiner, is who says it; else null.
 */
function namedBefore(tokens: Token[], tags: Tags[], noun: number): [number, number] | null {
  let k = noun - 1;
  // (a name, never "This announcement" or "a Western estimate")
  while (k >= 0 && noun - k <= 4 && tokens[k].kind === 'word' && /^\p{Lu}/u.test(tokens[k].text) && !tags[k].has('Adjective') && !tags[k].has('Demonym')
    && !/^(this|that|these|those|its|their|his|her|our|the|a|an|western|eastern|northern|southern|official|initial)$/.test(tokens[k].lower)) k--;
  if (k === noun - 1) return null;
  // (after its determiner: never a sentence's first word, "Cholera update: …", "Some estimates suggest …")
  return k >= 0 && /^(the|a|an|initial|official|latest|earlier|new|first|previous)$/.test(tokens[k].lower) ? [k + 1, noun - 1] : null;
}

/** Nothing after the say-verb but adjuncts: "officials said", "he told reporters on Monday". */
function restIsAdjunct(tokens: Token[], from: number): boolean {
  const rest = tokens.slice(from).filter((t) => t.kind !== 'punct');
  if (rest.length === 0) return true;
  const next = tokens[from];
  // ("As the toll passed 100, the prime minister declared, “I am keenly aware …”": the speaker's words are the quote)
  // (only after a fronted clause of when: "Twelve were killed, the mayor said, "and …"" is the mayor's)
  if (next && /^[,:]$/.test(next.text) && /^[“"]$/.test(tokens[from + 1]?.text ?? '') && tokens[from + 2] && /^(as|when|while|after|with|since)$/.test(tokens[0]?.lower ?? '')) return false;
  // ("Families of the 135 people who died … after an official report concluded: “Tear gas was …”": a colon opens
  // what the verb says, after it; the figure before is none of it)
  if (next?.text === ':' && rest.length > 0) return false;
  if (next && next.kind === 'punct' && next.text !== '"' && next.text !== '“') return true;
  // ("…, the emergency service reported as rescuers worked through the night": a clause of when,
  // not of what is said; never "reported as many as 30")
  if (/^(as|while|when|amid|because)$/.test(rest[0].lower)) return !(rest[0].lower === 'as' && /^(many|much|high|few|well)$/.test(rest[1]?.lower ?? ''));
  // ("survivors report about 60 more are missing", "said at least 12": a figure of its own to say)
  const counted = (t: Token | undefined) => t !== undefined && (t.kind === 'digits' || isNumberWord(t.lower));
  // ("told AFP from Jajarkot": where from is an adjunct; never "said from 50 to 60")
  if ((/^(about|around|some|over|nearly|almost|roughly|from)$/.test(rest[0].lower) && counted(rest[1]))
    || (rest[0].lower === 'at' && /^(least|most)$/.test(rest[1]?.lower ?? '') && counted(rest[2]))) return false;
  // ("…, the Pentagon admitted three weeks later": how long after, no count to say)
  if (howLongAfter(rest, 0) > 0) return true;
  // ("…, a civil society leader confirmed to EFE.": whom it was said to; never "said to be", "said to have")
  if (rest[0].lower === 'to' && rest[1] && (/^\p{Lu}/u.test(rest[1].text) || /^(reporters|journalists|the|local|state)$/.test(rest[1].lower))) return true;
  // ("…, after a jury said Thursday it would …": a day, then a clause of its own that the verb says)
  if (TIME_WORDS.test(rest[0].lower) && /^(it|he|she|they|we|there)$/.test(rest[1]?.lower ?? '')) return false;
  // ('…," said the three-member panel led by former attorney general Marzuki Darsman.': a participle on who speaks)
  if (/^(led|headed|chaired|run|founded|based|appointed|set)$/.test(rest[0].lower) && /^(by|in|up)$/.test(rest[1]?.lower ?? '') && !tokens.slice(from).some((t) => t.text === '"' || t.text === '“' || t.lower === 'that')) return true;
  // ("…, the Fides Catholic news agency reported June 1.": a date with no "on", all that follows)
  if (MONTHS.has(rest[0].lower) && /^\p{Lu}/u.test(rest[0].text) && rest[1]?.kind === 'digits' && rest.length <= 3 && rest.slice(2).every((t) => t.kind === 'digits')) return true;
  // ("…, estimated a high-ranking official without getting into details.": how it was said, by a gerund after "without")
  if (rest[0].lower === 'without' && /ing$/.test(rest[1]?.lower ?? '') && !tokens.slice(from).some((t) => t.lower === 'that' || t.kind === 'digits')) return true;
  // ('"… 54 people were injured," he wrote and noted that the search … is ongoing': a second saying of the same speaker)
  if (rest[0].lower === 'and' && /^(noted|added|said|stressed|explained|warned|wrote|urged|called|stated)$/.test(rest[1]?.lower ?? '')) return true;
  // ('"… there are 22 dead, five of them burned in a car," he said before adding one of those killed was …': what he
  // said next, after the quote he spoke)
  if (/^(before|after|while)$/.test(rest[0].lower) && /^(adding|noting|saying|stressing)$/.test(rest[1]?.lower ?? '')) return true;
  return COMPLEMENT_OK.has(rest[0].lower) && rest[0].lower !== 'that';
}

function isVerb(tags: Tags): boolean {
  return tags.has('Verb') && !tags.has('Noun');
}

/** A say-verb at `k` that says something here, in the active. */
const activeSaying = (tokens: Token[], tags: Tags[], k: number): boolean => SAY_VERBS.has(tokens[k].lower) && isSayVerbHere(tokens, tags, k) && !isPassive(tokens, k);

/** Bodies whose finding is a saying: "Jury finds 96 Liverpool fans 'unlawfully killed'", "A re-examination … found". */
const FINDERS = /^(jury|juries|inquest|inquiry|study|report|review|survey|investigation|probe|panel|court|chamber|tribunal|judges|coroner|analysis|re-examination|reexamination|reanalysis|audit)$/;

/** Verbs that say a figure only with a clause after them: "the study found that …" (but "rescuers found four bodies"). */
// ("Official statistics record that …": the plain present only with its clause)
const SAY_WITH_CLAUSE = new Set([
  // ("The BBC understands that at least 40 bodies have been taken to the city morgue": a newsroom's word for what it was told)
  'understands',
  'testified', 'testifies', 'submitted', 'submits',
  // ("The Trial Chamber is satisfied beyond reasonable doubt that at least 5,115 … were killed": a court's finding)
  'satisfied',
  // ("the minister replied that there were two deaths in 2019": a written answer's reply)
  'replied', 'replies', 'responded', 'responds',
  // ("she reminds the court that two survivors have since taken their own lives")
  'reminds', 'reminded', 'remind',
  'projected', 'projects', 'project', 'predicted', 'predicts', 'showing', 'specified', 'specifies', 'specifying', 'record', 'state', 'affirm', 'affirms', 'affirmed', 'determined', 'determines', 'concluded', 'concludes', 'concluding', 'established', 'establishes', 'recalls', 'recalled', 'indicate', 'mentioned', 'mentions', 'believe', 'believes', 'believed', 'gathered', 'learned', 'learnt', 'informed', 'informs', 'found', 'finds', 'suggested', 'suggests', 'suggesting', 'showed', 'shows', 'show', 'find', 'suggest', 'spoke', 'spoken', 'speaks', 'speak', 'argued', 'argues', 'maintained', 'maintains', 'maintain', 'asserted', 'asserts', 'assessed', 'assesses', 'reflects', 'reflected']);

const WRITINGS = /^(post|statement|message|letter|note|report|tweet|release|text|communiqu[eé]|bulletin|notice|caption|sign|banner|entry|update)$/;

const RECORDING = /^(recorded|records|registered|registers|reported|reports|counted|counts|logged)$/;
/** A negation of the verb after it: who has "not confirmed" or "never reported" a figure does not say it. */
const NOT = /^(not|never|n't)$/;

/**
 * "the city of Banyas recorded 60 civilian deaths", "Sindh Province reported 70": a place that records deaths is
 * where they happened, not who says so. Only a place the words name as one.
 */
function placeRecords(tokens: Token[], verb: number): boolean {
  if (!RECORDING.test(tokens[verb]?.lower ?? '')) return false;
  let k = verb - 1;
  while (k > 0 && /^(has|have|had|also|already|so|far)$/.test(tokens[k].lower)) k--;
  // ("Nakuru, Kajiado, and Mombasa each reported 3 deaths": names counted one by one are where the deaths were)
  // ("Nakuru, Kajiado and Mombasa reported 3 deaths each": or with "each" after the count)
  // ("while Khyber Pakhtunkhwa and Punjab reported 308 and 223 deaths, respectively": names matched one by one to counts)
  const eachBefore = tokens[k]?.lower === 'each';
  if (eachBefore || tokens.slice(verb + 1, verb + 5).some((t) => t.lower === 'each') || tokens.slice(verb + 1, verb + 9).some((t) => t.lower === 'respectively')) {
    const end = eachBefore ? k : k + 1;
    let j = end - 1;
    while (j >= 0 && (/^(,|and)$/.test(tokens[j].lower) || (tokens[j].kind === 'word' && /^\p{Lu}\p{Ll}/u.test(tokens[j].text) && !isSpeakerWord(tokens[j].lower)))) j--;
    const named = j < end - 3 && tokens.slice(j + 1, end).some((t) => t.lower === 'and') && (j < 0 || /^(while|whereas|and|,|in)$/.test(tokens[j].lower));
    if (eachBefore || named) return named;
  }
  // ("Commercial aviation recorded 7 fatal accidents … with 318 fatalities", "the construction sector recorded 51 deaths": a
  // trade is where the deaths were, as a place is)
  if (/^(aviation|industry|sector|farming|agriculture|construction|mining|shipping|fishing|trucking)$/.test(tokens[k]?.lower ?? '')) return true;
  // ("Liberia, the worst-hit country, recorded 4,809 deaths": a place named as one in apposition)
  if (tokens[k]?.text === ',' && /^(country|nation|city|town|village|province|region|district|state|county)$/.test(tokens[k - 1]?.lower ?? '')) {
    for (let j = k - 2; j > 0 && k - j <= 6; j--) {
      if (tokens[j].text !== ',') continue;
      return /^(the|a)$/.test(tokens[j + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '');
    }
  }
  // ("Sindh Province", "Lao Cai Province")
  // (never "Officials in Travis County reported": the place is where its speakers are)
  // ("Rohtas district reported six deaths": a district or province in lower case after its name)
  // (never "The province reported …": a name, not the article that opens the sentence)
  if (PLACE_NOUNS.test(tokens[k]?.lower ?? '') && (/^\p{Lu}/u.test(tokens[k].text) || /^(district|province|county|prefecture|governorate)$/.test(tokens[k].text)) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '')
    && !/^(the|a|an|this|that|its|their|our)$/.test(tokens[k - 1]?.lower ?? '')) {
    let name = k - 1;
    while (name > 0 && tokens[name].kind === 'word' && /^\p{Lu}/u.test(tokens[name].text) && k - name < 5) name--;
    return !/^(in|from|at|for)$/.test(tokens[name]?.lower ?? '');
  }
  // ("the city of Banyas", "the village of Al-Tuwaimah")
  let name = k;
  while (name > 0 && tokens[name].kind === 'word' && /^\p{Lu}/u.test(tokens[name].text) && k - name < 4) name--;
  // ("In Punjab, 165 fatalities … were reported, while Sindh recorded 57 deaths": a breakdown by places, the next place
  // after "while")
  // (never an agency, an outlet or one who speaks: "…, while UNRWA reported 3 deaths", "while Reuters reported")
  const placeLike = tokens.slice(name + 1, k + 1).every((t) => !/^\p{Lu}{2,}$/u.test(t.text) && !isSpeakerWord(t.lower) && !/^(reuters|afp|xinhua|ukrinform|anadolu|interfax|tass)$/.test(t.lower));
  // ("According to official figures, Mexico has recorded more than 340,000 homicides": a place alone after a comma, with a
  // verb of recording, is where they were recorded and says nothing; an according-to may name who does)
  // ("the KNCHR indicates that Nairobi recorded the highest number of deaths at 17": likewise inside what is said)
  if (name === k - 1 && /^(,|and|while|whereas|that)$/.test(tokens[name]?.lower ?? '') && /^(recorded|registered|logged)$/.test(tokens[verb].lower) && isPlaceName(tokens[k].text)) return true;
  // ("Nigeria records 39 deaths", "Lassa Fever: Nigeria Records 39 Deaths": a country opening the clause, as a headline
  // has it, recording deaths; never "Ukraine reported 12 deaths", a saying)
  if (k === verb - 1 && (k === 0 || tokens[k - 1]?.text === ':') && /^(recorded|records|registered|registers|logged|logs)$/.test(tokens[verb].lower) && isPlaceName(tokens[k].text)) return true;
  // ("Himachal Pradesh recorded 1,032 road deaths last year": a name of two or three words that opens the sentence)
  // (never a body named after its place: "Iraq Body Count recorded …")
  if (k === verb - 1 && name === 0 && k > 0 && k < 3 && tokens.slice(0, k + 1).every((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !isSpeakerWord(t.lower))
    && !NAME_WITH_TO.test(tokens[k].text) && !/^(Count|Watch|Monitor|Observatory|Institute|Defence|Defense|Authority|Directorate|Crescent|Cross)$/.test(tokens[k].text)
    // (nor a body whose name holds a word of what it does: "Drowning Prevention Auckland recorded 74 drowning deaths")
    && !tokens.slice(0, k + 1).some((t) => /^(Prevention|Safety|Council|Trust|Foundation|Society|Association|Agency|Service|Services|Network|Project|Alliance|Coalition|Centre|Center|Commission|Board|Forum|Union|Police|Rescue)$/.test(t.text))
    && /^(recorded|records|registered|registers|logged|logs)$/.test(tokens[verb].lower)
    && (tokens.slice(0, k + 1).some((t) => isPlaceName(t.text)) || /^(Pradesh|State|Province|Region|County|Territory|Oblast|Republic|Island|Islands)$/.test(tokens[k].text))) return true;
  // ("The Copperbelt recorded the most fatalities, with 388, followed by Lusaka": a name ranked among others is a place)
  if (tokens[verb + 1]?.lower === 'the' && /^(most|highest|largest|greatest|biggest)$/.test(tokens[verb + 2]?.lower ?? '') && k === verb - 1) {
    const named = tokens.slice(name, k + 1).filter((t) => t.lower !== 'the');
    if (named.length > 0 && named.every((t) => t.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(t.text) && !isSpeakerWord(t.lower))) return true;
  }
  // (never a place that reports, a saying: "In Honduras, officials said 21 people had died, while Nicaragua reported two
  // deaths")
  if (name < k && placeLike && /^(while|whereas)$/.test(tokens[name]?.lower ?? '') && tokens[0]?.lower === 'in' && /^\p{Lu}/u.test(tokens[1]?.text ?? '')
    && !/^(reported|reports|announced|announces|confirmed|confirms)$/.test(tokens[verb].lower)
    && (isPlaceName(tokens[1].text) || tokens.slice(name + 1, k + 1).some((t) => isPlaceName(t.text)))) return true;
  return name < k && tokens[name]?.lower === 'of' && PLACE_NOUNS.test(tokens[name - 1]?.lower ?? '');
}

/**
 * "Israeli Attacks on Iran Claim Over Two Hundred Lives", "strike claims 51 lives", "claimed 12 victims": what claims
 * lives kills, and says nothing (never "claims that approximately 745 civilians lost their lives", a clause of its own).
 */
function claimsLives(tokens: Token[], k: number): boolean {
  return /^(claim|claims|claimed|claiming)$/.test(tokens[k].lower) && tokens[k + 1]?.lower !== 'that'
    && tokens.slice(k + 1, k + 9).some((t, d, all) => /^(lives|life|victims)$/.test(t.lower) && all.slice(0, d).every((x) => x.kind !== 'punct' || x.text === '-'));
}

/** Plural nouns of a record that the tagger may take for verbs: "records show that", "As of the latest reports,". */
const RECORD_NOUNS = /^(records|reports|figures|statistics|data|estimates|counts|tallies|updates)$/;

/**
 * Whether a saying stands before the participle at `k` ("the ministry said, adding that …"): the participle is then read
 * from that saying, and says nothing of its own. ("adding" and "revising" are never that saying.)
 */
function sayingBefore(tokens: Token[], tags: Tags[], k: number): boolean {
  // (a toll given is no saying whose clause runs on: "gave the death toll as 471, revising its earlier assertion of 500")
  return tokens.slice(0, k - 1).some((x, j) => SAY_VERBS.has(x.lower) && !/^(adding|revising)$/.test(x.lower) && !TOLL_GIVEN.test(x.lower) && isSayVerbHere(tokens, tags, j));
}

/**
 * "… was confirmed by the NGO," ending at the comma `comma`: the agent of a passive reporting verb (as `reportingAgent`
 * reads it), when it closes the clause; else null.
 */
function agentBeforeComma(tokens: Token[], tags: Tags[], comma: number): [number, number] | null {
  for (let b = comma - 1; b > 1 && comma - b <= 10; b--) {
    if (tokens[b].kind !== 'word' && tokens[b].text !== '-') return null;
    if (tokens[b].lower !== 'by' || !isPassive(tokens, b - 1)) continue;
    const agent = reportingAgent(tokens, tags, b - 1);
    return agent && agent[1] === comma - 1 ? agent : null;
  }
  return null;
}

/**
 * Whether the clause right before the participle at `k` only says who spoke, appended after a comma ("All states have
 * reported cases, WHO spokesperson Christian Lindmeier told reporters in Geneva, adding: …"): who adds is that speaker,
 * never the subject of the clause before.
 */
function appendedSayingBefore(tokens: Token[], k: number): number {
  for (let j = k - 2; j >= 0 && k - j <= 10; j--) {
    if (tokens[j].kind !== 'word') return -1;
    // ("…, a UN panel later finds, putting the toll at 10,000 to 15,000": or a finding, a report)
    if (!/^(said|says|told|tells|finds|found|reported|reports|estimated|estimates)$/.test(tokens[j].lower)) continue;
    for (let c = j - 1; c >= 0 && j - c <= 8; c--) {
      if (tokens[c].text === ',') return c > 0 && c < j - 1 ? j : -1;
      if (tokens[c].kind !== 'word') return -1;
    }
    return -1;
  }
  return -1;
}

/** '"…," said Kirkpatrick, adding …': the speaker of an inverted saying right before the participle's comma at `k - 1`. */
function invertedSpeakerBefore(tokens: Token[], k: number): [number, number] | null {
  // ('says Osama Aly of the Ambulance and Emergency Centre, adding': a name with its body after it)
  for (let j = k - 2; j >= 1 && k - j <= 12; j--) {
    if (tokens[j].kind !== 'word') return null;
    if (!/^(said|says|told|tells)$/.test(tokens[j].lower)) continue;
    // (never when it was said: "…, Tarek William Saab, said on Thursday, adding that": the speaker stands before)
    if (onlyWhen(tokens.slice(j + 1, k - 1))) return null;
    return j < k - 2 && /^[,”"]$/.test(tokens[j - 1].text) ? [j + 1, k - 2] : null;
  }
  return null;
}

/** What is declared or announced after deaths, giving no toll: mourning, an emergency, aid for the families. */
const DECLARED_FOR_THE_DEAD = /^(mourning|emergency|curfew|holiday|lockdown|compensation|ex-gratia|relief|aid|assistance|payments?|grants?|funds?)$/;

/** Whether `words` say only when, after a verb of saying: none, "on Sunday", "late on Thursday", "this morning". */
function onlyWhen(words: readonly Token[]): boolean {
  return words.every((t) => TIME_WORDS.test(t.lower) || /^(on|late|early|last|this|in|the|morning|afternoon|evening|night)$/.test(t.lower));
}

/** Whether a count, or a zero that opens the sentence ("No deaths were caused …"), stands before `k`. */
function figureBefore(tokens: Token[], k: number): boolean {
  return tokens.slice(0, k).some((t) => t.kind === 'digits' || isNumberWord(t.lower)) || (k > 0 && /^(no|none|nobody)$/.test(tokens[0].lower));
}

/** Verbs that give a toll as their object, not a clause: "gave the toll as", "put the number at". */
const TOLL_GIVEN = /^(gave|gives|giving|given|put|puts|set|sets|placed|places|place)$/;

/** "has charged that …": never "charged 12 men with murder". */
const CHARGED_THAT = (tokens: Token[], k: number) => /^(charged|charges)$/.test(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'that';

/** Adjectives of which reports or estimates, before the noun that shares a say-verb's spelling: "previous estimates". */
const WHICH_ONES = /^(previous|earlier|prior|initial|official|unofficial|latest|current|other|independent|conservative|new|past|higher|lower|most|some|many|all)$/;

function isSayVerbHere(tokens: Token[], tags: Tags[], k: number): boolean {
  const w = tokens[k].lower;
  if (AGENTLESS.has(w)) return false;
  // ("A memorial concert raised £2 million for the families of the 22 victims": money raised says no figure)
  if (/^(raised|raises|raise|raising|set|sets|put|puts)$/.test(w) && (/^[£$€¥₹]$/.test(tokens[k + 1]?.text ?? '') || /^(money|funds|cash|awareness|donations)$/.test(tokens[k + 1]?.lower ?? ''))) return false;
  // ("Two of the men whose cases we raised in January … were hanged": a verb whose object the relative clause fronted
  // says nothing of the count)
  if (tokens[k - 3]?.lower === 'whose' && /^(we|they|he|she|i|you)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("two followed delays in medical care that the agency's own reviews described as \"significant\"": a relative
  // clause's verb whose object is the noun before it says what that noun is, nothing of the count)
  if (/^(described|called|termed|labelled|labeled|branded|characteri[sz]ed)$/.test(w) && tokens[k + 1]?.lower === 'as'
    && tokens.slice(Math.max(0, k - 7), k).some((t, d, all) => /^(that|which)$/.test(t.lower) && all.slice(d + 1).every((x) => x.kind === 'word' || /^['’]s?$/.test(x.text)))) return false;
  // ("The figure most often quoted, one million deaths, comes from …": a participle on a figure's noun, how often
  // between, is the figure's, no one's saying)
  if (/^(quoted|cited|given|reported|used|accepted)$/.test(w)) {
    let n = k - 1;
    while (n > k - 4 && /^(most|more|often|widely|commonly|frequently|usually|generally)$/.test(tokens[n]?.lower ?? '')) n--;
    if (n < k - 1 && /^(figure|figures|number|toll|estimate|estimates|count|total)$/.test(tokens[n]?.lower ?? '')) return false;
  }
  // ("draws on inquest records, freedom of information requests and reporting by INQUEST": a gerund with its agent is
  // a noun of what was drawn on)
  if (/ing$/.test(w) && tokens[k + 1]?.lower === 'by') return false;
  // ("Minister, can you confirm reports that 30 soldiers died?": a question asks for the saying, says nothing)
  if (/^(you|they|he|she|we)$/.test(tokens[k - 1]?.lower ?? '') && /^(can|could|will|would|do|did|does)$/.test(tokens[k - 2]?.lower ?? '')
    && (k - 2 === 0 || tokens[k - 3]?.text === ',' || tokens[k - 3]?.text === ':') && tokens.some((t) => t.text === '?')) return false;
  // ("Will the Minister tell the House how many of the 1,711 people killed … were pedestrians?": or who is asked, by name)
  if (/^(the|my)$/.test(tokens[k - 2]?.lower ?? '') && /^(can|could|will|would|do|did|does)$/.test(tokens[k - 3]?.lower ?? '')
    && (k - 3 === 0 || /^[,:]$/.test(tokens[k - 4]?.text ?? '')) && tokens.some((t) => t.text === '?')) return false;
  // ("Police confirm reports that 30 soldiers died": the object of a verb that weighs them is the noun)
  if (/^(reports|claims|estimates)$/.test(w) && /^(confirm|verify|deny|dismiss|dispute|investigate|check|examine)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("compiled by the Associated Press from police and hospital reports)": what it was made from, a noun closing the
  // phrase after "from")
  if (/^(reports|records|statements|accounts)$/.test(w) && /^[),.;]$/.test(tokens[k + 1]?.text ?? '')
    && tokens.slice(Math.max(0, k - 4), k).some((t, d, all) => t.lower === 'from' && all.slice(d + 1).every((x) => x.kind === 'word'))) return false;
  // ("Five more people … died of malnutrition in the past 24 hours, raising the number of such deaths to 175": deaths that
  // raise a toll say nothing, where "the ministry updated its figures, raising the toll" does)
  // ("…, and Syria's toll stands at 5,800, bringing the combined total above 46,000": a sum of tolls from more than one
  // giver is the writer's)
  if (/^(raising|bringing|pushing|taking|lifting)$/.test(w) && tokens[k + 1]?.lower === 'the' && /^(combined|overall)$/.test(tokens[k + 2]?.lower ?? '')) return false;
  if (/^(raising|bringing|pushing|taking|lifting)$/.test(w) && tokens[k - 1]?.text === ',' && appendedSayingBefore(tokens, k) < 0
    && tokens.slice(Math.max(0, k - 25), k - 1).some((t) => /^(died|killed|perished|drowned)$/.test(t.lower))) return false;
  // ("The final toll was 291, with 180 people never identified": a participle on people counted after "with")
  if (/ed$/.test(w) && /^(never|not|yet|still|later|since)$/.test(tokens[k - 1]?.lower ?? '')
    && tokens.slice(Math.max(0, k - 6), k - 1).some((t, d, all) => t.lower === 'with' && isCountToken(all[d + 1]))) return false;
  // ("a parliamentary commission recognised that 8 more people had died": a finding, only with its clause)
  // ("recognised for the first time that …": a short adjunct before the clause)
  if (/^recogni[sz]ed$/.test(w)) return tokens.slice(k + 1, k + 7).some((t, d, all) => t.lower === 'that' && all.slice(0, d).every((x) => x.kind === 'word' && x.lower !== 'that'));
  // ("as thousands waited for a game show": a show on a screen or a stage says nothing)
  if (/^(show|shows)$/.test(w) && /^(game|talk|tv|television|radio|quiz|reality|chat|cooking|fashion|music|road|air|light|trade)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("… in what a monitoring group described on Friday as the second worst massacre", "during what residents described as
  // the worst week": who names the event so says nothing of the count)
  if (/^(described|describes|called|calls|termed|terms|dubbed)$/.test(w) && tokens.slice(k + 1, k + 5).some((t) => t.lower === 'as')
    && tokens.some((t, j) => j < k && k - j <= 9 && t.lower === 'what' && /^(in|during|to|of|for)$/.test(tokens[j - 1]?.lower ?? ''))) return false;
  // ("… killed 72 people in 2017, despite the inquiry's first report saying the main reason …": what is said in spite of,
  // with no count of its own, is a concession, never who gives the figure; "Despite officials saying 12 people died" says
  // its own)
  if (/^(saying|stating|finding|concluding|showing)$/.test(w)) {
    let end = k + 1;
    while (end < tokens.length && !/^[.;,:!?]$/.test(tokens[end].text)) end++;
    for (let j = k - 1; j >= 0 && k - j <= 8 && !/^[,.;:]$/.test(tokens[j].text); j--) {
      if (/^(despite|notwithstanding)$/.test(tokens[j].lower) && !tokens.slice(k + 1, end).some(isCountToken)) return false;
    }
  }
  // ("Officials fear the death toll could rise": a fear says a toll, never what may befall one named, "Doctors fear a
  // child injured in the blast may die")
  if (/^fear(s|ed)?$/.test(w)) {
    const at = tokens[k + 1]?.lower === 'that' ? k + 2 : k + 1;
    // ("Local authorities fear death toll could eclipse 100": a headline leaves the article out)
    const det = tokens[at]?.lower === 'the' ? at + 1 : at;
    const noun = /^(death|casualty)$/.test(tokens[det]?.lower ?? '') ? det + 1 : det;
    // ("Health officials fear up to 2,000 people could die": or a count past its bound)
    let c = at;
    while (c < at + 3 && /^(up|to|as|many|more|than|at|least|about|some|nearly|almost|over|around|roughly)$/.test(tokens[c]?.lower ?? '')) c++;
    if (!/^(toll|tolls|number|numbers|figure|figures|count|tally|total)$/.test(tokens[noun]?.lower ?? '') && tokens[c]?.kind !== 'digits' && !isNumberWord(tokens[c]?.lower ?? '')) return false;
    // ("The official figure for the missing is 98, the locals fear the number could be more": a fear with no count of
    // its own doubts a figure, never gives it)
    let end = noun + 1;
    while (end < tokens.length && !/^[.;,:!?]$/.test(tokens[end].text)) end++;
    if (!tokens.slice(at, end).some(isCountToken)) return false;
  }
  // ("could claim an additional 6,550 to 11,580 lives": a range between)
  if (claimsLives(tokens, k)) return false;
  // ("one of more than 200 weather related accidents reported in that state": a participle on the events counted)
  const before = tokens[k - 1]?.lower ?? '';
  if (/ed$/.test(w) && (EVENT_NOUNS.has(before) || /^(incidents|crashes|collisions|cases|deaths)$/.test(before))
    && /^(in|on|at|across|since|during|over|from|so|this|last)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("making it the fourth-deadliest disaster of any kind recorded in New Zealand": a ranking among events, no saying)
  if (/ed$/.test(w) && /^(in|on|since|anywhere|ever)$/.test(tokens[k + 1]?.lower ?? '')
    && tokens.slice(Math.max(0, k - 7), k).some((t) => /^(?:[a-z]+-)?(deadliest|worst|largest|biggest|strongest|costliest)$/.test(t.lower))) return false;
  // ("down 1 percent from the revised total of 5,764": a participle after its article is an adjective)
  if (/ed$/.test(w) && /^(the|a|an)$/.test(before) && tokens[k + 1]?.kind === 'word' && !/^(by|that|to|on|in)$/.test(tokens[k + 1].lower)) return false;
  // ("the total number of suspected and confirmed cases": a participle joined to another before a noun of the counted
  // is an adjective)
  if (/ed$/.test(w) && /^(and|or|,)$/.test(before) && /^(cases|deaths|infections|fatalities|casualties|patients|victims|injuries|dead)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("To put this in perspective, some 57,470 casualties …": a comparison set up, no saying)
  if (/^(put|puts|putting)$/.test(w) && tokens.slice(k + 1, k + 5).some((t, d) => /^(perspective|context)$/.test(t.lower) && /^(in|into)$/.test(tokens[k + d]?.lower ?? ''))) return false;
  // ("To put down a rebellion, the Military Police … killed 111 inmates": a rising quelled, no saying)
  if (/^(put|puts|putting)$/.test(w) && /^(down|off|away|up)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("It put to death at least 314 people", "put 12 prisoners to death": a killing, no saying)
  if (/^(put|puts|putting)$/.test(w) && tokens.slice(k + 1, k + 6).some((t, d) => t.lower === 'to' && tokens[k + 2 + d]?.lower === 'death')) return false;
  // ("the population registered as Tutsi": a participle of what someone is listed as, no saying)
  if (/^(registered|listed|recorded|classified|identified)$/.test(w) && tokens[k + 1]?.lower === 'as' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return false;
  // ("with the condition of five girls reported as critical": a patient's state, no saying)
  if (/^(reported|listed|described|confirmed|declared)$/.test(w) && tokens[k + 1]?.lower === 'as' && CARE_STATES.test(tokens[k + 2]?.lower ?? '')) return false;
  // ("Morris Dixon detailed that there may be at least four bodies": only with its clause)
  // ("The Sikh Forum … detailed 3,870 dead in Delhi alone": or the count it set out)
  if (/^(detailed|details)$/.test(w)) return tokens[k + 1]?.lower === 'that' || isCountToken(tokens[k + 1]) || /^(at|more|over|about|around|some|nearly|almost)$/.test(tokens[k + 1]?.lower ?? '');
  // ("40 patients remain admitted at the burn institute": admitted to a hospital, no saying)
  // ("the number of people injured and admitted to the hospital": to a hospital)
  // ("Of 214 patients admitted with snakebite …": a participle on a counted plural)
  if (/^(admitted|admits)$/.test(w) && (/^(remain|remains|remained|are|were|was|is|been|being|be)$/.test(before) || (/^(at|in|into)$/.test(tokens[k + 1]?.lower ?? ''))
    || (w === 'admitted' && /s$/.test(before) && tokens[k - 2] !== undefined && isCountToken(tokens[k - 2]))
    || (tokens[k + 1]?.lower === 'to' && toHospital(tokens, k + 2)))) return false;
  // ("the man who admitted to killing eight people": a confession of the deed, by who did it, gives no toll as a source)
  if (/^(admitted|admits|admit|confessed|confesses)$/.test(w) && tokens[k + 1]?.lower === 'to' && /ing$/.test(tokens[k + 2]?.lower ?? '')) return false;
  // ("amid reports that at least 39 people have died": a plural noun after a preposition, never a verb)
  if (RECORD_NOUNS.test(w) && /^(amid|amidst|despite|following|after|with|of|on|about)$/.test(before)) return false;
  // ("As of the latest official reports, 15 deaths …": a plural noun the tagger takes for a verb, in a clause of when
  // that opens the sentence)
  if (RECORD_NOUNS.test(w) && tokens[k + 1]?.text === ','
    && tokens.slice(0, k).every((t) => t.kind === 'word') && tokens[0]?.lower === 'as' && tokens[1]?.lower === 'of') return false;
  // ("…, and records show that the number …": a plural noun the tagger takes for a verb, the verb after it its own)
  if (RECORD_NOUNS.test(w) && /^(show|shows|showed|indicate|indicated|suggest|suggested|say|said|state|stated)$/.test(tokens[k + 1]?.lower ?? '')
    && tokens[k + 2]?.lower === 'that') return false;
  // ("Although estimates vary, the team found …": or after a word that opens a clause, with a verb of its own)
  if ((RECORD_NOUNS.test(w) || w === 'claims') && /^(although|though|while|whereas|because|since|if|when|as)$/.test(tokens[k - 1]?.lower ?? '')
    && /^(vary|varied|differ|differed|range|ranged|suggest|suggested|say|said|put|indicate|indicated|show|showed|are|were|is|was)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("UN Reports Possible Death Toll of 1,400": a headline's verb in title case, after who reports, before the toll)
  if (/^(Reports|Confirms|Says|Claims|Estimates)$/.test(tokens[k].text) && k > 0 && (/^\p{Lu}{2,}$/u.test(tokens[k - 1].text) || isSpeakerWord(tokens[k - 1].lower))
    && tokens.slice(k + 1, k + 5).some((t) => /^(toll|tolls|deaths|dead|killed)$/.test(t.lower))) return true;
  // ("The Sudanese government reports at least 2,000 deaths": a present tense the tagger takes for a plural noun,
  // right before the figure it says)
  // ("the Louisiana Department of Health and Hospitals (DHH) reports nearly 130 missing": past the speaker's acronym)
  const acronym = tokens[k - 1]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[k - 2]?.text ?? '') && tokens[k - 3]?.text === '(';
  // ("Busey and Martin's book … lists 23,231 casualties", "the government lists 5,295 deaths": a list's count right after)
  // ("A second document … lists a further 1,150 soldiers as missing": or one more count)
  const further = /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && /^(further|additional)$/.test(tokens[k + 2]?.lower ?? '') ? 2 : tokens[k + 1]?.lower === 'another' ? 1 : 0;
  const presentSays = /^(reports|claims|estimates|counts|records)$/.test(w) || (w === 'lists' && isCountToken(tokens[k + 1 + further]));
  // (or after an aside on the writing that lists: "A second document, dated 3 March, lists …")
  if (presentSays && k > 0 && (tokens[k - 1].kind === 'word' || acronym || (w === 'lists' && tokens[k - 1].text === ',')) && !/^(the|a|an|its|their|his|her|of|in|on|by|to|from|with|and|no)$/.test(tokens[k - 1].lower)
    && (w === 'lists' || tokens[k + 1]?.kind === 'digits' || /^(at|more|over|nearly|almost|about|some|up|that)$/.test(tokens[k + 1]?.lower ?? ''))) return true;
  // ("researchers at the Belgian University of Ghent estimate as many as half a million people have died": a plural
  // subject's present, which the tagger takes for a noun, right before the figure it gives)
  // ("the researchers project between 58,260 and 66,720 excess deaths": or what they project)
  // ("Official statistics record more than 3,000 coal miners having died")
  // ("Government estimates project that about 2,800 Sikhs were killed": or a writing's plural)
  if (/^(estimate|report|claim|count|project|record)$/.test(w) && k > 0 && tokens[k - 1].kind === 'word' && (/^\p{Lu}/u.test(tokens[k - 1].text) || (/s$/.test(tokens[k - 1].lower) && (isSpeakerWord(tokens[k - 1].lower) || SAY_NOUNS.has(tokens[k - 1].lower))))
    && (tokens[k + 1]?.kind === 'digits' || /^(at|more|over|nearly|almost|about|some|up|as|that|around|roughly|between)$/.test(tokens[k + 1]?.lower ?? ''))) return true;
  if (w === 'project') return false;
  // ("Study estimates Puerto Rico deaths from Hurricane Maria at nearly 3,000": a toll as its object, put at a figure)
  // ("A survey in The Lancet put excess deaths at 654,965": or put there)
  if (/^(estimates|reports|counts|put|puts|putting)$/.test(w) && k > 0 && tokens[k - 1].kind === 'word' && !/^(the|a|an|its|their|his|her|of|in|on|by|to|from|with|and|no)$/.test(tokens[k - 1].lower)) {
    for (let j = k + 1; j < tokens.length && j - k <= 9 && tokens[j].kind === 'word'; j++) {
      if (tokens[j].lower === 'at' && (tokens[j + 1]?.kind === 'digits' || /^(more|over|nearly|almost|about|around|some|least|roughly)$/.test(tokens[j + 1]?.lower ?? ''))) {
        if (tokens.slice(k + 1, j).some((x) => /^(deaths|dead|fatalities|casualties|toll)$/.test(x.lower))) return true;
        break;
      }
    }
  }
  // ("…, the United Nations migration agency estimates, as rescue efforts continue": the verb that closes an
  // aside after the figure)
  // ("…, AFP reports citing a railways official.": who it cites after the verb)
  // (never after an adjective of which ones: "…, far exceeding previous estimates.", the noun)
  if (/^(reports|claims|estimates|counts)$/.test(w) && k > 1 && tokens[k - 1].kind === 'word' && !WHICH_ONES.test(tokens[k - 1].lower) && !WHICH_ONES.test(tokens[k - 2]?.lower ?? '') && (/^[,.]$/.test(tokens[k + 1]?.text ?? '') || /^(citing|quoting)$/.test(tokens[k + 1]?.lower ?? ''))
    && tokens.slice(Math.max(0, k - 8), k).some((t, d) => t.text === ',' && tokens.slice(Math.max(0, k - 8) + d + 1, k).every((x) => x.kind === 'word'))) return true;
  // ("Sri Lanka reduces death toll of Easter Sunday attacks to 253": cutting a toll is saying it; never "reduced the town to rubble")
  // ("Authorities have previously set the death toll of civilians at 26": likewise setting it)
  // ("The state pegged the death toll at 36": likewise pegging it)
  if (/^(reduces|reduced|reduce|cut|cuts|set|sets|pegged|pegs|peg)$/.test(w)) return tollObjectAfter(tokens, k, 3);
  // ('"… more than 200 of them seriously," he continued': going on with the quote it closes; never "fighting continued")
  if (w === 'continued') {
    const quoteAt = /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') || /^(he|she|they)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : -1;
    if (quoteAt > 0 && /^[”"’']$/.test(tokens[quoteAt]?.text ?? '')) return true;
  }
  // ("autopsies linked another 14 deaths to last week's blistering temperatures": who ties deaths to a cause counts them;
  // never "was linked to 12 deaths", what they were tied to)
  if (/^(linked|links|tied|ties)$/.test(w)) {
    const deaths = tokens.slice(k + 1, k + 6).findIndex((t) => /^(deaths|death|fatalities|casualties|injuries)$/.test(t.lower));
    return deaths >= 0 && tokens.slice(k + 1, k + 1 + deaths).some(isCountToken) && tokens[k + 2 + deaths]?.lower === 'to' && !isPassive(tokens, k);
  }
  // ("…, stating that 75 victims": a participle after a comma says what its clause's subject says; "a statement
  // Thursday stating …" leaves it to the statement)
  // ("…, with Indian intercepts stating that 43 people had been injured": or after "with" and the participle's subject)
  if (/^(stating|noting)$/.test(w)) {
    let withAt = k - 2;
    while (withAt > 0 && k - withAt <= 6 && tokens[withAt].kind === 'word' && tokens[withAt].lower !== 'with') withAt--;
    return tokens[k - 1]?.text === ',' || (tokens[withAt]?.lower === 'with' && tokens[k + 1]?.lower === 'that');
  }
  // ("The government issued a new toll …, revising it sharply upwards from the earlier figure of at least 50": who
  // revises a toll says both its ends)
  if (w === 'revising') return tokens[k - 1]?.text === ',' && (tokens[k + 1]?.lower === 'it' || tollObjectAfter(tokens, k, 3)) && !sayingBefore(tokens, tags, k);
  // ("…, adding that 12 soldiers were killed", '…, adding: "…"': a participle after a comma, with its clause)
  if (w === 'adding') return tokens[k - 1]?.text === ',' && (tokens[k + 1]?.lower === 'that' || /^[:“"]$/.test(tokens[k + 1]?.text ?? '')) && (!sayingBefore(tokens, tags, k) || appendedSayingBefore(tokens, k) >= 0 || invertedSpeakerBefore(tokens, k) !== null);
  if (CHARGED_THAT(tokens, k)) return !isPassive(tokens, k);
  // ("a report alleging at least 600 people were killed", "…, alleging that")
  if (w === 'alleging') return tokens[k - 1]?.text === ',' || WRITINGS.test(tokens[k - 1]?.lower ?? '');
  // ("increased its estimated death toll to 322": raising a toll is saying it; never "increased security")
  // ("Officials have increased the death toll to 302": after a perfect's auxiliary too, with the toll as its object; never
  // "The toll has increased to 17", the toll's own rise, nor "was increased")
  if (/^(increased|increases)$/.test(w)) {
    const perfect = /^(has|have|had)$/.test(tokens[k - 1]?.lower ?? '') && /^(the|its|their)$/.test(tokens[k + 1]?.lower ?? '');
    return (perfect || !AUXILIARIES_BEFORE_VERB.test(tokens[k - 1]?.lower ?? '')) && tollObjectAfter(tokens, k, 4);
  }
  // ("the WHO has received reports that more than 460 patients … were killed": reports it received, passed on)
  // ("The members of the monitoring mission received data on the murders of more than 300 civilians")
  if (/^(received|receives)$/.test(w)) return /^(reports|information|word|confirmation|data)$/.test(tokens[k + 1]?.lower ?? '') && /^(that|of|on|about)$/.test(tokens[k + 2]?.lower ?? '') && !isPassive(tokens, k);
  // ("published a list of 145 victims", "released a death toll of 103"; never "released 50 prisoners")
  // ("Maui officials issued a list of 388 names", "Officials Release List of 388 People Missing")
  if (/^(issued|issues)$/.test(w)) return !isPassive(tokens, k) && [k + 1, k + 2].some((j) => tokens[j]?.lower === 'list' && tokens[j + 1]?.lower === 'of');
  if (w === 'release') return /^\p{Lu}/u.test(tokens[k].text) && tokens[k + 1]?.lower === 'list' && tokens[k + 2]?.lower === 'of';
  // ("The agency released the names of 29 survivors and six people confirmed dead": names of the counted)
  // ("the Oregon State Medical Examiner's Office had released information about 10 victims": what it gave out of them)
  if (/^(published|publishes|released|releases)$/.test(w)) return !isPassive(tokens, k) && (tollObjectAfter(tokens, k, 4) || [k + 1, k + 2].some((j) => /^(list|names)$/.test(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'of')
    || (/^(information|details)$/.test(tokens[k + 1]?.lower ?? '') && /^(about|on|of)$/.test(tokens[k + 2]?.lower ?? '') && (tokens[k + 3]?.kind === 'digits' || isNumberWord(tokens[k + 3]?.lower ?? '')))
    || (/^(a|an|its|their|the)$/.test(tokens[k + 1]?.lower ?? '') && WRITINGS.test(tokens[k + 2]?.lower ?? ''))
    // ("the government released findings that an estimated 1,427 people died": findings with their clause)
    || (/^(findings|data|figures|statistics|numbers)$/.test(tokens[k + 1]?.lower ?? '') && /^(that|showing)$/.test(tokens[k + 2]?.lower ?? ''))
    // ("BNPB released the latest data on the death toll from flash floods …": the data on a toll named after it)
    || (/^(the|its|their|new)$/.test(tokens[k + 1]?.lower ?? '') && /^(latest|new|updated|official|preliminary)$/.test(tokens[k + 2]?.lower ?? '')
      && /^(data|figures|statistics|numbers)$/.test(tokens[k + 3]?.lower ?? '') && /^(on|of|about)$/.test(tokens[k + 4]?.lower ?? '') && tollObjectAfter(tokens, k + 4, 3)));
  // ("…, pointing out that they are confirmed …", "…, points out the mission report.": pointing out is saying)
  // ("AP evidence points to 600 dead", "Study points to at least 3,000 deaths": what a finding points to, a count right after)
  if (/^(points|pointed|point)$/.test(w) && tokens[k + 1]?.lower === 'to' && (isCountToken(tokens[k + 2]) || /^(at|more|over|about|around|some|nearly|almost|up)$/.test(tokens[k + 2]?.lower ?? ''))
    && /^(evidence|data|study|studies|research|investigation|analysis|figures|records|report|reports|survey|findings)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  if (/^(pointing|points|pointed)$/.test(w)) return tokens[k + 1]?.lower === 'out' && (tokens[k + 2]?.lower === 'that' || tokens[k - 1]?.text === ',');
  // ("For the latest 12-month period reported, …": a participle on a span of time, no saying)
  // (but "A … cable filed on the same day estimated 180–500 deaths": a time adverbial's noun, the verb's count after it)
  if (/ed$/.test(w) && /^(period|periods|month|months|week|weeks|year|years|day|days|quarter|quarters|season|seasons)$/.test(before)
    && !(tokens.slice(Math.max(0, k - 4), k - 1).some((t) => t.lower === 'on') && (isCountToken(tokens[k + 1]) || /^(at|more|over|about|around|some|nearly|almost|up|between)$/.test(tokens[k + 1]?.lower ?? '')))) return false;
  // ("one of the most powerful typhoons ever recorded": a participle of the thing, no saying)
  if (tokens[k - 1]?.lower === 'ever') return false;
  // ("As authorities announced an investigation into the blaze, a fire … killed more than 113": announcing a thing
  // that is no toll nor a writing says no figure)
  if (/^(announced|announces|announce|announcing)$/.test(w) && /^(a|an)$/.test(tokens[k + 1]?.lower ?? '') && !tollObjectAfter(tokens, k, 4)
    && !WRITINGS.test(tokens[k + 2]?.lower ?? '') && !tokens.slice(k + 1, k + 5).some((t) => CASUALTY_AFTER[t.lower] || t.kind === 'digits')) return false;
  // ("a new investigation by the United Nations has doubled the number of victims to more than 207": doubling a toll is
  // saying it; never "doubled its efforts")
  if (/^(doubled|doubles|tripled|triples)$/.test(w)) return !isPassive(tokens, k) && tollObjectAfter(tokens, k, 3);
  // ("The discovery … has raised the question of how …": raising a toll is saying it, raising a question is not)
  if (/^(raised|raises|raise|raising)$/.test(w) && /^(the|a|an)$/.test(tokens[k + 1]?.lower ?? '') && !tollObjectAfter(tokens, k, 4)) return false;
  // ("The chief minister announced a compensation of Rs 4 lakh for the families of 4 people who died": who announces
  // aid or mourning for the dead reacts to the deaths and gives no toll)
  if (/^(announced|announces|announce|announcing)$/.test(w) && tokens.slice(k + 1, k + 4).some((t) => DECLARED_FOR_THE_DEAD.test(t.lower))) return false;
  // ("Yemeni medics update toll in Israeli strikes to 6 dead": the plain verb only with the toll it updates; "an
  // update" is a noun)
  if (w === 'update') return !/^(the|a|an|latest|new|last|this|that|its|their|daily)$/.test(before) && tokens[k + 1]?.kind === 'word' && tollObjectAfter(tokens, k, 3);
  // ("the enclave, which the United Nations had declared a safe zone": declaring a thing to be so is no saying)
  if (/^(declared|declares|declare)$/.test(w) && /^(a|an)$/.test(tokens[/^[“"]$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1]?.lower ?? '')) return false;
  // ("The city declared three days of mourning following the attacks, which killed …": mourning, an emergency or a
  // curfew declared is no saying)
  if (/^(declared|declares|declare)$/.test(w) && tokens.slice(k + 1, k + 6).some((t) => DECLARED_FOR_THE_DEAD.test(t.lower))) return false;
  // ("…: State-by-State Updates": "updates" that close a text are a label of the story)
  if (/^updates?$/.test(w) && endsAt(tokens, k + 1)) return false;
  // ("earlier police reports listed the death toll at 19": listing a toll is saying it)
  // ("a South Korean government report listed 163 dead or missing": or the count it lists, with its fate, after a writing)
  // ("Previously, Louisiana had listed 1,577 deaths": or after a perfect's auxiliary)
  if (/^(listed|lists)$/.test(w)) return (tokens[k + 1]?.lower === 'the' && TOLL_OBJECT.test(tokens[k + 2]?.lower ?? ''))
    || (isCountToken(tokens[k + 1]) && CASUALTY_AFTER[tokens[k + 2]?.lower ?? ''] !== undefined && (WRITINGS.test(tokens[k - 1]?.lower ?? '') || SAY_NOUNS.has(tokens[k - 1]?.lower ?? '')
      || (/^(had|has|have)$/.test(tokens[k - 1]?.lower ?? '') && (/^\p{Lu}/u.test(tokens[k - 2]?.text ?? '') || speakerEndsSubject(tokens, k - 1)))))
    // ("the National Registry of Missing and Unlocated Persons listed 121,643 people as disappeared": or the people it
    // lists as harmed, after who keeps the list)
    || ((/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') || WRITINGS.test(tokens[k - 1]?.lower ?? '') || SAY_NOUNS.has(tokens[k - 1]?.lower ?? '') || isSpeakerWord(tokens[k - 1]?.lower ?? ''))
      && tokens.slice(k + 1, k + 7).some((t, d) => t.lower === 'as' && CASUALTY_AFTER[tokens[k + 2 + d]?.lower ?? ''] !== undefined && d > 0
        && tokens.slice(k + 1, k + 1 + d).some((x) => isCountToken(x)) && tokens.slice(k + 1, k + 1 + d).every((x) => x.kind !== 'punct' || x.text === ',')));
  // ("…, four with rubber bullets, it continued.": only closing the sentence after its speaker)
  if (w === 'continued') return endsAt(tokens, k + 1) && tokens[k - 2]?.text === ',';
  // ("This evidence adds to the mounting tragedy": adding to something says nothing)
  if (/^(adds|added|adding|add)$/.test(w) && tokens[k + 1]?.lower === 'to') return false;
  // ("the United States accepted responsibility for a further 11 deaths": the deaths it owns to, never "accepted the offer")
  if (/^accept(ed|s)$/.test(w)) return tokens[k + 1]?.lower === 'responsibility' && tokens[k + 2]?.lower === 'for' && tokens.slice(k + 3, k + 6).some((t) => t.kind === 'digits' || isNumberWord(t.lower));
  // ("Amnesty gave a death toll of more than 100", "the UN late on Saturday gave a figure": giving a figure is saying it)
  // ("gave an update: 12 dead": a written account of the toll too; "gives provisional casualty data for each country:")
  // ("Li also provided a breakdown of the death toll, including 161 in …": or its breakdown)
  if (/^(provides|provided)$/.test(w)) return !isPassive(tokens, k) && (tollObjectAfter(tokens, k, 4) || tokens.slice(k + 1, k + 3).some((t) => /^(breakdown|update|account)$/.test(t.lower)));
  // ("had earlier given a death toll of five")
  // ("media outlets … gave 16 and 20 fatalities as the body count": or counts of the harmed themselves)
  // ("some sources give 562 deaths": or in the present)
  if (/^(gave|gives|giving|give)$/.test(w) || (w === 'given' && /^(has|have|had|earlier|also)$/.test(tokens[k - 1]?.lower ?? ''))) return tollObjectAfter(tokens, k, 4) || tokens.slice(k + 1, k + 5).some((t) => /^(update|statement|briefing|account|breakdown|details|data)$/.test(t.lower))
    || (/^(gave|gives|giving|give)$/.test(w) && isCountToken(tokens[k + 1]) && tokens.slice(k + 2, k + 5).some((t) => /^(fatalities|deaths|dead|casualties)$/.test(t.lower)));
  // ("placed the number of soldiers killed and wounded at more than 800": putting a figure is saying it)
  // ("Unicef places the number of people still missing at about 8,500")
  // ("Official British Raj sources placed the fatalities at 379": or the harmed themselves, at a count)
  // ("Independent estimates … place the death toll higher, at more than 5,000": the plain present too)
  if (w === 'placed' || w === 'places' || w === 'place') return tokens[k + 1]?.lower === 'the' && (TOLL_OBJECT.test(tokens[k + 2]?.lower ?? '')
    || (/^(fatalities|deaths|dead|injured|wounded|injuries|missing)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'at'));
  // ("the village head identified as Alhaji Maiyara": a name given, not a saying)
  if (/^identifie[sd]$/.test(w) && tokens[k + 1]?.lower === 'as') return false;
  // '"…," the post reads': only a written thing reads
  if (w === 'reads' || w === 'read') return WRITINGS.test(tokens[k - 1]?.lower ?? '');
  // "The ministry highlighted the toll of …", "… highlight that": never "Her ordeal highlights the tactics of a group accused of killing"
  // ("The report also highlighted a wave of kidnappings, with 438 people abducted", "highlighted instances of looting
  // …, resulting in the deaths of 19 officers": or, by a written report, the harms it tells of)
  const reportHighlights = tokens.slice(Math.max(0, k - 3), k).some((t) => /^(report|study|survey|review|statement|investigation)$/.test(t.lower))
    && tokens.slice(k + 1, k + 5).some((t) => /^(killings|kidnappings|abductions|instances|cases)$/.test(t.lower));
  if (/^highlight/.test(w) && !reportHighlights && !tokens.slice(k + 1, k + 5).some((t) => t.kind === 'digits' || /^(that|toll|tolls|figure|figures|number|deaths|death|casualties|losses)$/.test(t.lower))) return false;
  // "with some outlets saying nine people had been killed": the tagger may take it for a noun
  // ("with some residents claiming more than 200 corpses were buried")
  if ((w === 'saying' || w === 'reporting' || w === 'claiming') && (tokens[k + 1]?.kind === 'digits' || /^(that|as|up|more|over|at|about|some|nearly|almost|another)$/.test(tokens[k + 1]?.lower ?? '') || isNumberWord(tokens[k + 1]?.lower ?? ''))) return true;
  // ("six are dead and 21 are missing, state mining officials are reporting.": the progressive, closing the sentence)
  if ((w === 'saying' || w === 'reporting') && /^(are|is|were|was)$/.test(before) && (!tokens[k + 1] || /^[.!?]$/.test(tokens[k + 1].text))) return true;
  // "The city's confirmed death toll", "the reported deaths": an adjective, not a say-verb
  // ("from an initially reported 22": an adverb may stand between)
  // ("Among the newly identified deceased are two males": the same)
  // ("The highest confirmed death toll was 59": and a superlative)
  // ("with the most commonly cited number of 21,768": or how often)
  const det = /^(initially|previously|originally|officially|earlier|widely|first|newly|formally|positively|highest|lowest|largest|greatest|biggest|smallest|commonly|often|frequently|usually|generally)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  const participle = /^(confirmed|reported|estimated|recorded|registered|verified|documented|attributed|alleged|claimed|identified|cited)$/.test(w);
  // ("raised the death toll to 39, 37 of them identified": a part of the count, and what was done to it)
  if (participle && /^(them|whom)$/.test(before) && tokens[k - 2]?.lower === 'of') return false;
  // ("the number of soldiers confirmed to have died", "soldiers confirmed dead": a participle on the people it tells
  // the fate of, no saying)
  // ("The number of persons now confirmed dead": a word of when between)
  const who = /^(now|so|officially|since)$/.test(before) ? tokens[k - 2]?.lower ?? '' : before;
  if (participle && isPersonWord(who) && ((tokens[k + 1]?.lower === 'to' && /^(have|be)$/.test(tokens[k + 2]?.lower ?? '')) || /^(dead|killed|missing|injured|wounded|deceased)$/.test(tokens[k + 1]?.lower ?? ''))) return false;
  // ("Tragic Event … Results in Estimated 600 Fatalities": after a preposition, a qualifier of the count)
  if (w === 'estimated' && /^(in|into|to|at|for|with|from|by)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("there was one confirmed death in Polk County, 12 unconfirmed deaths in …": after a count, before its noun)
  if (participle && (tokens[k - 1]?.kind === 'digits' || isNumberWord(before)) && CASUALTY_AFTER[tokens[k + 1]?.lower ?? ''] !== undefined) return false;
  // ("almost all confirmed or ‘Credible’ civilian harm events": after a quantifier too)
  if (participle && (/['’]s$/.test(tokens[det]?.text ?? '') || /^(the|a|an|its|their|his|her|our|all|most|many|some|these|those|other|of)$/.test(tokens[det]?.lower ?? ''))) return false;
  // ("Total confirmed deaths is 3,508", "New reported cases rose", "1,145,906 confirmed cases": a participle between
  // modifiers of what is counted)
  // ("Cumulative verified civilian deaths: 28,700": or a word on the noun between)
  const nounAt = tokens[k + 1]?.kind === 'word' && !isNumberWord(tokens[k + 1].lower) && !/^(deaths?|cases|casualties|fatalities|injuries|infections|dead|toll)$/.test(tokens[k + 1].lower) ? k + 2 : k + 1;
  if (participle && /^(deaths?|cases|casualties|fatalities|injuries|infections|dead|toll)$/.test(tokens[nounAt]?.lower ?? '')
    && (k === 0 || tokens[k - 1].kind === 'punct' || tokens[k - 1].kind === 'digits' || /^(total|cumulative|overall|new|probable|suspected|additional|officially|daily|weekly|official|final|latest|provisional)$/.test(tokens[k - 1].lower))) return false;
  // ("at least 185 verified attacks on health services have occurred": a participle between a count and its noun)
  // ("has recorded through Saturday nine confirmed heat deaths": or a word on the noun between)
  if (participle && (tokens[k - 1]?.kind === 'digits' || isNumberWord(tokens[k - 1]?.lower ?? '')) && tokens[k + 1]?.kind === 'word'
    && (tags[k + 1]?.has('Plural') || (tags[k + 2]?.has('Plural') && tokens[k + 2].kind === 'word')) && !/^(by|that|to|in|on|at|as)$/.test(tokens[k + 1].lower)) return false;
  // ("the cumulative number of cholera cases reported from January": a participle after what is counted)
  if (participle && /^(cases|deaths|infections|incidents|injuries|fatalities|casualties|attacks|killings|victims)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("X accused the coalition of carrying out strikes that killed 30": an accuser says what it charges;
  // never "the accused", nor one accused of the deed)
  if (/^accus/.test(w)) return tokens[k + 1]?.lower !== 'of' && tokens.slice(k + 2, k + 8).some((t) => t.lower === 'of') && !/^(the|an?|was|were|is|are|been|being)$/.test(tokens[k - 1]?.lower ?? '');
  // ("Other videos posted on social media showed two bodies": what was posted, not who posts)
  // ("Photographs posted on social media showed several bodies")
  if (/^(posted|posts)$/.test(w) && /^(videos?|photos?|photographs?|images?|footage|pictures?|clips?|posts?)$/.test(tokens[k - 1]?.lower ?? '')) return false;
  // ("Eight guards posted at gate 4": people posted somewhere are on duty there, saying nothing)
  if (w === 'posted' && /^(at|to|near|along|outside|inside|around|beside|across)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("with survivors indicating that over 60 individuals … are still unaccounted for")
  if (w === 'indicating') return tokens[k + 1]?.lower === 'that';
  // ("gave a higher toll, telling AFP news agency that 14 …": telling someone what follows)
  if (w === 'telling') return tokens.slice(k + 1, k + 6).some((t) => t.lower === 'that' || t.kind === 'digits');
  // "The blast claimed the lives of 40 people": claiming lives is killing, not saying
  // ("has claimed at least 36 lives": a bound between)
  if (/^claim(s|ed|ing)?$/.test(w) && tokens.slice(k + 1, k + 6).some((t) => /^(lives|life|victims)$/.test(t.lower))) return false;
  // "No one claimed the attack", "claimed responsibility": a claim of the deed, not a saying
  // ("JNIM claimed responsibility for killing nearly 300 individuals": but the toll it claims to have dealt is its saying)
  const claimsToll = tokens[k + 1]?.lower === 'responsibility' && tokens[k + 2]?.lower === 'for' && /^(killing|wounding|kidnapping|abducting)$/.test(tokens[k + 3]?.lower ?? '');
  if (/^claim(s|ed|ing)?$/.test(w) && !claimsToll && tokens.slice(k + 1, k + 4).some((t) => /^(responsibility|credit|attack|attacks|bombing|bombings|blast|killing|killings|assault)$/.test(t.lower))) return false;
  // "the three most-hit states": a noun, unless a clause or a quote follows ("the report states that")
  // (but "Sky News states 82 killed", "The report states 82 were killed": a count right after, a speaker before)
  const statesCount = isCountToken(tokens[k + 1]) && (/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') || SAY_NOUNS.has(before) || isSpeakerWord(before) || /^(it|he|she)$/.test(before));
  if (w === 'states' && !statesCount && !/^(that|:|"|“)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  // ("Killing Fields is the name given to a number of sites …": a name given says no figure)
  if (w === 'given' && /^(name|names|title|label|nickname|term)$/.test(before)) return false;
  // ("the Islamic State posted photographs of all the 20 foreigners that were killed": pictures put up say no figure)
  if (/^(posted|posts|post|tweeted|tweets)$/.test(w) && tokens.slice(k + 1, k + 3).some((t) => /^(photos?|photographs?|pictures?|images?|videos?|footage|clips?)$/.test(t.lower))) return false;
  // ("shared on Facebook that 13 children …", "shared in a Friday update that …": sharing what a clause says; never
  // "shared a photo")
  if (/^shar(ed|es)$/.test(w)) {
    for (let j = k + 1; j < tokens.length && j - k <= 8; j++) {
      if (tokens[j].lower === 'that') return true;
      if (tokens[j].kind !== 'word') return false;
    }
    return false;
  }
  if (SAY_WITH_CLAUSE.has(w)) {
    // ("Al Jazeera also learned on Tuesday that …": when, between the verb and its clause)
    // ("…, an inquest jury found in 2016.": or the year)
    // ("The Trial Chamber is satisfied beyond reasonable doubt that …": or a court's measure of proof)
    const when = /^(on|last|this|late|early)$/.test(tokens[k + 1]?.lower ?? '') && TIME_WORDS.test(tokens[k + 2]?.lower ?? '') ? 2 : TIME_WORDS.test(tokens[k + 1]?.lower ?? '') ? 1
      : tokens[k + 1]?.lower === 'in' && /^(19|20)\d\d$/.test(tokens[k + 2]?.text ?? '') ? 2
      : tokens[k + 1]?.lower === 'beyond' && /^(a|all)$/.test(tokens[k + 2]?.lower ?? '') && tokens[k + 3]?.lower === 'reasonable' && tokens[k + 4]?.lower === 'doubt' ? 4
      : tokens[k + 1]?.lower === 'beyond' && tokens[k + 2]?.lower === 'reasonable' && tokens[k + 3]?.lower === 'doubt' ? 3 : 0;
    const next = tokens[k + 1 + when];
    // "found that", or a figure right after "suggesting" ("suggesting as many as 90 have been killed") or "believes"
    // ("Israel believes at least 43 are dead"; never "We believe 12 people died", a belief no one named holds)
    // ("Fire officials believe all 179 people, who could not be rescued, died": all of a count)
    // ("the toll provided by X spoke of at least 500 deaths", "family members have spoken of 12 presumed dead")
    // ("the embassy informed about the death of 2 citizens": what it informed of; never "were informed of", the told)
    // ("Mediazona … established the names of 24,470 Russian soldiers who had been killed": a count of the named dead)
    const spokeOf = (/^(spoke|spoken|speaks|speak)$/.test(w) && next?.lower === 'of') || (/^(learned|learnt)$/.test(w) && /^(of|about)$/.test(next?.lower ?? ''))
      || (/^(established|establishes)$/.test(w) && next?.lower === 'the' && tokens[k + 2 + when]?.lower === 'names' && tokens[k + 3 + when]?.lower === 'of')
      || (/^(informed|informs)$/.test(w) && /^(of|about)$/.test(next?.lower ?? '') && !AUXILIARIES_BEFORE_VERB.test(tokens[k - 1]?.lower ?? ''));
    // ("…, the data showed.": closing the sentence after what it showed)
    // ("…, the MoD concluded.": likewise)
    // ("…, a medical examiner determined.")
    // ("…, a survey by ActionAid found.", never "…, where five bodies were found.")
    // ("…, AP evidence suggests.")
    // ("…, he informed.": the same; "…, the Palestinian Health Ministry informs", a headline's present)
    // ('"…," he specified.')
    // ("…, a report by the UN Human Rights Office has found.": a perfect's auxiliary after who found it)
    const perfect = /^(has|have)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k - 2]?.kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(tokens[k - 2].lower) ? 1 : 0;
    // ("…, reports from local health authorities indicate.": a plural's present)
    // ("…, government data showed on Monday, as family groups called on …": a clause of when or why after it)
    // ("…, a UN panel later finds, putting the toll at 10,000 to 15,000": or a participle of the one who found it)
    const clauseAfter = (tokens[k + 1 + when]?.text === ',' && /^(as|while|amid|when|after|with|putting|placing|raising|citing|adding|saying)$/.test(tokens[k + 2 + when]?.lower ?? ''))
      // ("…, the United Nations Assistance Mission in Afghanistan (UNAMA) found in a report.": where it was found, closing)
      || (tokens[k + 1 + when]?.lower === 'in' && /^(a|an|its|the|their)$/.test(tokens[k + 2 + when]?.lower ?? '') && /^(report|statement|study|review|survey|analysis)$/.test(tokens[k + 3 + when]?.lower ?? '') && endsAt(tokens, k + 4 + when));
    const closing = /^(showed|shows|show|concluded|concludes|determined|determines|found|finds|suggests|suggested|indicates|indicated|indicate|informed|informs|specified|recalled|recalls)$/.test(w) && (endsAt(tokens, k + 1 + when) || clauseAfter) && tokens[k - 1 - perfect]?.kind === 'word'
      && !AUXILIARIES_BEFORE_VERB.test(tokens[k - 1 - perfect].lower);
    // ("…, trapped workers found": people found, never who found something out)
    const peopleFound = /^(found|finds)$/.test(w) && /^(trapped|missing|stranded|injured|dead|buried|lost|more)$/.test(tokens[k - 2]?.lower ?? '');
    // ("…, images from the area show.": what pictures show, no one says)
    const pictured = /^(showed|shows|show)$/.test(w) && tokens.slice(Math.max(0, k - 5), k).some((t) => /^(images?|photos?|photographs?|pictures?|videos?|footage|clips?)$/.test(t.lower));
    if (closing && !peopleFound && !pictured) return true;
    // ("…, a senior medical official has informed the BBC.": the one informed closing the sentence, as "told" reads)
    // ("…, informed the state Chief Minister's office.": or inverted after a comma, who informs closing the sentence)
    // ("…, informed TIA’s Rescue Co-ordination Centre.": or a name)
    const inverted = tokens[k - 1]?.text === ',' && (/^(the|a|an)$/.test(tokens[k + 1]?.lower ?? '') || /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''));
    if (/^(informed|informs)$/.test(w) && (inverted || (tokens[k - 1 - perfect]?.kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(tokens[k - 1 - perfect].lower)))) {
      let e = k + 1;
      // ("…, the minister informed the Assembly in a written reply": or an adjunct after the one informed, as "told" reads)
      while (e < tokens.length && e - k <= (inverted ? 8 : 4) && (tokens[e].kind === 'word' || (inverted && /^[-’']$/.test(tokens[e].text))) && !ADJUNCT_OPENERS.test(tokens[e].lower)) e++;
      if (e > k + 1 && (endsAt(tokens, e) || restIsAdjunct(tokens, e))) return true;
    }
    // ("Relatives informed Airwars and others that …": the one informed, then what)
    // ("she reminds the court that two survivors have since taken their own lives": or reminded of it)
    const informedThat = /^(informed|informs|reminds|reminded|remind)$/.test(w) && tokens.slice(k + 1, k + 6).some((t) => t.lower === 'that') && !tokens.slice(k + 1, k + 6).some((t) => t.kind === 'punct');
    // ("unofficial reports indicate a toll exceeding 130 deaths", "figures show a death toll of 40": a toll as its object)
    // ("Data compiled by ACLED show at least 1,700 civilians killed": data that show a figure straight after the verb)
    // ("AP Investigation Shows Around 600 Dead": an inquiry's findings, the same)
    // ("Initial reports indicate nearly 40 doctors have sustained injuries": reports, the same)
    // ("its weekly heat report, which showed an additional 20 deaths", "found an extra 232 deaths": or a count of more)
    const moreOf = (/^(an|a|another)$/.test(next?.lower ?? '') && /^(additional|extra|further|estimated)$/.test(tokens[k + 2]?.lower ?? '') && isCountToken(tokens[k + 3]))
      || (next?.lower === 'another' && isCountToken(tokens[k + 2]));
    const dataShow = /^(show|shows|showed|indicate|indicates|indicated)$/.test(w) && (next?.kind === 'digits' || /^(at|more|over|about|around|some|nearly|almost|roughly)$/.test(next?.lower ?? '') || moreOf)
      && tokens.slice(Math.max(0, k - 10), k).some((x, d, all) => /^(data|figures|statistics|records|numbers|tallies|counts|investigations?|analysis|analyses|study|studies|surveys?|reviews?|probes?|research|evidence|documents|reports?)$/.test(x.lower) && all.slice(d).every((y) => y.kind === 'word' || (y.text === ',' && all[d + 1]?.lower === 'which')));
    // (the tagger may take "data show" for one noun)
    if (dataShow) return true;
    // ("Data shows last year, there were 15 confirmed heat-related deaths": a clause of "there were" with no "that",
    // a few words of when before it)
    if (/^(show|shows|showed|indicate|indicates|indicated)$/.test(w) && /^(data|figures|statistics|records|numbers)$/.test(tokens[k - 1]?.lower ?? '')) {
      let j = k + 1;
      while (j - k <= 5 && tokens[j]?.kind === 'word' && tokens[j].lower !== 'there') j++;
      if (tokens[j]?.text === ',' && j > k + 1) j++;
      if (tokens[j]?.lower === 'there' && /^(were|was|are|is|have|has|had)$/.test(tokens[j + 1]?.lower ?? '')) return true;
    }
    const tollShown = /^(indicate|show|shows|showed|suggest|suggests|suggested)$/.test(w) && /^(a|an|the)$/.test(next?.lower ?? '') && tollObjectAfter(tokens, k + 1, 2);
    // ("An Associated Press investigation has found evidence that the attack … killing closer to 600")
    // ("The journalists also found out that …": finding out is finding)
    const evidenceThat = /^(found|finds|find)$/.test(w) && /^(evidence|out)$/.test(next?.lower ?? '') && tokens[k + 2 + when]?.lower === 'that';
    // ("the study concludes with 90% certainty that …": how sure, before the clause)
    const sureThat = next?.lower === 'with' && tokens.slice(k + 2 + when, k + 7 + when).some((t, d, all) => t.lower === 'that' && all.slice(0, d).every((x) => x.kind !== 'punct' || x.text === '%'));
    // ("Jury finds 96 Liverpool fans 'unlawfully killed'": what a finding body finds, a count straight after)
    // ("A re-examination of mortality figures found an extra 232 deaths": the finding body further back, past what it
    // examined, and a count of more)
    // (the finder opens its clause: never "Officers responding to a report of a possible shooting found three people dead")
    const from = Math.max(0, k - 6);
    const finder = FINDERS.test(tokens[k - 1]?.lower ?? '') || tokens.slice(from, k).some((x, d, all) => FINDERS.test(x.lower) && all[d + 1]?.lower === 'of' && all.slice(d).every((y) => y.kind === 'word')
      && /^(a|an|the)$/.test(tokens[from + d - 1]?.lower ?? '') && (from + d - 1 === 0 || tokens[from + d - 2]?.kind === 'punct'));
    const bodyFinds = /^(finds|found)$/.test(w) && finder
      && (next?.kind === 'digits' || isNumberWord(next?.lower ?? '') || /^(at|more|over|about|around|some|nearly|almost)$/.test(next?.lower ?? '') || moreOf);
    // ("Analysts believe the nine-month fight for Bakhmut alone have cost the lives of tens of thousands": a clause with
    // no "that", after who believes it)
    // ("Independent researchers who analysed satellite images … believe the true toll …": or after a relative clause on them)
    const believers = isSpeakerWord(tokens[k - 1]?.lower ?? '') || tokens.slice(Math.max(0, k - 9), k - 2).some((x, d, all) => x.lower === 'who'
      && isSpeakerWord(tokens[Math.max(0, k - 9) + d - 1]?.lower ?? '') && all.slice(d + 1).every((y) => y.kind === 'word' || y.text === ',') && tokens[k - 1]?.lower !== 'and');
    const believedClause = /^(believe|believes)$/.test(w) && /^(the|a|an)$/.test(next?.lower ?? '') && believers;
    // ("Frederick Taylor argued the real toll was between 25,000 and 40,000": a toll's clause with no "that")
    const tollClause = /^(argued|argues|maintained|maintains|asserted|asserts|concluded|concludes)$/.test(w) && next?.lower === 'the'
      && tokens.slice(k + 2 + when, k + 6 + when).some((t, d) => /^(toll|number|figure|count|tally|total)$/.test(t.lower)
        && /^(was|is|were|stood|stands|had|has)$/.test(tokens[k + 3 + when + d]?.lower ?? '') && tokens.slice(k + 2 + when, k + 2 + when + d).every((x) => x.kind === 'word'));
    // ("The US Geological Survey's modelling suggests deaths could exceed 10,000": a clause of the deaths, with no
    // "that")
    // ("Researchers found the heatwave of 2022 caused 61,672 excess deaths": a cause's clause with no "that", after who
    // found it, a few words of the cause before its verb)
    const causedClause = /^(found|finds|showed|shows|concluded|concludes|estimated|estimates|calculated|calculates)$/.test(w) && /^(the|a|an|this|that)$/.test(next?.lower ?? '')
      && tokens[k - 1]?.kind === 'word' && (isSpeakerWord(tokens[k - 1].lower) || FINDERS.test(tokens[k - 1].lower) || /^(researchers|scientists|analysts|experts|academics|epidemiologists|authors)$/.test(tokens[k - 1].lower))
      && tokens.slice(k + 2 + when, k + 9 + when).some((t, d, all) => /^(caused|killed|led|resulted|claimed|contributed)$/.test(t.lower) && d > 0 && all.slice(0, d).every((x) => x.kind === 'word' || x.kind === 'digits'));
    const deathsClause = /^(suggest|suggests|suggested|indicate|indicates|indicated|show|shows|showed)$/.test(w) && /^(deaths|casualties|fatalities)$/.test(next?.lower ?? '')
      && /^(could|may|might|would|will|have|had|were|are|exceed|exceeded|topped|reached|rose|numbered)$/.test(tokens[k + 2 + when]?.lower ?? '');
    // ("the quake, which some rescuers believe killed more than 10,000": a belief in a relative clause, its subject between
    // the pronoun and the verb)
    const believedKilled = /^(believe|believes|believed)$/.test(w) && /^(killed|wounded|injured|left)$/.test(next?.lower ?? '')
      && tokens.slice(Math.max(0, k - 5), k).some((t, d, all) => /^(that|which)$/.test(t.lower) && d < all.length - 1 && all.slice(d + 1).every((x) => x.kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(x.lower)));
    // ("The Trial Chamber found the accused guilty of the murder of at least 33 civilians": a verdict's count)
    const guiltyOf = /^(found|finds)$/.test(w) && FINDERS.test(tokens[k - 1]?.lower ?? '') && tokens.slice(k + 1, k + 8).some((t, d, all) => t.lower === 'guilty' && all[d + 1]?.lower === 'of');
    if (!next || !(next.lower === 'that' || next.text === ':' || guiltyOf || believedKilled || believedClause || tollClause || deathsClause || causedClause || evidenceThat || sureThat || bodyFinds || informedThat || spokeOf || tollShown || (((/^suggest(?:ing|s|ed)?$/.test(w) && (w === 'suggesting' || !INFORMING_NOUNS.has(tokens[k - 1]?.lower ?? ''))) || w === 'believes' || /^(mentioned|mentions)$/.test(w) || (w === 'believe' && !/^(we|i|you)$/.test(tokens[k - 1]?.lower ?? ''))) && (next.kind === 'digits' || isNumberWord(next.lower) || /^(as|up|more|over|at|about|some|nearly|almost)$/.test(next.lower) || (next.lower === 'all' && isCountToken(tokens[k + 2 + when])))))) return false;
  }
  // "reported dead", "said dead": agentless, no source
  // (but "said to news agency PTI that 116 people have died", "reported to me by the doctors" say it to someone)
  // ("Death toll in Puerto Rico estimated to be nearly 3,000": what is estimated, not who estimates)
  if (/^(estimated|believed|thought)$/.test(w) && tokens[k + 1]?.lower === 'to' && /^(be|have)$/.test(tokens[k + 2]?.lower ?? '')) return false;
  // (and "a raid that Palestinian officials said killed more than 200": the verb of a relative clause, with its subject
  // between the pronoun and the saying)
  const relativeSaying = /^(killed|wounded|injured|left)$/.test(tokens[k + 1]?.lower ?? '')
    && tokens.slice(Math.max(0, k - 5), k).some((t, d, all) => /^(that|which)$/.test(t.lower) && d < all.length - 1
      && all.slice(d + 1).every((x) => x.kind === 'word' && !/^(was|were|is|are|been|be|being)$/.test(x.lower)));
  // (but "reported missing by the state news agency": with its agent after the fate)
  const fateBy = w === 'reported' && /^(dead|missing)$/.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'by';
  if ((w === 'reported' || w === 'said' || w === 'declared') && /^(dead|killed|missing|wounded|injured|to)$/.test(tokens[k + 1]?.lower ?? '') && !relativeSaying && !fateBy
    && !(tokens[k + 1].lower === 'to' && !/^(be|have)$/.test(tokens[k + 2]?.lower ?? '') && (tokens.slice(k + 2, k + 7).some((t) => t.lower === 'that') || tokens[k + 3]?.lower === 'by'))) return false;
  // "The UN estimates that …": a clause after it makes it the verb
  if (tokens[k + 1]?.lower === 'that' && !/^(the|a|an|its|their|his|her)$/.test(tokens[k - 1]?.lower ?? '')) return true;
  // ("Research from US universities, however, estimates the death toll at …": after a connective
  // between commas the word is the verb)
  if (tokens[k - 1]?.text === ',' && tokens[k - 3]?.text === ',' && /^(however|meanwhile|though|instead|nevertheless|separately|also)$/.test(tokens[k - 2]?.lower ?? '')) return true;
  // ("12 dead, says police": the tagger may take an inverted "says" after a comma for a plural noun)
  if (w === 'says' && tokens[k - 1]?.text === ',') return true;
  // ("… were quashed following the 2012 Hillsborough Independent Panel report.": a writing's name that closes the
  // sentence, its article before it)
  if (/^(report|reports)$/.test(w) && endsAt(tokens, k + 1)) {
    let a = k - 1;
    while (a > 0 && k - a <= 6 && (tokens[a].kind === 'word' || tokens[a].kind === 'digits') && !/^(the|a|an|its|their)$/.test(tokens[a].lower)) a--;
    if (/^(the|a|an|its|their)$/.test(tokens[a]?.lower ?? '') && a < k - 1) return false;
  }
  // nouns that share a say-verb's spelling ("a report", "the claims")
  // ("an attack on two military posts": a noun that shares a say-verb's spelling)
  if (['report', 'reports', 'claim', 'claims', 'estimate', 'estimates', 'count', 'counts', 'records', 'update', 'updates', 'notes', 'documents', 'states', 'state', 'posts'].includes(w)) {
    const prev = tokens[k - 1]?.lower;
    // ("I count five serious casualties there", "Officials count 40 deaths": the verb only right after who counts; never
    // after a modal, a tale of counting ("the commander … would count 64 bodies"), nor a count's noun ("their death count"))
    if (w === 'count' && !/^(i|we|they|you)$/.test(prev ?? '') && !(tags[k - 1]?.has('Plural') && tags[k - 1]?.has('Noun'))) return false;
    // ("two military posts": counted, it is the noun)
    if (w === 'posts' && tokens.slice(Math.max(0, k - 3), k).some((t) => t.kind === 'digits' || isNumberWord(t.lower))) return false;
    // ("the General Staff estimates the number of casualties at …": a figure as its object makes it the verb)
    if (/^(estimates|reports|counts|puts)$/.test(w) && tokens[k + 1]?.lower === 'the' && /^(number|toll|death|total|figure|casualties|losses)$/.test(tokens[k + 2]?.lower ?? '')
      && prev !== 'the' && prev !== 'a' && prev !== 'its' && prev !== 'their') return true;
    // ("…, reports the Associated Press.": inverted after a comma, before a name that closes the sentence)
    if (tokens[k - 1]?.text === ',' && tokens[k + 1]?.lower === 'the' && /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) {
      let end = k + 2;
      while (tokens[end]?.kind === 'word' && /^\p{Lu}/u.test(tokens[end].text)) end++;
      if (endsAt(tokens, end)) return true;
    }
    // ("not 90 as the government claims": after "as" and who, it is the verb)
    if (/^(claims|reports|estimates|states)$/.test(w)) {
      let a = k - 1;
      while (a > 0 && k - a <= 4 && tokens[a].kind === 'word' && tokens[a].lower !== 'as') a--;
      if (tokens[a]?.lower === 'as' && a < k - 1 && /^(the|a|an|its|their)$/.test(tokens[a + 1]?.lower ?? '') && isCountToken(tokens[a - 1])) return true;
    }
    // ("…, finds UN report": the noun of an inverted saying, its verb before it)
    if ([k - 1, k - 2, k - 3].some((j) => j > 0 && tokens[j - 1]?.text === ',' && INVERTED_SAYING.test(tokens[j]?.lower ?? ''))) return false;
    // "…, BBC News Russian reports.": after a name, closing the sentence, it is the verb
    if (/^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && endsAt(tokens, k + 1) && tokens[k - 2]?.text !== undefined) return true;
    // ("…, the investigation branch notes.": after who, set off by a comma and closing the sentence, it is the verb)
    if (w !== 'posts' && endsAt(tokens, k + 1)) {
      const the = [2, 3, 4, 5].map((d) => k - d).find((j) => /^(the|a|an)$/.test(tokens[j]?.lower ?? '') && tokens[j - 1]?.text === ',');
      // (never a possessive's noun: "…, the army's field notes.")
      if (the !== undefined && tokens.slice(the + 1, k).every((t) => t.kind === 'word' && !/['’]s?$/.test(t.text))) return true;
    }
    // ("Russia, Ukraine report six civilians killed", "Kyiv and Moscow report six civilians killed": after names, before
    // a count of people, it is the verb)
    if (/^(report|claim|estimate|count)$/.test(w) && /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') && isCountToken(tokens[k + 1])
      && (isPersonWord(tokens[k + 2]?.lower ?? '') || CASUALTY_AFTER[tokens[k + 2]?.lower ?? ''] !== undefined)) return true;
    if (prev === 'a' || prev === 'the' || prev === 'an' || prev === 'its' || prev === 'their' || prev === 'his' || prev === 'her' || tags[k].has('Noun')) return false;
  }
  // ("police had put the death toll at 68": after a perfect's auxiliary the word is the verb)
  // ("Officials had earlier put the number of missing at 94": an adverb of when between)
  const aux = /^(earlier|later|previously|initially|also|already|first|originally)$/.test(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  if (/^(had|has|have)$/.test(tokens[aux]?.lower ?? '') && !/^(the|a|an)$/.test(tokens[aux - 1]?.lower ?? '') && tokens[aux - 1]?.kind === 'word') return true;
  // ("with authorities saying Tuesday that 111,916 …": a participle the tagger takes for a noun, with its clause after a day)
  if (sayParticipleAt(tokens, k) && !/^(the|a|an|this|that|its|their|his|her|old)$/.test(tokens[k - 1]?.lower ?? '')
    && TIME_WORDS.test(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower === 'that') return true;
  return tags[k].has('Verb') || !tags[k].has('Noun');
}

/**
 * Where a saying was made, ending at `at` ("at today's news conference", "during a briefing"): the index before its
 * preposition, else `at`.
 */
/** "told lawmakers in a hearing Tuesday that": the "told" a few words of whom, where and when before `that`, or -1. */
function toldBefore(tokens: Token[], that: number): number {
  for (let k = that - 2; k > 0 && that - k <= 12; k--) {
    if (tokens[k].kind !== 'word' || SAY_VERBS.has(tokens[k + 1].lower)) return -1;
    if (/^(told|tells)$/.test(tokens[k].lower)) return k;
  }
  return -1;
}

function pastVenueOfSaying(tokens: Token[], at: number): number {
  if (!/^(conference|briefing|meeting|hearing|vigil|event)$/.test(tokens[at]?.lower ?? '')) return at;
  for (let k = at - 1; k > 0 && at - k <= 5; k--) {
    if (/^(at|in|during)$/.test(tokens[k].lower)) return k - 1;
    if (tokens[k].kind !== 'word') return at;
  }
  return at;
}

/** A say-verb's participle at `k`: "reporting", "saying". */
function sayParticipleAt(tokens: Token[], k: number): boolean {
  return /^(reporting|saying|announcing|confirming|stating|putting)$/.test(tokens[k]?.lower ?? '');
}

/** The figure follows a comma after the say-clause: "Ukraine says X happened, 295 dead". */
function appendedAfterComma(tokens: Token[], sayIndex: number, figureFirst: number): boolean {
  if (tokens[figureFirst - 1]?.text !== ',') return false;
  // ("Bush said the vast majority, 41 people, were killed": the figure in apposition to the said clause's subject)
  if (/^(majority|rest|remainder|bulk)$/.test(tokens[figureFirst - 2]?.lower ?? '')) return false;
  // "said that since the outbreak began, 2,300 …": the comma is inside what is said
  // ("said on Sunday that while the full extent … is not known, 129 …", "told reporters that": when or whom between)
  for (let j = sayIndex + 1; j < figureFirst && j <= sayIndex + 6 && tokens[j].kind !== 'punct'; j++) if (tokens[j].lower === 'that') return false;
  // ("police chief Suharyono told reporters, 20 bodies had been taken to hospital": whom it was told, then what)
  if (/^(told|tells|tell)$/.test(tokens[sayIndex].lower) && figureFirst - sayIndex <= 5 && tokens.slice(sayIndex + 1, figureFirst - 1).every((t) => t.kind === 'word')
    && (/^(reporters|journalists|media|press|parliament|lawmakers)$/.test(tokens[figureFirst - 2]?.lower ?? '') || /^\p{Lu}/u.test(tokens[sayIndex + 1]?.text ?? ''))) return false;
  // 'said: “As the fire spread, six people died': a quote opened after a colon is all said
  if (speakersOpenQuote(tokens, figureFirst) > sayIndex) return false;
  // ("However, he added, before the clearance operation, 21 passengers were martyred", "In all, officials said, 21 …": a
  // saying in an aside of its own near the sentence's start covers what follows it)
  if (tokens[sayIndex + 1]?.text === ',') {
    let s = sayIndex - 1;
    while (s >= 0 && tokens[s].kind === 'word' && sayIndex - s <= 5) s--;
    if (s < sayIndex - 1 && (s < 0 || (tokens[s].text === ',' && s <= 4 && tokens.slice(0, s).every((t) => t.kind === 'word')))) return false;
  }
  // "As we reported earlier, 14 people died": an as-clause attributes what follows it
  for (let i = sayIndex - 1; i >= Math.max(0, sayIndex - 5); i--) {
    if (tokens[i].lower === 'as' && (i === 0 || tokens[i - 1].kind === 'punct')) return false;
    if (tokens[i].kind === 'punct') break;
  }
  // a list of figures ("Rebels say 3 fighters dead, 10 wounded") stays in the say-clause, and so does
  // one after a single victim ("Police say gunman dead, five injured"), but never the toll after another
  // claim ("Kiev says rebels shelled the airport, 14 dead")
  for (let i = sayIndex + 1; i < figureFirst - 1; i++) {
    if (tokens[i].kind === 'digits' || isNumberWord(tokens[i].lower.split('-')[0])) return false;
  }
  const listed = tokens.slice(sayIndex + 1, figureFirst - 1);
  if (listed.length <= 3 && listed.every((t) => t.kind === 'word') && CASUALTY_AFTER[listed[listed.length - 1]?.lower ?? '']) return false;
  return true;
}

/** A word in title case, hyphenated parts too ("Ukraine", "Guinea-Bissau"): a name in a headline's lead. */
const TITLE_WORD = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)*$/u;

/** Whether the words before the headline's colon at `colon` are names of one or two words set apart by commas, one a known place. */
function placesBeforeColon(tokens: Token[], colon: number): boolean {
  const parts: Token[][] = [[]];
  for (const t of tokens.slice(0, colon)) {
    if (t.text === ',') parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.length >= 2 && parts.every((p) => p.length >= 1 && p.length <= 2 && p.every((t) => TITLE_WORD.test(t.text) && !isSpeakerWord(t.lower)))
    && parts.some((p) => isPlaceName(p.map((t) => t.text).join(' ')));
}

/**
 * The comma that opens an aside closed by the comma at `end`, at most `reach` tokens back and no nearer than two words,
 * whose first words `opens` accepts and which holds only words (or the marks `alsoInside` allows); else -1.
 */
function asideOpening(tokens: Token[], end: number, floor: number, reach: number, opens: (comma: number) => boolean, alsoInside = /^$/): number {
  if (tokens[end]?.text !== ',') return -1;
  return tokens.findIndex((t, j) => j >= Math.max(floor, end - reach) && j < end - 1 && t.text === ',' && opens(j)
    && tokens.slice(j + 1, end).every((x) => x.kind === 'word' || alsoInside.test(x.text)));
}

/**
 * A participle of a writing's release: "a study released from …", "a report published by …", "the toll released by",
 * "a count provided by".
 */
// ("6,402 extrajudicial executions, presented by the JEP")
const PUBLISHED = /^(released|published|issued|provided|presented)$/;

/** The noun phrase that ends right before the verb at k: the subject of a say-verb. */
function subjectBefore(tokens: Token[], tags: Tags[], k: number, floor = 0): [number, number] | null {
  let end = k - 1;
  // ("Beirut, MINA – Lebanese Minister of Health (Menkes), Hamad Hassan, reported": a dateline is no part of who speaks)
  const dateline = datelineEnd(tokens);
  if (dateline > floor && dateline < end) floor = dateline;
  // ('"… 93 people are dead," it said in a statement': right after a quote closed on its comma, "it" is who says it,
  // the body the sentence before named; elsewhere "it" is too often no one)
  if (end - 2 >= floor && tokens[end].lower === 'it' && /^[”"]$/.test(tokens[end - 1].text) && tokens[end - 2].text === ',') return [end, end];
  // ("they've been able to confirm", "the BBC has been able to confirm": ability says nothing of its own)
  for (;;) {
    // ("Australia later explicitly accepted": an adverb of manner says nothing of who)
    // (never an acronym that spells a function word: "CAN said")
    while (end >= floor && ((SKIP_BEFORE_VERB.has(tokens[end].lower) && !tags[end].has('Acronym')) || (/ly$/.test(tokens[end].lower) && tags[end].has('Adverb') && !/^\p{Lu}/u.test(tokens[end].text)))) end--;
    if (end - 1 >= floor && tokens[end].lower === 'to' && /^(able|unable)$/.test(tokens[end - 1].lower)) { end -= 2; continue; }
    // ("The mission has reasonable grounds to believe that …": a commission's grounds or reason, before its belief)
    if (end - 2 >= floor && tokens[end].lower === 'to' && /^(grounds|reason|reasons)$/.test(tokens[end - 1].lower)) {
      let h = end - 2;
      if (/^(reasonable|good|strong|sufficient|every|no)$/.test(tokens[h].lower)) h--;
      if (h >= floor && /^(has|have|had|found|finds|find)$/.test(tokens[h].lower) && tokens[end - 2].lower !== 'no') { end = h; continue; }
    }
    // ("An IS statement on 24 May claimed …": the day and month after who speaks)
    if (end - 2 >= floor && MONTHS.has(tokens[end].lower) && tokens[end - 1].kind === 'digits' && tokens[end - 2].lower === 'on') { end -= 3; continue; }
    // ("The UN has in the past said …": when, between the auxiliary and the verb)
    if (end - 2 >= floor && /^(past|meantime|meanwhile)$/.test(tokens[end].lower) && (tokens[end - 1].lower === 'in' || (tokens[end - 1].lower === 'the' && tokens[end - 2].lower === 'in'))) {
      end -= tokens[end - 1].lower === 'the' ? 3 : 2;
      continue;
    }
    // ("A survey published in The Lancet in 2006 put excess deaths at …": the year is when, read before any other
    // step)
    if (end - 2 >= floor && /^(1[89]|20)\d\d$/.test(tokens[end].text) && tokens[end - 1].lower === 'in' && tokens[end - 2].kind === 'word' && /^\p{Lu}/u.test(tokens[end - 2].text)) { end -= 2; continue; }
    // ("DIG Krishna went on to say that …": going on to say is saying)
    if (end - 2 >= floor && tokens[end].lower === 'to' && tokens[end - 1].lower === 'on' && /^(went|goes|go|going)$/.test(tokens[end - 2].lower)) { end -= 3; continue; }
    // ("We are devastated to confirm", "The agency is saddened to report": how they feel says nothing of who)
    if (end - 2 >= floor && tokens[end].lower === 'to' && /^(devastated|saddened|sad|sorry|grieved|heartbroken|shocked|distressed|pained|horrified|obliged|forced)$/.test(tokens[end - 1].lower)
      && /^(is|are|was|were|am|'re|’re)$/.test(tokens[end - 2].lower)) { end -= 3; continue; }
    // ("Russian military intelligence is said to have placed the number at …": hearsay about who put it)
    if (end - 1 >= floor && tokens[end].lower === 'to' && /^(said|believed|reported|thought|understood|known|alleged)$/.test(tokens[end - 1].lower) && /^(is|was|are|were)$/.test(tokens[end - 2]?.lower ?? '')) { end -= 2; continue; }
    break;
  }
  // ("He based his figures on a Nazi document that reported 202,400 dead": a writing's relative clause; the writing says it)
  if (end - 1 >= floor && /^(that|which)$/.test(tokens[end].lower) && (WRITINGS.test(tokens[end - 1].lower) || /^(document|documents|study|survey|list|cable|memo|record|records|census|tally)$/.test(tokens[end - 1].lower))) {
    let start = end - 1;
    while (start - 1 >= floor && start > end - 6 && tokens[start - 1].kind === 'word' && !/^(on|in|of|at|from|to|by|with|for|that|which|and)$/.test(tokens[start - 1].lower) && !isVerb(tags[start - 1])) start--;
    // ("The ministry issued a statement that said …": a writing someone put out is theirs)
    const issued = /^(a|an|the|its|their)$/.test(tokens[start]?.lower ?? '') ? start - 1 : -1;
    if (issued >= floor && /^(issued|released|published|posted|sent|shared|put)$/.test(tokens[issued]?.lower ?? '')) return subjectBefore(tokens, tags, issued, floor) ?? [start, end - 1];
    return [start, end - 1];
  }
  // ("it is widely anticipated that the current count of 39 fatalities …": an impersonal passive names no one)
  if (end >= floor && tokens[end].lower === 'it' && tokens.slice(end + 1, k).some((t) => /^(is|was|been|being)$/.test(t.lower)) && /(ed|en|wn)$/.test(tokens[k]?.lower ?? '')
    && !/^[”"]$/.test(tokens[end - 1]?.text ?? '')) return null;
  // ("The Nigeria Centre for Disease Control (NCDC), has confirmed": a stray comma after the name's acronym)
  // (never a name in apposition, closed by its comma: "the military media wing, Inter Services Public Relations (ISPR), said")
  if (end - 3 >= floor && tokens[end].text === ',' && tokens[end - 1].text === ')' && /^\p{Lu}{2,}$/u.test(tokens[end - 2].text) && tokens[end - 3].text === '('
    && !tokens.slice(floor, end - 3).some((t) => t.text === ',')) end--;
  // ("Hafiza, said the quake killed …": a stray comma after a name that opens the sentence)
  if (end - 1 >= floor && end - floor <= 3 && tokens[end].text === ',' && tokens.slice(floor, end).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))
    && (floor === 0 || dateline === floor)) end--;
  // ("Russia's Investigative Committee which probes major crimes said Saturday": what the speaker does, in a relative
  // clause with no commas between it and its verb)
  for (let w = end - 1; w - 1 >= floor && end - w <= 5 && tokens[end]?.kind === 'word'; w--) {
    if (tokens[w].kind !== 'word') break;
    if (/^(which|who)$/.test(tokens[w].lower) && tokens[w].text !== 'WHO' && tokens[w - 1].kind === 'word' && isSpeakerWord(tokens[w - 1].lower)
      && tokens[w + 1] && isVerb(tags[w + 1]) && !SAY_VERBS.has(tokens[w + 1].lower)) { end = w - 1; break; }
  }
  // ("Sources familiar with the matter said", "officials briefed on the incident say", "a person with knowledge of the
  // talks said": what the speaker knows, between who speaks and the verb)
  // ("The separatists accused of downing the plane said", "Rebels blamed for the attack said": or what the speaker is
  // blamed for)
  for (let j = end; j - 1 >= floor && end - j <= 8; j--) {
    if (tokens[j].kind !== 'word') break;
    const next = tokens[j + 1]?.lower ?? '';
    const knows = (/^(familiar|close)$/.test(tokens[j].lower) && /^(with|to)$/.test(next)) || (tokens[j].lower === 'briefed' && /^(on|about)$/.test(next))
      || (tokens[j].lower === 'with' && /^(knowledge|direct)$/.test(next));
    const blamed = j < end && /^(accused|suspected|blamed|responsible)$/.test(tokens[j].lower) && /^(of|for)$/.test(next);
    const speaker = tokens[j - 1];
    if ((knows || blamed) && speaker.kind === 'word' && (isSpeakerWord(speaker.lower) || SOURCE_HEADS.has(speaker.lower) || isPersonWord(speaker.lower) || (blamed && PERPETRATORS.test(speaker.lower)))) { end = j - 1; break; }
  }
  // ("Beijing hospital records compiled shortly after the events recorded", "A declassified … cable filed on the same day
  // estimated": a participle's phrase with no commas between the writing and its verb)
  for (let w = end; w - 1 >= floor && end - w <= 6; w--) {
    if (tokens[w].kind !== 'word') break;
    // (never past an agent, an origin or a clause: "Initial reports released by Russian Health Minister Mikhail Murasko stated",
    // "Greenpeace says in a report released on Tuesday that recent studies estimate")
    if (/^(by|from|that|which|who)$/.test(tokens[w].lower)) break;
    if (/ed$/.test(tokens[w].lower) && tags[w].has('Verb') && w < end && tokens[w - 1].kind === 'word'
      && (SAY_NOUNS.has(tokens[w - 1].lower) || /^(records|cable|cables|documents|statistics|study|survey|review|analysis|inquiry|investigation|paper)$/.test(tokens[w - 1].lower))) { end = w - 1; break; }
  }
  // ("The trial of 4,812 patients found that 312 died": the sample a study followed, after its "of", is not who found it)
  if (end - 3 >= floor && isPersonWord(tokens[end].lower) && isCountToken(tokens[end - 1]) && tokens[end - 2].lower === 'of' && STUDIES.test(tokens[end - 3].lower)) end -= 3;
  // ("the State Emergency Service as of 07:00 reported": when, with its "as of")
  {
    let a = end;
    while (a > floor && end - a <= 4 && (tokens[a].kind === 'digits' || tokens[a].text === ':' || TIME_WORDS.test(tokens[a].lower) || /^(a\.m\.|p\.m\.|am|pm)$/.test(tokens[a].lower))) a--;
    if (a < end && tokens[a]?.lower === 'of' && tokens[a - 1]?.lower === 'as' && a - 2 >= floor) end = a - 2;
  }
  // ("The State Disaster Response Force on Monday, 15 February, informed": a date in apposition to the day)
  if (end - 3 >= floor && tokens[end].text === ',' && tokens[end - 3].text === ','
    && ((tokens[end - 2].kind === 'digits' && MONTHS.has(tokens[end - 1].lower)) || (MONTHS.has(tokens[end - 2].lower) && tokens[end - 1].kind === 'digits'))) end -= 4;
  // ("Maria Lopez, 34, said", "One survivor, then 22, told the BBC": an age in apposition to who speaks)
  if (end - 3 >= floor && tokens[end].text === ',' && /^\d{1,2}$/.test(tokens[end - 1].text)) {
    const open = /^(then|now|aged)$/.test(tokens[end - 2].lower) ? end - 3 : end - 2;
    if (open - 1 >= floor && tokens[open].text === ',' && tokens[open - 1].kind === 'word') end = open - 1;
  }
  // ("The local Resistance Committees in Madani, capital of Sudan's al-Jazira (Gezira) state, reported": what the place
  // named before the comma is, as an aside)
  {
    const open = asideOpening(tokens, end, floor, 14, (j) => (tokens[j + 1].lower === 'capital' && tokens[j + 2]?.lower === 'of')
      || (/^(the|a)$/.test(tokens[j + 1].lower) && (tokens[j + 2]?.lower === 'capital' || PLACE_NOUNS.test(tokens[j + 2]?.lower ?? '')) && tokens[j + 3]?.lower === 'of'), /^[()’']$/);
    if (open > floor && /^\p{Lu}/u.test(tokens[open - 1]?.text ?? '')) end = open - 1;
  }
  // ("Residents, some of whom had fled, put the number of dead at 40": a relative clause on who speaks, as an aside)
  {
    const open = asideOpening(tokens, end, floor, 14, (j) => (/^(who|which)$/.test(tokens[j + 1].lower) && tokens[j + 1].text !== 'WHO')
      || (/^(some|many|most|all|several|none|one|both|each)$/.test(tokens[j + 1].lower) && tokens[j + 2]?.lower === 'of' && /^(whom|which)$/.test(tokens[j + 3]?.lower ?? '')));
    if (open > floor && tokens[open - 1].kind === 'word') end = open - 1;
  }
  // ("Telegram channel “112”, without indicating sources, writes": how it says it, as an aside)
  {
    const open = asideOpening(tokens, end, floor, 8, (j) => /^(without|citing|quoting)$/.test(tokens[j + 1].lower));
    if (open > floor) end = open - 1;
  }
  // ("A second document, dated 3 March and marked secret, lists …": a writing's date or marking, as an aside)
  {
    const open = asideOpening(tokens, end, floor, 10, (j) => /^(dated|marked|signed|stamped|headed)$/.test(tokens[j + 1].lower)
      && (WRITINGS.test(tokens[j - 1]?.lower ?? '') || /^(document|documents|memo|letter|cable|list)$/.test(tokens[j - 1]?.lower ?? '')), /^\d+$/);
    if (open > floor) end = open - 1;
  }
  // ("The latest provincial tally of victims, from Thursday, said": its date, as an aside)
  if (end - 4 >= floor && tokens[end].text === ',' && TIME_WORDS.test(tokens[end - 1].lower) && /^(from|of|dated|on)$/.test(tokens[end - 2].lower) && tokens[end - 3].text === ',') end -= 4;
  // ("The authorities on March 29 said": the date is when, not who)
  if (end - 2 > floor && tokens[end].kind === 'digits' && MONTHS.has(tokens[end - 1].lower) && tokens[end - 2].lower === 'on') end -= 3;
  // ("A government affidavit in 2006 stated": the year is when, not who)
  else if (end - 2 >= floor && /^(1[89]|20)\d\d$/.test(tokens[end].text) && tokens[end - 1].lower === 'in' && tokens[end - 2].kind === 'word') end -= 2;
  // ("Amnesty, which last week gave a death toll of more than 100": when, between the relative pronoun and its verb)
  // ("News agency ANI, which on Tuesday reported 45 Chinese casualties": or a day)
  if (end - 2 >= floor && /^(who|which)$/.test(tokens[end - 2].lower)
    && ((/^(week|month|year|night|weekend)$/.test(tokens[end].lower) && /^(last|this|next)$/.test(tokens[end - 1].lower))
      || (TIME_WORDS.test(tokens[end].lower) && /^(on|last|late|early|this)$/.test(tokens[end - 1].lower)))) end -= 2;
  // "according to local residents who said": the relative pronoun stands for the noun before it
  // ("reported by the government which said 64 had died": "which" with no comma after a speaker's noun; the noun
  // with its article's modifiers is who says it, never the phrase the noun closes)
  if (end - 1 >= floor && tokens[end].text === 'which' && tokens[end - 1].kind === 'word' && (isSpeakerWord(tokens[end - 1].lower) || SOURCE_HEADS.has(tokens[end - 1].lower))) {
    let open = end - 1;
    while (open - 1 >= floor && open > end - 5 && tokens[open - 1].kind === 'word' && !/^(the|a|an|by|of|from|to|with|and|or)$/.test(tokens[open - 1].lower) && !isVerb(tags[open - 1])) open--;
    return [open, end - 1];
  }
  if (end - 1 >= floor && tokens[end].text === 'who' && tokens[end - 1].kind === 'word') end--;
  // ("according to a local chief in Kautikeri, who also said eight people were killed")
  // (never the World Health Organization: "…, WHO said")
  else if (end - 2 >= floor && /^(who|which)$/.test(tokens[end].lower) && tokens[end].text !== 'WHO' && tokens[end - 1].text === ',' && tokens[end - 2].kind === 'word') end -= 2;
  // ("cried Zahra Benbrik, 62, who said she had lost 18 relatives": past the age between commas too)
  else if (end - 4 >= floor && tokens[end].lower === 'who' && tokens[end - 1].text === ',' && tokens[end - 2].kind === 'digits' && tokens[end - 3].text === ','
    && tokens[end - 4].kind === 'word' && /^\p{Lu}/u.test(tokens[end - 4].text)) end -= 4;
  // "Officials on Monday said", "Police late Sunday said": the day is when, not who
  // ("Police Commissioner Mike Bush on Sunday morning said": the part of the day after it)
  if (end - 2 > floor && /^(morning|afternoon|evening|night)$/.test(tokens[end].lower) && TIME_WORDS.test(tokens[end - 1].lower) && /^(on|late|early|last|this|in)$/.test(tokens[end - 2].lower)) end -= 3;
  else if (end - 1 > floor && TIME_WORDS.test(tokens[end].lower) && /^(on|late|early|last|this|in)$/.test(tokens[end - 1].lower)) end -= 2;
  // ("The health ministry in the Gaza Strip today said": a bare day too)
  else if (end - 1 >= floor && /^(today|yesterday|tonight)$/.test(tokens[end].lower) && tokens[end - 1].kind === 'word') end--;
  // ("Initial projections from the White House soon after the storm suggested": when, between the subject and its verb)
  for (let j = end; j - 1 > floor && end - j <= 4; j--) {
    if (tokens[j].kind !== 'word') break;
    // (only an event's time: never "days after the Niger army announced", where the army is the subject)
    if (/^(after|following|before)$/.test(tokens[j].lower) && /^(soon|shortly|immediately|just|right|days|hours|weeks)$/.test(tokens[j - 1].lower) && EVENT_NOUNS.has(tokens[end].lower)) { end = j - 2; break; }
  }
  // ("The Commission in an update Sunday attributed …", "Police in a statement said": how it was said, not who)
  // ("Amnesty International, in its latest statement, said": the same, as an aside between commas)
  // ("the Syrian defense authority, in a statement carried by the state-run SANA news agency, put": where it ran)
  const aside = tokens[end]?.text === ',' ? 1 : 0;
  for (let j = end - aside; j > floor && end - j <= (aside ? 16 : 6); j--) {
    const writing = writingIn(tokens, j);
    if (writing < 0 || (aside && tokens[j - 1]?.text !== ',')) continue;
    const rest = tokens.slice(writing + 1, end + 1 - aside);
    const carried = aside > 0 && /^(carried|published|issued|released|posted|aired|broadcast|quoted)$/.test(rest[0]?.lower ?? '') && /^(by|on|in)$/.test(rest[1]?.lower ?? '')
      && rest.every((x) => x.kind === 'word' || x.text === '-');
    if (carried || rest.every((x) => TIME_WORDS.test(x.lower) || x.lower === 'on')) { end = j - 1 - aside; break; }
  }
  // ("Shelling killed a fourth person in the region of Kherson, governor Oleksandr Prokudin, said": a stray comma
  // before the verb; a role and a name between commas, after a place, are who speaks)
  if (tokens[end]?.text === ',' && end - 3 > floor) {
    const open = tokens.findIndex((x, j) => j < end && j >= end - 7 && x.text === ',');
    const rest = open > floor ? tokens.slice(open + 1, end) : [];
    const names = rest.filter((x, n) => tags[open + 1 + n].has('ProperNoun') && /^\p{Lu}/u.test(x.text)).length;
    if (rest.length >= 3 && rest.every((x) => x.kind === 'word') && isSpeakerWord(rest[0].lower) && names >= 2 && names === rest.length - 1
      && tokens[open - 1]?.kind === 'word' && !isSpeakerWord(tokens[open - 1].lower) && /^\p{Lu}/u.test(tokens[open - 1].text)) return [open + 1, end - 1];
  }
  // ("An Indonesian health ministry official, currently in Saudi Arabia, said": where the speaker is, as an aside)
  // ("A reporter for Italian public television RAI, standing next to the wreckage on the beach, said": or what the
  // speaker, named with a speaker's word, was doing)
  if (tokens[end]?.text === ',' && end - 2 > floor) {
    const open = tokens.findIndex((x, j) => j < end && j >= end - 12 && x.text === ',');
    const rest = open > floor ? tokens.slice(open + 1, end) : [];
    const doing = /ing$/.test(rest[0]?.lower ?? '') && tags[open + 1].has('Verb') && !SAY_VERBS.has(rest[0].lower) && !/^(according|including|citing|quoting|adding)$/.test(rest[0].lower)
      && tokens.slice(Math.max(floor, open - 6), open).some((x) => isSpeakerWord(x.lower) || ROLE_NOUNS.test(x.lower) || isPersonWord(x.lower));
    // ("Volunteer search collectives, mostly mothers of the disappeared, say": or who most of them are, after a plural)
    const mostly = /^(mostly|mainly|largely|chiefly|predominantly|primarily)$/.test(rest[0]?.lower ?? '') && rest.length <= 7 && tags[open - 1]?.has('Plural');
    if (rest.length > 1 && (doing || mostly || (/^(currently|now|still|then|presently|visiting|speaking|based|stationed)$/.test(rest[0].lower) && rest.length <= 7 && isSpeakerWord(tokens[open - 1]?.lower ?? '')))
      && rest.every((x) => x.kind === 'word') && tokens[open - 1]?.kind === 'word') end = open - 1;
  }
  // ("A report of the UN Office for Human Rights released this Friday concludes": the participle of the report's release)
  if (end - 1 > floor && /^(released|published|issued|presented)$/.test(tokens[end].lower) && tags[end - 1]?.has('Noun') && tokens[end - 1].kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(tokens[end - 1].lower)) end--;
  // ("A declassified National Security Agency cable filed on the same day estimated", "Peking University leaflets
  // circulated on campus suggested": where or when the writing went out, a participle's phrase after the noun)
  // (never inside an aside between commas: "The spokesman, in comments carried on the group's television channel, said")
  for (let j = end - 1; j - 1 > floor && end - j <= 5 && tokens[end].kind === 'word'; j--) {
    if (tokens[j].kind !== 'word') break;
    if (/^(on|in|at|during|across|around|within|throughout)$/.test(tokens[j].lower) && /ed$/.test(tokens[j - 1].lower) && !SAY_VERBS.has(tokens[j - 1].lower)
      && tags[j - 2]?.has('Noun') && tokens[j - 2].kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(tokens[j - 2].lower) && !/^(was|were|is|are|been|be|being|who|which|that)$/.test(tokens[j - 2].lower)
      && j - 2 > floor) { end = j - 2; break; }
  }
  // ("an unclassified U.S. intelligence assessment delivered to Congress estimated": who it went to is not who says it)
  for (let j = end; j - 2 > floor && end - j <= 4; j--) {
    if (tokens[j].kind !== 'word') break;
    if (tokens[j].lower === 'to' && /^(delivered|sent|submitted|presented|given|provided|shown|leaked|handed)$/.test(tokens[j - 1].lower)
      && tags[j - 2]?.has('Noun') && tokens[j - 2].kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(tokens[j - 2].lower)) { end = j - 2; break; }
  }
  // ("A middle-of-the-road tally based on the continuation of conditions that have existed … found": what it rests on
  // is not who says it)
  for (let j = end - 1; j - 1 > floor && end - j <= 14; j--) {
    if (tokens[j].kind !== 'word' && tokens[j].text !== '-') break;
    if (tokens[j].lower === 'based' && tokens[j + 1]?.lower === 'on' && tags[j - 1]?.has('Noun') && tokens[j - 1].kind === 'word' && !AUXILIARIES_BEFORE_VERB.test(tokens[j - 1].lower)) { end = j - 1; break; }
  }
  // ("The UN late on Saturday gave a figure")
  if (end > floor && /^(late|early|earlier|later)$/.test(tokens[end].lower) && tokens[end - 1]?.kind === 'word') end--;
  if (end < floor) return null;
  // "The International Red Cross (ICRC) has reported": step over the parenthesis
  let paren = -1;
  if (tokens[end].text === ')') {
    for (let i = end - 1; i >= Math.max(floor, end - 12); i--) if (tokens[i].text === '(') { paren = i; break; }
    if (paren > floor) end = paren - 1;
  }
  // "The ministry of health in Gaza, which is run by Hamas, said", "The report, published on
  // Monday, said", "The Syrian Observatory, a Britain-based monitor, said": the subject is before
  // the parenthesis
  // ("Mr Roy, a senior police official in Darjeeling, the site of the accident, told": one aside after another)
  // ("Director Leslie Cavanaugh of Clark County -- which has about 110,000 people -- reported": an aside between dashes)
  if (end > floor && (/^[–—]$/.test(tokens[end].text) || (tokens[end].text === '-' && tokens[end - 1]?.text === '-'))) {
    const close = tokens[end].text === '-' ? end - 1 : end;
    for (let i = close - 1; i > floor && close - i < 18; i--) {
      const dash = /^[–—]$/.test(tokens[i].text) ? i : tokens[i].text === '-' && tokens[i + 1]?.text === '-' ? i : -1;
      if (dash < 0) continue;
      if (dash - 1 > floor) end = dash - 1;
      break;
    }
  }
  let nameAfter: [number, number] | null = null;
  for (let asides = 0; asides < 3; asides++) {
    // the first aside closes right before the verb; the one before it, where the first began
    const closed = tokens[end]?.text === ',';
    if (!closed && asides === 0) break;
    const before = end;
    const close = closed ? end : end + 1;
    for (let i = end - 1; i > floor && close - i < 26; i--) {
      if (tokens[i].text !== ',') continue;
      // (an earlier aside only after a name that opens the clause: "Mr Roy, a senior police official in Darjeeling,
      // the site …", never "According to CBS News, the governor, …")
      // (never a connective: "Earlier, a Lady Reading Hospital spokesperson in Peshawar, Muhammed Asim, told")
      const opener = tokens[i + 1];
      // ("Medicins Sans Frontiers, also known as Doctors Without Borders, said", "The medical charity, also known by its
      // French acronym, MSF, now says": another name for it)
      const alias = /^(known|called)$/.test((/^(also|better|formerly|previously|widely)$/.test(opener?.lower ?? '') ? tokens[i + 2] : opener)?.lower ?? '');
      // ("The resistance committee, a volunteer group in Wad Madani, the capital of Gezira state, also confirmed": or after
      // a short noun of a speaker that opens the sentence)
      if (!closed && !alias && !(isNameBefore(tokens, i) && opensClause(tokens, i) && !isLeadingNoise(tokens[i - 1]) && !TIME_WORDS.test(tokens[i - 1].lower))
        && !speakerOpensSentence(tokens, i)) {
        // (two descriptions in a row: "…, a group of volunteers in the capital, the largest city, …")
        const earlier = /^(a|an|the)$/.test(opener?.lower ?? '') ? tokens.findIndex((x, j) => j > floor && j < i && i - j <= 10 && x.text === ',' && speakerOpensSentence(tokens, j)
          && /^(a|an|the)$/.test(tokens[j + 1]?.lower ?? '') && tokens.slice(j + 1, i).every((y) => y.kind === 'word')) : -1;
        if (earlier > 0) end = earlier - 1;
        break;
      }
      // ("Speaking to news agency AFP, Police spokesman Binod Ghimire, said": the clause that opens the sentence says
      // whom it was said to; no aside closes after it)
      if (closed && asides === 0 && /^(speaking|talking|writing|responding|replying|briefing)$/.test(tokens[floor]?.lower ?? '') && !tokens.slice(floor, i).some((t) => t.text === ',')) break;
      // ("The regional governor, Oleh Syniehubov, said": a name in apposition, as quotedAs reads it)
      // ("the military media wing, Inter Services Public Relations (ISPR), said": with its acronym after it)
      const acronymAt = tokens[close - 1]?.text === ')' && tokens[close - 3]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[close - 2]?.text ?? '') ? close - 3 : close;
      // ("The main opposition party of Tanzania, Chadema party, has alleged": a name with its own common head)
      const named = acronymAt > i + 1 && tokens.slice(i + 1, acronymAt).every((t, d) => t.kind === 'word' && (/^[A-Z]/.test(t.text)
        || (d > 0 && i + 1 + d === acronymAt - 1 && /^(party|group|movement|militia|organi[sz]ation|agency|network|committee|council|union|coalition|front)$/.test(t.lower)))) && acronymAt - i <= 5;
      // ("Pavlo Kyrylenko, Donetsk regional governor, said", "Abdul Malik, head of the rescue agency, told": a role in apposition to a name)
      const role = tokens.slice(i + 1, Math.min(close, i + 5)).some((t) => ROLE_NOUNS.test(t.lower)) && isNameBefore(tokens, i);
      // ("Zelensky, speaking in Kyiv, said", "Rescue officials, speaking on condition of anonymity, said")
      // ("The Health Ministry in Gaza, run by Hamas, says": participles the tagger may not mark)
      // (never before ", saying": "X, a local group, confirmed the killings, saying 12 …" has its verb there)
      // ("a local police officer, while talking to AFP on condition of anonymity, put": a participle after its subordinator)
      const whileDoing = /^(while|when|after|before)$/.test(opener?.lower ?? '') && /^(speaking|talking|briefing|addressing|visiting|responding|writing)$/.test(tokens[i + 2]?.lower ?? '');
      const participle = (whileDoing || (tags[i + 1].has('PastTense') && tags[i + 1].has('Verb')) || /^(speaking|citing|referencing|quoting|writing|addressing|according|asking|requesting|declining|preferring|run|led|backed|based|funded|controlled|operated|headed|owned|aligned|set|built|put|written|drawn|kept|made|held|compiled|erected)$/.test(opener?.lower ?? ''))
        && !(asides === 0 && /^(saying|stating|adding|insisting|claiming|telling)$/.test(tokens[k]?.lower ?? ''));
      // ("Officials at Lady Reading Hospital, Peshawar's main hospital, said": a possessive opens an apposition)
      const possessive = /^\p{Lu}.*['’]s$/u.test(opener?.text ?? '');
      // ("Prabhu, however, told Parliament": a connective between commas)
      // ("Pakistan, for its part, claims")
      const connective = (close - i === 2 && /^(however|meanwhile|though|too|also|instead|nevertheless|separately|earlier|later)$/.test(opener?.lower ?? ''))
        || (close - i === 4 && opener?.lower === 'for' && /^(its|his|her|their|our|my)$/.test(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'part');
      // ("A medical source at the Manaqil hospital, 80 kilometres away, confirmed": how far off the speaker is)
      // ("Local officials in Kerr County, roughly 60 miles northwest of San Antonio, said": about how far, and from where)
      const far = /^(roughly|about|around|some|nearly|almost|just|approximately)$/.test(opener?.lower ?? '') ? i + 2 : i + 1;
      const distance = tokens[far]?.kind === 'digits' && DISTANCE_UNITS.test(tokens[far + 1]?.lower ?? '') && /^(away|off|(north|south)(east|west)?|east|west)$/.test(tokens[far + 2]?.lower ?? '')
        && (close === far + 3 || (/^(of|from)$/.test(tokens[far + 3]?.lower ?? '') && close - far <= 8 && tokens.slice(far + 4, close).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))));
      // ("The Nigerian military, fighting a losing battle against Boko Haram, says": what the speaker is doing)
      const doing = tags[i + 1]?.has('Gerund') && /ing$/.test(opener?.lower ?? '') && (isSpeakerWord(tokens[i - 1]?.lower ?? '') || SOURCE_HEADS.has(tokens[i - 1]?.lower ?? ''));
      // ("The ICRC, one of the few humanitarian institutions helping civilians on the ground …, said")
      // ("The Syrian Network for Human Rights (SNHR), another monitor, documented": another of its kind)
      const article = /^(a|an|the|another)$/.test(opener?.lower ?? '') || (opener?.lower === 'one' && tokens[i + 2]?.lower === 'of');
      // ("the BBC, along with Mediazona and a group of volunteers, has confirmed": who joined the one who says it)
      // ("Mediazona, working with the BBC, has confirmed": or who works with it)
      const joined = closed && ((/^(along|together|working|partnering|collaborating|cooperating)$/.test(opener?.lower ?? '') && tokens[i + 2]?.lower === 'with') || opener?.lower === 'alongside');
      // ("The Civil Defense, first responders who operate under the government, said": a description with a clause of its own)
      // ("The White Helmets, rescue teams that work only in rebel-held areas, told")
      const described = closed && isNameBefore(tokens, i) && tokens.slice(i + 2, close).some((t) => /^(who|which|that)$/.test(t.lower));
      // ("President William Ruto, in a televised address, put the death toll at 19": where or when it was said, short)
      // ("The Disaster and Emergency Management Authority (AFAD), under the Ministry of the Interior, has detailed": whose
      // body it is, after its acronym)
      // ("The al Qaeda-linked Shabaab militant group, through their radio station-Andalus, has claimed": or by what means)
      // ("The Houthi health ministry spokesman, in comments carried on the group’s Al Masirah TV, said": or in what words,
      // and where they ran, longer)
      const inWords = opener?.lower === 'in' && [tokens[i + 2], tokens[i + 3], tokens[i + 4]].some((x) => /^(comments|remarks|statement|statements|interview|interviews|address|post|posts)$/.test(x?.lower ?? ''));
      const circumstance = closed && asides === 0 && /^(in|at|during|on|after|while|under|through|via)$/.test(opener?.lower ?? '') && (close - i <= 8 || (inWords && close - i <= 14))
        && (isNameBefore(tokens, i) || isSpeakerWord(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[i - 2]?.text ?? '')));
      // ("Pro-Russian military bloggers, usually supportive of the war, accused", "Nasser Hospital, already full, said": how
      // the speaker is, an adjective with its adverb)
      const adjectiveAt = tags[i + 1]?.has('Adverb') && /ly$|^(already|still|long|once|often)$/.test(opener?.lower ?? '') ? i + 2 : i + 1;
      const quality = closed && asides === 0 && close - i <= 8 && Boolean(tags[adjectiveAt]?.has('Adjective')) && !tags[adjectiveAt].has('Noun') && !tags[adjectiveAt].has('Verb')
        && (adjectiveAt + 1 === close || /^(of|to|with|about|in)$/.test(tokens[adjectiveAt + 1]?.lower ?? ''))
        && (isNameBefore(tokens, i) || isSpeakerWord(tokens[i - 1]?.lower ?? '') || SOURCE_HEADS.has(tokens[i - 1]?.lower ?? '') || isPersonWord(tokens[i - 1]?.lower ?? ''));
      // (an earlier aside is only a description: "Earlier, Abdul Rayan, spokesman at the ministry, told")
      if (!closed && !(article || role || alias)) break;
      // (never a description of a place the clause before ends on: "were taken to the National Hospital, the
      // director-general, Abbas Idriss, told journalists", where the role is who speaks)
      if (asides > 0 && article && objectOfPlaceBefore(tokens, i)) break;
      if (opener && (named || role || participle || possessive || connective || distance || doing || article || described || joined || circumstance || alias || quality || /^(which|who|whose|where|itself|himself|herself)$/.test(opener.lower))) end = i - 1;
      // ("Nasik's mayor, Dashrath Patil, said": the name is kept with the title it follows)
      if (named && closed && asides === 0) nameAfter = [i + 1, close - 1];
      break;
    }
    // ("Usman Malgana who spoke with our Correspondent from the hospital, confirmed": a relative clause
    // after a name, opened without its comma)
    if (end === before && closed && asides === 0) {
      for (let i = end - 1; i > floor && close - i < 18; i--) {
        if (tokens[i].kind === 'punct') break;
        if (tokens[i].lower === 'who' && isNameBefore(tokens, i) && opensClause(tokens, i)) { end = i - 1; break; }
      }
    }
    if (end === before) break;
  }
  // ("Kebbi State police spokesman Nafiu Abubakar, said": a stray comma between a name that opens the clause and its verb)
  if (tokens[end]?.text === ',' && end - 1 > floor && isNameBefore(tokens, end)) {
    let open = end - 1;
    while (open > floor && tokens[open - 1].kind === 'word' && !(isVerb(tags[open - 1]) && !/^\p{Lu}/u.test(tokens[open - 1].text) && !SOURCE_HEADS.has(tokens[open - 1].lower) && !ROLE_NOUNS.test(tokens[open - 1].lower))) open--;
    if (open === floor || tokens[open - 1]?.kind === 'punct') end--;
  }
  // ("The Study Center for … Human Rights (CEPADHO), a local organization that documents violence, confirmed":
  // the bracket before the aside)
  if (tokens[end]?.text === ')') {
    for (let i = end - 1; i >= Math.max(floor, end - 12); i--) if (tokens[i].text === '(') { if (i > floor) end = i - 1; break; }
  }
  // "Residents who fled the town said", "the mother of a sailor who survived told": the subject
  // is the noun the relative clause follows, not the clause's object
  for (let r = end - 1; r > floor && end - r < 8; r--) {
    const t = tokens[r];
    // ("486 people who survived but some politicians claimed": a clause of its own opens at "but")
    if (t.kind === 'punct' || t.lower === 'but') break;
    // (never a preposition before "that": "Of that number the UN said" names a number, not a clause)
    const noun = tokens[r - 1].kind === 'word' && (!isVerb(tags[r - 1]) || /^(the|a|an|its|their)$/.test(tokens[r - 2]?.lower ?? ''))
      && !/^(of|in|on|at|for|from|with|by|to|about)$/.test(tokens[r - 1].lower);
    // ("a massacre that the United Nations said left at least 70 dead": after an object's "that", the one who says
    // it stands between)
    // ("an airstrike that he says killed eight", "Ali, who they say was orphaned in a strike that killed 11": a pronoun too)
    const ownSubject = (t.lower === 'that' || (/^(who|which)$/.test(t.lower) && /^(he|she|they|we)$/.test(tokens[r + 1]?.lower ?? '')))
      // ("a raid that local officials said killed 40": or a speaker's noun with its modifier)
      // ("said at the news conference that families have identified 11": or a bare plural noun)
      && (/^(the|a|an|he|she|they|we)$/.test(tokens[r + 1]?.lower ?? '') || /^\p{Lu}/u.test(tokens[r + 1]?.text ?? '') || isSpeakerWord(tokens[r + 1]?.lower ?? '')
        || (t.lower === 'that' && Boolean(tags[r + 1]?.has('Plural')) && Boolean(tags[r + 1]?.has('Noun')))
        || (end - r <= 3 && isSpeakerWord(tokens[end]?.lower ?? '')))
      && tokens.slice(r + 1, end + 1).every((x, d) => x.kind === 'word' && (!isVerb(tags[r + 1 + d]) || isSpeakerWord(x.lower)));
    // (never the World Health Organization: "The WHO said the country had recorded 316 deaths")
    if (((t.lower === 'who' && t.text !== 'WHO') || t.lower === 'that') && noun && !ownSubject) { end = r - 1; break; }
  }
  if (tokens[end].kind === 'punct' && tokens[end].text !== '.' && ![2, 3].some((d) => quotedName(tokens, end, end - d))) return null;
  // ("The governor visited the site and said 12 …": the verb shares the subject of the verb before "and")
  if (/^(and|or|but)$/.test(tokens[end].lower)) {
    // ("The representative of Sudan rejected what he called exaggerated figures and said …": past the object's own
    // saying, whose pronoun is the speaker again)
    const what = tokens.findIndex((x, k) => k > floor && k < end && end - k <= 10 && x.lower === 'what' && /^(he|she|they|it|we)$/.test(tokens[k + 1]?.lower ?? '')
      && /^(called|calls|described|describes|termed|terms|dubbed|labelled|labeled)$/.test(tokens[k + 2]?.lower ?? ''));
    for (let v = what > 0 ? what - 1 : end - 1; v > floor && end - v <= (what > 0 ? 16 : 10); v--) {
      if (tokens[v].kind === 'punct' && tokens[v].text !== ',') return null;
      // (past an infinitive to its finite verb: "The army spokesman declined to comment but said 12 …")
      if (tokens[v].kind === 'word' && isVerb(tags[v]) && !AUXILIARIES_BEFORE_VERB.test(tokens[v].lower) && tokens[v - 1]?.lower !== 'to') return subjectBefore(tokens, tags, v, floor);
    }
    return null;
  }
  // "the RSF denied reports": a verb right before is no subject of the say-word
  // (only a past form: the tagger takes some plural nouns, "outlets", for verbs)
  if (tokens[end].kind === 'word' && isVerb(tags[end]) && tags[end].has('PastTense') && !/^\p{Lu}/u.test(tokens[end].text) && !SOURCE_HEADS.has(tokens[end].lower) && !isSpeakerWord(tokens[end].lower)) {
    return /^(the|a|an)$/.test(tokens[end - 1]?.lower ?? '') ? speakerBeforeParticiple(tokens, tags, end, floor) : null;
  }
  let start = end;
  for (let i = end; i >= floor && end - i < 22; i--) {
    const t = tokens[i];
    if (t.kind === 'punct') {
      if (t.text === '.' && i > 0 && tokens[i - 1].end === t.start && /^[A-Z][a-z]{0,3}$/.test(tokens[i - 1].text)) continue; // "Lt."
      // "Two dead-police say": the dash glues the source to the casualty word, not into a name
      if (t.text === '-' && gluesSource(tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? '')) break;
      if (t.text === '-' || t.text === '’' || t.text === "'") continue;
      // ("The health ministry, police and provincial government officials gave a death toll": a list of who speaks)
      if (t.text === ',' && i > floor && tokens[i + 1]?.lower !== 'and' && (SOURCE_HEADS.has(tokens[i - 1]?.lower ?? '') || isSpeakerWord(tokens[i - 1]?.lower ?? ''))
        && tokens.slice(i + 1, end + 1).filter((x) => x.lower === 'and').length === 1 && tokens.slice(i + 1, end + 1).every((x) => x.kind === 'word')
        && (SOURCE_HEADS.has(tokens[i + 1]?.lower ?? '') || isSpeakerWord(tokens[i + 1]?.lower ?? ''))) continue;
      // ('The Turkish Disaster and Emergency Management Presidency "AFAD" announced': a short name in quotes inside it)
      if ([2, 3].some((d) => quotedName(tokens, i, i - d) || quotedName(tokens, i + d, i))) continue;
      // ("The National Coordinator for Disaster Reduction (CONRED) of Guatemala reported": an acronym in brackets inside
      // the name, its "of" after it)
      if (t.text === ')' && tokens[i - 2]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[i - 1]?.text ?? '') && tokens[i + 1]?.lower === 'of' && /^\p{Lu}/u.test(tokens[i - 3]?.text ?? '')) { i -= 2; continue; }
      break;
    }
    // ("The Health Ministry affiliated with the Hamas movement": the preposition of a participle after a noun)
    // ("A new study released from the George Washington School of Public Health estimates": where it came from)
    const participlesPreposition = (/^(by|with)$/.test(t.lower) || (t.lower === 'from' && PUBLISHED.test(tokens[i - 1]?.lower ?? '')))
      && tags[i - 1]?.has('PastTense') && tags[i - 2]?.has('Noun') && tokens[i - 2].kind === 'word';
    // ("a senior aide to President Volodymyr Zelenskyy", "the spokesman for the army")
    // ("The African Union mediator in Ethiopia's Tigray conflict, Olusegun Obasanjo, has told": a role in a place or a conflict)
    const roleOf = (/^(to|for)$/.test(t.lower) && /^(aides?|advis[eo]rs?|spokes(?:man|woman|person)|assistants?|envoys?|ambassadors?|secretary|representatives?)$/.test(tokens[i - 1]?.lower ?? ''))
      || (t.lower === 'in' && /^(mediator|negotiator|envoy|ambassador|representative|commander|coordinator)$/.test(tokens[i - 1]?.lower ?? ''));
    // ("Of that number the UN said 4,253 had been killed": the part's lead, with no comma after it, ends before who speaks)
    if (/^(that|this|the)$/.test(t.lower) && tokens[i - 1]?.lower === 'of' && /^(number|total|figure|toll|tally)$/.test(tokens[i + 1]?.lower ?? '') && i + 2 <= end) { start = i + 2; break; }
    if (isStopWord(t) && !participlesPreposition && !roleOf && !toInName(tokens, i) && !affiliatedWith(tokens, i)) break;
    // ("The Red Crescent said its volunteers counted": a saying inside is never part of who speaks)
    if (i !== end && /^(said|says|told|tells)$/.test(t.lower)) break;
    // (but "Rescue 1122 said": a number that ends the name of who speaks)
    if (t.kind === 'digits' && !(i === end && i > floor && tokens[i - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[i - 1].text) && !MONTHS.has(tokens[i - 1].lower)
      && !TIME_WORDS.test(tokens[i - 1].lower) && !isStopWord(tokens[i - 1]))) break;
    // ("of the 8,605 mine/ERW casualties the Monitor recorded": a relative clause with no pronoun opens after its noun)
    if (i !== end && (CASUALTY_AFTER[t.lower] || /^(figures|numbers)$/.test(t.lower)) && /s$/.test(t.lower) && tokens[i + 1]?.lower === 'the') break;
    // ("a joint statement issued by several rights groups said": a participle with its agent)
    // ("The Health Ministry affiliated with the Hamas movement in Gaza announced")
    if (i !== end && (/^(by|with)$/.test(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.lower === 'from' && PUBLISHED.test(t.lower))) && tags[i].has('PastTense') && tokens[i - 1]?.kind === 'word' && tags[i - 1].has('Noun')) continue;
    // ("Zamfara state police spokesman": a word the tagger takes for a verb, between a name and a noun)
    // ("the mine owner and mine safety officials": after "and" or an article, a present form before a noun is a noun)
    // ("the besieged Palestinian territory": after an article, a participle before a name or a noun is an adjective)
    const nounAfterJoin = (/^(and|the|a|an)$/.test(tokens[i - 1]?.lower ?? '') && !tags[i].has('PastTense') && !tags[i].has('Gerund') && tags[i + 1].has('Noun'))
      || (/^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '') && tags[i].has('PastTense') && (tags[i + 1].has('Noun') || tags[i + 1].has('Adjective')) && i + 1 <= end);
    if (i !== end && isVerb(tags[i]) && !nounAfterJoin && !/^[A-Z]/.test(t.text) && !SOURCE_HEADS.has(t.lower) && !SPEAKER_MODIFIERS.test(t.lower) && !(/^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && !tags[i - 1].has('Pronoun') && tags[i + 1].has('Noun') && tokens[i - 1].kind === 'word')) break;
    // ("witnesses and police said": two who say it together)
    if (i !== end && (t.lower === 'and' || t.lower === 'or') && !/^[A-Z]/.test(tokens[i + 1]?.text ?? '') && !joinsSpeakers(tokens, i, end)) break;
    if (tags[i].has('Pronoun') && i === end && t.lower !== 'it') { start = i; break; }
    start = i;
  }
  if (start > end) return null;
  // ("His remarks go against Imran Khan government’s official claim that …": a preposition before who says it)
  if (start < end && /^(against|despite|contrary)$/.test(tokens[start].lower)) start++;
  // ("Sitharaman briefed the reporters … and upon persistent questioning said": a phrase of how, after "and", before a
  // verb that shares the subject of the verb before "and")
  // ("and upon repeated questioning said": the adjunct's own words may have stopped the subject short)
  const adjunct = [start, start - 1, start - 2].find((p) => p > floor && p <= end && /^(upon|after|under|following|despite|on|when|in)$/.test(tokens[p].lower) && tokens[p - 1]?.lower === 'and'
    && tokens.slice(p + 1, start).every((t) => t.kind === 'word'));
  // (never a place before who speaks: "and in Kyiv officials said")
  if (adjunct !== undefined && adjunct < end && !tokens.slice(adjunct + 1, end + 1).some((t) => isSpeakerWord(t.lower) || ROLE_NOUNS.test(t.lower) || /^\p{Lu}/u.test(t.text))) {
    for (let v = adjunct - 2; v > floor && adjunct - v <= 12; v--) {
      if (tokens[v].kind === 'punct' && tokens[v].text !== ',') return null;
      if (tokens[v].kind === 'word' && isVerb(tags[v]) && !AUXILIARIES_BEFORE_VERB.test(tokens[v].lower) && tags[v].has('PastTense')) return subjectBefore(tokens, tags, v, floor);
    }
  }
  // ("A rights group based in Washington, Human Rights Activists, put the Iranian toll at 406": where the speaker is
  // based, after its noun, then its name in apposition; the walk stopped at the participle)
  if (start < end && /^(in|at)$/.test(tokens[start].lower) && /^(based|headquartered|stationed)$/.test(tokens[start - 1]?.lower ?? '') && start - 2 > floor && nameAfter?.[0] === end + 2) {
    const head = subjectBefore(tokens, tags, start - 1, floor);
    if (head) return [head[0], nameAfter[1]];
  }
  // ("in February Zelensky said", "On Monday police said": when, before the subject, is not who speaks)
  if (start + 1 < end && /^(in|on|since|during|by)$/.test(tokens[start].lower) && (MONTHS.has(tokens[start + 1].lower) || TIME_WORDS.test(tokens[start + 1].lower))) {
    start += 2;
    // ("By Monday evening the agency put …": the year, or the part of the day)
    while (start < end && (tokens[start].kind === 'digits' || tokens[start].text === ',' || /^(morning|afternoon|evening|night)$/.test(tokens[start].lower))) start++;
  }
  // "In the Northwest Frontier Province authorities say": the place before the subject is not who speaks
  if (start < end && /^(in|on|at|from|across|near|inside|outside|throughout)$/.test(tokens[start].lower)) {
    // the place: its article and modifiers, then a run of names or one noun
    let j = start + 1;
    const upper = (i: number) => /^\p{Lu}/u.test(tokens[i].text);
    while (j < end && !upper(j) && !tags[j].has('Noun')) j++;
    if (upper(j)) while (j <= end && upper(j)) j++;
    else j++;
    if (j > end) return null;
    start = j;
  }
  // ("Armenia said last month it had counted": when the outer saying was, never part of the subject after it)
  if (start < end && LAST_SPAN.test(tokens[start].lower) && /^(last|this|next|that)$/.test(tokens[start - 1]?.lower ?? '')) start++;
  // "a report released Monday said": a day is never who speaks
  if (start === end && TIME_WORDS.test(tokens[start].lower)) return null;
  // ("after what police described as a “ferocious attack”": a free relative names what was said, not who says a figure)
  if (tokens[start].lower === 'what' || tokens[start - 1]?.lower === 'what') return null;
  const head = speakerBeforeParticiple(tokens, tags, start, floor);
  if (head) return head;
  // ("The nurse in charge of the PHC where the victims are receiving treatment, Silas Ayuba, confirmed": a relative
  // clause ends the title before the name, so what the walk found is the clause's; the name is who speaks)
  if (nameAfter && nameAfter[0] === end + 2 && !tokens.slice(start, end + 1).some((t) => ROLE_NOUNS.test(t.lower) || isSpeakerWord(t.lower) || /^\p{Lu}/u.test(t.text))
    && tokens.slice(Math.max(floor, start - 8), start).some((t) => /^(where|who|which|whose)$/.test(t.lower))) return nameAfter;
  // a subject must have a noun in it
  let nouny = false;
  // ("…, and records show that …": a plural the tagger takes for a verb)
  // ("Earlier, the daily indicated": a paper named by how often it comes out, which the tagger takes for an adjective)
  for (let i = start; i <= end; i++) if (tags[i].has('Noun') || /^[A-Z]/.test(tokens[i].text) || tags[i].has('Pronoun') || isSpeakerWord(tokens[i].lower) || RECORD_NOUNS.test(tokens[i].lower)
    || (i === end && /^(daily|weekly)$/.test(tokens[i].lower) && /^(the|a)$/.test(tokens[i - 1]?.lower ?? ''))
    // ("two said they saw it, and the other said two men had died", "and one said …": one of those named before, who speaks)
    || (i === end && i === start + (/^(the|another)$/.test(tokens[start].lower) ? 1 : 0) && /^(one|other|another)$/.test(tokens[i].lower) && /^(and|but|while|,|;)$/.test(tokens[start - 1]?.lower ?? ''))) nouny = true;
  if (!nouny) return null;
  // ("Naqibullah Malistani, security chief of Daikundi's Police Department confirmed": an apposition whose closing
  // comma is missing; the name before it is who speaks)
  // ("However, the Nigerian Red Cross, a Non-Governmental Organization in Bokkos disclosed": or a body's description)
  const describesBody = /^(a|an)$/.test(tokens[start].lower) && tokens.slice(start + 1, end + 1).some((t) => isSpeakerWord(t.lower) || SOURCE_HEADS.has(t.lower));
  if (tokens[start - 1]?.text === ',' && start - 1 > floor && (describesBody || tokens.slice(start, end + 1).some((t) => ROLE_NOUNS.test(t.lower))) && isNameBefore(tokens, start - 1) && opensClause(tokens, start - 1)) {
    let n = start - 2;
    while (n > floor && tokens[n - 1].kind === 'word' && /^\p{Lu}/u.test(tokens[n - 1].text)) n--;
    // (a name, never a place: "In Kermanshah, the city prosecutor said")
    // ("… from the Gaza Strip, chief military spokesperson Daniel Hagari said": a place after its preposition and article)
    // ("In an interview with the BBC's Lyse Doucet, the hospital director said": or whom the speaker spoke with)
    const placed = /^(in|at|on|from|near|to|into|across|inside|outside|with)$/.test(tokens[n - 1]?.lower ?? '')
      || (/^(the|a|an)$/.test(tokens[n - 1]?.lower ?? '') && /^(in|at|on|from|near|to|into|across|inside|outside|of|with)$/.test(tokens[n - 2]?.lower ?? ''));
    if (tags[n].has('Preposition') || /^(in|at|on|from|near)$/.test(tokens[n].lower) || placed) n = start - 1;
    // (a name, never a connective: "Later, police chief Ali Khan said")
    const named = tokens.slice(n, start - 1).every((t) => !isLeadingNoise(t) && !TIME_WORDS.test(t.lower)) && (start - 1 - n >= 2 || tags[n].has('Person'));
    if (named) return [n, start - 2];
  }
  // (only after a title: "On Monday, Dashrath Patil, said" has no title before the name)
  // ("The government spokesman, Major-General, Zaw Min Tun, told": or after a military rank)
  // ("The Director of … the Government of National Accord (GNA), Malik Mersit, revealed": over the body's acronym too)
  const nameNext = nameAfter !== null && (nameAfter[0] === end + 2 || (tokens[end + 1]?.text === '(' && tokens[nameAfter[0] - 2]?.text === ')' && nameAfter[0] - end <= 8));
  // ("The groom, Mirwais, told Tolo News": a person or kin named in apposition too)
  // ("an al-Qaida affiliate, JNIM, claimed": or any description with its indefinite article, the name what it describes)
  return nameAfter && nameNext && start <= end && (/^(a|an)$/.test(tokens[start].lower) || tokens.slice(start, end + 1).some((t) => ROLE_NOUNS.test(t.lower) || t.lower.split('-').some((w) => RANKS.test(w)) || isSpeakerWord(t.lower)
    || isPersonWord(t.lower) || isKinNoun(t.lower))) ? [start, nameAfter[1]] : [start, end];
}

/** A name of one or two capitalised words in quotes, closing at `close` and opening at `open`: '"AFAD"'. */
function quotedName(tokens: Token[], close: number, open: number): boolean {
  return /^[”"]$/.test(tokens[close]?.text ?? '') && /^[“"]$/.test(tokens[open]?.text ?? '') && close - open >= 2 && close - open <= 3
    && tokens.slice(open + 1, close).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text));
}

/**
 * "a doctor at a hospital tending to survivors told", "a nurse caring for the wounded said": when
 * the words before a say-verb from `objectStart` are the object of a participle after the speaker,
 * the speaker is the noun phrase before the participle (null when it is no speaker's noun).
 */
function speakerBeforeParticiple(tokens: Token[], tags: Tags[], objectStart: number, floor: number): [number, number] | null {
  let o = objectStart;
  if (/^(the|a|an|their|its|his|her)$/.test(tokens[o - 1]?.lower ?? '')) o--;
  const gerund = /ing$/.test(tokens[o - 1]?.lower ?? '') ? o - 1 : /^(to|for|of|on|with)$/.test(tokens[o - 1]?.lower ?? '') && /ing$/.test(tokens[o - 2]?.lower ?? '') ? o - 2 : -1;
  if (gerund <= floor || tokens[gerund].lower === 'according' || !tags[gerund].has('Verb') || tokens[gerund - 1].kind !== 'word') return null;
  const head = subjectBefore(tokens, tags, gerund, floor);
  return head && tokens.slice(head[0], head[1] + 1).some((t) => isSpeakerWord(t.lower) || ROLE_NOUNS.test(t.lower)) ? head : null;
}

/** Is there a verb (not a casualty word) between the last say-verb before `k` and `k`? */
function verbSinceSaying(tokens: Token[], tags: Tags[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    if (SAY_VERBS.has(tokens[j].lower)) return false;
    // ("television news channels": a plural the tagger takes for a verb, after a noun)
    const pluralAfterNoun = /s$/.test(tokens[j].lower) && tags[j].has('PresentTense') && tags[j - 1]?.has('Noun') && !tags[j - 1]?.has('Pronoun');
    if (isVerb(tags[j]) && !tags[j].has('Noun') && !CASUALTY_AFTER[tokens[j].lower] && !pluralAfterNoun) return true;
  }
  return true;
}

/** Does a noun phrase (adjectives, then a noun) start at `from`, ending before `limit` and before any verb? */
function nounPhraseEnds(tokens: Token[], tags: Tags[], from: number, limit: number): boolean {
  let j = from;
  while (j < limit && tags[j].has('Adjective') && !tags[j].has('Noun')) j++;
  if (j >= limit || !tags[j].has('Noun')) return false;
  while (j + 1 < limit && tags[j + 1].has('Noun') && !isVerb(tags[j + 1])) j++;
  // ("are confirmed dead after the flash flood in Ruidoso, up from three": where the event was, a name after it)
  if (/^(in|near|at)$/.test(tokens[j + 1]?.lower ?? '') && /^\p{Lu}/u.test(tokens[j + 2]?.text ?? '')) {
    let q = j + 2;
    while (q + 1 < limit && q - j < 5 && tokens[q + 1].kind === 'word' && /^\p{Lu}/u.test(tokens[q + 1].text)) q++;
    if (tokens[q + 1]?.kind === 'punct') j = q;
  }
  // ("told reporters after the incident that the dead included …": "that" opens what is said, with its own subject)
  const saidClause = tokens[j + 1]?.lower === 'that' && /^(the|a|an|at|more|some|about|nearly|over|up)$|^\d/.test(tokens[j + 2]?.lower ?? '');
  // ("after the Lahaina wildfire now stands at 42": an adverb between the phrase and its verb)
  while (j + 2 < limit && (/^(now|still|later|also|then|already|since)$/.test(tokens[j + 1].lower) || (tags[j + 1].has('Adverb') && /ly$/.test(tokens[j + 1].lower))) && isVerb(tags[j + 2])) j++;
  return j + 1 < limit && (isVerb(tags[j + 1]) || tokens[j + 1].kind === 'punct' || saidClause);
}

/** The opening quote before `first`, right after a colon or a say-verb and its comma, still open at `first`; else -1. */
function speakersOpenQuote(tokens: Token[], first: number): number {
  for (let k = first - 1; k > 0; k--) {
    const t = tokens[k].text;
    if (t === '”') return -1;
    // ('SP Rajesh Kumar said, "Rescue operations are underway; so far 14 bodies have been recovered."': a semicolon
    // inside the quote is the speaker's own; outside a quote it ends the search)
    if (t === ';') {
      const open = speakersOpenQuote(tokens, k);
      return open >= 0 && tokens[k - 1]?.text !== '"' ? open : -1;
    }
    // ('Father Dhego stated, “We have identified at least 31 dead': or after a say-verb and its comma)
    if (t === '“' || t === '"') return tokens[k - 1].text === ':' || opensQuoteAfterSaying(tokens, k) ? k : -1;
  }
  return -1;
}

/** Words that name whose sources or officials speak: "hospital and police sources". */
const SPEAKER_MODIFIERS = /^(hospital|medical|security|health|rescue|local|government|military|state|aid|volunteer|relief|emergency|rights)$/;
/**
 * Whether the "and" at `i` joins two who say it, the second ending at `end`: "witnesses and police",
 * "Massey Energy and safety officials" (a name that opens the clause, joined to a speaker), "He and
 * the woman" (who opens the clause, joined to a person).
 */
function joinsSpeakers(tokens: Token[], i: number, end: number): boolean {
  if (tokens[i + 1]?.kind !== 'word') return false;
  let run = i - 1;
  while (run >= 0 && tokens[run].kind === 'word' && /^\p{Lu}/u.test(tokens[run].text)) run--;
  const namedFirst = run < i - 1 && (run < 0 || tokens[run].kind === 'punct');
  const before = tokens[i - 1]?.lower ?? '';
  if (!isSpeakerWord(before) && !SPEAKER_MODIFIERS.test(before) && !namedFirst) return false;
  // ("Fox News and the New York Times report": a name joined to a name after its article)
  const namedAfter = namedFirst && tokens[i + 1].lower === 'the' && end > i + 1 && tokens.slice(i + 2, end + 1).every((x) => x.kind === 'word' && /^\p{Lu}/u.test(x.text));
  return namedAfter || tokens.slice(i + 1, end + 1).some((x) => isSpeakerWord(x.lower) || ROLE_NOUNS.test(x.lower) || (namedFirst && isPersonWord(x.lower)));
}

/** Running text ends its sentences; a headline does not. */
export const endsLikeRunningText = (sentence: string): boolean => /[.!?]["”’)]*\s*$/.test(sentence);

const isSpeakerWord = (w: string) => SOURCE_HEADS.has(w) || /^(hospitals?|witness(es)?|survivors?|residents?|locals|villagers|relatives?|headteachers?|principals?|teachers?|doctors?|medics?|nurses?|paramedics?|surgeons?|physicians?|coroners?|magistrates?|collectors?|commissioners?|superintendents?|rescuers?|examiners?|troopers|deputies|sheriffs?|marshals|firefighters|coastguards?|stud(?:y|ies)|statistics|investigations?|probes?|inquir(?:y|ies)|surveys?|polls?|census|audits?|prosecutors?|investigators?|judges?|lawyers?|attorneys?|researchers?|experts?|scientists?|analysts?|observers?|activists?|monitors?|journalists?|volunteers?|members?|groups?|outlets?|workers?|owners?|operators?|railways?|guards?|services?|offices?|departments?|administrations?|committees?|councils?|organi[sz]ations?|commissions?|missions?|agencies|forces|governors|mayors|ministers|spokesmen|spokespeople|commanders|lawmakers|junta|regime)$/.test(w);

/**
 * Whether the "with" at `i` ties a person to the body they work for ("a volunteer with the Free Funeral Service
 * Society", "an official with the health ministry"): part of who speaks, never "a resident with tears in his eyes".
 */
function affiliatedWith(tokens: Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'with' || (!/^(an?|the)$/.test(tokens[i - 2]?.lower ?? '') && !/^\p{Lu}/u.test(tokens[i - 2]?.text ?? ''))) return false;
  const who = tokens[i - 1]?.lower ?? '';
  if (!isPersonWord(who) && !isSpeakerWord(who) && !ROLE_NOUNS.test(who)) return false;
  const from = /^(the|a|an)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  for (let j = from; j < tokens.length && j - from < 5 && tokens[j].kind === 'word'; j++) {
    if (/^\p{Lu}/u.test(tokens[j].text) && !(j === from && tokens[j].text.length < 2)) return true;
    if (isSpeakerWord(tokens[j].lower) || BODY_NOUNS.test(tokens[j].lower)) return true;
  }
  return false;
}

/** A copula before the participle at `k`, over an adverb or two: "were confirmed", "is now confirmed". */
function isPassive(tokens: Token[], k: number): boolean {
  // ("the governor's office is reporting five deaths": a progressive, not a passive)
  // ("The Trial Chamber is satisfied that …": an adjective's copula, the court its subject)
  if (/ing$/.test(tokens[k].lower) || tokens[k].lower === 'satisfied') return false;
  let j = k - 1;
  // ("it is currently estimated that": any adverb of manner or time between)
  while (j > 0 && k - j <= 2 && (/^(now|also|since|later|officially|widely|previously|already|still|not)$/.test(tokens[j].lower) || /^[a-z]+ly$/.test(tokens[j].text))) j--;
  // (never "IS said", the Islamic State's letters)
  // ("Twelve people died, I am told")
  if (/^(was|were|is|are|am|been|be|being)$/.test(tokens[j]?.lower ?? '') && tokens[j].text !== 'IS' && !(tokens[j].lower === 'am' && tokens[j - 1]?.kind === 'digits')) return true;
  // ("lost 502 of its men that morning, so I'm told", "we're told": a contraction of "am" or "are")
  if (/^\p{L}+['’](m|re)$/u.test(tokens[j]?.text ?? '')) return true;
  // ("as additional cases are identified and verified": the second of two passive participles)
  return tokens[j]?.lower === 'and' && /ed$/.test(tokens[j - 1]?.lower ?? '') && /^(was|were|is|are|been|be|being)$/.test(tokens[j - 2]?.lower ?? '');
}


/**
 * Where a dateline's dash ends it ("Beirut, MINA –", "KYIV, Ukraine (AP) —"): the index after the dash, else -1. Only
 * names, commas and brackets stand before the dash, and only a few of them.
 */
function datelineEnd(tokens: Token[]): number {
  for (let d = 1; d < tokens.length && d <= 8; d++) {
    const t = tokens[d];
    if (/^[–—-]$/.test(t.text)) {
      const spaced = tokens[d - 1].end !== t.start && tokens[d + 1]?.start !== t.end;
      // (never a name that opens the sentence with its article, its aside between dashes: "The US Geological Survey – an
      // American government science agency – estimated"; "The Hague —" is a place)
      const named = /^(The|A|An)$/.test(tokens[0].text) && tokens[1]?.text !== 'Hague';
      return spaced && /^\p{Lu}/u.test(tokens[0].text) && !named ? d + 1 : -1;
    }
    if (!(t.text === ',' || t.text === '(' || t.text === ')' || t.text === '/' || t.text === '.' || (t.kind === 'word' && /^\p{Lu}/u.test(t.text)))) return -1;
  }
  return -1;
}

/** Nouns for a person's office, which stand in apposition to a name: "X, the region's governor, said". */
const ROLE_NOUNS = /^(governor|head|chief|mediator|negotiator|spokes(?:man|woman|person)|minister|director|director-general|commander|mayor|president|secretary|coordinator|official|officer|chairman|chairwoman|chair|leader|deputy|representative|commissioner|adviser|advisor|ambassador|prosecutor|envoy|administrator|superintendent|super|sheriff|coroner|inspector|marshal|constable|magistrate|collector|owner|founder|co-founder|ceo|manager|editor|principal|pastor|imam|bishop|professor|in-charge|incharge|officer-in-charge)$/;

/** Military ranks, which stand before a name as a title does. */
const RANKS = /^(general|major|colonel|lieutenant|captain|brigadier|sergeant|corporal|admiral|commodore|marshal)$/;

/** A word of a name: capitalised, or an Arabic name's article glued on ("al-Saleh", "el-Sisi"). */
const nameWord = (t: Token) => t.kind === 'word' && /^(?:(?:al|el|ad|ar|as|ash|at|az|ad-d|abu)-)?\p{Lu}/u.test(t.text);

/** The capitalised words that end before `at` open their clause: nothing but punctuation or an article before them. */
function opensClause(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && nameWord(tokens[k])) k--;
  // ("In Kherson, the governor, …, said": a sentence's capitalised preposition opens a place, not a name)
  if (/^(in|at|on|from|near|across|inside|outside|over|after|before|during|since)$/.test(tokens[k + 1]?.lower ?? '') && k + 1 < at - 1) return false;
  return k < 0 || tokens[k].kind === 'punct' || /^(the|a|an)$/.test(tokens[k].lower);
}

/** A short noun phrase of a speaker opens the sentence and ends right before `at`: "The resistance committee". */
function speakerOpensSentence(tokens: Token[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && tokens[k].kind === 'word' && at - k <= 5) k--;
  return k < 0 && at > 0 && isSpeakerWord(tokens[at - 1].lower);
}

/** One to six capitalised words end right before `at`: a person's or a body's name. */
function isNameBefore(tokens: Token[], at: number): boolean {
  let n = 0;
  for (let k = at - 1; k >= 0 && nameWord(tokens[k]); k--) n++;
  // (a title before the name: "Miami Fire Chief Joseph Zahralban")
  return n >= 1 && n <= 6;
}

/** "quoted X as saying", "cited X as saying": X, up to its first comma ("the regional governor, Ivan Petrov"). */
function quotedAs(tokens: Token[], tags: Tags[], k: number): [number, number] | null {
  // ("Benigno Aquino, was later reported saying that …": reported with no "as", in the passive, before the saying)
  if (/^(reported|quoted)$/.test(tokens[k - 1]?.lower ?? '') && tokens[k]?.lower === 'saying') {
    const aux = /^(later|earlier|also|widely)$/.test(tokens[k - 2]?.lower ?? '') ? k - 3 : k - 2;
    if (/^(was|were|is|are)$/.test(tokens[aux]?.lower ?? '')) return subjectBefore(tokens, tags, aux);
  }
  if (tokens[k - 1]?.lower !== 'as') return null;
  for (let v = k - 2; v >= Math.max(0, k - 14); v--) {
    if (tokens[v].lower !== 'quoted' && tokens[v].lower !== 'cited') continue;
    // ("An unnamed rescuer was quoted by the Russian state news agency TASS as saying": in the passive, the one quoted
    // is the subject; who quoted stands after "by")
    if (/^(was|were|is|are|been)$/.test(tokens[v - 1]?.lower ?? '')) return subjectBefore(tokens, tags, v - 1);
    let end = v + 1;
    while (end < k - 1 && tokens[end].text !== ',') end++;
    // ("cited the provincial governor, Li Wei, as saying": the name in apposition, closed right before "as", is kept)
    const name = tokens.slice(end + 1, k - 2);
    if (tokens[k - 2]?.text === ',' && name.length > 0 && name.length <= 4 && name.every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))) return [v + 1, k - 3];
    return end - 1 >= v + 1 ? [v + 1, end - 1] : null;
  }
  return null;
}

/** "X's" before a say-noun or an infinitive say-verb ("the Russian MOD’s decision on Monday to highlight"). */
function possessorBefore(tokens: Token[], k: number): [number, number] | null {
  for (let i = k - 1; i >= Math.max(0, k - 8); i--) {
    const t = tokens[i];
    if (t.kind === 'punct' && t.text !== '’' && t.text !== "'") return null;
    // ("Russia's defence ministry said in a statement that …": an article or a preposition opens the noun's own phrase,
    // and a possessive further back is another's)
    if (/^(a|an|the|in|on|at|by|from|with|for|to|that)$/.test(t.lower)) return null;
    // ("His estimate of 150,000 to 200,000 dead", "Your highest estimate of the famine deaths": a pronoun's, kept as
    // written, right before the noun or one word before it; only where it opens the sentence, a name before it being
    // who it stands for: "The ministry revised its estimate"; never the writer's own "Our estimate", which names no one)
    if (/^(his|her|their|its|your)$/.test(t.lower) && k - i <= 3 && tokens.slice(i + 1, k - 1).every((x) => x.kind === 'word')) {
      if (i === 0) return [i, i];
      continue;
    }
    // ("officials’ previous estimate of 20 dead": a plural speaker's possessive, its mark glued on)
    if (/^['’]$/.test(t.text) && tokens[i - 1]?.end === t.start && /s$/.test(tokens[i - 1].lower) && isSpeakerWord(tokens[i - 1].lower)) return [i - 1, i - 1];
    if (/['’]s$/i.test(t.text)) {
      // ("Until Tuesday’s update": a day's update is no one's)
      if (TIME_WORDS.test(t.lower.replace(/['’]s$/, '')) || /^(week|month|year|day|night)['’]s$/.test(t.lower)) return null;
      let start = i;
      for (let j = i - 1; j >= 0 && i - j < 6; j--) {
        const w = tokens[j];
        if (w.kind !== 'word' || !/^[A-Z]/.test(w.text)) break;
        start = j;
      }
      // ("Pakistan's military gave lower figures": the possessive opens who speaks)
      // ("the government's official hurricane death toll": a singular "official" after a possessive is an adjective)
      if (i + 1 < k - 1 && isSpeakerWord(tokens[i + 1].lower) && tokens[i + 1].lower !== 'official') return [start, i + 1];
      return [start, i];
    }
  }
  return null;
}

function nounPhraseAfter(tokens: Token[], tags: Tags[], k: number): [number, number] | null {
  let end = -1;
  // (16 words: "said an emergency worker at the scene and an official of the shadow National Unity Government")
  for (let i = k; i < tokens.length && i - k < 16; i++) {
    const t = tokens[i];
    // ("said the Sudan Doctors' Network": a plural's possessive, glued to it)
    const possessive = /^['’]$/.test(t.text) && tokens[i - 1]?.end === t.start && /s$/.test(tokens[i - 1].lower) && i > k && tokens[i + 1]?.kind === 'word';
    if (t.kind === 'punct' && t.text !== '.' && t.text !== '-' && !possessive) break;
    if (t.text === '.' && !(i > 0 && /^[A-Z][a-z]{0,3}$/.test(tokens[i - 1].text))) break;
    // ("said the London-based rights group": a plural the tagger takes for a verb, before the noun it modifies)
    // ("said the awaited relatives": a participle before a speaker's noun that closes the sentence)
    const modifier = (tags[i].has('PresentTense') && /s$/.test(t.lower) && tokens[i + 1]?.kind === 'word' && tags[i + 1].has('Noun') && !isVerb(tags[i + 1]))
      || (/ed$/.test(t.lower) && /^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.kind === 'word' && (isSpeakerWord(tokens[i + 1].lower) || isPersonWord(tokens[i + 1].lower))
        && (!tokens[i + 2] || /^[.,;]$/.test(tokens[i + 2].text)));
    // ("…, said Kenyan police.": a speaker's noun the tagger takes for a verb after a name, closing the sentence)
    const speakerNoun = isSpeakerWord(t.lower) && /^\p{Lu}/u.test(tokens[i - 1]?.text ?? '') && (!tokens[i + 1] || /^[.,;]$/.test(tokens[i + 1].text));
    // ("…, estimated a high-ranking official without getting into details": never "Doctors Without Borders")
    // ("said the Committee to Protect Journalists": a name's "to" and the verb after it)
    if (i > k && toInName(tokens, i)) { end = ++i; continue; }
    if (i > k && affiliatedWith(tokens, i)) { end = i; continue; }
    if (isStopWord(t) || (t.text === 'without' && i > k) || (isVerb(tags[i]) && i > k && !modifier && !speakerNoun)) break;
    // ("The figure of 3,000 deaths cited by the ministry refers to the whole province": a verb the tagger takes for a
    // plural, with its "to", is what follows who)
    if (i > k && /^(refers|relates|applies|amounts|belongs|corresponds|pertains)$/.test(t.lower) && tokens[i + 1]?.lower === 'to') break;
    // ('…, said on Facebook': where it was said, not who said it)
    if (i === k && tags[i].has('Preposition')) return null;
    // ("documented by ACLED across the region": where, after who)
    // ("The death toll reported by the ministry rose to 4,200", "confirmed by the UN now stand at 40": a verb the tagger
    // takes for a flower, and when, after who)
    if (i > k && (/^(across|throughout|during|over|since|inside|amid|now)$/.test(t.lower) || t.text === 'rose')) break;
    // ("by midday" is when; "reported by the UN on Monday": the day is when, not who)
    if (i === k && (TIME_WORDS.test(t.lower) || /^(midday|noon|midnight|dawn|dusk|nightfall|then|now)$/.test(t.lower))) return null;
    // ("said the ministry late on Friday": or how late, before its "on")
    // ("recorded by police in March": or its month)
    if (i > k && (TIME_WORDS.test(t.lower) || (/^(on|last|late|early|this)$/.test(t.lower) && TIME_WORDS.test(tokens[i + 1]?.lower ?? ''))
      || (t.lower === 'in' && MONTHS.has(tokens[i + 1]?.lower ?? ''))
      // ("recorded by the Health and Safety Executive last year": or its span, "last year", "this week")
      || (/^(last|this)$/.test(t.lower) && LAST_SPAN.test(tokens[i + 1]?.lower ?? ''))
      || (/^(late|early)$/.test(t.lower) && /^(on|in)$/.test(tokens[i + 1]?.lower ?? '') && TIME_WORDS.test(tokens[i + 2]?.lower ?? '')))) break;
    // ("reported by the army on 12 March": or its date)
    if (i > k && t.lower === 'on' && (MONTHS.has(tokens[i + 1]?.lower ?? '') || (tokens[i + 1]?.kind === 'digits' && MONTHS.has(tokens[i + 2]?.lower ?? '')))) break;
    end = i;
  }
  return end >= k ? [k, end] : null;
}
