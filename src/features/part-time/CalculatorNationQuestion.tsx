import { useState } from 'react';
import { LTFT_RULES_BY_NATION, type LtftNation, isLtftNation } from '../../domain/cct';
import { LTFT_NATIONS } from '../../domain/rules/ltft';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { Radios } from '../../ui/Radios';
import { CALCULATOR_CAPTION, type CalculatorQuestionProps } from './calculator-props';
import { withFullStops } from './full-stops';

const QUESTION = 'Where do you train?';

/**
 * The nation the doctor trains in: the notice for less than full time training, who can apply and who
 * approves it differ between them.
 */
export function CalculatorNationQuestion({ answers, backHref, onSave }: CalculatorQuestionProps) {
  const [nation, setNation] = useState<LtftNation | ''>(
    isLtftNation(answers.nation) ? answers.nation : '',
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const save = () => {
    if (nation === '') {
      setErrors(withFullStops([{ href: '#nation', message: 'Select the nation you train in' }]));
      return;
    }
    onSave({ nation });
  };
  return (
    <FormPage title={QUESTION} backHref={backHref} errors={errors} onSubmit={save}>
      <span className="nhsuk-caption-l">{CALCULATOR_CAPTION}</span>
      <Radios
        name="nation"
        legend={QUESTION}
        legendIsHeading
        hint="How much notice to give before you train less than full time, and who approves it, differ between the UK nations"
        options={LTFT_NATIONS.map((value) => ({ value, label: LTFT_RULES_BY_NATION[value].name }))}
        value={nation}
        onChange={setNation}
        error={errors[0]?.message}
      />
    </FormPage>
  );
}
