/** Jest runs TypeScript through SWC (no type-check here; `npm run typecheck` does that). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/data/'],
  transform: {
    '^.+\\.(t|j)s$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
  // openid-client (v6) and its own jose are ES modules only: compile those to CommonJS too (the hub itself loads them natively).
  transformIgnorePatterns: ['/node_modules/(?!openid-client/|oauth4webapi/|jose/(?<=openid-client/node_modules/jose/))'],
  globalSetup: '<rootDir>/store/testing/global-setup.ts',
  globalTeardown: '<rootDir>/store/testing/global-teardown.ts',
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker whose memory grew past this after a file is replaced before the next one (see README, Tests).
  workerIdleMemoryLimit: '1GB',
  // Slowest files first, also on a fresh clone with no cached timings (jest.sequencer.js).
  testSequencer: '<rootDir>/jest.sequencer.js',
};
