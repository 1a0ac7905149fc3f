import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * Code that runs in the browser must not import the Node entries: `$lib/engine` and `$lib/knowledge` bundle every
 * product (over the byte budget). It imports `$lib/engine/browser` and loads one condition's knowledge with
 * `loadKnowledge` (`$lib/knowledge/catalogue`). Type imports cost nothing and are allowed.
 */
const NODE_ONLY =
  'is the Node entry, with every product: in browser code import $lib/engine/browser, and load knowledge with loadKnowledge ($lib/knowledge/catalogue).';
const browserImports = {
  patterns: [
    {
      regex: String.raw`^(\$lib/|(\.\./)+)engine(/index)?$`,
      allowTypeImports: true,
      message: `The engine folder ${NODE_ONLY}`
    },
    {
      regex: String.raw`^(\$lib/|(\.\./)+)knowledge(/index)?$`,
      allowTypeImports: true,
      message: `The knowledge folder ${NODE_ONLY}`
    },
    {
      regex: String.raw`^(\$lib/|(\.\./)+)knowledge/products(/.*)?$`,
      allowTypeImports: true,
      message: 'Product modules load per condition through loadKnowledge ($lib/knowledge/catalogue).'
    },
    {
      regex: String.raw`^(\$lib/|(\.\./)+)fixtures/`,
      allowTypeImports: true,
      message:
        'Test fixtures (the case arbitrary, rule cases) are for tests and Node; the example patients that ship are $lib/knowledge/examples.'
    }
  ]
};

export default ts.config(
  {
    ignores: ['build/', '.svelte-kit/', '.work/', 'node_modules/', 'test-results/', 'playwright-report/', 'artifacts/']
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // State is runes ($state, $derived, $app/state), never stores: the store imports are refused below, so the
      // rule that checks how stores are read has nothing to check, and it took two thirds of ESLint's rule time.
      'svelte/require-store-reactive-access': 'off',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'svelte/store', message: 'State is runes ($state, $derived), not stores.' },
            { name: '$app/stores', message: 'Use $app/state (runes), not the deprecated $app/stores.' }
          ]
        }
      ]
    }
  },
  {
    files: ['src/lib/components/**', 'src/routes/**', 'src/lib/summary/**', 'src/lib/teaching/**', 'src/lib/wizard/**'],
    ignores: ['**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', browserImports] }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig }
    }
  }
);
