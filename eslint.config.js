import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Local rule: file names are kebab-case (dots allowed for .test, .spec, .config). */
const localPlugin = {
  rules: {
    'kebab-case-files': {
      meta: { type: 'problem', schema: [] },
      create(context) {
        const name = context.filename.split(/[\\/]/).pop() ?? '';
        if (!/^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+)+$/.test(name)) {
          context.report({
            loc: { line: 1, column: 0 },
            message: `File name "${name}" is not kebab-case.`,
          });
        }
        return {};
      },
    },
  },
};

const FEATURES = ['home', 'quiz', 'compare', 'salaries'];

/** Pure layers: no React, no router, no store, no charts, no browser globals. */
const PURE_IMPORT_BAN = {
  patterns: [
    {
      group: ['react', 'react-dom', 'react-dom/*', 'react/*'],
      message: 'Pure modules must not import React.',
    },
    {
      group: ['react-router', 'zustand', 'zustand/*', 'recharts'],
      message: 'Pure modules must not import UI or state libraries.',
    },
    {
      group: ['**/store/**', '**/features/**', '**/app/**', '**/components/**'],
      message: 'Pure modules import only pure modules.',
    },
  ],
};
const DOM_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'history',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: {
      local: localPlugin,
      'import-x': importX,
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
    },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] }),
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'local/kebab-case-files': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      'import-x/no-default-export': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // Code flows one way: shared -> features -> app.
            ...['data', 'scoring', 'store', 'lib', 'components'].map((layer) => ({
              target: `./src/${layer}`,
              from: ['./src/features', './src/app'],
              message: 'Shared code must not depend on features or the app.',
            })),
            ...FEATURES.map((feature) => ({
              target: `./src/features/${feature}`,
              from: [
                './src/app',
                ...FEATURES.filter((f) => f !== feature).map((f) => `./src/features/${f}`),
              ],
              message: 'Features are independent; they meet only in src/app route modules.',
            })),
          ],
        },
      ],
    },
  },
  {
    files: ['src/data/**/*.ts', 'src/scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', PURE_IMPORT_BAN],
      'no-restricted-globals': ['error', ...DOM_GLOBALS],
    },
  },
  {
    // recharts is reached only through chart-loader.ts's dynamic import, so no page's first load carries it;
    // valibot only through quiz-input-schema.ts (the quiz store's check of stored answers).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/salaries/salary-charts.tsx', 'src/features/salaries/chart-parts.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['recharts', '**/salary-charts', '**/chart-parts'],
              allowTypeImports: true,
              message:
                'Load the charts through chart-loader.ts, so recharts stays out of the first load.',
            },
            {
              // The dataset's schemas are run by the schema test; a page that imported one as a value
              // would carry valibot and every schema. Stored answers are checked with quiz-input-schema.
              group: ['**/data/schema', '**/data/quiz-schema', './schema', './quiz-schema'],
              allowTypeImports: true,
              message:
                'Import types only from the dataset schemas; values live in languages.ts and quiz-answers.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // Config files and the entry points that tools call by name need default exports.
    files: ['*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'import-x/no-default-export': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'public/**/*.js', '*.config.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
