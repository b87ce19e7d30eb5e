import { useRef, useState } from 'react';
import { lazyModule } from '../../lib/lazy-module';
import { shareOrDownload } from '../../lib/share-or-download';
import type { QuizResult } from '../../scoring/score-answers';

// The drawing code arrives on the first press; offline it is already in the service worker's cache.
const pictureMaker = lazyModule(() => import('./draw-result-picture'));

type Picture = { file: File; title: string; text: string };

type SaveState =
  | { kind: 'idle' }
  | { kind: 'working' }
  | { kind: 'done'; message: string }
  /** Shared too long after the press: the browser wants a fresh one. */
  | { kind: 'ready'; picture: Picture }
  | { kind: 'failed'; message: string };

const LOAD_FAILED =
  'The picture could not be made: its code did not download (offline, or the site was just updated).';
const DRAW_FAILED =
  'The picture could not be made: this browser would not draw it. The share link and the Markdown download still work.';

const SAVE_FAILED = 'The picture was made, but this browser would not save or share it.';

function messageFor(state: SaveState): string {
  switch (state.kind) {
    case 'working':
      return 'Making the picture…';
    case 'ready':
      return 'The picture is ready.';
    case 'done':
    case 'failed':
      return state.message;
    default:
      return '';
  }
}

/** "Save as image": the result as a PNG, shared from a phone, downloaded elsewhere. */
export function SaveImage({ result, quizPath }: { result: QuizResult; quizPath: string }) {
  const quizAddress = `${window.location.host}${quizPath}`;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const saveRef = useRef<HTMLButtonElement>(null);
  const busy = useRef(false);

  const deliver = async (picture: Picture, firstTry: boolean) => {
    let delivery;
    try {
      delivery = await shareOrDownload(picture.file, picture, { firstTry });
    } catch {
      setState({ kind: 'failed', message: SAVE_FAILED });
      return;
    }
    if (delivery === 'needs-press') setState({ kind: 'ready', picture });
    else if (delivery === 'cancelled')
      setState({ kind: 'done', message: 'Sharing cancelled; the picture was not sent.' });
    else if (delivery === 'shared') setState({ kind: 'done', message: 'Picture shared.' });
    else setState({ kind: 'done', message: `Image saved as ${picture.file.name}.` });
  };

  const save = async () => {
    if (busy.current) return;
    busy.current = true;
    setState({ kind: 'working' });
    try {
      let maker;
      try {
        maker = await pictureMaker.load('save-image');
      } catch {
        setState({ kind: 'failed', message: LOAD_FAILED });
        return;
      }
      let picture;
      try {
        picture = await maker.makeResultPicture(result, quizAddress);
      } catch {
        setState({ kind: 'failed', message: DRAW_FAILED });
        return;
      }
      await deliver(picture, true);
    } finally {
      busy.current = false;
    }
  };

  return (
    <section className="section quiz-share quiz-picture" aria-labelledby="picture-title">
      <h2 id="picture-title">A picture of this result</h2>
      <p>
        One image with the recommendation, both scores, the three biggest reasons and the source, in
        this page’s colours. On a phone it opens the share menu; elsewhere it downloads a PNG.
      </p>
      <div className="button-row">
        <button
          ref={saveRef}
          type="button"
          className="button"
          aria-describedby="picture-status"
          onClick={() => void save()}
        >
          Save as image
        </button>
        {state.kind === 'ready' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              saveRef.current?.focus();
              void deliver(state.picture, false);
            }}
          >
            Share the picture
          </button>
        )}
        {state.kind === 'failed' && (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              // The Retry button goes away with the message: keep the focus on the picture's button.
              saveRef.current?.focus();
              void save();
            }}
          >
            Retry
          </button>
        )}
      </div>
      <p id="picture-status" className="quiz-share__status" role="status">
        {messageFor(state)}
      </p>
    </section>
  );
}
