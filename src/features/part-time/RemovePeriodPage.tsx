import { Link } from 'react-router';
import { FormPage } from '../../ui/FormPage';
import { describePeriod } from './describe';
import type { Period } from './types';

type RemovePeriodPageProps = {
  readonly period: Period;
  readonly listName: string;
  readonly backHref: string;
  readonly onRemove: () => void;
};

/** Asks before removing a period. */
export function RemovePeriodPage({ period, listName, backHref, onRemove }: RemovePeriodPageProps) {
  const { what, when } = describePeriod(period);
  const question = 'Are you sure you want to remove this period?';
  return (
    <FormPage
      title={question}
      backHref={backHref}
      errors={[]}
      onSubmit={onRemove}
      submitLabel="Yes, remove it"
      submitWarning
      afterButton={
        <p>
          <Link to={backHref}>No, keep it</Link>
        </p>
      }
    >
      <span className="nhsuk-caption-l">{listName}</span>
      <h1>{question}</h1>
      <p>
        {what}: {when}.
      </p>
    </FormPage>
  );
}
