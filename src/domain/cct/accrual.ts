/**
 * Pro-rata accrual, the core of the CCT rule (docs/cct-rules.md): counting from a start date, each calendar
 * day earns its credit (full time 1, LTFT its WTE, time that does not count 0), and training is complete
 * on the first day the credit reaches the full-time days required. Spans are inclusive.
 *
 * The arithmetic is exact. A credit is held as a whole number of 1/720,720,000ths of a full-time day:
 * every value written with up to three decimal places (0.8, 0.625) and every fraction with a denominator
 * up to 16 (a third, a twelfth) is exact, and sums stay far inside the safe integer range. Work runs
 * stretch by stretch (days needed = ⌈left ÷ credit⌉), not day by day.
 *
 * This module is shared by the CCT calculator and the timeline engine (see {@link planAccrual}). Day
 * numbers and their arithmetic are in dates.ts.
 */
import {
  type DayNumber,
  type IsoDate,
  OPEN_ENDED,
  dateOfDayNumber,
  dayNumber,
  dayNumberOf,
  plusDays,
} from '../dates';
import {
  CREDIT_UNIT,
  type CreditUnits,
  type DayCount,
  NO_CREDIT,
  type Share,
  addCredit,
  creditOfFullTimeDays,
  creditOverDays,
  fullTimeDaysOfCredit,
  toCreditUnits,
} from '../units';

export { CREDIT_UNIT, toCreditUnits };

/** ⌈a ÷ b⌉ for whole numbers a ≥ 0 and b > 0, corrected against any rounding in the division. */
export function ceilDiv(a: number, b: number): number {
  let quotient = Math.ceil(a / b);
  while (quotient * b < a) quotient += 1;
  while (quotient > 0 && (quotient - 1) * b >= a) quotient -= 1;
  return quotient;
}

/** A period at a constant credit; `end: null` runs on for ever (to completion). */
export type CreditPeriod<Tag = unknown> = {
  readonly start: IsoDate;
  readonly end: IsoDate | null;
  /** The share of each day that counts, 0 to 1. */
  readonly credit: Share;
  /** Carried through to the stretches, so a caller can tell which period a stretch came from. */
  readonly tag?: Tag;
};

/** A period in day numbers, as {@link buildStretches} takes it; `last` is OPEN_ENDED when open-ended. */
export type DayPeriod<Tag = unknown> = {
  readonly first: DayNumber;
  readonly last: DayNumber;
  /** Credit per day in units (see {@link CREDIT_UNIT}). */
  readonly units: CreditUnits;
  readonly tag: Tag | null;
};

/** A stretch of constant credit in day numbers; the last stretch is open (`last` is OPEN_ENDED). */
export type Stretch<Tag = unknown> = DayPeriod<Tag> & {
  /** Credit earned before this stretch, in units. */
  readonly earnedBefore: CreditUnits;
};

export function toDayPeriod<Tag>(period: CreditPeriod<Tag>): DayPeriod<Tag> {
  return {
    first: dayNumber(period.start),
    last: period.end === null ? OPEN_ENDED : dayNumber(period.end),
    units: toCreditUnits(period.credit),
    tag: period.tag ?? null,
  };
}

/**
 * Lays periods end to end from `startDay`, filling the gaps with full time, and closes with an open
 * stretch (the last open-ended period, or full time). Periods must not overlap; where they do, the later
 * one is clipped to start after the earlier. Days before `startDay` are ignored.
 */
export function buildStretches<Tag>(
  startDay: DayNumber,
  periods: readonly DayPeriod<Tag>[],
): Stretch<Tag>[] {
  // Callers usually pass periods in date order already (creditPeriodsOf does): sort only if not.
  let inOrder = true;
  for (let index = 1; index < periods.length && inOrder; index += 1)
    inOrder = (periods[index - 1]?.first ?? 0) <= (periods[index]?.first ?? 0);
  const sorted = inOrder ? periods : [...periods].sort((a, b) => a.first - b.first);
  const stretches: Stretch<Tag>[] = [];
  let next = startDay;
  // Kept out of any closure, so the running total (past the small-integer range) stays a plain local
  // rather than a boxed number written on every stretch.
  let earned = NO_CREDIT;
  for (const period of sorted) {
    const first = period.first > next ? period.first : next;
    if (period.last < first) continue;
    if (first > next) {
      const gapLast = plusDays(first, -1);
      stretches.push({
        first: next,
        last: gapLast,
        units: CREDIT_UNIT,
        tag: null,
        earnedBefore: earned,
      });
      earned = addCredit(earned, creditOfFullTimeDays(gapLast - next + 1));
    }
    if (period.last === OPEN_ENDED) {
      stretches.push({
        first,
        last: OPEN_ENDED,
        units: period.units,
        tag: period.tag,
        earnedBefore: earned,
      });
      return stretches;
    }
    stretches.push({
      first,
      last: period.last,
      units: period.units,
      tag: period.tag,
      earnedBefore: earned,
    });
    earned = addCredit(earned, creditOverDays(period.units, period.last - first + 1));
    next = plusDays(period.last, 1);
  }
  stretches.push({
    first: next,
    last: OPEN_ENDED,
    units: CREDIT_UNIT,
    tag: null,
    earnedBefore: earned,
  });
  return stretches;
}

/**
 * How far short of a target earned credit may fall and still count as reaching it: a millionth of a
 * day. A share that is not a whole number of units (an OOPR credit of 365 days in 731 is 365/731 a
 * day) is rounded to the nearest unit each day, so over years the sum can fall a few hundred units
 * short of the exact value and move a date a day late. Exact shares (any WTE or credit to 3 decimal
 * places, or a fraction with a denominator up to 16) fall short by whole multiples of 1,000 units or
 * not at all, so the allowance never moves them (cct-rule.md: "exact fractions, or a tolerance").
 */
export const ROUNDING_ALLOWANCE = 720;

/**
 * The first day on which the credit earned reaches `target` units (within {@link ROUNDING_ALLOWANCE}).
 * Returns the day before the first stretch when the target is 0 or less, and OPEN_ENDED when it is
 * never reached (an open stretch with no credit).
 */
export function completionDay(stretches: readonly Stretch[], target: CreditUnits): DayNumber {
  const first = stretches[0];
  if (first === undefined || target <= 0)
    return plusDays(first?.first ?? dayNumberOf(1970, 1, 1), -1);
  for (const stretch of stretches) {
    if (stretch.units === 0) continue;
    const left = target - stretch.earnedBefore - ROUNDING_ALLOWANCE;
    const day = plusDays(stretch.first, ceilDiv(left, stretch.units) - 1);
    if (day <= stretch.last) return day;
  }
  return OPEN_ENDED;
}

/** Credit earned from the first stretch up to and including `day`, in units. */
export function earnedByDay(stretches: readonly Stretch[], day: DayNumber): CreditUnits {
  let earned = NO_CREDIT;
  for (const stretch of stretches) {
    if (day < stretch.first) break;
    earned = addCredit(
      stretch.earnedBefore,
      creditOverDays(stretch.units, Math.min(day, stretch.last) - stretch.first + 1),
    );
  }
  return earned;
}

/**
 * A plan of part-time and out-of-programme periods applied to training that would run full time from
 * `start` to `fullTimeEnd`. Built by {@link planAccrual}.
 */
export type Accrual = {
  readonly start: IsoDate;
  readonly fullTimeEnd: IsoDate;
  /** Inclusive days from `start` to `fullTimeEnd`. */
  readonly fullTimeDays: number;
  /** When the training is complete under the plan (the CCT date for higher training). */
  readonly end: IsoDate;
  /** The date by which `days` full-time days of training are complete (`days` ≥ 1). */
  readonly dateFullTimeDaysComplete: (days: DayCount) => IsoDate;
  /**
   * Maps a date on the full-time route to the plan: the day by which the training that would be done
   * at the end of `fullTimeDate` full time is done. Use it for last days (a CCT, the end of a stage).
   * Dates before `start` are unchanged; `shiftDate(fullTimeEnd)` is `end`.
   */
  readonly shiftDate: (fullTimeDate: IsoDate) => IsoDate;
  /**
   * The same for first days (the start of ST5): the day after the training before `fullTimeStart` is
   * done. Dates on or before `start` are unchanged.
   */
  readonly shiftStartDate: (fullTimeStart: IsoDate) => IsoDate;
  /** Full-time days earned from `start` to `date` inclusive (may be fractional). */
  readonly fullTimeDaysEarnedBy: (date: IsoDate) => number;
};

/**
 * Applies credit periods to a full-time route. The periods must not overlap, must start on or after
 * `start`, and an open-ended one must earn something; check input with the CCT validator first.
 * Throws a RangeError if the training could never be completed (an open-ended period with no credit).
 */
export function planAccrual(
  start: IsoDate,
  fullTimeEnd: IsoDate,
  periods: readonly CreditPeriod[],
): Accrual {
  return accrualOfDayPeriods(start, fullTimeEnd, periods.map(toDayPeriod));
}

/** {@link planAccrual} for periods already in day numbers (none overlapping). */
export function accrualOfDayPeriods(
  start: IsoDate,
  fullTimeEnd: IsoDate,
  periods: readonly DayPeriod[],
): Accrual {
  return accrualOfStretches(start, fullTimeEnd, buildStretches(dayNumber(start), periods));
}

/** {@link planAccrual} for stretches already laid out from `start` (see {@link buildStretches}). */
/** The day by which `days` full-time days are done; throws when that is never (no credit for ever). */
function dayFullTimeDaysComplete(stretches: readonly Stretch[], days: DayCount): DayNumber {
  const day = completionDay(stretches, creditOfFullTimeDays(days));
  if (day === OPEN_ENDED)
    throw new RangeError('An open-ended period with no credit: the training never completes');
  return day;
}

export function accrualOfStretches(
  start: IsoDate,
  fullTimeEnd: IsoDate,
  stretches: readonly Stretch[],
  /** The completion day when the caller has worked it out already. */
  knownEndDay?: DayNumber,
): Accrual {
  const startDay = dayNumber(start);
  const fullTimeDays = dayNumber(fullTimeEnd) - startDay + 1;
  // Written as methods (which use no `this`, so they may be passed around on their own) rather than
  // arrow functions: under tsx (esbuild's keepNames) an arrow function assigned to a property is given
  // its name with Object.defineProperty each time it is made, which costs more than the work.
  return {
    start,
    fullTimeEnd,
    fullTimeDays,
    end: dateOfDayNumber(knownEndDay ?? dayFullTimeDaysComplete(stretches, fullTimeDays)),
    dateFullTimeDaysComplete(days) {
      return dateOfDayNumber(dayFullTimeDaysComplete(stretches, days));
    },
    shiftDate(fullTimeDate) {
      const days = dayNumber(fullTimeDate) - startDay + 1;
      return days <= 0 ? fullTimeDate : dateOfDayNumber(dayFullTimeDaysComplete(stretches, days));
    },
    shiftStartDate(fullTimeStart) {
      const days = dayNumber(fullTimeStart) - startDay;
      return days <= 0
        ? fullTimeStart
        : dateOfDayNumber(plusDays(dayFullTimeDaysComplete(stretches, days), 1));
    },
    fullTimeDaysEarnedBy(date) {
      return fullTimeDaysOfCredit(earnedByDay(stretches, dayNumber(date)));
    },
  };
}
