// ESLint flat config: typescript-eslint's type-checked rules for TS and Svelte, as runed does.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'shots/',
      'coverage/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommendedTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } },
  },
  {
    rules: {
      // Corpus and URL text must never be parsed as HTML.
      'svelte/no-at-html-tags': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // src/lib is pure logic, tested in Node: no Svelte, no DOM, no Node. The browser comes in
    // through src/app/platform.ts, Node through tools/. Runes ($state) in .svelte.ts are syntax, not
    // imports, and stay allowed.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*'], message: 'src/lib does not import Svelte.' },
            { group: ['node:*'], message: 'src/lib does not import Node: use tools/.' },
            { group: ['**/*.svelte'], message: 'src/lib renders nothing.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'location',
          'history',
          'navigator',
          'localStorage',
          'sessionStorage',
          'matchMedia',
          'requestAnimationFrame',
          'getComputedStyle',
          'fetch',
          'XMLHttpRequest',
          'HTMLElement',
          'Element',
          'process',
          'Buffer',
          'require',
          '__dirname',
        ].map((name) => ({ name, message: `src/lib is pure: ${name} belongs outside it.` })),
      ],
    },
  },
  {
    // The address is the state's to write (AppState, through src/app/platform.ts): a view that
    // wrote history itself left the state's address stale (issue 21).
    files: ['src/views/**/*.{ts,svelte}', 'src/workers/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'history', message: 'Write the address through AppState (navigate, setFragment).' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    ...ts.configs.disableTypeChecked,
  },
);
