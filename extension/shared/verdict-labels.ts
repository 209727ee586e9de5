// Words and symbols for each verdict, so meaning never rests on colour alone.
import type { Verdict } from '../../src/match/verdicts.ts';
import { t } from './i18n.ts';

// no check mark: a figure the record agrees with is not thereby true
const ICONS: Record<Verdict, string> = { matches: '=', conflicts: '✕', revised: '↻', misattributed: '⇄', inconsistent: '≠', untracked: '?' };

export function verdictLabel(v: Verdict): { word: string; icon: string; explain: string } {
  const key = `verdict${v[0].toUpperCase()}${v.slice(1)}`;
  return { word: t(key), icon: ICONS[v], explain: t(`${key}Explain`) };
}

export function categoryLabel(category: string): string {
  return t(`category${category[0].toUpperCase()}${category.slice(1)}`);
}

/** "wrong-figure" → the localized "The figure is wrong". */
export function kindLabel(kind: string): string {
  return t(`kind${kind.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`);
}
