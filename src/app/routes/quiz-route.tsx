import { PlaceholderPage } from '../placeholder-page';
import { RouteErrorBoundary } from '../route-error';

export function Component() {
  return (
    <PlaceholderPage title="Should you learn Go or Rust?">
      <p>
        The decision quiz is being built: about ten short questions, one per screen, and a
        recommendation that shows how much each answer counted.
      </p>
    </PlaceholderPage>
  );
}

export const ErrorBoundary = RouteErrorBoundary;
