import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/**
 * Which way dependencies may run. Each folder lists the imports it must not make; every file
 * also keeps out of tests/. tests/unit/boundaries.test.ts proves that each rule reports.
 */
const NO_TESTS = { regex: '(^|/)tests/', message: 'Only tests import from tests/.' };
const FORBIDDEN = {
  'src/lib/geo/**': {
    regex: '(^|/)(map|ui|state|text)/|^svelte($|/)|^maplibre-gl$|^svelte-maplibre-gl$',
    message: 'The geo core is pure: no map, ui, state, text, svelte or maplibre-gl.',
  },
  'src/lib/text/**': {
    regex: '(^|/)(map|ui|state)/|^svelte($|/)|^maplibre-gl$|^svelte-maplibre-gl$',
    message: 'The text model is pure: it reads the geo core only.',
  },
  'src/lib/state/**': {
    regex: '(^|/)(map|ui)/|^maplibre-gl$|^svelte-maplibre-gl$',
    message: 'The state knows no map and no ui: they read it and dispatch to it.',
  },
  'src/lib/map/**': { regex: '(^|/)ui/', message: 'The map shell does not import the ui.' },
  'scripts/**': {
    regex: '(^|/)src/lib/(ui|map)/',
    message: 'Scripts use the geo core, not the map or the ui.',
  },
};
export const BOUNDARIES = [
  { files: ['**/*.{ts,js,svelte}'], patterns: [NO_TESTS] },
  ...Object.entries(FORBIDDEN).map(([folder, pattern]) => ({
    files: [`${folder}/*.{ts,js,svelte}`],
    patterns: [NO_TESTS, pattern],
  })),
].map(({ files, patterns }) => ({
  files,
  ignores: files[0].startsWith('**') ? ['tests/**'] : [],
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

export default ts.config(
  { ignores: ['dist/', 'dist-single/', 'reports/', 'node_modules/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  ...BOUNDARIES,
);
