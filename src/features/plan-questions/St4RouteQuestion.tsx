import { useState } from 'react';
import { ST4_ROUTES, type St4Route } from '../../domain/plan/types';
import { Radios, type RadioOption } from '../../ui/Radios';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

const OPTIONS: Readonly<Record<St4Route, RadioOption<St4Route>>> = {
  'alternative-certificate': {
    value: 'alternative-certificate',
    label: 'Apply straight for ST4 with an Alternative Certificate',
    hint: 'A consultant signs that you have the capabilities of the first stage of internal medicine training. You also need MRCP(UK).',
  },
  'core-training': {
    value: 'core-training',
    label: 'Start core training first: IMT or ACCS-IM',
    hint: 'Apply for the first year of core training, then for ST4 after 3 or 4 years',
  },
};

/** For a doctor in another post: straight to ST4 by the Alternative Certificate, or core training. */
export function St4RouteQuestion({ answers, backHref, onSave }: QuestionProps) {
  const saved = answers.st4Route;
  const [route, setRoute] = useState<St4Route | ''>(
    ST4_ROUTES.find((option) => option === saved) ?? '',
  );
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    if (route === '') setError('Select how you plan to get into palliative medicine training');
    else onSave({ st4Route: route });
  };
  return (
    <QuestionPage
      title="How do you plan to get into palliative medicine training?"
      backHref={backHref}
      errors={error ? [{ href: '#st4-route', message: error }] : []}
      onContinue={save}
    >
      <QuestionCaption section="Your route" />
      <Radios
        name="st4-route"
        legend="How do you plan to get into palliative medicine training?"
        legendIsHeading
        hint="Palliative medicine training starts at ST4. Doctors who are not in IMT or ACCS-IM can apply for it directly."
        options={[OPTIONS['alternative-certificate'], OPTIONS['core-training']]}
        value={route}
        onChange={setRoute}
        error={error}
      />
    </QuestionPage>
  );
}
