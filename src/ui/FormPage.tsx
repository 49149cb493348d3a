import type { FormEvent, ReactNode } from 'react';
import { BackLink } from './BackLink';
import { ErrorSummary, type ErrorSummaryItem } from './ErrorSummary';
import { usePageTitle } from './usePageTitle';

type FormPageProps = {
  /** The page title for the browser tab: usually the question itself. */
  readonly title: string;
  readonly backHref: string;
  readonly errors: readonly ErrorSummaryItem[];
  readonly onSubmit: () => void;
  /** The button names the action: "Continue" on question pages. */
  readonly submitLabel?: string;
  /** A red button, for actions that delete things. */
  readonly submitWarning?: boolean;
  /** Shown after the button, such as a "No, go back" link. */
  readonly afterButton?: ReactNode;
  readonly children: ReactNode;
};

/**
 * The NHS question page: back link, error summary above the heading, the question, and one button.
 * Validation runs only when the person tries to continue, never while they type.
 */
export function FormPage({
  title,
  backHref,
  errors,
  onSubmit,
  submitLabel = 'Continue',
  submitWarning = false,
  afterButton,
  children,
}: FormPageProps) {
  usePageTitle(title, errors.length > 0);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <>
      <BackLink to={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={errors} />
          <form noValidate onSubmit={submit}>
            {children}
            <button
              className={`nhsuk-button${submitWarning ? ' nhsuk-button--warning' : ''}`}
              type="submit"
            >
              {submitLabel}
            </button>
          </form>
          {afterButton}
        </div>
      </div>
    </>
  );
}
