import { useEffect, useRef, useState } from 'react';
import { copyText } from '../../lib/copy-and-download';

type CopyState = 'idle' | 'copied' | 'failed';

const LABELS: Readonly<Record<CopyState, string>> = {
  idle: 'Copy link',
  copied: 'Link copied',
  failed: 'Copy failed: use the address bar',
};

/** Copies a link to the current view; the label confirms it for a moment. */
export function CopyLinkButton({ getUrl }: { getUrl: () => string }) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | null>(null);
  useEffect(
    () => () => {
      if (timer.current !== null) window.clearTimeout(timer.current);
    },
    [],
  );

  const settle = (next: CopyState) => {
    setState(next);
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setState('idle'), 2500);
  };

  const copy = () => {
    void copyText(getUrl()).then((copied) => settle(copied ? 'copied' : 'failed'));
  };

  return (
    <>
      <button type="button" className="button" onClick={copy}>
        {LABELS[state]}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'idle' ? '' : LABELS[state]}
      </span>
    </>
  );
}
