import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { reportStorageProblem } from './storage-status';

/**
 * A JSON storage for zustand persist that never throws: storage that is blocked, missing or full is
 * reported as "unavailable" (the app keeps working in memory), and unreadable JSON as "reset".
 */
export function createSafeStorage<S>(getStorage: () => Storage | undefined): PersistStorage<S> {
  const storage = (): Storage | undefined => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    getItem(name): StorageValue<S> | null {
      let raw: string | null;
      try {
        const target = storage();
        if (!target) throw new Error('no storage');
        raw = target.getItem(name);
      } catch {
        reportStorageProblem('unavailable');
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
          throw new Error();
        const version = 'version' in parsed ? parsed.version : undefined;
        // A missing or odd version goes through migrate, which rebuilds or discards it.
        return {
          state: parsed.state as S,
          version: typeof version === 'number' && Number.isInteger(version) ? version : -1,
        };
      } catch {
        reportStorageProblem('reset');
        return null;
      }
    },
    setItem(name, value) {
      try {
        const target = storage();
        if (!target) throw new Error('no storage');
        target.setItem(name, JSON.stringify(value));
      } catch {
        reportStorageProblem('unavailable');
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        reportStorageProblem('unavailable');
      }
    },
  };
}
