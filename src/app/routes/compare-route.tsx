import { ComparePage } from '../../features/compare/compare-page';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return <ComparePage personal={null} />;
}

export const ErrorBoundary = RouteErrorBoundary;
