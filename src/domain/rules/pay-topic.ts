/** Pay rules, findable by id once the pay engine (src/domain/pay), which imports this, has loaded. */
import * as pay from './pay';
import { registerRules } from './registry';

registerRules(pay);
