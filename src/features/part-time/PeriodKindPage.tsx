import { useState } from 'react';
import { CHANGE_KINDS, type ChangeKind, PERIOD_KINDS } from '../../domain/cct';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { Radios } from '../../ui/Radios';
import { withFullStops } from './full-stops';

type PeriodKindPageProps = {
  /** The kind already chosen, when changing a period. */
  readonly kind: ChangeKind | null;
  /** Whose periods these are, shown above the heading. */
  readonly listName: string;
  readonly backHref: string;
  readonly onChoose: (kind: ChangeKind) => void;
};

const QUESTION = 'What kind of period is it?';

/** The first step of adding a period: what kind it is, with what each kind is and whether it counts. */
export function PeriodKindPage({ kind, listName, backHref, onChoose }: PeriodKindPageProps) {
  const [chosen, setChosen] = useState<ChangeKind | ''>(kind ?? '');
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const save = () => {
    if (chosen === '') {
      setErrors(
        withFullStops([{ href: '#period-kind', message: 'Select what kind of period it is' }]),
      );
      return;
    }
    onChoose(chosen);
  };
  return (
    <FormPage title={QUESTION} backHref={backHref} errors={errors} onSubmit={save}>
      <span className="nhsuk-caption-l">
        {kind === null ? 'Add a period' : 'Change a period'}: {listName}
      </span>
      <Radios
        name="period-kind"
        legend={QUESTION}
        legendIsHeading
        hint="Add one period at a time, such as a year at 60% or your parental leave."
        options={CHANGE_KINDS.map((value) => ({
          value,
          label: PERIOD_KINDS[value].name,
          hint: PERIOD_KINDS[value].hint,
        }))}
        value={chosen}
        onChange={setChosen}
        error={errors[0]?.message}
      />
    </FormPage>
  );
}
