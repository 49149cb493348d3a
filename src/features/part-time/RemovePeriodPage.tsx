import { ConfirmPage } from '../../ui/ConfirmPage';
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
  return (
    <ConfirmPage
      title="Are you sure you want to remove this period?"
      caption={listName}
      confirmLabel="Yes, remove it"
      backHref={backHref}
      backLabel="No, keep it"
      onConfirm={onRemove}
    >
      <p>
        {what}: {when}.
      </p>
    </ConfirmPage>
  );
}
