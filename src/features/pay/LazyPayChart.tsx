import { lazy, Suspense } from 'react';
import type { PayRow } from './pay-view-model';
import { useNearViewport } from './useNearViewport';

// Recharts is most of the page's code, so the chart has its own chunk, loaded only when the chart is
// about to scroll into view: a direct load of the page shows its words and table without it.
const PayChart = lazy(() => import('./PayChart'));

/** The chart's height in pixels: its box keeps this height before the chart loads, so nothing moves. */
const CHART_HEIGHT = 320;
/** How far below the window the chart starts loading: about half a phone screen. */
const LOAD_AHEAD = '400px 0px';

type LazyPayChartProps = {
  readonly rows: readonly PayRow[];
  /** What the chart shows, in words: its text alternative, there before the chart itself loads. */
  readonly description: string;
};

/**
 * Basic pay by financial year as bars: one image with a text alternative (the table after it holds
 * every number for screen readers). Its box is there from the start, at the chart's height.
 */
export function LazyPayChart({ rows, description }: LazyPayChartProps) {
  const [boxRef, near] = useNearViewport(LOAD_AHEAD);
  const loading = <p>Loading the chart…</p>;
  return (
    <div
      ref={boxRef}
      className="app-pay-chart"
      role="img"
      aria-label={description}
      style={{ height: CHART_HEIGHT }}
    >
      {near ? (
        <Suspense fallback={loading}>
          <PayChart rows={rows} height={CHART_HEIGHT} />
        </Suspense>
      ) : (
        loading
      )}
    </div>
  );
}
