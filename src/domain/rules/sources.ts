/**
 * The whole sources catalogue: every page a rule, conflict or statement cites, keyed by a stable id,
 * for the sources page, the checks (rules.test.ts) and the type of a source id. Titles describe the
 * page, not our reading of it; `derived` marks arithmetic or planning assumptions built on the other
 * sources (facts.md §9). The entries live in files by the pages that cite them (sources-route.ts,
 * sources-pay.ts, sources-pay-shared.ts, sources-roles.ts), so a page loads only the sources it can
 * show: each topic registers its own (registry.ts), and findSource is there.
 */
import { FACTS_CHECKED_ON } from './checked-on';
import type { Source } from './source';
import { payAndOtherSources } from './sources-pay-shared';
import { paySources } from './sources-pay';
import { rolesSources } from './sources-roles';
import { routeSources } from './sources-route';

export type { Source } from './source';

/** Sources no rule cites at present: on the sources page only. */
export const uncitedSources = {
  'ukfp-2024-applicant-presentation': {
    title: 'UKFP 2024 applicant presentation (application dates)',
    publisher: 'UK Foundation Programme Office (copy on Scribd)',
    url: 'https://www.scribd.com/document/689218255/UKFP-2024-Applicant-Presentation',
    checkedOn: FACTS_CHECKED_ON,
    kind: 'copy',
  },
} as const satisfies Record<string, Source>;

/** The source files, for the check that no id is in two of them (a spread would hide one). */
export const SOURCE_FILES = [
  routeSources,
  paySources,
  payAndOtherSources,
  rolesSources,
  uncitedSources,
] as const;

type Catalogue = typeof routeSources &
  typeof paySources &
  typeof payAndOtherSources &
  typeof rolesSources &
  typeof uncitedSources;

// A call marked pure rather than an object spread, which the build keeps as if it did something: a
// page that imports this file only for isSourceId (in a check it never runs) then leaves every
// source out.
export const sources: Catalogue = /* @__PURE__ */ Object.assign({}, ...SOURCE_FILES) as Catalogue;

export type SourceId = keyof typeof sources;

export function isSourceId(id: string): id is SourceId {
  return Object.hasOwn(sources, id);
}
