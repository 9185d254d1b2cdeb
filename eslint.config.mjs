import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
