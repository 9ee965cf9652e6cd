// One jest run, three projects: the server (node), the mini-program code (jsdom),
// and native WeChat components under miniprogram-simulate. Each project owns its config file.
module.exports = {
  // Global options (not per project): real databases and sockets on a 2-core machine need room.
  testTimeout: 30000,
  projects: [
    '<rootDir>/server/jest.config.js',
    '<rootDir>/tests/jest.client.config.js',
    '<rootDir>/tests/jest.mp.config.js',
  ],
}
