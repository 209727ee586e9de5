// Content script entry: reads the page's text, sends the sentences that pass the cheap
// prefilter to the background, and highlights the figures that come back. Nothing here
// loads compromise or opens the database, and a page with no casualty word gets none of it
// (dormant.ts) until one appears.
import { onMessage } from '../shared/extension-api.ts';
import { Overlay } from './overlay.ts';
import type { OverlayStatus, ToContent } from '../shared/messages.ts';
import { loadSettings, onSettingsChanged } from '../shared/settings-store.ts';
import { highlightedVerdicts, isSiteDisabled, type Settings } from '../../src/settings.ts';
import { wakeOnCasualtyWord } from './dormant.ts';

/** Frames of another origin (ads, embeds) are not the article: only same-origin ones are read. */
function isReadableFrame(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === location.origin;
  } catch {
    return false;
  }
}

let overlay: Overlay | null = null;
let settings: Settings | null = null;

function turnOn(): void {
  if (overlay || !settings || !isReadableFrame()) return;
  overlay = new Overlay(highlightedVerdicts(settings));
  void overlay.start();
}

function turnOff(): void {
  overlay?.destroy();
  overlay = null;
}

/** What the settings mean for this page: off, or the verdicts it highlights. */
const shownHere = (s: Settings) => (isSiteDisabled(s, location.hostname) ? 'off' : [...highlightedVerdicts(s)].sort().join(' '));

const OFF: OverlayStatus = { enabled: false, scanned: false, sentences: 0, highlights: 0 };

/** The page holds a casualty word: settings, listeners, and the overlay. */
function wake(): void {
  void loadSettings().then((s) => {
    settings = s;
    if (!isSiteDisabled(s, location.hostname)) turnOn();
  });

  // A change of settings that concerns this page (this site turned off, other verdicts)
  // redraws it; any other (another site switched off) leaves it as it is, read once.
  onSettingsChanged((s) => {
    const before = settings && shownHere(settings);
    settings = s;
    if (shownHere(s) === before) return;
    turnOff();
    if (!isSiteDisabled(s, location.hostname)) turnOn();
  });

  onMessage((message) => {
    const m = message as ToContent;
    if (m?.type === 'overlay-status') return overlay?.status() ?? OFF;
    if (m?.type === 'focus-figure') return overlay?.focusFigure(m.sentenceId, m.start) ?? false;
    if (m?.type === 'propose-figure') return overlay?.propose(m.figure) ?? false;
    if (m?.type !== 'set-overlay') return undefined;
    const enable = m.enabled ?? !overlay; // no value: toggle (the keyboard command)
    if (enable) turnOn(); else turnOff();
    return overlay?.status() ?? OFF;
  });
}

if (isReadableFrame()) wakeOnCasualtyWord(wake);
