import { useState } from 'react';
import type { Nation } from '../../domain/plan/types';
import { schoolYearLabel, schoolYearsOf } from '../../domain/plan/school-years';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Radios } from '../../ui/Radios';
import { Select } from '../../ui/Select';
import { withFullStop } from './full-stop';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

type SchoolYearCheckProps = {
  readonly nation: Nation | string | undefined;
  /** The year the person gave, and the one their date of birth usually means. */
  readonly given: number;
  readonly usual: number;
  readonly age: number;
  readonly backHref: string;
  /** The school year to keep: the one given (confirmed), or another chosen here. */
  readonly onConfirm: (yearGroup: number) => void;
};

/**
 * Asked once when a pupil's school year is two or more years from the one their date of birth usually
 * means ("You are usually in Year 11 at 15. Is Year 13 right?"). Either answer is accepted: people repeat
 * or skip years, and move between nations.
 */
export function SchoolYearCheck({
  nation,
  given,
  usual,
  age,
  backHref,
  onConfirm,
}: SchoolYearCheckProps) {
  const [answer, setAnswer] = useState<'yes' | 'no' | ''>('');
  const [other, setOther] = useState('');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const { first, last } = schoolYearsOf(nation);
  const givenLabel = schoolYearLabel(nation, given);
  const title = `Is ${givenLabel} right?`;
  const usualText =
    usual >= first && usual <= last
      ? `You are usually in ${schoolYearLabel(nation, usual)} at ${age}.`
      : `Most people in ${givenLabel} are about ${age + given - usual} years old.`;
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);

  const save = () => {
    if (answer === '') {
      setErrors([
        {
          href: '#school-year-check',
          message: withFullStop(`Select yes if ${givenLabel} is right`),
        },
      ]);
      return;
    }
    if (answer === 'no' && other === '') {
      setErrors([{ href: '#school-year-other', message: 'Select which school year you are in.' }]);
      return;
    }
    onConfirm(answer === 'yes' ? given : Number(other));
  };
  const errorFor = (href: string) => errors.find((error) => error.href === href)?.message;

  return (
    <QuestionPage title={title} backHref={backHref} errors={errors} onContinue={save}>
      <QuestionCaption section="About you" />
      <Radios
        name="school-year-check"
        legend={title}
        legendIsHeading
        hint={`${usualText} You may be in a different year, for example if you repeated or skipped a year or moved from another country.`}
        options={[
          { value: 'yes', label: `Yes, ${givenLabel} is right` },
          {
            value: 'no',
            label: 'No, I am in a different year',
            conditional: (
              <Select
                id="school-year-other"
                label="Which school year are you in?"
                options={[
                  { value: '', label: 'Select a year' },
                  ...years.map((year) => ({
                    value: String(year),
                    label: schoolYearLabel(nation, year),
                  })),
                ]}
                value={other}
                onChange={setOther}
                error={errorFor('#school-year-other')}
              />
            ),
          },
        ]}
        value={answer}
        onChange={setAnswer}
        error={errorFor('#school-year-check')}
      />
    </QuestionPage>
  );
}
