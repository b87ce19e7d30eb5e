import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasStoredQuiz, QUIZ_STORAGE_KEY } from '../../src/store/quiz-storage-key';

afterEach(() => window.localStorage.clear());

describe('hasStoredQuiz', () => {
  it('says no on a browser that never saved the quiz', () => {
    expect(hasStoredQuiz()).toBe(false);
  });

  it('says yes once the quiz store has saved something', () => {
    window.localStorage.setItem(QUIZ_STORAGE_KEY, '{"state":{},"version":2}');
    expect(hasStoredQuiz()).toBe(true);
  });

  it('says no, without throwing, when storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(hasStoredQuiz()).toBe(false);
  });
});
