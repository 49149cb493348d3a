import { type FormEvent, useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  type ComparedDate,
  type RouteComparison,
  compareRoutes,
} from '../../domain/compare/compare-routes';
import {
  ABOUT_THE_SAME_TIME,
  describeComparedDifference,
} from '../../domain/compare/describe-difference';
import { type IsoDate, formatLongDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import type { TimelineResult } from '../../domain/timeline/types';
import { timelineFor } from '../../state/plan-timeline';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { PrintButton } from '../../ui/PrintButton';
import { formatDated } from '../../domain/dated-text';
import { Select } from '../../ui/Select';
import { usePageTitle } from '../../ui/usePageTitle';

export type ComparedPlan = {
  readonly id: string;
  readonly name: string;
  readonly answers: PlanAnswers;
};

export type ComparePageProps = {
  readonly plans: readonly ComparedPlan[];
  /** The plans chosen (from the address); either may name a plan that is not saved here. */
  readonly firstId: string;
  readonly secondId: string;
  /** Whether the ids came from the address, rather than being Pathway's suggestion. */
  readonly chosen: boolean;
  readonly today: IsoDate;
  readonly links: { readonly plans: string };
  readonly onCompare: (firstId: string, secondId: string) => void;
  /** Opens a plan's route page. */
  readonly onOpen: (planId: string) => void;
};

type FieldErrors = { readonly first?: string; readonly second?: string };

const NOT_SAVED = 'Choose one of the plans saved on this device';
const SAME_PLAN = 'Choose a different plan from the first one';

function problems(plans: readonly ComparedPlan[], first: string, second: string): FieldErrors {
  const known = (id: string) => plans.some((plan) => plan.id === id);
  return {
    ...(known(first) ? {} : { first: NOT_SAVED }),
    ...(known(second) ? {} : { second: NOT_SAVED }),
    ...(known(first) && known(second) && first === second ? { second: SAME_PLAN } : {}),
  };
}

function DateCell({ value }: { readonly value: ComparedDate | null }) {
  if (value === null) return <td>Not in this plan</td>;
  return (
    <td>
      {formatDated(value)}
      <br />
      <span className="nhsuk-body-s">
        Age {value.age}
        {value.basis === 'estimate' ? ', estimate' : ''}
        {value.status === 'done' ? ', already passed' : ''}
      </span>
    </td>
  );
}

/** Two saved plans' key dates side by side, for a student and an adviser weighing up routes. */
export function ComparePage({
  plans,
  firstId,
  secondId,
  chosen,
  today,
  links,
  onCompare,
  onOpen,
}: ComparePageProps) {
  const [first, setFirst] = useState(firstId);
  const [second, setSecond] = useState(secondId);
  const [submitted, setSubmitted] = useState(chosen);
  // Errors are shown for what is being compared: the address, or the last choice submitted.
  const errors = submitted ? problems(plans, firstId, secondId) : {};
  const hasError = errors.first !== undefined || errors.second !== undefined;
  usePageTitle('Compare two plans', hasError);

  const firstPlan = plans.find((plan) => plan.id === firstId);
  const secondPlan = plans.find((plan) => plan.id === secondId);
  const results = useMemo(
    () =>
      firstPlan && secondPlan && !hasError
        ? {
            first: timelineFor(firstPlan.answers, today),
            second: timelineFor(secondPlan.answers, today),
          }
        : null,
    [firstPlan, secondPlan, hasError, today],
  );

  if (plans.length < 2)
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>Compare two plans</h1>
          <p>
            You need two saved plans to compare them. On your saved plans page, copy a plan and
            change the copy: for example, try ACCS-IM instead of IMT, or a gap year.
          </p>
          <p>
            <Link to={links.plans}>Your saved plans</Link>
          </p>
        </div>
      </div>
    );

  const options = plans.map((plan) => ({ value: plan.id, label: plan.name }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    onCompare(first, second);
  };
  const summaryErrors = [
    ...(errors.first ? [{ href: '#first-plan', message: errors.first }] : []),
    ...(errors.second ? [{ href: '#second-plan', message: errors.second }] : []),
  ];
  // An unknown id in the address selects nothing: offer the first saved plan instead.
  const selectable = (id: string) =>
    plans.some((plan) => plan.id === id) ? id : (plans[0]?.id ?? '');

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <ErrorSummary errors={summaryErrors} />
            <h1>Compare two plans</h1>
            <p>
              See the key dates of two saved plans side by side. Comparing changes nothing in either
              plan.
            </p>
            <form className="app-no-print" noValidate onSubmit={submit}>
              <Select
                id="first-plan"
                label="First plan"
                options={options}
                value={selectable(first)}
                onChange={setFirst}
                error={errors.first}
              />
              <Select
                id="second-plan"
                label="Second plan"
                options={options}
                value={selectable(second)}
                onChange={setSecond}
                error={errors.second}
              />
              <button className="nhsuk-button" type="submit">
                Compare plans
              </button>
            </form>
          </div>
        </div>

        {results && firstPlan && secondPlan && (
          <Comparison
            first={{ plan: firstPlan, result: results.first }}
            second={{ plan: secondPlan, result: results.second }}
            onOpen={onOpen}
          />
        )}
      </div>
    </div>
  );
}

const CCT = 'the Certificate of Completion of Training (CCT)';

/** The sentence above the table: which plan reaches its CCT first, and by about how much. */
function cctComparedInWords(
  comparison: RouteComparison,
  names: { readonly first: string; readonly second: string },
): string | null {
  const row = comparison.rows.find((candidate) => candidate.id === 'cct');
  if (!row?.first || !row.second) return null;
  const dates = `${formatLongDate(row.second.date)} against ${formatLongDate(row.first.date)}`;
  if (row.first.date === row.second.date)
    return `Both plans reach ${CCT} on ${formatLongDate(row.first.date)}.`;
  const words = describeComparedDifference(row.first, row.second);
  if (words === ABOUT_THE_SAME_TIME)
    return `${names.second} and ${names.first} reach ${CCT} at about the same time: ${dates}.`;
  return `${names.second} reaches ${CCT} ${words} than ${names.first}: ${dates}.`;
}

type Side = {
  readonly plan: ComparedPlan;
  readonly result: TimelineResult;
};

function Comparison({
  first,
  second,
  onOpen,
}: {
  readonly first: Side;
  readonly second: Side;
  readonly onOpen: (planId: string) => void;
}) {
  const unfinished = [first, second].filter((side) => !side.result.ok);
  const openButtons = (
    <div className="app-button-row">
      {[first, second].map((side) => (
        <button
          key={side.plan.id}
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          onClick={() => onOpen(side.plan.id)}
        >
          Open {side.plan.name}
        </button>
      ))}
    </div>
  );
  if (!first.result.ok || !second.result.ok)
    return (
      <section aria-labelledby="comparison-heading">
        <h2 id="comparison-heading">Key dates</h2>
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {unfinished.map((side) => side.plan.name).join(' and ')}{' '}
            {unfinished.length === 1 ? 'is' : 'are'} not finished, so Pathway cannot show the dates
            side by side yet. Open {unfinished.length === 1 ? 'it' : 'each'} to answer the questions
            left.
          </p>
        </div>
        {openButtons}
      </section>
    );

  const comparison = compareRoutes(first.result.timeline, second.result.timeline);
  const names = { first: first.plan.name, second: second.plan.name };
  const cctSentence = cctComparedInWords(comparison, names);

  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Key dates</h2>
      {cctSentence && <p className="nhsuk-body-l">{cctSentence}</p>}
      <p>
        Dates marked estimate are projected from the yearly pattern, not published yet, so the
        difference between them is rounded. Each plan’s route page shows how every date is worked
        out, with its sources.
      </p>
      <p>
        The last column says how much earlier or later each step is in {names.second} than in{' '}
        {names.first}.
      </p>
      <div
        className="app-table-scroll"
        role="region"
        aria-labelledby="comparison-caption"
        tabIndex={0}
      >
        <table className="nhsuk-table app-compare-table">
          <caption className="nhsuk-table__caption" id="comparison-caption">
            Key dates in {names.first} and {names.second}
          </caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Step</th>
              <th scope="col" className="app-compare-table__plan">
                {names.first}
              </th>
              <th scope="col" className="app-compare-table__plan">
                {names.second}
              </th>
              <th scope="col">
                Difference
                <span className="nhsuk-u-visually-hidden">
                  : {names.second} compared with {names.first}
                </span>
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {comparison.rows.map((row) => (
              <tr key={row.id} data-milestone={row.id}>
                <th scope="row">{row.title}</th>
                <DateCell value={row.first} />
                <DateCell value={row.second} />
                <td>
                  {row.first && row.second
                    ? describeComparedDifference(row.first, row.second)
                    : 'Not in both plans'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {openButtons}
      <PrintButton />
    </section>
  );
}
