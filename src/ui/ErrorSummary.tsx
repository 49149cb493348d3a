import { useEffect, useRef } from 'react';

export type ErrorSummaryItem = { readonly href: string; readonly message: string };

type ErrorSummaryProps = { readonly errors: readonly ErrorSummaryItem[] };

/**
 * The NHS error summary: shown at the top of the page when an answer cannot be used. It takes focus
 * when it appears, so screen reader and keyboard users land on it; each item links to its field.
 */
export function ErrorSummary({ errors }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const messages = errors.map((error) => error.message).join('\n');

  useEffect(() => {
    if (messages) summary.current?.focus();
  }, [messages]);

  if (errors.length === 0) return null;
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={summary}
    >
      <div role="alert">
        <h2 className="nhsuk-error-summary__heading" id="error-summary-title">
          There is a problem
        </h2>
        <div className="nhsuk-error-summary__body">
          <ul className="nhsuk-list nhsuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href}-${error.message}`}>
                <a
                  href={error.href}
                  onClick={(event) => {
                    // Move focus to the field itself rather than only scrolling to it.
                    const target = document.getElementById(error.href.slice(1));
                    if (target) {
                      event.preventDefault();
                      target.focus();
                      target.scrollIntoView?.({ block: 'center' });
                    }
                  }}
                >
                  {error.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
