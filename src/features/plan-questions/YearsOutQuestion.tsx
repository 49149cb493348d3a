import { useState } from 'react';
import { Radios } from '../../ui/Radios';
import { yearsLabel } from './labels';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

/** The choices offered; the engine accepts more, and a plan saved with more keeps its value. */
const CHOICES = [0, 1, 2, 3];

type YearsOutQuestionProps = {
  readonly name: string;
  readonly caption: string;
  readonly question: string;
  readonly hint: string;
  readonly noneLabel: string;
  readonly saved: number | undefined;
  readonly backHref: string;
  readonly onSave: (years: number) => void;
};

/** How many years out of education or training: none, 1, 2 or 3. */
export function YearsOutQuestion({
  name,
  caption,
  question,
  hint,
  noneLabel,
  saved,
  backHref,
  onSave,
}: YearsOutQuestionProps) {
  const [years, setYears] = useState(saved === undefined ? '' : String(saved));
  const [error, setError] = useState<string | undefined>();
  const choices = saved !== undefined && !CHOICES.includes(saved) ? [...CHOICES, saved] : CHOICES;
  const save = () => {
    if (years === '') setError('Select how many years, or none');
    else onSave(Number(years));
  };
  return (
    <QuestionPage
      title={question}
      backHref={backHref}
      errors={error ? [{ href: `#${name}`, message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section={caption} />
      <Radios
        name={name}
        legend={question}
        legendIsHeading
        hint={hint}
        options={choices.map((choice) => ({
          value: String(choice),
          label: choice === 0 ? noneLabel : yearsLabel(choice),
        }))}
        value={years}
        onChange={setYears}
        error={error}
      />
    </QuestionPage>
  );
}
