import { useSyncExternalStore } from 'react';

let waiting: ServiceWorker | null = null;
let updating = false;
const listeners = new Set<() => void>();

/** Called by the service-worker module when a new version has installed and waits. */
export function offerUpdate(worker: ServiceWorker): void {
  waiting = worker;
  listeners.forEach((listener) => listener());
}

/** True once the person asked for the new version, so the controller change may reload the page. */
export function isUpdating(): boolean {
  return updating;
}

/** Activates the waiting version; the page reloads once it has taken over. */
export function applyUpdate(): void {
  if (!waiting) return;
  updating = true;
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a new version is waiting; false on the server and during hydration. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => waiting !== null,
    () => false,
  );
}
