// Lint rules, including the layer rules of architecture.md: which folder may import which.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'node:*'];

/** One `no-restricted-imports` rule from lists of forbidden module names and path patterns. */
function forbid(message, { names = [], patterns = [] }) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths: names.map((name) => ({ name, message })),
        patterns: patterns.map((group) => ({ group: [group], message })),
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'release/', 'test-results/', 'playwright-report/', '.cache/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: forbid(
      'shared/ is the pure domain: it imports neither Node, the DOM, Electron nor our other layers.',
      {
        names: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'better-sqlite3'],
        patterns: ['node:*', '**/electron/**', '**/renderer/**', 'electron/*', 'react/*'],
      },
    ),
  },
  {
    files: ['electron/core/**/*.ts', 'electron/server/**/*.ts', 'electron/cli/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid(
      'The library core and its Node hosts never import Electron or the renderer: they run under plain Node.',
      {
        names: ['electron'],
        patterns: ['electron/*', '**/renderer/**', '**/main/**', '**/preload/**'],
      },
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(
      'The preload only bridges one IPC channel: it imports Electron and shared contracts, nothing else.',
      {
        names: nodeBuiltins,
        patterns: ['**/core/**', '**/main/**', '**/server/**', '**/cli/**', '**/renderer/**', 'node:*'],
      },
    ),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/launch/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: forbid('The main process does not import the renderer.', { patterns: ['**/renderer/**'] }),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid('The renderer talks only to the API contract in shared/: no Node, no Electron, no core.', {
        names: [...nodeBuiltins, 'electron', 'better-sqlite3'],
        patterns: ['node:*', '**/electron/**', 'electron/*'],
      }),
    },
  },
  {
    files: ['test/**/*.ts', '*.config.{js,ts}', 'renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
