import { describe, expect, it, vi } from 'vitest';
import { chunkUrl, lazyModule } from '../../src/lib/lazy-module';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

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

  it('tells its listeners each state, and who started the download', async () => {
    const first = deferred<{ ok: boolean }>();
    const importer = vi
      .fn<() => Promise<{ ok: boolean }>>()
      .mockReturnValueOnce(first.promise)
      .mockResolvedValueOnce({ ok: true });
    const lazy = lazyModule(importer);
    const seen: string[] = [];
    lazy.subscribe(() => seen.push(`${lazy.getState().status} ${lazy.getState().by}`));
    expect(lazy.getState()).toEqual({ status: 'idle', module: null, by: null });

    const failed = lazy.load('openings');
    // A second caller shares the download under way, so it is still the first caller's.
    void lazy.load('ladder').catch(() => undefined);
    first.reject(new Error('offline'));
    await expect(failed).rejects.toThrow('offline');
    expect(lazy.getState()).toEqual({ status: 'error', module: null, by: 'openings' });

    await lazy.load('ladder');
    expect(lazy.getState()).toEqual({ status: 'ready', module: { ok: true }, by: 'ladder' });
    expect(seen).toEqual(['loading openings', 'error openings', 'loading ladder', 'ready ladder']);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const lazy = lazyModule(() => new Promise(() => undefined));
    const listener = vi.fn();
    lazy.subscribe(listener)();
    void lazy.load();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('chunkUrl', () => {
  const base = 'https://example.test/assets/index-Ab12.js';

  it("reads the chunk from Vite's importer, wrapped in its preload helper", () => {
    const built = '()=>Ma(()=>import(`./salary-charts-Bh2h1Xgt.js`),__vite__mapDeps([0,1,2,3]))';
    expect(chunkUrl(built, base)).toBe('https://example.test/assets/salary-charts-Bh2h1Xgt.js');
  });

  it('reads plain and quoted forms, and an absolute path as in the dev server', () => {
    expect(chunkUrl('() => import("./export-csv-x.js")', base)).toBe(
      'https://example.test/assets/export-csv-x.js',
    );
    expect(chunkUrl("() => import('/src/app/personal-rows.ts')", base)).toBe(
      'https://example.test/src/app/personal-rows.ts',
    );
  });

  it('gives null when the source names no import', () => {
    expect(chunkUrl('() => loadSomehow()', base)).toBeNull();
    expect(chunkUrl('function mockConstructor() { [native code] }', base)).toBeNull();
  });
});
