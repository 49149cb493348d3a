/**
 * The TIS-style estimate (shared/domain/cct-rule.md §1): what NHS England's TIS calculator
 * (`cct-calc-core`) would have given, shown beside the pro-rata headline so the page can explain the
 * difference. Per change, in start order, extensions are summed onto the full-time CCT:
 *
 * - LTFT: `round(days × (1 − new ÷ current))`, days from the change start to its end, or to the current
 *   estimate when it has no end; `current` is the WTE of a less than full time period ending the day
 *   before, otherwise 1 (full time).
 * - OOPE, OOPC, OOPP, parental leave, unpaid leave and sickness: the whole span, even inside a less
 *   than full time period, whose extension already counted those days as part time (TIS added each
 *   change on its own).
 * - OOPT and OOPR: TIS cannot express them, so there is no estimate.
 *
 * Rounding is half up (JavaScript `Math.round`), done exactly on whole numbers.
 */
import {
  type DayNumber,
  type IsoDate,
  OPEN_ENDED,
  dateOfDayNumber,
  dayNumber,
  plusDays,
} from '../dates';
import { FULL_TIME, type Wte, toCreditUnits } from '../units';
import { type CctChange, type CctInput, type TisComparison, type TisNote } from './types';

/** ⌊a ÷ b⌋ for whole numbers and b > 0, corrected against any rounding in the division. */
function floorDiv(a: number, b: number): number {
  let quotient = Math.floor(a / b);
  while (quotient * b > a) quotient -= 1;
  while ((quotient + 1) * b <= a) quotient += 1;
  return quotient;
}

/**
 * `cct-calc-core`'s `calculateLtftExtensionDays`: `round(days × (1 − newWte ÷ currentWte))`, half up,
 * without its floating-point error. Negative for an increase.
 */
export function tisLtftExtensionDays(
  days: number,
  newWte: Wte,
  currentWte: Wte = FULL_TIME,
): number {
  const current = toCreditUnits(currentWte);
  const numerator = days * (current - toCreditUnits(newWte));
  // round(n ÷ d) half up = ⌊(2n + d) ÷ 2d⌋
  return floorDiv(2 * numerator + current, 2 * current);
}

/** Whether time away shares a day with a less than full time period below full time. */
function insidePartTime(away: CctChange, changes: readonly CctChange[]): boolean {
  return changes.some(
    (change) =>
      change.kind === 'ltft' &&
      change.wte < 1 &&
      change.start <= (away.end ?? away.start) &&
      (change.end === null || away.start <= change.end),
  );
}

function byStart(a: CctChange, b: CctChange): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/**
 * The TIS-style estimate for a valid plan, with notes on why it may differ from the pro-rata date.
 * `currentWte` is the WTE the doctor works outside the plan's LTFT periods, for a CCT date already
 * worked out at those hours (`programme.fullTimeCct` is then that date): 1 unless given.
 */
export function tisStyleEstimate(
  input: CctInput,
  cct: IsoDate,
  currentWte: Wte = FULL_TIME,
): TisComparison {
  const notes = new Set<TisNote>();
  if (input.changes.some((change) => change.kind === 'oopt' || change.kind === 'oopr')) {
    return { estimate: null, differenceDays: null, notes: ['not-representable'] };
  }
  const changes = [...input.changes].sort(byStart); // stable: equal starts keep their order
  const base = dayNumber(input.programme.fullTimeCct);
  let extension = 0;
  let previousLtft: { readonly end: DayNumber; readonly wte: Wte } | null = null;
  for (const change of changes) {
    const first = dayNumber(change.start);
    if (change.kind === 'ltft') {
      const current =
        previousLtft && previousLtft.end === first - 1 ? previousLtft.wte : currentWte;
      const last = change.end === null ? plusDays(base, extension) : dayNumber(change.end);
      const days = Math.max(0, last - first + 1);
      extension += tisLtftExtensionDays(days, change.wte, current);
      if (change.wte < current && change.end === null) notes.add('open-ended-reduction');
      if (change.wte > current) notes.add('wte-increase');
      previousLtft = {
        end: change.end === null ? OPEN_ENDED : dayNumber(change.end),
        wte: change.wte,
      };
    } else if (change.end !== null) {
      extension += dayNumber(change.end) - first + 1;
      if (change.kind === 'sickness') notes.add('adds-sickness');
      else if (insidePartTime(change, changes)) notes.add('leave-inside-ltft');
    }
  }
  const estimate = dateOfDayNumber(plusDays(base, extension));
  return {
    estimate,
    differenceDays: dayNumber(cct) - dayNumber(estimate),
    notes: [...notes],
  };
}
