/**
 * Whole-time equivalent as people type it on the part-time pages: a percentage of full time, from the
 * lowest a postgraduate dean can agree (20%) to full time, with a warning below the usual minimum (50%).
 */
import { type Percent, percentOf, percentWithin } from '../units';
import { WTE_LIMITS } from './validate';

export { percentOf };

/**
 * The percentages offered as choices: the usual ones, as NHS England's TIS form offered them (any other
 * percentage needs the postgraduate dean's approval; shared/domain/cct-rule.md §2.2).
 */
export const COMMON_WTE_PERCENTAGES = [80, 70, 60, 50] as const;

export const WTE_PERCENT_LIMITS = {
  minimum: percentOf(WTE_LIMITS.absoluteMinimum),
  usualMinimum: percentOf(WTE_LIMITS.normalMinimum),
  maximum: percentOf(WTE_LIMITS.maximum),
} as const;

export type PercentageReading =
  | { readonly ok: true; readonly percent: Percent }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a percentage typed as "60", "60%" or "62.5". `what` names it in messages, such as "The
 * percentage"; `example` is a typical value.
 */
export function readPercentage(
  text: string,
  limits: { readonly minimum: Percent; readonly maximum: Percent },
  messages: { readonly missing: string; readonly what: string; readonly example: number },
): PercentageReading {
  const trimmed = text.trim().replace(/\s*%$/, '');
  if (trimmed === '') return { ok: false, message: messages.missing };
  if (!/^\d{1,3}(\.\d)?$/.test(trimmed))
    return {
      ok: false,
      message: `${messages.what} must be a number, like ${messages.example}`,
    };
  const value = Number(trimmed);
  const percent = percentWithin(value, limits);
  if (percent !== null) return { ok: true, percent };
  return value < limits.minimum
    ? { ok: false, message: `${messages.what} must be ${limits.minimum}% or more` }
    : { ok: false, message: `${messages.what} must be ${limits.maximum}% or less` };
}

/** Reads a whole-time equivalent typed as a percentage of full time, as a share (60 → 0.6). */
export function readWtePercentage(text: string, missing: string): PercentageReading {
  return readPercentage(text, WTE_PERCENT_LIMITS, {
    missing,
    what: 'The percentage',
    example: 60,
  });
}

/** Whether a percentage is below the usual minimum, so the postgraduate dean must agree to it. */
export function needsDeansAgreement(percent: Percent): boolean {
  return percent < WTE_PERCENT_LIMITS.usualMinimum;
}
