/**
 * The last check before a CCT result leaves the engine: every date real and within 1900 to 2200, every
 * number finite. Validation refuses what no programme allows first (validate.ts, late-cct.ts); this only
 * stops a fault in the arithmetic reaching a page as "NaN-NaN-NaN" or a date in the year 3,483,296.
 */
import { FIRST_DATE, LAST_DATE } from './limits';
import { cctMessage } from './messages';
import type { CctCalculation, CctFailure, CctIssue } from './types';

/** Shared with the timeline's guard, which refuses a timeline with the same words. */
export const ENGINE_FAULT_MESSAGE = cctMessage({ code: 'engine-fault' });

/**
 * Whether a date the engine wrote is not one: the wrong length ("NaN-NaN-NaN", a year of 7 digits) or
 * outside 1900 to 2200. Dates the engine writes come from day numbers (dates.ts), so a fault shows in
 * these ways; comparing strings is cheaper than reading each date again, on every keystroke.
 */
export function badDate(value: string | null | undefined): boolean {
  return (
    value !== null &&
    value !== undefined &&
    (value.length !== 10 || value < FIRST_DATE || value > LAST_DATE)
  );
}

export function badNumber(value: number | null): boolean {
  return value !== null && !Number.isFinite(value);
}

/** Whether any date or number in the calculation is not real. Plain loops: this runs on every result. */
export function hasImpossibleValue(calculation: CctCalculation): boolean {
  const { absenceReview: review, tis } = calculation;
  if (
    badDate(calculation.cct) ||
    badDate(calculation.fullTimeCct) ||
    badDate(calculation.ifMadeUpCct) ||
    badDate(calculation.tisStyleEstimate) ||
    badDate(tis.estimate) ||
    badDate(review.ifMadeUpCct) ||
    badDate(review.window?.start ?? null) ||
    badDate(review.window?.end ?? null) ||
    badNumber(calculation.extensionDays) ||
    badNumber(calculation.fullTimeDays) ||
    badNumber(tis.differenceDays) ||
    badNumber(review.maxDaysInAnyYear)
  )
    return true;
  for (const certificate of calculation.certificates) if (badDate(certificate.date)) return true;
  for (const segment of calculation.segments) {
    if (
      badDate(segment.start) ||
      badDate(segment.end) ||
      badNumber(segment.calendarDays) ||
      badNumber(segment.wte) ||
      badNumber(segment.credit) ||
      badNumber(segment.fullTimeDaysEarned) ||
      badNumber(segment.fullTimeDaysLeft)
    )
      return true;
  }
  return false;
}

export const ENGINE_FAULT: CctIssue = {
  field: 'changes',
  code: 'engine-fault',
  message: ENGINE_FAULT_MESSAGE,
};

/** The calculation, or a refusal when it holds an impossible value. */
export function guarded(calculation: CctCalculation): CctCalculation | CctFailure {
  return hasImpossibleValue(calculation)
    ? { ok: false, errors: [ENGINE_FAULT], warnings: calculation.warnings }
    : calculation;
}
