import { Fragment } from 'react';
import { formatDated } from '../../domain/dated-text';
import { formatMonthYear } from '../../domain/dates';
import type { Milestone, Stage, Timeline } from '../../domain/timeline/types';
import { noteNumbers } from './PrintSourceNotes';
import type { Cite } from './source-notes';

function stageDates(stage: Stage): string {
  return stage.end === null
    ? `from ${formatMonthYear(stage.start)}`
    : `${formatMonthYear(stage.start)} to ${formatMonthYear(stage.end)}`;
}

/** How a date is known and whether it has passed, in a word or two after it. */
function dateNotes(milestone: Milestone): string {
  const words = [
    ...(milestone.basis === 'estimate' ? ['estimate'] : []),
    ...(milestone.status === 'done' ? ['done'] : []),
    ...(milestone.status === 'now' ? ['now'] : []),
  ];
  return words.length === 0 ? '' : ` (${words.join(', ')})`;
}

type PrintKeyDatesProps = {
  readonly timeline: Timeline;
  /** The note numbers of a row's sources. */
  readonly cite: Cite;
};

/** Every dated step with the person's age on it, stage by stage, as one compact table. */
export function PrintKeyDates({ timeline, cite }: PrintKeyDatesProps) {
  return (
    <table className="nhsuk-table app-print-summary__table">
      <caption className="nhsuk-table__caption nhsuk-table__caption--m">Key dates</caption>
      <thead className="nhsuk-table__head">
        <tr>
          <th scope="col">Step</th>
          <th scope="col">Date</th>
          <th scope="col">Age</th>
          <th scope="col">Sources</th>
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {timeline.stages.map((stage) => (
          <Fragment key={stage.id}>
            <tr className="app-print-summary__stage">
              <th scope="colgroup" colSpan={4}>
                {stage.title}, {stageDates(stage)}
              </th>
            </tr>
            {timeline.milestones
              .filter((milestone) => milestone.stageId === stage.id)
              .map((milestone) => (
                <tr key={milestone.id}>
                  <th scope="row">{milestone.title}</th>
                  <td>
                    {formatDated(milestone)}
                    {dateNotes(milestone)}
                  </td>
                  <td>{milestone.age}</td>
                  <td>{noteNumbers(cite(milestone.ruleIds))}</td>
                </tr>
              ))}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
