import { useState } from 'react';
import { GCSE_GRADES, type GcseGrade } from '../../domain/plan/qualifications';
import { Select } from '../../ui/Select';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';

type GcseSubject = 'englishLanguage' | 'maths' | 'science';

const SUBJECTS: ReadonlyArray<{ key: GcseSubject; label: string }> = [
  { key: 'englishLanguage', label: 'English language' },
  { key: 'maths', label: 'Maths' },
  { key: 'science', label: 'Science (your lower grade if you take combined or separate sciences)' },
];

const OPTIONS = [
  { value: '', label: 'Not known yet' },
  ...GCSE_GRADES.map((grade) => ({ value: String(grade), label: String(grade) })),
];

/** GCSE grades: many schools set minimums in English, maths and science. All optional. */
export function GcseGradesQuestion({ answers, backHref, onSave }: QuestionProps) {
  const saved = answers.qualifications?.gcse ?? {};
  const [grades, setGrades] = useState<Record<GcseSubject, string>>({
    englishLanguage: saved.englishLanguage === undefined ? '' : String(saved.englishLanguage),
    maths: saved.maths === undefined ? '' : String(saved.maths),
    science: saved.science === undefined ? '' : String(saved.science),
  });
  const save = () => {
    const gcse: Partial<Record<GcseSubject, GcseGrade>> = {};
    for (const { key } of SUBJECTS)
      if (grades[key] !== '') gcse[key] = Number(grades[key]) as GcseGrade;
    onSave({ qualifications: { ...answers.qualifications, gcse } });
  };
  return (
    <QuestionPage
      title="What are your GCSE grades?"
      backHref={backHref}
      errors={[]}
      onContinue={save}
    >
      <span className="nhsuk-caption-l">Your qualifications</span>
      <h1>What are your GCSE grades?</h1>
      <p>Results or predicted grades, from 9 (highest) to 1.</p>
      {SUBJECTS.map(({ key, label }) => (
        <Select
          key={key}
          id={`gcse-${key}`}
          label={label}
          options={OPTIONS}
          value={grades[key]}
          onChange={(value) => setGrades({ ...grades, [key]: value })}
        />
      ))}
    </QuestionPage>
  );
}
