import { describe, expect, it, vi } from 'vitest';
import { createChartLoader } from '../../../src/features/salaries/chart-loader';
import type { ChartModule } from '../../../src/features/salaries/chart-loader';

const fakeModule = {} as ChartModule;

function deferred() {
  let resolve!: (m: ChartModule) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<ChartModule>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('createChartLoader', () => {
  it('starts idle, loads once however often it is asked, then is ready', async () => {
    const d = deferred();
    const importer = vi.fn(() => d.promise);
    const loader = createChartLoader(importer);
    const seen: string[] = [];
    loader.subscribe(() => seen.push(loader.getState().status));
    expect(loader.getState().status).toBe('idle');
    loader.request();
    loader.request();
    loader.request();
    expect(importer).toHaveBeenCalledTimes(1);
    d.resolve(fakeModule);
    await d.promise;
    await Promise.resolve();
    expect(loader.getState()).toEqual({ status: 'ready', charts: fakeModule });
    loader.request();
    expect(importer).toHaveBeenCalledTimes(1);
    expect(seen).toEqual(['loading', 'ready']);
  });

  it('reports a failed download and tries again on request', async () => {
    const first = deferred();
    const second = deferred();
    const importer = vi
      .fn<() => Promise<ChartModule>>()
      .mockReturnValueOnce(first.promise)
      .mockReturnValueOnce(second.promise);
    const loader = createChartLoader(importer);
    loader.request();
    first.reject(new Error('Failed to fetch dynamically imported module'));
    await first.promise.catch(() => undefined);
    await Promise.resolve();
    expect(loader.getState().status).toBe('error');
    loader.request();
    expect(loader.getState().status).toBe('loading');
    second.resolve(fakeModule);
    await second.promise;
    await Promise.resolve();
    expect(loader.getState().status).toBe('ready');
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('stops telling a listener once it unsubscribes', () => {
    const loader = createChartLoader(() => new Promise(() => undefined));
    const listener = vi.fn();
    const unsubscribe = loader.subscribe(listener);
    unsubscribe();
    loader.request();
    expect(listener).not.toHaveBeenCalled();
  });
});
