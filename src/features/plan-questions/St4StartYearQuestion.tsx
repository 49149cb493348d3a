import { useState } from 'react';
import { firstOpenAlternativeCertificateYear } from '../../domain/timeline/anchors';
import { Radios } from '../../ui/Radios';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

/** How many Augusts are offered, from the first round the person can still apply in. */
const YEARS_OFFERED = 5;

/** When an Alternative Certificate applicant wants to start ST4: one of the next few Augusts. */
export function St4StartYearQuestion({ answers, today, backHref, onSave }: QuestionProps) {
  const mrcp = answers.mrcp === 'full' || answers.mrcp === 'part-1' ? answers.mrcp : 'none';
  const first = firstOpenAlternativeCertificateYear(today, mrcp, answers.appliedInCurrentRound);
  const offered = Array.from({ length: YEARS_OFFERED }, (_, index) => first + index);
  const saved = answers.plannedSt4Year;
  // A later year saved from a plan made elsewhere stays a choice; an earlier one has passed.
  const years =
    saved !== undefined && saved > (offered.at(-1) ?? first) ? [...offered, saved] : offered;
  const [year, setYear] = useState(
    saved !== undefined && years.includes(saved) ? String(saved) : '',
  );
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (year === '') setError('Select when you want to start ST4');
    else onSave({ plannedSt4Year: Number(year) });
  };
  const hint =
    mrcp === 'none'
      ? 'ST4 posts start in August. You apply in November and December the year before, with MRCP(UK) Part 1 and your Alternative Certificate, so the first August shown is the first round that opens after today.'
      : 'ST4 posts start in August. You apply in November and December the year before, with your Alternative Certificate. The first August shown is the first round you can still apply in.';
  return (
    <QuestionPage
      title="When do you want to start ST4?"
      backHref={backHref}
      errors={error ? [{ href: '#st4-start-year', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="Your route" />
      <Radios
        name="st4-start-year"
        legend="When do you want to start ST4?"
        legendIsHeading
        hint={hint}
        options={years.map((option) => ({
          value: String(option),
          label: `August ${option}`,
          hint: `Apply in November or December ${option - 1}`,
        }))}
        value={year}
        onChange={setYear}
        error={error}
      />
    </QuestionPage>
  );
}
