/**
 * Reads the three boxes of a date input (day, month, year) the way GOV.UK and NHS.UK services do, and
 * says exactly what is wrong when they do not make a date.
 */
import { type IsoDate, isoDate, parseIsoDate } from '../dates';

export type DatePart = 'day' | 'month' | 'year';
export type DatePartsInput = {
  readonly day: string;
  readonly month: string;
  readonly year: string;
};

export type DatePartsResult =
  | { readonly ok: true; readonly date: IsoDate }
  | { readonly ok: false; readonly message: string; readonly parts: readonly DatePart[] };

const MONTH_NAMES = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** Accepts 3, 03, "Mar" or "March" for the month. */
function readMonth(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const index = MONTH_NAMES.indexOf(text.slice(0, 3).toLowerCase());
  return index >= 0 && /^[a-z]+$/i.test(text) ? index + 1 : null;
}

function listParts(parts: readonly DatePart[]): string {
  return parts.length === 1
    ? (parts[0] ?? '')
    : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

/** `label` names the date in messages, such as "Date of birth". */
export function readDateParts(input: DatePartsInput, label: string): DatePartsResult {
  const day = input.day.trim();
  const month = input.month.trim();
  const year = input.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter(
    (part) => ({ day, month, year })[part] === '',
  );
  if (missing.length === 3)
    return { ok: false, message: `Enter ${label.toLowerCase()}`, parts: missing };
  if (missing.length > 0)
    return { ok: false, message: `${label} must include a ${listParts(missing)}`, parts: missing };
  if (!/^\d{4}$/.test(year))
    return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };

  const monthNumber = readMonth(month);
  const dayNumber = /^\d{1,2}$/.test(day) ? Number(day) : null;
  if (monthNumber === null || monthNumber < 1 || monthNumber > 12) {
    return {
      ok: false,
      message: `${label} must be a real date`,
      parts: dayNumber === null ? ['day', 'month'] : ['month'],
    };
  }
  if (dayNumber === null)
    return { ok: false, message: `${label} must be a real date`, parts: ['day'] };
  const date = parseIsoDate(isoDate(Number(year), monthNumber, dayNumber));
  if (!date)
    return { ok: false, message: `${label} must be a real date`, parts: ['day', 'month', 'year'] };
  return { ok: true, date };
}
