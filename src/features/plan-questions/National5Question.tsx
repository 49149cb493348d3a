import { useState } from 'react';
import { readTopGradesCount, topGradesTermsFor } from '../../domain/plan/nation-qualifications';
import { TextInput } from '../../ui/TextInput';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

/**
 * Scotland's exams at 16: how many National 5s are at grade A. Optional (left empty, it is not known
 * yet); a count, when given, must be a whole number in range.
 */
export function National5Question({ answers, backHref, onSave }: QuestionProps) {
  const terms = topGradesTermsFor('scotland');
  const saved = answers.qualifications?.national5?.topGrades;
  const [count, setCount] = useState(saved === undefined ? '' : String(saved));
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    const read = readTopGradesCount(count, terms);
    if (!read.ok) {
      setError(read.message);
      return;
    }
    onSave({
      qualifications: {
        ...answers.qualifications,
        national5: read.count === undefined ? {} : { topGrades: read.count },
      },
    });
  };
  return (
    <QuestionPage
      title={terms.question}
      backHref={backHref}
      errors={error ? [{ href: '#national-5-top-grades', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="Your qualifications" />
      <TextInput
        id="national-5-top-grades"
        label={terms.question}
        labelIsHeading
        hint={`${terms.hint} Leave this empty if you do not know yet.`}
        width={2}
        numeric
        value={count}
        onChange={setCount}
        error={error}
      />
    </QuestionPage>
  );
}
