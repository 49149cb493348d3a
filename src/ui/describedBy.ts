/** Joins the ids of a field's hint and error into one aria-describedby value. */
export function describedBy(...ids: ReadonlyArray<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
  return present.length > 0 ? present.join(' ') : undefined;
}
