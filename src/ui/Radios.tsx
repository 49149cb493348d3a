import type { ReactNode } from 'react';
import { QuestionFieldset } from './QuestionFieldset';

export type RadioOption<Value extends string> = {
  readonly value: Value;
  readonly label: string;
  readonly hint?: string;
  /** Shown under the option when it is chosen (the NHS conditional reveal). */
  readonly conditional?: ReactNode;
};

type RadiosProps<Value extends string> = {
  /** Used for the input name; the first option's id is the name itself, so errors can link to it. */
  readonly name: string;
  readonly legend: ReactNode;
  readonly legendIsHeading?: boolean;
  readonly hint?: string;
  readonly options: ReadonlyArray<RadioOption<Value>>;
  readonly value: Value | '';
  readonly onChange: (value: Value) => void;
  readonly error?: string;
  readonly small?: boolean;
};

export function optionId(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

/** NHS radios in a fieldset, with optional hints and conditional questions. */
export function Radios<Value extends string>({
  name,
  legend,
  legendIsHeading = false,
  hint,
  options,
  value,
  onChange,
  error,
  small = false,
}: RadiosProps<Value>) {
  return (
    <QuestionFieldset
      id={name}
      legend={legend}
      legendIsHeading={legendIsHeading}
      hint={hint}
      error={error}
    >
      <div className={`nhsuk-radios${small ? ' nhsuk-radios--small' : ''}`}>
        {options.map((option, index) => {
          const id = optionId(name, index);
          const optionHintId = option.hint ? `${id}-item-hint` : undefined;
          const checked = value === option.value;
          return (
            <div key={option.value}>
              <div className="nhsuk-radios__item">
                <input
                  className="nhsuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={option.value}
                  checked={checked}
                  aria-describedby={optionHintId}
                  aria-controls={option.conditional ? `${id}-conditional` : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="nhsuk-hint nhsuk-radios__hint" id={optionHintId}>
                    {option.hint}
                  </div>
                )}
              </div>
              {option.conditional && (
                // The container stays in the page so aria-controls always points at something; its
                // question is only rendered while the option is chosen.
                <div
                  className={`nhsuk-radios__conditional${checked ? '' : ' nhsuk-radios__conditional--hidden'}`}
                  id={`${id}-conditional`}
                >
                  {checked && option.conditional}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </QuestionFieldset>
  );
}
