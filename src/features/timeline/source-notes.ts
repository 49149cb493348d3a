import type { IsoDate } from '../../domain/dates';
import { sourcesOfRules } from '../../domain/rules/registry';
// The topics a route cites by rule id.
import '../../domain/rules/route-topics';
import type { SourceId } from '../../domain/rules/sources';
import type { RuleId } from '../../domain/rules/types';

/** One numbered note: a source behind something printed, and the soonest its rules are due a check. */
export type SourceNote = {
  readonly number: number;
  readonly sourceId: SourceId;
  readonly reviewBy: IsoDate;
};

/** The note numbers of the sources behind some rules, lowest first. */
export type Cite = (ruleIds: readonly RuleId[]) => readonly number[];

export type SourceNotes = {
  /** Each source once, numbered from 1 in the order it is first cited. */
  readonly notes: readonly SourceNote[];
  readonly cite: Cite;
};

/**
 * Numbers the sources behind the things on one printed page, given in the order they are printed, so
 * each thing (a row of a table) can cite its sources by number and the page lists them once at the end.
 */
export function sourceNotes(ruleIdLists: readonly (readonly RuleId[])[]): SourceNotes {
  const byId = new Map<SourceId, SourceNote>();
  for (const ruleIds of ruleIdLists)
    for (const { sourceId, reviewBy } of sourcesOfRules(ruleIds)) {
      const earlier = byId.get(sourceId);
      if (earlier === undefined) byId.set(sourceId, { number: byId.size + 1, sourceId, reviewBy });
      else if (reviewBy < earlier.reviewBy) byId.set(sourceId, { ...earlier, reviewBy });
    }
  const cite: Cite = (ruleIds) =>
    sourcesOfRules(ruleIds)
      .flatMap(({ sourceId }) => {
        const note = byId.get(sourceId);
        return note === undefined ? [] : [note.number];
      })
      .sort((first, second) => first - second);
  return { notes: [...byId.values()], cite };
}
