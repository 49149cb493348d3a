import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { IsoDate } from '../../domain/dates';
import { BackLink } from '../../ui/BackLink';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary, type ErrorSummaryItem } from '../../ui/ErrorSummary';
import { usePageTitle } from '../../ui/usePageTitle';
import { CctResultView } from './CctResultView';
import { describePeriod } from './describe';
import type { PeriodsOutcome, SavedChange } from './types';

type PeriodsPageProps = {
  /** The page heading, such as "Part-time training and time out". */
  readonly title: string;
  /** Shown above the heading: whose periods these are. */
  readonly caption: string;
  readonly backHref: string;
  /** Shown under the heading: what the periods are added to. */
  readonly intro?: ReactNode;
  readonly changes: readonly SavedChange[];
  readonly outcome: PeriodsOutcome;
  /** How the date compared with is named: "your current CCT date", "the full-time date". */
  readonly comparedLabel: string;
  /** What the page says before any period is added, such as "Full time, your CCT date is …". */
  readonly emptyText: string;
  readonly today: IsoDate;
  readonly links: {
    readonly add: string;
    readonly change: (index: number) => string;
    readonly remove: (index: number) => string;
  };
  /** Shown after the result: scenarios side by side, links elsewhere. */
  readonly after?: ReactNode;
};

/** The position an error names (`changes[2].start` is 2), or null for the list as a whole. */
function periodIndex(field: string): number | null {
  const match = /^changes\[(\d+)\]/.exec(field);
  return match ? Number(match[1]) : null;
}

/**
 * A list of periods (the plan's own, the direct calculator's, or a scenario's) with change and remove
 * links, and what they do to the CCT date.
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
  links,
  after,
}: PeriodsPageProps) {
  const errors = outcome.kind === 'errors' ? outcome.errors : [];
  const summary: ErrorSummaryItem[] = errors.map((error) => {
    const index = periodIndex(error.field);
    return {
      href: index !== null && index < changes.length ? `#period-${index}` : '#add-period',
      message: error.message,
    };
  });
  usePageTitle(title, errors.length > 0);

  return (
    <>
      <BackLink to={backHref} />
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ErrorSummary errors={summary} />
          <span className="nhsuk-caption-l">{caption}</span>
          <h1>{title}</h1>
          {intro}
          <h2 className="nhsuk-heading-m">Periods</h2>
          {changes.length === 0 ? (
            <p>{emptyText}</p>
          ) : (
            <dl className="nhsuk-summary-list">
              {changes.map((change, index) => {
                const { what, when } = describePeriod(change);
                const rowErrors = errors.filter((error) => periodIndex(error.field) === index);
                return (
                  // Periods have no id of their own; the position is what change and remove use.
                  <div className="nhsuk-summary-list__row" key={index}>
                    <dt className="nhsuk-summary-list__key">{what}</dt>
                    <dd className="nhsuk-summary-list__value">
                      {rowErrors.length > 0 && (
                        <ErrorMessage
                          id={`period-${index}-error`}
                          message={rowErrors.map((error) => error.message).join('. ')}
                        />
                      )}
                      {when}
                    </dd>
                    <dd className="nhsuk-summary-list__actions">
                      <ul className="nhsuk-summary-list__actions-list">
                        <li className="nhsuk-summary-list__actions-list-item">
                          <Link
                            id={`period-${index}`}
                            to={links.change(index)}
                            aria-describedby={
                              rowErrors.length > 0 ? `period-${index}-error` : undefined
                            }
                          >
                            Change<span className="nhsuk-u-visually-hidden"> {what}</span>
                          </Link>
                        </li>
                        <li className="nhsuk-summary-list__actions-list-item">
                          <Link to={links.remove(index)}>
                            Remove<span className="nhsuk-u-visually-hidden"> {what}</span>
                          </Link>
                        </li>
                      </ul>
                    </dd>
                  </div>
                );
              })}
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
              {...(outcome.programmes ? { programmes: outcome.programmes } : {})}
            />
          )}
          {after}
        </div>
      </div>
    </>
  );
}
