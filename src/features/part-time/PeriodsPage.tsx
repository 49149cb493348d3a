import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { LtftNation } from '../../domain/cct';
import type { IsoDate } from '../../domain/dates';
import { BackLink } from '../../ui/BackLink';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary';
import { usePageTitle } from '../../ui/usePageTitle';
import { CctHeadline, CctResultView } from './CctResultView';
import { describePeriod, groupPeriods } from './describe';
import type { Period, PeriodError, PeriodId, PeriodsOutcome } from './types';

type PeriodsPageProps = {
  /** The page heading, such as "Part-time training and time out". */
  readonly title: string;
  /** Shown above the heading: whose periods these are. */
  readonly caption: string;
  readonly backHref: string;
  /** Shown under the result: what the periods are added to. */
  readonly intro?: ReactNode;
  readonly changes: readonly Period[];
  readonly outcome: PeriodsOutcome;
  /** How the date compared with is named: "your current CCT date", "the full-time date". */
  readonly comparedLabel: string;
  /** What the page says before any period is added, such as "Full time, your CCT date is …". */
  readonly emptyText: string;
  readonly today: IsoDate;
  /** Where the doctor trains: the notice and rules for less than full time training follow it. */
  readonly nation: LtftNation;
  readonly links: {
    readonly add: string;
    readonly change: (id: PeriodId) => string;
    readonly remove: (id: PeriodId) => string;
  };
  /** Shown after the result: scenarios side by side, links elsewhere. */
  readonly after?: ReactNode;
};

function PeriodRow({
  period,
  errors,
  links,
  nested,
}: {
  readonly period: Period;
  readonly errors: readonly PeriodError[];
  readonly links: PeriodsPageProps['links'];
  /** For time away or sickness inside a part-time period: whether the part-time hours resume after it. */
  readonly nested: { readonly resumes: boolean } | null;
}) {
  const { what, when } = describePeriod(period);
  const rowErrors = errors.filter((error) => error.periodId === period.id);
  const anchor = `period-${period.id}`;
  return (
    <div className={`nhsuk-summary-list__row${nested ? ' app-summary-list__row--nested' : ''}`}>
      <dt className="nhsuk-summary-list__key">
        {nested && <span className="nhsuk-u-visually-hidden">During the part-time period: </span>}
        {what}
      </dt>
      <dd className="nhsuk-summary-list__value">
        {rowErrors.length > 0 && (
          <ErrorMessage
            id={`${anchor}-error`}
            message={rowErrors.map((error) => error.message).join(' ')}
          />
        )}
        {when}
        {nested?.resumes && (
          <>
            <br />
            <span className="app-period-note">Your part-time hours carry on after it.</span>
          </>
        )}
      </dd>
      <dd className="nhsuk-summary-list__actions">
        <ul className="nhsuk-summary-list__actions-list">
          <li className="nhsuk-summary-list__actions-list-item">
            <Link
              id={anchor}
              to={links.change(period.id)}
              aria-describedby={rowErrors.length > 0 ? `${anchor}-error` : undefined}
            >
              Change<span className="nhsuk-u-visually-hidden"> {what}</span>
            </Link>
          </li>
          <li className="nhsuk-summary-list__actions-list-item">
            <Link to={links.remove(period.id)}>
              Remove<span className="nhsuk-u-visually-hidden"> {what}</span>
            </Link>
          </li>
        </ul>
      </dd>
    </div>
  );
}

/**
 * A list of periods (the plan's own, the direct calculator's, or a scenario's) and what they do to the
 * CCT date: the new date first, then the periods in date order (leave and time out under the
 * part-time period they fall in) with change and remove links, then the working.
 */
export function PeriodsPage({
  title,
  caption,
  backHref,
  intro,
  changes,
  outcome,
  comparedLabel,
  emptyText,
  today,
  nation,
  links,
  after,
}: PeriodsPageProps) {
  const errors = outcome.kind === 'errors' ? outcome.errors : [];
  const ids = new Set(changes.map((period) => period.id));
  const summary: ErrorSummaryItem[] = errors.map((error) => ({
    href:
      error.periodId !== null && ids.has(error.periodId)
        ? `#period-${error.periodId}`
        : '#add-period',
    message: error.message,
  }));
  usePageTitle(title, errors.length > 0);
  const groups = groupPeriods(changes);

  return (
    <>
      <BackLink to={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="nhsuk-caption-l">{caption}</span>
          <h1>{title}</h1>
          {outcome.kind === 'result' && (
            <CctHeadline
              calculation={outcome.calculation}
              comparedWith={outcome.comparedWith}
              comparedLabel={comparedLabel}
            />
          )}
          {intro}
          <h2 className="nhsuk-heading-m">Periods</h2>
          {changes.length === 0 ? (
            <p>{emptyText}</p>
          ) : (
            <dl className="nhsuk-summary-list">
              {groups.flatMap(({ period, inside }) => [
                <PeriodRow
                  key={period.id}
                  period={period}
                  errors={errors}
                  links={links}
                  nested={null}
                />,
                ...inside.map((child) => (
                  <PeriodRow
                    key={child.id}
                    period={child}
                    errors={errors}
                    links={links}
                    nested={{
                      resumes:
                        period.end === null || (child.end !== null && child.end < period.end),
                    }}
                  />
                )),
              ])}
            </dl>
          )}
          <Link className="nhsuk-button nhsuk-button--secondary" to={links.add} id="add-period">
            {changes.length === 0 ? 'Add a period' : 'Add another period'}
          </Link>
          {outcome.kind === 'result' && (
            <CctResultView
              calculation={outcome.calculation}
              comparedWith={outcome.comparedWith}
              comparedLabel={comparedLabel}
              today={today}
              nation={nation}
              headline={false}
              {...(outcome.programmes ? { programmes: outcome.programmes } : {})}
            />
          )}
          {after}
        </div>
      </div>
    </>
  );
}
