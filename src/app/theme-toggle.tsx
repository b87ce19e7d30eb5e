import { useTheme } from './theme';

export function ThemeToggle() {
  const [theme, setTheme] = useTheme();
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      onClick={() => setTheme(next)}
    >
      <span aria-hidden="true" className="theme-toggle__icon" />
      Dark theme
    </button>
  );
}
