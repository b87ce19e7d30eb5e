import type { DecodedShareLink } from '../../lib/share-link';

type SharedBannerProps = {
  link: DecodedShareLink;
  total: number;
  hasOwn: boolean;
  matchesOwn: boolean;
  onAdopt: () => void;
};

function problemText(link: DecodedShareLink, total: number): string | null {
  if (link.problems.includes('unknown-version')) {
    return 'This link was made by a different version of the quiz, so its answers cannot be read.';
  }
  if (link.problems.includes('altered')) {
    return 'This link has been changed on its way here: a character is wrong or two have swapped places, so it would show a different result from the one that was shared.';
  }
  if (link.status === 'invalid')
    return 'This link is damaged and none of its answers could be read.';
  if (link.problems.length > 0) {
    return `This link looks damaged or cut short: ${link.recovered} of ${total} answers could be read, and the result below uses only those.`;
  }
  return null;
}

/** Says whose answers these are, what a damaged link lost, and offers to make them the visitor's own. */
export function SharedBanner({ link, total, hasOwn, matchesOwn, onAdopt }: SharedBannerProps) {
  const problem = problemText(link, total);
  return (
    <div className={problem ? 'quiz-banner quiz-banner--warning' : 'quiz-banner'} role="status">
      {problem && <p className="quiz-banner__problem">{problem}</p>}
      {link.status !== 'invalid' && !matchesOwn && (
        <>
          <p>
            You are looking at a shared result.{' '}
            {hasOwn
              ? 'Your own saved answers are untouched.'
              : 'Nothing has been saved on this device.'}
          </p>
          <button type="button" className="button" onClick={onAdopt}>
            {hasOwn ? 'Replace my answers with these' : 'Use these as my answers'}
          </button>
        </>
      )}
      {matchesOwn && <p>This shared link holds the same answers as yours.</p>}
    </div>
  );
}
