import { useRef } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { SourceNote } from '../components/source-note';
import { DATASET_VERSION } from '../data/source';
import { paths, SITE_NAME } from './paths';
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
        <Outlet />
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
