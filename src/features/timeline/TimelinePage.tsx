import { useMemo, useRef, useState } from 'react';
import type { IsoDate } from '../../domain/dates';
import { buildTimeline } from '../../domain/timeline/build-timeline';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { usePageTitle } from '../../ui/usePageTitle';
import {
  EMPTY_FORM,
  type FormError,
  type PlanFormState,
  toFormErrors,
  toPlanInput,
} from './plan-form-state';
import { QuickPlanForm } from './QuickPlanForm';
import { TimelineView } from './TimelineView';

type TimelinePageProps = {
  /** The plan last accepted, in its JSON form, or null before the first one. */
  readonly plan: unknown;
  readonly today: IsoDate;
  readonly onPlanChange: (plan: Record<string, unknown>) => void;
  readonly sourcesHref: string;
};

/** Enter a few answers, see a dated route to consultant. */
export function TimelinePage({ plan, today, onPlanChange, sourcesHref }: TimelinePageProps) {
  const [form, setForm] = useState<PlanFormState>(EMPTY_FORM);
  const [errors, setErrors] = useState<readonly FormError[]>([]);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const result = useMemo(() => (plan === null ? null : buildTimeline(plan, today)), [plan, today]);
  usePageTitle('Your route to consultant', errors.length > 0);

  const submit = () => {
    const input = toPlanInput(form);
    if (!input.ok) {
      setErrors(input.errors);
      return;
    }
    const checked = buildTimeline(input.plan, today);
    if (!checked.ok) {
      setErrors(toFormErrors(checked.errors));
      return;
    }
    setErrors([]);
    onPlanChange(input.plan);
    // Wait for the new timeline to render, then take the reader to it.
    requestAnimationFrame(() => resultsHeading.current?.focus());
  };

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <h1>Your route to consultant in palliative medicine</h1>
        <p>
          Answer a few questions to see the dates of each step, from applying to medical school to
          your Certificate of Completion of Training (CCT), and how old you will be at each one.
        </p>
        <QuickPlanForm form={form} errors={errors} onChange={setForm} onSubmit={submit} />
        {result?.ok && (
          <section aria-labelledby="your-route">
            <h2 id="your-route" tabIndex={-1} ref={resultsHeading}>
              Your route
            </h2>
            <TimelineView timeline={result.timeline} sourcesHref={sourcesHref} />
          </section>
        )}
      </div>
    </div>
  );
}
