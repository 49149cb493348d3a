import { PART_TIME_RECOVERY_KEY_PREFIX, usePartTimeStore } from './part-time-store';
import { isPartTimeEmpty } from '../domain/plan/saved-part-time-format';
import { RECOVERY_KEY_PREFIX } from './persistence';
import { usePlansStore } from './plans-store';
import { pathwayKeysIn, storageArea } from './storage-area';

const RECOVERY_PREFIXES = [RECOVERY_KEY_PREFIX, PART_TIME_RECOVERY_KEY_PREFIX];

/** How many copies of unreadable saved data (plans and part-time) Pathway keeps where it saves now. */
export function recoveryCopyCount(): number {
  try {
    return pathwayKeysIn(storageArea()).filter((key) =>
      RECOVERY_PREFIXES.some((prefix) => key.startsWith(prefix)),
    ).length;
  } catch {
    return 0; // Storage that cannot be read holds no copies.
  }
}

/** The text of each copy Pathway kept of saved plans it could not read, where it saves now. */
export function planRecoveryCopies(): string[] {
  try {
    const storage = storageArea();
    return pathwayKeysIn(storage)
      .filter((key) => key.startsWith(RECOVERY_KEY_PREFIX))
      .map((key) => storage.getItem(key) ?? '');
  } catch {
    return []; // Storage that cannot be read holds no copies.
  }
}

/** What "clear everything" would remove: plans, part-time answers, recovery copies, unreadable data. */
export function useSavedData() {
  const planCount = usePlansStore((state) => state.plans.length);
  const hasPartTimeAnswers = usePartTimeStore((state) => !isPartTimeEmpty(state));
  // Unreadable data with no room for a copy is left under its own key until discarded or cleared.
  const plansHeld = usePlansStore((state) => state.loadProblem?.heldKey !== undefined);
  const partTimeHeld = usePartTimeStore((state) => state.loadProblem?.heldKey !== undefined);
  return {
    planCount,
    hasPartTimeAnswers,
    recoveryCopyCount: recoveryCopyCount(),
    unreadableDataCount: Number(plansHeld) + Number(partTimeHeld),
  };
}
