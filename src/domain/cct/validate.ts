/**
 * Checks CCT calculator input (a form, saved data, a fixture) by hand, without throwing. Every error
 * and warning names a field (`programme.start`, `changes[2].wte`) and says in plain English how to put it
 * right. See docs/cct-rules.md.
 */
import {
  type DayNumber,
  type IsoDate,
  addMonths,
  dateOfDayNumber,
  dayNumber,
  formatLongDate,
  parseIsoDate,
} from '../dates';
import { PERIOD_KINDS, mayRunToCompletion } from './kinds';
import {
  CHANGE_KINDS,
  type CctChange,
  type CctInput,
  type CctIssue,
  type CctIssueCode,
  type ChangeKind,
  PROGRAMME_STAGES,
  isNonCounting,
  isTimeAway,
  type PeriodField,
  type PeriodId,
  type PeriodLocation,
  type ProgrammeStage,
} from './types';
import { isPeriodId } from './period';
import { share } from '../units';
import {
  DEFAULT_LTFT_NATION,
  type LtftNation,
  type LtftNoticeLength,
  applyByDate,
  isLtftNation,
  ltftNoticeLength,
  ltftNoticeWarning,
} from './notice';

import { MAX_PROGRAMME_YEARS, MIN_OOPR_CREDIT, WTE_LIMITS } from './limits';
import { cctMessage } from './messages';

export { MAX_PROGRAMME_YEARS, WTE_LIMITS } from './limits';
/** The most periods the calculator takes. */
export const MAX_CHANGES = 200;
/**
 * The notice the nation asks for before less than full time training starts (rules ltft-notice-*), and
 * the warning to give when a period starts with less; null where Pathway found no figure (Northern
 * Ireland), so no warning is given there rather than England's.
 */
type NoticeCheck = { readonly length: LtftNoticeLength; readonly warning: string } | null;

/** Each nation's check, made once. */
const NOTICE_CHECKS = new Map<LtftNation, NoticeCheck>();

function noticeCheck(nation: LtftNation): NoticeCheck {
  let check = NOTICE_CHECKS.get(nation);
  if (check === undefined) {
    const length = ltftNoticeLength(nation);
    const warning = ltftNoticeWarning(nation);
    check = length === null || warning === null ? null : { length, warning };
    NOTICE_CHECKS.set(nation, check);
  }
  return check;
}

/** Whether less than full time training starting on `start` (day `startDay`) gives short notice. */
function shortNotice(start: IsoDate, startDay: DayNumber, todayDay: DayNumber, check: NoticeCheck) {
  if (check === null || startDay < todayDay) return false;
  const { length } = check;
  // Weeks are whole days; months are calendar months back from the start.
  const applyByDay =
    length.unit === 'weeks' ? startDay - 7 * length.count : dayNumber(applyByDate(start, length));
  return applyByDay < todayDay;
}

/** How a kind is named inside a sentence ("overlaps the career break (OOPC) from …"). */
function inSentence(kind: ChangeKind): string {
  return PERIOD_KINDS[kind].inSentence;
}

export type CctValidation =
  | { readonly ok: true; readonly input: CctInput; readonly warnings: readonly CctIssue[] }
  | {
      readonly ok: false;
      readonly errors: readonly CctIssue[];
      readonly warnings: readonly CctIssue[];
    };

type Fields = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Where in a list a period is, and its id if it has one: issues about it name both. */
export type PeriodAt = { readonly index: number; readonly id: PeriodId | null };

/** A field of a period: the location as a structure, and as the text the fixtures write. */
function periodField(at: PeriodAt, field: PeriodField | null): PeriodLocation & { text: string } {
  return {
    index: at.index,
    id: at.id,
    field,
    text: `changes[${at.index}]${field === null ? '' : `.${field}`}`,
  };
}

/** Every message is one or more sentences, each ending with a full stop. */
export function asSentences(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** An issue about one field of a period (null: the period as a whole), located as text and structure. */
export function periodIssue(
  at: PeriodAt,
  field: PeriodField | null,
  code: CctIssueCode,
  message: string,
): CctIssue {
  const { text, ...period } = periodField(at, field);
  return { field: text, code, message: asSentences(message), period };
}

class IssueList {
  readonly issues: CctIssue[] = [];
  /** An issue with the input as a whole (`today`, `programme.start`) or with one period's field. */
  add(
    where: string | (PeriodLocation & { readonly text: string }),
    code: CctIssueCode,
    message: string,
  ): void {
    if (typeof where === 'string')
      this.issues.push({ field: where, code, message: asSentences(message) });
    else {
      this.issues.push(periodIssue(where, where.field, code, message));
    }
  }
}

/**
 * Whether a period lasts `months` calendar months and a day or more (ends on or after that date).
 * `endDay` is the end's day number, worked out once per period.
 */
function reaches(start: IsoDate | null, endDay: DayNumber | null, months: number): boolean {
  return start !== null && endDay !== null && endDay >= dayNumber(addMonths(start, months));
}

/** What to say when a date is missing or not a real date, for fields other than a change's start. */
const DATE_MESSAGES: Readonly<
  Record<string, { readonly missing: string; readonly invalid: string }>
> = {
  today: {
    missing: 'Enter today’s date',
    invalid: 'Today’s date must be a real date, written YYYY-MM-DD',
  },
  'programme.start': {
    missing: 'Enter the date your programme starts, for example 2026-08-05',
    invalid: 'The programme start date must be a real date, for example 2026-08-05',
  },
  'programme.fullTimeCct': {
    missing:
      'Enter the date you would finish training if you trained full time, for example 2030-08-04',
    invalid: 'The full-time CCT date must be a real date, for example 2030-08-04',
  },
};

/**
 * Reads a required date field; adds an error and returns null when it is missing or not a real date.
 * `field` is `today` or a programme date; for a change's start, `at` is where the change is and `kind` its kind
 * (messages are only put together when there is an error).
 */
function readDate(
  value: unknown,
  errors: IssueList,
  field: string,
  change?: { readonly at: PeriodAt; readonly kind: ChangeKind },
): IsoDate | null {
  const missing = value === undefined || value === null || value === '';
  const date = missing ? null : parseIsoDate(value);
  if (date) return date;
  if (change) {
    const label = inSentence(change.kind);
    errors.add(
      periodField(change.at, 'start'),
      missing ? 'required' : 'invalid-date',
      missing
        ? `Enter the date the ${label} starts`
        : `The start date of the ${label} must be a real date, for example 2027-02-28`,
    );
  } else {
    const messages = DATE_MESSAGES[field];
    errors.add(
      field,
      missing ? 'required' : 'invalid-date',
      (missing ? messages?.missing : messages?.invalid) ?? 'Enter a real date, written YYYY-MM-DD',
    );
  }
  return null;
}

function describePeriod(change: CctChange): string {
  const label = inSentence(change.kind);
  return change.end === null
    ? `the ${label} from ${formatLongDate(change.start)} onwards`
    : `the ${label} from ${formatLongDate(change.start)} to ${formatLongDate(change.end)}`;
}

type ProgrammeDates = { readonly start: IsoDate | null; readonly fullTimeCct: IsoDate | null };

function readProgramme(
  value: unknown,
  errors: IssueList,
): { readonly dates: ProgrammeDates; readonly stage: ProgrammeStage } {
  if (!isRecord(value)) {
    errors.add(
      'programme',
      'required',
      'Enter the date your programme starts and the date you would finish training full time',
    );
    return { dates: { start: null, fullTimeCct: null }, stage: 'higher' };
  }
  const start = readDate(value.start, errors, 'programme.start');
  let fullTimeCct = readDate(value.fullTimeCct, errors, 'programme.fullTimeCct');
  if (start && fullTimeCct && fullTimeCct < start) {
    errors.add(
      'programme.fullTimeCct',
      'end-before-start',
      cctMessage({ code: 'end-before-start', of: 'programme' }),
    );
    fullTimeCct = null;
  } else if (
    start &&
    fullTimeCct &&
    dayNumber(fullTimeCct) >= dayNumber(addMonths(start, 12 * MAX_PROGRAMME_YEARS))
  ) {
    errors.add(
      'programme.fullTimeCct',
      'programme-too-long',
      cctMessage({ code: 'programme-too-long', from: 'programme-start' }),
    );
    fullTimeCct = null;
  }
  let stage: ProgrammeStage = 'higher';
  if (value.stage !== undefined) {
    if (isOneOf(PROGRAMME_STAGES, value.stage)) stage = value.stage;
    else
      errors.add(
        'programme.stage',
        'unknown-kind',
        'Choose the stage of training: foundation, core or higher',
      );
  }
  return { dates: { start, fullTimeCct }, stage };
}

type Indexed = { readonly index: number; readonly id: PeriodId | null; readonly change: CctChange };
/** A change with its first and last day numbers, for the overlap checks (the last of an open one is Infinity). */
type Span = Indexed & { readonly first: number; readonly last: number };

/**
 * The change as typed (with its id, if it has one) and its days, or null when its kind, start or end
 * cannot be read (the errors say why). `todayDay` is today's day number, worked out once for the list.
 */
function readChange(
  value: unknown,
  at: PeriodAt,
  programmeStart: IsoDate | null,
  todayDay: DayNumber | null,
  notice: NoticeCheck,
  errors: IssueList,
  warnings: IssueList,
): Span | null {
  const errorsBefore = errors.issues.length;
  if (!isRecord(value)) {
    errors.add(
      periodField(at, null),
      'invalid-type',
      'Enter the period as a kind with a start date and an end date',
    );
    return null;
  }
  const kind = value.kind;
  if (!isOneOf(CHANGE_KINDS, kind)) {
    errors.add(
      periodField(at, 'kind'),
      value.kind === undefined ? 'required' : 'unknown-kind',
      'Choose what kind of period this is: less than full time (ltft), oopt, oopr, oope, oopc, oopp, parental leave, unpaid leave or sickness',
    );
    return null;
  }
  const label = inSentence(kind);
  const start = readDate(value.start, errors, 'start', { at, kind });
  let end: IsoDate | null = null;
  let endReadable = true;
  if (value.end !== undefined && value.end !== null && value.end !== '') {
    end = parseIsoDate(value.end);
    if (!end) {
      endReadable = false;
      errors.add(
        periodField(at, 'end'),
        'invalid-date',
        mayRunToCompletion(kind)
          ? `The end date of the ${label} must be a real date, or left empty if it runs until you finish training`
          : `The end date of the ${label} must be a real date, for example 2027-02-28`,
      );
    }
  }
  if (start && end && end < start) {
    errors.add(
      periodField(at, 'end'),
      'end-before-start',
      cctMessage({ code: 'end-before-start', of: 'period', kind }),
    );
    endReadable = false;
  }
  if (start && programmeStart && start < programmeStart) {
    errors.add(
      periodField(at, 'start'),
      'before-programme-start',
      cctMessage({
        code: 'before-programme-start',
        kind,
        programmeStart,
        countedFrom: 'programme',
      }),
    );
  }

  const openEnded = endReadable && end === null;
  // Each date's day number once: the checks below and the overlap checks all use them.
  const startDay = start === null ? null : dayNumber(start);
  const endDay = end === null ? null : dayNumber(end);
  const calendarDays = startDay !== null && endDay !== null ? endDay - startDay + 1 : null;

  let change: CctChange | null = null;
  switch (kind) {
    case 'ltft': {
      const wte = value.wte;
      if (!isFiniteNumber(wte) || wte > WTE_LIMITS.maximum) {
        errors.add(
          periodField(at, 'wte'),
          wte === undefined ? 'required' : 'out-of-range',
          'Enter the whole-time equivalent (WTE) as a decimal from 0.2 to 1.0, for example 0.8 for 80%',
        );
      } else if (wte < WTE_LIMITS.absoluteMinimum) {
        errors.add(
          periodField(at, 'wte'),
          'out-of-range',
          'The whole-time equivalent (WTE) must be at least 0.2 (20%), the lowest a postgraduate dean can agree',
        );
      } else {
        if (wte < WTE_LIMITS.normalMinimum)
          warnings.add(
            periodField(at, 'wte'),
            'wte-below-half',
            'Training at less than 50% needs your postgraduate dean’s agreement and is normally for no more than 12 months',
          );
        if (
          notice !== null &&
          start &&
          startDay !== null &&
          todayDay !== null &&
          shortNotice(start, startDay, todayDay, notice)
        )
          warnings.add(periodField(at, 'start'), 'ltft-notice', notice.warning);
        if (start) change = { kind, start, end, wte: share(wte) };
      }
      break;
    }
    case 'oopr': {
      const credit = value.credit;
      if (!isFiniteNumber(credit) || credit < 0) {
        errors.add(
          periodField(at, 'credit'),
          credit === undefined ? 'required' : 'out-of-range',
          'Enter the share of each day of research that counts towards training, from 0 to 1, for example 0.5 if 12 of 24 months are credited',
        );
      } else if (credit > 0 && credit < MIN_OOPR_CREDIT) {
        errors.add(
          periodField(at, 'credit'),
          'credit-too-small',
          `Enter a research credit of 0, or at least ${MIN_OOPR_CREDIT * 100}%. A smaller credit would not add up to a day of training, even over the longest OOPR`,
        );
      } else if (credit > 1) {
        errors.add(
          periodField(at, 'credit'),
          'credit-too-large',
          'The research credit cannot be more than the length of the OOPR. Enter the share of each day that counts, from 0 to 1, for example 0.5 if 12 of 24 months are credited',
        );
      } else {
        if (openEnded && credit === 0) {
          errors.add(
            periodField(at, 'end'),
            'open-ended-without-credit',
            'Enter the date the OOPR ends. Research that earns no credit cannot run until you finish training',
          );
        }
        if (reaches(start, endDay, 36))
          warnings.add(
            periodField(at, 'end'),
            'oopr-over-three-years',
            'OOPR normally lasts up to 3 years, or 4 with your postgraduate dean’s agreement. Check the dates with your deanery',
          );
        if (calendarDays !== null && credit * calendarDays > 366)
          warnings.add(
            periodField(at, 'credit'),
            'oopr-credit-over-a-year',
            'Physician specialty advisory committees have usually credited up to about 12 months of research. Check the credit with JRCPTB',
          );
        if (start) change = { kind, start, end, credit: share(credit) };
      }
      break;
    }
    case 'sickness': {
      if (endReadable && end === null) {
        errors.add(
          periodField(at, 'end'),
          'required',
          'Enter the date the sickness absence ends, or your best estimate',
        );
      }
      const days = value.workingDaysAbsent;
      if (days !== undefined && days !== null) {
        if (
          typeof days !== 'number' ||
          !Number.isInteger(days) ||
          days < 0 ||
          (calendarDays !== null && days > calendarDays)
        ) {
          errors.add(
            periodField(at, 'workingDaysAbsent'),
            'out-of-range',
            calendarDays === null
              ? 'Enter the working days absent as a whole number'
              : `Enter the working days absent as a whole number from 0 to ${calendarDays}, the days in the period`,
          );
        } else if (start && end) {
          change = { kind, start, end, workingDaysAbsent: days };
        }
      } else if (start && end) {
        change = { kind, start, end };
      }
      break;
    }
    default: {
      if (isNonCounting(kind) && openEnded) {
        errors.add(
          periodField(at, 'end'),
          'open-ended-without-credit',
          `Enter the date the ${label} ends. Time that does not count towards training cannot run until you finish`,
        );
      }
      if (kind === 'oopt' && reaches(start, endDay, 12))
        warnings.add(
          periodField(at, 'end'),
          'oopt-over-a-year',
          'OOPT normally lasts no more than 1 year, or 2 in exceptional cases. Check the dates with your deanery',
        );
      if (kind === 'oope' && reaches(start, endDay, 12))
        warnings.add(
          periodField(at, 'end'),
          'oope-over-a-year',
          'OOPE normally lasts 1 year, or up to 2 with your postgraduate dean’s agreement',
        );
      if (kind === 'oopc' && reaches(start, endDay, 24))
        warnings.add(
          periodField(at, 'end'),
          'oopc-over-two-years',
          'A career break normally lasts up to 2 years',
        );
      if (kind === 'oopp' && reaches(start, endDay, 12))
        warnings.add(
          periodField(at, 'end'),
          'oopp-over-a-year',
          'OOPP lasts up to 12 months, and is available in England only',
        );
      if (kind === 'parental-leave' && calendarDays !== null && calendarDays > 52 * 7)
        warnings.add(
          periodField(at, 'end'),
          'parental-leave-over-52-weeks',
          'Maternity leave is up to 52 weeks. Check the dates',
        );
      if (start) change = { kind, start, end };
    }
  }
  // A change with any error is left out of the overlap checks.
  if (!endReadable || errors.issues.length !== errorsBefore || change === null || startDay === null)
    return null;
  return {
    index: at.index,
    id: at.id,
    change: at.id === null ? change : { ...change, id: at.id },
    first: startDay,
    last: endDay ?? Infinity,
  };
}

/** Orders by start date, then by position in the list: the later of two overlapping periods is named. */
function byStart(a: Span, b: Span): number {
  return a.first !== b.first ? a.first - b.first : a.index - b.index;
}

/** What to say when `later` overlaps `earlier`, saying how to put it right. */
function overlapMessage(later: CctChange, earlier: CctChange): string {
  const start = formatLongDate(later.start);
  const overlaps = `The ${inSentence(later.kind)} from ${start} overlaps ${describePeriod(earlier)}`;
  if (later.kind === 'ltft' && earlier.kind === 'ltft')
    return `${overlaps}. You can work only one pattern of hours at a time. End the first part-time period before ${start}, or change the start of the second`;
  if (later.kind === 'sickness' && earlier.kind === 'sickness')
    return `${overlaps}. Enter each spell of sickness once: end the first before ${start}, or change the dates of the second`;
  if (later.kind === 'sickness')
    return `The sickness absence from ${start} falls during ${describePeriod(earlier)}, which is time away from work, not time you would have been at work. Remove the sickness absence, or change its dates`;
  if (earlier.kind === 'sickness')
    return `The ${inSentence(later.kind)} from ${start} starts during ${describePeriod(earlier)}. Sickness cannot fall during time away from work. End the sickness absence before ${start}, or change the dates of the ${inSentence(later.kind)}`;
  return `${overlaps}. You can take only one kind of time away at once. End the ${inSentence(earlier.kind)} before ${start}, or change the dates of the ${inSentence(later.kind)}`;
}

function overlapError(later: Indexed, earlier: Indexed, errors: IssueList): void {
  errors.add(periodField(later, 'start'), 'overlap', overlapMessage(later.change, earlier.change));
}

/** Within one list in start order, each period that starts before an earlier one has ended is named. */
function checkOneAtATime(sorted: readonly Span[], errors: IssueList): void {
  let latest: Span | null = null;
  for (const entry of sorted) {
    if (latest && entry.first <= latest.last) {
      overlapError(entry, latest, errors);
      if (entry.last <= latest.last) continue;
    }
    latest = entry;
  }
}

/**
 * Periods come in two layers (docs/cct-rules.md): less than full time periods may hold time away (leave
 * and time out of programme) and sickness. What may not overlap: two less than full time periods, two
 * periods of time away, two spells of sickness, and sickness with time away (days away from work cannot
 * also be days off sick).
 */
function checkOverlaps(changes: readonly Span[], errors: IssueList): void {
  // Periods are usually listed in date order already: copy and sort only when they are not.
  let inOrder = true;
  for (let index = 1; index < changes.length && inOrder; index += 1) {
    const previous = changes[index - 1];
    const entry = changes[index];
    inOrder = previous === undefined || entry === undefined || byStart(previous, entry) <= 0;
  }
  const sorted = inOrder ? changes : [...changes].sort(byStart);
  // The three layers, each in start order, in one pass.
  const working: Span[] = [];
  const away: Span[] = [];
  const sickness: Span[] = [];
  for (const entry of sorted) {
    if (entry.change.kind === 'ltft') working.push(entry);
    else if (isTimeAway(entry.change.kind)) away.push(entry);
    else if (entry.change.kind === 'sickness') sickness.push(entry);
  }
  checkOneAtATime(working, errors);
  checkOneAtATime(away, errors);
  checkOneAtATime(sickness, errors);
  for (const spell of sickness) {
    for (const other of away) {
      if (spell.first > other.last || other.first > spell.last) continue;
      // Name the later of the two (by start date, then by position).
      if (byStart(spell, other) > 0) overlapError(spell, other, errors);
      else overlapError(other, spell, errors);
    }
  }
}

/** Validates input of any shape. Never throws. */
/**
 * The nation whose less than full time rules apply (its notice period), or null when none is given:
 * England's rules then apply, as for a fixture, which names no nation.
 */
function readNation(value: unknown, errors: IssueList): LtftNation | null {
  if (value === undefined || value === null) return null;
  if (isLtftNation(value)) return value;
  errors.add(
    'nation',
    'invalid-type',
    'Choose the nation you train in: england, scotland, wales or northern-ireland',
  );
  return null;
}

export function validateCctInput(raw: unknown): CctValidation {
  const errors = new IssueList();
  const warnings = new IssueList();
  const fields: Fields = isRecord(raw) ? raw : {};

  const today = readDate(fields.today, errors, 'today');
  const { dates, stage } = readProgramme(fields.programme, errors);
  const nation = readNation(fields.nation, errors);
  const notice = noticeCheck(nation ?? DEFAULT_LTFT_NATION);

  const changes: Span[] = [];
  const rawChanges = fields.changes;
  if (rawChanges !== undefined && rawChanges !== null && !Array.isArray(rawChanges)) {
    errors.add('changes', 'invalid-type', 'Enter the changes as a list of periods');
  } else if (Array.isArray(rawChanges) && rawChanges.length > MAX_CHANGES) {
    errors.add('changes', 'out-of-range', `Enter no more than ${MAX_CHANGES} periods`);
  } else if (Array.isArray(rawChanges)) {
    const todayDay = today === null ? null : dayNumber(today);
    for (let index = 0; index < rawChanges.length; index += 1) {
      const value: unknown = rawChanges[index];
      const id = isRecord(value) && isPeriodId(value.id) ? value.id : null;
      const change = readChange(
        value,
        { index, id },
        dates.start,
        todayDay,
        notice,
        errors,
        warnings,
      );
      if (change) changes.push(change);
    }
    checkOverlaps(changes, errors);
  }

  if (errors.issues.length > 0 || !today || !dates.start || !dates.fullTimeCct) {
    return { ok: false, errors: errors.issues, warnings: warnings.issues };
  }
  return {
    ok: true,
    input: {
      today,
      programme: { start: dates.start, fullTimeCct: dates.fullTimeCct, stage },
      changes: changes.map(({ change }) => change),
      ...(nation === null ? {} : { nation }),
    },
    warnings: warnings.issues,
  };
}

/** Errors for periods that start after the projected CCT date (they could never apply). */
export function periodsAfterCct(changes: readonly CctChange[], cctDay: DayNumber): CctIssue[] {
  const errors = new IssueList();
  for (const [index, change] of changes.entries()) {
    if (dayNumber(change.start) > cctDay)
      errors.add(
        periodField({ index, id: change.id ?? null }, 'start'),
        'after-cct',
        `The ${inSentence(change.kind)} starts after your expected CCT date, ${formatLongDate(dateOfDayNumber(cctDay))}. Remove it, or check the dates`,
      );
  }
  return errors.issues;
}
