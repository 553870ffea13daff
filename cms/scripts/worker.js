#!/usr/bin/env node
/**
 * The job worker: the same Strapi application (plugins, database, services) without the HTTP server, consuming
 * the BullMQ queue that the outbox relay feeds. Needs REDIS_URL and a compiled app (`strapi build` or develop).
 */
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

process.env.GUICHET_ROLE = 'worker';
if (!process.env.REDIS_URL) {
  console.error('Le worker a besoin de REDIS_URL (sans Redis, les actions s’exécutent dans le processus du CMS).');
  process.exit(1);
}

const appDir = path.resolve(__dirname, '..');

async function main() {
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  strapi.log.info('[worker] prêt : actions consommées depuis Redis.');
  // SIGTERM / SIGINT: Strapi's own handler (destroyOnSignal) destroys the app and exits; a second destroy here threw.
}

main().catch((erreur) => {
  console.error(erreur);
  process.exit(1);
});
