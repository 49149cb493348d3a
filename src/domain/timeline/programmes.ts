/**
 * A plan's part-time periods, time out and leave applied programme by programme (docs/timeline-rules.md,
 * "Part-time training and time out"). Foundation, core training and higher specialty training are
 * separate programmes: each is recalculated with the CCT calculator from its own start, time out of
 * training between them (a year out, a missed round) is not training and is never stretched, and the
 * next programme starts at the first rotation in August after the last one ends, as posts start in
 * August (facts.md §4), keeping any years out the plan has between them.
 */
// Not the '../cct' index (part-time.ts says why).
import type { CctChange, CctIssue } from '../cct/types';
import { describeCalculation, layOut } from '../cct/calculate';
import { type Accrual, type DayPeriod, accrualOfStretches } from '../cct/accrual';
import { creditPeriodsOf } from '../cct/layers';
import { periodIssue } from '../cct/validate';
import { lateCctIssue, lateMadeUpIssue } from '../cct/late-cct';
import { rotationDate } from '../calendar';
import {
  type IsoDate,
  addDays,
  addYears,
  dateOfDayNumber,
  dayNumber,
  formatLongDate,
  inclusiveDays,
  yearOf,
} from '../dates';
import { higherTrainingLength } from '../rules/specialty';
import type { FullTimeProgramme, ProgrammeRun, RouteDates } from './types';

export type ProgrammeSequence =
  | {
      readonly ok: true;
      readonly runs: readonly ProgrammeRun[];
      /** Periods that fall wholly in time out of training between programmes: they change nothing. */
      readonly warnings: readonly CctIssue[];
    }
  | { readonly ok: false; readonly errors: readonly CctIssue[] };

/** Foundation, core training and higher specialty training on the full-time route, in order. */
export function fullTimeProgrammes(dates: RouteDates, coreYears: number): FullTimeProgramme[] {
  const programmes: FullTimeProgramme[] = [];
  if (dates.f1Start !== null && dates.foundationEnd !== null)
    programmes.push({
      stage: 'foundation',
      fullTimeStart: dates.f1Start,
      fullTimeEnd: dates.foundationEnd,
    });
  if (dates.coreStart !== null)
    programmes.push({
      stage: 'core',
      fullTimeStart: dates.coreStart,
      fullTimeEnd: addDays(rotationDate(yearOf(dates.coreStart) + coreYears), -1),
    });
  if (dates.st4Start !== null && dates.cct !== null)
    programmes.push({ stage: 'higher', fullTimeStart: dates.st4Start, fullTimeEnd: dates.cct });
  return programmes;
}

/** The first rotation day (first Wednesday in August) on or after `date`. */
export function firstRotationFrom(date: IsoDate): IsoDate {
  const sameYear = rotationDate(yearOf(date));
  return sameYear >= date ? sameYear : rotationDate(yearOf(date) + 1);
}

/** Whole years out of training between a programme and the next on the full-time route. */
function yearsOutBetween(programme: FullTimeProgramme, next: FullTimeProgramme): number {
  return yearOf(next.fullTimeStart) - yearOf(firstRotationFrom(addDays(programme.fullTimeEnd, 1)));
}

/** Where a programme that starts on `start` ends full time: as the full-time route works it out. */
function fullTimeEndFrom(programme: FullTimeProgramme, start: IsoDate, coreYears: number): IsoDate {
  if (start === programme.fullTimeStart) return programme.fullTimeEnd;
  if (programme.stage === 'higher')
    return addDays(addYears(start, higherTrainingLength.value.years), -1);
  const years = programme.stage === 'core' ? coreYears : 2;
  return addDays(rotationDate(yearOf(start) + years), -1);
}

/** The plan's changes that fall in a programme, each cut to start no earlier than it, by index. */
type Pieces = { readonly changes: CctChange[]; readonly indices: number[] };

/** The part of a change from `from` on; sickness keeps the share of its working days that falls there. */
function cutFrom(change: CctChange, from: IsoDate): CctChange {
  if (change.start >= from) return change;
  if (change.kind === 'sickness' && change.workingDaysAbsent !== undefined) {
    const days = inclusiveDays(change.start, change.end);
    const kept = inclusiveDays(from, change.end);
    return { ...change, start: from, workingDaysAbsent: (change.workingDaysAbsent * kept) / days };
  }
  return { ...change, start: from };
}

/** The changes that fall from `from` to `to`, each cut to start no earlier than `from`. */
function piecesFrom(changes: readonly CctChange[], from: IsoDate, to: IsoDate): Pieces {
  const pieces: Pieces = { changes: [], indices: [] };
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index];
    if (change === undefined || (change.end !== null && change.end < from) || change.start > to)
      continue;
    pieces.changes.push(cutFrom(change, from));
    pieces.indices.push(index);
  }
  return pieces;
}

/** The plan's changes, and their credit periods worked out once for the whole route. */
type RoutePeriods = {
  /** The first day of the first programme: the CCT must fall within 30 years of it. */
  readonly start: IsoDate;
  readonly changes: readonly CctChange[];
  /** Tagged with each change's index; laid out from each programme's start in turn. */
  readonly credit: readonly DayPeriod<number>[];
};

function runProgramme(
  programme: FullTimeProgramme,
  start: IsoDate,
  coreYears: number,
  route: RoutePeriods,
  today: IsoDate,
  withTisEstimate: boolean,
): ProgrammeRun | CctIssue {
  const fullTimeEndFromStart = fullTimeEndFrom(programme, start, coreYears);
  const programmeDates = { start, fullTimeCct: fullTimeEndFromStart, stage: programme.stage };
  // Credit after a day cannot change when training is done by that day, so the end found with every
  // later period is the end with only those that start before it: the periods are laid out once, and
  // a period belongs to this programme if it starts on or before that end.
  const laid = layOut(programmeDates, route.changes, route.credit);
  // Each programme must end within 30 years of the first (and by 2200), so the route's CCT does too;
  // checked before anything is dated, as a programme that never ends has no date.
  const tooLate = lateCctIssue(route.start, laid.stretches, laid.cctDay, route.changes);
  if (tooLate !== null) return tooLate;
  const end = dateOfDayNumber(laid.cctDay);
  const joining = piecesFrom(route.changes, start, end);
  // The pieces come from changes the calculator has already checked for the whole route, cut to
  // start no earlier than this programme, so they need no second check.
  const calculation = describeCalculation(
    { today, programme: programmeDates, changes: joining.changes },
    [],
    laid,
    { tis: withTisEstimate },
  );
  const madeUpTooLate = lateMadeUpIssue(
    route.start,
    calculation.ifMadeUpCct,
    joining.changes,
    (position) => joining.indices[position] ?? position,
  );
  if (madeUpTooLate !== null) return madeUpTooLate;
  // Written out field by field: a spread followed by more fields is slow, and this runs for every
  // programme on every change.
  return {
    stage: programme.stage,
    fullTimeStart: programme.fullTimeStart,
    fullTimeEnd: programme.fullTimeEnd,
    start,
    end: calculation.cct,
    fullTimeEndFromStart,
    calculation,
    accrual: accrualOfStretches(start, fullTimeEndFromStart, laid.stretches, laid.cctDay),
    changeIndices: joining.indices,
  };
}

/** Whether each of `count` changes falls in one of the runs (a plain loop: this runs on every change). */
export function changesUsed(runs: readonly ProgrammeRun[], count: number): boolean[] {
  const used = new Array<boolean>(count).fill(false);
  for (const run of runs) for (const index of run.changeIndices) used[index] = true;
  return used;
}

function notInTrainingWarning(
  index: number,
  change: CctChange,
  from: IsoDate,
  to: IsoDate,
): CctIssue {
  const end = change.end === null ? '' : ` to ${formatLongDate(change.end)}`;
  return periodIssue(
    { index, id: change.id ?? null },
    'start',
    'out-of-range',
    `The period from ${formatLongDate(change.start)}${end} falls in time out of training (${formatLongDate(from)} to ${formatLongDate(to)}, between training programmes), so it does not change your dates`,
  );
}

/**
 * Runs each programme in turn with the plan's (validated) changes. A change that falls wholly in time
 * out of training between programmes changes nothing and is named in a warning; one that starts after
 * the last programme ends is an error.
 */
export function runProgrammes(
  programmes: readonly FullTimeProgramme[],
  coreYears: number,
  changes: readonly CctChange[],
  today: IsoDate,
  options: { readonly makeUpSickness?: boolean } = {},
): ProgrammeSequence {
  const runs: ProgrammeRun[] = [];
  let start = programmes[0]?.fullTimeStart ?? null;
  if (start === null) return { ok: true, runs, warnings: [] };
  const route: RoutePeriods = { start, changes, credit: creditPeriodsOf(changes) };
  for (const [position, programme] of programmes.entries()) {
    if (start === null) break;
    // TIS worked on one programme at a time, so only the last (the CCT) has a TIS-style estimate.
    const outcome = runProgramme(
      programme,
      start,
      coreYears,
      route,
      today,
      position === programmes.length - 1,
    );
    if (!('calculation' in outcome)) return { ok: false, errors: [outcome] };
    let run = outcome;
    // With sickness made up, a programme whose review is triggered ends on its "if made up" date.
    const madeUpEnd = run.calculation.ifMadeUpCct;
    if (options.makeUpSickness && run.calculation.reviewTriggered && madeUpEnd !== null)
      run = { ...run, end: madeUpEnd };
    runs.push(run);
    const next = programmes[position + 1];
    start =
      next === undefined
        ? null
        : rotationDate(
            yearOf(firstRotationFrom(addDays(run.end, 1))) + yearsOutBetween(programme, next),
          );
  }

  const used = changesUsed(runs, changes.length);
  const errors: CctIssue[] = [];
  const warnings: CctIssue[] = [];
  changes.forEach((change, index) => {
    if (used[index] === true) return;
    const before = [...runs].reverse().find((run) => run.end < change.start);
    const after = runs.find((run) => run.start > change.start);
    if (before === undefined) return;
    if (after === undefined) {
      errors.push(
        periodIssue(
          { index, id: change.id ?? null },
          'start',
          'out-of-range',
          `This period starts after your training ends on ${formatLongDate(before.end)}. Remove it, or change its start date`,
        ),
      );
    } else {
      warnings.push(
        notInTrainingWarning(index, change, addDays(before.end, 1), addDays(after.start, -1)),
      );
    }
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, runs, warnings };
}

/**
 * Maps a date on the full-time route to the plan's route for the programme it falls in, when that
 * programme starts whole rotation years later: rotation days stay rotation days (and the days before
 * them stay days before them), and the full-time end becomes the end counted from the new start.
 */
function translate(run: ProgrammeRun, date: IsoDate): IsoDate {
  if (run.start === run.fullTimeStart) return date;
  if (date === run.fullTimeEnd) return run.fullTimeEndFromStart;
  const years = yearOf(run.start) - yearOf(run.fullTimeStart);
  const year = yearOf(date);
  if (date === rotationDate(year)) return rotationDate(year + years);
  if (date === addDays(rotationDate(year), -1)) return addDays(rotationDate(year + years), -1);
  return addYears(date, years);
}

/**
 * One accrual for the whole route, built from the programmes' own: a full-time date inside a
 * programme moves as that programme's training does; a date in time out between programmes keeps its
 * place before the next programme (its first day follows the last programme's end); a date after the
 * CCT moves with it.
 */
export function routeAccrual(runs: readonly ProgrammeRun[], fullTimeCct: IsoDate): Accrual {
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('No programmes to combine');
  const fullTimeDays = inclusiveDays(first.fullTimeStart, fullTimeCct);
  // Methods rather than arrow functions, as in accrualOfStretches: none uses `this`.
  return {
    start: first.start,
    fullTimeEnd: fullTimeCct,
    fullTimeDays,
    end: last.end,
    dateFullTimeDaysComplete(days) {
      let left = days;
      for (const run of runs) {
        if (left <= run.accrual.fullTimeDays) return run.accrual.dateFullTimeDaysComplete(left);
        left -= run.accrual.fullTimeDays;
      }
      return addDays(last.end, Math.ceil(left));
    },
    shiftDate(date) {
      return moveOnRoute(runs, date, false);
    },
    shiftStartDate(date) {
      return moveOnRoute(runs, date, true);
    },
    fullTimeDaysEarnedBy(date) {
      let sum = 0;
      for (const run of runs)
        if (date >= run.start)
          sum += run.accrual.fullTimeDaysEarnedBy(date < run.end ? date : run.end);
      return sum;
    },
  };
}

/**
 * Where a full-time date moves on the plan's route (see {@link routeAccrual}): as a last day, or as a
 * first day when `asFirstDay`.
 */
function moveOnRoute(runs: readonly ProgrammeRun[], date: IsoDate, asFirstDay: boolean): IsoDate {
  const first = runs[0];
  const last = runs.at(-1);
  if (first === undefined || last === undefined) throw new RangeError('No programmes to combine');
  if (date < first.fullTimeStart) return date;
  for (let position = 0; position < runs.length; position += 1) {
    const run = runs[position];
    if (run === undefined) continue;
    if (date <= run.fullTimeEnd) {
      const planDate = translate(run, date);
      return asFirstDay ? run.accrual.shiftStartDate(planDate) : run.accrual.shiftDate(planDate);
    }
    const next = runs[position + 1];
    if (next !== undefined && date < next.fullTimeStart) {
      if (date === addDays(run.fullTimeEnd, 1)) return addDays(run.end, 1);
      const moved = translate(next, date);
      return moved > run.end ? moved : addDays(run.end, 1);
    }
  }
  return addDays(last.end, dayNumber(date) - dayNumber(last.fullTimeEnd));
}
