import { useSyncExternalStore } from 'react';
import { inSessionMode, subscribeToSessionMode } from './storage-area';

/** True while this tab runs a session for someone else; pages update when it starts or ends. */
export function useInSessionMode(): boolean {
  return useSyncExternalStore(subscribeToSessionMode, inSessionMode, () => false);
}
