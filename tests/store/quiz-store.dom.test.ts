import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EMBED_QUIZ_STORAGE_KEY, QUIZ_STORAGE_KEY } from '../../src/store/quiz-storage-key';
import { rehydrateQuizStore, useQuizStore } from '../../src/store/quiz-store';
import { clearStorageStatus, getStorageStatus } from '../../src/store/storage-status';

function stored() {
  return JSON.parse(window.localStorage.getItem(QUIZ_STORAGE_KEY) ?? 'null') as {
    state: Record<string, unknown>;
    version: number;
  } | null;
}

beforeEach(() => {
  useQuizStore.setState(useQuizStore.getInitialState(), true);
  clearStorageStatus();
});
afterEach(() => clearStorageStatus());

describe('useQuizStore', () => {
  it('starts empty and not hydrated, so the first render matches the server', () => {
    const s = useQuizStore.getState();
    expect(s).toMatchObject({
      answers: {},
      important: [],
      step: 0,
      previous: null,
      hasHydrated: false,
    });
  });

  it('stores answers, marks and the step, never totals', () => {
    rehydrateQuizStore();
    const s = useQuizStore.getState();
    s.choose('build', 'wasm');
    s.setImportant('build', true);
    s.goToStep(3);
    expect(stored()).toEqual({
      state: { answers: { build: 'wasm' }, important: ['build'], step: 3, previous: null },
      version: 2,
    });
  });

  it('resumes the stored answers and step on rehydrate', () => {
    window.localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({
        state: { answers: { speed: 'critical' }, important: [], step: 5, previous: null },
        version: 2,
      }),
    );
    rehydrateQuizStore();
    expect(useQuizStore.getState()).toMatchObject({
      answers: { speed: 'critical' },
      step: 5,
      hasHydrated: true,
    });
    expect(getStorageStatus()).toBe('ok');
  });

  it('migrates a v1 state on load and writes it back as v2', () => {
    window.localStorage.setItem(
      QUIZ_STORAGE_KEY,
      JSON.stringify({
        state: { answers: { team: 'large-mixed' }, important: ['team'], step: 2 },
        version: 1,
      }),
    );
    rehydrateQuizStore();
    expect(useQuizStore.getState()).toMatchObject({
      answers: { team: 'large-mixed' },
      step: 2,
      previous: null,
    });
    expect(stored()?.version).toBe(2);
  });

  it('starts clean with a notice when the stored JSON is garbage', () => {
    window.localStorage.setItem(QUIZ_STORAGE_KEY, '][');
    rehydrateQuizStore();
    expect(useQuizStore.getState()).toMatchObject({ answers: {}, step: 0, hasHydrated: true });
    expect(getStorageStatus()).toBe('reset');
  });

  it('keeps working in memory when storage throws on every write', () => {
    rehydrateQuizStore();
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    useQuizStore.getState().choose('velocity', 'guarantees');
    expect(useQuizStore.getState().answers).toEqual({ velocity: 'guarantees' });
    expect(getStorageStatus()).toBe('unavailable');
  });

  it('clamps the step to the questions', () => {
    useQuizStore.getState().goToStep(99);
    expect(useQuizStore.getState().step).toBe(9);
    useQuizStore.getState().goToStep(-2);
    expect(useQuizStore.getState().step).toBe(0);
  });

  it('remembers the answers behind the last result on a review and on a retake (start over)', () => {
    const s = useQuizStore.getState();
    s.choose('build', 'backend');
    s.goToStep(9);
    useQuizStore.getState().review();
    expect(useQuizStore.getState()).toMatchObject({
      answers: { build: 'backend' },
      step: 0,
      previous: { answers: { build: 'backend' }, important: [] },
    });
    useQuizStore.getState().choose('build', 'systems');
    useQuizStore.getState().setImportant('build', true);
    useQuizStore.getState().goToStep(9);
    useQuizStore.getState().startOver();
    expect(useQuizStore.getState()).toMatchObject({
      answers: {},
      important: [],
      step: 0,
      previous: { answers: { build: 'systems' }, important: ['build'] },
    });
    // A second retake with nothing answered keeps the last real result.
    useQuizStore.getState().startOver();
    expect(useQuizStore.getState().previous).toEqual({
      answers: { build: 'systems' },
      important: ['build'],
    });
  });

  it('adopts shared answers, dropping anything unknown', () => {
    useQuizStore.getState().choose('team', 'large-mixed');
    useQuizStore
      .getState()
      .replaceAnswers({ answers: { build: 'wasm', nope: 'x' }, important: ['build', 'nope'] });
    expect(useQuizStore.getState()).toMatchObject({
      answers: { build: 'wasm' },
      important: ['build'],
      previous: { answers: { team: 'large-mixed' }, important: [] },
    });
  });
});

describe('loading stored answers', () => {
  it('writes nothing to storage just by loading', () => {
    useQuizStore.setState(useQuizStore.getInitialState(), true);
    window.localStorage.clear();
    rehydrateQuizStore();
    expect(useQuizStore.getState().hasHydrated).toBe(true);
    expect(window.localStorage.getItem(QUIZ_STORAGE_KEY)).toBeNull();
  });
});

describe('the framed quiz keeps its answers apart', () => {
  // The reset above writes the empty state under the site's key; start from nothing stored.
  beforeEach(() => window.localStorage.clear());
  afterEach(() => {
    useQuizStore.persist.setOptions({ name: QUIZ_STORAGE_KEY });
    window.localStorage.clear();
  });

  it('reads and writes only its own key, leaving the site quiz’s answers alone', async () => {
    const site = {
      state: { answers: { build: 'wasm' }, important: [], step: 4, previous: null },
      version: 2,
    };
    window.localStorage.setItem(QUIZ_STORAGE_KEY, JSON.stringify(site));
    window.localStorage.setItem(
      EMBED_QUIZ_STORAGE_KEY,
      JSON.stringify({ ...site, state: { ...site.state, answers: {}, step: 1 } }),
    );
    rehydrateQuizStore(EMBED_QUIZ_STORAGE_KEY);
    await vi.waitFor(() => expect(useQuizStore.getState().hasHydrated).toBe(true));
    expect(useQuizStore.getState()).toMatchObject({ answers: {}, step: 1 });
    useQuizStore.getState().choose('build', 'cli');
    expect(JSON.parse(window.localStorage.getItem(EMBED_QUIZ_STORAGE_KEY) ?? '{}')).toMatchObject({
      state: { answers: { build: 'cli' } },
    });
    expect(JSON.parse(window.localStorage.getItem(QUIZ_STORAGE_KEY) ?? '{}')).toEqual(site);
  });

  it('keeps the first key for the page’s life: a later call with another changes nothing', async () => {
    rehydrateQuizStore(EMBED_QUIZ_STORAGE_KEY);
    await vi.waitFor(() => expect(useQuizStore.getState().hasHydrated).toBe(true));
    rehydrateQuizStore();
    useQuizStore.getState().choose('build', 'cli');
    expect(window.localStorage.getItem(QUIZ_STORAGE_KEY)).toBeNull();
    expect(window.localStorage.getItem(EMBED_QUIZ_STORAGE_KEY)).not.toBeNull();
  });
});
