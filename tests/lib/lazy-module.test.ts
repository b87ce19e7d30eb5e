import { describe, expect, it, vi } from 'vitest';
import { lazyModule } from '../../src/lib/lazy-module';

describe('lazyModule', () => {
  it('is empty until loaded, then gives the module at once', async () => {
    const lazy = lazyModule(() => Promise.resolve({ answer: 42 }));
    expect(lazy.get()).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ answer: 42 });
    expect(lazy.get()).toEqual({ answer: 42 });
  });

  it('imports once however often it is asked', async () => {
    const importer = vi.fn(() => Promise.resolve({ ok: true }));
    const lazy = lazyModule(importer);
    await Promise.all([lazy.load(), lazy.load()]);
    await lazy.load();
    expect(importer).toHaveBeenCalledTimes(1);
  });

  it('passes a failure on and tries again on the next load', async () => {
    const importer = vi
      .fn<() => Promise<{ ok: boolean }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ ok: true });
    const lazy = lazyModule(importer);
    await expect(lazy.load()).rejects.toThrow('offline');
    expect(lazy.get()).toBeNull();
    await expect(lazy.load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });
});
