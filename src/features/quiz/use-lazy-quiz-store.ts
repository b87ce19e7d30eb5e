import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import type { QuizState } from '../../store/quiz-store';
import type * as QuizStoreModule from '../../store/quiz-store';

type StoreModule = typeof QuizStoreModule;

let pending: Promise<StoreModule> | null = null;
let ready: StoreModule | null = null;

/**
 * Loads the quiz store (zustand, persist, migrate) after the page is up, so /quiz's first load
 * carries only the questions; stored answers could not show before hydration anyway.
 */
export function loadQuizStore(): Promise<StoreModule> {
  pending ??= import('../../store/quiz-store');
  return pending.then((store) => {
    ready = store;
    store.rehydrateQuizStore();
    return store;
  });
}

/** Runs an action once the store is in; a click in the first moments after hydration is not lost. */
export function withQuizStore(action: (state: QuizState) => void): void {
  // Once loaded, act in the same event so React updates controlled inputs without a flicker.
  if (ready?.useQuizStore.getState().hasHydrated) action(ready.useQuizStore.getState());
  else void loadQuizStore().then((store) => action(store.useQuizStore.getState()));
}

const noSubscription = () => () => {};

/**
 * The store's state once loaded and hydrated; null while it loads in the browser; undefined on the
 * server and during hydration, when the page must match its prerendered HTML.
 */
export function useLazyQuizState(): QuizState | null | undefined {
  const [store, setStore] = useState<StoreModule | null>(null);
  useEffect(() => {
    let live = true;
    void loadQuizStore().then((loaded) => {
      if (live) setStore(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  const subscribe = useCallback(
    (listener: () => void) => (store ? store.useQuizStore.subscribe(listener) : noSubscription()),
    [store],
  );
  const state = useSyncExternalStore<QuizState | null | undefined>(
    subscribe,
    () => store?.useQuizStore.getState() ?? null,
    () => undefined,
  );
  if (state === undefined) return undefined;
  return state?.hasHydrated ? state : null;
}
