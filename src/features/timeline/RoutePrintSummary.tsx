import type { EntryCheckResult } from '../../domain/entry';
import { type IsoDate, formatLongDate } from '../../domain/dates';
import type { Timeline } from '../../domain/timeline/types';
import type { AssumedAnswer } from './AssumedAnswersNotice';
import { PrintEntryVerdicts, verdictsOf } from './PrintEntryVerdicts';
import { PrintKeyDates } from './PrintKeyDates';
import { PrintSourceNotes, noteNumbers } from './PrintSourceNotes';
import { sourceNotes } from './source-notes';
import {
  SHORTEST_ROUTE_RULE_IDS,
  earliestCctSentence,
  partTimeCctSentence,
  shortestRouteCaveat,
} from './summary-sentences';
import { planPeriods } from './TimelineView';

type RoutePrintSummaryProps = {
  readonly planName: string;
  readonly timeline: Timeline;
  /** The day it is printed: the app's today, from which the dates and ages were worked out. */
  readonly today: IsoDate;
  /** The entry requirements check, for people not yet at medical school. */
  readonly entryCheck?: EntryCheckResult | null;
  /** Answers not given yet whose defaults the route uses. */
  readonly assumedAnswers?: readonly AssumedAnswer[];
};

/**
 * The route on at most two sheets of A4, for a careers adviser to hand over: the CCT, key dates with
 * ages, the entry requirements verdicts and numbered sources. Rendered only while printing (see
 * usePrinting); the planning-aid notice prints above it in the phase banner.
 */
export function RoutePrintSummary({
  planName,
  timeline,
  today,
  entryCheck = null,
  assumedAnswers = [],
}: RoutePrintSummaryProps) {
  const cct = earliestCctSentence(timeline);
  const partTimeCct = partTimeCctSentence(timeline);
  const periods = planPeriods(timeline);
  const verdicts = verdictsOf(entryCheck);
  // Numbered in the order they are printed.
  const { notes, cite } = sourceNotes([
    cct === null ? [] : SHORTEST_ROUTE_RULE_IDS,
    ...timeline.notices.map((notice) => notice.ruleIds),
    ...timeline.milestones.map((milestone) => milestone.ruleIds),
    ...verdicts.map((item) => item.ruleIds),
  ]);

  return (
    <article className="app-print-only app-print-summary" aria-labelledby="print-summary-heading">
      <span className="nhsuk-caption-l">{planName}</span>
      <h1 id="print-summary-heading">Your route to consultant in palliative medicine</h1>
      <p>
        Printed on {formatLongDate(today)}. The dates and ages are worked out from that day, as
        Pathway knew the rules then.
      </p>
      {assumedAnswers.length > 0 && (
        <p>
          Not every question is answered yet, so this route assumes:{' '}
          {assumedAnswers.map((item) => `${item.label}: ${item.answer}`).join('; ')}.
        </p>
      )}
      {cct !== null && (
        <div className="app-print-summary__cct">
          <p className="nhsuk-heading-s">{cct}</p>
          {partTimeCct !== null && <p>{partTimeCct}</p>}
          {periods.length > 0 && (
            <ul>
              {periods.map((period) => (
                <li key={`${period.start}-${period.text}`}>{period.text}</li>
              ))}
            </ul>
          )}
          <p>
            {shortestRouteCaveat(timeline)} [{noteNumbers(cite(SHORTEST_ROUTE_RULE_IDS))}]
          </p>
        </div>
      )}
      {timeline.notices.length > 0 && (
        <ul>
          {timeline.notices.map((notice) => (
            <li key={notice.id}>
              {notice.message}
              {notice.ruleIds.length > 0 && ` [${noteNumbers(cite(notice.ruleIds))}]`}
            </li>
          ))}
        </ul>
      )}
      <PrintKeyDates timeline={timeline} cite={cite} />
      {entryCheck !== null && (
        <PrintEntryVerdicts verdicts={verdicts} unreadable={entryCheck.unreadable} cite={cite} />
      )}
      <PrintSourceNotes notes={notes} today={today} />
    </article>
  );
}
