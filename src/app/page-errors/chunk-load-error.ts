/**
 * Tells a page's code that failed to load (after a redeploy removed it, or with no connection) from
 * any other error, so the page can say "reload to get the latest version" rather than "there is a
 * problem".
 */

/** What browsers and Vite say when a module or a file it needs cannot be fetched. */
const CHUNK_LOAD_MESSAGES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite, for a page's stylesheet
];

/** Errors Vite reported through its `vite:preloadError` event, and code not fetched while offline. */
const knownChunkLoadErrors = new WeakSet<object>();

/**
 * True while a page's code cannot be fetched: offline, with no service worker to answer from its
 * cache. Chromium remembers a module that failed to fetch (and every file it needs) as failed for the
 * rest of the visit, so fetching now would stop the page loading even once the connection is back.
 */
export function offlineWithoutServiceWorker(): boolean {
  // jsdom, and browsers without service workers, have no navigator.serviceWorker.
  const worker = (navigator as Partial<Navigator>).serviceWorker;
  return !navigator.onLine && !worker?.controller;
}

/** The error for a page's code not fetched because the device is offline. */
export function codeNotFetchedOffline(): Error {
  const error = new Error("The page's code was not fetched: this device is offline");
  knownChunkLoadErrors.add(error);
  return error;
}

export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (knownChunkLoadErrors.has(error)) return true;
  const message = 'message' in error ? error.message : undefined;
  return (
    typeof message === 'string' && CHUNK_LOAD_MESSAGES.some((pattern) => pattern.test(message))
  );
}

/**
 * Notes each error Vite reports as it loads a page's code (its event carries the error as `payload`).
 * The error still reaches the page, which shows it; nothing is cancelled here.
 */
export function watchForChunkLoadErrors(target: Window): void {
  target.addEventListener('vite:preloadError', (event) => {
    const payload: unknown = 'payload' in event ? event.payload : undefined;
    if (typeof payload === 'object' && payload !== null) knownChunkLoadErrors.add(payload);
  });
}
