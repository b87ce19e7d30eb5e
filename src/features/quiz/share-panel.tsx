import { downloadTextFile } from '../../lib/copy-and-download';
import { useCopyField } from '../../lib/use-copy-field';
import { LinkField } from './link-field';

type SharePanelProps = {
  shareUrl: string;
  /** Built on demand so the record carries the moment it was saved. */
  buildMarkdown: () => { fileName: string; text: string };
};

/** The share link, copy, Markdown download and print. */
export function SharePanel({ shareUrl, buildMarkdown }: SharePanelProps) {
  const { fieldRef, status, setStatus, copy } = useCopyField<HTMLInputElement>(shareUrl, {
    copied: 'Link copied.',
    noun: 'link',
  });
  const download = () => {
    const { fileName, text } = buildMarkdown();
    downloadTextFile(text, fileName, 'text/markdown;charset=utf-8');
    setStatus(`Saved ${fileName}.`);
  };
  return (
    <section className="section quiz-share" aria-labelledby="share-title">
      <h2 id="share-title">Share or keep this result</h2>
      <p>The link holds these answers and marks, so anyone who opens it sees this same result.</p>
      <LinkField id="share-link" label="Share link" url={shareUrl} fieldRef={fieldRef} />
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void copy()}>
          Copy link
        </button>
        <button type="button" className="button" onClick={download}>
          Download as Markdown
        </button>
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
      </div>
      <p className="quiz-share__status" role="status">
        {status}
      </p>
    </section>
  );
}
