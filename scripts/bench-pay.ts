/**
 * Times the pay engine for a worst-case plan: a Year 11 pupil whose training has 40 part-time periods
 * and breaks (alternating 60% and 80% blocks with career breaks, parental leave and OOPR), so pay runs
 * from school to 15 years after CCT with every part-time and break stretch split by financial year and
 * month. The timed call is payForTimeline on the built timeline (the timeline engine has its own
 * benchmark in scripts/bench.ts); buildPay (timeline and pay together) is reported for information.
 * Run with `npx tsx scripts/bench-pay.ts`; the target is a median under 0.2 ms per call, and the exit
 * code is 1 if it is over.
 */
import { buildPay, payForTimeline } from '../src/domain/pay';
import { buildTimeline } from '../src/domain/timeline/build-timeline';
import { describeTiming, footer, timePerCall, withinTarget } from './bench-timing';

const TODAY = '2026-11-25';
const DAY = 86_400_000;
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/** 40 periods from F1 (2 August 2034): 70-day blocks 10 days apart, every part of the pay rules. */
function fortyPeriods(): unknown[] {
  const first = dayOf('2034-08-02');
  return Array.from({ length: 40 }, (_, index) => {
    const start = iso(first + index * 80);
    const end = iso(first + index * 80 + 69);
    if (index % 10 === 9) return { kind: 'oopc', start, end };
    if (index % 10 === 4) return { kind: 'parental-leave', start, end };
    if (index % 10 === 7) return { kind: 'oopr', start, end, credit: 0.5 };
    if (index % 10 === 2) return { kind: 'unpaid-leave', start, end };
    return { kind: 'ltft', start, end, wte: index % 2 === 0 ? 0.6 : 0.8 };
  });
}

const plan = {
  dateOfBirth: '2011-03-14',
  now: { stage: 'school', yearGroup: 11 },
  changes: fortyPeriods(),
};

const built = buildTimeline(plan, TODAY);
if (!built.ok) throw new Error(`the plan was rejected: ${JSON.stringify(built.errors)}`);
const { timeline } = built;
const check = payForTimeline(timeline);
const parts = check.years.reduce((sum, year) => sum + year.parts.length, 0);

const pay = timePerCall(() => payForTimeline(timeline));
const total = timePerCall(() => buildPay(plan, TODAY));
console.log(
  `Year 11 with ${plan.changes.length} part-time periods and breaks; CCT ${timeline.summary.cct}; ` +
    `${check.years.length} financial years, ${parts} parts, ${check.months.length} months\n` +
    `  payForTimeline: ${describeTiming(pay)}\n` +
    `  buildPay (timeline and pay, for information): median ${(total.medianMs * 1000).toFixed(1)} µs per call`,
);
console.log(`\n${footer()}`);
process.exitCode = withinTarget(pay) ? 0 : 1;
