/** Matching the fields that engine fixtures name in their expected errors. */

/** Whether `field` is `parent` or a part of it: `changes` contains `changes[0]` and `changes[0].wte`. */
export function isWithin(field: string, parent: string): boolean {
  return field === parent || field.startsWith(`${parent}.`) || field.startsWith(`${parent}[`);
}
