import { highlightSegments } from './fold-text';

/** Text with every filter term wrapped in <mark>. */
export function HighlightText({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = highlightSegments(text, terms);
  return (
    <>
      {segments.map((segment, index) =>
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
