// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import eslintConfigPrettier from 'eslint-config-prettier/flat';

/** Folders that are adapters around the core; none may reach into another's internals. */
const ADAPTERS = ['server', 'storage', 'cli', 'web'];

const fenceAdapter = (name) => ({
  files: [`src/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: ADAPTERS.filter(
          (other) =>
            other !== name && !(name === 'server' && other === 'storage') && !(name === 'cli' && other === 'storage'),
        ).map((other) => ({
          group: [`**/${other}/**`, `../${other}/*`, `../../${other}/*`],
          message: `src/${name} must not import src/${other}: adapters talk through core and api only.`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**', 'tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Template literals with numbers read naturally in messages and tables.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Fastify handlers are async by contract even when they do not await.
      '@typescript-eslint/require-await': 'off',
      // Preact event handlers are written as `onClick={() => setX(1)}`; wrapping each in braces adds noise, not safety.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The fence around the pure core: nothing outside src/core, no Node built-ins, no I/O libraries.
    // Integration tests beside the core (e.g. the fence's own test) run in Node and may use it.
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.int.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/api/*',
                '**/server/*',
                '**/storage/*',
                '**/web/*',
                '**/cli/*',
                '**/e2e/*',
                '**/bench/*',
                '../../../*',
              ],
              message: 'src/core is pure: it may import only from inside src/core.',
            },
            { group: ['node:*'], message: 'src/core runs in the browser too: no Node built-ins.' },
            {
              group: [
                'fastify*',
                '@fastify/*',
                'kysely',
                'better-sqlite3',
                'pg',
                'preact',
                'preact/*',
                'commander',
                'zod',
              ],
              message: 'src/core is a pure domain: no frameworks, storage or validation libraries.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'No I/O in core.' },
        { name: 'process', message: 'No environment in core.' },
        { name: 'console', message: 'No logging in core; return data.' },
        { name: 'localStorage', message: 'No I/O in core.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Time comes in as an argument.' },
        { object: 'Math', property: 'random', message: 'Randomness comes in as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Time comes in as an argument.' },
      ],
    },
  },
  {
    // The API contract is shared by all adapters and may depend only on core.
    files: ['src/api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ADAPTERS.map((other) => ({
            group: [`../${other}/*`, `../../${other}/*`],
            message: 'src/api may depend only on src/core.',
          })),
        },
      ],
    },
  },
  ...ADAPTERS.map(fenceAdapter),
  {
    // The shared charts (app and doctor report): pure Preact + d3 over core's public surface, no browser globals,
    // no hooks and no words, so preact-render-to-string renders them on the server too.
    files: ['src/charts/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/api/*', '**/server/*', '**/storage/*', '**/web/*', '**/cli/*', 'preact/hooks', 'node:*'],
              message: 'src/charts may import only core (through core/index.ts), preact and d3.',
            },
            { group: ['**/core/**', '!**/core/index.js'], message: 'src/charts imports core only through its index.' },
          ],
        },
      ],
      'max-params': ['error', 3],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The web's arrows (docs/ARCHITECTURE.md): core only through its public index, src/api only as types (so zod
      // and the server's code stay out of the browser bundle).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '!**/core/index.js'],
              message: 'The web imports core only through src/core/index.ts.',
            },
            {
              group: ['**/api/**'],
              allowTypeImports: true,
              message: 'The web imports only types from src/api (import type).',
            },
          ],
        },
      ],
      'max-params': ['error', 3],
    },
  },
  {
    // A component reads in one screenful or so: split a longer one into sections.
    files: ['src/web/**/*.tsx', 'src/charts/**/*.tsx'],
    ignores: ['src/web/**/*.test.tsx'],
    rules: { 'max-lines-per-function': ['error', { max: 150, skipBlankLines: true, skipComments: true }] },
  },
  {
    // Tests and their helpers may build fixtures from core's own data and the api's schemas (never shipped).
    files: ['src/web/**/*.test.{ts,tsx}', 'src/web/**/test-*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // TEMPORARY (issue #10 §3): catalogue functions take a message's values in order; the i18n library's
    // messages take one object of named values instead, and then this goes.
    files: ['src/web/messages.ts', 'src/web/features/plan/plan-words.ts'],
    rules: { 'max-params': 'off' },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Test fixtures parse JSON responses; asserting their shape is the test's job.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  { files: ['eslint.config.js', 'bin/*.js'], ...tseslint.configs.disableTypeChecked },
  // Layout is Prettier's job (npm run format); this only switches off ESLint rules that would argue with it.
  eslintConfigPrettier,
);
