import type { PastedLinkProblem } from '../../lib/pasted-share-link';

/** What a person pasting someone's link is told, and what to do about it. */
export const PASTED_LINK_PROBLEMS: Readonly<Record<PastedLinkProblem, string>> = {
  empty: 'Paste the link they shared with you first.',
  'too-long':
    'That is longer than any share link, so something else came along with it. Copy just the link and try again.',
  'side-by-side-link':
    'That link already puts two results side by side. Paste the link to one person’s result instead.',
  'not-a-result-link':
    'That does not look like a link to a quiz result. A share link ends in “?a=” and a short code.',
  'no-answers-in-link':
    'That is the address of a result page, but the answers are not in it. Ask them for the link from the “Copy link” button under their result.',
  'unknown-version':
    'That link was made by a different version of the quiz, so its answers cannot be read here. Ask them to take the quiz again and send the new link.',
  altered:
    'That link was changed on its way here: a character is wrong or two have swapped places. Ask them to copy it again.',
  'cut-short':
    'That link was cut short, so some of their answers are missing. Ask them to copy it again, all the way to the end.',
  damaged:
    'That link is damaged, so not all of their answers can be read. Ask them to copy it again.',
  'no-answers':
    'That link holds no answers yet, so there is nothing to compare. They need to answer the quiz first.',
  'same-as-first':
    'That link holds the same answers and marks as this result, so there would be nothing to tell apart. Did you paste your own link?',
};

/** What went wrong with one of the two sets of answers in a side-by-side link, to end "The first set of answers …". */
export function sideProblem(problem: PastedLinkProblem | 'missing'): string {
  switch (problem) {
    case 'missing':
    case 'empty':
    case 'no-answers-in-link':
      return 'is missing from this link';
    case 'unknown-version':
      return 'was made by a different version of the quiz, so it cannot be read';
    case 'altered':
      return 'was changed on its way here: a character is wrong or two have swapped places';
    case 'cut-short':
      return 'was cut short, so some answers are missing';
    case 'no-answers':
      return 'holds no answers';
    default:
      return 'is damaged and cannot be read';
  }
}
