/**
 * Times calculateCct for a plan with 40 periods over 8 years: less than full time at changing WTEs,
 * OOPT, OOPR, parental and unpaid leave, a career break and sickness (enough to trigger the absence
 * review, so the "if made up" date is worked out too). Reports the median time per call over many
 * batches. Run with `npx tsx scripts/bench-cct.ts`; the target is under 0.2 ms per call, and the exit
 * code is 1 if the median is over it.
 */
import { calculateCct } from '../src/domain/cct';
import { describeTiming, footer, timePerCall, withinTarget } from './bench-timing';

const DAY = 86_400_000;
const iso = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * 34 periods laid end to end from 5 August 2026 to 4 August 2034 (8 years, about 85 days each), and 6
 * spells of sickness inside the less than full time ones: 40 in all.
 */
function fortyPeriods(): unknown[] {
  const pattern = ['ltft', 'ltft', 'oopt', 'ltft', 'parental-leave', 'ltft', 'oopr', 'ltft'];
  const wtes = [0.8, 0.6, 0.7, 0.5, 0.9];
  const end = dayOf('2034-08-04');
  const changes: unknown[] = [];
  let sickness = 0;
  let next = dayOf('2026-08-05');
  for (let index = 0; index < 34; index += 1) {
    const kind =
      index === 17
        ? 'oopc'
        : index === 25
          ? 'unpaid-leave'
          : (pattern[index % pattern.length] ?? 'ltft');
    const first = next;
    const last = index === 33 ? end : first + 84;
    next = last + 1;
    if (kind === 'ltft') {
      changes.push({ kind, start: iso(first), end: iso(last), wte: wtes[index % wtes.length] });
      if (sickness < 6 && index % 3 === 0) {
        sickness += 1;
        changes.push({ kind: 'sickness', start: iso(first + 10), end: iso(first + 19) });
      }
    } else if (kind === 'oopr') {
      changes.push({ kind, start: iso(first), end: iso(last), credit: 0.5 });
    } else {
      changes.push({ kind, start: iso(first), end: iso(last) });
    }
  }
  return changes;
}

const input = {
  today: '2026-11-25',
  programme: { start: '2026-08-05', fullTimeCct: '2032-08-03' },
  changes: fortyPeriods(),
};

if (input.changes.length !== 40)
  throw new Error(`expected 40 periods, built ${input.changes.length}`);
const check = calculateCct(input);
if (!check.ok) throw new Error(`the plan was rejected: ${JSON.stringify(check.errors)}`);
const first = input.changes[0] as { start: string };
const last = input.changes.at(-1) as { end: string };
const timing = timePerCall(() => calculateCct(input));
console.log(
  `40 periods from ${first.start} to ${last.end}; CCT ${check.cct}, ${check.segments.length} segments, ` +
    `review ${check.reviewTriggered ? 'triggered' : 'not triggered'}\n  ${describeTiming(timing)}`,
);
console.log(`\n${footer()}`);
process.exitCode = withinTarget(timing) ? 0 : 1;
