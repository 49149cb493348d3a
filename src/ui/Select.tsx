import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';

type SelectOption = { readonly value: string; readonly label: string };

type SelectProps = {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly options: ReadonlyArray<SelectOption>;
  /** Further options after `options`, each group under its label (an optgroup). */
  readonly groups?: ReadonlyArray<{
    readonly label: string;
    readonly options: ReadonlyArray<SelectOption>;
  }>;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string;
};

/** An NHS select with its label, hint and inline error. */
export function Select({ id, label, hint, options, groups, value, onChange, error }: SelectProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label className="nhsuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="nhsuk-hint" id={hintId}>
          {hint}
        </div>
      )}
      <ErrorMessage id={errorId ?? `${id}-error`} message={error} />
      <select
        className={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`}
        id={id}
        name={id}
        value={value}
        aria-describedby={describedBy(hintId, errorId)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
        {groups?.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
