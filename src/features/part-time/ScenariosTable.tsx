import { Link } from 'react-router';
import { MAX_SCENARIOS, type ScenarioRow } from '../../domain/cct';
import { formatLongDate } from '../../domain/dates';

type ScenariosTableProps = {
  /** The current plan first, then each scenario (see scenarioRows). */
  readonly rows: readonly ScenarioRow[];
  readonly scenarioHref: (id: string) => string;
  /** Where to add a scenario; null when there are already as many as can be kept. */
  readonly addHref: string | null;
};

/** The current plan and up to two scenarios, with their CCT dates in one table. */
export function ScenariosTable({ rows, scenarioHref, addHref }: ScenariosTableProps) {
  const current = rows.find((row) => row.isCurrent);
  // Two tabs adding at once can leave more than the limit; each is kept and counted.
  const scenarioCount = rows.filter((row) => !row.isCurrent).length;
  return (
    <section aria-labelledby="scenarios-heading">
      <h2 className="nhsuk-heading-m" id="scenarios-heading">
        Compare scenarios
      </h2>
      <p>
        Try other periods side by side, such as staying full time or working part time to the end.
        You can keep up to {MAX_SCENARIOS} scenarios as well as your current periods.
      </p>
      {rows.length > 1 && (
        <table className="nhsuk-table nhsuk-table--responsive">
          <caption className="nhsuk-table__caption nhsuk-table__caption--s">
            CCT dates side by side
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th className="nhsuk-table__header" scope="col">
                Scenario
              </th>
              <th className="nhsuk-table__header" scope="col">
                CCT date
              </th>
              <th className="nhsuk-table__header" scope="col">
                Compared with {current?.name.toLowerCase() ?? 'your current periods'}
              </th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {rows.map((row) => (
              <tr className="nhsuk-table__row" key={row.id ?? 'current'}>
                <th className="nhsuk-table__header" scope="row">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    Scenario{' '}
                  </span>
                  {row.id === null ? row.name : <Link to={scenarioHref(row.id)}>{row.name}</Link>}
                </th>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    CCT date{' '}
                  </span>
                  {row.cct === null
                    ? `Cannot be worked out: ${row.problem ?? 'check the periods'}`
                    : formatLongDate(row.cct)}
                </td>
                <td className="nhsuk-table__cell">
                  <span className="nhsuk-table__heading" aria-hidden="true">
                    Compared{' '}
                  </span>
                  {row.isCurrent ? 'This is your current plan' : (row.difference ?? 'Not known')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {addHref === null ? (
        <p>You have {scenarioCount} scenarios. Delete one from its page to add another.</p>
      ) : (
        <Link className="nhsuk-button nhsuk-button--secondary" to={addHref}>
          Add a scenario
        </Link>
      )}
    </section>
  );
}
