import { pathwayKeysIn, SESSION_MODE_KEY, storageArea } from '../../state/storage-area';

/**
 * True when something the person entered is kept in this browser's storage, so an error page can say
 * it is still saved. A page that fails to render changes nothing stored; but with storage switched off
 * (or nothing entered yet) there is nothing saved to speak of, and the page must not claim it.
 */
export function somethingSavedOnThisDevice(): boolean {
  try {
    return pathwayKeysIn(storageArea()).some((key) => key !== SESSION_MODE_KEY);
  } catch {
    // Storage that cannot be read holds nothing we can vouch for.
    return false;
  }
}
