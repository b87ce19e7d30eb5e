import { afterEach, describe, expect, it } from 'vitest';
import { createSafeStorage } from '../../src/store/safe-storage';
import { clearStorageStatus, getStorageStatus } from '../../src/store/storage-status';

afterEach(() => clearStorageStatus());

function fullStorage(): Storage {
  const storage = window.localStorage;
  return {
    ...storage,
    length: 0,
    clear: () => storage.clear(),
    key: () => null,
    getItem: (key: string) => storage.getItem(key),
    removeItem: (key: string) => storage.removeItem(key),
    setItem: () => {
      throw new DOMException('full', 'QuotaExceededError');
    },
  };
}

describe('createSafeStorage', () => {
  it('writes and reads JSON with its version', () => {
    const storage = createSafeStorage<{ n: number }>(() => window.localStorage);
    storage.setItem('k', { state: { n: 1 }, version: 2 });
    expect(storage.getItem('k')).toEqual({ state: { n: 1 }, version: 2 });
    expect(getStorageStatus()).toBe('ok');
  });

  it('reports unreadable JSON as a reset instead of throwing', () => {
    window.localStorage.setItem('k', '{not json');
    expect(createSafeStorage(() => window.localStorage).getItem('k')).toBeNull();
    expect(getStorageStatus()).toBe('reset');
  });

  it('sends a stored value without a version through migrate', () => {
    window.localStorage.setItem('k', JSON.stringify({ state: { n: 1 } }));
    expect(createSafeStorage(() => window.localStorage).getItem('k')).toEqual({
      state: { n: 1 },
      version: -1,
    });
  });

  it('swallows a full storage and says progress will not be kept', () => {
    const storage = createSafeStorage(fullStorage);
    expect(() => storage.setItem('k', { state: {}, version: 1 })).not.toThrow();
    expect(getStorageStatus()).toBe('unavailable');
  });

  it('treats blocked storage as unavailable', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.getItem('k')).toBeNull();
    expect(() => storage.removeItem('k')).not.toThrow();
    expect(getStorageStatus()).toBe('unavailable');
  });
});
