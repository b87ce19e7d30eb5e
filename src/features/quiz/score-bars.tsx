import {
  CLEAR_MARGIN,
  CLEAR_MIN_ANSWERED_SHARE,
  CLOSE_CALL_MARGIN,
} from '../../scoring/score-answers';
import type { QuizResult } from '../../scoring/score-answers';

/** One language's score as a bar, for a list of scores. */
function ScoreBar({
  language,
  name,
  score,
}: {
  language: 'go' | 'rust';
  name: string;
  score: number;
}) {
  return (
    <li className={`score-bar score-bar--${language}`}>
      <span className="score-bar__name">{name}</span>
      {/* SVG attributes rather than inline styles, so a strict style-src CSP holds. */}
      <svg
        className="score-bar__track"
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
      >
        <rect className="score-bar__bg" x="0" y="0" width="100" height="10" rx="2" />
        <rect className="score-bar__fill" x="0" y="0" width={score} height="10" rx="2" />
      </svg>
      <span className="score-bar__value">
        {score}
        <span className="visually-hidden"> out of 100</span>
        <span aria-hidden="true"> / 100</span>
      </span>
    </li>
  );
}

/** Both scores as bars, then the margin, the confidence and how many questions were answered. */
export function ScoreFacts({ result, label }: { result: QuizResult; label: string }) {
  const skipped = result.notSure + result.unanswered;
  return (
    <>
      <ul className="score-bars" aria-label={label}>
        <ScoreBar language="go" name="Go" score={result.goScore} />
        <ScoreBar language="rust" name="Rust" score={result.rustScore} />
      </ul>
      <dl className="quiz-facts">
        <div>
          <dt>Margin</dt>
          <dd>{result.margin} points</dd>
        </div>
        <div>
          <dt>Confidence</dt>
          <dd className={`confidence confidence--${result.confidence.replace(' ', '-')}`}>
            {result.confidence}
          </dd>
        </div>
        <div>
          <dt>Answered</dt>
          <dd>
            {result.answered} of {result.totalQuestions}
            {skipped > 0 && ` (${skipped} skipped or not sure)`}
          </dd>
        </div>
      </dl>
    </>
  );
}

/** The result's scores, facts, and how the scores are worked out. */
export function ScoreBars({ result }: { result: QuizResult }) {
  return (
    <section className="quiz-scores" aria-labelledby="scores-title">
      <h2 id="scores-title" className="visually-hidden">
        Scores
      </h2>
      <ScoreFacts result={result} label="Scores out of 100" />
      <p className="quiz-scores__how">
        Each score is the share of your weighted answer points that went to that language; a
        question you marked as mattering a lot counts double, and “not sure” counts for neither. A
        margin under {CLOSE_CALL_MARGIN} points is a close call; a result is clear from{' '}
        {CLEAR_MARGIN} points with at least{' '}
        {Math.ceil(CLEAR_MIN_ANSWERED_SHARE * result.totalQuestions)} of {result.totalQuestions}{' '}
        questions answered.
      </p>
    </section>
  );
}
