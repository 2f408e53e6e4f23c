// @ts-check
/**
 * Lint rules: the recommended sets of ESLint, typescript-eslint and
 * eslint-plugin-astro, plus the layer rules that an import graph cannot
 * see (.dependency-cruiser.cjs has the others): pure layers never touch
 * `process`, and only src/settings.ts reads the environment and the clock.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = ['src/domain/**', 'src/render/**', 'src/search/*.ts', 'src/search/browser/**', 'src/i18n/**'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'tests/.tmp/', '.astro/', 'bench/results/', 'tests/fixtures/broken-site/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Content is checked for control characters on purpose.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['src/search/browser/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pure layers take settings as parameters (src/settings.ts reads them).' },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro', 'astro.config.mjs'],
    ignores: ['src/settings.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read the environment through settings() (src/settings.ts).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Take today from settings() (src/settings.ts): one build sees one day.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Take today from settings() (src/settings.ts): one build sees one day.',
        },
      ],
    },
  },
);
