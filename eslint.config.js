// ESLint flat config: @eslint/js recommended + typescript-eslint strict (syntax-only, no type information, so it stays fast).
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    // a module's named stores (*-repository.ts, *-store.ts) and SQL fragment builders (*-sql.ts). Elsewhere in
    // the server no Kysely query is built or run. Tests, route-matrix samples, test helpers and demo data are exempt.
    files: ['server/src/**/*.ts'],
    ignores: [
      'server/src/db/**',
      'server/src/**/repository.ts',
      'server/src/**/*-repository.ts',
      'server/src/**/*-store.ts',
      'server/src/**/*-sql.ts',
      'server/src/**/*.test.ts',
      'server/src/**/*.matrix.ts',
      'server/src/**/*test-helpers.ts',
      'server/src/**/testing/**',
      'server/src/**/demo.ts',
      'server/src/demo/**',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.type='MemberExpression'][callee.property.name=/^(selectFrom|selectNoFrom|insertInto|replaceInto|updateTable|deleteFrom|mergeInto|with|withRecursive|executeTakeFirst|executeTakeFirstOrThrow)$/]",
          message: 'Kysely queries belong in a data-access file (repository.ts, *-repository.ts, *-store.ts, *-sql.ts or db/): move this query there.',
        },
        {
          selector: "TaggedTemplateExpression[tag.name='sql']",
          message: 'SQL belongs in a data-access file (repository.ts, *-repository.ts, *-store.ts, *-sql.ts or db/): move this fragment there.',
        },
        {
          selector: "MemberExpression[object.name='sql']",
          message: 'SQL belongs in a data-access file (repository.ts, *-repository.ts, *-store.ts, *-sql.ts or db/): move this fragment there.',
        },
      ],
    },
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
