import type { ReactNode } from 'react';
import { QuestionFieldset } from './QuestionFieldset';

export type DateParts = { readonly day: string; readonly month: string; readonly year: string };

type DateInputProps = {
  readonly id: string;
  readonly legend: ReactNode;
  /** Show the legend as the page heading (one question per page). */
  readonly legendIsHeading?: boolean;
  readonly hint?: string;
  readonly value: DateParts;
  readonly onChange: (value: DateParts) => void;
  readonly error?: string;
  /** Which parts the error is about, so only those get a red border. */
  readonly errorParts?: ReadonlyArray<keyof DateParts>;
  /** Set for the person's own date of birth, so browsers can fill it in (WCAG 1.3.5). */
  readonly isBirthday?: boolean;
};

const PARTS: ReadonlyArray<{ key: keyof DateParts; label: string; width: string }> = [
  { key: 'day', label: 'Day', width: 'nhsuk-input--width-2' },
  { key: 'month', label: 'Month', width: 'nhsuk-input--width-2' },
  { key: 'year', label: 'Year', width: 'nhsuk-input--width-4' },
];

/** The NHS date input: day, month and year boxes in a fieldset. */
export function DateInput({
  id,
  legend,
  legendIsHeading = false,
  hint,
  value,
  onChange,
  error,
  errorParts,
  isBirthday = false,
}: DateInputProps) {
  const partsInError = error ? (errorParts ?? PARTS.map((part) => part.key)) : [];
  return (
    <QuestionFieldset
      id={id}
      legend={legend}
      legendIsHeading={legendIsHeading}
      hint={hint}
      error={error}
      role="group"
    >
      <div className="nhsuk-date-input" id={id}>
        {PARTS.map((part) => (
          <div className="nhsuk-date-input__item" key={part.key}>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-date-input__label" htmlFor={`${id}-${part.key}`}>
                {part.label}
              </label>
              <input
                className={`nhsuk-input nhsuk-date-input__input ${part.width}${partsInError.includes(part.key) ? ' nhsuk-input--error' : ''}`}
                id={`${id}-${part.key}`}
                name={`${id}-${part.key}`}
                type="text"
                inputMode="numeric"
                autoComplete={isBirthday ? `bday-${part.key}` : undefined}
                value={value[part.key]}
                onChange={(event) => onChange({ ...value, [part.key]: event.target.value })}
              />
            </div>
          </div>
        ))}
      </div>
    </QuestionFieldset>
  );
}
