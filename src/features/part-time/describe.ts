/** Periods described for the list of periods ("Less than full time training at 60%"). */
import { PERIOD_KINDS, isTimeAway, percentOf } from '../../domain/cct';
import type { Period } from '../../domain/cct/period';
import { formatLongDate } from '../../domain/dates';

export type PeriodDescription = {
  /** What it is: "Less than full time training at 60%", "Parental leave". */
  readonly what: string;
  /** When: "4 August 2027 until you finish training", "6 August 2031 to 3 August 2032". */
  readonly when: string;
};

export function describePeriod(period: Period): PeriodDescription {
  let what: string = PERIOD_KINDS[period.kind].name;
  if (period.kind === 'ltft') what += ` at ${percentOf(period.wte)}%`;
  if (period.kind === 'oopr') what += `, ${percentOf(period.credit)}% counts`;
  if (period.kind === 'sickness' && period.workingDaysAbsent !== undefined)
    what += `, ${period.workingDaysAbsent} working ${period.workingDaysAbsent === 1 ? 'day' : 'days'}`;
  const start = formatLongDate(period.start);
  const when =
    period.end === null
      ? `${start} until you finish training`
      : `${start} to ${formatLongDate(period.end)}`;
  return { what, when };
}

/** A part-time period with the time away and sickness that start inside it, for the list. */
export type PeriodGroup = {
  readonly period: Period;
  /** Time away and sickness starting during this part-time period, in date order. */
  readonly inside: readonly Period[];
};

function byStart(a: Period, b: Period): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : 0;
}

/**
 * The list as people read it: in date order, with time away and sickness nested under the part-time
 * period they start in (the part-time arrangement carries on around them).
 */
export function groupPeriods(periods: readonly Period[]): PeriodGroup[] {
  const sorted = [...periods].sort(byStart);
  const hosts = sorted.filter((period) => period.kind === 'ltft');
  const hostOf = (period: Period): Period | undefined =>
    isTimeAway(period.kind) || period.kind === 'sickness'
      ? hosts.find(
          (host) => host.start <= period.start && (host.end === null || period.start <= host.end),
        )
      : undefined;
  const groups = new Map<Period, Period[]>();
  const order: Period[] = [];
  for (const period of sorted) {
    const host = hostOf(period);
    if (host === undefined) {
      if (!groups.has(period)) groups.set(period, []);
      order.push(period);
    } else {
      let inside = groups.get(host);
      if (inside === undefined) groups.set(host, (inside = []));
      inside.push(period);
    }
  }
  return order.map((period) => ({ period, inside: groups.get(period) ?? [] }));
}
