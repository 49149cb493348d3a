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

/** Errors Vite reported through its `vite:preloadError` event: always a file that did not load. */
const reportedByVite = new WeakSet<object>();

export function isChunkLoadError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (reportedByVite.has(error)) return true;
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
    if (typeof payload === 'object' && payload !== null) reportedByVite.add(payload);
  });
}
