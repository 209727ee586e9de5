// Content script entry: reads the page's text, sends the sentences that pass the cheap
// prefilter to the background, and highlights the figures that come back. Nothing here
// loads compromise or opens the database.
import browser from 'webextension-polyfill';
import { Overlay } from './overlay.ts';

let overlay: Overlay | null = new Overlay();
void overlay.start();

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { type?: string; enabled?: boolean };
  if (m?.type !== 'set-overlay') return undefined;
  if (m.enabled && !overlay) { overlay = new Overlay(); void overlay.start(); }
  if (!m.enabled && overlay) { overlay.destroy(); overlay = null; }
  return Promise.resolve({ enabled: Boolean(overlay) });
});
