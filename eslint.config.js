// Lint runs with zero warnings allowed (npm run lint). The import zones below are the layer rules of
// docs/ARCHITECTURE.md: domain -> reader -> data/state -> components -> features -> shells. They are
// checked by eslint-plugin-import-x on resolved paths (an import by any relative spelling is caught),
// and scripts/lint/layers.test.ts proves that a forbidden import fails, so the rules cannot silently
// stop working (as a later `no-restricted-imports` block once replaced an earlier one).
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const ZOD_MESSAGE = "Import { z } from 'src/domain/zod' (zod/mini, validation without eval, for the CSP).";
const ZOD = ['zod', 'zod/mini', 'zod/v4', 'zod/v4/core'].map((name) => ({ name, message: ZOD_MESSAGE }));
/** Packages that only views and shells use: the logic below them stays plain TypeScript. */
const UI_PACKAGES = ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'recharts', 'zustand', 'zustand/*'];

const SRC = readdirSync(new URL('./src', import.meta.url), { withFileTypes: true });
const FOLDERS = SRC.filter((entry) => entry.isDirectory()).map((entry) => `./src/${entry.name}`);
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** The shells and their entries; src/shell is what the three shells share (data gate, sync, view list, styles). */
const SHELLS = ['./src/app', './src/embed', './src/embed.tsx', './src/kiosk-entry', './src/main.tsx', './src/shell'];
/** Runs at build time only (scripts/vite/prerender.ts renders the app and the embed with it). */
const PRERENDER_BUILD = './src/prerender/build';
const ABOVE_VIEWS = ['./src/features', './src/prerender', ...SHELLS];

/** Each zone: files in `target` may not import from `from` (except the `except` sub-paths of `from`). */
const zones = [
  {
    target: './src/domain',
    from: './src',
    except: ['./domain'],
    message: 'src/domain imports nothing of ours but src/domain.',
  },
  {
    target: './src/reader',
    from: './src',
    except: ['./reader', './domain'],
    message: 'The reader imports only src/domain (it runs in Node and in a worker).',
  },
  {
    target: ['./src/data', './src/state', './src/i18n', './src/pwa'],
    from: ['./src/components', ...ABOVE_VIEWS],
    message: 'data, state and i18n sit below the views: they do not import components, features or shells.',
  },
  {
    target: './src/components',
    from: ABOVE_VIEWS,
    message: 'Components are presentational: they do not import features or shells.',
  },
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: ABOVE_VIEWS,
    except: [`./${feature}`],
    message: 'A feature does not import another feature or a shell: what two features share moves down a layer.',
  })),
  {
    target: './src/shell',
    from: SHELLS.filter((shell) => shell !== './src/shell').concat(PRERENDER_BUILD),
    message: 'src/shell is shared by the shells: it imports none of them.',
  },
  {
    target: './src/prerender/*.ts',
    from: './src',
    except: ['./prerender'],
    message: 'The hand-over from the prerendered screen runs before the app: it imports nothing of ours.',
  },
  {
    target: [...FOLDERS.filter((folder) => !['./src/app', './src/prerender'].includes(folder)), './src/embed.tsx'],
    from: './src/app',
    message: 'Nothing imports the app shell but its entry (src/main.tsx) and the build-time prerender.',
  },
  {
    target: [...FOLDERS.filter((folder) => folder !== './src/prerender'), './src/*.tsx', './src/prerender/*.ts'],
    from: PRERENDER_BUILD,
    message: 'src/prerender/build runs at build time only: no page code imports it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'public',
      'test-results',
      'reports',
      'playwright-report',
      'bench-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // TypeScript files are parsed with the TypeScript parser when followed (no-cycle reads them).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json', '.d.ts'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // One `no-restricted-imports` per file: in flat config a later block replaces an earlier block's
  // options for the same rule, so the blocks below cover disjoint files.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/domain/**', 'src/reader/**', 'src/data/**', 'src/state/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ZOD }] },
  },
  {
    files: ['src/domain/**/*.ts', 'src/reader/**/*.ts', 'src/data/**/*.ts'],
    ignores: ['src/domain/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: ZOD, patterns: [{ group: UI_PACKAGES, message: 'Logic below the views uses no UI package.' }] },
      ],
    },
  },
  {
    // The store and the view state are zustand and React hooks; what else is in state stays plain.
    files: ['src/state/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ZOD }] },
  },
);
