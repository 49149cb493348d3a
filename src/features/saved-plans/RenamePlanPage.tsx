import { useState } from 'react';
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
    const trimmed = name.trim();
    if (trimmed === '') setError('Enter a name for this plan');
    else if (trimmed.length > maxLength)
      setError(`Plan name must be ${maxLength} characters or fewer`);
    else onRename(trimmed);
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
