import { Component } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
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

type Where = 'route' | 'root' | 'frame';

type BoundaryProps = {
  where: Where;
  /** The error is cleared when this changes: a new page gets a fresh start. */
  resetKey?: string;
  children: ReactNode;
};

type BoundaryState = { error: unknown; failed: boolean; resetKey?: string };

/**
 * Catches an error thrown while rendering, or a page module that failed to download, and explains it:
 * - `route`: inside the layout, so header and nav stay usable;
 * - `root`: the last line of defence when the layout itself fails, a bare page with a way out;
 * - `frame`: the framed quiz, no site chrome, and the way out leaves the frame alone.
 */
export class ErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error, failed: true };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    return props.resetKey === state.resetKey
      ? null
      : { error: null, failed: false, resetKey: props.resetKey };
  }

  override render() {
    const { where, children } = this.props;
    if (!this.state.failed) return children;
    const message = <ErrorMessage error={this.state.error} framed={where === 'frame'} />;
    return where === 'route' ? (
      message
    ) : (
      <main id="main" className="site-main">
        {message}
      </main>
    );
  }
}
