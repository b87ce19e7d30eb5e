import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * `serverValue` on the server and while hydrating, `value` afterwards: a component renders what was
 * prerendered first, then browser-only state, without a mismatch. When the two are equal (the usual
 * visit: nothing in the browser differs from the prerender), hydration needs no second render.
 */
export function useHydratedValue<T>(value: T, serverValue: T): T {
  return useSyncExternalStore(
    subscribe,
    () => value,
    () => serverValue,
  );
}
