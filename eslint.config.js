// @ts-check
// ESLint: @eslint/js and typescript-eslint's type-aware recommended rules on all TypeScript and JavaScript
// of the tree; eslint-config-prettier last, so formatting is Prettier's alone (`npm run lint` checks both).
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores([
    // Machine output: CI checks generated/ against the generator (npm run generate) instead.
    'generated/',
    // Rollup output of the asyncapi template, rewritten by @asyncapi/generator on every `npm run generate` (gitignored).
    'scripts/templates/ws/__transpiled/',
    '.data/',
    'coverage/',
    'bench/out/',
    'bench/results/',
    // The client package's build output (npm run build:client).
    'clients/typescript/dist/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        // The root config files are outside tsconfig.json's `include`: type-checked with its options all the same.
        projectService: { allowDefaultProject: ['eslint.config.js', 'vitest.config.ts', 'vitest.fault.config.ts'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // The code's convention: a leading underscore marks a parameter or binding that is unused on purpose
      // (a handler's uniform signature, a key dropped from a rest copy).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The asyncapi template (run by @asyncapi/generator's React renderer): plain JavaScript with JSX, outside the
    // TypeScript project, so linted with the rules that need no type information.
    files: ['scripts/templates/ws/template/*.js', 'scripts/templates/ws/components/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    // Tests assert over loosely typed JSON answers (`res.body.data.items[0].id`): `any` is deliberate there.
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
