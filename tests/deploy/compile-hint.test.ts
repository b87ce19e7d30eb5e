import { describe, expect, it } from 'vitest';
import { compileHintPlugin } from '../../scripts/compile-hint.mjs';

// The comment V8 reads (Chrome 136+), spelled out so a typo in the plugin fails here.
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

type File = { type: 'chunk'; code: string } | { type: 'asset'; source: string };

function runPlugin(bundle: Record<string, File>) {
  const hook = compileHintPlugin().generateBundle;
  hook.handler({}, bundle);
  return bundle;
}

describe('compile hint (first line of every chunk the build writes)', () => {
  it('puts the hint above everything, Vite’s preload map included, and leaves other files alone', () => {
    const bundle = runPlugin({
      'assets/index.js': { type: 'chunk', code: 'const __vite__mapDeps=(i)=>i;\nimport"x";' },
      'assets/page.js': { type: 'chunk', code: 'export const a=1;' },
      'assets/page.css': { type: 'asset', source: '.a{color:red}' },
    });
    expect(bundle['assets/index.js']).toEqual({
      type: 'chunk',
      code: `${COMPILE_HINT}\nconst __vite__mapDeps=(i)=>i;\nimport"x";`,
    });
    expect(bundle['assets/page.js']).toEqual({
      type: 'chunk',
      code: `${COMPILE_HINT}\nexport const a=1;`,
    });
    expect(bundle['assets/page.css']).toEqual({ type: 'asset', source: '.a{color:red}' });
  });

  it('adds it once, however often the hook runs', () => {
    const bundle = runPlugin(runPlugin({ 'a.js': { type: 'chunk', code: 'f()' } }));
    expect(bundle['a.js']).toEqual({ type: 'chunk', code: `${COMPILE_HINT}\nf()` });
  });
});
