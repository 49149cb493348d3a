import { useState } from 'react';
import {
  MAX_MONTHS_LEFT,
  type SavedDirectAnswers,
  cctMessage,
  currentCctProblem,
} from '../../domain/cct';
import { dayOf, monthOf, parseIsoDate, yearOf } from '../../domain/dates';
import { type DatePart, readDateParts } from '../../domain/plan/date-parts';
import { DateInput, type DateParts } from '../../ui/DateInput';
import { FormPage } from '../../ui/FormPage';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import { CALCULATOR_CAPTION, type CalculatorQuestionProps } from './calculator-props';
import { withFullStops } from './full-stops';

type Choice = 'cct-date' | 'time-left';
type Field = 'training-left' | 'current-cct' | 'count-from' | 'years-left' | 'months-left';
type FieldError = { field: Field; message: string; parts?: readonly DatePart[] };

const QUESTION = 'How much training do you have left?';
const NO_DATE: DateParts = { day: '', month: '', year: '' };

function partsOf(value: string | undefined): DateParts {
  const date = parseIsoDate(value);
  return date
    ? { day: String(dayOf(date)), month: String(monthOf(date)), year: String(yearOf(date)) }
    : NO_DATE;
}

function hrefOf(error: FieldError): string {
  return error.parts ? `#${error.field}-${error.parts[0] ?? 'day'}` : `#${error.field}`;
}

/** Reads a whole number typed in a box; '' is 0. */
function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  return /^\d{1,3}$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * What the doctor knows about the training left: their current CCT date, or a start date and how much
 * full-time training is left from it.
 */
export function CalculatorTrainingLeftQuestion({
  answers,
  today,
  backHref,
  onSave,
}: CalculatorQuestionProps) {
  const [choice, setChoice] = useState<Choice | ''>(answers.trainingLeft ?? '');
  const [currentCct, setCurrentCct] = useState(partsOf(answers.currentCct));
  const [countFrom, setCountFrom] = useState(partsOf(answers.countFrom));
  const saved = answers.monthsLeft;
  const [years, setYears] = useState(
    typeof saved === 'number' ? String(Math.floor(saved / 12)) : '',
  );
  const [months, setMonths] = useState(typeof saved === 'number' ? String(saved % 12) : '');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const errorFor = (field: Field) => errors.find((error) => error.field === field);

  const readCurrentCct = (found: FieldError[]): Partial<SavedDirectAnswers> | null => {
    const reading = readDateParts(currentCct, 'Your current CCT date');
    if (!reading.ok) {
      found.push({ field: 'current-cct', message: reading.message, parts: reading.parts });
      return null;
    }
    const problem = currentCctProblem(reading.date, today);
    if (problem) {
      found.push({ field: 'current-cct', message: problem, parts: ['day', 'month', 'year'] });
      return null;
    }
    return { currentCct: reading.date, countFrom: undefined, monthsLeft: undefined };
  };

  const readTimeLeft = (found: FieldError[]): Partial<SavedDirectAnswers> | null => {
    const from = readDateParts(countFrom, 'The date the time left counts from');
    if (!from.ok) found.push({ field: 'count-from', message: from.message, parts: from.parts });
    const yearCount = wholeNumber(years);
    const monthCount = wholeNumber(months);
    if (yearCount === null)
      found.push({ field: 'years-left', message: 'Years must be a whole number, like 2' });
    if (monthCount === null || (monthCount !== null && monthCount > 11))
      found.push({ field: 'months-left', message: 'Months must be a whole number from 0 to 11' });
    if (yearCount === null || monthCount === null || monthCount > 11 || !from.ok) return null;
    const total = yearCount * 12 + monthCount;
    if (total < 1) {
      found.push({
        field: 'years-left',
        message: 'Enter how much full-time training you have left, in years and months',
      });
      return null;
    }
    if (total > MAX_MONTHS_LEFT) {
      found.push({
        field: 'years-left',
        message: cctMessage({ code: 'programme-too-long', from: 'training-left' }),
      });
      return null;
    }
    return { countFrom: from.date, monthsLeft: total, currentCct: undefined };
  };

  const save = () => {
    const found: FieldError[] = [];
    if (choice === '') {
      found.push({
        field: 'training-left',
        message: 'Select whether you know your current CCT date or how much training you have left',
      });
    }
    const read =
      choice === 'cct-date'
        ? readCurrentCct(found)
        : choice === 'time-left'
          ? readTimeLeft(found)
          : null;
    setErrors(withFullStops(found));
    if (found.length === 0 && read !== null && choice !== '')
      onSave({ trainingLeft: choice, ...read });
  };

  return (
    <FormPage
      title={QUESTION}
      backHref={backHref}
      errors={errors.map((error) => ({ href: hrefOf(error), message: error.message }))}
      onSubmit={save}
    >
      <span className="nhsuk-caption-l">{CALCULATOR_CAPTION}</span>
      <Radios
        name="training-left"
        legend={QUESTION}
        legendIsHeading
        hint="Use the date your deanery or TIS Self-Service gave you. In Foundation or core training, use the date that programme ends."
        value={choice}
        onChange={setChoice}
        error={errorFor('training-left')?.message}
        options={[
          {
            value: 'cct-date',
            label: 'I know my current CCT date',
            conditional: (
              <DateInput
                id="current-cct"
                legend="Current CCT date"
                hint="For example, 5 8 2029"
                value={currentCct}
                onChange={setCurrentCct}
                error={errorFor('current-cct')?.message}
                errorParts={errorFor('current-cct')?.parts}
              />
            ),
          },
          {
            value: 'time-left',
            label: 'I know how much full-time training I have left',
            hint: 'As full-time training, from a date such as the start of your next rotation',
            conditional: (
              <>
                <DateInput
                  id="count-from"
                  legend="Counting from"
                  hint="For example, 4 8 2027"
                  value={countFrom}
                  onChange={setCountFrom}
                  error={errorFor('count-from')?.message}
                  errorParts={errorFor('count-from')?.parts}
                />
                <TextInput
                  id="years-left"
                  label="Years of full-time training left"
                  value={years}
                  onChange={setYears}
                  error={errorFor('years-left')?.message}
                  width={2}
                  numeric
                />
                <TextInput
                  id="months-left"
                  label="And months"
                  value={months}
                  onChange={setMonths}
                  error={errorFor('months-left')?.message}
                  width={2}
                  numeric
                />
              </>
            ),
          },
        ]}
      />
    </FormPage>
  );
}
