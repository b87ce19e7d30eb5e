import { PlaceholderPage } from '../placeholder-page';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return (
    <PlaceholderPage title="Go and Rust, category by category">
      <p>
        The sortable, filterable comparison grid is on its way. Until then, the guide lists the
        strengths of each language.
      </p>
    </PlaceholderPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
