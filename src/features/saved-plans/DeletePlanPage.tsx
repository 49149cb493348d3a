import { ConfirmPage } from '../../ui/ConfirmPage';

type DeletePlanPageProps = {
  readonly planName: string;
  readonly backHref: string;
  readonly onDelete: () => void;
};

export function DeletePlanPage({ planName, backHref, onDelete }: DeletePlanPageProps) {
  return (
    <ConfirmPage
      title={`Are you sure you want to delete ${planName}?`}
      confirmLabel="Yes, delete this plan"
      backHref={backHref}
      onConfirm={onDelete}
    >
      <p>Its answers will be removed from this device. You can undo this straight after.</p>
    </ConfirmPage>
  );
}
