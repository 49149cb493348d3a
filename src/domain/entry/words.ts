/** The small pieces of wording the entry-requirements check's items share. */
import type { Subject } from '../plan/qualifications';
import { contextualOffers } from '../rules/entry-requirements';
import { aLevelRank, writeLetterGrades } from './grades';
import type { EntryCheckItem, EntryItemId } from './types';
import type { RuleId } from '../rules/types';

export type Item = EntryCheckItem;
export type Predicted = boolean;

export const SUBJECT_NAMES: Readonly<Record<Subject, string>> = {
  chemistry: 'chemistry',
  biology: 'biology',
  physics: 'physics',
  maths: 'maths',
  'further-maths': 'further maths',
  psychology: 'psychology',
  english: 'English',
  history: 'history',
  geography: 'geography',
  economics: 'economics',
  languages: 'a language',
  other: 'another subject',
};

export const RESITS =
  'If you are thinking about resits, ask each school how it treats them before you plan around them.';

export const CHECK_EACH_SCHOOL =
  'These are typical examples from dated listings: check each school’s own page for the year you apply.';

export function item(
  id: EntryItemId,
  title: string,
  status: Item['status'],
  summary: string,
  ruleIds: readonly RuleId[],
  detail?: string,
): Item {
  return detail === undefined
    ? { id, title, status, summary, ruleIds }
    : { id, title, status, summary, detail, ruleIds };
}

export function sentences(...parts: readonly (string | false | undefined)[]): string {
  return parts.filter((part): part is string => typeof part === 'string' && part !== '').join(' ');
}

export function predictedWord(predicted: Predicted): string {
  return predicted ? 'predicted ' : '';
}

export function examplesText(examples: readonly { school: string; asks: string }[]): string {
  return examples.map(({ school, asks }) => `${school}, ${asks}`).join('; ');
}

export const CONTEXTUAL_WRITTEN = contextualOffers.value.exampleOffers.map((offer) =>
  writeLetterGrades(offer, aLevelRank),
);
export const CONTEXTUAL_LOWER = contextualOffers.value.gradesLower;
