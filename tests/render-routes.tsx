import { render } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { MemoryRouter, useLocation, useNavigate, useRoutes } from 'react-router';
import type { Location, NavigateFunction, NavigateOptions, RouteObject, To } from 'react-router';

/** The address and history of a router rendered in a test. */
export type TestRouter = {
  location: () => Location;
  navigate: (to: To | number, options?: NavigateOptions) => Promise<void>;
};

/**
 * Renders `routes` at `path` in a memory router set up as the app's (src/app/hydrate.tsx): declarative, with no
 * transitions. The handle reads the address and steps through history, as the browser's address bar would.
 */
export function renderRoutes(routes: RouteObject[], path: string): TestRouter {
  const handle: { location?: Location; navigate?: NavigateFunction } = {};
  function Pages() {
    const location = useLocation();
    const navigate = useNavigate();
    useLayoutEffect(() => {
      handle.location = location;
      handle.navigate = navigate;
    });
    return useRoutes(routes);
  }
  render(
    <MemoryRouter initialEntries={[path]} useTransitions={false}>
      <Pages />
    </MemoryRouter>,
  );
  return {
    location: () => {
      if (!handle.location) throw new Error('The router has not rendered yet');
      return handle.location;
    },
    navigate: async (to, options) => {
      if (!handle.navigate) throw new Error('The router has not rendered yet');
      await (typeof to === 'number' ? handle.navigate(to) : handle.navigate(to, options));
    },
  };
}
