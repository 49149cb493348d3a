/** Saved periods described for the list of periods ("Less than full time training at 60%"). */
import { PERIOD_KINDS, isChangeKind, percentOf } from '../../domain/cct';
import { formatLongDate, parseIsoDate } from '../../domain/dates';

export type PeriodDescription = {
  /** What it is: "Less than full time training at 60%", "Parental leave". */
  readonly what: string;
  /** When: "4 August 2027 until you finish training", "6 August 2031 to 3 August 2032". */
  readonly when: string;
};

function dateText(value: unknown): string | null {
  const date = parseIsoDate(value);
  return date ? formatLongDate(date) : null;
}

/** Describes a saved period, whatever is wrong with it (the calculator says what is). */
export function describePeriod(change: Readonly<Record<string, unknown>>): PeriodDescription {
  const { kind } = change;
  if (!isChangeKind(kind)) return { what: 'A period Pathway cannot read', when: '' };
  let what: string = PERIOD_KINDS[kind].name;
  if (kind === 'ltft' && typeof change.wte === 'number') what += ` at ${percentOf(change.wte)}%`;
  if (kind === 'oopr' && typeof change.credit === 'number')
    what += `, ${percentOf(change.credit)}% counts`;
  if (kind === 'sickness' && typeof change.workingDaysAbsent === 'number')
    what += `, ${change.workingDaysAbsent} working ${change.workingDaysAbsent === 1 ? 'day' : 'days'}`;
  const start = dateText(change.start) ?? 'No start date';
  const open = change.end === null || change.end === undefined || change.end === '';
  const end = open ? null : dateText(change.end);
  const when = open
    ? `${start} until you finish training`
    : `${start} to ${end ?? 'an end date Pathway cannot read'}`;
  return { what, when };
}
