import { useState } from 'react';
import { schoolYearInNation } from '../../domain/plan/school-years';
import type { Nation } from '../../domain/plan/types';
import { Radios } from '../../ui/Radios';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

const OPTIONS: ReadonlyArray<{ value: Nation; label: string }> = [
  { value: 'england', label: 'England' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'wales', label: 'Wales' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
];

/** Which UK nation: some rules, and pay, differ between them. */
export function NationQuestion({ answers, backHref, onSave }: QuestionProps) {
  const [nation, setNation] = useState<Nation | ''>(answers.nation ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (nation === '') {
      setError('Select where you live or plan to train');
      return;
    }
    const { now } = answers;
    // A pupil's school year moves to the new nation's numbering, at the same point in school.
    onSave(
      now?.stage === 'school' && now.yearGroup !== undefined && nation !== answers.nation
        ? {
            nation,
            now: { ...now, yearGroup: schoolYearInNation(answers.nation, nation, now.yearGroup) },
          }
        : { nation },
    );
  };
  return (
    <QuestionPage
      title="Where do you live or plan to train?"
      backHref={backHref}
      errors={error ? [{ href: '#nation', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="About you" />
      <Radios
        name="nation"
        legend="Where do you live or plan to train?"
        legendIsHeading
        hint="Some rules and pay differ between the UK nations"
        options={OPTIONS}
        value={nation}
        onChange={setNation}
        error={error}
      />
    </QuestionPage>
  );
}
