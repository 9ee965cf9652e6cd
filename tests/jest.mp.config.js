const path = require('node:path')

/** Native WeChat components rendered by miniprogram-simulate (official wcc/wcsc compilers, jsdom). */
module.exports = {
  displayName: 'mp',
  rootDir: path.join(__dirname, '..'),
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/mp/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' }, module: { type: 'commonjs' } },
    ],
  },
}
