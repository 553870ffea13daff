module.exports = require('../../config/jest.preset.cjs')(__dirname, {
  roots: ['<rootDir>/domain', '<rootDir>/server', '<rootDir>/admin'],
});
