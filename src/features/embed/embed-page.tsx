import { useEffect, useSyncExternalStore } from 'react';
import { useCopyField } from '../../lib/use-copy-field';
import { buildEmbedSnippet } from './embed-snippet';
import './embed.css';

export type EmbedLinks = { frame: string; script: string };

type EmbedPageProps = { links: EmbedLinks; siteName: string; buildOrigin: string };

const FRAME_TITLE = 'Go or Rust? A quiz on which language to learn';

const subscribeNever = () => () => undefined;

/**
 * /embed: the snippet that puts the quiz on another site, a Copy button, and the quiz live in the same
 * frame a reader would see. Prerendered with the build's origin; in the browser, the origin it is served from.
 */
export function EmbedPage({ links, siteName, buildOrigin }: EmbedPageProps) {
  const origin = useSyncExternalStore(
    subscribeNever,
    () => window.location.origin,
    () => buildOrigin,
  );
  const snippet = buildEmbedSnippet({
    origin,
    framePath: links.frame,
    scriptPath: links.script,
    title: FRAME_TITLE,
  });
  const { fieldRef, status, copy } = useCopyField<HTMLTextAreaElement>(snippet, {
    copied: 'Copied. Paste it into your page’s HTML where the quiz should appear.',
    noun: 'code',
  });
  // The preview fits its content the way a host page does: with the same one-line script.
  useEffect(() => {
    if (document.querySelector(`script[src="${links.script}"]`)) return;
    const script = document.createElement('script');
    script.src = links.script;
    script.async = true;
    document.head.append(script);
  }, [links.script]);

  return (
    <div className="page embed">
      <header>
        <p className="eyebrow">For your site</p>
        <h1 id="page-title">Put the quiz on your site</h1>
        <p>
          Writing about Go and Rust? Add the {siteName} quiz to your post or course page. Readers
          answer the ten questions where they are, then see which language fits them and both
          scores, with a link to the full result here.
        </p>
      </header>
      <section className="section" aria-labelledby="code-title">
        <h2 id="code-title">The code to paste</h2>
        <label htmlFor="embed-code" className="embed__label">
          Embed code
        </label>
        <textarea
          ref={fieldRef}
          id="embed-code"
          className="embed__code"
          readOnly
          rows={4}
          spellCheck={false}
          value={snippet}
          onFocus={(event) => event.target.select()}
        />
        <div className="button-row">
          <button type="button" className="button button--primary" onClick={() => void copy()}>
            Copy the code
          </button>
        </div>
        <p className="embed__status" role="status">
          {status}
        </p>
        <ul className="embed__notes">
          <li>
            The first line is the quiz. The second is optional: it lets the frame grow and shrink
            with the quiz. Without it the frame keeps the height you give it and scrolls inside.
          </li>
          <li>
            The frame shows the questions, then the recommendation and both scores; “See the full
            result” opens the explanation here, in a new tab.
          </li>
          <li>
            Answers stay in the reader’s browser, kept for your site only, or not at all where the
            browser blocks storage in frames; the quiz says so when that happens.
          </li>
          <li>
            If your site sends a Content-Security-Policy, allow <code>{origin}</code> in{' '}
            <code>frame-src</code>, and in <code>script-src</code> for the second line. If it bars
            inline styles, drop the <code>style</code> attribute and size the frame in your
            stylesheet.
          </li>
        </ul>
      </section>
      <section className="section" aria-labelledby="preview-title">
        <h2 id="preview-title">Live preview</h2>
        <p>
          This is the quiz exactly as your readers will see it. It keeps its answers apart from your
          own quiz on this site. <a href={links.frame}>Open it on its own page</a>.
        </p>
        <iframe className="embed__preview" src={links.frame} title={`Preview: ${FRAME_TITLE}`} />
      </section>
    </div>
  );
}
