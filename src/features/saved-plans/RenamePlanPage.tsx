import { useState } from 'react';
import { nameMessage, nameProblem } from '../../domain/plan/plan-name';
import { FormPage } from '../../ui/FormPage';
import { TextInput } from '../../ui/TextInput';

type RenamePlanPageProps = {
  readonly currentName: string;
  /** The most characters a plan name may have. */
  readonly maxLength: number;
  readonly backHref: string;
  readonly onRename: (name: string) => void;
};

export function RenamePlanPage({
  currentName,
  maxLength,
  backHref,
  onRename,
}: RenamePlanPageProps) {
  const [name, setName] = useState(currentName);
  const [error, setError] = useState<string | undefined>();
  const save = () => {
    const problem = nameProblem(name, maxLength);
    if (problem !== null) setError(nameMessage(problem, 'plan', maxLength));
    else onRename(name.trim());
  };
  return (
    <FormPage
      title={`Rename ${currentName}`}
      backHref={backHref}
      errors={error ? [{ href: '#plan-name', message: error }] : []}
      onSubmit={save}
      submitLabel="Save name"
    >
      <h1>Rename {currentName}</h1>
      <TextInput
        id="plan-name"
        label="Plan name"
        hint="For example, Standard route or Graduate entry"
        width={20}
        value={name}
        onChange={setName}
        error={error}
      />
    </FormPage>
  );
}
