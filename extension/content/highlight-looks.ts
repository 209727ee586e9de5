// How each verdict's highlight looks, written once at build time into highlights.css, the
// stylesheet the manifest gives every page with the content script. The browser applies it
// itself: one highlight with a stylesheet the content script builds and adopts cost the page
// 3.4 to 5.2 ms of its main thread from outside, without the stylesheet 2.1 to 2.4 ms (issue 15,
// README stop 66), and the rules a page never uses cost it nothing. The content script imports
// only the names.

export const VERDICTS = ['matches', 'conflicts', 'revised', 'misattributed', 'inconsistent', 'untracked'] as const;
export type Theme = 'light' | 'dark';

/**
 * A verdict's highlight (or "focus", the figure the card is open on) in a page's theme: dark
 * pages get highlights of their own names, so one stylesheet holds both themes.
 */
export const highlightName = (verdict: string, theme: Theme) => `crosscount-${verdict}${theme === 'dark' ? '-dark' : ''}`;

// Decoration differs by verdict as well as colour, so meaning never rests on colour alone.
// Each underline has at least 3:1 contrast on the page's background: the light theme's colours
// on light pages, the dark theme's on dark ones. Untracked figures get no background.
type Look = { bg: string | null; line: string };
const LOOKS: Record<(typeof VERDICTS)[number], { underline: string } & Record<Theme, Look>> = {
  matches: { underline: 'solid 2px', light: { bg: 'rgba(96, 125, 139, 0.2)', line: 'rgb(84, 110, 122)' }, dark: { bg: 'rgba(176, 190, 197, 0.25)', line: 'rgb(176, 190, 197)' } },
  misattributed: { underline: 'dotted 3px', light: { bg: 'rgba(216, 67, 21, 0.2)', line: 'rgb(191, 54, 12)' }, dark: { bg: 'rgba(255, 138, 101, 0.25)', line: 'rgb(255, 138, 101)' } },
  conflicts: { underline: 'wavy 2px', light: { bg: 'rgba(198, 40, 40, 0.22)', line: 'rgb(198, 40, 40)' }, dark: { bg: 'rgba(239, 83, 80, 0.28)', line: 'rgb(239, 108, 106)' } },
  revised: { underline: 'dashed 2px', light: { bg: 'rgba(230, 145, 0, 0.25)', line: 'rgb(180, 95, 0)' }, dark: { bg: 'rgba(255, 183, 77, 0.25)', line: 'rgb(255, 183, 77)' } },
  inconsistent: { underline: 'double 2px', light: { bg: 'rgba(106, 27, 154, 0.22)', line: 'rgb(106, 27, 154)' }, dark: { bg: 'rgba(206, 147, 216, 0.25)', line: 'rgb(206, 147, 216)' } },
  untracked: { underline: 'dotted 1px', light: { bg: null, line: 'rgb(110, 110, 110)' }, dark: { bg: null, line: 'rgb(189, 189, 189)' } },
};
const FOCUS: Record<Theme, string> = { light: 'rgba(21, 101, 192, 0.35)', dark: 'rgba(138, 180, 248, 0.4)' };

/** The highlight rules of both themes: the text of highlights.css. */
export function highlightCss(): string {
  const rules = (['light', 'dark'] as const).flatMap((theme) => [
    ...VERDICTS.map((v) => {
      const { underline, [theme]: { bg, line } } = LOOKS[v];
      const [style, width] = underline.split(' ');
      return `::highlight(${highlightName(v, theme)}) { ${bg ? `background-color: ${bg}; ` : ''}text-decoration: underline ${style} ${line} ${width}; }`;
    }),
    `::highlight(${highlightName('focus', theme)}) { background-color: ${FOCUS[theme]}; }`,
  ]);
  return `${rules.join('\n')}\n`;
}
