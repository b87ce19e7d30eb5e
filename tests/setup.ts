import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Only files that ask for jsdom have a DOM to clean up after each test.
if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => {
    cleanup();
    window.localStorage.clear();
    delete document.documentElement.dataset.theme;
  });
}
