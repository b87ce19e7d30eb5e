import { useLayoutEffect } from 'react';
import { useLocation } from 'react-router';
import { getRouteTitle } from './paths';

/**
 * Keeps document.title in step with client-side navigation. Descriptions live in each page's prerendered
 * <head>, where search engines read them, so the browser bundle does not carry them.
 */
export function useRouteMeta(): void {
  const { pathname } = useLocation();
  // A layout effect runs before any route's own effects, so a route can still refine the title.
  useLayoutEffect(() => {
    document.title = getRouteTitle(pathname);
  }, [pathname]);
}
