import type { ReactNode } from 'react';
import type { ErrorSummaryItem } from '../../ui/ErrorSummary';
import { FormPage } from '../../ui/FormPage';

type QuestionPageProps = {
  readonly title: string;
  readonly backHref: string;
  readonly errors: readonly ErrorSummaryItem[];
  readonly onContinue: () => void;
  readonly children: ReactNode;
};

/** One question on its own page, with a Continue button. */
export function QuestionPage({ title, backHref, errors, onContinue, children }: QuestionPageProps) {
  return (
    <FormPage title={title} backHref={backHref} errors={errors} onSubmit={onContinue}>
      {children}
    </FormPage>
  );
}
