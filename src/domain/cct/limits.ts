/**
 * What no training programme allows, as the CCT engine refuses it (issue 15): percentages below the
 * lowest a postgraduate dean can agree, research credits too small to add a day of training, a CCT
 * more than 30 years after the programme start, and dates outside 1900 to 2200.
 */
import { type DayNumber, type IsoDate, addYears, dayNumber, isoDate } from '../dates';
import { ltftMinimumWte, ooprCredit } from '../rules/ltft';
import { FULL_TIME, type Share, share } from '../units';

/** WTE limits from rule ltft-minimum-wte: never below 20%; below 50% needs the dean's agreement. */
export const WTE_LIMITS = {
  absoluteMinimum: share(ltftMinimumWte.value.absoluteMinimum),
  normalMinimum: share(ltftMinimumWte.value.normalMinimum),
  maximum: FULL_TIME,
} as const;

/**
 * The smallest research credit above 0, as a share of each day. No source gives a minimum, so this is
 * worked out from rule oopr-credit: the share that earns one day of training over the longest OOPR the
 * rule allows (4 years with the dean's agreement, 1,461 days: 0.068%), rounded up to 0.1%, the
 * precision the period form takes percentages to. Less would never add up to a day of training.
 */
export const MIN_OOPR_CREDIT: Share = (() => {
  const longestDays = Math.round(365.25 * ooprCredit.value.maximumYearsWithDeanAgreement);
  return share(Math.ceil(1000 / longestDays) / 1000);
})();

/**
 * The latest CCT accepted, in years after the first day counted. A sanity bound, not a rule: no source
 * gives one. The longest route the rules describe (Foundation, 4 years of ACCS-IM and 4 of higher
 * training, 10 years full time) at 50% with 4 years of time out is 24 years; a later date can only come
 * from a percentage or credit typed wrongly.
 */
export const MAX_YEARS_TO_CCT = 30;

/** The longest full-time programme the calculator takes (validate.ts), and so the most training left. */
export const MAX_PROGRAMME_YEARS = 20;

/** The dates the engines work with: the same range {@link parseIsoDate} reads. */
export const FIRST_DATE: IsoDate = isoDate(1900, 1, 1);
export const LAST_DATE: IsoDate = isoDate(2200, 12, 31);
export const FIRST_DAY: DayNumber = dayNumber(FIRST_DATE);
export const LAST_DAY: DayNumber = dayNumber(LAST_DATE);

/** The last day a CCT may fall on for training counted from `start`. */
export function latestCctDay(start: IsoDate): DayNumber {
  return dayNumber(addYears(start, MAX_YEARS_TO_CCT));
}

/** Whether a day number is a real day in the range the engines work with. */
export function isDayInRange(day: number): boolean {
  return Number.isInteger(day) && day >= FIRST_DAY && day <= LAST_DAY;
}
