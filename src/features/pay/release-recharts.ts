import { clearStringCache } from 'recharts/es6/util/DOMUtils.js';
import { selectZIndexPortalElement } from 'recharts/es6/zIndex/zIndexSelectors.js';

/** The span Recharts adds to <body> to measure axis labels (recharts/es6/util/DOMUtils.js). */
const MEASUREMENT_SPAN_ID = 'recharts_measurement_span';

/**
 * Frees what Recharts 3 keeps at module level after its last chart has gone, measured in the browser
 * (tests/e2e/pay-memory.spec.ts). Each chart's own store goes with the chart, but:
 * - reselect remembers every selector's last result, and one selector's result is a DOM element (the
 *   chart's z-index layer). That detached element held the whole pay page left behind: 400 DOM nodes,
 *   the 576 event listeners React puts on each portal's container, and about 3 MB of heap. Asking the
 *   selector once about an empty chart replaces what it remembers.
 * - a cache of measured label sizes, and a hidden span left in <body> to measure them.
 * Recharts makes both again if another chart needs them.
 */
export function releaseRecharts(): void {
  selectZIndexPortalElement({ zIndex: { zIndexMap: {} } }, undefined, false);
  clearStringCache();
  document.getElementById(MEASUREMENT_SPAN_ID)?.remove();
}
