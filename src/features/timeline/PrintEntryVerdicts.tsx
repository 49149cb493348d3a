import type { EntryCheckItem, EntryCheckResult, EntryStatus } from '../../domain/entry';
import { noteNumbers } from './PrintSourceNotes';
import type { Cite } from './source-notes';

// The same words as the entry checklist's tags on screen (features do not import each other).
const VERDICTS: Readonly<Record<Exclude<EntryStatus, 'info'>, string>> = {
  meets: 'Meets typical offers',
  below: 'Below typical offers',
  missing: 'Missing',
  'not-given': 'Not answered',
};

type Verdict = EntryCheckItem & { readonly status: Exclude<EntryStatus, 'info'> };

/** The items that judge the grades given; the rest are information for everyone. */
export function verdictsOf(result: EntryCheckResult | null): readonly Verdict[] {
  return (result?.items ?? []).filter((item): item is Verdict => item.status !== 'info');
}

type PrintEntryVerdictsProps = {
  readonly verdicts: readonly Verdict[];
  /** Saved answers the check could not read, in plain English. */
  readonly unreadable: readonly string[];
  /** The note numbers of a row's sources. */
  readonly cite: Cite;
};

/** The entry requirements check's verdicts on the grades given, as one compact table. */
export function PrintEntryVerdicts({ verdicts, unreadable, cite }: PrintEntryVerdictsProps) {
  return (
    <section aria-labelledby="print-entry-heading">
      <h2 id="print-entry-heading" className="nhsuk-heading-s">
        Getting into medical school
      </h2>
      <p>
        What medical schools typically ask for, compared with the grades given. Meeting a typical
        offer is not an offer: each school sets its own requirements.
      </p>
      {unreadable.length > 0 && (
        <p>Some saved answers could not be read and were left out: {unreadable.join('; ')}.</p>
      )}
      {verdicts.length > 0 && (
        <table className="nhsuk-table app-print-summary__table">
          <caption className="nhsuk-u-visually-hidden">Entry requirements</caption>
          <thead className="nhsuk-table__head">
            <tr>
              <th scope="col">Requirement</th>
              <th scope="col">Compared with the grades given</th>
              <th scope="col">Sources</th>
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {verdicts.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.title}</th>
                <td>
                  <strong>{VERDICTS[item.status]}.</strong> {item.summary}
                </td>
                <td>{noteNumbers(cite(item.ruleIds))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
