import { cleanText } from './clean-text';

/** The longest name a plan can have, in UTF-16 code units (what `String.prototype.length` counts). */
export const MAX_PLAN_NAME_LENGTH = 60;

/**
 * A name from somewhere Pathway does not control, cleaned (cleanText: no control or bidirectional
 * characters, no lone surrogates), trimmed and cut to the length limit without splitting a character
 * made of two code units. Empty when nothing is left.
 */
export function cutPlanName(name: string): string {
  let cut = cleanText(name).trim().slice(0, MAX_PLAN_NAME_LENGTH);
  // A high surrogate left at the end is half of a character (such as an emoji): drop it.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trim();
}
