/**
 * Which save a saved value is, and which save it was made from. A tab folding in another tab's save
 * takes as the common base exactly what both started from, even when the other tab wrote without
 * having seen this tab's latest save: a browser passes localStorage writes to other tabs a moment
 * later, so even a lock across tabs cannot promise that a read sees the last write.
 */

export type Revisions = {
  /**
   * This save's id; for a save made without one (by an older Pathway, or by hand), a hash of its text,
   * so a save made from it can still name it. Null when nothing is saved.
   */
  readonly revision: string | null;
  /** The save it was made from, or null. */
  readonly basedOn: string | null;
};

const NO_REVISIONS: Revisions = { revision: null, basedOn: null };

const BY_TEXT = 'text-';

/** A 53-bit hash of `text` (cyrb53), as hex: enough to tell saves apart, not for security. */
function hashOf(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${BY_TEXT}${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16)}`;
}

/** Reads `revision` and `basedOn` from saved text. Never throws. */
export function readRevisions(raw: string | null): Revisions {
  if (raw === null) return NO_REVISIONS;
  const byText: Revisions = { revision: hashOf(raw), basedOn: null };
  try {
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null) return byText;
    const { revision, basedOn } = saved as Readonly<Record<string, unknown>>;
    return {
      revision: typeof revision === 'string' ? revision : byText.revision,
      basedOn: typeof basedOn === 'string' ? basedOn : null,
    };
  } catch {
    return byText;
  }
}

export function newRevision(): string {
  return crypto.randomUUID();
}

/** What this tab read or wrote, by revision: the newest few, enough for tabs racing each other. */
export function createRevisionHistory<Value>(limit = 20) {
  const values = new Map<string, Value>();
  return {
    remember(revision: string | null, value: Value): void {
      if (revision === null) return;
      values.delete(revision);
      values.set(revision, value);
      for (const oldest of values.keys()) {
        if (values.size <= limit) break;
        values.delete(oldest);
      }
    },
    get(revision: string | null): Value | undefined {
      return revision === null ? undefined : values.get(revision);
    },
    clear(): void {
      values.clear();
    },
  };
}

/**
 * The state both sides started from: the other side's own save when this tab has already folded it
 * in (so nothing in it is news), else the save it was made from if this tab saw that, else `fallback`.
 * Text saved without a revision may be written again word for word (by an older Pathway, or by hand)
 * after this tab moved on, so it is never taken as already folded in.
 */
export function baseFromHistory<Value>(
  history: { get(revision: string | null): Value | undefined },
  theirs: Revisions,
  fallback: Value,
): Value {
  const seen = theirs.revision?.startsWith(BY_TEXT) ? undefined : history.get(theirs.revision);
  return seen ?? history.get(theirs.basedOn) ?? fallback;
}
