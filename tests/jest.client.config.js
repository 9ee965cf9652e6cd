const path = require('node:path')

const root = path.join(__dirname, '..')
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
      target: 'es2020',
    },
    module: { type: 'commonjs' },
  },
]

/** Mini-program code under jsdom: request layer, stores, components, with Taro replaced by test doubles. */
module.exports = {
  displayName: 'client',
  rootDir: root,
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/component/**/*.test.tsx'],
  setupFiles: ['<rootDir>/tests/support/client-env.ts'],
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // NutUI ships ES modules only.
  transformIgnorePatterns: ['/node_modules/(?!(@nutui)/)'],
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contract/(.*)$': '<rootDir>/types/$1',
    '^@tarojs/taro$': '<rootDir>/tests/support/taro-double.ts',
    '^@tarojs/components$': '<rootDir>/tests/support/taro-components-double.tsx',
    '^@nutui/nutui-react-taro$': '<rootDir>/tests/support/nutui-on-demand.js',
    '\\.(css|scss)$': '<rootDir>/tests/support/style-stub.js',
  },
}
