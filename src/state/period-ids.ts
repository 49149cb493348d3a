/** New period ids, made on the device when a period is added. */
import { type Period, type PeriodId, isPeriodId } from '../domain/cct/period';

/** A short random id no period in `periods` has, safe in a web address. */
export function newPeriodId(periods: readonly Period[]): PeriodId {
  const taken = new Set<string>(periods.map((period) => period.id));
  for (;;) {
    const id = crypto.randomUUID().slice(0, 8);
    if (isPeriodId(id) && !taken.has(id)) return id;
  }
}
