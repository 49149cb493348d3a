import { useState } from 'react';
import { Radios } from '../../ui/Radios';
import { QuestionPage } from './QuestionPage';

type YesNoQuestionProps = {
  readonly name: string;
  readonly caption: string;
  readonly question: string;
  readonly hint: string;
  readonly saved: boolean | undefined;
  readonly errorMessage: string;
  readonly backHref: string;
  readonly onSave: (answer: boolean) => void;
};

/** A yes or no question on its own page. */
export function YesNoQuestion({
  name,
  caption,
  question,
  hint,
  saved,
  errorMessage,
  backHref,
  onSave,
}: YesNoQuestionProps) {
  const [answer, setAnswer] = useState<'yes' | 'no' | ''>(
    saved === undefined ? '' : saved ? 'yes' : 'no',
  );
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (answer === '') setError(errorMessage);
    else onSave(answer === 'yes');
  };
  return (
    <QuestionPage
      title={question}
      backHref={backHref}
      errors={error ? [{ href: `#${name}`, message: error }] : []}
      onContinue={save}
    >
      <span className="nhsuk-caption-l">{caption}</span>
      <Radios
        name={name}
        legend={question}
        legendIsHeading
        hint={hint}
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={answer}
        onChange={setAnswer}
        error={error}
      />
    </QuestionPage>
  );
}
