import { useState } from 'react';
import {
  A_LEVEL_GRADES,
  HIGHER_GRADES,
  IB_MAX_POINTS,
  IB_SUBJECT_GRADES,
  SUBJECTS,
  type SchoolQualification,
  type Subject,
} from '../../domain/plan/qualifications';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Radios } from '../../ui/Radios';
import { TextInput } from '../../ui/TextInput';
import { SUBJECT_LABELS } from './labels';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

type Row = { readonly subject: string; readonly grade: string };
type GradedKind = 'a-levels' | 'scottish-highers' | 'ib';

const ROWS: Readonly<Record<GradedKind, number>> = { 'a-levels': 4, 'scottish-highers': 6, ib: 3 };
const GRADES: Readonly<Record<GradedKind, readonly string[]>> = {
  'a-levels': A_LEVEL_GRADES,
  'scottish-highers': HIGHER_GRADES,
  ib: IB_SUBJECT_GRADES.map(String),
};
const HEADINGS: Readonly<Record<GradedKind, string>> = {
  'a-levels': 'What are your A-level subjects and grades?',
  'scottish-highers': 'What are your Higher subjects and grades?',
  ib: 'What are your IB points and Higher Level grades?',
};
/** The lowest IB Diploma total that is awarded. */
const IB_MIN_POINTS = 24;

function savedRows(qualification: SchoolQualification, count: number): Row[] {
  const given: Row[] =
    qualification.kind === 'ib'
      ? qualification.higherLevel.map((row) => ({ subject: row.subject, grade: String(row.grade) }))
      : qualification.kind === 'other'
        ? []
        : qualification.subjects.map((row) => ({ subject: row.subject, grade: row.grade }));
  return Array.from(
    { length: Math.max(count, given.length) },
    (_, index) => given[index] ?? { subject: '', grade: '' },
  );
}

type SchoolGradesQuestionProps = QuestionProps & {
  readonly qualification: SchoolQualification & { kind: GradedKind };
};

/** Subjects and grades (results or predictions), compared later with typical offers. */
export function SchoolGradesQuestion({
  answers,
  backHref,
  onSave,
  qualification,
}: SchoolGradesQuestionProps) {
  const kind = qualification.kind;
  const [rows, setRows] = useState<Row[]>(savedRows(qualification, ROWS[kind]));
  const [points, setPoints] = useState(
    qualification.kind === 'ib' && qualification.points > 0 ? String(qualification.points) : '',
  );
  const [gradesAre, setGradesAre] = useState<'achieved' | 'predicted' | ''>(
    answers.qualifications?.gradesAre ?? '',
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const errorAt = (href: string) => errors.find((error) => error.href === href)?.message;

  const setRow = (index: number, change: Partial<Row>) =>
    setRows(rows.map((row, at) => (at === index ? { ...row, ...change } : row)));

  const save = () => {
    const found: ErrorSummaryItem[] = [];
    if (kind === 'ib') {
      const total = Number(points);
      if (!/^\d+$/.test(points.trim()) || total < IB_MIN_POINTS || total > IB_MAX_POINTS) {
        found.push({
          href: '#ib-points',
          message: `Enter your IB points as a number from ${IB_MIN_POINTS} to ${IB_MAX_POINTS}`,
        });
      }
    }
    rows.forEach((row, index) => {
      if (row.subject !== '' && row.grade === '')
        found.push({
          href: `#grade-${index + 1}`,
          message: `Select a grade for ${SUBJECT_LABELS[row.subject as Subject].toLowerCase()}`,
        });
      if (row.subject === '' && row.grade !== '')
        found.push({
          href: `#subject-${index + 1}`,
          message: `Select the subject for grade ${row.grade}`,
        });
    });
    // A named subject counts once: a resit goes on the subject's own row, with the grade to use.
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (row.subject === '' || row.subject === 'other' || row.subject === 'languages') return;
      if (seen.has(row.subject))
        found.push({
          href: `#subject-${index + 1}`,
          message: `You have entered ${SUBJECT_LABELS[row.subject as Subject].toLowerCase()} more than once. Enter each subject once, with the grade you want to count`,
        });
      seen.add(row.subject);
    });
    const complete = rows.filter((row) => row.subject !== '' && row.grade !== '');
    if (kind !== 'ib' && complete.length === 0 && found.length === 0) {
      found.push({ href: '#subject-1', message: 'Enter at least one subject and grade' });
    }
    if (gradesAre === '')
      found.push({
        href: '#grades-are',
        message: 'Select whether these are predicted grades or results',
      });
    setErrors(found);
    if (found.length > 0 || gradesAre === '') return;

    const subjects = complete.map((row) => ({ subject: row.subject as Subject, grade: row.grade }));
    const schoolQualification = (
      kind === 'ib'
        ? {
            kind,
            points: Number(points),
            higherLevel: subjects.map((row) => ({
              subject: row.subject,
              grade: Number(row.grade),
            })),
          }
        : { kind, subjects }
    ) as SchoolQualification;
    onSave({ qualifications: { ...answers.qualifications, schoolQualification, gradesAre } });
  };

  return (
    <QuestionPage title={HEADINGS[kind]} backHref={backHref} errors={errors} onContinue={save}>
      <QuestionCaption section="Your qualifications" />
      <h1>{HEADINGS[kind]}</h1>
      <p>
        Enter the grades you have, or the grades you are predicted. Leave a row empty if you do not
        need it.
      </p>
      {kind === 'ib' && (
        <TextInput
          id="ib-points"
          label="Total IB points"
          labelSize="s"
          hint={`Out of ${IB_MAX_POINTS}`}
          width={3}
          numeric
          value={points}
          onChange={setPoints}
          error={errorAt('#ib-points')}
        />
      )}
      {rows.map((row, index) => {
        const number = index + 1;
        const subjectError = errorAt(`#subject-${number}`);
        const gradeError = errorAt(`#grade-${number}`);
        return (
          <div
            className={`nhsuk-form-group${subjectError || gradeError ? ' nhsuk-form-group--error' : ''}`}
            key={number}
          >
            <fieldset className="nhsuk-fieldset app-grade-row">
              <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
                {kind === 'ib' ? `Higher Level subject ${number}` : `Subject ${number}`}
              </legend>
              <ErrorMessage id={`row-${number}-error`} message={subjectError ?? gradeError} />
              <div className="app-grade-row__fields">
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label" htmlFor={`subject-${number}`}>
                    Subject
                  </label>
                  <select
                    className={`nhsuk-select${subjectError ? ' nhsuk-select--error' : ''}`}
                    id={`subject-${number}`}
                    aria-describedby={
                      (subjectError ?? gradeError) ? `row-${number}-error` : undefined
                    }
                    value={row.subject}
                    onChange={(event) => setRow(index, { subject: event.target.value })}
                  >
                    <option value="">Select a subject</option>
                    {SUBJECTS.map((subject) => (
                      <option key={subject} value={subject}>
                        {SUBJECT_LABELS[subject]}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label" htmlFor={`grade-${number}`}>
                    Grade
                  </label>
                  <select
                    className={`nhsuk-select${gradeError ? ' nhsuk-select--error' : ''}`}
                    id={`grade-${number}`}
                    aria-describedby={
                      (subjectError ?? gradeError) ? `row-${number}-error` : undefined
                    }
                    value={row.grade}
                    onChange={(event) => setRow(index, { grade: event.target.value })}
                  >
                    <option value="">Select</option>
                    {GRADES[kind].map((grade) => (
                      <option key={grade} value={grade}>
                        {grade}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
            </fieldset>
          </div>
        );
      })}
      <Radios
        name="grades-are"
        legend="Are these predicted grades or results?"
        options={[
          { value: 'predicted', label: 'Predicted grades' },
          { value: 'achieved', label: 'Results I already have' },
        ]}
        value={gradesAre}
        onChange={setGradesAre}
        error={errorAt('#grades-are')}
      />
    </QuestionPage>
  );
}
