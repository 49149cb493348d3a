/**
 * The whole catalogue: every rule and source, for the sources page, the registry checks
 * (rules.test.ts) and `npm run rules:due`. Pages that show only some topics import those files
 * directly (sources.ts, conflicts.ts, registry.ts with route-topics.ts or pay-topic.ts).
 */
import { conflicts } from './conflicts';
import * as entry from './entry';
import * as entryRequirements from './entry-requirements';
import * as foundation from './foundation';
import * as ltft from './ltft';
import * as medicalSchool from './medical-school';
import * as otherRoutes from './other-routes';
// The pay rules with their words (pay.ts holds only their figures, for the pay page).
import { payTopic as pay } from './pay-words';
import { findSource, registerRules, registerSources, rulesIn } from './registry';
import * as roles from './roles';
import * as schoolYears from './school-years';
import { SOURCE_FILES, sources, type SourceId } from './sources';
import * as specialty from './specialty';
import type { Rule, RuleFacts, RuleId } from './types';

// In this order on the sources page.
const TOPICS = [
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
] as const;

/** Whether a rule carries its title and note, as every rule in the catalogue must. */
function hasWords(rule: RuleFacts<unknown>): rule is Rule<unknown> {
  return (
    'title' in rule &&
    typeof rule.title === 'string' &&
    'note' in rule &&
    typeof rule.note === 'string'
  );
}

function withWords(rule: RuleFacts<unknown>): Rule<unknown> {
  if (hasWords(rule)) return rule;
  throw new Error(`Rule ${rule.id} has no title or note in the catalogue`);
}

export const allRules: readonly Rule<unknown>[] = TOPICS.flatMap(rulesIn).map(withWords);

registerRules(...TOPICS);
registerSources(...SOURCE_FILES);

export { findRule, sourcesOfRules, type RuleSourceReference } from './registry';
export { findSource };
export { conflicts, sources };
export type { RuleId, SourceId };
