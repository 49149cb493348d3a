import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { FormPage } from '../../ui/FormPage';

type ConfirmPageProps = {
  readonly title: string;
  readonly children: ReactNode;
  readonly confirmLabel: string;
  readonly backHref: string;
  readonly onConfirm: () => void;
};

/** Asks before something that cannot easily be undone, with a way back that changes nothing. */
export function ConfirmPage({
  title,
  children,
  confirmLabel,
  backHref,
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
          <Link to={backHref}>No, go back</Link>
        </p>
      }
    >
      <h1>{title}</h1>
      {children}
    </FormPage>
  );
}
