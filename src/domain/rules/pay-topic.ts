/**
 * Pay rules and the sources they cite, findable by id once the pay engine (src/domain/pay), which
 * imports this, has loaded.
 */
import * as pay from './pay';
import { registerRules, registerSources } from './registry';
import { paySources } from './sources-pay';
import { payAndOtherSources } from './sources-pay-shared';

registerRules(pay);
registerSources(paySources, payAndOtherSources);
