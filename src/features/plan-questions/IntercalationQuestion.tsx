import { intercalationYear } from '../../domain/rules/medical-school';
import type { QuestionProps } from './question-props';
import { YesNoQuestion } from './YesNoQuestion';

/** Whether to take an extra year for a degree during medical school. */
export function IntercalationQuestion({ answers, backHref, onSave }: QuestionProps) {
  return (
    <YesNoQuestion
      name="intercalate"
      caption="Your route"
      question="Do you plan to take an intercalated degree?"
      hint={`An extra year studying for a BSc or BA during medical school. It is optional on most courses and adds ${intercalationYear.value.years} year to your route.`}
      saved={answers.intercalate}
      errorMessage="Select yes if you plan to take an intercalated degree"
      backHref={backHref}
      onSave={(intercalate) => onSave({ intercalate })}
    />
  );
}
