import { useState } from 'react';
import {
  COMMON_WTE_PERCENTAGES,
  WTE_PERCENT_LIMITS,
  cctMessage,
  readWtePercentage,
  savedHoursProblem,
} from '../../domain/cct';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import { CALCULATOR_CAPTION, type CalculatorQuestionProps } from './calculator-props';
import { LowPercentageWarning } from './LowPercentageWarning';
import { withFullStops } from './full-stops';

const QUESTION = 'What percentage of full time do you work now?';
const FULL_TIME = String(WTE_PERCENT_LIMITS.maximum);
const CHOICES = new Set([FULL_TIME, ...COMMON_WTE_PERCENTAGES.map(String)]);

/** The doctor's hours now, as a percentage of full time (their contractual WTE). */
export function CalculatorHoursQuestion({
  answers,
  today,
  backHref,
  onSave,
}: CalculatorQuestionProps) {
  const saved = typeof answers.wtePercent === 'number' ? String(answers.wtePercent) : '';
  const [choice, setChoice] = useState(saved === '' ? '' : CHOICES.has(saved) ? saved : 'other');
  const [other, setOther] = useState(saved !== '' && !CHOICES.has(saved) ? saved : '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);

  const save = () => {
    if (choice === '') {
      setErrors(
        withFullStops([
          {
            href: '#current-wte',
            message: cctMessage({ code: 'wte-not-chosen', hours: 'current' }),
          },
        ]),
      );
      return;
    }
    const reading = readWtePercentage(
      choice === 'other' ? other : choice,
      cctMessage({ code: 'wte-not-entered', hours: 'current' }),
    );
    if (!reading.ok) {
      setErrors(
        withFullStops([
          {
            href: choice === 'other' ? '#current-wte-other' : '#current-wte',
            message: reading.message,
          },
        ]),
      );
      return;
    }
    // The hours must let the training left end within 30 years (and by 2200).
    const problem = savedHoursProblem({ ...answers, wtePercent: reading.percent }, today);
    if (problem !== null) {
      setErrors(
        withFullStops([
          { href: choice === 'other' ? '#current-wte-other' : '#current-wte', message: problem },
        ]),
      );
      return;
    }
    onSave({ wtePercent: reading.percent });
  };
  const errorFor = (href: string) => errors.find((error) => error.href === href)?.message;

  return (
    <FormPage title={QUESTION} backHref={backHref} errors={errors} onSubmit={save}>
      <span className="nhsuk-caption-l">{CALCULATOR_CAPTION}</span>
      <Radios
        name="current-wte"
        legend={QUESTION}
        legendIsHeading
        hint="The whole-time equivalent (WTE) in your contract"
        value={choice}
        onChange={setChoice}
        error={errorFor('#current-wte')}
        options={[
          { value: FULL_TIME, label: `Full time (${FULL_TIME}%)` },
          ...COMMON_WTE_PERCENTAGES.map((percent) => ({
            value: String(percent),
            label: `${percent}%`,
          })),
          {
            value: 'other',
            label: 'Another percentage',
            conditional: (
              <>
                <TextInput
                  id="current-wte-other"
                  label="Percentage of full time"
                  hint={`From ${WTE_PERCENT_LIMITS.minimum}% to ${WTE_PERCENT_LIMITS.maximum}%, for example 65`}
                  value={other}
                  onChange={setOther}
                  error={errorFor('#current-wte-other')}
                  width={3}
                  numeric
                />
                <LowPercentageWarning percent={other} />
              </>
            ),
          },
        ]}
      />
    </FormPage>
  );
}
