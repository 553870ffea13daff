// One lint configuration for every workspace; domain folders may not import frameworks or Node built-ins.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.strapi/**',
      '**/.astro/**',
      '**/.tmp/**',
      'cms/types/**',
      '.tools/**',
      'var/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.tsx', 'portal/**/*.{ts,js}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['extensions/*/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'http', 'os'],
              message: 'domain/ est pur : pas de module Node.',
            },
            {
              group: ['@strapi/*', 'knex', 'bullmq', 'ioredis', 'koa', '**/server/**'],
              message: 'domain/ est pur : pas de framework.',
            },
          ],
        },
      ],
    },
  },
);
