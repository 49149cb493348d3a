/**
 * The topics behind a route and its part-time periods (the timeline, CCT and entry engines import
 * them anyway) and their sources, findable by id wherever a page shows them (SourceReferences.tsx).
 * Pay and roles are not here: pay-topic.ts adds pay with the pay engine, roles-topic.ts the roles
 * page's sources.
 */
import * as entry from './entry';
import * as entryRequirements from './entry-requirements';
import * as foundation from './foundation';
import * as ltft from './ltft';
import * as medicalSchool from './medical-school';
import * as otherRoutes from './other-routes';
import { registerRules, registerSources } from './registry';
import * as schoolYears from './school-years';
import { payAndOtherSources } from './sources-pay-shared';
import { routeSources } from './sources-route';
import * as specialty from './specialty';

export const ROUTE_TOPICS = [
  entry,
  entryRequirements,
  medicalSchool,
  foundation,
  specialty,
  otherRoutes,
  ltft,
  schoolYears,
] as const;

registerRules(...ROUTE_TOPICS);
// With the sources the route page's conflicts and other routes in cite (sources-route.ts).
registerSources(routeSources, payAndOtherSources);
