/**
 * The plan read from the last link opened in this tab, kept in memory only. The route takes the plan
 * out of the page's address once it has read it, so the address bar and the tab's history no longer
 * hold it; the page still shows it from here until the tab is closed or the plan is saved. Nothing is
 * written to storage or to the history entry's state (which browsers keep across restarts).
 */
import type { SharedPlanReading } from '../../domain/plan/share-link';

let held: SharedPlanReading | null = null;

export function holdSharedPlan(reading: SharedPlanReading): void {
  held = reading;
}

/** The plan from the last link opened in this tab, or null if none is held. */
export function heldSharedPlan(): SharedPlanReading | null {
  return held;
}

/** Forgets the held plan: once it is saved, or when a test starts afresh. */
export function forgetSharedPlan(): void {
  held = null;
}
