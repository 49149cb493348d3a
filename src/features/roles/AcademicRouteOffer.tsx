import { useMemo } from 'react';
import { Link } from 'react-router';
import { type IsoDate, formatLongDate, formatMonthYear } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { academicRoute } from '../../domain/roles/academic-route';
import { fromRule } from '../../domain/roles/statements';
import { ooprCredit } from '../../domain/rules/ltft';
import { SourcedStatement } from './SourcedStatement';

type AcademicRouteOfferProps = {
  readonly plan: { readonly name: string; readonly answers: PlanAnswers } | null;
  readonly today: IsoDate;
  readonly startHref: string;
  /** Opens a copy of the plan with these answers (the research period added). */
  readonly onOpen: (answers: PlanAnswers) => void;
};

/**
 * The academic route worked out for the person's own plan, as an example, with a button that opens it
 * as a new plan; or why it cannot be.
 */
export function AcademicRouteOffer({ plan, today, startHref, onOpen }: AcademicRouteOfferProps) {
  const result = useMemo(() => (plan ? academicRoute(plan.answers, today) : null), [plan, today]);
  if (!plan || !result)
    return (
      <p data-ui>
        To see how this would change your route, <Link to={startHref}>start a plan</Link>.
      </p>
    );
  if (!result.ok)
    return (
      <div className="nhsuk-inset-text" data-ui>
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>Pathway cannot open this as a new plan. {result.message}</p>
      </div>
    );
  const { period, years, creditMonths } = result;
  const example = fromRule(
    'academic-example',
    ooprCredit,
    `An example for ${plan.name}: ${years} years of research out of programme (OOPR) from the start of your ST5 on ${formatLongDate(period.start)} to ${formatLongDate(period.end)}, with ${creditMonths} months counting towards training, would move your CCT from ${formatMonthYear(result.cctBefore)} to ${formatMonthYear(result.cctAfter)}. Your specialty advisory committee decides how much research really counts.`,
  );
  return (
    <div className="app-academic-offer">
      <SourcedStatement statement={example} />
      <div data-ui>
        <p className="nhsuk-hint" id="academic-offer-hint">
          This makes a copy of {plan.name} with the research time added and opens its route.{' '}
          {plan.name} stays as it is.
        </p>
        <button
          className="nhsuk-button"
          type="button"
          aria-describedby="academic-offer-hint"
          onClick={() => onOpen(result.answers)}
        >
          Open the academic route as a new plan
        </button>
      </div>
    </div>
  );
}
