import { Link, useRouteError } from 'react-router';
import { paths } from './paths';

/** A lazy chunk that failed to arrive: a stale deploy or a dropped connection, not a bug in the page. */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload/i.test(
    message,
  );
}

function ErrorMessage({ error, framed = false }: { error: unknown; framed?: boolean }) {
  const chunk = isChunkLoadError(error);
  return (
    <section className="error-panel" aria-labelledby="error-title">
      <h1 id="error-title">
        {chunk ? 'This page could not load' : 'Something went wrong on this page'}
      </h1>
      <p>
        {chunk
          ? 'Part of the app did not download. You may be offline, or a newer version was just published.'
          : 'An unexpected error stopped this page. Your saved answers are untouched.'}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--primary"
          onClick={() => window.location.reload()}
        >
          Try again
        </button>
        {/* In another site's frame, the guide (which may not be framed) opens in a tab of its own. */}
        <Link
          className="button"
          to={paths.home}
          reloadDocument
          {...(framed && { target: '_blank', rel: 'noopener' })}
        >
          Go to the guide
        </Link>
      </div>
    </section>
  );
}

/** Catches errors of one route inside the layout, so header and nav stay usable. */
export function RouteErrorBoundary() {
  return <ErrorMessage error={useRouteError()} />;
}

/** Last line of defence when the layout itself fails: a bare page that still explains and offers a way out. */
export function RootErrorBoundary() {
  const error = useRouteError();
  return (
    <main id="main" className="site-main">
      <ErrorMessage error={error} />
    </main>
  );
}

/** The framed quiz's boundary: no site chrome, and the way out leaves the frame alone. */
export function FrameErrorBoundary() {
  const error = useRouteError();
  return (
    <main id="main" className="site-main">
      <ErrorMessage error={error} framed />
    </main>
  );
}
