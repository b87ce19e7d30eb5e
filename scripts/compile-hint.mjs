// V8's explicit compile hint (Chrome 136 and later; to other engines it is a comment). A script whose first line
// is this comment has all its functions compiled while it downloads, on a background thread, instead of one by
// one on the main thread when first called. Every chunk we ship is code a page runs as soon as it has it
// (hydration, then the first press of Next or the first key in the filter), so every chunk carries it.

const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A Vite plugin that makes the hint the first line of every JavaScript chunk. It runs last (`order: 'post'`):
 * the minifier would strip a comment added earlier, and Vite's preload map is prepended in its own
 * generateBundle, while the hint counts only at the very top of the file.
 */
export function compileHintPlugin() {
  return {
    name: 'go-or-rust:compile-hint',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk' && !file.code.startsWith(COMPILE_HINT))
            file.code = `${COMPILE_HINT}\n${file.code}`;
        }
      },
    },
  };
}
