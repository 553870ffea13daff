module.exports = require('../config/jest.preset.cjs')(__dirname, {
  roots: ['<rootDir>/tests'],
  testTimeout: 600000,
  globalSetup: '<rootDir>/support/construire.ts',
});
