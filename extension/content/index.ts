// Content script entry: reads the page's text, sends the sentences that pass the cheap
// prefilter to the background, and highlights the figures that come back. Nothing here
// loads compromise or opens the database, and a page with no casualty word gets none of it
// (dormant.ts) until one appears.
import { onMessage } from '../shared/extension-api.ts';
import { Overlay } from './overlay.ts';
import type { OverlayStatus, ToContent } from '../shared/messages.ts';
import { shownOn } from '../../src/settings.ts';
import { wakeOnCasualtyWord } from './dormant.ts';

/** Frames of another origin (ads, embeds) are not the article: only same-origin ones are read. */
function isReadableFrame(): boolean {
  if (window === window.top) return true;
  // Chromium lists the ancestors' origins: no reach into another window, no exception thrown
  const ancestors = location.ancestorOrigins;
  if (ancestors?.length) return ancestors[ancestors.length - 1] === location.origin;
  try {
    return window.top!.location.origin === location.origin;
  } catch {
    return false;
  }
}

let overlay: Overlay | null = null;
/** What the reader's settings show on this page, as the background last said (settings.ts shownOn). */
let shown: string | null = null;

/**
 * The settings are the background's: it answers the first scan with "off" on a site the
 * reader turned off (`evenIfOff`: the reader's own toggle shows the page anyway).
 */
function turnOn(evenIfOff = false): void {
  if (overlay || !isReadableFrame()) return;
  const started = new Overlay({
    evenIfOff,
    onShown: (key) => {
      shown = key;
      if (key === 'off' && !evenIfOff && overlay === started) turnOff();
    },
  });
  overlay = started;
  void started.start();
}

function turnOff(): void {
  overlay?.destroy();
  overlay = null;
}

const OFF: OverlayStatus = { enabled: false, scanned: false, sentences: 0, highlights: 0 };

/** The page holds a casualty word: the listener, and the overlay. */
function wake(): void {
  turnOn();
  onMessage((message) => {
    const m = message as ToContent;
    if (m?.type === 'overlay-status') return overlay?.status() ?? OFF;
    if (m?.type === 'focus-figure') return overlay?.focusFigure(m.sentenceId, m.start) ?? false;
    if (m?.type === 'propose-figure') return overlay?.propose(m.figure) ?? false;
    if (m?.type === 'settings-changed') {
      // a change that concerns this page (this site turned off, other verdicts) redraws it; any
      // other (another site switched off) leaves it as it is, read once
      const now = shownOn(m.settings, location.hostname);
      const before = shown;
      shown = now;
      if (now === before) return undefined;
      turnOff();
      if (now !== 'off') turnOn();
      return undefined;
    }
    if (m?.type !== 'set-overlay') return undefined;
    const enable = m.enabled ?? !overlay; // no value: toggle (the keyboard command)
    if (enable) turnOn(true); else turnOff();
    return overlay?.status() ?? OFF;
  });
}

if (isReadableFrame()) wakeOnCasualtyWord(wake);
