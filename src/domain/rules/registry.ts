/**
 * Rules and sources findable by id, for the pages that show a figure's sources. A topic's rules and
 * the sources they cite are added when something that shows them loads (route-topics.ts,
 * pay-topic.ts, roles-topic.ts, or the whole catalogue in index.ts), so a page loads the topics it
 * shows and not the whole catalogue. This is the one piece of state in the rules: the build keeps a
 * single copy of this module (vite.config.ts).
 */
import type { IsoDate } from '../dates';
import type { Source } from './source';
import type { SourceId } from './sources';
import type { Confidence, RuleFacts, RuleId } from './types';

function isRule(value: unknown): value is RuleFacts<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    'sourceId' in value &&
    'value' in value
  );
}

/** Collects the rules a topic module exports, including those grouped in a record (course lengths). */
export function rulesIn(module: Readonly<Record<string, unknown>>): RuleFacts<unknown>[] {
  return Object.values(module).flatMap((exported) => {
    if (isRule(exported)) return [exported];
    if (typeof exported === 'object' && exported !== null && !Array.isArray(exported)) {
      return Object.values(exported).filter(isRule);
    }
    return [];
  });
}

const rulesById = new Map<string, RuleFacts<unknown>>();

/**
 * Makes the rules these topic modules export findable by id. Adding a topic twice changes nothing. A
 * rule already known with its words (the catalogue's, index.ts) is kept over the same rule without
 * them (the pay engine's, pay-topic.ts), whichever loads first.
 */
export function registerRules(...topics: readonly Readonly<Record<string, unknown>>[]): void {
  for (const rule of topics.flatMap(rulesIn)) {
    const known = rulesById.get(rule.id);
    if (known === undefined || !('note' in known)) rulesById.set(rule.id, rule);
  }
}

export function findRule(id: string): RuleFacts<unknown> | undefined {
  return rulesById.get(id);
}

const sourcesById = new Map<string, Source>();

/** Makes these sources findable by id (a topic's file of sources, from sources-*.ts). */
export function registerSources(...records: readonly Readonly<Record<string, Source>>[]): void {
  for (const record of records)
    for (const [id, source] of Object.entries(record)) sourcesById.set(id, source);
}

/**
 * A source by id. Each topic registers the sources its rules cite with its rules (registry.test.ts
 * checks every topic), so a source a page can name is always here; one that is not is a mistake in
 * the code, and says which source and why.
 */
export function findSource(id: SourceId): Source {
  const source = sourcesById.get(id);
  if (source === undefined)
    throw new Error(`Source ${id} is not loaded: register the topic that cites it (registry.ts)`);
  return source;
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
export function sourcesOfRules(ruleIds: readonly RuleId[]): RuleSourceReference[] {
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
