/**
 * Times buildTimeline for a typical plan and a worst case (the longest route the rules allow: a Year 9
 * pupil, 6-year course with intercalation, maximum gap and F3 years, ACCS-IM). Reports the median time
 * per call over many batches. Run with `npm run bench`; the target is under 0.2 ms per call.
 */
import { buildTimeline } from '../src/domain/timeline/build-timeline';

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
  'worst case: Year 9, integrated degree + intercalation, 10 gap and 10 F3 years, ACCS-IM': {
    dateOfBirth: '2013-02-28',
    nation: 'scotland',
    now: { stage: 'school', yearGroup: 9 },
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

const BATCHES = 200;
const CALLS_PER_BATCH = 200;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0
    ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    : (sorted[middle] ?? 0);
}

let failures = 0;
for (const [name, plan] of Object.entries(cases)) {
  const check = buildTimeline(plan, TODAY);
  if (!check.ok) throw new Error(`${name}: the plan was rejected: ${JSON.stringify(check.errors)}`);
  for (let warmUp = 0; warmUp < 2_000; warmUp += 1) buildTimeline(plan, TODAY);

  const perCall: number[] = [];
  for (let batch = 0; batch < BATCHES; batch += 1) {
    const start = performance.now();
    for (let call = 0; call < CALLS_PER_BATCH; call += 1) buildTimeline(plan, TODAY);
    perCall.push((performance.now() - start) / CALLS_PER_BATCH);
  }
  const medianMs = median(perCall);
  const slowest = Math.max(...perCall);
  const verdict = medianMs < 0.2 ? 'within' : 'OVER';
  if (medianMs >= 0.2) failures += 1;
  console.log(
    `${name}\n  ${check.timeline.milestones.length} milestones; median ${(medianMs * 1000).toFixed(1)} µs per call ` +
      `(slowest batch ${(slowest * 1000).toFixed(1)} µs), ${verdict} the 200 µs target`,
  );
}
console.log(`\nNode ${process.version}, ${BATCHES} batches of ${CALLS_PER_BATCH} calls per case.`);
process.exitCode = failures > 0 ? 1 : 0;
