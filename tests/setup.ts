import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// Only files that ask for jsdom have a DOM to clean up after each test. Test files share one jsdom per worker
// (isolate: false in vite.config.ts), so everything a test can leave behind is put back here: the rendered
// tree, storage, the theme, and the quiz store's in-memory state.
if (typeof window !== 'undefined') {
  const { cleanup } = await import('@testing-library/react');
  const { useQuizStore } = await import('../src/store/quiz-store');
  const { clearStorageStatus } = await import('../src/store/storage-status');
  afterEach(() => {
    cleanup();
    // The store first: persist writes the reset state to storage, which is cleared next.
    useQuizStore.setState(useQuizStore.getInitialState(), true);
    clearStorageStatus();
    window.localStorage.clear();
    delete document.documentElement.dataset.theme;
  });
}
