// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', '.dist-build-*/', '.astro/', 'test-results/', 'playwright-report/', 'bench/tmp/']),
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        // A dotfile, which tsconfig.json's `**/*` does not match.
        projectService: { allowDefaultProject: ['.htmlvalidate.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // `const { omitted: _, ...rest } = value` is how the code leaves a property out.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  // Astro's rules, and jsx-a11y's strict set applied to the templates (the maintained fork runs on ESLint 10).
  astro.configs.recommended,
  astro.configs['jsx-a11y-strict'],
  {
    files: ['**/*.astro'],
    // astro-eslint-parser does not support projectService; it type-checks through the tsconfig instead.
    languageOptions: { parserOptions: { projectService: false, project: './tsconfig.json' } },
  },
  {
    // The <script> blocks of .astro files, linted as virtual files that no TypeScript project contains.
    files: ['**/*.astro/*.js', '**/*.astro/*.ts'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser },
  },
  {
    // Playwright reads a fixture's dependencies from its first parameter, so one without any must say `{}`.
    files: ['tests/**'],
    rules: {
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // Vitest and Playwright type their asymmetric matchers (expect.stringContaining, expect.any) as `any`.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    // Plain ES5 that the tests serve to the page in place of gtag.js; no TypeScript program types it.
    files: ['tests/support/e2e/gtag-stub.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.browser },
  },
);
