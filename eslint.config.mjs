// Lint rules that keep the layout honest: features never import each other, the mini-program takes only
// types from the API contract, and the server never reaches into the client.
import fs from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import react from 'eslint-plugin-react'
import reactHooks from 'eslint-plugin-react-hooks'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

const featureDir = 'src/features'
const features = fs.existsSync(featureDir)
  ? fs
      .readdirSync(featureDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
  : []

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'data/**', 'artifacts/**', 'coverage/**', '.swc/**', 'src/native/**/*.js'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-empty-object-type': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    plugins: { react, 'react-hooks': reactHooks },
    settings: { react: { version: '18.3' } },
    rules: {
      ...react.configs.recommended.rules,
      ...react.configs['jsx-runtime'].rules,
      ...reactHooks.configs.recommended.rules,
      'react/prop-types': 'off',
    },
  },
  {
    // The contract's TypeBox schemas must not end up in the mini-program bundle.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@contract/*'],
              allowTypeImports: true,
              message: 'Import only types from the API contract (import type).',
            },
            { group: ['**/server/**'], message: 'The mini-program never imports server code.' },
          ],
        },
      ],
    },
  },
  {
    // Shared client code sits below features and pages: it never imports them.
    files: ['src/{lib,stores,hooks,components,styles}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/pages/*', '@/packages/*', '../features/*', '../../features/*'],
              message: 'Shared code (lib, stores, hooks, components, styles) never imports features or pages.',
            },
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`${featureDir}/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: features
            .filter((other) => other !== feature)
            .map((other) => ({
              group: [
                `@/features/${other}`,
                `@/features/${other}/*`,
                `../${other}`,
                `../${other}/*`,
                `../../${other}/*`,
              ],
              message: 'Features never import each other: move shared code to src/lib, src/components or src/stores.',
            })),
        },
      ],
    },
  })),
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/src/features/*', '@/*'], message: 'Server code never imports client code.' }] },
      ],
    },
  },
  prettier,
)
