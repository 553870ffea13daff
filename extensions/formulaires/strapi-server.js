// Strapi loads plugin servers with plain require(): register esbuild so our TypeScript runs without a build step.
require('esbuild-register/dist/node').register({ target: 'node24', extensions: ['.ts'] });
module.exports = require('./server/src').default;
