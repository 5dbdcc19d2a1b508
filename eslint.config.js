import js from '@eslint/js';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'net', 'http', 'https', 'tls', 'child_process', 'dns', 'os', 'process'];

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '.gitlab-ci-local/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.strictTypeChecked.map((config) => ({ ...config, files: ['src/**/*.ts'] })),
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Numbers and booleans print unambiguously in messages; objects and nullish values do not.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The core is pure: what it needs from the outside world is passed in.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.flatMap((m) => [
            { name: m, message: 'src/core is pure: pass I/O in from the caller.' },
            { name: `node:${m}`, message: 'src/core is pure: pass I/O in from the caller.' },
          ]),
          patterns: [
            { group: ['@actions/*'], message: 'src/core must not depend on the Actions toolkit.' },
            {
              group: ['**/http/**', '**/github/**', '**/cli/**', '**/emulator/**', '**/session*'],
              message: 'Dependencies point inward: src/core imports only src/core.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: no process.env, pass settings in.' },
        { name: 'fetch', message: 'src/core is pure: no network.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/core takes the clock as an argument.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'src/core takes the clock as an argument.',
        },
      ],
    },
  },
  {
    // A cycle makes load order matter and blurs which room a module belongs to. The rule skips
    // `import type`, which has no runtime effect; keep those acyclic by hand.
    files: ['src/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/extensions': ['.ts', '.js'],
    },
    rules: {
      'import-x/no-cycle': ['error', { allowUnsafeDynamicCyclicDependency: false }],
      // Past 60 lines a function no longer fits in a reader's head: split it into named steps.
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // The bundles' entry points are CommonJS (src/entry/package.json): Node starts them without
    // its ES module loader. They only require the ES module that does the work.
    files: ['src/entry/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/http/**/*.ts', 'src/session.ts', 'src/serve/**/*.ts', 'src/files/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/github/**', '**/cli/**', '@actions/*'],
              message: 'Dependencies point inward.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/github/**', '@actions/*'],
              message: 'The CLI does not depend on the Action.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/github/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/cli/**'],
              message:
                'The Action does not depend on the CLI; share code through src/files, src/serve or the core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/sigv4/**'],
              message:
                'The emulator verifies with its own canonicalisation; sharing the signer would hide a shared bug.',
            },
            {
              group: ['**/github/**', '@actions/*'],
              message: 'The emulator does not depend on the Action.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['__tests__/**/*.ts', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
