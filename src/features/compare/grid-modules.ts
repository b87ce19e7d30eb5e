import { useEffect, useState } from 'react';
import type { LazyModule } from '../../lib/lazy-module';
import { lazyModule } from '../../lib/lazy-module';

/** Reads a shared link's query string: needed only when the address has one. */
export const viewDecoder = lazyModule(() => import('./view-decode'));

/** Folds, matches and highlights filter text: loaded after hydration, before anyone can type. */
export const textMatcher = lazyModule(() => import('./text-match'));

/** Sorts by a column: loaded after hydration; the article's order needs no sorting. */
export const rowSorter = lazyModule(() => import('./sort-rows'));

export type LoadedModule<T> = { module: T | null; failed: boolean };

/** A lazy module, loaded once the page is up; after a failure, each change of `retry` tries again. */
export function useLoadedModule<T>(lazy: LazyModule<T>, retry: unknown): LoadedModule<T> {
  const [state, setState] = useState<LoadedModule<T>>(() => ({
    module: lazy.get(),
    failed: false,
  }));
  useEffect(() => {
    if (state.module) return;
    let live = true;
    lazy.load().then(
      (module) => {
        if (live) setState({ module, failed: false });
      },
      () => {
        if (live) setState({ module: null, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [lazy, state.module, retry]);
  return state;
}
