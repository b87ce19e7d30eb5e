import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from './paths';

type PlaceholderProps = { title: string; children: ReactNode };

/** An honest stand-in for a page that is still being built: it says what is coming. */
export function PlaceholderPage({ title, children }: PlaceholderProps) {
  return (
    <section className="page placeholder" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <div className="placeholder__body">{children}</div>
      <p>
        <Link to={paths.home}>Back to the guide</Link>
      </p>
    </section>
  );
}
