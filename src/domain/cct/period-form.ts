/**
 * The part-time pages' period form: one period (less than full time training, time out of programme,
 * leave or sickness) typed into NHS date inputs and percentages, read into the CCT calculator's shape
 * with a plain-English message for each field that cannot be used. The calculator then checks the
 * period against the others (overlaps, the programme dates): see docs/cct-rules.md.
 */
import {
  type IsoDate,
  dayNumber,
  dayOf,
  monthOf,
  parseIsoDate as readIsoDate,
  yearOf,
} from '../dates';
import { type DatePart, type DatePartsInput, readDateParts } from '../plan/date-parts';
import { COMMON_WTE_PERCENTAGES, percentOf, readPercentage, readWtePercentage } from './percentage';
import { type ChangeKind, mayRunToCompletion } from './kinds';
import { cctMessage } from './messages';
import { asSentences } from './validate';
import {
  FULL_TIME,
  NO_SHARE,
  type Share,
  type Wte,
  percent,
  readShare,
  wteFromPercent,
} from '../units';
import type { CctChange, PeriodField } from './types';

export type PeriodFormValues = {
  readonly start: DatePartsInput;
  /** For kinds that may run to completion: on a date, or until training ends. */
  readonly endChoice: '' | 'date' | 'open';
  readonly end: DatePartsInput;
  /** A common percentage ("60"), "other", or nothing chosen. */
  readonly wteChoice: string;
  readonly wteOther: string;
  /** The percentage of OOPR that counts. */
  readonly credit: string;
  /** Sickness: the working days absent (optional). */
  readonly workingDays: string;
};

/** The form's fields; errors name one, and its id on the page is `period-<field>`. */
export type PeriodFormField =
  'start' | 'end-choice' | 'end' | 'wte' | 'wte-other' | 'credit' | 'working-days';

export type PeriodFormError = {
  readonly field: PeriodFormField;
  readonly message: string;
  /** For a date, which of day, month and year are wrong. */
  readonly parts?: readonly DatePart[];
};

export type PeriodFormReading =
  | { readonly ok: true; readonly change: CctChange }
  | { readonly ok: false; readonly errors: readonly PeriodFormError[] };

const NO_DATE: DatePartsInput = { day: '', month: '', year: '' };

export const EMPTY_PERIOD_FORM: PeriodFormValues = {
  start: NO_DATE,
  endChoice: '',
  end: NO_DATE,
  wteChoice: '',
  wteOther: '',
  credit: '',
  workingDays: '',
};

function dateParts(value: unknown): DatePartsInput {
  const date = readIsoDate(value);
  return date
    ? { day: String(dayOf(date)), month: String(monthOf(date)), year: String(yearOf(date)) }
    : NO_DATE;
}

const COMMON = new Set<number>(COMMON_WTE_PERCENTAGES);

/** The form filled in from a saved period, so changing it starts from what was saved. */
export function periodFormValues(
  kind: ChangeKind,
  change: Readonly<Record<string, unknown>> | null,
): PeriodFormValues {
  if (change === null) return EMPTY_PERIOD_FORM;
  const open = change.end === null || change.end === undefined || change.end === '';
  const savedWte = readShare(change.wte);
  const savedCredit = readShare(change.credit);
  const wte = savedWte === null ? null : percentOf(savedWte);
  return {
    start: dateParts(change.start),
    endChoice: mayRunToCompletion(kind) ? (open ? 'open' : 'date') : '',
    end: dateParts(change.end),
    wteChoice: wte === null ? '' : COMMON.has(wte) ? String(wte) : 'other',
    wteOther: wte === null || COMMON.has(wte) ? '' : String(wte),
    credit: savedCredit === null ? '' : String(percentOf(savedCredit)),
    workingDays:
      typeof change.workingDaysAbsent === 'number' ? String(change.workingDaysAbsent) : '',
  };
}

function readWte(values: PeriodFormValues, errors: PeriodFormError[]): Wte | null {
  if (values.wteChoice === '') {
    errors.push({
      field: 'wte',
      message: cctMessage({ code: 'wte-not-chosen', hours: 'planned' }),
    });
    return null;
  }
  const other = values.wteChoice === 'other';
  const reading = readWtePercentage(
    other ? values.wteOther : values.wteChoice,
    cctMessage({ code: 'wte-not-entered', hours: 'planned' }),
  );
  if (!reading.ok) {
    errors.push({ field: other ? 'wte-other' : 'wte', message: reading.message });
    return null;
  }
  return wteFromPercent(reading.percent);
}

/** Any share of the research may count, from none of it to all. */
const CREDIT_PERCENT_LIMITS = { minimum: percent(0), maximum: percent(100) };

function readCredit(values: PeriodFormValues, errors: PeriodFormError[]): Share | null {
  const reading = readPercentage(values.credit, CREDIT_PERCENT_LIMITS, {
    missing: 'Enter the percentage of the research that counts towards training',
    what: 'The percentage that counts',
    example: 50,
  });
  if (!reading.ok) {
    errors.push({ field: 'credit', message: reading.message });
    return null;
  }
  return wteFromPercent(reading.percent);
}

function readWorkingDays(
  text: string,
  calendarDays: number | null,
  errors: PeriodFormError[],
): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (!/^\d{1,4}$/.test(trimmed)) {
    errors.push({
      field: 'working-days',
      message: 'Working days absent must be a whole number, like 10',
    });
    return null;
  }
  const days = Number(trimmed);
  if (calendarDays !== null && days > calendarDays) {
    errors.push({
      field: 'working-days',
      message: `Working days absent must be ${calendarDays} or fewer, the days from the start date to the end date`,
    });
    return null;
  }
  return days;
}

/** Reads the form for a period of `kind`. Every field's problem is reported at once. */
export function readPeriodForm(kind: ChangeKind, values: PeriodFormValues): PeriodFormReading {
  const errors: PeriodFormError[] = [];
  const wte = kind === 'ltft' ? readWte(values, errors) : null;
  const credit = kind === 'oopr' ? readCredit(values, errors) : null;

  const start = readDateParts(values.start, 'The start date');
  if (!start.ok) errors.push({ field: 'start', message: start.message, parts: start.parts });

  const askForEndDate = !mayRunToCompletion(kind) || values.endChoice === 'date';
  let end: IsoDate | null = null;
  if (mayRunToCompletion(kind) && values.endChoice === '') {
    errors.push({
      field: 'end-choice',
      message: 'Select whether it ends on a date or runs until you finish training',
    });
  } else if (askForEndDate) {
    const reading = readDateParts(values.end, 'The end date');
    if (!reading.ok) {
      errors.push({ field: 'end', message: reading.message, parts: reading.parts });
    } else if (start.ok && reading.date < start.date) {
      errors.push({
        field: 'end',
        message: cctMessage({ code: 'end-before-start', of: 'form' }),
        parts: ['day', 'month', 'year'],
      });
    } else {
      end = reading.date;
    }
  }

  const calendarDays = start.ok && end !== null ? dayNumber(end) - dayNumber(start.date) + 1 : null;
  const workingDays =
    kind === 'sickness' ? readWorkingDays(values.workingDays, calendarDays, errors) : undefined;

  if (errors.length > 0 || !start.ok)
    return {
      ok: false,
      errors: errors.map((error) => ({ ...error, message: asSentences(error.message) })),
    };
  return { ok: true, change: typedChange(kind, start.date, end, wte, credit, workingDays) };
}

/** The period as the calculator takes it, from fields the form has already checked. */
function typedChange(
  kind: ChangeKind,
  start: IsoDate,
  end: IsoDate | null,
  wte: Wte | null,
  credit: Share | null,
  workingDays: number | null | undefined,
): CctChange {
  switch (kind) {
    case 'ltft':
      return { kind, start, end, wte: wte ?? FULL_TIME };
    case 'oopr':
      return { kind, start, end, credit: credit ?? NO_SHARE };
    case 'sickness':
      // The form asks for an end date for sickness, so `end` is set here.
      return typeof workingDays === 'number'
        ? { kind, start, end: end ?? start, workingDaysAbsent: workingDays }
        : { kind, start, end: end ?? start };
    default:
      return { kind, start, end };
  }
}

const FORM_FIELDS: Readonly<Record<PeriodField, PeriodFormField>> = {
  kind: 'start',
  start: 'start',
  end: 'end',
  wte: 'wte',
  credit: 'credit',
  workingDaysAbsent: 'working-days',
};

/**
 * The form field a calculator error is about: a period's `wte` is the percentage. Errors about the
 * period as a whole, or another period it overlaps, go on the start date.
 */
export function formFieldForIssue(
  field: PeriodField | null,
  values: Pick<PeriodFormValues, 'wteChoice' | 'endChoice'>,
): PeriodFormField {
  const formField = field === null ? 'start' : FORM_FIELDS[field];
  if (formField === 'wte' && values.wteChoice === 'other') return 'wte-other';
  if (formField === 'end' && values.endChoice === 'open') return 'end-choice';
  return formField;
}
