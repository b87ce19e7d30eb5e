import { useEffect, useSyncExternalStore } from 'react';
import { rehydrateQuizStore, useQuizStore } from '../../store/quiz-store';
import { getStorageStatus, subscribeStorageStatus } from '../../store/storage-status';
import type { StorageStatus } from '../../store/storage-status';

/**
 * Loads stored answers after the first render (so the prerendered HTML and hydration agree) and
 * says when they are in.
 */
export function useQuizHydration(): boolean {
  useEffect(() => {
    rehydrateQuizStore();
  }, []);
  return useQuizStore((s) => s.hasHydrated);
}

/** Whether progress is being kept; "ok" on the server and on the first render. */
export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(subscribeStorageStatus, getStorageStatus, () => 'ok');
}
