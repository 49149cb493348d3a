import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';

type TextInputProps = {
  readonly id: string;
  readonly label: string;
  readonly labelSize?: 's' | 'm';
  /** The label is the page's heading: one question on a page, asked in the label. */
  readonly labelIsHeading?: boolean;
  readonly hint?: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
  /** NHS fixed widths, in characters. */
  readonly width?: 2 | 3 | 4 | 10 | 20;
  readonly numeric?: boolean;
  readonly autoComplete?: string;
};

/** An NHS text input with its label, hint and inline error. */
export function TextInput({
  id,
  label,
  labelSize,
  labelIsHeading = false,
  hint,
  value,
  onChange,
  error,
  width,
  numeric = false,
  autoComplete,
}: TextInputProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      {labelIsHeading ? (
        <h1 className="nhsuk-label-wrapper">
          <label className="nhsuk-label nhsuk-label--l" htmlFor={id}>
            {label}
          </label>
        </h1>
      ) : (
        <label
          className={`nhsuk-label${labelSize ? ` nhsuk-label--${labelSize}` : ''}`}
          htmlFor={id}
        >
          {label}
        </label>
      )}
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        className={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ''}${error ? ' nhsuk-input--error' : ''}`}
        id={id}
        name={id}
        type="text"
        inputMode={numeric ? 'numeric' : undefined}
        autoComplete={autoComplete}
        spellCheck={numeric ? false : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
