import { useState } from 'react';
import { schoolYearLabel, schoolYearsOf } from '../../domain/plan/school-years';
import { STAGE_YEAR_RANGES, type StageWithYear } from '../../domain/plan/stage-years';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Radios, type RadioOption } from '../../ui/Radios';
import { Select } from '../../ui/Select';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

type Stage =
  | 'school'
  | 'gap-year'
  | 'graduate'
  | 'medical-school'
  | 'f1'
  | 'f2'
  | 'imt'
  | 'accs'
  | 'st'
  | 'other-post'
  | 'consultant';

const STAGES_WITH_YEAR: readonly string[] = ['school', 'medical-school', 'imt', 'accs', 'st'];

const YEAR_QUESTIONS: Readonly<Record<StageWithYear, string>> = {
  school: 'Which school year are you in?',
  'medical-school': 'Which year of medical school are you in?',
  imt: 'Which IMT year are you in?',
  accs: 'Which ACCS year are you in?',
  st: 'Which specialty training year are you in?',
};

/** The years to choose from: a pupil's in their nation's own numbering (S1 to S6 in Scotland). */
function yearOptions(stage: StageWithYear, nation: unknown) {
  const { first, last } = stage === 'school' ? schoolYearsOf(nation) : STAGE_YEAR_RANGES[stage];
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const label = (year: number) =>
    stage === 'st'
      ? `ST${year}`
      : stage === 'school'
        ? schoolYearLabel(nation, year)
        : `Year ${year}`;
  return [
    { value: '', label: 'Select a year' },
    ...years.map((year) => ({ value: String(year), label: label(year) })),
  ];
}

function savedYear(answers: QuestionProps['answers']): string {
  const year = answers.now?.stage === 'school' ? answers.now.yearGroup : answers.now?.year;
  return year === undefined ? '' : String(year);
}

/** Where are you now? The answer decides which other questions are asked. */
export function WhereAreYouNowQuestion({ answers, backHref, onSave }: QuestionProps) {
  const [stage, setStage] = useState<Stage | ''>((answers.now?.stage as Stage | undefined) ?? '');
  const [year, setYear] = useState(savedYear(answers));
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const stageError = errors.find((error) => error.href === '#stage')?.message;
  const yearError = errors.find((error) => error.href === '#stage-year')?.message;

  const yearQuestion = (forStage: StageWithYear) => (
    <Select
      id="stage-year"
      label={YEAR_QUESTIONS[forStage]}
      options={yearOptions(forStage, answers.nation)}
      value={year}
      onChange={setYear}
      error={yearError}
    />
  );

  const options: ReadonlyArray<RadioOption<Stage>> = [
    {
      value: 'school',
      label: 'At school or college',
      hint: `${schoolYearLabel(answers.nation, schoolYearsOf(answers.nation).first)} to ${schoolYearLabel(answers.nation, schoolYearsOf(answers.nation).last)}`,
      conditional: yearQuestion('school'),
    },
    { value: 'gap-year', label: 'Taking a gap year after school' },
    { value: 'graduate', label: 'I have, or am finishing, a degree in another subject' },
    {
      value: 'medical-school',
      label: 'At medical school',
      conditional: yearQuestion('medical-school'),
    },
    { value: 'f1', label: 'Foundation year 1 (F1)' },
    { value: 'f2', label: 'Foundation year 2 (F2)' },
    { value: 'imt', label: 'Internal Medicine Training (IMT)', conditional: yearQuestion('imt') },
    { value: 'accs', label: 'Acute Care Common Stem (ACCS)', conditional: yearQuestion('accs') },
    {
      value: 'st',
      label: 'Specialty training (ST4 to ST7)',
      conditional: yearQuestion('st'),
    },
    {
      value: 'other-post',
      label: 'In another training programme or doctor’s job',
      hint: 'For example GP training, core anaesthetics or surgical training, or a job outside a training programme',
    },
    { value: 'consultant', label: 'Consultant' },
  ];

  const save = () => {
    if (stage === '') {
      setErrors([{ href: '#stage', message: 'Select where you are now' }]);
      return;
    }
    if (STAGES_WITH_YEAR.includes(stage) && year === '') {
      setErrors([{ href: '#stage-year', message: 'Select which year you are in' }]);
      return;
    }
    const yearNumber = Number(year);
    onSave({
      // A changed school year is checked against the date of birth again.
      schoolYearChecked: undefined,
      now:
        stage === 'school'
          ? { stage, yearGroup: yearNumber }
          : STAGES_WITH_YEAR.includes(stage)
            ? { stage, year: yearNumber }
            : { stage },
    });
  };

  return (
    <QuestionPage title="Where are you now?" backHref={backHref} errors={errors} onContinue={save}>
      <QuestionCaption section="About you" />
      <Radios
        name="stage"
        legend="Where are you now?"
        legendIsHeading
        options={options}
        value={stage}
        onChange={(chosen) => {
          setStage(chosen);
          setYear('');
        }}
        error={stageError}
      />
    </QuestionPage>
  );
}
