import { progressionAfterFoundation } from '../../domain/rules/foundation';
import type { QuestionProps } from './question-props';
import { YearsOutQuestion } from './YearsOutQuestion';

export function TimeBeforeCoreTrainingQuestion({ answers, backHref, onSave }: QuestionProps) {
  const { percentInTrainingWithin12Months, cohortYear } = progressionAfterFoundation.value;
  return (
    <YearsOutQuestion
      name="years-before-core"
      caption="Your route"
      question="How long do you plan to take between the Foundation Programme and core training?"
      hint={`Many doctors work first (an "F3" year). Only ${percentInTrainingWithin12Months}% who finished F2 in ${cohortYear} started specialty training within a year.`}
      noneLabel="None: straight into core training"
      saved={answers.yearsBeforeCoreTraining}
      backHref={backHref}
      onSave={(yearsBeforeCoreTraining) => onSave({ yearsBeforeCoreTraining })}
    />
  );
}
