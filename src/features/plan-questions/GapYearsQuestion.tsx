import type { QuestionProps } from './question-props';
import { YearsOutQuestion } from './YearsOutQuestion';

export function GapYearsQuestion({ answers, backHref, onSave }: QuestionProps) {
  const afterDegree =
    answers.now?.stage === 'graduate' || answers.medicalSchoolRoute === 'graduate-entry';
  return (
    <YearsOutQuestion
      name="gap-years"
      caption="Your route"
      question={
        afterDegree
          ? 'How many years do you plan to take before starting medical school?'
          : 'Do you plan to take a gap year before medical school?'
      }
      hint="If a deadline has already passed, the plan adds the wait for you"
      noneLabel="No gap year"
      saved={answers.gapYearsBeforeMedicalSchool}
      backHref={backHref}
      onSave={(gapYearsBeforeMedicalSchool) => onSave({ gapYearsBeforeMedicalSchool })}
    />
  );
}
