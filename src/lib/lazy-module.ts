export type LazyModule<T> = {
  /** The module if it has arrived, else null. */
  get: () => T | null;
  /** Starts the load once and shares it; after a failure the next call tries again. */
  load: () => Promise<T>;
};

/**
 * Wraps a dynamic import so code that can wait (link decoding, text search) stays out of a page's
 * first load and can be used synchronously once it is in.
 * @example const decoder = lazyModule(() => import('./view-decode'));
 */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let loaded: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    get: () => loaded,
    load: () => {
      pending ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}
