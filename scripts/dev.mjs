#!/usr/bin/env node
/**
 * `npm run dev`: the whole stack on embedded defaults, for a developer or a demo.
 *   SMTP catcher (:1025, inbox :8025) · local OIDC server at Keycloak's paths (:8080) · Strapi on SQLite (:1337,
 *   demo data seeded) · the portal (:4321) · the job runner (in-process without REDIS_URL, a BullMQ worker with it).
 * Ctrl+C stops everything.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const racine = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (Number(process.versions.node.split('.')[0]) < 24) {
  console.error(`Guichet demande Node 24 (actuel : ${process.version}). Voir README, « Démarrage rapide ».`);
  process.exit(1);
}

const PORTAL_URL = process.env.PORTAL_URL || 'http://localhost:4321';
const OIDC_ISSUER = process.env.OIDC_ISSUER || 'http://localhost:8080/realms/guichet';
const OIDC_CLIENT_SECRET = process.env.OIDC_CLIENT_SECRET || 'guichet-dev-secret';

/** Secrets are generated once into cms/.env (ignored by git) so sessions survive a restart. */
function secretsCms() {
  const fichier = path.join(racine, 'cms', '.env');
  if (!existsSync(fichier)) {
    const s = () => randomBytes(24).toString('base64url');
    writeFileSync(
      fichier,
      [
        `APP_KEYS=${s()},${s()}`,
        `API_TOKEN_SALT=${s()}`,
        `ADMIN_JWT_SECRET=${s()}`,
        `TRANSFER_TOKEN_SALT=${s()}`,
        `JWT_SECRET=${s()}`,
        `ENCRYPTION_KEY=${s()}`,
        '',
      ].join('\n'),
    );
  }
  return Object.fromEntries(
    readFileSync(fichier, 'utf8')
      .split('\n')
      .filter((l) => /^[A-Z_]+=/.test(l))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

const communs = {
  STRAPI_TELEMETRY_DISABLED: 'true',
  ASTRO_TELEMETRY_DISABLED: '1',
  PORTAL_URL,
  OIDC_ISSUER,
  SMTP_HOST: process.env.SMTP_HOST || '127.0.0.1',
  SMTP_PORT: process.env.SMTP_PORT || '1025',
};

const processus = [];
function lancer(nom, commande, args, options = {}) {
  const enfant = spawn(commande, args, {
    cwd: options.cwd ?? racine,
    env: { ...process.env, ...communs, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefixe = `[${nom}]`.padEnd(10);
  for (const flux of [enfant.stdout, enfant.stderr]) {
    let reste = '';
    flux.on('data', (morceau) => {
      const lignes = (reste + morceau.toString()).split('\n');
      reste = lignes.pop() ?? '';
      for (const ligne of lignes) console.log(`${prefixe} ${ligne}`);
    });
  }
  enfant.on('exit', (code) => {
    if (!arret) console.log(`${prefixe} arrêté (code ${code})`);
  });
  processus.push(enfant);
  return enfant;
}

async function attendre(url, nom, delaiMs = 240_000) {
  const fin = Date.now() + delaiMs;
  while (Date.now() < fin) {
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((ok) => setTimeout(ok, 1000));
  }
  throw new Error(`${nom} ne répond pas sur ${url}`);
}

let arret = false;
function toutArreter() {
  arret = true;
  for (const p of processus) p.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', toutArreter);
process.on('SIGTERM', toutArreter);

const node = process.execPath;
lancer('smtp', node, ['tools/smtp-catcher/src/cli.ts']);
lancer('oidc', node, ['tools/oidc-dev/src/cli.ts'], { env: { OIDC_CLIENT_SECRET, PORTAL_URL } });
lancer('cms', node, ['../node_modules/@strapi/strapi/bin/strapi.js', 'develop', '--no-install-deps'], {
  cwd: path.join(racine, 'cms'),
  // BROWSER=none: Vite would otherwise try to open the admin in a browser.
  env: { ...secretsCms(), SEED_DEMO: 'true', HOST: '127.0.0.1', BROWSER: 'none' },
});
lancer('portail', node, ['../node_modules/astro/bin/astro.mjs', 'dev', '--host', '127.0.0.1', '--port', '4321'], {
  cwd: path.join(racine, 'portal'),
  env: {
    CMS_URL: 'http://127.0.0.1:1337',
    PUBLIC_URL: PORTAL_URL,
    OIDC_CLIENT_ID: 'portail',
    OIDC_CLIENT_SECRET,
    SESSION_SECRET: randomBytes(24).toString('hex'),
  },
});

try {
  await attendre('http://127.0.0.1:1337/_health', 'Strapi');
  if (process.env.REDIS_URL) lancer('worker', node, ['cms/scripts/worker.js'], { env: secretsCms() });
  await attendre('http://127.0.0.1:4321/', 'le portail');
  console.log(`
  Guichet est prêt.
    Portail usagers      ${PORTAL_URL}            jean.dupont / guichet  ·  marie.curie / guichet
    Administration       http://localhost:1337/admin   agent@guichet.localhost / Instructeur-2026
                                                       admin@guichet.localhost / Administrateur-2026
    Courriels envoyés    http://localhost:8025
    Serveur OIDC local   ${OIDC_ISSUER}
    Actions              ${process.env.REDIS_URL ? `BullMQ sur ${process.env.REDIS_URL}` : 'dans le processus du CMS (définissez REDIS_URL pour BullMQ)'}
  Ctrl+C pour tout arrêter.
`);
} catch (erreur) {
  console.error(erreur.message);
  toutArreter();
}
