/**
 * The topics behind a route and its part-time periods (the timeline, CCT and entry engines import
 * them anyway), findable by id wherever a page shows sources from rule ids. Pay and roles are not
 * here: pay-topic.ts adds pay with the pay engine, and the roles page cites its sources directly.
 */
import * as entry from './entry';
import * as entryRequirements from './entry-requirements';
import * as foundation from './foundation';
import * as ltft from './ltft';
import * as medicalSchool from './medical-school';
import * as otherRoutes from './other-routes';
import { registerRules } from './registry';
import * as schoolYears from './school-years';
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
