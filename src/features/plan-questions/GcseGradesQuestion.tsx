import { useState } from 'react';
import {
  type GcseGradeGroup,
  gcseGradeChoicesFor,
  gcseTopGradesTermsFor,
  readTopGradesCount,
} from '../../domain/plan/nation-qualifications';
import { GCSE_GRADES, type GcseSubjectGrade } from '../../domain/plan/qualifications';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { Select } from '../../ui/Select';
import { TextInput } from '../../ui/TextInput';
import type { QuestionProps } from './question-props';
import { QuestionPage } from './QuestionPage';
import { QuestionCaption } from './QuestionCaption';

type GcseSubject = 'englishLanguage' | 'maths' | 'science';

const SUBJECTS: ReadonlyArray<{ key: GcseSubject; label: string }> = [
  { key: 'englishLanguage', label: 'English language' },
  { key: 'maths', label: 'Maths' },
  { key: 'science', label: 'Science (your lower grade if you take combined or separate sciences)' },
];

const NOT_KNOWN = { value: '', label: 'Not known yet' };

/** A 9 to 1 grade is saved as a number, a letter grade as its text. */
function gradeFromOption(value: string): GcseSubjectGrade {
  const number = GCSE_GRADES.find((grade) => String(grade) === value);
  return number ?? (value as GcseSubjectGrade);
}

function optionsOf(grades: readonly GcseSubjectGrade[]) {
  return grades.map((grade) => ({ value: String(grade), label: String(grade) }));
}

/**
 * The nation's grades, and after them any saved grade it does not offer (a letter grade saved before
 * the nation was changed to England, say), so nothing saved is lost by coming back to this page.
 */
function groupsWithSaved(
  groups: readonly GcseGradeGroup[],
  saved: readonly (GcseSubjectGrade | undefined)[],
): readonly GcseGradeGroup[] {
  const offered = new Set(groups.flatMap((group) => group.grades.map(String)));
  const extra = [
    ...new Set(
      saved.filter(
        (grade): grade is GcseSubjectGrade => grade !== undefined && !offered.has(String(grade)),
      ),
    ),
  ];
  return extra.length === 0 ? groups : [...groups, { label: 'Saved earlier', grades: extra }];
}

/**
 * GCSE grades: many schools set minimums in English, maths and science, and some ask how many GCSEs are
 * at the top grades. Both are asked in the nation's own grades: 9 to 1 in England; A* to G in Wales and
 * A* to G with C* in Northern Ireland, where 9 to 1 is offered too for GCSEs from exam boards in
 * England. All optional; a count, when given, must be a whole number in range.
 */
export function GcseGradesQuestion({ answers, backHref, onSave }: QuestionProps) {
  const saved = answers.qualifications?.gcse ?? {};
  const terms = gcseTopGradesTermsFor(answers.nation);
  const choices = gcseGradeChoicesFor(answers.nation);
  const groups = groupsWithSaved(
    choices.groups,
    SUBJECTS.map(({ key }) => saved[key]),
  );
  // One scale is offered as a plain list; two or more, each under its label.
  const onlyScale = groups.length === 1 ? groups[0] : undefined;
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
    const gcse: Partial<Record<GcseSubject, GcseSubjectGrade>> & { topGrades?: number } = {};
    for (const { key } of SUBJECTS)
      if (grades[key] !== '') gcse[key] = gradeFromOption(grades[key]);
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
      <QuestionCaption section="Your qualifications" />
      <h1>What are your GCSE grades?</h1>
      <p>{choices.intro}</p>
      {SUBJECTS.map(({ key, label }) => (
        <Select
          key={key}
          id={`gcse-${key}`}
          label={label}
          options={[NOT_KNOWN, ...(onlyScale ? optionsOf(onlyScale.grades) : [])]}
          groups={
            onlyScale
              ? undefined
              : groups.map((group) => ({ label: group.label, options: optionsOf(group.grades) }))
          }
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
