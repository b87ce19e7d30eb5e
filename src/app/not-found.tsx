import { Link } from 'react-router';
import { paths } from './paths';

export function NotFound() {
  return (
    <section className="error-panel" aria-labelledby="not-found-title">
      <p className="eyebrow">Error 404</p>
      <h1 id="not-found-title">Page not found</h1>
      <p>There is nothing at this address. It may have moved, or the link was mistyped.</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home}>Read the Go or Rust guide</Link>
        </li>
        <li>
          <Link to={paths.quiz}>Take the quiz</Link>
        </li>
        <li>
          <Link to={paths.compare}>Open the comparison grid</Link>
        </li>
        <li>
          <Link to={paths.salaries}>See salaries and jobs</Link>
        </li>
      </ul>
    </section>
  );
}
