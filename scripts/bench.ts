/**
 * Times buildTimeline for a typical plan and a worst case (the longest route the rules allow: a pupil
 * in S1 in Scotland, the earliest school year asked about, 6-year course with intercalation, maximum gap and F3 years, ACCS-IM). Reports the median time
 * per call over many batches. Run with `npm run bench`; the target is under 0.2 ms per call.
 */
import { buildTimeline } from '../src/domain/timeline/build-timeline';
import { describeTiming, footer, timePerCall, withinTarget } from './bench-timing';

const TODAY = '2026-11-25';

const cases = {
  'typical: Year 11 pupil, standard course, IMT': {
    dateOfBirth: '2011-03-14',
    nation: 'england',
    now: { stage: 'school', yearGroup: 11 },
    medicalSchoolRoute: 'standard',
    intercalate: false,
    gapYearsBeforeMedicalSchool: 0,
    yearsBeforeCoreTraining: 0,
    coreRoute: 'imt',
  },
  'worst case: S1 in Scotland, integrated degree + intercalation, 10 gap and 10 F3 years, ACCS-IM':
    {
      dateOfBirth: '2014-03-01',
      nation: 'scotland',
      now: { stage: 'school', yearGroup: 1 },
      medicalSchoolRoute: 'integrated-degree',
      intercalate: true,
      gapYearsBeforeMedicalSchool: 10,
      yearsBeforeCoreTraining: 10,
      coreRoute: 'accs-im',
    },
  'part time: Year 11 with 40 part-time periods and time out across training': {
    dateOfBirth: '2011-03-14',
    now: { stage: 'school', yearGroup: 11 },
    changes: Array.from({ length: 40 }, (_, index) => {
      // Alternating 60% and 80% blocks of 70 days from F1, with a 14-day career break every tenth.
      const start = new Date(Date.UTC(2034, 7, 2 + index * 80)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2034, 7, 2 + index * 80 + 69)).toISOString().slice(0, 10);
      return index % 10 === 9
        ? { kind: 'oopc', start, end }
        : { kind: 'ltft', start, end, wte: index % 2 === 0 ? 0.6 : 0.8 };
    }),
  },
  'doctor: ST5': {
    dateOfBirth: '1993-06-02',
    nation: 'wales',
    now: { stage: 'st', year: 5 },
  },
} as const;

let failures = 0;
for (const [name, plan] of Object.entries(cases)) {
  const check = buildTimeline(plan, TODAY);
  if (!check.ok) throw new Error(`${name}: the plan was rejected: ${JSON.stringify(check.errors)}`);
  const timing = timePerCall(() => buildTimeline(plan, TODAY));
  if (!withinTarget(timing)) failures += 1;
  console.log(
    `${name}\n  ${check.timeline.milestones.length} milestones; ${describeTiming(timing)}`,
  );
}
console.log(`\n${footer()}`);
process.exitCode = failures > 0 ? 1 : 0;
