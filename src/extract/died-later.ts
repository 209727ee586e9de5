// The hurt who died later: "another four people injured in the fire had died in hospital", "a protester
// injured by a bullet during clashes in New Baneshwor died during treatment". The harm word is a
// participle on the victims, and the sentence's own verb is their death, so they count as dead.
// Shared by the counts (extract.ts) and the single victims (implicit.ts).
import type { Token } from './tokens.ts';
import { isPersonWord } from './lexicon.ts';
import { isNumberWord } from './numbers.ts';

const DIED = /^(died|perished|succumbed)$/;
/** Words right before the later death that mark it as the sentence's verb ("had died", "also succumbed"). */
const BEFORE_DEATH = /^(had|have|has|later|since|subsequently|then|also|eventually|afterwards|just)$/;
const PHRASE_OPENERS = /^(by|in|during|at|on|near|from|with)$/;
/** Words that open another clause: a death after them is someone else's ("injured when the man who died …"). */
const CLAUSE_OPENERS = /^(who|which|that|when|while|as|after|before|and|but|or)$/;

/**
 * The index of the death that follows the harm participle at `harm` ("injured", "shot"), or -1. With a
 * phrase after the participle ("injured by a bullet …") the death may come further on, past no other
 * clause and no number.
 */
export function diedLater(tokens: Token[], harm: number): number {
  const phrased = PHRASE_OPENERS.test(tokens[harm + 1]?.lower ?? '');
  for (let k = harm + 1; k < tokens.length && k - harm <= (phrased ? 13 : 9) && tokens[k].kind === 'word'; k++) {
    if (phrased && (CLAUSE_OPENERS.test(tokens[k].lower) || isNumberWord(tokens[k].lower))) return -1;
    if (DIED.test(tokens[k].lower) && (BEFORE_DEATH.test(tokens[k - 1].lower) || (phrased && k - harm > 3 && !isPersonWord(tokens[k - 1].lower)))) return k;
  }
  return -1;
}

/**
 * "were stabbed and later died", "collapsed and died", "was found injured in the home and died later": the index of the
 * death right after the "and" at `and`, past one word of when, else -1. Shared by the counts (extract.ts) and the single
 * victims (implicit.ts).
 */
export function deathAfterAnd(tokens: Token[], and: number): number {
  if (tokens[and]?.lower !== 'and') return -1;
  const k = /^(later|then|subsequently|eventually|afterwards|soon|also|both|all)$/.test(tokens[and + 1]?.lower ?? '') ? and + 2 : and + 1;
  return /^(died|die|dies|perished|drowned|succumbed)$/.test(tokens[k]?.lower ?? '') ? k : -1;
}
