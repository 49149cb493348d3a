import { Link } from 'react-router';
import type { IsoDate } from '../../domain/dates';
import { cctProRataAccrual, ltftProRata } from '../../domain/rules/ltft';
import { SourceReferences } from '../../ui/SourceReferences';
import { usePageTitle } from '../../ui/usePageTitle';

type PartTimeStartPageProps = {
  /** The open saved plan, when it has a route to add periods to. */
  readonly plan: { readonly name: string; readonly href: string } | null;
  readonly startPlanHref: string;
  readonly calculatorHref: string;
  readonly today: IsoDate;
};

/** The two ways in: periods in a saved plan, or the direct calculator for a doctor in training. */
export function PartTimeStartPage({
  plan,
  startPlanHref,
  calculatorHref,
  today,
}: PartTimeStartPageProps) {
  usePageTitle('Part-time training and time out');
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1>Part-time training and time out</h1>
        <p>
          See how training less than full time, time out of programme, parental leave and sickness
          change the date you finish training: your Certificate of Completion of Training (CCT)
          date.
        </p>
        <p>{ltftProRata.note}</p>
        <SourceReferences ruleIds={[ltftProRata.id, cctProRataAccrual.id]} today={today} />

        <h2 className="nhsuk-heading-m">Already in training?</h2>
        <p>
          Tell us your stage, your current CCT date (or how much training you have left) and your
          hours now. Then add what you plan, such as part-time training from next August.
        </p>
        <Link className="nhsuk-button" to={calculatorHref}>
          Work out a new CCT date
        </Link>

        <h2 className="nhsuk-heading-m">Planning your whole route?</h2>
        {plan ? (
          <>
            <p>
              Add periods to your saved plan, {plan.name}, and see every later step of your route
              move with them.
            </p>
            <p>
              <Link to={plan.href}>Add periods to {plan.name}</Link>
            </p>
          </>
        ) : (
          <p>
            <Link to={startPlanHref}>Make a plan of your route</Link> first, then add part-time
            periods and time out to it.
          </p>
        )}
      </div>
    </div>
  );
}
