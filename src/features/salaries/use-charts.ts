import { useEffect, useState, useSyncExternalStore } from 'react';
import type { RefObject } from 'react';
import type { LazyState } from '../../lib/lazy-module';
import type { ChartLoader, ChartModule } from './chart-loader';

const IDLE_STATE: LazyState<ChartModule> = { status: 'idle', module: null, by: null };

/** The loader's state; the server and the hydrating render always see "idle", like the HTML. */
export function useChartLoadState(loader: ChartLoader): LazyState<ChartModule> {
  return useSyncExternalStore(loader.subscribe, loader.getState, () => IDLE_STATE);
}

/** Runs the callback in the main thread's next quiet moment; returns a cancel function. */
export function whenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(callback, 50);
  return () => clearTimeout(id);
}

/** Runs the callback once the page has loaded and the main thread has a quiet moment. */
function afterPageLoad(callback: () => void): () => void {
  let cancelIdle: (() => void) | undefined;
  const schedule = () => {
    cancelIdle = whenIdle(callback);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    cancelIdle?.();
  };
}

/**
 * True once the element is within about a screen of the viewport, and never before the page has
 * loaded: chart code and drawing stay out of the load window and off-screen charts cost nothing.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    let observer: IntersectionObserver | undefined;
    const cancel = afterPageLoad(() => {
      if (typeof IntersectionObserver !== 'function') {
        setNear(true);
        return;
      }
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setNear(true);
            observer?.disconnect();
          }
        },
        { rootMargin: '400px 0px' },
      );
      observer.observe(element);
    });
    return () => {
      cancel();
      observer?.disconnect();
    };
  }, [ref, near]);
  return near;
}

/** Mirrors prefers-reduced-motion; charts animate only when the reader has not asked otherwise. */
export function usePrefersReducedMotion(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const query = reducedMotionQuery();
      query?.addEventListener('change', onChange);
      return () => query?.removeEventListener('change', onChange);
    },
    () => reducedMotionQuery()?.matches ?? false,
    () => true,
  );
}

function reducedMotionQuery(): MediaQueryList | undefined {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : undefined;
}
