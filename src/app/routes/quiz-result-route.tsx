import { PlaceholderPage } from '../placeholder-page';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return (
    <PlaceholderPage title="Your recommendation">
      <p>
        Results will appear here once the quiz is live, with both scores, the margin and what would
        change the outcome.
      </p>
    </PlaceholderPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
