// compromise's part-of-speech tags, laid onto our own tokens by offset. compromise is
// heavy (hundreds of ms to load): only the background and the CLI import this file.
import nlp from 'compromise';
import type { Token } from './tokens.ts';
import { isPersonWord } from './lexicon.ts';
import { isNumberWord } from './numbers.ts';

export type Tags = Set<string>;

interface TermJson { tags: string[]; offset: { start: number; length: number } }

export function tagTokens(sentence: string, tokens: Token[]): Tags[] {
  const tags = isTitleCase(tokens) ? titleCaseTags(sentence, tokens) : tagsOf(sentence, tokens);
  participlesAsAdjectives(tokens, tags);
  nounsBeforePeople(tokens, tags);
  nounsBeforeInjuries(tokens, tags);
  acronymsAsNames(tokens, tags);
  sayingAfterBracket(tokens, tags);
  pluralBeforeSaying(tokens, tags);
  harmVerbsAfterGerund(tokens, tags);
  pluralSubjectsAfterThat(tokens, tags);
  possessiveNames(tokens, tags);
  participlesAfterPerfect(tokens, tags);
  sayingAfterGerund(tokens, tags);
  sayAfterCompassPoint(tokens, tags);
  compoundHeadsBeforeCopula(tokens, tags);
  return tags;
}

/**
 * "Three members of the bowls club were hurt": after an article and a plural noun, compromise may take the head of the
 * compound for a present verb; a present verb right before a past copula is none, the head is the clause's subject.
 */
function compoundHeadsBeforeCopula(tokens: Token[], tags: Tags[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (!tags[i].has('Verb') || tags[i].has('Noun') || tags[i].has('PastTense') || !/^(were|was)$/.test(tokens[i + 1].lower)) continue;
    if (tags[i - 1].has('Noun') && tags[i - 1].has('Plural') && !tags[i - 1].has('Verb') && /^(the|a|an)$/.test(tokens[i - 2].lower)) tags[i] = new Set(['Noun', 'Singular']);
  }
}

/**
 * "Doctors in the south say 12 people died": after a compass point, compromise takes it for an adjective and "say" for
 * its noun; before a count or "that", the point is the place and "say" the verb.
 */
function sayAfterCompassPoint(tokens: Token[], tags: Tags[]): void {
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (!/^(say|says)$/.test(tokens[i].lower) || tags[i].has('Verb') || !/^(north|south|east|west|north-?east|north-?west|south-?east|south-?west)$/.test(tokens[i - 1].lower)) continue;
    const next = tokens[i + 1];
    if (next.lower === 'that' || next.kind === 'digits' || isNumberWord(next.lower) || /^(at|more|up|as|about|nearly|around|over)$/.test(next.lower)) {
      tags[i - 1] = new Set(['Noun', 'Singular']);
      tags[i] = new Set(['Verb', 'PresentTense']);
    }
  }
}

/**
 * "The US Geological Survey's modelling suggests deaths could exceed 10,000": after a gerund used as a noun, compromise
 * may take the saying's present for a plural noun; before the deaths, a count or "that" it is the verb.
 */
function sayingAfterGerund(tokens: Token[], tags: Tags[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!/^(suggests|indicates|shows|says)$/.test(tokens[i].lower) || tags[i].has('Verb') || !tags[i - 1].has('Gerund')) continue;
    const next = tokens[i + 1];
    if (next.lower === 'that' || next.kind === 'digits' || /^(deaths|casualties|fatalities)$/.test(next.lower)) tags[i] = new Set(['Verb', 'PresentTense']);
  }
}

/**
 * "Yonhap, citing witnesses, had put the toll at up to 3,000": after an aside, compromise may take a participle spelt
 * like its base for a noun ("a put"); after "had" and before its object's article it is the verb, and so is "put"
 * before an article and a figure's "at".
 */
function participlesAfterPerfect(tokens: Token[], tags: Tags[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!/^(put|set|cut|cast)$/.test(tokens[i].lower) || tags[i].has('Verb') || !/^(the|a|an|its|their|his|her)$/.test(tokens[i + 1].lower)) continue;
    // ("Officials in the northwest put the toll at 380": or a toll put at a figure, a few words on)
    const putAt = tokens[i].lower === 'put' && tokens.slice(i + 2, i + 6).some((t) => t.lower === 'at');
    if (/^(had|has|have)$/.test(tokens[i - 1].lower) || putAt) tags[i] = new Set(['Verb', 'PastTense']);
  }
}

/**
 * "Six workers with the UN's Palestinian refugee agency were killed": compromise reads the capitals of "UN's" as the
 * prefix "un-" of a verb; a capitalised word with a possessive "'s" is a name's possessive.
 */
function possessiveNames(tokens: Token[], tags: Tags[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind === 'word' && tags[i].has('Verb') && /^\p{Lu}[\p{L}.]*['’]s$/u.test(tokens[i].text)) tags[i] = new Set(['Noun', 'ProperNoun', 'Possessive']);
  }
}

/**
 * "said at the news conference that families have identified 11": after "that" and before an auxiliary, compromise may
 * take a plural noun for a verb (the relative clause "conference that families"); it is the clause's subject.
 */
function pluralSubjectsAfterThat(tokens: Token[], tags: Tags[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!/^[a-z]+s$/.test(tokens[i].text) || !tags[i].has('PresentTense') || tags[i].has('Noun')) continue;
    if (tokens[i - 1].lower === 'that' && /^(have|has|had|were|are)$/.test(tokens[i + 1].lower)) tags[i] = new Set(['Noun', 'Plural']);
    // ("The journalists and volunteers said …", "… and volunteers now have identified …": a second plural noun joined
    // to the first, before the verb they share)
    const joined = tokens[i - 1].lower === 'and' && i >= 2 && tags[i - 2].has('Noun') && tags[i - 2].has('Plural') && !tags[i - 2].has('Verb');
    const next = /^(now|also|then|later|have)$/.test(tokens[i + 1].lower) ? i + 2 : i + 1;
    if (joined && (/^(have|has|had|were|are)$/.test(tokens[i + 1].lower) || (tags[next]?.has('PastTense') && !tags[next].has('Passive')))) tags[i] = new Set(['Noun', 'Plural']);
  }
}

/**
 * "Shelling kills 8-year-old boy": after a gerund that opens a headline, compromise takes the verb of harm for a plural
 * noun ("kills" as in "the kills"); it is the headline's verb.
 */
function harmVerbsAfterGerund(tokens: Token[], tags: Tags[]): void {
  if (!tags[0]?.has('Gerund') || !/^(kills|wounds|injures|leaves)$/.test(tokens[1]?.lower ?? '') || tags[1].has('Verb')) return;
  tags[1] = new Set(['Verb', 'PresentTense']);
}

/**
 * A function word written in capitals in running text is an acronym: "CAN said gunmen had kidnapped 303" (the Christian
 * Association of Nigeria), never the modal. A headline in capitals keeps its tags.
 */
function acronymsAsNames(tokens: Token[], tags: Tags[]): void {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.filter((t) => /^\p{Lu}{2,}$/u.test(t.text)).length * 2 >= words.length) return;
  for (let i = 0; i < tokens.length; i++) {
    // ("killed a senior IS commander": the Islamic State's two letters, never the copula)
    if (tokens[i].text === 'IS' && tags[i].has('Copula')) { tags[i] = new Set(['Noun', 'ProperNoun', 'Acronym']); continue; }
    if (!/^\p{Lu}{3,}$/u.test(tokens[i].text) || tokens[i].kind !== 'word') continue;
    if (tags[i].has('Modal') || tags[i].has('Auxiliary') || tags[i].has('Conjunction') || tags[i].has('Determiner')) tags[i] = new Set(['Noun', 'ProperNoun', 'Acronym']);
  }
}

/**
 * "…, UK-based Syrian Observatory for Human Rights (SOHR) reports.": a say-verb right after a name's bracketed acronym,
 * closing the sentence, which compromise takes for a plural noun.
 */
function sayingAfterBracket(tokens: Token[], tags: Tags[]): void {
  for (let i = 3; i < tokens.length; i++) {
    if (!/^(reports|says|adds|writes|notes|estimates)$/.test(tokens[i].lower) || tokens[i - 1].text !== ')' || tokens[i - 3]?.text !== '(') continue;
    if (tokens[i + 1] && tokens[i + 1].kind !== 'punct') continue;
    tags[i] = new Set(['Verb', 'PresentTense']);
  }
}

/**
 * "…, engineers said.": a plural noun right before a say-verb, after a comma or opening the sentence, which compromise
 * takes for a verb's present ("engineers", "doctors" as what one does).
 */
function pluralBeforeSaying(tokens: Token[], tags: Tags[]): void {
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tags[i].has('PresentTense') || !/s$/.test(tokens[i].lower) || tokens[i].kind !== 'word' || !/^(said|say|told|tell|reported|estimated)$/.test(tokens[i + 1].lower)) continue;
    if (i > 0 && tokens[i - 1].text !== ',') continue;
    tags[i] = new Set(['Noun', 'Plural']);
  }
}

/**
 * Nouns compromise takes for verbs between a count and the people it counts: "three contract staff", "four support
 * staff" (what they do, a compound of the noun after it).
 */
function nounsBeforePeople(tokens: Token[], tags: Tags[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!tags[i].has('Verb') || tags[i].has('PastTense') || tags[i].has('Gerund') || tokens[i].kind !== 'word') continue;
    // ("three American contract staff": or over a nationality between)
    // (never past a count in capitals itself: "COLLECTOR: Two contract labourers")
    const count = /^\p{Lu}/u.test(tokens[i - 1].text) && i >= 2 && tokens[i - 1].kind === 'word' && !isNumberWord(tokens[i - 1].lower) ? i - 2 : i - 1;
    const counted = tokens[count].kind === 'digits' || isNumberWord(tokens[count].lower);
    if (counted && isPersonWord(tokens[i + 1].lower) && !isPersonWord(tokens[i].lower)) tags[i] = new Set(['Noun', 'Singular']);
    // ("a 52-year-old tea garden worker": or the second noun of a compound on the person, after the first)
    else if (isPersonWord(tokens[i + 1].lower) && !isPersonWord(tokens[i].lower) && tags[i].has('Infinitive') && tags[i - 1].has('Noun') && !tags[i - 1].has('Pronoun') && !tags[i - 1].has('Plural') && tokens[i - 1].kind === 'word'
      && !isPersonWord(tokens[i - 1].lower) && /^[a-z]+$/.test(tokens[i].text) && /^[a-z]+$/.test(tokens[i - 1].text)) tags[i] = new Set(['Noun', 'Singular']);
  }
}

/**
 * "58 patients with blast injuries", "treated for crush wounds": nouns compromise takes for verbs right before the injuries
 * they name the kind of.
 */
function nounsBeforeInjuries(tokens: Token[], tags: Tags[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!tags[i].has('Verb') || tags[i].has('PastTense') || tags[i].has('Gerund') || tokens[i].kind !== 'word') continue;
    if (/^(with|for|of|from)$/.test(tokens[i - 1].lower) && /^(injuries|wounds|burns|trauma)$/.test(tokens[i + 1].lower)) tags[i] = new Set(['Noun', 'Singular']);
  }
}

/**
 * Participles compromise takes for verbs where they describe a noun: "A dozen suspected militants were killed", "Two
 * dozen armed men" ("dozen" read as the subject), "an al-Qaida affiliated group".
 */
function participlesAsAdjectives(tokens: Token[], tags: Tags[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!/ed$/.test(tokens[i].lower) || !tags[i].has('PastTense')) continue;
    const afterDozen = tokens[i - 1].lower === 'dozen' && tags[i + 1].has('Plural');
    // ("an al-Qaida affiliated Islamist group", "a Russia backed militia": after an article and a name, a participle
    // before a noun is the name's link to it)
    let name = i - 1;
    while (name > 0 && tags[name].has('ProperNoun') && i - name < 4) name--;
    const afterName = name < i - 1 && /^(a|an|the)$/.test(tokens[name].lower) && tags[i + 1].has('Noun') && !tags[i + 1].has('Verb');
    // ("12 unconfirmed deaths", "three unidentified bodies": a negated participle between a count and its noun)
    const negatedAfterCount = /^un[a-z]+ed$/.test(tokens[i].lower) && tags[i - 1].has('Value') && tags[i + 1].has('Noun') && !tags[i + 1].has('Verb');
    // ("three members of affiliated clubs died": after a preposition and before a noun, a participle is no verb)
    const afterPreposition = /^(of|from|in|among|with|for)$/.test(tokens[i - 1].lower) && tags[i + 1].has('Noun') && !tags[i + 1].has('Verb');
    if (afterDozen || afterName || negatedAfterCount || afterPreposition) tags[i] = new Set(['Adjective']);
  }
}

/**
 * A headline in Title Case ("Soviet Aide Says 12,000 Died in War"): compromise takes every
 * capitalised word for a name, so "Says" and "Died" are no verbs. Such a headline is tagged as
 * written in lower case (the tokens keep their capitals for the rules that read them).
 */
function titleCaseTags(sentence: string, tokens: Token[]): Tags[] {
  // (lower case of the same length, so every offset holds; an acronym stays as it is)
  let lower = '';
  let at = 0;
  for (const t of tokens) {
    lower += sentence.slice(at, t.start);
    const l = t.text.toLowerCase();
    lower += t.kind === 'word' && !/^\p{Lu}{2,}$/u.test(t.text) && l.length === t.text.length ? l : t.text;
    at = t.end;
  }
  lower += sentence.slice(at);
  return tagsOf(lower, tokens);
}

/** Most of the longer words capitalised, the first word apart: a headline in Title Case. */
function isTitleCase(tokens: Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    long++;
    if (/^\p{Lu}/u.test(t.text)) capitalised++;
  }
  return long >= 3 && capitalised / long >= 0.8;
}

function tagsOf(sentence: string, tokens: Token[]): Tags[] {
  const terms: TermJson[] = [];
  for (const s of nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]) {
    terms.push(...s.terms);
  }
  const out: Tags[] = tokens.map(() => new Set<string>());
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (k < terms.length && terms[k].offset.start + terms[k].offset.length <= t.start) k++;
    for (let j = k; j < terms.length && terms[j].offset.start < t.end; j++) {
      for (const tag of terms[j].tags) out[i].add(tag);
    }
  }
  return out;
}

const places = new Map<string, boolean>();

/** Whether a word alone names a country or a city ("Mozambique", "Kharkiv"): the tags a sentence gives it may not say so. */
export function isPlaceName(word: string): boolean {
  let known = places.get(word);
  if (known === undefined) places.set(word, known = nlp(word).has('#Place'));
  return known;
}
