import type { TextSegment } from './fold-text';

export type Highlighter = (text: string) => TextSegment[];

/** Text with every filter match wrapped in <mark>; plain text when no filter is active. */
export function HighlightText({
  text,
  highlight,
}: {
  text: string;
  highlight: Highlighter | null;
}) {
  if (!highlight) return text;
  return (
    <>
      {highlight(text).map((segment, index) =>
        segment.match ? (
          <mark key={index} className="compare-mark">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
