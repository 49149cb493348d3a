import { type IsoDate, formatLongDate } from '../../domain/dates';
import { isPastReview } from '../../domain/rules/due';
import { findSource } from '../../domain/rules/registry';
import { sourceLabel } from '../../domain/rules/source';
import type { SourceNote } from './source-notes';

/** Note numbers as a printed page cites them: "1, 4, 7". */
export function noteNumbers(numbers: readonly number[]): string {
  return numbers.join(', ');
}

type PrintSourceNotesProps = {
  readonly notes: readonly SourceNote[];
  /** Today, to say which sources were due to be checked again before it. */
  readonly today: IsoDate;
};

/** The numbered sources at the end of a printed page: each title and the date it was checked. */
export function PrintSourceNotes({ notes, today }: PrintSourceNotesProps) {
  if (notes.length === 0) return null;
  return (
    <section aria-labelledby="print-sources-heading">
      <h2 id="print-sources-heading" className="nhsuk-heading-s">
        Sources
      </h2>
      <ol className="app-print-summary__notes">
        {notes.map(({ number, sourceId, reviewBy }) => {
          const source = findSource(sourceId);
          return (
            <li key={sourceId} value={number}>
              {sourceLabel(source)}, checked {formatLongDate(source.checkedOn)}
              {isPastReview(reviewBy, today)
                ? `; may be out of date: it was due to be checked again by ${formatLongDate(reviewBy)}.`
                : '.'}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
