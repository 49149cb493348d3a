import { useState } from 'react';
import { nameMessage, nameProblem } from '../../domain/plan/plan-name';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import { withFullStops } from './full-stops';

export type ScenarioStart = 'copy' | 'empty';

type ScenarioNamePageProps = {
  /** The scenario's name when renaming it; null when adding one. */
  readonly currentName: string | null;
  readonly maxLength: number;
  readonly backHref: string;
  /** What "no periods" means here: "Full time" or "Your current hours". */
  readonly emptyLabel: string;
  readonly onSave: (name: string, start: ScenarioStart) => void;
};

/** Names a new scenario (and says what it starts from), or renames one. */
export function ScenarioNamePage({
  currentName,
  maxLength,
  backHref,
  emptyLabel,
  onSave,
}: ScenarioNamePageProps) {
  const [name, setName] = useState(currentName ?? '');
  const [start, setStart] = useState<ScenarioStart | ''>('');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const adding = currentName === null;
  const title = adding ? 'Add a scenario' : 'Rename this scenario';

  const save = () => {
    const found: ErrorSummaryItem[] = [];
    const trimmed = name.trim();
    const problem = nameProblem(name, maxLength);
    if (problem !== null)
      found.push({ href: '#scenario-name', message: nameMessage(problem, 'scenario', maxLength) });
    if (adding && start === '')
      found.push({ href: '#scenario-start', message: 'Select what the scenario starts with' });
    setErrors(withFullStops(found));
    if (found.length === 0) onSave(trimmed, start === '' ? 'empty' : start);
  };
  const errorFor = (href: string) => errors.find((error) => error.href === href)?.message;

  return (
    <FormPage
      title={title}
      backHref={backHref}
      errors={errors}
      onSubmit={save}
      submitLabel={adding ? 'Add scenario' : 'Save name'}
    >
      <h1>{title}</h1>
      <TextInput
        id="scenario-name"
        label="Name"
        labelSize="m"
        hint={`For example, part time from next August. Up to ${maxLength} characters`}
        value={name}
        onChange={setName}
        error={errorFor('#scenario-name')}
      />
      {adding && (
        <Radios
          name="scenario-start"
          legend="What should it start with?"
          options={[
            { value: 'copy', label: 'A copy of your current periods' },
            { value: 'empty', label: 'No periods', hint: emptyLabel },
          ]}
          value={start}
          onChange={setStart}
          error={errorFor('#scenario-start')}
        />
      )}
    </FormPage>
  );
}
