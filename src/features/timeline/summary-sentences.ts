import { describeDifference } from '../../domain/cct/difference';
import { formatLongDate, formatMonthYear } from '../../domain/dates';
import { progressionAfterFoundation } from '../../domain/rules/foundation';
import { palliativeConsultantsLtft } from '../../domain/rules/specialty';
import type { Timeline } from '../../domain/timeline/types';

/** The route's headline, as the summary card and the printed summary both say it. */
export function earliestCctSentence(timeline: Timeline): string | null {
  const { cct, ageAtCct } = timeline.summary;
  if (cct === null || ageAtCct === null) return null;
  return `You could become a consultant in palliative medicine in ${formatMonthYear(cct)}, aged ${ageAtCct}, at the earliest.`;
}

/** How far the plan's part-time periods and time out move the CCT date; null without them. */
export function partTimeCctSentence(timeline: Timeline): string | null {
  const { cct, fullTimeCct } = timeline.summary;
  if (timeline.partTime === null || cct === null || fullTimeCct === null) return null;
  const compared =
    cct === fullTimeCct ? 'the same as' : `${describeDifference(fullTimeCct, cct)} than`;
  return `With your part-time periods and time out, your CCT date is ${formatLongDate(cct)}: ${compared} full time, ${formatLongDate(fullTimeCct)}.`;
}

/** The rules behind {@link shortestRouteCaveat}'s figures. */
export const SHORTEST_ROUTE_RULE_IDS = [
  progressionAfterFoundation.id,
  palliativeConsultantsLtft.id,
];

/** Why the date is the earliest, not the likely one: most doctors take longer, with the figures. */
export function shortestRouteCaveat(timeline: Timeline): string {
  const progression = progressionAfterFoundation.value;
  const ltft = palliativeConsultantsLtft.value;
  const route =
    timeline.partTime === null
      ? 'This is the shortest full-time route, with no failed applications or exams.'
      : 'This is the shortest route with your periods, with no failed applications or exams.';
  return `${route} Most doctors take longer. Only ${progression.percentInTrainingWithin12Months}% of doctors who finished F2 in ${progression.cohortYear} were in specialty training within a year. In ${ltft.censusYear}, ${ltft.percent}% of palliative medicine consultants worked part time.`;
}
