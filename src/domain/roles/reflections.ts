/**
 * The self-reflection checklist's ticks, saved with a plan as skill ids. It is not a test: nothing is
 * scored, and nothing but the checklist reads them.
 */

/**
 * The ticks after one box changes: the skill is added (at the end) or removed, and every other id is
 * kept as it was, including ids this version does not know.
 */
export function toggleReflection(
  current: readonly string[] | undefined,
  skillId: string,
  ticked: boolean,
): string[] {
  const others = (current ?? []).filter((id) => id !== skillId);
  return ticked ? [...others, skillId] : others;
}
