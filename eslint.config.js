import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Every folder under src/features is a feature, so a new one is held to the boundaries at once.
const featureFolders = readdirSync(new URL('./src/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      // Lets import-x parse the TypeScript files it follows, which no-cycle needs.
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // One-way imports: app → features → state → ui/domain. Never back, never feature to feature.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: ['./src/app', './src/features', './src/state', './src/ui'],
              message:
                'The domain engine is pure: it must not import the app, features, state or UI.',
            },
            {
              target: './src/ui',
              from: ['./src/app', './src/features', './src/state'],
              message: 'Shared UI components must not import the app, features or state.',
            },
            {
              target: './src/state',
              from: ['./src/app', './src/features'],
              message:
                'State (the stores and the hooks over them) must not import the app or features.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not import the app shell; pass what they need as props.',
            },
            ...featureFolders.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features must not import each other; move shared code to ui or domain.',
            })),
          ],
        },
      ],
    },
  },
  {
    // The domain engine is plain TypeScript: no React, DOM, store or browser storage.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'react/*',
                'react-dom',
                'react-dom/*',
                'react-router',
                'react-router/*',
              ],
              message: 'src/domain must not import React or the router.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/domain must not import the store.' },
            { group: ['@testing-library/*'], message: 'src/domain must not import test helpers.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'src/domain must not touch the DOM.' },
        { name: 'document', message: 'src/domain must not touch the DOM.' },
        { name: 'localStorage', message: 'src/domain must not touch browser storage.' },
        { name: 'sessionStorage', message: 'src/domain must not touch browser storage.' },
        { name: 'navigator', message: 'src/domain must not touch the browser.' },
        { name: 'location', message: 'src/domain must not touch the browser.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The engine takes "today" as an argument; do not read the clock.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The engine takes "today" as an argument; do not read the clock.',
        },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      // A scrolling region (a wide table at 320 px) must take keyboard focus so it can be scrolled.
      'jsx-a11y/no-noninteractive-tabindex': ['error', { tags: [], roles: ['tabpanel', 'region'] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.{ts,mjs}', '*.config.{js,ts}', '.size-limit.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Browser scripts that drive pages also run code inside the page (page.evaluate).
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // dependency-cruiser's configuration (npm run lint:deps) is a CommonJS file.
    files: ['.dependency-cruiser.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
);
