import { Link } from 'react-router';
import { FormPage } from '../../ui/FormPage';

type DeleteScenarioPageProps = {
  readonly name: string;
  readonly backHref: string;
  readonly onDelete: () => void;
};

/** Asks before deleting a scenario. */
export function DeleteScenarioPage({ name, backHref, onDelete }: DeleteScenarioPageProps) {
  const question = `Are you sure you want to delete ${name}?`;
  return (
    <FormPage
      title={question}
      backHref={backHref}
      errors={[]}
      onSubmit={onDelete}
      submitLabel="Yes, delete it"
      submitWarning
      afterButton={
        <p>
          <Link to={backHref}>No, keep it</Link>
        </p>
      }
    >
      <span className="nhsuk-caption-l">Scenario</span>
      <h1>{question}</h1>
      <p>Its periods are deleted too. Your current periods do not change.</p>
    </FormPage>
  );
}
