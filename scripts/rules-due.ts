/**
 * Lists every rule by the date it is due to be checked again, soonest first, with those already due
 * at the top. Run with `npm run rules:due` (CI prints it on every run); `--today=YYYY-MM-DD` checks
 * another day. It never fails: a rule being due is work to do, not a broken build.
 */
import { type IsoDate, formatLongDate, isoDate, parseIsoDate } from '../src/domain/dates';
import { allRules } from '../src/domain/rules';
import { rulesByReviewDate } from '../src/domain/rules/due';

function todayInTheUk(): IsoDate {
  const [year, month, day] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' })
    .format(new Date())
    .split('-')
    .map(Number);
  return isoDate(year ?? 0, month ?? 0, day ?? 0);
}

const argument = process.argv.find((arg) => arg.startsWith('--today='));
const today = argument ? parseIsoDate(argument.slice('--today='.length)) : todayInTheUk();
if (today === null) {
  console.error('--today must be a real date written YYYY-MM-DD');
  process.exit(1);
}

const reviews = rulesByReviewDate(allRules, today);
const due = reviews.filter((review) => review.due);
const line = (review: (typeof reviews)[number]) =>
  `  ${formatLongDate(review.reviewBy).padEnd(18)} ${review.id.padEnd(40)} ${review.title} (checked ${formatLongDate(review.checkedOn)})`;

console.log(
  `Rules due for checking on ${formatLongDate(today)}: ${due.length === 0 ? 'none' : due.length}`,
);
for (const review of due) console.log(line(review));
console.log(`\nNot yet due (${reviews.length - due.length}), soonest first:`);
for (const review of reviews.filter((item) => !item.due)) console.log(line(review));
