import { useState } from 'react';
import { CORE_ROUTES, type CoreRoute, coreTrainingLengths } from '../../domain/rules/specialty';
import { Radios } from '../../ui/Radios';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

const HINTS: Readonly<Record<CoreRoute, string>> = {
  imt: 'The usual route into medical specialties',
  'accs-im': 'Adds emergency medicine, anaesthetics and intensive care first',
};

const NAMES: Readonly<Record<CoreRoute, string>> = {
  imt: 'Internal Medicine Training (IMT)',
  'accs-im': 'Acute Care Common Stem, internal medicine (ACCS-IM)',
};

/** IMT or ACCS-IM: both lead to ST4 in palliative medicine; ACCS-IM takes a year longer. */
export function CoreRouteQuestion({ answers, backHref, onSave }: QuestionProps) {
  const [route, setRoute] = useState<CoreRoute | ''>(answers.coreRoute ?? '');
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (route === '') setError('Select a core training route');
    else onSave({ coreRoute: route });
  };
  return (
    <QuestionPage
      title="Which core training route?"
      backHref={backHref}
      errors={error ? [{ href: '#core-route', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="Your route" />
      <Radios
        name="core-route"
        legend="Which core training route?"
        legendIsHeading
        hint="Both lead to specialty training in palliative medicine"
        options={CORE_ROUTES.map((value) => ({
          value,
          label: `${NAMES[value]}, ${coreTrainingLengths[value].value.years} years`,
          hint: HINTS[value],
        }))}
        value={route}
        onChange={setRoute}
        error={error}
      />
    </QuestionPage>
  );
}
