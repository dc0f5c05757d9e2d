// ESLint flat config: @eslint/js recommended + typescript-eslint strict (syntax-only, no type information, so it stays fast).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DATA_ACCESS = 'a data-access file (repository.ts, *-repository.ts, *-store.ts, *-sql.ts or db/)';
/** Kysely's query entry points and runners, and SQL fragments: each means a query is being built or run. */
const queryBuilderSelectors = [
  {
    selector:
      "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|with|withRecursive|executeTakeFirst|executeTakeFirstOrThrow)$/]",
    message: `Kysely queries belong in ${DATA_ACCESS}: move this query there.`,
  },
  { selector: "TaggedTemplateExpression[tag.name='sql']", message: `SQL belongs in ${DATA_ACCESS}: move this fragment there.` },
  { selector: "MemberExpression[object.name='sql']", message: `SQL belongs in ${DATA_ACCESS}: move this fragment there.` },
];

export default defineConfig(
  globalIgnores(['**/node_modules/', '**/dist/', 'web/dist/', 'var/', 'bench/results/', 'e2e/artifacts/', '**/coverage/']),
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: globals.node },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // A leading underscore marks a deliberately unused binding (callback signatures, destructuring to omit a key).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Data access lives in data-access files (ARCHITECTURE.md, "Where data access lives"): db/, repository.ts,
    // named stores (*-repository.ts, *-store.ts), SQL fragment builders (*-sql.ts), the access rule's SQL twin
    // (platform/jurisdiction.ts) and the full-text engine, which compiles queries to SQL (patents/search/,
    // except its service.ts). Nowhere else in the server is a Kysely query built or run. Tests, route-matrix
    // samples, test helpers and demo data are exempt.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/db/**',
      'server/src/**/repository.ts',
      'server/src/**/*-repository.ts',
      'server/src/**/*-store.ts',
      'server/src/**/*-sql.ts',
      'server/src/platform/jurisdiction.ts',
      'server/src/modules/patents/search/**',
      'server/src/**/*.test.ts',
      'server/src/**/*.matrix.ts',
      'server/src/**/*test-helpers.ts',
      'server/src/**/testing/**',
      'server/src/**/demo.ts',
      'server/src/demo/**',
    ],
    rules: { 'no-restricted-syntax': ['error', ...queryBuilderSelectors] },
  },
  {
    files: ['server/src/modules/patents/search/service.ts'],
    rules: { 'no-restricted-syntax': ['error', ...queryBuilderSelectors] },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
