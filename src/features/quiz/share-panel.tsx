import { useRef, useState } from 'react';
import { copyText, downloadTextFile } from '../../lib/copy-and-download';

type SharePanelProps = {
  shareUrl: string;
  /** Built on demand so the record carries the moment it was saved. */
  buildMarkdown: () => { fileName: string; text: string };
};

/** The share link, copy, Markdown download and print. */
export function SharePanel({ shareUrl, buildMarkdown }: SharePanelProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const copy = async () => {
    if (await copyText(shareUrl)) {
      setStatus('Link copied.');
    } else {
      inputRef.current?.select();
      setStatus(
        'Could not copy automatically; the link is selected, so copy it with your keyboard.',
      );
    }
  };
  const download = () => {
    const { fileName, text } = buildMarkdown();
    downloadTextFile(text, fileName, 'text/markdown;charset=utf-8');
    setStatus(`Saved ${fileName}.`);
  };
  return (
    <section className="section quiz-share" aria-labelledby="share-title">
      <h2 id="share-title">Share or keep this result</h2>
      <p>The link holds your answers and marks, so anyone who opens it sees this same result.</p>
      <div className="quiz-share__row">
        <label htmlFor="share-link" className="quiz-share__label">
          Share link
        </label>
        <input
          ref={inputRef}
          id="share-link"
          className="quiz-share__input"
          type="text"
          readOnly
          value={shareUrl}
          onFocus={(event) => event.target.select()}
        />
      </div>
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
