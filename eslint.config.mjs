import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Node's built-in modules, which a browser's web worker does not have. */
const NODE_BUILTINS = builtinModules.filter((name) => !name.startsWith('_'));
/** The extension's modules the browser entry never bundles (they need a mail server, DNS or a terminal). */
const DESKTOP_ONLY_EXTENSION_FILES = [
  'src/extension/extension.ts',
  'src/extension/commands/send.ts',
  'src/extension/commands/deliverability.ts',
  'src/extension/commands/explain.ts',
  'src/extension/send/**',
  'src/extension/workspace/tasks.ts',
  'src/extension/progress.ts',
  'src/extension/words.ts',
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'out/',
      '.vscode-test/',
      'node_modules/',
      'test-results/',
      'bench/.data/',
      'coverage/',
      '**/*.generated.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            { from: 'package', package: 'node:test', name: ['describe', 'it', 'suite', 'test'] },
          ],
        },
      ],
    },
  },
  {
    // Test fixtures are JSON built on the fly (`any` on purpose); the rules about it guard products.
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
        performance: 'readonly',
      },
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The core knows nothing of VS Code or a terminal.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['vscode', '../extension/*', '../cli/*', '**/extension/**', '**/cli/**'] },
      ],
    },
  },
  {
    // The CLI uses the core through its public entry only.
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['vscode', '../core/*', '../../core/*', '**/extension/**'] },
      ],
    },
  },
  // The extension uses the core through its public entry, for types; values come through the lazy
  // loader (core.ts), and before the first check only from the light entries (core/names, and
  // core/catalog: the formatter the extension's own messages are said with). Its root files reach
  // the core at ../core; its rooms (commands/, view/, …) at ../../core, where ../core is the loader.
  ...[
    { files: ['src/extension/*.ts'], up: '..' },
    { files: ['src/extension/*/**/*.ts'], up: '../..' },
  ].map(({ files, up }) => ({
    files,
    ignores: ['src/extension/core.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: `${up}/core`,
              allowTypeImports: true,
              message: 'Use core() from src/extension/core.ts (loaded on first use).',
            },
          ],
          patterns: [
            {
              group: [
                `${up}/core/*`,
                `!${up}/core/names`,
                `!${up}/core/nova`,
                `!${up}/core/catalog`,
                `!${up}/core/shared-words`,
              ],
              message:
                'Only the core entries: core, core/names, core/catalog, core/shared-words and the constants of core/nova.',
            },
            { group: ['**/cli/**'], message: 'The extension does not use the CLI.' },
          ],
        },
      ],
    },
  })),
  // What the browser entry bundles (dist/web/extension.js: vscode.dev, github.dev) imports no Node
  // module: a web worker has none. The Node-only modules are the desktop's commands and the core's
  // disk, SMTP and DNS parts (the web build fails on them too; this says so at the line).
  {
    files: ['src/extension/**/*.ts'],
    ignores: DESKTOP_ONLY_EXTENSION_FILES,
    rules: { 'no-restricted-imports': ['error', { paths: NODE_BUILTINS, patterns: ['node:*'] }] },
  },
  {
    files: ['src/core/*.ts', 'src/core/{json,rules,config,schema,overview}/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: NODE_BUILTINS, patterns: ['node:*'] }],
    },
  },
  {
    // Tools and the benchmark do not reach into the tests.
    files: ['scripts/**', 'esbuild.js', 'bench/**'],
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['../test/*', '**/test/**'], message: 'Tools and the benchmark import no test code.' },
          ],
        },
      ],
    },
  },
);
