import { useMemo } from 'react';
import { Link } from 'react-router';
import type { IsoDate } from '../../domain/dates';
import type { PlanAnswers } from '../../domain/plan/answers';
import { payForTimeline } from '../../domain/pay';
import { usePlanTimeline } from '../../state/plan-timeline';
import { enhancementsNotIncluded } from '../../domain/rules/pay';
import type { CoreRoute } from '../../domain/rules/specialty';
import { PrintButton } from '../../ui/PrintButton';
// Pay's own rules and sources only (the pay engine registers them), not a route's.
import { SourceReferences } from '../../ui/SourceLinks';
import { usePageTitle } from '../../ui/usePageTitle';
import { LazyPayChart } from './LazyPayChart';
import { chartDescription, payRows, paySummarySentence } from './pay-view-model';

type PayPageProps = {
  readonly planName: string;
  readonly answers: PlanAnswers;
  readonly today: IsoDate;
  readonly links: { readonly yourRoute: string; readonly continueQuestions: string };
};

/** What a person would earn each year of their route: words, a chart and a table with the same figures. */
export function PayPage({ planName, answers, today, links }: PayPageProps) {
  usePageTitle('What you could earn');
  const timeline = usePlanTimeline(answers, today);
  const result = useMemo(
    () => (timeline.ok ? payForTimeline(timeline.timeline) : timeline),
    [timeline],
  );
  if (!result.ok) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>What you could earn</h1>
          <p>We need a few more answers before we can work out your pay.</p>
          <Link className="nhsuk-button" to={links.continueQuestions}>
            Continue with the questions
          </Link>
        </div>
      </div>
    );
  }
  const coreRoute = (answers.coreRoute === 'accs-im' ? 'accs-im' : 'imt') satisfies CoreRoute;
  const rows = payRows(result, coreRoute);
  const sentence = paySummarySentence(result);
  const enhancements = enhancementsNotIncluded.value;
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <span className="nhsuk-caption-l">{planName}</span>
        <h1>What you could earn</h1>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            {sentence && <p className="nhsuk-body-l">{sentence}</p>}
            <ul>
              {result.notes.map((note) => (
                <li key={note.id}>{note.message}</li>
              ))}
            </ul>
            <p>
              <Link to={links.yourRoute}>Back to your route</Link>
            </p>
            <PrintButton />
          </div>
        </div>
        <h2>Basic pay each year</h2>
        <p>
          Financial years run from 1 April to 31 March. The chart shows the figures in the table
          below.
          {rows.some((row) => row.amount === null) &&
            ' A year with no figure is a gap in the chart, not £0: the table says why.'}
        </p>
        <LazyPayChart rows={rows} description={chartDescription(rows)} />
        <div
          className="app-table-scroll"
          role="region"
          aria-labelledby="pay-table-caption"
          tabIndex={0}
        >
          <table className="nhsuk-table">
            <caption className="nhsuk-table__caption" id="pay-table-caption">
              Basic pay by financial year
            </caption>
            <thead className="nhsuk-table__head">
              <tr>
                <th scope="col">Year</th>
                <th scope="col">Where you are</th>
                <th scope="col" className="nhsuk-table__header--numeric">
                  Basic pay
                </th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody className="nhsuk-table__body">
              {rows.map((row) => (
                <tr key={row.financialYear} data-year={row.financialYear}>
                  <th scope="row">{row.financialYear}</th>
                  <td>{row.where}</td>
                  <td className="nhsuk-table__cell--numeric">{row.amountText}</td>
                  <td className="app-pay-notes">
                    {row.notes.length > 0 ? `${row.notes.join('. ')}.` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <h2>What basic pay leaves out</h2>
            <p>
              Most doctors in training earn more than basic pay, depending on their rota. On the
              2016 contract in England, night hours are paid{' '}
              {Math.round(enhancements.nightEnhancement * 100)}% more, there is an allowance for
              working weekends, non-resident on-call adds{' '}
              {Math.round(enhancements.onCallAvailability * 100)}%, and extra hours are paid at the
              basic rate. Palliative medicine does not attract a flexible pay premium.
            </p>
            <SourceReferences
              ruleIds={[enhancementsNotIncluded.id, ...result.ruleIds]}
              today={today}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
