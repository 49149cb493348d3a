/** Shared timing for the benchmarks: many batches of calls, reported as the median time per call. */

export const TARGET_MS = 0.2;
export const BATCHES = 200;
export const CALLS_PER_BATCH = 200;

export type Timing = { readonly medianMs: number; readonly slowestMs: number };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0
    ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
    : (sorted[middle] ?? 0);
}

/** Warms up, then times BATCHES batches of CALLS_PER_BATCH calls; per-call figures per batch. */
export function timePerCall(run: () => unknown): Timing {
  for (let warmUp = 0; warmUp < 2_000; warmUp += 1) run();
  const perCall: number[] = [];
  for (let batch = 0; batch < BATCHES; batch += 1) {
    const start = performance.now();
    for (let call = 0; call < CALLS_PER_BATCH; call += 1) run();
    perCall.push((performance.now() - start) / CALLS_PER_BATCH);
  }
  return { medianMs: median(perCall), slowestMs: Math.max(...perCall) };
}

export function withinTarget(timing: Timing, targetMs = TARGET_MS): boolean {
  return timing.medianMs < targetMs;
}

/** "median 31.0 µs per call (slowest batch 74.4 µs), within the 200 µs target". */
export function describeTiming(timing: Timing, targetMs = TARGET_MS): string {
  const µs = (ms: number) => (ms * 1000).toFixed(1);
  return (
    `median ${µs(timing.medianMs)} µs per call (slowest batch ${µs(timing.slowestMs)} µs), ` +
    `${withinTarget(timing, targetMs) ? 'within' : 'OVER'} the ${targetMs * 1000} µs target`
  );
}

export function footer(): string {
  return `Node ${process.version}, ${BATCHES} batches of ${CALLS_PER_BATCH} calls.`;
}
