import { useEffect, useRef } from 'react';

/**
 * Scrolls a linked row into view and focuses it, once per link: filtering it away and back must
 * not pull focus out of the filter box. Runs a frame after render so the layout's own
 * focus-on-navigate (which runs after child effects) does not take focus back.
 */
export function useLinkedRow(rowId: string | null, isShown: boolean): void {
  const handled = useRef<string | null>(null);
  useEffect(() => {
    if (rowId === null || !isShown || handled.current === rowId) return;
    const frame = window.requestAnimationFrame(() => {
      const element = document.getElementById(`row-${rowId}`);
      if (!element) return;
      handled.current = rowId;
      const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
      element.scrollIntoView?.({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      element.focus({ preventScroll: true });
    });
    return () => window.cancelAnimationFrame(frame);
  }, [rowId, isShown]);
}
