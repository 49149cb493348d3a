import { useState } from 'react';
import { MRCP_PROGRESS, type MrcpProgress } from '../../domain/plan/types';
import { Radios } from '../../ui/Radios';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

const LABELS: Readonly<Record<MrcpProgress, string>> = {
  full: 'Yes, I have the full diploma',
  'part-1': 'I have passed Part 1',
  none: 'Not yet',
};

/** How much of MRCP(UK) an Alternative Certificate applicant has passed. */
export function MrcpQuestion({ answers, backHref, onSave }: QuestionProps) {
  const saved = answers.mrcp;
  const [mrcp, setMrcp] = useState<MrcpProgress | ''>(
    MRCP_PROGRESS.find((option) => option === saved) ?? '',
  );
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (mrcp === '') setError('Select how much of MRCP(UK) you have passed');
    else onSave({ mrcp });
  };
  return (
    <QuestionPage
      title="Have you passed MRCP(UK)?"
      backHref={backHref}
      errors={error ? [{ href: '#mrcp', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="Your route" />
      <Radios
        name="mrcp"
        legend="Have you passed MRCP(UK)?"
        legendIsHeading
        hint="You need Part 1 when you apply for ST4 and the full diploma by the first offers deadline, in April. If you have the full MRCPI diploma after Irish Basic Specialty Training, choose the full diploma."
        options={(['full', 'part-1', 'none'] as const).map((value) => ({
          value,
          label: LABELS[value],
        }))}
        value={mrcp}
        onChange={setMrcp}
        error={error}
      />
    </QuestionPage>
  );
}
