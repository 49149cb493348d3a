/**
 * The words of the notices about saved data (issue 16). The plans and the part-time calculator are saved
 * apart, and each store says the same things about its data: it could not be read, it came from a newer
 * version, it could not be updated, the latest changes could not be saved. The readers and stores pass
 * a code and the store; this is the one place the words are, so the two notices never drift apart.
 *
 * In the domain, not the UI, because the saved-data readers here put the notice together (their tests
 * run in Node); the stores in src/state import it for the notice when a save fails.
 */

/** Which saved data a notice is about. */
export type SavedStore = 'plans' | 'part-time';

/** What a notice says, by code. Each takes the store it is about. */
export type SavedDataMessageCode =
  /** Summary: nothing could be read. */
  | 'none-read'
  /** Summary: some, not all, could be read. */
  | 'some-not-read'
  /** Summary: saved by a newer version of Pathway. */
  | 'newer-version'
  /** Summary: saved by an older version, and updating it failed. */
  | 'not-migrated'
  /** Detail: the text is not whole JSON (cut short, or edited by hand). */
  | 'changed-by-hand'
  /** Detail: the text is JSON, but not a saved state. */
  | 'unknown-form'
  /** Summary: the latest save failed. */
  | 'not-saved'
  /** Detail: why a save fails, and what that means for the data. */
  | 'storage-full';

export type SavedDataMessage = {
  readonly code: SavedDataMessageCode;
  readonly store: SavedStore;
};

/** How each store's data is named. */
const DATA: Readonly<Record<SavedStore, string>> = {
  plans: 'saved plans',
  'part-time': 'part-time answers and scenarios',
};

/** How each store names all of its data at the start of a detail line. */
const ALL_OF_IT: Readonly<Record<SavedStore, string>> = {
  plans: 'All of your saved plans',
  'part-time': 'All of it',
};

/** The data kept in the page when saving fails. */
const KEPT: Readonly<Record<SavedStore, string>> = {
  plans: 'plans',
  'part-time': 'part-time answers, periods and scenarios',
};

/** The changes a failed save loses. */
const CHANGES: Readonly<Record<SavedStore, string>> = {
  plans: 'changes',
  'part-time': 'part-time changes',
};

/** One function a code: a code without words, or words for no code, does not compile. */
const WORDS = {
  'none-read': (store) => `We could not read your ${DATA[store]}`,
  'some-not-read': (store) => `We could not read all of your ${DATA[store]}`,
  'newer-version': (store) =>
    `Your ${DATA[store]} are from a newer version of Pathway, so this version cannot open them`,
  'not-migrated': (store) =>
    `We could not update your ${DATA[store]} from an older version of Pathway`,
  'changed-by-hand': (store) =>
    `${ALL_OF_IT[store]}: the saved data is incomplete or has been changed by hand`,
  'unknown-form': (store) =>
    `${ALL_OF_IT[store]}: the saved data is not in a form Pathway can read`,
  'not-saved': (store) => `Your latest ${CHANGES[store]} could not be saved on this device`,
  'storage-full': (store) =>
    `The browser's storage is full or switched off. Your ${KEPT[store]} are kept while this page is open, but will be lost when you close it.`,
} satisfies Readonly<Record<SavedDataMessageCode, (store: SavedStore) => string>>;

/** The plain-English words of a saved-data notice. */
export function savedDataMessage({ code, store }: SavedDataMessage): string {
  return WORDS[code](store);
}
