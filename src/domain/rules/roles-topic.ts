/**
 * The sources the roles page's statements cite (src/domain/roles/content.ts, which imports this):
 * its own, and the route and pay sources the rules it quotes name.
 */
import { registerSources } from './registry';
import { payAndOtherSources } from './sources-pay-shared';
import { rolesSources } from './sources-roles';
import { routeSources } from './sources-route';

registerSources(rolesSources, routeSources, payAndOtherSources);
