/** Every rule in one registry, so a milestone's rule ids lead to the figure, its source and date. */
import { conflicts } from './conflicts';
import * as entry from './entry';
import * as entryRequirements from './entry-requirements';
import * as foundation from './foundation';
import * as ltft from './ltft';
import * as medicalSchool from './medical-school';
import * as otherRoutes from './other-routes';
import * as pay from './pay';
import * as roles from './roles';
import * as schoolYears from './school-years';
import { sources, type Source, type SourceId } from './sources';
import * as specialty from './specialty';
import type { IsoDate } from '../dates';
import type { Confidence, Rule } from './types';

function isRule(value: unknown): value is Rule<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'sourceId' in value &&
    'value' in value
  );
}

/** Collects the rules a topic module exports, including those grouped in a record (course lengths). */
function rulesIn(module: Record<string, unknown>): Rule<unknown>[] {
  return Object.values(module).flatMap((exported) => {
    if (isRule(exported)) return [exported];
    if (typeof exported === 'object' && exported !== null && !Array.isArray(exported)) {
      return Object.values(exported).filter(isRule);
    }
    return [];
  });
}

export const allRules: readonly Rule<unknown>[] = [
  entry,
  entryRequirements,
  medicalSchool,
  foundation,
  specialty,
  otherRoutes,
  ltft,
  pay,
  roles,
  schoolYears,
].flatMap(rulesIn);

const rulesById = new Map(allRules.map((rule) => [rule.id, rule]));

export function findRule(id: string): Rule<unknown> | undefined {
  return rulesById.get(id);
}

export function findSource(id: SourceId): Source {
  return sources[id];
}

/**
 * A reference to a source behind some rules: the source, how far its rule can be trusted, and the
 * earliest day any of those rules was due to be checked again.
 */
export type RuleSourceReference = {
  readonly sourceId: SourceId;
  readonly confidence: Confidence;
  readonly reviewBy: IsoDate;
};

/** The main source of each rule, in order, each source once (with the first rule's confidence). */
export function sourcesOfRules(ruleIds: readonly string[]): RuleSourceReference[] {
  const references: RuleSourceReference[] = [];
  for (const ruleId of ruleIds) {
    const rule = findRule(ruleId);
    if (!rule) continue;
    const index = references.findIndex((reference) => reference.sourceId === rule.sourceId);
    const earlier = references[index];
    if (!earlier) {
      references.push({
        sourceId: rule.sourceId,
        confidence: rule.confidence,
        reviewBy: rule.reviewBy,
      });
    } else if (rule.reviewBy < earlier.reviewBy) {
      references[index] = { ...earlier, reviewBy: rule.reviewBy };
    }
  }
  return references;
}

export { conflicts, sources };
export type { SourceId };
