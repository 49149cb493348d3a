import { isPartTimeEmpty, usePartTimeStore } from './part-time-store';
import { RECOVERY_KEY_PREFIX } from './persistence';
import { usePlansStore } from './plans-store';
import { pathwayKeysIn, storageArea } from './storage-area';

/** How many copies of unreadable saved data Pathway keeps where it saves now. */
export function recoveryCopyCount(): number {
  try {
    return pathwayKeysIn(storageArea()).filter((key) => key.startsWith(RECOVERY_KEY_PREFIX)).length;
  } catch {
    return 0; // Storage that cannot be read holds no copies.
  }
}

/** What "clear everything" would remove: plans, part-time answers and recovery copies. */
export function useSavedData() {
  const planCount = usePlansStore((state) => state.plans.length);
  const hasPartTimeAnswers = usePartTimeStore((state) => !isPartTimeEmpty(state));
  return { planCount, hasPartTimeAnswers, recoveryCopyCount: recoveryCopyCount() };
}
