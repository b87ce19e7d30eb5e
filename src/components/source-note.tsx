import { ARTICLE } from '../data/source';
import { sourceLineParts } from '../lib/source-line';

type SourceNoteProps = { className?: string; derived?: boolean };

/** The line under every figure: where it comes from and how old it is. */
export function SourceNote({ className, derived = false }: SourceNoteProps) {
  const line = sourceLineParts(ARTICLE, derived);
  return (
    <p className={['source-note', className].filter(Boolean).join(' ')}>
      {line.lead}
      <cite>{line.title}</cite>, {line.publisher}, as of{' '}
      <time dateTime={line.dateTime}>{line.date}</time>
    </p>
  );
}
