import { NotFound } from '../not-found';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return <NotFound />;
}

export const ErrorBoundary = RouteErrorBoundary;
