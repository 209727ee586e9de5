// A harm named only as meant, feared or to come: "vowed to kill 20", "could kill thousands", "had planned to kill one
// more woman". Shared by the counts (extract.ts, where a forecast's modal still makes a projected toll) and the single
// victims (implicit.ts, where any such harm names no victim).
import type { Token } from './tokens.ts';
import { EVENT_NOUNS, MODALS, PRESENT_DEATH } from './lexicon.ts';

/** The base forms a modal or "to" takes: "could kill", "to kidnap". */
const BASE_HARM = /^(kill|die|wound|injure|murder|kidnap|abduct|capture|behead|decapitate|execute|assassinate|lynch|drown)$/;

/** Participles of a harm whose passive a modal may put ahead: "could be killed". */
const PASSIVE_HARM = /^(killed|wounded|injured|murdered|kidnapped|abducted|captured|hurt)$/;
const PASSIVE_MODALS = /^(could|would|may|might|will)$/;

/**
 * Verbs whose "to" says the harm was done: the means used for it, or managing it; or a cause that made it happen ("the
 * locked doors caused 146 to die").
 */
const DONE_BEFORE_TO = /^(used|using|uses|managed|manages|succeeded|proceeded|went|caused|causing)$/;

/** Ranks before "the … to": "the first to kill", "the deadliest storm to kill". */
const RANKED = /^(first|second|third|last|latest|deadliest|worst)$/;

/** The modal ("could", "to") before the harm verb at `harm`, or null when the harm is said as done. */
export function hypotheticalModal(tokens: Token[], harm: number): string | null {
  // ("as many as 8,000 people could be killed": the passive of a harm to come; never "might have been killed", a claim)
  if (PASSIVE_HARM.test(tokens[harm]?.lower ?? '') && tokens[harm - 1]?.lower === 'be' && PASSIVE_MODALS.test(tokens[harm - 2]?.lower ?? '')) return tokens[harm - 2].lower;
  if (!BASE_HARM.test(tokens[harm]?.lower ?? '')) return null;
  for (let k = harm - 1; k >= Math.max(0, harm - 3); k--) {
    // ("Rebels used machetes to kill at least 12 civilians", "they managed to capture six Afghan troops", "went on to
    // kill 12": what was done)
    // ("used a legally purchased semi-automatic handgun to shoot and kill five": a longer means between)
    // (never past another "to": "used the money to plan to kill 12" is a plan)
    if (tokens[k].lower === 'to' && tokens.slice(Math.max(0, k - 7), k).some((t, d, all) => DONE_BEFORE_TO.test(t.lower) && !all.slice(d + 1).some((x) => x.lower === 'to'))) return null;
    // ("the first to kill more than 100 people since 2016", "the deadliest storm to kill 12 in a decade": what ranks
    // among harms done)
    const ranked = (r: number) => RANKED.test(tokens[r]?.lower ?? '') && tokens[r - 1]?.lower === 'the';
    if (tokens[k].lower === 'to' && k === harm - 1 && (ranked(k - 1) || (ranked(k - 2) && EVENT_NOUNS.has(tokens[k - 1].lower)))) return null;
    // ("most of the 270 people who would die that day": a narrative's future in the past, with when it came, is what
    // happened)
    if (tokens[k].lower === 'would' && /^(who|that|which)$/.test(tokens[k - 1]?.lower ?? '') && (tokens[harm + 1]?.lower === 'later'
      || (tokens[harm + 1]?.lower === 'that' && /^(day|night|morning|afternoon|evening|week|month|year|winter|summer)$/.test(tokens[harm + 2]?.lower ?? '')))) return null;
    if (MODALS.has(tokens[k].lower)) return tokens[k].lower;
  }
  return null;
}

/**
 * One victim supposed, no one harmed: in a clause of if or when, with a death in the present right after ("If even one
 * child dies because of this policy, that is one too many"); or in the "if" clause that opens the sentence, said to
 * the reader or with a fate in the present ("If you or a loved one was injured in a truck accident, you may be entitled
 * to compensation", "If one person is killed, we will close the road"). `first` and `last` are the victim's words.
 */
export function supposedOne(tokens: Token[], first: number, last = first): boolean {
  let k = first - 1;
  while (k >= 0 && first - k <= 3 && tokens[k].kind === 'word' && !/^(if|when|whenever)$/.test(tokens[k].lower)) k--;
  if (/^(if|when|whenever)$/.test(tokens[k]?.lower ?? '') && PRESENT_DEATH.test(tokens[last + 1]?.lower ?? '')) return true;
  if (tokens[0]?.lower !== 'if') return false;
  const comma = tokens.findIndex((t) => t.text === ',');
  if (comma < 0 || comma < first) return false;
  const clause = tokens.slice(1, comma);
  return clause.some((t, d) => /^(you|your)$/.test(t.lower) || PRESENT_DEATH.test(t.lower)
    || (/^(is|gets|get|are)$/.test(t.lower) && PASSIVE_HARM.test(clause[d + 1]?.lower ?? '')));
}
