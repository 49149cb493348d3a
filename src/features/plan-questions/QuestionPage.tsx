import { type ReactNode, useContext } from 'react';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';
import { QuestionPositionContext } from './question-position';

type QuestionPageProps = {
  readonly title: string;
  readonly backHref: string;
  readonly errors: readonly ErrorSummaryItem[];
  readonly onContinue: () => void;
  readonly children: ReactNode;
};

/** One question on its own page, with a Continue button, and where it is in the questions. */
export function QuestionPage({ title, backHref, errors, onContinue, children }: QuestionPageProps) {
  const position = useContext(QuestionPositionContext);
  return (
    <FormPage title={title} backHref={backHref} errors={errors} onSubmit={onContinue}>
      {position && (
        <span className="nhsuk-caption-l">
          Question {position.number} of {position.total}
        </span>
      )}
      {children}
    </FormPage>
  );
}
