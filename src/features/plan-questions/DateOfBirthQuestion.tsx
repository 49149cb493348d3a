import { useState } from 'react';
import { type IsoDate, ageOn, dayOf, monthOf, parseIsoDate, yearOf } from '../../domain/dates';
import { usualSchoolYear } from '../../domain/plan/school-years';
import { NATIONS, type Nation } from '../../domain/plan/types';
import { readDateParts } from '../../domain/plan/date-parts';
import { dateOfBirthProblem } from '../../domain/plan/validate';
import { DateInput, type DateParts } from '../../ui/DateInput';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { SchoolYearCheck } from './SchoolYearCheck';
import { QuestionCaption } from './QuestionCaption';

function nationOf(value: string | undefined): Nation | undefined {
  return (NATIONS as readonly (string | undefined)[]).includes(value)
    ? (value as Nation)
    : undefined;
}

function savedParts(value: string | undefined): DateParts {
  const date = parseIsoDate(value);
  return date
    ? { day: String(dayOf(date)), month: String(monthOf(date)), year: String(yearOf(date)) }
    : { day: '', month: '', year: '' };
}

/** Date of birth, so every step can show the person's age. */
export function DateOfBirthQuestion({ answers, today, backHref, onSave }: QuestionProps) {
  const [parts, setParts] = useState<DateParts>(savedParts(answers.dateOfBirth));
  const [checking, setChecking] = useState<IsoDate | null>(null);
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
    const problem = dateOfBirthProblem(read.date, today, nationOf(answers.nation));
    if (problem) {
      setError({ message: problem.message, parts: ['day', 'month', 'year'] });
      return;
    }
    const alreadyChecked = answers.schoolYearChecked === true && answers.dateOfBirth === read.date;
    if (!alreadyChecked && yearLooksUnusual(read.date)) {
      setChecking(read.date);
      return;
    }
    onSave({ dateOfBirth: read.date, schoolYearChecked: alreadyChecked ? true : undefined });
  };

  /** A pupil's school year two or more years from the one this date of birth usually means. */
  function yearLooksUnusual(dateOfBirth: IsoDate): boolean {
    const { now } = answers;
    if (now?.stage !== 'school' || now.yearGroup === undefined) return false;
    return Math.abs(usualSchoolYear(answers.nation, dateOfBirth, today) - now.yearGroup) >= 2;
  }

  const now = answers.now;
  if (checking !== null && now?.stage === 'school' && now.yearGroup !== undefined) {
    return (
      <SchoolYearCheck
        nation={answers.nation}
        given={now.yearGroup}
        usual={usualSchoolYear(answers.nation, checking, today)}
        age={ageOn(checking, today)}
        backHref={backHref}
        onConfirm={(yearGroup) =>
          onSave({
            dateOfBirth: checking,
            now: { ...now, yearGroup },
            // Asked once: either answer is accepted.
            schoolYearChecked: true,
          })
        }
      />
    );
  }

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
      <QuestionCaption section="About you" />
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
