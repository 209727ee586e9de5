// Where people were taken or are held when the text names a hospital: the same test for a count
// ("12 were taken to hospital", extract.ts) and a single victim ("A passenger was brought to the
// hospital", implicit.ts).
import type { Token } from './tokens.ts';

/** Words that name where the hurt are treated. */
export const HOSPITAL_WORDS = /^(hospitals?|clinics?|emergency|infirmary|trauma)$/;

/** "to hospital", "to the emergency department of MedStar Harbor Hospital", "to a local clinic": from `at`. */
export function toHospital(tokens: Token[], at: number): boolean {
  for (let k = at; k < tokens.length && k - at < 7; k++) {
    // (never "to the Connaught hospital mortuary", where the dead are taken)
    if (HOSPITAL_WORDS.test(tokens[k].lower)) return !MORGUE.test(tokens[k + 1]?.lower ?? '');
    // ("transferred to burns units in Australia")
    if (/^burns?$/.test(tokens[k].lower) && /^(units?|wards?|centres?|centers?)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    // ("to Harborview Medical Center", "to Dhaka Medical College")
    // ("to area medical facilities", "to a medical facility")
    if (tokens[k].lower === 'medical' && /^(center|centre|centers|centres|college|facilities|facility)$/.test(tokens[k + 1]?.lower ?? '')) return true;
    // ("three had been shifted to an intensive care unit")
    if (tokens[k].lower === 'intensive' && tokens[k + 1]?.lower === 'care') return true;
    // ("seven had been admitted to ICUs", "to the ICU")
    if (/^(icu|icus)$/.test(tokens[k].lower)) return true;
    if (tokens[k].kind !== 'word') return false;
  }
  return false;
}

/** Verbs that move the hurt: "taken", "rushed", "airlifted" (to hospital). */
// ("shifted to hospital", as South Asian copy says it; "About 130 victims were flown to hospitals in Moscow")
// ("conveyed to Singapore General Hospital", as Singapore's civil defence says it)
export const MOVED = /^(taken|brought|rushed|transported|airlifted|transferred|evacuated|shifted|flown|sent|conveyed)$/;

/** "taken to hospital", "transported to area hospitals", "rushed to Harborview Medical Center": from the verb at `at`. */
export function movedToHospital(tokens: Token[], at: number): boolean {
  return MOVED.test(tokens[at]?.lower ?? '') && tokens[at + 1]?.lower === 'to' && toHospital(tokens, at + 2);
}

/**
 * "in hospital", "in the hospital", "at area hospitals" from `i`: the index of the hospital word, else -1.
 * People in hospital are wounded ("remain in hospital", "and 3 in hospital").
 */
export function hospitalAfter(tokens: Token[], i: number): number {
  // ("treated at area hospitals", "in local hospitals")
  if (tokens[i]?.lower !== 'in' && tokens[i]?.lower !== 'at') return -1;
  // ("Christchurch Hospital said 36 patients remained in its care": the care of a hospital named before)
  // ("The local hospital, which has treated most of the injured, said 63 people remained in its care": past an aside on it)
  if (tokens[i].lower === 'in' && /^(its|their)$/.test(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'care'
    && tokens.slice(Math.max(0, i - 20), i).some((t) => /^hospitals?$/.test(t.lower))) return i + 2;
  let h = /^(the|a)$/.test(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  // ("in London hospitals", "in local hospitals", "treated at NorthShore Highland Park Hospital": a word on them, or a
  // hospital's name of a few capitalised words)
  let n = h;
  // ("confined at the Davao Regional Medical Center": or a name ending in "Medical Center", as toHospital reads it)
  const medicalCenter = (k: number) => tokens[k]?.text === 'Medical' && /^(Center|Centre)$/.test(tokens[k + 1]?.text ?? '');
  while (n < h + 4 && tokens[n]?.kind === 'word' && !/^hospitals?$/.test(tokens[n].lower) && !medicalCenter(n)
    && (/^\p{Lu}\p{Ll}/u.test(tokens[n].text) || (n === h && /^(area|local|nearby|several|two|three|various|different|city|regional)$/.test(tokens[n].lower)))) n++;
  if (n > h && medicalCenter(n)) return n + 1;
  if (n > h && /^hospitals?$/.test(tokens[n]?.lower ?? '')) h = n;
  // ("There are 107 patients in medical institutions", "at medical facilities")
  if (tokens[h]?.lower === 'medical' && /^(institutions?|facilit(y|ies))$/.test(tokens[h + 1]?.lower ?? '')) return h + 1;
  // ("at" only before hospitals named as such: "at the scene" is no hospital)
  // (never "in hospital morgues", where the dead lie)
  // (nor "About 140 people were in the hospital at the time": who was inside when it struck, not who is treated)
  const thenInside = tokens[h + 1]?.lower === 'at' && tokens[h + 2]?.lower === 'the' && /^(time|moment)$/.test(tokens[h + 3]?.lower ?? '') && tokens[h + 4]?.lower !== 'of';
  return /^hospitals?$/.test(tokens[h]?.lower ?? '') && !MORGUE.test(tokens[h + 1]?.lower ?? '') && !thenInside ? h : -1;
}

const MORGUE = /^(morgues?|mortuary|mortuaries)$/;

/** "in hospital morgues", "in overcrowded morgues", "at the mortuary" from `i`: the index of the morgue word, else -1. The dead lie there. */
export function morgueAfter(tokens: Token[], i: number): number {
  if (tokens[i]?.lower !== 'in' && tokens[i]?.lower !== 'at') return -1;
  for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
    if (MORGUE.test(tokens[k].lower)) return k;
    if (tokens[k].kind !== 'word') return -1;
  }
  return -1;
}
export const inHospital = (tokens: Token[], i: number) => hospitalAfter(tokens, i) >= 0;
