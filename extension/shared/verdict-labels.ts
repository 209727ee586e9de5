// Words and symbols for each verdict, so meaning never rests on colour alone.
import type { Verdict } from '../../src/match/verdicts.ts';

export const VERDICT_LABEL: Record<Verdict, { word: string; icon: string; explain: string }> = {
  matches: { word: 'Matches', icon: '✓', explain: 'A tracked figure from this source agrees.' },
  conflicts: { word: 'Conflicts', icon: '✕', explain: 'The tracked figures for this source lie outside this figure.' },
  revised: { word: 'Revised', icon: '↻', explain: 'The source said this, then published another figure.' },
  inconsistent: { word: 'Inconsistent', icon: '≠', explain: 'This page gives another figure for the same event, source and category.' },
  untracked: { word: 'Untracked', icon: '?', explain: 'No tracked event or claim fits this figure.' },
};
