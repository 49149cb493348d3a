import type { FormEvent } from 'react';
import { STAGE_YEAR_RANGES, type StageWithYear } from '../../domain/plan/stage-years';
import { courseLengths } from '../../domain/rules/medical-school';
import { coreTrainingLengths } from '../../domain/rules/specialty';
import { DateInput } from '../../ui/DateInput';
import { Radios, type RadioOption } from '../../ui/Radios';
import { Select } from '../../ui/Select';
import type { FormError, PlanFormState, StageAnswer } from './plan-form-state';

const NATION_OPTIONS = [
  { value: 'england', label: 'England' },
  { value: 'scotland', label: 'Scotland' },
  { value: 'wales', label: 'Wales' },
  { value: 'northern-ireland', label: 'Northern Ireland' },
];

function yearLabel(stage: StageWithYear, year: number): string {
  if (stage === 'school') return `Year ${year}`;
  if (stage === 'st') return `ST${year}`;
  return `Year ${year}`;
}

function yearOptions(stage: StageWithYear) {
  const { first, last } = STAGE_YEAR_RANGES[stage];
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  return [
    { value: '', label: 'Select a year' },
    ...years.map((year) => ({ value: String(year), label: yearLabel(stage, year) })),
  ];
}

type QuickPlanFormProps = {
  readonly form: PlanFormState;
  readonly errors: readonly FormError[];
  readonly onChange: (form: PlanFormState) => void;
  readonly onSubmit: () => void;
};

function errorFor(errors: readonly FormError[], ...fields: string[]): string | undefined {
  return errors.find((error) => fields.includes(error.field))?.message;
}

/** A short form for the walking slice: date of birth, where you are now and your route. */
export function QuickPlanForm({ form, errors, onChange, onSubmit }: QuickPlanFormProps) {
  const set = (changes: Partial<PlanFormState>) => onChange({ ...form, ...changes });
  const stageYearError = errorFor(errors, 'now.year', 'now.yearGroup');

  const yearQuestion = (stage: StageWithYear, label: string) => (
    <Select
      id="stage-year"
      label={label}
      options={yearOptions(stage)}
      value={form.stageYear}
      onChange={(stageYear) => set({ stageYear })}
      error={stageYearError}
    />
  );

  const stageOptions: ReadonlyArray<RadioOption<Exclude<StageAnswer, ''>>> = [
    {
      value: 'school',
      label: 'At school',
      hint: 'Year 9 to Year 13 (England and Wales numbering)',
      conditional: yearQuestion('school', 'Which school year are you in?'),
    },
    { value: 'gap-year', label: 'Taking a gap year after school' },
    { value: 'graduate', label: 'I have a degree in another subject' },
    {
      value: 'medical-school',
      label: 'At medical school',
      conditional: yearQuestion('medical-school', 'Which year of medical school are you in?'),
    },
    { value: 'f1', label: 'Foundation year 1 (F1)' },
    { value: 'f2', label: 'Foundation year 2 (F2)' },
    {
      value: 'imt',
      label: 'Internal Medicine Training (IMT)',
      conditional: yearQuestion('imt', 'Which IMT year are you in?'),
    },
    {
      value: 'accs',
      label: 'Acute Care Common Stem (ACCS)',
      conditional: yearQuestion('accs', 'Which ACCS year are you in?'),
    },
    {
      value: 'st',
      label: 'Specialty training in palliative medicine',
      conditional: yearQuestion('st', 'Which specialty training year are you in?'),
    },
    { value: 'consultant', label: 'Consultant' },
  ];

  const routeOptions = [
    {
      value: 'standard',
      label: `Standard course (${courseLengths.standard.value.years} years)`,
      hint: 'The usual route from school, with A-levels or equivalent',
    },
    {
      value: 'integrated-degree',
      label: `Course with an integrated degree (${courseLengths['integrated-degree'].value.years} years)`,
      hint: 'Includes a science degree, as at Oxford and Cambridge',
    },
    {
      value: 'gateway',
      label: `Course with a gateway year (${courseLengths.gateway.value.years} years)`,
      hint: 'An extra first year for applicants who meet widening participation criteria',
    },
    {
      value: 'graduate-entry',
      label: `Graduate entry (${courseLengths['graduate-entry'].value.years} years)`,
      hint: 'For people who already have a degree',
    },
  ] as const;

  const coreOptions = [
    {
      value: 'imt',
      label: `Internal Medicine Training (IMT), ${coreTrainingLengths.imt.value.years} years`,
    },
    {
      value: 'accs-im',
      label: `Acute Care Common Stem, internal medicine (ACCS-IM), ${coreTrainingLengths['accs-im'].value.years} years`,
    },
  ] as const;

  const asksAboutMedicalSchool = ['', 'school', 'gap-year', 'graduate', 'medical-school'].includes(
    form.stage,
  );
  const asksAboutCoreTraining = !['imt', 'accs', 'st', 'consultant'].includes(form.stage);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form noValidate onSubmit={handleSubmit}>
      <DateInput
        id="date-of-birth"
        legend="What is your date of birth?"
        hint="For example, 14 3 2011"
        value={form.dateOfBirth}
        onChange={(dateOfBirth) => set({ dateOfBirth })}
        error={errorFor(errors, 'dateOfBirth')}
        isBirthday
      />
      <Select
        id="nation"
        label="Where do you live?"
        hint="Training and pay rules differ a little between the UK nations"
        options={NATION_OPTIONS}
        value={form.nation}
        onChange={(nation) => set({ nation })}
        error={errorFor(errors, 'nation')}
      />
      <Radios
        name="stage"
        legend="Where are you now?"
        options={stageOptions}
        value={form.stage}
        onChange={(stage) => set({ stage, stageYear: '' })}
        error={errorFor(errors, 'now', 'now.stage')}
      />
      {asksAboutMedicalSchool && (
        <Radios
          name="medical-school-route"
          legend="Which route through medical school?"
          options={routeOptions}
          value={form.medicalSchoolRoute as (typeof routeOptions)[number]['value']}
          onChange={(medicalSchoolRoute) => set({ medicalSchoolRoute })}
          error={errorFor(errors, 'medicalSchoolRoute', 'qualificationYear')}
        />
      )}
      {asksAboutCoreTraining && (
        <Radios
          name="core-route"
          legend="Which core training route?"
          hint="Palliative medicine needs the full internal medicine stage 1 before ST4"
          options={coreOptions}
          value={form.coreRoute as (typeof coreOptions)[number]['value']}
          onChange={(coreRoute) => set({ coreRoute })}
          error={errorFor(errors, 'coreRoute')}
        />
      )}
      <button className="nhsuk-button" type="submit">
        Show my route
      </button>
    </form>
  );
}
