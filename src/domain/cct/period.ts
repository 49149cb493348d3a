/**
 * A period as Pathway keeps it: a typed CCT change with a stable id, from the moment the period form
 * accepts it (docs/cct-rules.md, "Periods as saved"). Saved data, share links and files are read here,
 * once, at the edge: each period's shape (a known kind, real dates, numbers where numbers go), with an
 * id kept when it is usable and given when it is not. Whether the values make sense together (a WTE of
 * 0.1, an end before the start, overlaps) is the calculator's to say, with a message for the person.
 */
import { parseIsoDate } from '../dates';
import { readShare } from '../units';
import { isChangeKind } from './change-kinds';
import type { CctChange, PeriodField, PeriodId } from './types';

export type { PeriodField, PeriodId };

export type Period = CctChange & { readonly id: PeriodId };

/** Ids are short text: letters, digits, `-` and `_`, so they sit safely in a web address. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function isPeriodId(value: unknown): value is PeriodId {
  // "new" is the address for adding a period, so no period may be called that.
  return typeof value === 'string' && ID_PATTERN.test(value) && value !== 'new';
}

/** An id no period in `taken` has: `p1`, `p2`, … (for periods saved before periods had ids). */
export function unusedPeriodId(taken: ReadonlySet<string>): PeriodId {
  let number = 1;
  while (taken.has(`p${number}`)) number += 1;
  return `p${number}` as PeriodId;
}

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A period's shape, without its id: null when it is not a period Pathway can read (an unknown kind, a
 * start that is not a real date, an end that is neither a real date nor empty, a WTE or credit that is
 * not a number). Fields a kind does not use are left out.
 */
export function readChangeShape(value: unknown): CctChange | null {
  if (!isRecord(value) || !isChangeKind(value.kind)) return null;
  const start = parseIsoDate(value.start);
  const open = value.end === undefined || value.end === null || value.end === '';
  const end = open ? null : parseIsoDate(value.end);
  if (start === null || (!open && end === null)) return null;
  switch (value.kind) {
    case 'ltft': {
      const wte = readShare(value.wte);
      return wte === null ? null : { kind: 'ltft', start, end, wte };
    }
    case 'oopr': {
      const credit = readShare(value.credit);
      return credit === null ? null : { kind: 'oopr', start, end, credit };
    }
    case 'sickness': {
      if (end === null) return null;
      const days = value.workingDaysAbsent;
      if (days === undefined || days === null) return { kind: 'sickness', start, end };
      return isNumber(days) ? { kind: 'sickness', start, end, workingDaysAbsent: days } : null;
    }
    default:
      return { kind: value.kind, start, end };
  }
}

export type PeriodsReading = {
  readonly periods: readonly Period[];
  /** How many entries could not be read as periods (they are left out, and the caller says so). */
  readonly unreadable: number;
};

/**
 * Reads a saved list of periods: each readable one typed, with its id kept when it is a usable id not
 * already taken in the list, else given one (`p1`, `p2`, …). Never throws.
 */
export function readPeriods(value: unknown): PeriodsReading {
  if (value === undefined || value === null) return { periods: [], unreadable: 0 };
  if (!Array.isArray(value)) return { periods: [], unreadable: 1 };
  const periods: Period[] = [];
  let unreadable = 0;
  for (const entry of addPeriodIds(value) as readonly unknown[]) {
    const change = readChangeShape(entry);
    if (change === null) unreadable += 1;
    else periods.push({ ...change, id: (entry as { readonly id: PeriodId }).id });
  }
  return { periods, unreadable };
}

/** A period with the id it keeps: the change as the form read it, under an existing or new id. */
export function withId(change: CctChange, id: PeriodId): Period {
  return { ...change, id };
}

/**
 * Gives each period in a saved list that has no usable id one (`p1`, `p2`, … not already taken), and a
 * period whose id repeats an earlier one a new one; everything else is kept exactly as saved. The
 * migration to saved data with period ids (plans version 2, part-time data version 2). Never throws.
 */
export function addPeriodIds(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const entries = list as readonly unknown[];
  const taken = new Set<string>();
  for (const entry of entries) {
    if (isRecord(entry) && isPeriodId(entry.id)) taken.add(entry.id);
  }
  const used = new Set<string>();
  return entries.map((entry) => {
    if (!isRecord(entry)) return entry;
    if (isPeriodId(entry.id) && !used.has(entry.id)) {
      used.add(entry.id);
      return entry;
    }
    const id = unusedPeriodId(new Set([...taken, ...used]));
    used.add(id);
    return { ...entry, id };
  });
}
