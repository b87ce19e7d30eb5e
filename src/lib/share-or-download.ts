import { downloadBlob } from './copy-and-download';

/**
 * What became of a file: shared, saved as a download, the share sheet closed by the person, or a share
 * the browser refused because too long had passed since the click (a fresh press can share it).
 */
export type Delivery = 'shared' | 'saved' | 'cancelled' | 'needs-press';

/**
 * True where the page should offer the share sheet for a file: a touch-first device (a phone or tablet)
 * whose browser can share files (Web Share API level 2). Desktop browsers that could share download instead.
 */
export function canShareFile(file: File): boolean {
  const nav = window.navigator;
  if (typeof nav.canShare !== 'function' || typeof nav.share !== 'function') return false;
  if (typeof window.matchMedia !== 'function' || !window.matchMedia('(pointer: coarse)').matches) {
    return false;
  }
  try {
    return nav.canShare({ files: [file] });
  } catch {
    return false;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

/**
 * Offers the file to the share sheet where that fits, else downloads it. A share that fails for any reason
 * but the person's own cancel (or, on a first try, a click grown too old) falls back to the download, so
 * the file is never lost.
 * @example await shareOrDownload(file, { title: 'Go or Rust?', text: 'Learn Go' }) // 'saved' on a desktop
 */
export async function shareOrDownload(
  file: File,
  words: { title: string; text: string },
  { firstTry = true }: { firstTry?: boolean } = {},
): Promise<Delivery> {
  if (canShareFile(file)) {
    try {
      await window.navigator.share({ files: [file], title: words.title, text: words.text });
      return 'shared';
    } catch (error) {
      const name = errorName(error);
      if (name === 'AbortError') return 'cancelled';
      if (name === 'NotAllowedError' && firstTry) return 'needs-press';
    }
  }
  downloadBlob(file, file.name);
  return 'saved';
}
