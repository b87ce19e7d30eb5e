import { useRef } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { SourceNote } from '../components/source-note';
import { DATASET_VERSION } from '../data/source';
import { paths, SITE_NAME } from './paths';
import { ErrorBoundary } from './route-error';
import { ThemeToggle } from './theme-toggle';
import { useFocusOnNavigate } from './use-focus-on-navigate';
import { useRouteMeta } from './use-route-meta';

const NAV = [
  { to: paths.home, label: 'Guide', end: true },
  { to: paths.quiz, label: 'Quiz', end: false },
  { to: paths.compare, label: 'Compare', end: true },
  { to: paths.salaries, label: 'Salaries', end: true },
] as const;

export function Layout() {
  const mainRef = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  useRouteMeta();
  useFocusOnNavigate(mainRef);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <Link to={paths.home} className="brand">
            <span className="brand__go">Go</span> or <span className="brand__rust">Rust</span>?
          </Link>
          <nav aria-label="Main" className="site-nav">
            <ul>
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <ThemeToggle />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        {/* A page's error, or its module failing to download, stays inside main; another page starts afresh. */}
        <ErrorBoundary where="route" resetKey={pathname}>
          <Outlet />
        </ErrorBoundary>
      </main>
      <SiteFooter />
    </>
  );
}

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <SourceNote />
      <p>
        Dataset version {DATASET_VERSION}. The wording and the reading of the data are ours;{' '}
        {SITE_NAME} is an independent guide.
      </p>
      <p>
        <Link to={paths.embed}>Put the quiz on your site</Link>
      </p>
    </footer>
  );
}
