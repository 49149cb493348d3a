import { describe, expect, it } from 'vitest';
import {
  type SavedDataMessageCode,
  type SavedStore,
  savedDataMessage,
} from './saved-data-messages';

/**
 * What each notice said before its words moved here (issue 16), copied from the saved-plans and
 * part-time readers and the two stores' failed-save notices, not from this module. Every code has a
 * row for each store: a new code or store without one does not compile.
 */
const EXPECTED = {
  'none-read': {
    plans: 'We could not read your saved plans',
    'part-time': 'We could not read your part-time answers and scenarios',
  },
  'some-not-read': {
    plans: 'We could not read all of your saved plans',
    'part-time': 'We could not read all of your part-time answers and scenarios',
  },
  'newer-version': {
    plans: 'Your saved plans are from a newer version of Pathway, so this version cannot open them',
    'part-time':
      'Your part-time answers and scenarios are from a newer version of Pathway, so this version cannot open them',
  },
  'not-migrated': {
    plans: 'We could not update your saved plans from an older version of Pathway',
    'part-time':
      'We could not update your part-time answers and scenarios from an older version of Pathway',
  },
  'changed-by-hand': {
    plans: 'All of your saved plans: the saved data is incomplete or has been changed by hand',
    'part-time': 'All of it: the saved data is incomplete or has been changed by hand',
  },
  'unknown-form': {
    plans: 'All of your saved plans: the saved data is not in a form Pathway can read',
    'part-time': 'All of it: the saved data is not in a form Pathway can read',
  },
  'not-saved': {
    plans: 'Your latest changes could not be saved on this device',
    'part-time': 'Your latest part-time changes could not be saved on this device',
  },
  'storage-full': {
    plans:
      "The browser's storage is full or switched off. Your plans are kept while this page is open, but will be lost when you close it.",
    'part-time':
      "The browser's storage is full or switched off. Your part-time answers, periods and scenarios are kept while this page is open, but will be lost when you close it.",
  },
} satisfies Readonly<Record<SavedDataMessageCode, Readonly<Record<SavedStore, string>>>>;

const ROWS = Object.entries(EXPECTED).flatMap(([code, byStore]) =>
  Object.entries(byStore).map(
    ([store, words]) => [code as SavedDataMessageCode, store as SavedStore, words] as const,
  ),
);

describe('savedDataMessage', () => {
  it.each(ROWS)('%s about %s reads as before', (code, store, words) => {
    expect(savedDataMessage({ code, store })).toBe(words);
  });
});
