/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';

/** Swaps to the new version's service worker, then reloads the page into it. */
export type ReloadToUpdate = () => Promise<void>;

/**
 * Registers the service worker that keeps every page working offline, and calls `onUpdateWaiting` when
 * a new version has been deployed and is waiting to take over. Outside a production build (the dev
 * server, vitest) the plugin's registration does nothing.
 */
export function watchForUpdates(onUpdateWaiting: (reloadToUpdate: ReloadToUpdate) => void): void {
  const updateServiceWorker = registerSW({
    onNeedRefresh: () => onUpdateWaiting(reloadToUpdate),
  });
  const reloadToUpdate: ReloadToUpdate = () => {
    // The plugin reloads only a page the old worker controlled when it loaded; a tab open since the
    // very first visit also needs reloading once the new worker takes charge.
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
      once: true,
    });
    return updateServiceWorker();
  };
}
