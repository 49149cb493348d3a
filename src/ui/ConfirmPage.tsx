import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FormPage } from './FormPage';

type ConfirmPageProps = {
  /** The question, as the heading and the page title: "Are you sure you want to…?" */
  readonly title: string;
  /** Shown above the heading, such as the name of the list the thing is in. */
  readonly caption?: string;
  /** What happens if the person goes ahead. */
  readonly children?: ReactNode;
  /** The red button, naming the action: "Yes, delete it". */
  readonly confirmLabel: string;
  readonly backHref: string;
  /** The link that changes nothing. */
  readonly backLabel?: string;
  readonly onConfirm: () => void;
};

/**
 * The "are you sure?" page: asks before something that cannot easily be undone, with a red button
 * and a way back that changes nothing.
 */
export function ConfirmPage({
  title,
  caption,
  children,
  confirmLabel,
  backHref,
  backLabel = 'No, go back',
  onConfirm,
}: ConfirmPageProps) {
  return (
    <FormPage
      title={title}
      backHref={backHref}
      errors={[]}
      onSubmit={onConfirm}
      submitLabel={confirmLabel}
      submitWarning
      afterButton={
        <p>
          <Link to={backHref}>{backLabel}</Link>
        </p>
      }
    >
      {caption !== undefined && <span className="nhsuk-caption-l">{caption}</span>}
      <h1>{title}</h1>
      {children}
    </FormPage>
  );
}
