module.exports = require('../config/jest.preset.cjs')(__dirname, {
  roots: ['<rootDir>/tests'],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
  testTimeout: 120000,
});
