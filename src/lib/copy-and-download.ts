/**
 * Copies text to the clipboard; false when the browser has no clipboard or refuses.
 * @example if (!(await copyText(url))) input.select();
 */
export async function copyText(text: string): Promise<boolean> {
  const clipboard = window.navigator.clipboard as Clipboard | undefined;
  if (!clipboard) return false;
  try {
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Saves text as a file through a temporary link. `bom` starts the file with a byte-order mark,
 * which spreadsheet apps need to read a CSV as UTF-8.
 * @example downloadTextFile('# Notes', 'notes.md', 'text/markdown;charset=utf-8')
 */
export function downloadTextFile(text: string, fileName: string, type: string, bom = false): void {
  downloadBlob(new Blob(bom ? ['\uFEFF', text] : [text], { type }), fileName);
}

/**
 * Saves a blob (a picture, a text file) as a file through a temporary link.
 * @example downloadBlob(pngBlob, 'result.png')
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
