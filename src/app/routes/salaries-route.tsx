import { PlaceholderPage } from '../placeholder-page';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return (
    <PlaceholderPage title="Go and Rust salaries and jobs">
      <p>Charts of openings and pay, with the sample size behind every figure, are on their way.</p>
    </PlaceholderPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
