require('esbuild-register/dist/node').register({ target: 'node24', extensions: ['.ts'] });
module.exports = require('./server/src').default;
