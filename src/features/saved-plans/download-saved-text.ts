import { storageArea } from '../../state/storage-area';
import { downloadFile } from '../../ui/downloadFile';

/**
 * Saves, as a file, the text kept under `key`: a copy of saved data Pathway could not read, or the
 * unreadable data itself when there was no room for a copy. Does nothing if there is none.
 */
export function downloadSavedText(key: string): void {
  let raw: string | null;
  try {
    raw = storageArea().getItem(key);
  } catch {
    raw = null;
  }
  if (raw !== null) downloadFile('pathway-saved-data.json', raw, 'application/json');
}
