/**
 * Every source id something cites: a rule (`sourceId`, `alsoSourceIds`), a conflict (its claims and
 * `followsSourceId`) or a statement, found anywhere inside the values given. For the checks that each
 * topic registers the sources it can show (src/domain/rules/*-topic.test.ts).
 */
export function citedSourceIds(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) citedSourceIds(item, found);
  } else if (typeof value === 'object' && value !== null) {
    const record = value as Readonly<Record<string, unknown>>;
    for (const key of ['sourceId', 'followsSourceId'])
      if (typeof record[key] === 'string') found.add(record[key]);
    if (Array.isArray(record.alsoSourceIds))
      for (const id of record.alsoSourceIds) if (typeof id === 'string') found.add(id);
    for (const inner of Object.values(record)) citedSourceIds(inner, found);
  }
  return found;
}
