/**
 * Which save a saved value is, and which save it was made from. A tab folding in another tab's save
 * takes as the common base exactly what both started from, even when the other tab wrote without
 * having seen this tab's latest save: a browser passes localStorage writes to other tabs a moment
 * later, so even a lock across tabs cannot promise that a read sees the last write.
 */

export type Revisions = {
  /** This save's id, or null for a save made before revisions were kept (or by hand). */
  readonly revision: string | null;
  /** The save it was made from, or null. */
  readonly basedOn: string | null;
};

const NO_REVISIONS: Revisions = { revision: null, basedOn: null };

/** Reads `revision` and `basedOn` from saved text. Never throws. */
export function readRevisions(raw: string | null): Revisions {
  if (raw === null) return NO_REVISIONS;
  try {
    const saved: unknown = JSON.parse(raw);
    if (typeof saved !== 'object' || saved === null) return NO_REVISIONS;
    const { revision, basedOn } = saved as Readonly<Record<string, unknown>>;
    return {
      revision: typeof revision === 'string' ? revision : null,
      basedOn: typeof basedOn === 'string' ? basedOn : null,
    };
  } catch {
    return NO_REVISIONS;
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
 */
export function baseFromHistory<Value>(
  history: { get(revision: string | null): Value | undefined },
  theirs: Revisions,
  fallback: Value,
): Value {
  return history.get(theirs.revision) ?? history.get(theirs.basedOn) ?? fallback;
}
