import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shareOrDownload } from '../../src/lib/share-or-download';

const words = { title: 'Go or Rust? Learn Go', text: 'Learn Go: Go 81, Rust 19 out of 100.' };
const file = () =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'go-or-rust-result.png', {
    type: 'image/png',
  });

/** Gives the page a share sheet and a pointer kind; returns the share spy. */
function phone({ coarse, share }: { coarse: boolean; share: () => Promise<void> }) {
  const spy = vi.fn(share);
  Object.defineProperty(navigator, 'share', { configurable: true, value: spy });
  Object.defineProperty(navigator, 'canShare', {
    configurable: true,
    value: (data: ShareData) => Boolean(data.files?.every((f) => f.type === 'image/png')),
  });
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: coarse && query === '(pointer: coarse)',
  }));
  return spy;
}

let downloaded: string[];
beforeEach(() => {
  downloaded = [];
  // jsdom has no object URLs; a stand-in URL class lasts for one test (unstubGlobals).
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: vi.fn(() => 'blob:picture'),
      revokeObjectURL: vi.fn(),
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloaded.push(this.download);
  });
});
afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'canShare');
});

describe('shareOrDownload', () => {
  it('downloads where the browser cannot share files', async () => {
    expect(await shareOrDownload(file(), words)).toBe('saved');
    expect(downloaded).toEqual(['go-or-rust-result.png']);
  });

  it('downloads on a desktop even when its browser could share', async () => {
    const share = phone({ coarse: false, share: async () => {} });
    expect(await shareOrDownload(file(), words)).toBe('saved');
    expect(share).not.toHaveBeenCalled();
    expect(downloaded).toEqual(['go-or-rust-result.png']);
  });

  it('hands the file, title and text to the share sheet on a phone', async () => {
    const share = phone({ coarse: true, share: async () => {} });
    const picture = file();
    expect(await shareOrDownload(picture, words)).toBe('shared');
    expect(share).toHaveBeenCalledWith({ files: [picture], ...words });
    expect(downloaded).toEqual([]);
  });

  it('takes a cancel as the person’s choice, and downloads nothing', async () => {
    phone({ coarse: true, share: () => Promise.reject(new DOMException('no', 'AbortError')) });
    expect(await shareOrDownload(file(), words)).toBe('cancelled');
    expect(downloaded).toEqual([]);
  });

  it('asks for a fresh press once when the share is refused, then downloads', async () => {
    phone({
      coarse: true,
      share: () => Promise.reject(new DOMException('late', 'NotAllowedError')),
    });
    expect(await shareOrDownload(file(), words)).toBe('needs-press');
    expect(downloaded).toEqual([]);
    expect(await shareOrDownload(file(), words, { firstTry: false })).toBe('saved');
    expect(downloaded).toEqual(['go-or-rust-result.png']);
  });

  it('downloads when sharing fails in any other way', async () => {
    phone({ coarse: true, share: () => Promise.reject(new TypeError('no target')) });
    expect(await shareOrDownload(file(), words)).toBe('saved');
    expect(downloaded).toEqual(['go-or-rust-result.png']);
  });
});
