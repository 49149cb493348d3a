import { ConfirmPage } from '../../ui/ConfirmPage';

type DeleteScenarioPageProps = {
  readonly name: string;
  readonly backHref: string;
  readonly onDelete: () => void;
};

/** Asks before deleting a scenario. */
export function DeleteScenarioPage({ name, backHref, onDelete }: DeleteScenarioPageProps) {
  return (
    <ConfirmPage
      title={`Are you sure you want to delete ${name}?`}
      caption="Scenario"
      confirmLabel="Yes, delete it"
      backHref={backHref}
      backLabel="No, keep it"
      onConfirm={onDelete}
    >
      <p>Its periods are deleted too. Your current periods do not change.</p>
    </ConfirmPage>
  );
}
