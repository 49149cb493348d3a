import { useState } from 'react';
import { dayOf, monthOf, parseIsoDate, yearOf } from '../../domain/dates';
import { readDateParts } from '../../domain/plan/date-parts';
import { dateOfBirthProblem } from '../../domain/plan/validate';
import { DateInput, type DateParts } from '../../ui/DateInput';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';

function savedParts(value: string | undefined): DateParts {
  const date = parseIsoDate(value);
  return date
    ? { day: String(dayOf(date)), month: String(monthOf(date)), year: String(yearOf(date)) }
    : { day: '', month: '', year: '' };
}

/** Date of birth, so every step can show the person's age. */
export function DateOfBirthQuestion({ answers, today, backHref, onSave }: QuestionProps) {
  const [parts, setParts] = useState<DateParts>(savedParts(answers.dateOfBirth));
  const [error, setError] = useState<{
    message: string;
    parts: ReadonlyArray<keyof DateParts>;
  } | null>(null);

  const save = () => {
    const read = readDateParts(parts, 'Date of birth');
    if (!read.ok) {
      setError({ message: read.message, parts: read.parts });
      return;
    }
    const problem = dateOfBirthProblem(read.date, today);
    if (problem) {
      setError({ message: problem.message, parts: ['day', 'month', 'year'] });
      return;
    }
    onSave({ dateOfBirth: read.date });
  };

  const errors: ErrorSummaryItem[] = error
    ? [{ href: `#date-of-birth-${error.parts[0] ?? 'day'}`, message: error.message }]
    : [];
  return (
    <QuestionPage
      title="What is your date of birth?"
      backHref={backHref}
      errors={errors}
      onContinue={save}
    >
      <span className="nhsuk-caption-l">About you</span>
      <DateInput
        id="date-of-birth"
        legend="What is your date of birth?"
        legendIsHeading
        hint="To show your age at each step. For example, 14 3 2011"
        value={parts}
        onChange={setParts}
        error={error?.message}
        errorParts={error?.parts}
        isBirthday
      />
    </QuestionPage>
  );
}
