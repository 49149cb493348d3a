import { useState } from 'react';
import { gcseTopGradesTermsFor, readTopGradesCount } from '../../domain/plan/nation-qualifications';
import { GCSE_GRADES, type GcseGrade } from '../../domain/plan/qualifications';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
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

/**
 * GCSE grades: many schools set minimums in English, maths and science, and some ask how many GCSEs are
 * at the top grades (asked in the nation's own grades: 7, 8 or 9 in England, A or A* in Wales and
 * Northern Ireland). All optional; a count, when given, must be a whole number in range.
 */
export function GcseGradesQuestion({ answers, backHref, onSave }: QuestionProps) {
  const saved = answers.qualifications?.gcse ?? {};
  const terms = gcseTopGradesTermsFor(answers.nation);
  const [grades, setGrades] = useState<Record<GcseSubject, string>>({
    englishLanguage: saved.englishLanguage === undefined ? '' : String(saved.englishLanguage),
    maths: saved.maths === undefined ? '' : String(saved.maths),
    science: saved.science === undefined ? '' : String(saved.science),
  });
  const [topGrades, setTopGrades] = useState(
    saved.topGrades === undefined ? '' : String(saved.topGrades),
  );
  const [errors, setErrors] = useState<ErrorSummaryItem[]>([]);
  const save = () => {
    const count = readTopGradesCount(topGrades, terms);
    if (!count.ok) {
      setErrors([{ href: '#gcse-top-grades', message: count.message }]);
      return;
    }
    const gcse: Partial<Record<GcseSubject, GcseGrade>> & { topGrades?: number } = {};
    for (const { key } of SUBJECTS)
      if (grades[key] !== '') gcse[key] = Number(grades[key]) as GcseGrade;
    if (count.count !== undefined) gcse.topGrades = count.count;
    onSave({ qualifications: { ...answers.qualifications, gcse } });
  };
  return (
    <QuestionPage
      title="What are your GCSE grades?"
      backHref={backHref}
      errors={errors}
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
      <TextInput
        id="gcse-top-grades"
        label={terms.question}
        labelSize="s"
        hint={`${terms.hint} Leave this empty if you do not know yet.`}
        width={2}
        numeric
        value={topGrades}
        onChange={setTopGrades}
        error={errors[0]?.message}
      />
    </QuestionPage>
  );
}
