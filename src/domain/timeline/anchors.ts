/**
 * The handful of years that fix a whole route: when medical school starts, when the person graduates,
 * when core and higher training start. Everything else is dated from these (docs/timeline-rules.md).
 */
import { academicYearOf, onWorkingDay, schoolLeavingYear, trainingYearOf } from '../calendar';
import { type IsoDate, formatLongDate, isoDate } from '../dates';
import type { Plan, St4Route } from '../plan/types';
import { ucasMedicineDeadline } from '../rules/entry';
import { schoolYearsFor } from '../rules/school-years';
import { courseLengths, courseStartMonth, intercalationYear } from '../rules/medical-school';
import {
  type CoreRoute,
  coreApplicationWindow,
  coreTrainingLengths,
  stFourApplicationWindow,
} from '../rules/specialty';
import { mrcpForStFourApplication } from '../rules/other-routes';
import type { MonthDay } from '../rules/types';
import type { Anchors, StartingPoint, TimelineNotice } from './types';

function dayInYear(year: number, day: MonthDay): IsoDate {
  return isoDate(year, day.month, day.day);
}

/** The UCAS deadline for courses starting in `entryYear`: 15 October the year before. */
export function ucasDeadlineFor(entryYear: number): IsoDate {
  return (
    ucasMedicineDeadline.value.publishedByEntryYear[entryYear] ??
    onWorkingDay(dayInYear(entryYear - 1, ucasMedicineDeadline.value.yearly))
  );
}

/** The first entry year whose UCAS deadline is still open on `today` (the deadline day counts). */
function firstOpenEntryYear(today: IsoDate): number {
  let entryYear = academicYearOf(today);
  while (ucasDeadlineFor(entryYear) < today) entryYear += 1;
  return entryYear;
}

/**
 * Moves a training start year on until its application window (which closes the year before) is still
 * open on `today`, unless the person already applied in the round that has closed.
 */
function nextOpenRound(
  startYear: number,
  closes: MonthDay,
  today: IsoDate,
  applied: boolean,
): number {
  if (applied) return startYear;
  let year = startYear;
  while (dayInYear(year - 1, closes) < today) year += 1;
  return year;
}

/** The route to ST4 the plan follows: the Alternative Certificate is for doctors in another post. */
export function st4RouteFor(plan: Plan): St4Route {
  return plan.now.stage === 'other-post' ? plan.st4Route : 'core-training';
}

/**
 * The first August an Alternative Certificate applicant can start ST4 on `today`: the next one whose
 * round is still open (it closes the December before), and, without MRCP(UK) Part 1, one whose round
 * has not yet opened, since Part 1 must be passed by the time you apply. The plan questions offer
 * years from here.
 */
export function firstOpenAlternativeCertificateYear(
  today: IsoDate,
  mrcp: Plan['mrcp'],
  applied = false,
): number {
  const afterClosed = nextOpenRound(
    trainingYearOf(today) + 1,
    stFourApplicationWindow.value.closes,
    today,
    applied,
  );
  return mrcp === 'none' && !applied
    ? nextUnopenedRound(afterClosed, stFourApplicationWindow.value.opens, today)
    : afterClosed;
}

/** Moves a start year on until its application window (the year before) opens after `today`. */
function nextUnopenedRound(startYear: number, opens: MonthDay, today: IsoDate): number {
  let year = startYear;
  while (dayInYear(year - 1, opens) <= today) year += 1;
  return year;
}

function st4WindowPassedNotice(plannedYear: number, startYear: number): TimelineNotice {
  return {
    id: 'st4-window-passed',
    message: `Round 1 of ST4 recruitment for posts starting in August ${plannedYear} has usually closed by now, so this plan uses the next round, starting in August ${startYear}. If you have already applied, say so and the plan will use the earlier round.`,
    ruleIds: [stFourApplicationWindow.id],
  };
}

/**
 * ST4 by the Alternative Certificate: the August chosen (or the next one), moved on to the next round
 * still open, and without MRCP(UK) Part 1 to a round that has not opened yet.
 */
function alternativeCertificateYear(
  plan: Plan,
  today: IsoDate,
  trainingYear: number,
  notices: TimelineNotice[],
): number {
  const planned = plan.plannedSt4Year ?? trainingYear + 1;
  const { opens, closes } = stFourApplicationWindow.value;
  const open = nextOpenRound(planned, closes, today, plan.appliedInCurrentRound);
  if (open > planned) notices.push(st4WindowPassedNotice(planned, open));
  if (plan.mrcp !== 'none' || plan.appliedInCurrentRound) return open;
  const year = nextUnopenedRound(open, opens, today);
  if (year > open) {
    notices.push({
      id: 'mrcp-part-1-before-applying',
      message: `You need MRCP(UK) Part 1 by the time you apply for ST4. Applications for posts starting in August ${open} opened in November ${open - 1}, before you had Part 1, so this plan uses the next round: apply in November or December ${year - 1} to start in August ${year}.`,
      ruleIds: [mrcpForStFourApplication.id, stFourApplicationWindow.id],
    });
  }
  return year;
}

function coreWindowPassedNotice(plannedYear: number, startYear: number): TimelineNotice {
  return {
    id: 'core-window-passed',
    message: `The application round for core training starting in August ${plannedYear} has usually closed by now, so this plan uses the next round, starting in August ${startYear}. If you have already applied, say so and the plan will use the earlier round.`,
    ruleIds: [coreApplicationWindow.id],
  };
}

function coreRouteFor(plan: Plan): CoreRoute {
  if (plan.now.stage === 'imt') return 'imt';
  if (plan.now.stage === 'accs') return 'accs-im';
  return plan.coreRoute;
}

type EntryYears = {
  readonly schoolLeavingYear: number | null;
  readonly degreeEndYear: number | null;
  readonly medicalSchoolStartYear: number;
  readonly notice: TimelineNotice | null;
};

/** For someone not yet at medical school: the year they can start, given the UCAS round open today. */
function findEntryYears(plan: Plan, today: IsoDate, academicYear: number): EntryYears {
  const { now } = plan;
  let leavingYear: number | null = null;
  let degreeEndYear: number | null = null;
  let readyYear = academicYear;
  if (now.stage === 'school') {
    leavingYear = schoolLeavingYear(
      academicYear,
      now.yearGroup,
      schoolYearsFor(plan.nation).value.last,
    );
    degreeEndYear =
      plan.medicalSchoolRoute === 'graduate-entry' ? (plan.qualificationYear ?? null) : null;
    readyYear = degreeEndYear ?? leavingYear;
  } else if (now.stage === 'graduate') {
    readyYear = plan.qualificationYear ?? academicYear;
    if (readyYear > academicYear) degreeEndYear = readyYear;
  }

  const chosenYear = readyYear + plan.gapYearsBeforeMedicalSchool;
  let openYear = firstOpenEntryYear(today);
  const lastRoundStillToStart = dayInYear(openYear - 1, courseStartMonth.value) > today;
  if (plan.appliedInCurrentRound && lastRoundStillToStart) openYear -= 1;

  const startYear = Math.max(chosenYear, openYear);
  // Only say so when this academic year's deadline is the one that was missed.
  const missedDeadline = ucasDeadlineFor(openYear - 1);
  const missedThisYear = missedDeadline >= dayInYear(academicYear, courseStartMonth.value);
  const notice: TimelineNotice | null =
    openYear > chosenYear && missedThisYear
      ? {
          id: 'ucas-deadline-passed',
          message: `The UCAS deadline for courses starting in ${openYear - 1} (${formatLongDate(missedDeadline)}) has passed, so this plan uses the next round: apply by ${formatLongDate(ucasDeadlineFor(openYear))} to start in ${openYear}. If you have already applied, say so and the plan will use the earlier round.`,
          ruleIds: [ucasMedicineDeadline.id],
        }
      : null;
  return {
    schoolLeavingYear: leavingYear,
    degreeEndYear,
    medicalSchoolStartYear: startYear,
    notice,
  };
}

function advisoryNotices(plan: Plan, coreRoute: CoreRoute): TimelineNotice[] {
  const notices: TimelineNotice[] = [];
  if ((plan.now.stage === 'imt' || plan.now.stage === 'accs') && plan.coreRoute !== coreRoute) {
    notices.push({
      id: 'core-route-from-stage',
      message: `You are in ${plan.now.stage === 'imt' ? 'IMT' : 'ACCS'}, so the plan follows that route rather than the core route you chose.`,
      ruleIds: [coreTrainingLengths[coreRoute].id],
    });
  }
  if (
    plan.intercalate &&
    plan.medicalSchoolRoute !== 'standard' &&
    plan.medicalSchoolRoute !== 'gateway'
  ) {
    notices.push({
      id: 'intercalation-unusual',
      message:
        plan.medicalSchoolRoute === 'integrated-degree'
          ? 'A 6-year integrated-degree course already includes a degree, so an extra intercalated year is unusual. The plan adds one as you asked.'
          : 'Graduate-entry students already have a degree, so an intercalated year is unusual. The plan adds one as you asked.',
      ruleIds: [intercalationYear.id],
    });
  }
  return notices;
}

/** Works out the anchor years for a valid plan on `today`. */
export function findAnchors(plan: Plan, today: IsoDate): Anchors {
  const academicYear = academicYearOf(today);
  const trainingYear = trainingYearOf(today);
  const coreRoute = coreRouteFor(plan);
  const coreYears = coreTrainingLengths[coreRoute].value.years;
  const courseYears =
    courseLengths[plan.medicalSchoolRoute].value.years +
    (plan.intercalate ? intercalationYear.value.years : 0);
  const notices = advisoryNotices(plan, coreRoute);
  const st4Route = st4RouteFor(plan);
  const { now } = plan;

  let startingPoint: StartingPoint;
  let leavingYear: number | null = null;
  let degreeEndYear: number | null = null;
  let medicalSchoolStartYear: number | null = null;
  let graduationYear: number | null = null;
  let coreStartYear: number | null = null;
  let st4StartYear: number | null = null;

  switch (now.stage) {
    case 'school':
    case 'gap-year':
    case 'graduate': {
      startingPoint = 'before-medical-school';
      const entry = findEntryYears(plan, today, academicYear);
      leavingYear = entry.schoolLeavingYear;
      degreeEndYear = entry.degreeEndYear;
      medicalSchoolStartYear = entry.medicalSchoolStartYear;
      if (entry.notice) notices.push(entry.notice);
      break;
    }
    case 'medical-school':
      startingPoint = 'medical-school';
      medicalSchoolStartYear = academicYear - (now.year - 1);
      break;
    case 'f1':
    case 'f2':
      startingPoint = 'foundation';
      graduationYear = now.stage === 'f1' ? trainingYear : trainingYear - 1;
      break;
    case 'imt':
    case 'accs':
      startingPoint = 'core-training';
      coreStartYear = trainingYear - (now.year - 1);
      break;
    case 'st':
      startingPoint = 'higher-specialty-training';
      st4StartYear = trainingYear - (now.year - 4);
      break;
    case 'other-post': {
      startingPoint = 'other-post';
      if (st4Route === 'alternative-certificate') {
        st4StartYear = alternativeCertificateYear(plan, today, trainingYear, notices);
        break;
      }
      // Core training from its first year, in the next round still open.
      const plannedCoreYear = trainingYear + 1;
      coreStartYear = nextOpenRound(
        plannedCoreYear,
        coreApplicationWindow.value.closes,
        today,
        plan.appliedInCurrentRound,
      );
      if (coreStartYear > plannedCoreYear)
        notices.push(coreWindowPassedNotice(plannedCoreYear, coreStartYear));
      break;
    }
    case 'consultant':
      startingPoint = 'consultant';
      notices.push({
        id: 'already-consultant',
        message: 'You are already a consultant, so there is no training route left to plan.',
        ruleIds: [],
      });
      break;
  }

  if (medicalSchoolStartYear !== null) graduationYear = medicalSchoolStartYear + courseYears;

  if (graduationYear !== null) {
    const plannedCoreYear = graduationYear + 2 + plan.yearsBeforeCoreTraining;
    coreStartYear = nextOpenRound(
      plannedCoreYear,
      coreApplicationWindow.value.closes,
      today,
      plan.appliedInCurrentRound,
    );
    if (coreStartYear > plannedCoreYear)
      notices.push(coreWindowPassedNotice(plannedCoreYear, coreStartYear));
  }

  if (coreStartYear !== null && st4StartYear === null) {
    const plannedSt4Year = coreStartYear + coreYears;
    st4StartYear = nextOpenRound(
      plannedSt4Year,
      stFourApplicationWindow.value.closes,
      today,
      plan.appliedInCurrentRound,
    );
    if (st4StartYear > plannedSt4Year)
      notices.push(st4WindowPassedNotice(plannedSt4Year, st4StartYear));
  }

  return {
    startingPoint,
    academicYear,
    trainingYear,
    schoolLeavingYear: leavingYear,
    degreeEndYear,
    medicalSchoolStartYear,
    courseYears,
    graduationYear,
    coreRoute,
    coreYears,
    st4Route,
    coreStartYear,
    st4StartYear,
    notices,
  };
}
