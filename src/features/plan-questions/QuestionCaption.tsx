import { useContext } from 'react';
import { QuestionPositionContext } from './question-position';

/**
 * The caption above a question: where it is in this person's questions ("Question 3 of 10"), or, where
 * that is not known, the part of the plan it is about ("About you").
 */
export function QuestionCaption({ section }: { readonly section: string }) {
  const position = useContext(QuestionPositionContext);
  return (
    <span className="nhsuk-caption-l">
      {position ? `Question ${position.number} of ${position.total}` : section}
    </span>
  );
}
