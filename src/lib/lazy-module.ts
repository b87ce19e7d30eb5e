export type LazyStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where a lazy module stands; `by` names who started the current download, so one failure is told once. */
export type LazyState<T> = { status: LazyStatus; module: T | null; by: string | null };

export type LazyModule<T> = {
  /** The module if it has arrived, else null. */
  get: () => T | null;
  /**
   * Starts the download unless one is under way or done, and shares it; after a failure it fetches
   * again. `by` is kept in the state when this call starts a download.
   */
  load: (by?: string) => Promise<T>;
  getState: () => LazyState<T>;
  /** Calls the listener on every change of state; returns the function that stops it. */
  subscribe: (listener: () => void) => () => void;
};

// Vite writes the importer as `() => import("./chunk-HASH.js")`, possibly wrapped in its preload helper.
const IMPORT_CALL = /\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/;

/**
 * The chunk address an importer loads, read from its own source text (null when it names none).
 * Vite emits every chunk side by side in one folder, so the importer's relative path resolves against
 * this module's address too.
 * @example chunkUrl('() => import("./salary-charts-a1.js")', 'https://x.test/assets/index.js')
 */
export function chunkUrl(importerSource: string, base: string): string | null {
  const match = IMPORT_CALL.exec(importerSource);
  return match?.[2] ? new URL(match[2], base).href : null;
}

/**
 * A browser remembers a failed dynamic import for the page's lifetime (the module map keeps the error
 * per address: Firefox and Safari do, older Chromium too), so asking again for the same address fails
 * without a request. A fresh query string is a new address, hence a real download.
 */
function importAgain<T>(importer: () => Promise<T>, attempt: number): Promise<T> {
  const url = chunkUrl(String(importer), import.meta.url);
  if (!url || !/^https?:/.test(url)) return importer();
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(attempt));
  return import(/* @vite-ignore */ fresh.href) as Promise<T>;
}

/**
 * The one way this app loads code on demand (charts, CSV export, personal rows): a single shared
 * download, a state to render from, and after a failure a next `load()` that really fetches again.
 * @example const charts = lazyModule(() => import('./salary-charts')); void charts.load();
 */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let state: LazyState<T> = { status: 'idle', module: null, by: null };
  let attempts = 0;
  let pending: Promise<T> | null = null;
  const listeners = new Set<() => void>();
  const set = (next: LazyState<T>) => {
    state = next;
    listeners.forEach((listener) => listener());
  };
  return {
    get: () => state.module,
    load: (caller) => {
      if (pending) return pending;
      const by = caller ?? null;
      const attempt = ++attempts;
      const download = Promise.resolve().then(() =>
        attempt === 1 ? importer() : importAgain(importer, attempt),
      );
      pending = download.then(
        (module) => {
          set({ status: 'ready', module, by });
          return module;
        },
        (error: unknown) => {
          pending = null;
          set({ status: 'error', module: null, by });
          throw error;
        },
      );
      set({ status: 'loading', module: null, by });
      return pending;
    },
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
