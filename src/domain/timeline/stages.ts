/** The stages of a route as contiguous date ranges, from the person's current stage onwards. */
import { rotationDate } from '../calendar';
import { type IsoDate, addDays, addYears, isoDate } from '../dates';
import { courseLengths, courseStartMonth, graduationMonth } from '../rules/medical-school';
import { foundationProgrammeLength } from '../rules/foundation';
import {
  coreTrainingLengths,
  dualCctSameDate,
  higherTrainingLength,
  rotationStart,
} from '../rules/specialty';
import { alternativeCertificate } from '../rules/other-routes';
import type { Plan } from '../plan/types';
import { stageTitle } from './text';
import type { Anchors, RouteDates, Stage, StageId } from './types';
import type { RuleId } from '../rules/types';

export function findRouteDates(anchors: Anchors): RouteDates {
  const { medicalSchoolStartYear, graduationYear, coreStartYear, st4StartYear } = anchors;
  const st4Start = st4StartYear === null ? null : rotationDate(st4StartYear);
  return {
    medicalSchoolStart:
      medicalSchoolStartYear === null
        ? null
        : isoDate(medicalSchoolStartYear, courseStartMonth.value.month, courseStartMonth.value.day),
    f1Start: graduationYear === null ? null : rotationDate(graduationYear),
    f2Start: graduationYear === null ? null : rotationDate(graduationYear + 1),
    foundationEnd:
      graduationYear === null
        ? null
        : addDays(rotationDate(graduationYear + foundationProgrammeLength.value.years), -1),
    coreStart: coreStartYear === null ? null : rotationDate(coreStartYear),
    coreEnd:
      coreStartYear === null ? null : addDays(rotationDate(coreStartYear + anchors.coreYears), -1),
    st4Start,
    // The CCT falls the day before the anniversary of the ST4 start, 4 years on (cct-rule.md §3.1).
    cct:
      st4Start === null ? null : addDays(addYears(st4Start, higherTrainingLength.value.years), -1),
  };
}

type StageDraft = {
  readonly id: StageId;
  readonly start: IsoDate;
  readonly ruleIds: readonly RuleId[];
};

function septemberFirst(year: number): IsoDate {
  return isoDate(year, courseStartMonth.value.month, courseStartMonth.value.day);
}

/**
 * Each stage ends the day before the next begins, so the ranges can have no gaps or overlaps. The first
 * stage reaches back to `earliestMilestone` when the current application round began before the current
 * academic year (a Year 13 pupil's UCAT registration opened in Year 12).
 */
export function buildStages(
  plan: Plan,
  anchors: Anchors,
  dates: RouteDates,
  earliestMilestone: IsoDate | null,
): Stage[] {
  const drafts: StageDraft[] = [];
  const { startingPoint, academicYear, schoolLeavingYear, degreeEndYear } = anchors;

  if (startingPoint === 'before-medical-school') {
    if (schoolLeavingYear !== null)
      drafts.push({ id: 'school', start: septemberFirst(academicYear), ruleIds: [] });
    if (degreeEndYear !== null) {
      const start =
        schoolLeavingYear === null
          ? septemberFirst(academicYear)
          : septemberFirst(schoolLeavingYear);
      drafts.push({ id: 'first-degree', start, ruleIds: [] });
    }
    const lastEducationEnd = degreeEndYear ?? schoolLeavingYear;
    const gapStart =
      lastEducationEnd === null ? septemberFirst(academicYear) : septemberFirst(lastEducationEnd);
    if (dates.medicalSchoolStart !== null && gapStart < dates.medicalSchoolStart) {
      drafts.push({ id: 'gap-years', start: gapStart, ruleIds: [] });
    }
  }
  if (dates.medicalSchoolStart !== null) {
    drafts.push({
      id: 'medical-school',
      start: dates.medicalSchoolStart,
      ruleIds: [courseLengths[plan.medicalSchoolRoute].id, courseStartMonth.id, graduationMonth.id],
    });
  }
  if (dates.f1Start !== null && dates.foundationEnd !== null) {
    drafts.push({
      id: 'foundation',
      start: dates.f1Start,
      ruleIds: [foundationProgrammeLength.id, rotationStart.id],
    });
    if (dates.coreStart !== null && addDays(dates.foundationEnd, 1) < dates.coreStart) {
      drafts.push({ id: 'time-out', start: addDays(dates.foundationEnd, 1), ruleIds: [] });
    }
  }
  if (startingPoint === 'other-post') {
    // Started, as every stage is taken to have, at this training year's rotation.
    drafts.push({
      id: 'other-post',
      start: rotationDate(anchors.trainingYear),
      ruleIds: anchors.st4Route === 'alternative-certificate' ? [alternativeCertificate.id] : [],
    });
  }
  if (dates.coreStart !== null) {
    drafts.push({
      id: 'core-training',
      start: dates.coreStart,
      ruleIds: [coreTrainingLengths[anchors.coreRoute].id],
    });
  }
  if (
    dates.coreEnd !== null &&
    dates.st4Start !== null &&
    addDays(dates.coreEnd, 1) < dates.st4Start
  ) {
    drafts.push({ id: 'time-out-before-higher', start: addDays(dates.coreEnd, 1), ruleIds: [] });
  }
  if (dates.st4Start !== null) {
    drafts.push({
      id: 'higher-specialty-training',
      start: dates.st4Start,
      ruleIds: [higherTrainingLength.id],
    });
  }
  // Someone who is already a consultant is taken to have started at this training year's rotation.
  const consultantStart =
    dates.cct === null ? rotationDate(anchors.trainingYear) : addDays(dates.cct, 1);
  drafts.push({ id: 'consultant', start: consultantStart, ruleIds: [dualCctSameDate.id] });

  return drafts.map((draft, index) => {
    const next = drafts[index + 1];
    const reachesBack =
      index === 0 && earliestMilestone !== null && earliestMilestone < draft.start;
    return {
      id: draft.id,
      title: stageTitle(draft.id, anchors.coreRoute),
      start: reachesBack ? earliestMilestone : draft.start,
      end: next === undefined ? null : addDays(next.start, -1),
      ruleIds: draft.ruleIds,
    };
  });
}
