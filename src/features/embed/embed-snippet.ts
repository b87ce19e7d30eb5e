/** What the /embed page offers to paste: the frame, then the optional line that sizes it to fit. */
export type EmbedSnippetInput = {
  /** The site's origin, such as https://go-or-rust.example (no trailing slash). */
  origin: string;
  framePath: string;
  scriptPath: string;
  title: string;
};

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The HTML another site pastes to show the quiz: an <iframe> with a title (its name for screen readers) and
 * a starting height, and the one-line script that fits the frame to the quiz as it grows and shrinks.
 * @example buildEmbedSnippet({ origin: 'https://go-or-rust.example', framePath: '/embed/quiz', scriptPath: '/embed.js', title: 'Go or Rust? quiz' })
 */
export function buildEmbedSnippet({
  origin,
  framePath,
  scriptPath,
  title,
}: EmbedSnippetInput): string {
  const frameUrl = escapeAttribute(new URL(framePath, origin).href);
  const scriptUrl = escapeAttribute(new URL(scriptPath, origin).href);
  return [
    `<iframe src="${frameUrl}" title="${escapeAttribute(title)}" loading="lazy" style="width: 100%; max-width: 48rem; height: 44rem; border: 0"></iframe>`,
    `<script src="${scriptUrl}" async></script>`,
  ].join('\n');
}
