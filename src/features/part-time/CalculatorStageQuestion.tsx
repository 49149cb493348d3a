import { useState } from 'react';
import { DIRECT_STAGES, type DirectStage } from '../../domain/cct';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { Radios } from '../../ui/Radios';
import { CALCULATOR_CAPTION, type CalculatorQuestionProps } from './calculator-props';
import { withFullStops } from './full-stops';

export const STAGE_LABELS: Readonly<Record<DirectStage, string>> = {
  f1: 'Foundation year 1 (F1)',
  f2: 'Foundation year 2 (F2)',
  core: 'Core training (IMT or ACCS)',
  st4: 'ST4',
  st5: 'ST5',
  st6: 'ST6',
  st7: 'ST7',
};

const QUESTION = 'What stage of training are you in?';

function isStage(value: unknown): value is DirectStage {
  return (DIRECT_STAGES as readonly unknown[]).includes(value);
}

/** The doctor's stage now: it sets the absence review threshold (higher in Foundation). */
export function CalculatorStageQuestion({ answers, backHref, onSave }: CalculatorQuestionProps) {
  const [stage, setStage] = useState<DirectStage | ''>(isStage(answers.stage) ? answers.stage : '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const save = () => {
    if (stage === '') {
      setErrors(
        withFullStops([{ href: '#stage', message: 'Select the stage of training you are in' }]),
      );
      return;
    }
    onSave({ stage });
  };
  return (
    <FormPage title={QUESTION} backHref={backHref} errors={errors} onSubmit={save}>
      <span className="nhsuk-caption-l">{CALCULATOR_CAPTION}</span>
      <Radios
        name="stage"
        legend={QUESTION}
        legendIsHeading
        options={DIRECT_STAGES.map((value) => ({ value, label: STAGE_LABELS[value] }))}
        value={stage}
        onChange={setStage}
        error={errors[0]?.message}
      />
    </FormPage>
  );
}
