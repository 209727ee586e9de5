// Content script entry: reads the page's text, sends the sentences that pass the cheap
// prefilter to the background, and highlights the figures that come back. Nothing here
// loads compromise or opens the database.
import browser from 'webextension-polyfill';
import { Overlay } from './overlay.ts';
import type { OverlayStatus, ToContent } from '../shared/messages.ts';

/** Frames of another origin (ads, embeds) are not the article: only same-origin ones are read. */
function isReadableFrame(): boolean {
  if (window === window.top) return true;
  try {
    return window.top!.location.origin === location.origin;
  } catch {
    return false;
  }
}

let overlay: Overlay | null = isReadableFrame() ? new Overlay() : null;
void overlay?.start();

const OFF: OverlayStatus = { enabled: false, scanned: false, sentences: 0, highlights: 0 };

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as ToContent;
  if (m?.type === 'overlay-status') return Promise.resolve(overlay?.status() ?? OFF);
  if (m?.type !== 'set-overlay') return undefined;
  if (m.enabled && !overlay && isReadableFrame()) { overlay = new Overlay(); void overlay.start(); }
  if (!m.enabled && overlay) { overlay.destroy(); overlay = null; }
  return Promise.resolve(overlay?.status() ?? OFF);
});
