/**
 * Times what the compare page works out when it opens: two plans' timelines (a Year 11 pupil on IMT,
 * and the same pupil with a gap year and ACCS-IM) and their comparison. Run with
 * `npx tsx scripts/bench-compare.ts`; the target is a median under 0.2 ms per call, and the exit code
 * is 1 if it is over.
 */
import { compareRoutes } from '../src/domain/compare/compare-routes';
import type { IsoDate } from '../src/domain/dates';
import { buildTimeline } from '../src/domain/timeline/build-timeline';
import { describeTiming, footer, timePerCall, withinTarget } from './bench-timing';

const TODAY = '2026-11-25' as IsoDate;

const imt = {
  dateOfBirth: '2011-03-14',
  nation: 'england',
  now: { stage: 'school', yearGroup: 11 },
  medicalSchoolRoute: 'standard',
  intercalate: false,
  gapYearsBeforeMedicalSchool: 0,
  yearsBeforeCoreTraining: 0,
  coreRoute: 'imt',
} as const;
const accsWithGapYear = { ...imt, gapYearsBeforeMedicalSchool: 1, coreRoute: 'accs-im' } as const;

function compareBoth() {
  const first = buildTimeline(imt, TODAY);
  const second = buildTimeline(accsWithGapYear, TODAY);
  if (!first.ok || !second.ok) throw new Error('a plan was rejected');
  return compareRoutes(first.timeline, second.timeline);
}

const check = compareBoth();
const timing = timePerCall(compareBoth);
console.log(
  `Compare IMT with a gap year and ACCS-IM: ${check.rows.length} rows, CCT ${check.cct.first} → ${check.cct.second}\n  ${describeTiming(timing)}`,
);
console.log(`\n${footer()}`);
process.exitCode = withinTarget(timing) ? 0 : 1;
