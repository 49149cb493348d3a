/**
 * The pay engine's result as the pay page shows it: a row per financial year for the table and the
 * chart (the same numbers for both), and a one-sentence summary. Pure, so it is tested on its own.
 */
import type { CoreRoute } from '../../domain/rules/specialty';
import { gradeLabel, type PaySummary, type PayYear } from '../../domain/pay';
// Whole pounds without Intl, so the pay page makes no number format (pounds.ts says why).
import { formatPounds } from '../../domain/pay/pounds';

export type PayRow = {
  readonly financialYear: string;
  /** Where the person is during the year, such as "F1, then F2" or "Medical school". */
  readonly where: string;
  /** The figure shown, such as "£38,831", "No salary" or "Not known". */
  readonly amountText: string;
  /** Whole pounds for the chart, or null when there is no figure. */
  readonly amount: number | null;
  /** "at estimated 2026/27 rates", the working of an estimate, the reason there is no figure… */
  readonly notes: readonly string[];
  readonly status: PayYear['status'];
};

const STAGE_WORDS: Readonly<Record<string, string>> = {
  school: 'School',
  'first-degree': 'First degree',
  'gap-years': 'Before medical school',
  'medical-school': 'Medical school',
  'time-out': 'Between training programmes',
  'core-training': 'Between training programmes',
  'time-out-before-higher': 'Between training programmes',
  foundation: 'Foundation',
  'higher-specialty-training': 'Specialty training',
  consultant: 'Consultant',
};

function whereDuring(year: PayYear, coreRoute: CoreRoute): string {
  const labels: string[] = [];
  for (const part of year.parts) {
    // Days before the plan are not where the plan has you (their note says why they have no figure).
    if (part.kind === 'before-plan' || part.unknownReason === 'before-plan') continue;
    const label = part.grade
      ? gradeLabel(part.grade, coreRoute)
      : (STAGE_WORDS[part.stage ?? ''] ?? 'Not in training');
    const shown = label.startsWith('Consultant') ? 'Consultant' : label;
    if (labels[labels.length - 1] !== shown) labels.push(shown);
  }
  // "F2, then not in training": words after the first are not capitalised, abbreviations keep theirs.
  return labels
    .map((label, index) =>
      index > 0 && /^[A-Z][a-z]/.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label,
    )
    .join(', then ');
}

function notesFor(year: PayYear): string[] {
  const notes: string[] = [];
  // An estimated year says so in its label; a published scale with some worked-out points says that.
  if (year.label && year.estimated) notes.push(year.label);
  else if (year.derived) notes.push('includes figures worked out by Pathway');
  if (year.ltftAllowance > 0)
    notes.push(`includes ${formatPounds(year.ltftAllowance)} part-time allowance`);
  if (year.status === 'partly-known')
    notes.push(`${formatPounds(year.knownAmount)} is known for part of the year`);
  for (const part of year.parts) {
    // School and medical school years say so in "Where you are"; the page explains student finance once.
    if (part.kind === 'no-salary' || part.kind === 'before-plan') continue;
    const explanation = part.explanation?.replace(/\.+$/, '');
    if (explanation && !notes.includes(explanation)) notes.push(explanation);
  }
  // Each note is shown as a sentence of its own.
  return notes.map((note) => (note[0]?.toUpperCase() ?? '') + note.slice(1));
}

function amountText(year: PayYear): string {
  if (year.status === 'no-salary') return 'No salary';
  if (year.amount === null) return 'Not known';
  return formatPounds(year.amount);
}

export function payRows(summary: PaySummary, coreRoute: CoreRoute): PayRow[] {
  return summary.years.map((year) => ({
    financialYear: year.financialYear,
    where: whereDuring(year, coreRoute),
    amountText: amountText(year),
    amount: year.amount,
    notes: notesFor(year),
    status: year.status,
  }));
}

/** The full-time yearly rate on the first day of a grade, with the rates it comes from. */
function firstRate(
  summary: PaySummary,
  matches: (grade: string) => boolean,
): { rate: number; label: string } | null {
  for (const year of summary.years) {
    for (const part of year.parts) {
      if (part.grade && matches(part.grade) && part.annualRate !== null && part.ratesLabel) {
        return { rate: part.annualRate, label: part.ratesLabel };
      }
    }
  }
  return null;
}

/** "Your full-time basic pay would rise from £38,831 a year as an F1 doctor to £73,992 in ST6 and ST7…" */
export function paySummarySentence(summary: PaySummary): string | null {
  const f1 = firstRate(summary, (grade) => grade === 'f1');
  const senior = firstRate(summary, (grade) => grade === 'st6');
  const consultant = firstRate(summary, (grade) => grade.startsWith('consultant'));
  const rates = (consultant ?? senior ?? f1)?.label ?? `at ${summary.latestScaleYear} rates`;
  if (f1 && senior && consultant) {
    return `Your full-time basic pay would rise from ${formatPounds(f1.rate)} a year as an F1 doctor to ${formatPounds(senior.rate)} in ST6 and ST7, and start at ${formatPounds(consultant.rate)} as a consultant, ${rates}.`;
  }
  if (senior && consultant) {
    return `Your full-time basic pay would be ${formatPounds(senior.rate)} a year in ST6 and ST7, and start at ${formatPounds(consultant.rate)} as a consultant, ${rates}.`;
  }
  if (consultant)
    return `Your full-time basic pay would start at ${formatPounds(consultant.rate)} a year as a consultant, ${rates}.`;
  return null;
}

/** The chart's text alternative: what it shows and where the numbers are. */
export function chartDescription(rows: readonly PayRow[]): string {
  const known = rows.filter(
    (row): row is PayRow & { amount: number } => row.amount !== null && row.amount > 0,
  );
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last)
    return 'Bar chart of basic pay by financial year. There are no figures to show yet.';
  return `Bar chart of basic pay by financial year, from ${formatPounds(first.amount)} in ${first.financialYear} to ${formatPounds(last.amount)} in ${last.financialYear}. The table below has every figure.`;
}
