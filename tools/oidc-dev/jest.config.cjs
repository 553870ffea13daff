// oidc-provider is ESM-only and missing from the shared preset's list of packages jest must compile, so it is added
// here (derived from the preset's own pattern rather than copying its list).
const preset = require('../../config/jest.preset.cjs');

const { transformIgnorePatterns } = preset(__dirname);
module.exports = preset(__dirname, {
  transformIgnorePatterns: transformIgnorePatterns.map((pattern) => pattern.replace('(?!(', '(?!(oidc-provider|')),
});
