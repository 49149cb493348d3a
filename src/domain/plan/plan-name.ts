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

/** What can be wrong with a name typed for a plan or a scenario: the same check on both pages. */
export type NameProblem = 'missing' | 'too-long';

/** What is named: the words say "plan name" on the plan's page, just "name" on a scenario's. */
export type NamedThing = 'plan' | 'scenario';

/** The problem with a typed name (trimmed first), or null when it can be used. */
export function nameProblem(typed: string, maxLength: number): NameProblem | null {
  const trimmed = typed.trim();
  if (trimmed === '') return 'missing';
  return trimmed.length > maxLength ? 'too-long' : null;
}

/** One entry a problem: a problem without words does not compile. */
const NAME_WORDS = {
  missing: (thing) => (thing === 'plan' ? 'Enter a name for this plan' : 'Enter a name'),
  'too-long': (thing, maxLength) =>
    `${thing === 'plan' ? 'Plan name' : 'Name'} must be ${maxLength} characters or fewer`,
} satisfies Readonly<Record<NameProblem, (thing: NamedThing, maxLength: number) => string>>;

/** The words for a name's problem, as the rename and scenario pages show them. */
export function nameMessage(problem: NameProblem, thing: NamedThing, maxLength: number): string {
  return NAME_WORDS[problem](thing, maxLength);
}
