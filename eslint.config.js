// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'storybook-static/**',
      'coverage/**',
      '.artifacts/**',
      'demo/dist/**',
      'public/mockServiceWorker.js',
      'examples/*/.next/**',
      'examples/*/next-env.d.ts',
      'bench/.out/**',
      'bench/competitors/node_modules/**',
    ],
  },
  js.configs.recommended,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@tanstack/query/prefer-query-options': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Layers (design.md §1): imports point down only.
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@tanstack/*', 'wagmi', 'msw', 'msw/*'],
              message: 'core has no React, TanStack, wagmi or MSW.',
            },
            {
              group: ['**/react/**', '**/components/**', '**/query/**', '**/mock/**'],
              message: 'core imports nothing above it, and never the mock.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/query/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@tanstack/react-query'],
              message: 'query/ is framework-free: use @tanstack/query-core types.',
            },
            {
              group: ['**/react/**', '**/components/**', '**/mock/**'],
              message: 'query/ imports only core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/mock/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '**/react/**', '**/components/**', '**/query/**'],
              message: 'The mock depends on nothing in react/components/query.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@tanstack/react-query'],
              message: 'ibex-react/server is framework-free: Web Request → Response.',
            },
            {
              group: ['**/react/**', '**/components/**', '**/mock/**'],
              message: 'ibex-react/server imports only core and query.',
            },
          ],
        },
      ],
    },
  },
  {
    // ibex-doctor checks a host with the kit's own core, never with the mock.
    files: ['src/doctor/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-dom',
                '**/react/**',
                '**/components/**',
                '**/query/**',
                '**/mock/**',
              ],
              message: 'ibex-doctor uses core only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The CLI of the mock server prints its URL.
    files: ['src/mock/node/cli.ts', 'bench/**', 'scripts/**', 'test/**', '.storybook/**'],
    rules: { 'no-console': 'off' },
  },
)
