import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';

type QuestionFieldsetProps = {
  /** Prefix for the hint and error ids. */
  readonly id: string;
  readonly legend: ReactNode;
  /** Show the legend as the page heading, as on a one-question page. */
  readonly legendIsHeading?: boolean;
  readonly hint?: string;
  readonly error?: string;
  /** `group` for inputs that together make one answer, such as a date. */
  readonly role?: 'group';
  readonly children: ReactNode;
};

/**
 * An NHS form group with a fieldset: legend (optionally the page's h1), hint and inline error, all
 * read out with the question. Date inputs, radios and checkboxes share it.
 */
export function QuestionFieldset({
  id,
  legend,
  legendIsHeading = false,
  hint,
  error,
  role,
  children,
}: QuestionFieldsetProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset
        className="nhsuk-fieldset"
        role={role}
        aria-describedby={describedBy(hintId, errorId)}
      >
        <legend
          className={`nhsuk-fieldset__legend ${legendIsHeading ? 'nhsuk-fieldset__legend--l' : 'nhsuk-fieldset__legend--m'}`}
        >
          {legendIsHeading ? <h1 className="nhsuk-fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint && (
          <div className="nhsuk-hint" id={hintId}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} message={error} />
        {children}
      </fieldset>
    </div>
  );
}
