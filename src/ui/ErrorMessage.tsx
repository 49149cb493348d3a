type ErrorMessageProps = { readonly id: string; readonly message: string | undefined };

/** The inline error under a question, with the hidden "Error:" prefix the NHS pattern uses. */
export function ErrorMessage({ id, message }: ErrorMessageProps) {
  if (!message) return null;
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">Error:</span> {message}
    </span>
  );
}
