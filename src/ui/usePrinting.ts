import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

/** Set between the browser's beforeprint and afterprint events. */
let printRequested = false;

function printMedia(): MediaQueryList | null {
  // jsdom and some older browsers have no matchMedia: they never print.
  return typeof window.matchMedia === 'function' ? window.matchMedia('print') : null;
}

function subscribe(onChange: () => void): () => void {
  // The browser lays the page out for print as soon as beforeprint returns, so whatever prints must be
  // rendered by then: flushSync renders now rather than in a later task.
  const renderNow = () => flushSync(onChange);
  const before = () => {
    printRequested = true;
    renderNow();
  };
  const after = () => {
    printRequested = false;
    onChange();
  };
  const media = printMedia();
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  media?.addEventListener('change', renderNow);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    media?.removeEventListener('change', renderNow);
  };
}

function isPrinting(): boolean {
  return printRequested || (printMedia()?.matches ?? false);
}

/**
 * Whether the page is being printed (or saved as a PDF) now, so a page can render a summary made for
 * paper only then: it stays out of the page people read and navigate on screen.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}
