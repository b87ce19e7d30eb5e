import { useSyncExternalStore } from 'react';
import { getStorageStatus, subscribeStorageStatus } from '../../store/storage-status';
import type { StorageStatus } from '../../store/storage-status';

/** Whether progress is being kept; "ok" on the server and on the first render. */
export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(subscribeStorageStatus, getStorageStatus, () => 'ok');
}
