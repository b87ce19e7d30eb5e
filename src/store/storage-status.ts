/**
 * Whether stored progress works, kept outside the quiz store so a failing write can report it without
 * re-entering the store's own setter.
 */
export type StorageStatus = 'ok' | 'reset' | 'unavailable';

let status: StorageStatus = 'ok';
const listeners = new Set<() => void>();

export function getStorageStatus(): StorageStatus {
  return status;
}

/** "unavailable" outranks "reset": not keeping progress at all is the more useful thing to say. */
export function reportStorageProblem(problem: Exclude<StorageStatus, 'ok'>): void {
  if (status === problem || status === 'unavailable') return;
  status = problem;
  listeners.forEach((listener) => listener());
}

export function clearStorageStatus(): void {
  if (status === 'ok') return;
  status = 'ok';
  listeners.forEach((listener) => listener());
}

export function subscribeStorageStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
