/**
 * The number scales the engines count training and hours in, each a brand so that a mix-up does not
 * compile (as excalidraw brands its points and angles): a share of full time (0 to 1), a percentage
 * (0 to 100), credit units (1/720,720,000ths of a full-time day) and, for pay, thousandths of full
 * time. The conversions between them are here and nowhere else.
 *
 * A module of its own rather than part of dates.ts: dates.ts is calendar arithmetic, these are shares
 * of full time.
 *
 * A brand marks the scale a number is on, not that it is in range: a period read from saved data may
 * hold a WTE of 0.1, and the CCT calculator says what is wrong with it.
 */

declare const shareBrand: unique symbol;
/**
 * A share of full time, 0 to 1: a whole-time equivalent (0.6 works 60% of full time), or the share of
 * each day that counts towards training (an OOPR credit of 0.5). Build one with {@link share},
 * {@link readShare} or {@link wteFromPercent}.
 */
export type Share = number & { readonly [shareBrand]: true };

/** A whole-time equivalent: the share of full time someone works (0.6 is 60%). */
export type Wte = Share;

declare const percentBrand: unique symbol;
/** A percentage of full time, 0 to 100, as people type and read it (60, 62.5). */
export type Percent = number & { readonly [percentBrand]: true };

declare const creditUnitsBrand: unique symbol;
/**
 * Training credit as a whole number of 1/720,720,000ths of a full-time day: what a day earns, or a
 * total earned. Whole numbers keep the CCT arithmetic exact (see cct/accrual.ts).
 */
export type CreditUnits = number & { readonly [creditUnitsBrand]: true };

/**
 * A count of days (or any number that is not credit): plain numbers pass, credit units do not, so
 * credit given where days are expected does not compile.
 */
export type DayCount = number & { readonly [creditUnitsBrand]?: never };

declare const wteThousandthsBrand: unique symbol;
/** A WTE in thousandths of full time, as pay takes it (1000 full time, 333 a third, 0 unpaid). */
export type WteThousandths = number & { readonly [wteThousandthsBrand]: true };

/** Full time, and no time at all, as shares. */
export const FULL_TIME = 1 as Share;
export const NO_SHARE = 0 as Share;

/**
 * A share from a number known to be one (a constant, a rule's value): throws a RangeError unless it is
 * from 0 to 1, so a wrong constant fails at once rather than giving a wrong date.
 */
export function share(value: number): Share {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`Not a share of full time: ${value}`);
  return value as Share;
}

/**
 * A share as saved data or a fixture writes it (`wte: 0.6`, `credit: 0.5`): any finite number, else
 * null. Its range is the calculator's to check, with a message for the person.
 */
export function readShare(value: unknown): Share | null {
  return typeof value === 'number' && Number.isFinite(value) ? (value as Share) : null;
}

/** A percentage from a number known to be one: throws a RangeError unless it is from 0 to 100. */
export function percent(value: number): Percent {
  if (!(value >= 0 && value <= 100)) throw new RangeError(`Not a percentage: ${value}`);
  return value as Percent;
}

/**
 * A percentage that has been read and checked against limits inside 0 to 100 (typed, or saved):
 * null when it is not a number or is outside `limits`.
 */
export function percentWithin(
  value: unknown,
  limits: { readonly minimum: Percent; readonly maximum: Percent },
): Percent | null {
  return typeof value === 'number' && value >= limits.minimum && value <= limits.maximum
    ? (value as Percent)
    : null;
}

/** 0.6 → 60, 0.625 → 62.5: a share as a percentage, to one decimal place. */
export function percentOf(value: Share): Percent {
  return (Math.round(value * 1000) / 10) as Percent;
}

/** 60 → 0.6: a percentage as a share. Exact for every percentage written to one decimal place. */
export function wteFromPercent(value: Percent): Share {
  return (value / 100) as Share;
}

/** One full-time day, in credit units. 720,720 is the least common multiple of 1 to 16. */
export const CREDIT_UNIT = 720_720_000 as CreditUnits;
/** No credit. */
export const NO_CREDIT = 0 as CreditUnits;

/** A share of a full-time day (0 to 1) in credit units, rounded to the nearest unit. */
export function toCreditUnits(value: Share): CreditUnits {
  return Math.round(value * CREDIT_UNIT) as CreditUnits;
}

/** What `perDay` earns over `days` days (any whole number of days). */
export function creditOverDays(perDay: CreditUnits, days: DayCount): CreditUnits {
  return (perDay * days) as CreditUnits;
}

/** The credit of `days` full-time days. */
export function creditOfFullTimeDays(days: DayCount): CreditUnits {
  return (days * CREDIT_UNIT) as CreditUnits;
}

/** Credit as full-time days (may be fractional: 122.4). */
export function fullTimeDaysOfCredit(credit: CreditUnits): number {
  return credit / CREDIT_UNIT;
}

/** Credit as whole full-time days, to the nearest day with halves up, worked exactly on whole units. */
export function wholeFullTimeDaysOfCredit(credit: CreditUnits): number {
  // round(c ÷ u) half up = ⌊(2c + u) ÷ 2u⌋
  return Math.floor((2 * credit + CREDIT_UNIT) / (2 * CREDIT_UNIT));
}

/** How far `earned` falls short of `target`; none when it reaches it. */
export function creditShortOf(target: CreditUnits, earned: CreditUnits): CreditUnits {
  return (target > earned ? target - earned : 0) as CreditUnits;
}

/** The sum of two credits. */
export function addCredit(a: CreditUnits, b: CreditUnits): CreditUnits {
  return (a + b) as CreditUnits;
}

/** Full time for pay, in thousandths. */
export const FULL_TIME_THOUSANDTHS = 1000 as WteThousandths;
/** Unpaid: no time, in thousandths. */
export const NO_THOUSANDTHS = 0 as WteThousandths;

/** A WTE to the nearest thousandth of full time, as pay takes it (a third is 333). */
export function wteThousandthsOf(value: Wte): WteThousandths {
  return Math.round(value * FULL_TIME_THOUSANDTHS) as WteThousandths;
}

/** Thousandths of full time as a share (333 → 0.333). */
export function shareOfThousandths(value: WteThousandths): Share {
  return (value / FULL_TIME_THOUSANDTHS) as Share;
}
