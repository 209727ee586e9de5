// Word lists the extraction grammar is built from. Kept as data so that an error can be
// explained by a missing or wrong entry rather than by a special case in code.
import type { Category } from './types.ts';

/** Casualty words that follow the number: "89 killed", "17 dead", "300 wounded", "scores of deaths". */
export const CASUALTY_AFTER: Record<string, Category> = {
  killed: 'killed', dead: 'killed', deceased: 'killed', deaths: 'killed', death: 'killed', died: 'killed', die: 'killed',
  dies: 'killed', dying: 'killed', fatalities: 'killed', fatality: 'killed', bodies: 'killed', corpses: 'killed',
  slain: 'killed', murdered: 'killed', perished: 'killed', executed: 'killed', massacred: 'killed', hanged: 'killed',
  // ("147 students perish in varsity attack", "Three drown as boat sinks": a headline's present tense)
  perish: 'killed', drown: 'killed',
  lives: 'killed', martyrs: 'killed', 'shot dead': 'killed', drowned: 'killed', martyred: 'killed', homicides: 'killed', assassinated: 'killed',
  // ("an estimated 800 femicides were reported": killings of women, as statistics copy counts them)
  femicides: 'killed', feminicides: 'killed',
  // ("There were 14 drownings in July")
  drownings: 'killed',
  lynched: 'killed', body: 'killed', 'gunned down': 'killed', 'found hanging': 'killed', 'found hanged': 'killed', murders: 'killed', killings: 'killed', succumbed: 'killed', succumbing: 'killed',
  beheaded: 'killed', beheadings: 'killed', decapitated: 'killed', electrocuted: 'killed', slaughtered: 'killed', suffocated: 'killed', asphyxiated: 'killed',
  'fatally shot': 'killed', 'fatally stabbed': 'killed', 'fatally wounded': 'killed', 'fatally injured': 'killed', 'buried alive': 'killed', 'burned alive': 'killed', 'burnt alive': 'killed',
  'mortally wounded': 'killed', 'mortally injured': 'killed', 'passed away': 'killed', 'struck dead': 'killed',
  // ("14 reports of serious liver injury, including two with a fatal outcome": a case's outcome, in a medicine
  // regulator's words)
  'fatal outcome': 'killed', 'fatal outcomes': 'killed',
  // ("four soldiers embraced martyrdom", "embraced Shahadat", "20 Indian soldiers had attained martyrdom": the press of a
  // military that counts its dead as martyrs)
  'embraced martyrdom': 'killed', 'embraced shahadat': 'killed', 'attained martyrdom': 'killed', 'attained shahadat': 'killed',
  // ("has suffered over 1,073,530 troop losses": an army's losses counted are its killed and wounded together)
  'troop losses': 'casualties', 'personnel losses': 'casualties', 'combat losses': 'casualties',
  wounded: 'wounded', injured: 'wounded', injuries: 'wounded', hurt: 'wounded', harmed: 'wounded', hospitalized: 'wounded', stabbed: 'wounded',
  // ("Two workers were severely burned in the blast", "was badly burned": a grave burn is a wound, never "burned" alone,
  // which is what befalls houses)
  'badly burned': 'wounded', 'severely burned': 'wounded', 'seriously burned': 'wounded', 'critically burned': 'wounded',
  'badly burnt': 'wounded', 'severely burnt': 'wounded', 'seriously burnt': 'wounded',
  // ("treated over 4,000 war-wounded patients": the war's wounded, as one word)
  'war-wounded': 'wounded', 'war-injured': 'wounded',
  // ("admitted more than 200 weapon-wounded patients": the ICRC's word for the hurt by weapons)
  'weapon-wounded': 'wounded',
  // ("four walking wounded who went to A&E by ambulance": the hurt who can walk)
  'walking wounded': 'wounded',
  // ("Casualties (as of 14:00): 7 KIA, 23 WIA, 2 MIA": an army's abbreviations)
  kia: 'killed', wia: 'wounded', mia: 'missing',
  hospitalised: 'wounded', wounds: 'wounded', injuring: 'wounded', wounding: 'wounded', injury: 'wounded',
  // ("at least 8 deaths, 23 hospitalizations": each one of the hurt taken in)
  hospitalizations: 'wounded', hospitalisations: 'wounded',
  // ("thousands of others maimed for life")
  // ("Seven passengers were scalded when a steam pipe burst")
  maimed: 'wounded', scalded: 'wounded',
  // ("one of the six still-missing victims")
  // ("Fifteen people remain untraced after the landslide": South Asian copy's word for the missing)
  missing: 'missing', 'still-missing': 'missing', unaccounted: 'missing', untraced: 'missing', disappeared: 'missing', vanished: 'missing', disappearances: 'missing', 'forced disappearances': 'missing', 'enforced disappearances': 'missing',
  captured: 'captured', taken: 'captured', prisoners: 'captured', captives: 'captured', abducted: 'captured', kidnapped: 'captured',
  // ("three other gunmen were seized on the scene")
  seized: 'captured',
  // ("more than 1,200 government soldiers had surrendered": soldiers who give themselves up are taken; extract.ts
  // casualtyAt reads it only of soldiers, never of suspects or of "surrendered their weapons")
  surrendered: 'captured',
  // ("Eighty women and children were said to have been whisked away", Nigerian copy's word for an abduction)
  'whisked away': 'captured',
  kidnappings: 'captured', abductions: 'captured',
  // ("at least 579 executions were carried out", "81 individual executions": the put to death are dead)
  executions: 'killed',
  casualties: 'casualties', victims: 'casualties', casualty: 'casualties', 'fell victim': 'casualties',
  // a common misspelling
  causalities: 'casualties',
};

/**
 * A death in the present, as a clause of "if" or "when" says what may befall anyone: "When 12 people die in a fire",
 * "If even one child dies" (extract.ts for counts, implicit.ts for single victims).
 */
export const PRESENT_DEATH = /^(die|dies|drown|drowns|perish|perishes)$/;

/** Harm verbs that kill with "to death", in any form: "stabbed to death", "slashing 19 people to death". */
// ("It put to death at least 314 people", "put 12 prisoners to death": a state's killing)
// ("scores were choked or crushed to death", "strangled to death", "mauled to death by a neighbour's dog")
const TO_DEATH_FORMS = /^(?:put(?:s|ting)?|stab(?:bed|bing|s)?|beat(?:en|ing|s)?|burn(?:ed|t|ing|s)?|sh(?:ot|oot|ooting|oots)|hack(?:ed|ing|s)?|crush(?:ed|ing|es)?|trampl(?:ed|ing|es)|starv(?:ed|ing|es)|fast(?:ed|ing)|tortur(?:ed|ing|es)|frozen|froze|freez(?:es|ing)|club(?:bed|bing|s)|ston(?:ed|ing|es)|bludgeon(?:ed|ing|s)?|slash(?:ed|ing|es)?|knif(?:ed|ing)|char(?:red|ring)|bayonet(?:ed|ted|ing|ting|s)?|whip(?:ped|ping|s)?|kick(?:ed|ing|s)?|lash(?:ed|ing|es)?|chok(?:ed|ing|es)|strangl(?:ed|ing|es)|smother(?:ed|ing|s)?|maul(?:ed|ing|s)?|gor(?:ed|ing|es)|savag(?:ed|ing|es))$/;
export const isToDeathVerb = (word: string): boolean => TO_DEATH_FORMS.test(word);

/** Verbs and nouns that take the number after them: "killing 89", "death toll rises to 28". */
/** Keys that open a list of victims: "The dead included a local journalist and two aid workers", "The victims included 3 police officers". */
const INCLUSION_KEYS: Record<string, Category> = {
  'victims included': 'casualties', 'victims include': 'casualties', 'victims were': 'casualties',
  'dead included': 'killed', 'dead include': 'killed', 'fatalities included': 'killed', 'fatalities include': 'killed',
  // "Among the dead were two soldiers and one member of the militia"
  'dead were': 'killed', 'killed were': 'killed', 'deceased included': 'killed', 'deceased include': 'killed', 'wounded were': 'wounded', 'injured were': 'wounded',
  'deceased were': 'killed', 'deceased are': 'killed',
  'dead are': 'killed', 'killed are': 'killed', 'wounded are': 'wounded', 'injured are': 'wounded', 'victims are': 'casualties',
  'casualties included': 'casualties', 'casualties include': 'casualties', 'killed included': 'killed', 'killed include': 'killed', 'wounded included': 'wounded', 'wounded include': 'wounded',
  'injured included': 'wounded', 'injured include': 'wounded',
  // "The death toll from the strike included a woman and her two children"
  'toll included': 'killed', 'toll includes': 'killed', 'toll include': 'killed',
  // "The bodies of a 40-year-old man, an 8-year-old girl, and two boys"
  'bodies of': 'killed',
  // ("The 41 deceased comprise 18 women, 13 men, five girls, and five boys")
  'deceased comprise': 'killed', 'deceased comprised': 'killed', 'dead comprise': 'killed', 'dead comprised': 'killed',
  'victims comprise': 'casualties', 'victims comprised': 'casualties',
  // ("The fatalities comprised two solo pilots …, a tandem pilot and his passenger …")
  'fatalities comprise': 'killed', 'fatalities comprised': 'killed', 'casualties comprise': 'casualties', 'casualties comprised': 'casualties',
  // "Among the missing were 27 miners"
  'missing were': 'missing', 'missing are': 'missing', 'missing included': 'missing', 'missing include': 'missing',
};
// (pure: the content script imports this file for its person nouns, and must not carry these keys)
export const INCLUSIONS = /* @__PURE__ */ new Set(/* @__PURE__ */ Object.keys(INCLUSION_KEYS));

export const CASUALTY_BEFORE: Record<string, Category> = {
  killing: 'killed', killed: 'killed', kills: 'killed', kill: 'killed', 'death toll': 'killed', 'death tolls': 'killed', tolls: 'killed',
  toll: 'killed', 'deaths of': 'killed', 'death of': 'killed', 'bodies of': 'killed', 'corpses of': 'killed', 'killing of': 'killed', 'elimination of': 'killed', 'perishing of': 'killed',
  'deaths': 'killed', 'dead': 'killed', 'lives of': 'killed', 'life of': 'killed', claimed: 'killed', claiming: 'killed',
  'murder of': 'killed', 'murders of': 'killed', 'killings of': 'killed', 'executions of': 'killed', 'execution of': 'killed', 'massacre of': 'killed', 'slaughter of': 'killed', claims: 'killed', beheaded: 'killed', beheading: 'killed', decapitated: 'killed', decapitating: 'killed',
  // ("Terrorists Behead Four in Palma": a headline's present)
  behead: 'killed', beheads: 'killed', decapitate: 'killed', decapitates: 'killed',
  slaughtered: 'killed', slaughtering: 'killed', massacred: 'killed', massacring: 'killed', executed: 'killed', hanged: 'killed',
  executing: 'killed', murdered: 'killed', murdering: 'killed', 'shot dead': 'killed', 'gunned down': 'killed', 'shoot dead': 'killed', 'shoots dead': 'killed', 'shooting dead': 'killed',
  // ("after shooting down 18 people and wounding another 13": of people only, in extract.ts, never "shot down two drones")
  'gunning down': 'killed', 'guns down': 'killed', 'shot down': 'killed', 'shooting down': 'killed',
  abducting: 'captured', kidnapping: 'captured', kidnapped: 'captured', kidnap: 'captured', kidnaps: 'captured', abduct: 'captured', abducts: 'captured',
  // ("have seized thousands of people", "the seizure of over 200 students": only of people, below)
  seized: 'captured', 'seizure of': 'captured',
  assassinated: 'killed', lynched: 'killed', 'assassination of': 'killed', 'lynching of': 'killed',
  // ("A terrorist attack … martyred eight members of the security forces": the press of a military that counts its
  // dead as martyrs, in the active)
  // ("suicide blast martyrs 128": a headline's present)
  martyred: 'killed', martyring: 'killed', martyrs: 'killed',
  // ("a cloud of carbon dioxide that suffocated some twelve hundred people in their sleep")
  suffocated: 'killed', suffocating: 'killed', asphyxiated: 'killed',
  // ("the abduction of over 200 senior students")
  'abduction of': 'captured', 'abductions of': 'captured', 'disappearance of': 'missing', 'disappearances of': 'missing',
  // ("announced the hospitalisation of 115 people, including five children")
  'hospitalisation of': 'wounded', 'hospitalization of': 'wounded',
  // ("this year has witnessed the loss of 62 humanitarian workers": only of people, in extract.ts)
  'loss of': 'killed',
  // ("capsized on Sunday, drowning at least 30 people")
  drowning: 'killed', drowned: 'killed', drowns: 'killed', drown: 'killed',
  'wounds': 'wounded', injures: 'wounded', maimed: 'wounded', maiming: 'wounded',
  wounding: 'wounded', injuring: 'wounded', wounded: 'wounded', injured: 'wounded', injure: 'wounded', wound: 'wounded', stabbing: 'wounded', stabbed: 'wounded',
  // ("killing 14 and hurting over 450")
  hurting: 'wounded',
  // ("managed to stab nine people"; "after fatally stabbing five": a wound that killed)
  stab: 'wounded', stabs: 'wounded', 'fatally stabbing': 'killed', 'fatally shooting': 'killed', 'fatally wounding': 'killed', 'injuries to': 'wounded', 'injury to': 'wounded', 'injuries of': 'wounded', 'injury of': 'wounded',
  // ("inflicted injuries upon 806 people")
  'injuries upon': 'wounded', 'injuries on': 'wounded',
  'wounds to': 'wounded', captured: 'captured', capturing: 'captured', capture: 'captured', captures: 'captured', abducted: 'captured',
  // ("The hoodlums were said to have whisked away 30 villagers")
  'whisked away': 'captured',
  'casualties': 'casualties', 'casualty toll': 'casualties', 'injury toll': 'wounded',
  ...INCLUSION_KEYS,
  'remains of': 'killed',
  // "resulted in the martyrdom of five people"
  'martyrdom of': 'killed',
};

/**
 * Verbs that kill only people named after the number, the way a ministry counts enemy dead:
 * "destroyed up to 200 militants", "eliminated 300 Ukrainian servicemen", "buried 280 people",
 * "has lost 56 soldiers" (never "destroyed 12 tanks").
 */
export const KILLS_PEOPLE_ONLY = new Set(['destroyed', 'destroying', 'destroy', 'destroys', 'eliminated', 'eliminating',
  'eliminate', 'eliminates', 'neutralised', 'neutralized', 'neutralising', 'neutralizing', 'buried', 'burying', 'bury', 'buries',
  // "Israel has lost 56 soldiers"
  'lost', 'lose', 'loses', 'losing',
  // ("Alexander massacres 300 villagers": a history's present; a count of massacres counts no people)
  'massacres', 'massacre', 'slaughters', 'slaughter']);

/** The ones that also kill as a passive: "200 reservists were destroyed" (never "were buried", alive under rubble, or "were lost"). */
export const KILLS_PEOPLE_AS_PASSIVE = new Set(['destroyed', 'eliminated', 'neutralised', 'neutralized']);

/**
 * Nouns that stand for "the figure" once a casualty word has set the topic: "latest figure is 83" ("The balance of fatal
 * victims … has risen to 211": a translation's word for the toll).
 */
export const FIGURE_NOUNS = new Set(['figure', 'toll', 'tally', 'count', 'number', 'total', 'list', 'balance']);

/** Verbs of saying: their subject is the source of a figure in their clause. */
export const SAY_VERBS = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'telling', 'claimed', 'claims', 'claim', 'claiming', 'reported', 'reports',
  // ("with witnesses recounting how gunmen … kidnapped 187 students")
  'recounted', 'recounting', 'recounts',
  // (only with a clause after them, see attribution.ts: "the minister replied that …")
  'replied', 'replies', 'responded', 'responds',
  // ("Officials fear the death toll might climb to 100", "rescuers feared 10 more bodies are still trapped": who fears a
  // toll or a count gives it, attribution.ts; never the passive hedge "were feared dead")
  'fear', 'fears', 'feared',
  // ("activists calculate that 8,000 people died": a reckoning of the count is its saying)
  'calculate', 'calculates', 'calculated', 'reckon', 'reckons', 'reckoned',
  'report', 'announced', 'announces', 'confirmed', 'confirms', 'stated', 'states', 'state', 'affirm', 'affirms', 'affirmed', 'added', 'adds',
  'estimated', 'estimates', 'estimating', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'highlight', 'highlighted',
  // ("a parliamentary commission recognised that 8 more people had died": only with a clause after it, see isSayVerbHere)
  'recognised', 'recognized',
  'highlights', 'alleged', 'alleges', 'insisted', 'insists', 'wrote', 'writes', 'write', 'posted', 'posts', 'tweeted',
  'put', 'puts', 'set', 'sets', 'raised', 'raises', 'raise', 'raising', 'lowering', 'revising', 'doubled', 'doubles', 'tripled', 'triples', 'revised', 'revises', 'revise', 'lowered', 'lowers', 'updated', 'updates', 'update', 'upgraded', 'upgrades',
  'counted', 'counts', 'count', 'recorded', 'records', 'record', 'logged', 'determined', 'determines', 'documented', 'documents', 'flagged', 'flags', 'cited', 'cites', 'quoted',
  'announce', 'confirm', 'estimate', 'acknowledge', 'admit', 'warned', 'warns', 'warn', 'cautioned', 'cautions', 'noted', 'notes',
  'verified', 'verifies', 'verify', 'registered', 'registers', 'tallied', 'tallies', 'indicates', 'indicated', 'recounted', 'recounts', 'shared', 'shares', 'identified', 'identifies',
  // ("I personally certified 61 deaths": a doctor's signing of deaths is the count's saying)
  'certified', 'certifies',
  // ("The publication described 23 deaths under serious adverse events")
  'described', 'describes',
  // only after a plural of who speaks, before the figure (see isSayVerbHere): "the researchers project between …"
  'project',
  // only with a clause after them, or closing the sentence (see isSayVerbHere): '"…," he specified'
  'specified', 'specifies', 'specifying',
  // with a clause after them only (see isSayVerbHere): "the study found that", "monitors suggesting as many as 90"
  'found', 'finds', 'suggested', 'suggests', 'suggesting', 'showed', 'shows', 'show', 'find', 'suggest', 'showing',
  // ("The report … reflects that … 3,960 people were killed")
  'reflects', 'reflected',
  // with a clause after them only (see isSayVerbHere): "she reminds the court that two survivors have since …"
  'reminds', 'reminded', 'remind',
  // a court's words, with a clause after them only (see isSayVerbHere): "The Prosecution submitted that …", "Witness
  // RM-314 testified that …"
  'testified', 'testifies', 'submitted', 'submits',
  // ("The Trial Chamber is satisfied beyond reasonable doubt that …": only with a clause after it, see isSayVerbHere)
  'satisfied',
  // only with a count of deaths and what they are tied to (see isSayVerbHere): "autopsies linked another 14 deaths to …"
  'linked', 'links', 'tied', 'ties',
  // only after a written thing (see isSayVerbHere): '"…," the post reads'
  'reads', 'read',
  'declared', 'declares',
  // ("Various press reports are quoting death toll of 243", "The Red Cross fears the toll may be as high as 128,000")
  'quoting', 'fears',
  // only with a toll as its object (see isSayVerbHere): "The state pegged the death toll at 36"
  'pegged', 'pegs', 'peg',
  // "with the health ministry reporting another death", "with authorities announcing nearly 300 …"
  'reporting', 'announcing', 'confirming',
  // only before reports and their clause (see isSayVerbHere): "has received reports that …"
  'received', 'receives',
  // only before its clause (see isSayVerbHere): "detailed that …"
  'detailed', 'details',
  // only before a toll or a list (see isSayVerbHere): "increased its death toll to 322", "published a list of 145 victims"
  'increased', 'increases', 'published', 'publishes', 'released', 'releases', 'release', 'issued', 'issues',
  // only as "pointing out that", "…, points out the report" (see isSayVerbHere)
  'pointing', 'points', 'pointed',
  // with a clause after them only (see isSayVerbHere): "has established that"
  'established', 'establishes', 'recalls', 'recalled', 'stating', 'noting', 'concluding',
  // only after a comma, before its clause (see isSayVerbHere): "blamed armed groups for the killings, adding that"
  'adding',
  // only after a comma, with a toll after it (see isSayVerbHere): "issued a new toll, revising it sharply upwards from …"
  'revising',
  // only after a writing or a comma (see isSayVerbHere): "issued a report alleging at least 600 were killed"
  'alleging',
  'revealed', 'reveals', 'reveal', 'disclosed', 'discloses', 'clarified', 'clarifies', 'concluded', 'concludes', 'attributed', 'attributes',
  'explained', 'explains', 'elaborated', 'elaborates', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  // with a clause after them only (see isSayVerbHere)
  // ("The USGS has projected that the total death toll could surpass 10,000": only with its clause, attribution.ts)
  'projected', 'projects', 'project', 'predicted', 'predicts',
  'argued', 'argues', 'maintained', 'maintains', 'maintain', 'asserted', 'asserts', 'assessed', 'assesses', 'spoke', 'spoken', 'speaks', 'speak', 'informed', 'informs', 'understands', 'learned', 'learnt',
  // only before the figure it puts (see isSayVerbHere): "placed the number of soldiers killed at more than 800"
  // ("places" only before "the" and a toll's noun: "Unicef places the number of people still missing at about 8,500";
  // never "place", a noun far more often)
  'placed', 'places', 'place',
  // only before the figure it gives (see isSayVerbHere): "Amnesty gave a death toll of more than 100", "some sources give
  // 562 deaths"
  'gave', 'gives', 'giving', 'given', 'give',
  // only before a toll (see isSayVerbHere): "the report provides an estimated death toll ranging from …"
  'provides', 'provided',
  'conceded', 'concedes', 'conceding', 'concede',
  // only before the toll it lists, or closing the sentence (see isSayVerbHere)
  'listed', 'lists', 'continued',
  // only as "accepted responsibility for 11 deaths" (see isSayVerbHere)
  'accepted', 'accepts',
  // only before the toll it cuts (see isSayVerbHere)
  'reduced', 'reduces', 'reduce', 'cut', 'cuts',
  // with a clause after them only (see isSayVerbHere): "our correspondent gathered that"
  'gathered',
  // only with what is charged (see isSayVerbHere): "X accused the coalition of strikes that killed 30"
  'accused', 'accuses', 'accusing', 'accuse',
  // with a clause after it only (see isSayVerbHere)
  // ("police and city administrators at the time believed that there were about 25,000 victims": only with its clause)
  'indicating', 'believe', 'believes', 'believed', 'indicate', 'mentioned', 'mentions',
]);

/** Nouns of saying: "X's acknowledgment of", "X made a rare admission". */
export const SAY_NOUNS = new Set([
  'acknowledgment', 'acknowledgement', 'admission', 'statement', 'announcement', 'estimate',
  'claim', 'report', 'figures', 'figure', 'data', 'tally', 'count', 'decision', 'briefing', 'update', 'numbers',
  'allegations', 'allegation', 'accusations', 'claims', 'reports', 'estimates', 'assessment', 'assessments',
  // ("Despite an original boast by the Jewish militias that 254 … had been killed")
  'boast', 'assertion', 'insistence',
]);

/** Verbs that tell what follows them, with "that" or without: "announced on June 23 that …", "confirmed that one …". */
export const TELLING_VERBS = /^(said|says|announced|announces|stated|states|reported|reports|confirmed|confirms|confirm|added|adds)$/;

/** Wire-service tags a headline may start with ("RPT-", "UPDATE 2-", "EXCLUSIVE-"): never a source nor a figure. */
export const WIRE_TAGS = ['rpt', 'refile', 'corrected', 'update', 'updated', 'wrapup', 'wrap', 'exclusive', 'analysis', 'factbox', 'insight', 'timeline', 'breaking'];

/** Heads of source phrases, to tell "fighting-military source" from "pro-Russia rebels", and "dead-police" from "dead-end". */
export const SOURCE_HEADS = new Set(['military', 'source', 'sources', 'ministry', 'officials', 'official', 'police', 'army',
  'report', 'reports', 'media', 'spokesman', 'spokesperson', 'governor', 'mayor', 'agency', 'government', 'authorities',
  'rebels', 'separatists', 'kiev', 'kyiv', 'moscow', 'ukraine', 'russia', 'un', 'tass', 'ria', 'interfax', 'tv', 'president', 'staff', 'command', 'medics']);

/** A casualty word glued by a hyphen to who says it: "dead-Ukrinform", "dead-police" (never "dead-end"). */
export function gluesSource(casualtyWord: string, next: string): boolean {
  return Boolean(CASUALTY_AFTER[casualtyWord.toLowerCase()]) && (/^\p{Lu}/u.test(next) || SOURCE_HEADS.has(next.toLowerCase()));
}

/** Verbs that report without naming who says: never a source on their own. */
export const AGENTLESS = new Set(['reportedly', 'allegedly', 'purportedly']);

export interface QualifierWord {
  words: string[];
  direction: 'at least' | 'more than' | 'at most' | 'less than' | 'approximate';
}

// Longest first so "as many as" wins over "as".
export const QUALIFIERS: QualifierWord[] = ([
  ['at least', 'at least'], ['at the very least', 'at least'], ['atleast', 'at least'], ['no fewer than', 'at least'], ['no less than', 'at least'], ['not less than', 'at least'], ['not fewer than', 'at least'], ['a minimum of', 'at least'],
  ['more than', 'more than'], ['greater than', 'more than'], ['higher than', 'more than'], ['over', 'more than'], ['upwards of', 'more than'], ['in excess of', 'more than'],
  ['tops', 'more than'], ['topped', 'more than'], ['top', 'more than'], ['crossed', 'more than'], ['crosses', 'more than'], ['cross', 'more than'], ['exceeds', 'more than'],
  ['exceeded', 'more than'], ['above', 'more than'], ['beyond', 'more than'], ['passes', 'more than'], ['passed', 'more than'],
  ['surpasses', 'more than'], ['surpassed', 'more than'], ['exceed', 'more than'], ['surpass', 'more than'], ['pass', 'more than'],
  ['surpassing', 'more than'], ['exceeding', 'more than'], ['topping', 'more than'], ['crossing', 'more than'],
  // ("fear death toll could eclipse 100": to eclipse a count is to pass it)
  ['eclipse', 'more than'], ['eclipses', 'more than'], ['eclipsed', 'more than'], ['eclipsing', 'more than'],
  ['up to', 'at most'], ['upto', 'at most'], ['as many as', 'at most'], ['as high as', 'at most'], ['as much as', 'at most'], ['at most', 'at most'],
  // ("feared that the death toll might be as heavy as 1,000")
  ['as heavy as', 'at most'],
  ['a maximum of', 'at most'], ['not more than', 'at most'], ['no more than', 'at most'],
  ['less than', 'less than'], ['fewer than', 'less than'], ['under', 'less than'], ['below', 'less than'],
  ['nearly', 'approximate'], ['almost', 'approximate'], ['about', 'approximate'], ['around', 'approximate'],
  ['some', 'approximate'], ['roughly', 'approximate'], ['approximately', 'approximate'], ['approx', 'approximate'], ['~', 'approximate'],
  ['an estimated', 'approximate'], ['estimated', 'approximate'], ['close to', 'approximate'], ['closer to', 'approximate'],
  ['an approximate', 'approximate'], ['circa', 'approximate'], ['just over', 'more than'],
  // ("The New Model Army lost perhaps 150 men": a historian's hedge on the count)
  // ("lost … something like 300 of the men": a memoir's)
  ['perhaps', 'approximate'], ['something like', 'approximate'], ['in the region of', 'approximate'],
  ['approaching', 'approximate'], ['approaches', 'approximate'], ['approached', 'approximate'], ['nearing', 'approximate'], ['nears', 'approximate'], ['neared', 'approximate'], ['near', 'approximate'], ['towards', 'approximate'], ['toward', 'approximate'], ['just under', 'less than'], ['well over', 'more than'], ['more then', 'more than'], ['past', 'more than'],
  // ("estimated the casualties … to be much more than 40")
  ['much more than', 'more than'], ['far more than', 'more than'], ['well more than', 'more than'], ['well above', 'more than'], ['far above', 'more than'],
  // ("c. 60 missing, presumed dead": circa, shortened)
  ['c .', 'approximate'], ['ca .', 'approximate'],
  // ("Fatalities: ≥107 villagers": an info box's signs)
  ['≥', 'at least'], ['≤', 'at most'],
] as [string, QualifierWord['direction']][])
  .map(([w, direction]) => ({ words: w.split(' '), direction }))
  .sort((a, b) => b.words.length - a.words.length);

/** Units that make a number something other than a head count. */
export const NON_COUNT_AFTER = new Set([
  'percent', 'per', '%', 'pc', 'percentage', 'dollars', 'dollar', 'euros', 'euro', 'pounds', 'rupees', 'rubles',
  'roubles', 'hryvnias', 'yuan', 'yen', 'usd', 'eur', 'gbp', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'bst', 'cet',
  'hours', 'hour', 'hrs', 'minutes', 'minute', 'mins', 'seconds', 'days', 'day', 'weeks', 'week', 'months',
  'month', 'years', 'year', 'decades', 'km', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters',
  'kg', 'tonnes', 'tons', 'mm', 'cm', 'mph', 'kph', 'degrees', 'times', 'o\'clock', 'bn', 'mln', 'points',
  'goals', 'runs', 'votes', 'seats', 'acres', 'hectares', 'feet', 'ft', 'inches', 'pages', 'gb', 'mb', 'yards', 'yds',
  // ("A fund for the families of the dead has raised 30 million shillings": the currencies of the pages read)
  'shillings', 'shilling', 'naira', 'cedis', 'cedi', 'rand', 'birr', 'francs', 'franc', 'pesos', 'peso', 'reais', 'taka',
  'rupiah', 'ringgit', 'baht', 'dinars', 'dinar', 'dirhams', 'riyals', 'lira', 'liras', 'kwacha', 'leones', 'soles',
]);

/** Who does the killing: a count of them is no toll ("At least one gunman killed 49 people"), nor are they searched for as missing. */
export const PERPETRATORS = /^(gunm[ae]n|attackers?|assailants?|bombers?|shooters?|perpetrators?|killers?)$/;

/**
 * Nouns of a body a person serves or works for, after "with": "a deputy with the Sheriff's Office" (a victim), "a
 * volunteer with the charity" (a speaker).
 */
export const BODY_NOUNS = /^(department|office|force|unit|service|agency|army|police|brigade|battalion|regiment|charity|crew|team|society|union|party|company|firm|association|network|programme|program)$/;

/** Things counted in war news that are not people. */
export const NON_PERSON_NOUNS = new Set([
  'missiles', 'missile', 'rockets', 'rocket', 'drones', 'drone', 'shells', 'bombs', 'tanks', 'tank', 'vehicles', 'graves', 'grave', 'coffins', 'caskets',
  'aircraft', 'planes', 'jets', 'helicopters', 'ships', 'boats', 'guns', 'weapons', 'himars', 'units', 'buildings',
  'houses', 'homes', 'apartments', 'cars', 'trucks', 'towns', 'villages', 'cities', 'attacks', 'strikes',
  // ("six unarmed civilians … dead in one house, and eight dead in another": where, counted one)
  // (never a word that also names who: "9,000 city dwellers", "two parents from the village school", "20 home guards")
  'house', 'apartment',
  // ("Lawmakers killed 3 amendments before the final vote": what a vote kills)
  'amendments', 'bills', 'proposals', 'motions', 'provisions',
  // ("105 of the dead were from one district": a place, counted one)
  'district', 'village', 'town', 'county', 'neighbourhood', 'neighborhood',
  'battles', 'charges', 'cases', 'infections', 'beds', 'penguins', 'whales', 'animals', 'dogs', 'cattle',
  'donkeys', 'cows', 'sheep', 'goats', 'horses', 'camels', 'pigs', 'chickens', 'livestock', 'elephants',
  // ("Deaths: 17 (including the perpetrator) and 1 dog": one animal too)
  'dog', 'cat', 'cats', 'horse', 'cow', 'goat', 'camel', 'pig', 'donkey', 'animal',
  // ("Firefighters saved 300 animals from the burning zoo, but 20 monkeys died")
  // (never a name people take: "Navy SEALs", "Tamil Tigers", "Grey Wolves")
  'monkeys', 'apes', 'deer', 'dolphins', 'turtles', 'rats', 'mice', 'ducks', 'geese', 'poultry', 'buffaloes', 'oxen', 'mules',
  'bees', 'insects', 'bats', 'frogs', 'seals', 'salmon', 'seabirds', 'flamingos', 'pelicans', 'vultures', 'gorillas', 'chimpanzees',
  // ("The new antibiotic killed 12 strains of drug-resistant bacteria", "Frost killed 40 of my tomato plants")
  // (plants, crops, processes and threads are listed below, with houseplants and a computer's tasks)
  'strains', 'bacteria', 'germs', 'viruses', 'cells', 'seedlings', 'nests',
  // ("blamed for the death of 2 news start-ups", "the deaths of 300 pubs": businesses that close; shops, stores,
  // restaurants, brands and titles are listed below)
  'start-ups', 'startups', 'newspapers', 'magazines', 'pubs',
  'birds', 'fish', 'trees', 'sites', 'schools', 'hospitals', 'facilities', 'positions', 'targets', 'bags', 'sacks',
  'countries', 'nationalities', 'states', 'regions', 'districts', 'points', 'systems', 'launchers', 'rounds', 'percent',
  'families', 'family', 'households', 'household', 'couples', 'clan', 'clans',
  // ("has received more than 500 calls about missing persons": what is counted is the calls)
  'calls', 'inquiries', 'enquiries', 'complaints', 'tips', 'tribe', 'tribes', 'groups', 'afternoon', 'morning', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'time', 'times',
  'years', 'months', 'hours', 'minutes', 'summers', 'winters', 'seasons', 'decades', 'heatwaves', 'storms', 'waves', 'bodies', 'organizations', 'organisations', 'companies', 'firms', 'businesses', 'factories', 'mines', 'teams', 'parties',
  'provinces', 'province', 'oblasts', 'counties', 'municipalities', 'neighbourhoods', 'neighborhoods', 'settlements',
  'communities', 'locations', 'areas', 'governorates', 'prefectures', 'streets', 'sectors', 'camps',
  // ("At least 60 miners in two shafts are believed to have died": where they were, counted)
  'shafts', 'pits', 'tunnels', 'wards', 'floors',
  // ("the fire that tore through 7 towers": buildings counted)
  'towers', 'blocks',
  'mosques', 'churches', 'temples', 'synagogues', 'prisons', 'markets', 'stations', 'bridges', 'roads', 'squares',
  // ("attacks on landmarks, including two five-star hotels, a hospital and a cinema": places hit are no one's harm)
  'hotels', 'restaurants', 'cafes', 'cinemas', 'theatres', 'theaters', 'shops', 'stores', 'offices', 'landmarks', 'universities', 'colleges',
  // ("Rangers shot dead two lions that had killed 12 goats", "by the end, 40 characters have died": animals, and people
  // in a story)
  'lions', 'lion', 'tigers', 'leopards', 'hyenas', 'wolves', 'bears', 'crocodiles', 'hippos', 'rhinos', 'snakes', 'sharks', 'characters',
  // ("The actor, who starred in more than 40 films, died peacefully": a life's works and prizes, counted)
  'films', 'movies', 'novels', 'books', 'albums', 'songs', 'episodes', 'titles', 'medals', 'goals', 'roles', 'concerts',
  // ("eight people were killed at three spas in the Atlanta area")
  'spas', 'salons', 'bars', 'nightclubs', 'clubs', 'venues', 'malls', 'supermarkets', 'banks',
  // ("Speed was a factor in nine of the fatal crashes": events counted)
  'crashes', 'accidents', 'collisions', 'incidents',
  // ("17 candles for the victims": things lit or laid for the dead)
  'candles', 'balloons', 'wreaths', 'bouquets',
  // ("based on 50 interviews with victims": what was heard from them)
  // ("received 143 statements from victims about the disappearance of their relatives": papers filed, not people)
  'interviews', 'testimonies', 'statements', 'complaints', 'applications', 'petitions',
  // ("about 40 evacuations of injured trekkers a year": the journeys made for them)
  'evacuations', 'airlifts', 'rescues', 'flights', 'trips', 'missions', 'sorties',
  // ("Three different lists of deceased individuals were compiled": where the dead are counted is no one)
  'lists', 'records', 'registers', 'databases', 'datasets', 'surveys', 'obituaries',
  // ("Nearly 50 ambulances have reported but the injured appear far too many": vehicles sent are no one's harm)
  'ambulances', 'buses', 'trains', 'carriages', 'bogies', 'wagons', 'flights', 'vessels', 'ferries', 'lorries', 'motorcycles', 'tents',
  // ("reported hearing about a dozen gunshots, and at least three people were killed", "a thousand tremors, 291 dead":
  // shots fired and quakes felt are no one's harm)
  'shots', 'gunshots', 'bullets', 'tremors', 'aftershocks',
  // ("341 confirmed incidents and almost 1,400 civilian deaths": events counted are no one's death)
  // ("29 million flu cases, 280,000 hospitalizations, and 16,000 deaths": an illness's counts are no one's death)
  'illnesses', 'hospitalizations', 'hospitalisations', 'admissions', 'visits',
  // ("among the top five causes of death": kinds of a thing counted are no one)
  'causes', 'reasons', 'factors', 'types', 'kinds', 'forms', 'categories',
  // ("200+ PRODUCTS KILLED": a company's products shut down, in tech copy)
  'products', 'apps', 'services', 'devices', 'features', 'projects', 'programs', 'programmes', 'brands', 'accounts', 'jobs',
  // ("Operators reported 41 dangerous occurrences and 8 specified injuries": a safety regulator's events counted)
  'occurrences', 'occurrence',
  'incidents', 'incident', 'case', 'instance', 'occasion', 'events', 'raids', 'airstrikes', 'explosions', 'blasts', 'bombings', 'operations', 'clashes', 'shootings', 'ambushes',
  // ("885 cases, with 793 recoveries and one fatality": those who got well)
  'recoveries',
  // ("killed three houseplants in a month", "The update kills 27 bugs", "sold 3 million copies before the singer died":
  // plants, a program's faults and a record's sales)
  'plants', 'houseplants', 'crops', 'flowers', 'bushes', 'weeds', 'bugs', 'glitches', 'copies', 'downloads', 'streams',
  // ("The app logger killed 3 processes": what a computer runs)
  'processes', 'threads', 'tasks', 'sessions', 'connections', 'servers',
  // ("The streamer killed 30 zombies": a game's creatures)
  'zombies', 'monsters', 'aliens', 'demons', 'orcs', 'npcs',
  // ("the arrest of 6 suspects and the seizure of 2 weapons caches": stores seized, not people)
  'caches', 'cache', 'stockpiles', 'depots', 'consignments', 'shipments',
]);

/** The states a hospital gives of the hurt in its care: "in critical condition", "in a stable condition". */
export const CARE_STATES = /^(serious|critical|moderate|stable|grave|satisfactory|fair|severe)$/;

/** Harms denied of anyone: "did not kill anyone", "didn't injure anybody" is a zero (phrases.ts, and the prefilter). */
export const HARMED_ANYONE = new Set(['kill', 'injure', 'wound', 'hurt', 'harm']);

/** Units of a distance: ", 35 kilometers northwest of Herat,", "80 kilometres away" say where, never how many. */
export const DISTANCE_UNITS = /^(km|kilometres|kilometers|miles|metres|meters)$/;

/**
 * Those who serve in a fighting force, counted: "two soldiers were lost", "10 soldiers fell during the fighting" (a
 * loss or a fall of theirs in battle is their death).
 */
export const SERVICE_MEMBERS = /^(soldiers|troops|servicemen|fighters|marines|paratroopers|officers|policemen|gendarmes|airmen|sailors)$/;

/** Relatives, a first mention when named by kin: "his sister died", "killed his wife". */
export const KIN_NOUNS = new Set([
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'grandmother',
  'grandfather', 'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'child', 'baby', 'grandson', 'granddaughter',
  'grandchild', 'stepfather', 'stepson', 'girlfriend', 'boyfriend', 'fiancee', 'dad', 'mom', 'mum',
  'brother-in-law', 'sister-in-law', 'son-in-law', 'daughter-in-law', 'father-in-law', 'mother-in-law',
  'relative', 'stepmother', 'stepdaughter', 'fiance', 'goddaughter', 'godson', 'stepchild', 'kid',
  // ("A 16-year-old boy has died and his 14-year-old friend is in a serious condition": one close to the victim, named
  // by his possessive as kin are)
  'friend',
  // ("Gran, 81, and grandson, 6, killed in horror M6 smash": the words a tabloid uses)
  'gran', 'granny', 'grandma', 'grandpa', 'grandad', 'granddad',
  'great-grandmother', 'great-grandfather', 'great-grandson', 'great-granddaughter', 'great-grandchild',
]);

/**
 * "the Ombudsman reported a death", "officials confirmed a second death": the verbs that count one death, and the words
 * between the article and it. Shared by the background's prefilter (which must pass such a sentence) and implicit.ts
 * (which reads it). Pure, so that the page's script, which imports this file for its person nouns, drops them.
 */
export const REPORTS_ONE = /* @__PURE__ */ new Set(['reported', 'recorded', 'confirmed', 'registered', 'announced', 'reports', 'records', 'confirms', 'registers', 'announces']);
export const ONE_MORE = /* @__PURE__ */ new Set(['new', 'further', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'additional']);

/** Singular nouns for one person: "Civilian killed", "kills Ukrainian serviceman", "a security official"; relatives too. */
export const PERSON_SINGULAR = new Set([
  // ("After killing its four occupants": those in a vehicle or a home)
  'occupant',
  // ("wounding two of his friends": those the victims were with)
  'friend', 'classmate', 'schoolmate', 'teammate', 'roommate', 'flatmate', 'housemate', 'companion',
  // ("We have lost two deminers since 2022": those who clear mines)
  'deminer', 'sapper',
  // ("killed congressman Leo Ryan, three journalists and one defector")
  'defector', 'deserter', 'congressman', 'congresswoman', 'onlooker', 'abductee', 'tenant',
  // ("killed 21 people, including a peacekeeper")
  'peacekeeper', 'guerrilla', 'foreigner',
  // ("the head of school, a substitute teacher and a custodian")
  'custodian', 'janitor',
  // ("killed the driver, the conductor and a passenger": who works a train or a bus)
  'conductor', 'signalman',
  'caretaker', 'carer', 'caregiver', 'performer', 'singer', 'musician', 'artist', 'dancer', 'actor', 'actress', 'footballer', 'fan', 'attendee', 'worshiper', 'man', 'woman', 'adult', 'individual', 'boy', 'girl', 'toddler', 'teenager', 'teen', 'person', 'civilian', 'soldier',
  'serviceman', 'servicewoman', 'officer', 'policeman', 'policewoman', 'journalist', 'photographer',
  'reporter', 'commander', 'worker', 'operative', 'operator', 'official', 'militant', 'fighter', 'rebel', 'volunteer', 'resident',
  'driver', 'pensioner', 'minor', 'doctor', 'medic', 'nurse', 'teacher', 'educator', 'student', 'priest', 'guard', 'sniper',
  'colonel', 'general', 'captain', 'lieutenant', 'sergeant', 'major', 'pilot', 'tourist', 'farmer', 'miner',
  'passenger', 'mayor', 'activist', 'protester', 'protestor', 'separatist', 'trooper', 'marine',
  'paratrooper', 'gunman', 'attacker', 'perpetrator', 'shooter', 'bystander', 'local', 'villager', 'citizen', 'national', 'leader',
  'chief', 'spokesman', 'deputy', 'politician', 'lawmaker', 'cameraman', 'crewman', 'sailor', 'border guard',
  'cop', 'agent', 'contractor', 'aid worker', 'observer', 'monitor', 'hostage', 'captive', 'prisoner',
  'detainee', 'migrant', 'refugee', 'patient', 'inpatient', 'outpatient', 'casualty', 'worshipper', 'pedestrian', 'militiaman', 'convict', 'inmate',
  'conscript', 'recruit', 'reservist', 'mercenary', 'guardsman', 'ranger', 'paramedic', 'firefighter', 'suspect',
  // ("a local vigilante who tried to stop them was shot dead", "among them … two acolytes": who guards a village, or
  // serves at a church)
  'vigilante', 'acolyte', 'chorister',
  // ("Ukrainian defenders neutralised 118 occupiers": war copy's names for the enemy's soldiers)
  'occupier', 'invader',
  'neighbour', 'neighbor', 'youth', 'infant', 'newborn', 'neonate', 'schoolboy', 'schoolgirl', 'schoolchild', 'shopkeeper',
  // ("in 2022 a keeper was killed by a rhino", "the skipper and two deckhands")
  'keeper', 'zookeeper', 'gamekeeper', 'goalkeeper', 'mahout', 'skipper', 'deckhand', 'hawker', 'gardener',
  'businessman', 'fisherman', 'shepherd', 'cyclist', 'climber', 'lawyer', 'engineer', 'imam', 'pastor', 'monk', 'novice', 'nun',
  'passer-by', 'passerby', 'dweller', 'inhabitant', 'male', 'female', 'hero', 'attendant', 'motorcyclist', 'motorist', 'hiker', 'swimmer', 'jogger', 'skier', 'surfer', 'camper',
  // ("two hillwalkers who fell from the ridge, a climber in June and a paraglider in September")
  'hillwalker', 'walker', 'paraglider', 'skydiver', 'canoeist', 'rambler', 'retiree', 'guest', 'mourner',
  'homeowner', 'shopper', 'employee', 'visitor', 'spectator', 'athlete', 'trucker', 'labourer', 'laborer',
  'midwife', 'vendor', 'trader', 'merchant', 'porter', 'cleaner', 'waiter', 'cook', 'chef',
  'photojournalist', 'camerawoman', 'videographer', 'correspondent', 'blogger', 'freelancer',
  // ("A 19-year-old gamer died in a crash", "An influencer was shot dead": who plays or posts online)
  'gamer', 'streamer', 'influencer', 'youtuber', 'vlogger', 'podcaster',
  // ("Tributes paid as popular landlord, 56, dies suddenly")
  'landlord', 'landlady', 'publican',
  // ("A tiger killed a honey collector in the Sundarbans": who gathers from the forest or the land)
  'collector', 'gatherer', 'woodcutter', 'logger', 'poacher', 'forager', 'picker', 'harvester', 'beekeeper',
  'customer', 'bouncer', 'doorman', 'cashier', 'clerk', 'bartender', 'barman', 'barmaid', 'receptionist', 'janitor', 'nanny', 'pilgrim', 'commuter',
  'professor', 'surgeon', 'pharmacist', 'mechanic', 'electrician', 'carpenter', 'boatman',
  'gynaecologist', 'gynecologist', 'psychologist', 'counsellor', 'counselor', 'dentist', 'physician', 'technician', 'watchman', 'principal', 'manager', 'supervisor', 'foreman', 'nationalist', 'groom', 'bridegroom', 'bride',
  'herder', 'herdsman', 'nomad', 'hunter', 'smuggler', 'bandit', 'robber', 'kidnapper', 'insurgent', 'jihadist', 'secessionist', 'assailant', 'extremist',
  'terrorist', 'gangster', 'cleric', 'bishop', 'rabbi', 'scholar', 'member',
  // ("Among the 11 slain were a preacher and five members of one family")
  // ("One more supporter died on Tuesday", of a football club)
  'supporter', 'referee', 'steward',
  // ("Two lashers working on the deck below suffered minor injuries": a port's workers)
  'lasher', 'docker', 'stevedore',
  // ("Two runners collapsed and died near the finish": who takes part in a race or is out for the day)
  'runner', 'marathoner', 'rider', 'jockey', 'boxer', 'wrestler', 'racer', 'trekker', 'backpacker', 'holidaymaker', 'sunbather', 'beachgoer', 'partygoer', 'festivalgoer', 'skater', 'snowboarder', 'snowmobiler', 'kayaker', 'boater', 'angler',
  // ("In addition to the 34 dead strikers": workers on strike)
  'striker',
  'preacher', 'evangelist', 'missionary', 'catechist', 'deacon', 'seminarian', 'parishioner', 'churchgoer', 'congregant', 'chaplain', 'muezzin',
  'rescuer', 'demonstrator', 'diver', 'lifeguard', 'fireman', 'coastguard', 'staffer', 'inspector', 'pupil', 'corpsman', 'colleague', 'helper',
  // ("A suicide bomber killed two US soldiers, an Iraqi interpreter, and two bystanders")
  'interpreter', 'translator', 'bodyguard',
  'detective', 'constable', 'superintendent', 'sub-inspector', 'companion', 'commandant', 'marshal', 'corporal', 'cadet', 'patron', 'dispatcher', 'guide', 'sherpa', 'mountaineer',
  // ("Two rangers and a tracker were killed by poachers")
  'tracker',
  // offices held by one person: "Governor killed in roadside blast"
  'governor', 'minister', 'prosecutor', 'judge', 'councillor', 'councilor', 'councilman', 'senator', 'ambassador',
  'diplomat', 'envoy', 'commissioner', 'sheriff', 'elder', 'chairman', 'headman', 'warden', 'jailer', 'jailor',
  // ("a mayoral candidate was shot dead")
  'candidate', 'nominee', 'campaigner', 'combatant', 'noncombatant', 'non-combatant',
  // ("an IED attack injured a CRPF jawan", "one lower party cadre": India's words for a soldier and a party's member)
  'jawan', 'cadre',
  // ("A 15-year-old dance instructor and her parents were among those killed": trades and states of life)
  'instructor', 'coach', 'trainer', 'lecturer', 'tutor', 'waitress', 'plumber', 'librarian', 'accountant', 'architect', 'veterinarian',
  'programmer', 'writer', 'poet', 'painter', 'sculptor', 'builder', 'welder', 'seafarer', 'stewardess', 'intern', 'apprentice',
  'editor', 'businesswoman', 'entrepreneur', 'banker', 'researcher', 'scientist', 'economist', 'maid', 'housekeeper', 'housewife',
  'homemaker', 'concertgoer', 'reveller', 'reveler', 'widow', 'widower', 'orphan',
  ...KIN_NOUNS,
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The noun of a place its name goes with: "Sindh Province", "the village of Al-Tuwaimah", "the Maradi region". */
export const PLACE_NOUNS = /^(city|town|village|province|region|district|state|governorate|county|municipality|hamlet|commune|prefecture|neighbourhood|neighborhood)$/;

/** A place noun, or an area, singular or plural: "the Maradi and Tahoua regions", "the village of Komabangou". */
export const isPlaceWord = (w: string): boolean => PLACE_NOUNS.test(w) || PLACE_NOUNS.test(w.replace(/ies$/, 'y').replace(/s$/, '')) || /^areas?$/.test(w);

/** A bone broken is a wound ("suffered a fractured ankle", "a broken arm"): the word before the bone … */
export const BROKEN = /^(fractured|broken|shattered|dislocated)$/;
/** … and the bones. */
export const BONES = /^(ankles?|legs?|arms?|wrists?|hips?|ribs?|noses?|jaws?|collarbones?|shoulders?|necks?|backs?|skulls?|pelvis|feet|foot|hands?|fingers?|knees?|bones?|spines?|elbows?|thighs?)$/;

/** Capitalised names of a room or a place that a number after them names, never counts: "Ward 7", "Room 12", "Platform Two". */
export const NUMBERED_ROOMS = /^(Ward|Room|Bed|Bay|Cell|Block|Flat|Platform|Carriage|Coach|Gate|Terminal)$/;

/** A school's years, named by a number after them, never counted: "two of our Year 5 pupils", "three Form Four students". */
export const SCHOOL_YEARS = /^(Year|Form|Grade)$/;

/** Wounds a person is treated for or left with (never an illness, nor smoke inhalation alone): "treated for burns". */
export const WOUND_NOUNS = /^(injuries|injury|wounds|wound|burns|gunshot|shrapnel|fractures|cuts|stab)$/;

export const CURRENCY = new Set(['$', '€', '£', '¥', '₹', '₽', '₴', 'us$', 'usd', 'eur', 'rs', 'rs.']);

/** Modal verbs: "could kill thousands" is a fear, not a figure; "might have been killed" is a claim. */
export const MODALS = new Set(['could', 'would', 'may', 'might', 'can', 'will', 'should', 'must', 'to']);

/**
 * A verb's finite auxiliaries and copulas: a coordinated verb may lean on one, and a clause that holds one has a verb of
 * its own (never the looser AUXILIARIES, which also hold "left", "found", "to").
 */
export const AUXILIARIES_BEFORE_VERB = /^(has|have|had|was|were|is|are|been|be|will|would|can|could|did|does|do)$/;

export const AUXILIARIES = new Set([
  'was', 'were', 'is', 'are', 'been', 'be', 'being', 'have', 'has', 'had', 'having', 'reportedly', 'allegedly',
  'might', 'may', 'could', 'would', 'will', 'now', 'also', 'all', 'later', 'were', 'confirmed', 'believed',
  'feared', 'thought', 'presumed', 'left', 'found', 'reported', 'said', 'to', 'either', 'both',
  // ("Out of the 2,189 people known dead so far": known as the dead are)
  'known',
]);

/** What deaths are counted above, so that the count is the excess, a toll of its own: "1,427 more deaths than normal". */
export const EXCESS_OVER = /^(normal|usual|expected|average|typical|anticipated|predicted)$/;

export const NEGATIONS = new Set(['no', 'none', 'nobody', 'not', 'never', 'zero', "n't", 'without']);

const IRREGULAR_PLURALS: Record<string, string> = {
  men: 'man', women: 'woman', children: 'child', servicemen: 'serviceman', servicewomen: 'servicewoman',
  policemen: 'policeman', policewomen: 'policewoman', people: 'person', gunmen: 'gunman', crewmen: 'crewman',
  // ("the tragic loss of 141 humanitarians": the plural only, never "a humanitarian crisis")
  humanitarians: 'humanitarian',
  cameramen: 'cameraman', spokesmen: 'spokesman', wives: 'wife', babies: 'baby', civilians: 'civilian',
  fishermen: 'fisherman', businessmen: 'businessman', herdsmen: 'herdsman', boatmen: 'boatman', firemen: 'fireman',
  militiamen: 'militiaman', guardsmen: 'guardsman', grandchildren: 'grandchild', schoolchildren: 'schoolchild',
  stepchildren: 'stepchild', 'great-grandchildren': 'great-grandchild',
};

/** Young people, whom an age bound may follow ("children under 18", "pupils aged below 16"). */
export const YOUNG_PEOPLE = /^(children|kids|girls|boys|minors|youths|teenagers|pupils|students)$/;

/** A word for people, singular or plural: compromise sometimes tags these as verbs. */
/**
 * One of a nationality or people, in the singular ("an American", "a Briton"): a victim when it heads its own phrase
 * (implicit.ts), a word the prefilter lets a sentence through for.
 */
export const DEMONYMS = new Set(['american', 'briton', 'canadian', 'australian', 'german', 'italian', 'israeli', 'palestinian', 'ukrainian',
  'russian', 'indian', 'pakistani', 'afghan', 'iraqi', 'iranian', 'syrian', 'egyptian', 'turk', 'nigerian', 'kenyan', 'somali', 'ethiopian',
  'frenchman', 'frenchwoman', 'dutchman', 'englishman', 'irishman', 'scot', 'pole', 'swede', 'dane', 'norwegian', 'finn', 'spaniard',
  'mexican', 'colombian', 'brazilian', 'argentine', 'chilean', 'peruvian', 'venezuelan', 'cuban', 'korean', 'thai', 'filipino', 'indonesian',
  'malaysian', 'bangladeshi', 'nepali', 'georgian', 'armenian', 'azerbaijani', 'belarusian', 'moldovan', 'romanian', 'bulgarian', 'serbian',
  'croat', 'bosnian', 'albanian', 'greek', 'cypriot', 'jordanian', 'saudi', 'yemeni', 'emirati', 'qatari', 'libyan', 'tunisian', 'algerian',
  'moroccan', 'ghanaian', 'malian', 'ugandan', 'rwandan', 'tanzanian', 'zimbabwean', 'austrian', 'belgian', 'czech', 'hungarian',
  'lithuanian', 'latvian', 'estonian', 'kazakh', 'uzbek', 'chechen', 'kurd']);

/** A parent named by how many children, in tabloid copy: "Mum-of-three, 34, killed in M62 pile-up". */
export const PARENT_OF_COUNT = /^(mum|mom|mother|dad|father)-of-(one|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;

export function isPersonWord(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (PERSON_SINGULAR.has(w) || w in IRREGULAR_PLURALS) return true;
  if (w.endsWith('s') && PERSON_SINGULAR.has(w.slice(0, -1))) return true;
  // ("three deputies", "two mercenaries")
  if (w.endsWith('ies') && PERSON_SINGULAR.has(`${w.slice(0, -3)}y`)) return true;
  if (PARENT_OF_COUNT.test(w)) return true;
  // ("three Canadians", "two Britons": a nationality's plural; never "poles", which are more often wood)
  if (w.endsWith('s') && w !== 'poles' && DEMONYMS.has(w.slice(0, -1))) return true;
  return ['troops', 'forces', 'conscripts', 'recruits', 'crew', 'staff', 'personnel', 'pilgrims', 'worshippers',
    'churchgoers', 'participants', 'foreigners', 'migrants', 'refugees', 'prisoners', 'inmates', 'hostages', 'fighters', 'nazis',
    'rebels', 'insurgents', 'militiamen', 'mujahideen', 'mujahedeen', 'guerrillas', 'defenders', 'kids', 'infants', 'youths', 'adults', 'elderly', 'victim', 'victims', 'members', 'police', 'peacekeepers',
    // ("We have lost 21 souls", "We lost 6 lads on that tour")
    'souls', 'lads',
    'passers-by', 'passersby', 'folks', 'servicepeople', 'servicemembers', 'americans', 'ukrainians', 'russians', 'israelis', 'palestinians', 'syrians', 'christians', 'muslims', 'jews',
    // ("including 32 Italians, four Belgians, two French", "eight Chinese": nationals whose plural is the adjective)
    'french', 'british', 'dutch', 'irish', 'swiss', 'welsh', 'chinese', 'japanese', 'vietnamese', 'lebanese', 'portuguese', 'sudanese', 'congolese', 'senegalese', 'nepalese', 'taiwanese'].includes(w);
}

/** A relative, singular or plural: "daughter", "sons", "children", "babies". */
export function isKinNoun(word: string): boolean {
  const w = word.toLowerCase();
  return KIN_NOUNS.has(w) || KIN_NOUNS.has(IRREGULAR_PLURALS[w] ?? '') || (w.endsWith('s') && KIN_NOUNS.has(w.slice(0, -1)));
}

/**
 * Kin and the close of a victim, singular or plural ("a relative of two of the victims", "the parents of 220 others",
 * "two women relatives of those killed"): their count, or the count they are kin of, is no casualty by itself.
 */
export function isRelativeWord(word: string): boolean {
  // (never "family" alone: "a family of five was killed" counts its members, who are the dead)
  return isKinNoun(word) || /^(relatives?|families|friends?|widows?|widowers?|parents?|siblings?|orphans|mourners|neighbou?rs)$/.test(word.toLowerCase());
}

/** Nouns of an event that harms people: "killed in the attack", "Turkey quake: …". */
export const EVENT_NOUNS = new Set(['quake', 'quakes', 'earthquake', 'earthquakes', 'war', 'attack', 'attacks', 'blast', 'blasts', 'crash', 'fire', 'fires',
  'wildfire', 'wildfires', 'blaze', 'blazes', 'accident', 'accidents', 'collision', 'shelling', 'shellings',
  'flood', 'floods', 'flooding', 'clashes', 'conflict', 'shooting', 'shootings', 'storm', 'strike', 'strikes', 'explosion',
  'bombing', 'bombings', 'protests', 'crisis', 'violence', 'fighting', 'unrest', 'disaster', 'tsunami', 'hurricane',
  'typhoon', 'cyclone', 'landslide', 'collapse', 'stampede', 'massacre', 'siege', 'offensive', 'raid', 'invasion', 'onslaught', 'bombardment',
  'outbreak', 'heatwave', 'eruption', 'derailment', 'sinking', 'riots', 'uprising', 'crush', 'avalanche', 'shipwreck', 'tornado', 'mudslide',
  // ("Four-vehicle pile-up on M62 leaves 2 in hospital")
  'pile-up', 'pileup', 'smash', 'stabbing',
  // ("Lightning struck the pitch, killing a player and leaving six other people in hospital")
  'lightning']);

/** What follows a sample of people: "the trial of 4,812 patients", "a survey of 2,000 residents". */
export const STUDIES = /^(trial|study|survey|cohort|sample|review|analysis|census|poll)$/;

/**
 * "lost their lives", "loses his life", "breathed her last", "took their own lives" from the verb at `k`: the index of
 * "lives", "life" or "last", else -1. A death said in a phrase, for the counts and the single victims alike.
 */
export function lostLifeAt(tokens: { lower: string }[], k: number): number {
  const w = tokens[k]?.lower ?? '';
  if (!/^(their|his|her)$/.test(tokens[k + 1]?.lower ?? '')) return -1;
  if (/^(lost|lose|loses|losing)$/.test(w) && /^(lives|life)$/.test(tokens[k + 2]?.lower ?? '')) return k + 2;
  // ("two survivors have since taken their own lives": their death by their own hand)
  if (/^(took|taken|take|takes|taking)$/.test(w) && tokens[k + 2]?.lower === 'own' && /^(lives|life)$/.test(tokens[k + 3]?.lower ?? '')) return k + 3;
  return w === 'breathed' && tokens[k + 2]?.lower === 'last' ? k + 2 : -1;
}

/**
 * "lost his wife and four children in the guerrilla attack", "loses wife, four kids to attack": kin lost in an
 * event named after them, from `from`; never "the pain of losing her beloved husband" in a film's review.
 */
export function lostInAnEvent(tokens: { lower: string }[], from: number): boolean {
  for (let k = from; k < tokens.length && k - from <= 10; k++) {
    // ("We lost 30 of our own staff that evening": one evening's loss is no one leaving)
    if (tokens[k].lower === 'that' && /^(day|night|evening|morning|afternoon)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    // ("I lost a cousin on that ferry", "lost her son aboard the flight": the craft that went down)
    if (/^(on|aboard)$/.test(tokens[k].lower) && tokens.slice(k + 1, k + 4).some((t) => /^(ferry|flight|plane|airliner|train|ship|boat|vessel|submarine)$/.test(t.lower))) return true;
    if (!/^(in|to|during|when|since|amid)$/.test(tokens[k].lower)) continue;
    if (tokens.slice(k + 1, k + 6).some((t) => EVENT_NOUNS.has(t.lower))) return true;
  }
  return false;
}

/** What hits a person and wounds: "hit by canister shot", "struck by shrapnel" (a count, extract.ts; a single victim, implicit.ts). */
export const PROJECTILES = /^(shot|shots|bullets?|gunfire|shrapnel|sniper|fire|debris|grenade|mortar|shell|shells|rocket|rockets|missile|ammunition|pellets?|canisters?)$/;

/** Diseases: their patients are counted as cases, never as the wounded, and one named before a headline's colon names its story. */
export const DISEASES = /^(dengue|cholera|malaria|measles|covid|covid-19|coronavirus|influenza|flu|ebola|typhoid|diphtheria|mpox|monkeypox|meningitis|diarrhoea|diarrhea|tuberculosis|hepatitis|chikungunya|zika|polio|anthrax|plague|lassa|marburg|pneumonia|sepsis|heatstroke)$/;
