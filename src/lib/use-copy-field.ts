import { useRef, useState } from 'react';
import { copyText } from './copy-and-download';

type CopyWords = {
  /** What the status line says once the text is on the clipboard. */
  copied: string;
  /** What the field holds, for the fallback message: "the link is selected". */
  noun: string;
};

/**
 * Copy from a read-only field: copies `text`, or, where the browser refuses, selects it in the field so the
 * keyboard can copy it. `status` is for a role="status" line; `setStatus` lets other buttons use that line.
 * @example const { fieldRef, status, copy } = useCopyField(url, { copied: 'Link copied.', noun: 'link' });
 */
export function useCopyField<T extends HTMLInputElement | HTMLTextAreaElement>(
  text: string,
  words: CopyWords,
) {
  const fieldRef = useRef<T>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    if (await copyText(text)) {
      setStatus(words.copied);
    } else {
      fieldRef.current?.select();
      setStatus(
        `Could not copy automatically; the ${words.noun} is selected, so copy it with your keyboard.`,
      );
    }
  };
  return { fieldRef, status, setStatus, copy };
}
