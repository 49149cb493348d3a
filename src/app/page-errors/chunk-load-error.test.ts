import { describe, expect, it } from 'vitest';
import {
  codeNotFetchedOffline,
  isChunkLoadError,
  watchForChunkLoadErrors,
} from './chunk-load-error';

describe('telling code that failed to load from other errors', () => {
  it.each([
    'Failed to fetch dynamically imported module: https://example.org/assets/PayRoute-abc.js',
    'error loading dynamically imported module: https://example.org/assets/PayRoute-abc.js',
    'Importing a module script failed.',
    'Unable to preload CSS for /assets/PayRoute-abc.css',
  ])('knows "%s" as code that did not load', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('treats any other error as a problem with the page', () => {
    expect(isChunkLoadError(new TypeError("Cannot read properties of null (reading 'map')"))).toBe(
      false,
    );
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });

  it('knows any error Vite reports as a file that did not load, whatever its message', () => {
    watchForChunkLoadErrors(window);
    const error = new Error('net::ERR_INTERNET_DISCONNECTED');
    expect(isChunkLoadError(error)).toBe(false);
    window.dispatchEvent(Object.assign(new Event('vite:preloadError'), { payload: error }));
    expect(isChunkLoadError(error)).toBe(true);
  });
});

describe('code not fetched while offline', () => {
  it('is known as code that did not load', () => {
    expect(isChunkLoadError(codeNotFetchedOffline())).toBe(true);
  });
});
