const path = require('node:path')

/**
 * Browser tests: the real server (built H5 app at /, SQLite in a temp folder, demo seed, random port) driven
 * by Debian's Chromium through playwright-core. Run with `npm run test:e2e`; fails when Chromium is missing.
 */
module.exports = {
  displayName: 'e2e',
  rootDir: path.join(__dirname, '..'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
    ],
  },
  globalSetup: '<rootDir>/tests/e2e/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/global-teardown.ts',
  // One browser at a time: the machine has two cores and the server runs beside it.
  maxWorkers: 1,
  testTimeout: 60000,
}
