/**
 * Times the roles page's one computation: the academic route for the open plan (its timeline, the
 * research period from the start of ST5, and the timeline again with it). Run with
 * `npx tsx scripts/bench-roles.ts`; the target is a median under 0.2 ms per call, and the exit code is
 * 1 if it is over.
 */
import type { IsoDate } from '../src/domain/dates';
import { academicRoute } from '../src/domain/roles/academic-route';
import { describeTiming, footer, timePerCall, withinTarget } from './bench-timing';

const TODAY = '2026-11-25' as IsoDate;

const plan = {
  dateOfBirth: '2011-03-14',
  nation: 'england',
  now: { stage: 'school', yearGroup: 11 },
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
} as const;

const check = academicRoute(plan, TODAY);
if (!check.ok) throw new Error(`the academic route was refused: ${check.message}`);
const timing = timePerCall(() => academicRoute(plan, TODAY));
console.log(
  `Academic route for a Year 11 plan: CCT ${check.cctBefore} → ${check.cctAfter}\n  ${describeTiming(timing)}`,
);
console.log(`\n${footer()}`);
process.exitCode = withinTarget(timing) ? 0 : 1;
