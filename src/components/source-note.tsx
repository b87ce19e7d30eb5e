import { ARTICLE } from '../data/source';
import { formatDate } from '../lib/format-date';

type SourceNoteProps = { className?: string; derived?: boolean };

/** The line under every figure: where it comes from and how old it is. */
export function SourceNote({ className, derived = false }: SourceNoteProps) {
  return (
    <p className={['source-note', className].filter(Boolean).join(' ')}>
      {derived ? 'Derived by us from ' : 'Source: '}
      <cite>{ARTICLE.title}</cite>, {ARTICLE.publisher}, as of{' '}
      <time dateTime={ARTICLE.updated}>{formatDate(ARTICLE.updated)}</time>
    </p>
  );
}
