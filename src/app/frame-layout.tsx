import { useEffect, useRef } from 'react';
import type { ReactNode, RefObject } from 'react';
import { paths, SITE_NAME } from './paths';
import './frame-layout.css';

/** The message a framed page sends its parent; public/embed.js listens for it. */
export const FRAME_HEIGHT_MESSAGE = 'go-or-rust:height';
/** What public/embed.js sends each frame when it starts, asking for the height now. */
const FRAME_MEASURE_MESSAGE = 'go-or-rust:measure';

/**
 * Tells the page around the frame how tall the content is, whenever that changes and whenever public/embed.js
 * asks (it may load after the first report), so the host can size the frame to fit. Only a height is sent, so
 * any parent may read it.
 */
function usePostHeight(target: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = target.current;
    if (!element || window.parent === window || typeof ResizeObserver === 'undefined') return;
    const post = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      window.parent.postMessage({ type: FRAME_HEIGHT_MESSAGE, height }, '*');
    };
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.source !== window.parent || typeof data !== 'object' || data === null) return;
      if ('type' in data && data.type === FRAME_MEASURE_MESSAGE) post();
    };
    const observer = new ResizeObserver(post);
    observer.observe(element);
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      window.removeEventListener('message', onMessage);
    };
  }, [target]);
}

/**
 * The bare page for another site's frame: no site header, nav or footer, only the content and a small
 * credit that opens the site in a new tab (the site's own pages refuse to be framed).
 */
export function FrameLayout({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  usePostHeight(ref);
  return (
    <div ref={ref} className="frame">
      {/* Named, so it stands apart from the main landmark of the page around the frame. */}
      <main id="main" className="frame__main" aria-label={`${SITE_NAME} quiz`}>
        {children}
        <p className="frame__credit">
          Made by{' '}
          <a href={paths.home} target="_blank" rel="noopener">
            {SITE_NAME}
            <span className="visually-hidden"> (opens in a new tab)</span>
          </a>
          , an independent guide to choosing between the two.
        </p>
      </main>
    </div>
  );
}
