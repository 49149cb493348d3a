/** The dated milestones of a route, from the person's current stage onwards. */
import { onWorkingDay, rotationDate } from '../calendar';
import { type IsoDate, addDays, firstWeekdayOfMonth, isoDate } from '../dates';
import type { Plan } from '../plan/types';
import {
  gamsatSittings,
  medicalSchoolInterviews,
  medicalSchoolOffers,
  projectedDatesOnWorkingDays,
  ucasMedicineDeadline,
  ucatPublishedDates,
  ucatYearlyPattern,
} from '../rules/entry';
import {
  foundationApplicationWindow,
  foundationCompletion,
  foundationProgrammeLength,
  fullGmcRegistration,
} from '../rules/foundation';
import {
  courseLengths,
  courseStartMonth,
  graduationMonth,
  intercalationYear,
  medicalLicensingAssessment,
} from '../rules/medical-school';
import {
  annualReview,
  coreApplicationWindow,
  coreTrainingLengths,
  dualCctSameDate,
  higherTrainingLength,
  mrcpByStFourOffer,
  palliativeGroupOne,
  rotationStart,
  specialtyCertificateExam,
  stFourApplicationWindow,
} from '../rules/specialty';
import {
  alternativeCertificate,
  mrcpForStFourApplication,
  stFourFirstOffersDeadline,
} from '../rules/other-routes';
import type { MonthDay, YearlyWindow, RuleId } from '../rules/types';
import { firstOffersDeadline } from './offers-deadline';
import { firstSceDietOnOrAfter } from './sce';
import type { Anchors, MilestoneDraft, MilestoneId, RouteDates } from './types';

/**
 * A date projected from a yearly pattern, to the day: on the next working day when the pattern puts it on
 * a weekend (rule projected-dates-on-working-days), saying where it fell.
 */
function projected(
  id: MilestoneId,
  patternDate: IsoDate,
  ruleIds: readonly RuleId[],
): MilestoneDraft {
  const date = onWorkingDay(patternDate);
  return date === patternDate
    ? { id, date, precision: 'day', basis: 'estimate', ruleIds }
    : {
        id,
        date,
        precision: 'day',
        basis: 'estimate',
        ruleIds: [...ruleIds, projectedDatesOnWorkingDays.id],
        movedFromWeekend: patternDate,
      };
}

/** A date from a published calendar when there is one, else projected from its yearly pattern. */
function publishedOr(
  id: MilestoneId,
  published: IsoDate | undefined,
  patternDate: IsoDate,
  ruleIds: readonly RuleId[],
): MilestoneDraft {
  return published === undefined
    ? projected(id, patternDate, ruleIds)
    : { id, date: published, precision: 'day', basis: 'published', ruleIds };
}

function on(year: number, day: MonthDay): IsoDate {
  return isoDate(year, day.month, day.day);
}

function windowIn(
  id: MilestoneId,
  year: number,
  window: YearlyWindow,
  closesNextYear: boolean,
  ruleIds: readonly RuleId[],
): MilestoneDraft {
  return {
    id,
    date: on(year, window.opens),
    endDate: on(closesNextYear ? year + 1 : year, window.closes),
    precision: 'month',
    basis: 'estimate',
    ruleIds,
  };
}

/**
 * The Foundation Programme application window in `year`: as published, or projected to open on the
 * fourth Wednesday of September and close two weeks later (rule foundation-application-window).
 */
function foundationWindowIn(year: number, ruleIds: readonly RuleId[]): MilestoneDraft {
  const { opens, closesAfterDays, published } = foundationApplicationWindow.value;
  const known = published.find((window) => window.opens.startsWith(`${year}-`));
  const first = firstWeekdayOfMonth(year, opens.month, opens.weekday);
  const opensOn = known?.opens ?? addDays(first, 7 * (opens.occurrence - 1));
  return {
    id: 'foundation-application-window',
    date: opensOn,
    endDate: known?.closes ?? addDays(opensOn, closesAfterDays),
    precision: 'month',
    basis: known ? 'published' : 'estimate',
    ruleIds,
  };
}

function rotationMilestone(
  id: MilestoneId,
  year: number,
  ruleIds: readonly RuleId[],
): MilestoneDraft {
  return {
    id,
    date: rotationDate(year),
    precision: 'day',
    basis: 'estimate',
    ruleIds: [...ruleIds, rotationStart.id],
  };
}

/** UCAT, UCAS, interviews and offers for a course starting in `entryYear`. */
function entryMilestones(plan: Plan, entryYear: number): MilestoneDraft[] {
  const testYear = entryYear - 1;
  const published = ucatPublishedDates.value.byTestYear[testYear];
  const ucatRuleIds = published
    ? [ucatPublishedDates.id]
    : [ucatYearlyPattern.id, ucatPublishedDates.id];
  const pattern = ucatYearlyPattern.value;

  const drafts: MilestoneDraft[] = [
    publishedOr(
      'ucat-registration-opens',
      published?.registrationOpens,
      on(testYear, pattern.registrationOpens),
      ucatRuleIds,
    ),
    publishedOr(
      'ucat-booking-deadline',
      published?.bookingDeadline,
      on(testYear, pattern.bookingDeadline),
      ucatRuleIds,
    ),
    publishedOr(
      'ucat-last-test-day',
      published?.lastTestDay,
      on(testYear, pattern.lastTestDay),
      ucatRuleIds,
    ),
    publishedOr(
      'ucas-deadline',
      ucasMedicineDeadline.value.publishedByEntryYear[entryYear],
      on(testYear, ucasMedicineDeadline.value.yearly),
      [ucasMedicineDeadline.id],
    ),
    windowIn('medical-school-interviews', testYear, medicalSchoolInterviews.value, true, [
      medicalSchoolInterviews.id,
    ]),
    projected('medical-school-offers', on(entryYear, medicalSchoolOffers.value), [
      medicalSchoolOffers.id,
    ]),
  ];
  if (plan.medicalSchoolRoute === 'graduate-entry') {
    const firstSittingMonth = gamsatSittings.value.months[0] ?? 3;
    drafts.push({
      id: 'gamsat-sitting',
      date: isoDate(testYear, firstSittingMonth, 1),
      precision: 'month',
      basis: 'estimate',
      ruleIds: [gamsatSittings.id],
    });
  }
  return drafts;
}

function medicalSchoolMilestones(
  plan: Plan,
  anchors: Anchors,
  dates: RouteDates,
): MilestoneDraft[] {
  const { graduationYear } = anchors;
  if (dates.medicalSchoolStart === null || graduationYear === null) return [];
  const courseRuleIds = [
    courseLengths[plan.medicalSchoolRoute].id,
    ...(plan.intercalate ? [intercalationYear.id] : []),
  ];
  return [
    {
      id: 'medical-school-start',
      date: dates.medicalSchoolStart,
      precision: 'month',
      basis: 'estimate',
      ruleIds: [courseStartMonth.id],
    },
    foundationWindowIn(graduationYear - 1, [foundationApplicationWindow.id, ...courseRuleIds]),
    {
      id: 'medical-school-graduation',
      date: on(graduationYear, graduationMonth.value),
      precision: 'month',
      basis: 'estimate',
      ruleIds: [graduationMonth.id, ...courseRuleIds, medicalLicensingAssessment.id],
    },
  ];
}

function foundationMilestones(anchors: Anchors, dates: RouteDates): MilestoneDraft[] {
  const { graduationYear } = anchors;
  if (graduationYear === null || dates.foundationEnd === null) return [];
  return [
    rotationMilestone('f1-start', graduationYear, [foundationProgrammeLength.id]),
    rotationMilestone('full-gmc-registration', graduationYear + 1, [fullGmcRegistration.id]),
    rotationMilestone('f2-start', graduationYear + 1, [foundationProgrammeLength.id]),
    {
      id: 'foundation-complete',
      date: dates.foundationEnd,
      precision: 'day',
      basis: 'estimate',
      ruleIds: [foundationCompletion.id, foundationProgrammeLength.id, rotationStart.id],
    },
  ];
}

function coreMilestones(anchors: Anchors, includeApplication: boolean): MilestoneDraft[] {
  const { coreStartYear, st4StartYear } = anchors;
  if (coreStartYear === null || st4StartYear === null) return [];
  const coreRuleId = coreTrainingLengths[anchors.coreRoute].id;
  return [
    ...(includeApplication
      ? [
          windowIn(
            'core-application-window',
            coreStartYear - 1,
            coreApplicationWindow.value,
            false,
            [coreApplicationWindow.id],
          ),
        ]
      : []),
    rotationMilestone('core-training-start', coreStartYear, [coreRuleId]),
    windowIn('st4-application-window', st4StartYear - 1, stFourApplicationWindow.value, false, [
      stFourApplicationWindow.id,
      palliativeGroupOne.id,
    ]),
    // ST4 person specifications need the full diploma by the round's first offers deadline.
    firstOffersDeadline(st4StartYear, [
      stFourFirstOffersDeadline.id,
      mrcpByStFourOffer.id,
      coreRuleId,
    ]),
  ];
}

/**
 * The steps to ST4 by the Alternative Certificate: Part 1 of MRCP(UK) and the certificate ready when
 * applications open, the application round, and the full MRCP(UK) by the first offers deadline. Steps
 * the person has already passed (MRCP) are left out.
 */
function alternativeCertificateMilestones(plan: Plan, anchors: Anchors): MilestoneDraft[] {
  const { st4StartYear } = anchors;
  if (st4StartYear === null) return [];
  const window = windowIn(
    'st4-application-window',
    st4StartYear - 1,
    stFourApplicationWindow.value,
    false,
    [stFourApplicationWindow.id, alternativeCertificate.id, palliativeGroupOne.id],
  );
  // Both are needed by the time you apply, so they span the application window.
  const byApplying = (id: MilestoneId, ruleIds: readonly RuleId[]): MilestoneDraft => ({
    id,
    date: window.date,
    ...(window.endDate === undefined ? {} : { endDate: window.endDate }),
    precision: 'month',
    basis: 'estimate',
    ruleIds: [...ruleIds, stFourApplicationWindow.id],
  });
  return [
    ...(plan.mrcp === 'none' ? [byApplying('mrcp-part-1-by', [mrcpForStFourApplication.id])] : []),
    byApplying('alternative-certificate', [alternativeCertificate.id]),
    window,
    ...(plan.mrcp === 'full'
      ? []
      : [firstOffersDeadline(st4StartYear, [stFourFirstOffersDeadline.id, mrcpByStFourOffer.id])]),
  ];
}

function higherTrainingMilestones(anchors: Anchors, dates: RouteDates): MilestoneDraft[] {
  const { st4StartYear } = anchors;
  if (st4StartYear === null || dates.cct === null) return [];
  const hst = [higherTrainingLength.id, annualReview.id];
  const sce = firstSceDietOnOrAfter(rotationDate(st4StartYear + 2));
  return [
    rotationMilestone('st4-start', st4StartYear, [higherTrainingLength.id, palliativeGroupOne.id]),
    rotationMilestone('st5-start', st4StartYear + 1, hst),
    rotationMilestone('st6-start', st4StartYear + 2, hst),
    {
      id: 'sce-sitting',
      date: sce.date,
      precision: sce.basis === 'published' ? 'day' : 'month',
      basis: sce.basis,
      ruleIds: [specialtyCertificateExam.id],
    },
    rotationMilestone('st7-start', st4StartYear + 3, hst),
    {
      id: 'cct',
      date: dates.cct,
      precision: 'day',
      basis: 'estimate',
      ruleIds: [
        higherTrainingLength.id,
        dualCctSameDate.id,
        palliativeGroupOne.id,
        rotationStart.id,
      ],
    },
  ];
}

/** Every milestone from the start of the current stage, in no particular order. */
export function draftMilestones(plan: Plan, anchors: Anchors, dates: RouteDates): MilestoneDraft[] {
  const { startingPoint, medicalSchoolStartYear } = anchors;
  const beforeMedicalSchool = startingPoint === 'before-medical-school';
  const fromMedicalSchool = beforeMedicalSchool || startingPoint === 'medical-school';
  const fromFoundation = fromMedicalSchool || startingPoint === 'foundation';
  const fromOtherPost = startingPoint === 'other-post';
  const byCertificate = fromOtherPost && anchors.st4Route === 'alternative-certificate';
  const fromCore =
    fromFoundation || startingPoint === 'core-training' || (fromOtherPost && !byCertificate);
  return [
    ...(beforeMedicalSchool && medicalSchoolStartYear !== null
      ? entryMilestones(plan, medicalSchoolStartYear)
      : []),
    ...(fromMedicalSchool ? medicalSchoolMilestones(plan, anchors, dates) : []),
    ...(fromFoundation ? foundationMilestones(anchors, dates) : []),
    // Core training from another post starts with an application, as after Foundation.
    ...(fromCore ? coreMilestones(anchors, fromFoundation || fromOtherPost) : []),
    ...(byCertificate ? alternativeCertificateMilestones(plan, anchors) : []),
    ...higherTrainingMilestones(anchors, dates),
  ];
}
