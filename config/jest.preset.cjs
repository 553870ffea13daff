// Shared jest settings: @swc/jest compiles TypeScript (and ESM-only dependencies such as jose) to CommonJS.
const path = require('node:path');

/** ESM-only packages that jest must transform (jest's module system cannot require ESM). */
const esmPackages = [
  'oidc-provider',
  'jose',
  'openid-client',
  'oauth4webapi',
  'file-type',
  'strtok3',
  'token-types',
  'peek-readable',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
];

module.exports = function preset(rootDir, overrides = {}) {
  return {
    rootDir,
    testEnvironment: 'node',
    testMatch: ['**/*.test.ts', '**/*.test.mjs', '**/*.test.js'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/\\.strapi/', '/\\.tmp/'],
    modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.strapi/'],
    transform: {
      '^.+\\.(t|j|mj)s$': [
        require.resolve('@swc/jest'),
        {
          jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
          module: { type: 'commonjs' },
        },
      ],
    },
    transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
    moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
    ...overrides,
  };
};
module.exports.root = path.resolve(__dirname, '..');
