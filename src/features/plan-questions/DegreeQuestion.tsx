import { useState } from 'react';
import { academicYearOf } from '../../domain/calendar';
import { DEGREE_CLASSES, type DegreeClass } from '../../domain/plan/qualifications';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import { DEGREE_CLASS_LABELS } from './labels';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

/** A first degree: its result, whether it is in science, and when it ends. */
export function DegreeQuestion({ answers, today, backHref, onSave }: QuestionProps) {
  const saved = answers.qualifications?.degree;
  const [classification, setClassification] = useState<DegreeClass | ''>(
    saved?.classification ?? '',
  );
  const [science, setScience] = useState<'yes' | 'no' | ''>(
    saved === undefined ? '' : saved.science ? 'yes' : 'no',
  );
  const [finishYear, setFinishYear] = useState(
    answers.qualificationYear === undefined ? '' : String(answers.qualificationYear),
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const errorAt = (href: string) => errors.find((error) => error.href === href)?.message;
  const latestYear = academicYearOf(today) + 6;

  const save = () => {
    const found: ErrorSummaryItem[] = [];
    if (classification === '')
      found.push({
        href: '#degree-class',
        message: 'Select the result of your degree, or the result you expect',
      });
    if (science === '')
      found.push({
        href: '#degree-science',
        message: 'Select yes if your degree is in a science or health subject',
      });
    const year = Number(finishYear);
    if (!/^\d{4}$/.test(finishYear.trim()) || year < 1960 || year > latestYear) {
      found.push({
        href: '#finish-year',
        message: `Enter the year your degree ends or ended, like 2027, from 1960 to ${latestYear}`,
      });
    }
    setErrors(found);
    if (found.length > 0 || classification === '' || science === '') return;
    onSave({
      qualificationYear: year,
      qualifications: {
        ...answers.qualifications,
        degree: { classification, science: science === 'yes' },
      },
    });
  };

  return (
    <QuestionPage title="Your degree" backHref={backHref} errors={errors} onContinue={save}>
      <QuestionCaption section="Your qualifications" />
      <h1>Your degree</h1>
      <Radios
        name="degree-class"
        legend="What is the result of your degree, or the result you expect?"
        options={DEGREE_CLASSES.map((value) => ({ value, label: DEGREE_CLASS_LABELS[value] }))}
        value={classification}
        onChange={setClassification}
        error={errorAt('#degree-class')}
      />
      <Radios
        name="degree-science"
        legend="Is your degree in a science or health subject?"
        hint="Some graduate-entry courses accept any subject; others ask for a science degree"
        options={[
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ]}
        value={science}
        onChange={setScience}
        error={errorAt('#degree-science')}
      />
      <TextInput
        id="finish-year"
        label="Which year does your degree end, or which year did it end?"
        labelSize="m"
        hint="For example, 2027"
        width={4}
        numeric
        value={finishYear}
        onChange={setFinishYear}
        error={errorAt('#finish-year')}
      />
    </QuestionPage>
  );
}
