import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { startOidcServer } from '../../tools/oidc-dev/src/server';
import { demoUsers } from '../../tools/oidc-dev/src/demo-users';
import { startSmtpCatcher } from '../../tools/smtp-catcher/src/catcher';
import { attendreHttp, portLibre } from './ports';

const racine = path.resolve(__dirname, '..', '..');

/**
 * The portal's OIDC client on the local test IdP: a throwaway value of this test stack only (the IdP and the portal
 * it configures live as long as one test file), shared with tests that sign a citizen in by hand.
 */
export const CLIENT_PORTAIL = { id: 'portail', secret: 'e2e-secret-client' };

export interface Pile {
  portail: string;
  cms: string;
  courriels: string;
  base: string;
  arreter(): Promise<void>;
}

function lancer(
  nom: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  journal: string[],
): ChildProcess {
  const enfant = spawn(process.execPath, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const garder = (morceau: Buffer) => {
    journal.push(`[${nom}] ${morceau.toString()}`);
    if (process.env.E2E_VERBOSE === 'true') process.stdout.write(`[${nom}] ${morceau}`);
  };
  enfant.stdout!.on('data', garder);
  enfant.stderr!.on('data', garder);
  return enfant;
}

async function arreterProcessus(enfant: ChildProcess): Promise<void> {
  if (enfant.exitCode !== null) return;
  const fin = new Promise((ok) => enfant.once('exit', ok));
  enfant.kill('SIGTERM');
  const delai = setTimeout(() => enfant.kill('SIGKILL'), 10_000);
  await fin;
  clearTimeout(delai);
}

/**
 * The whole stack as separate processes, like production: the built Strapi (`strapi start`), the BullMQ worker
 * when Redis is available, the built portal, plus the local OIDC server and SMTP catcher. Postgres when
 * DATABASE_URL (or REQUIRE_SERVICES=1) is set, a private database for this run; SQLite otherwise.
 */
export async function demarrerPile(): Promise<Pile> {
  const exiger = process.env.REQUIRE_SERVICES === '1';
  const baseAdmin = process.env.DATABASE_URL || (exiger ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
  const redis = process.env.REDIS_URL || (exiger ? 'redis://127.0.0.1:6379' : '');
  const [portPortail, portCms] = await Promise.all([portLibre(), portLibre()]);
  const portail = `http://localhost:${portPortail}`;
  const cms = `http://127.0.0.1:${portCms}`;
  const journal: string[] = [];

  const smtp = await startSmtpCatcher({ smtpPort: 0, httpPort: 0 });
  const oidc = await startOidcServer({
    port: 0,
    clients: [
      {
        clientId: CLIENT_PORTAIL.id,
        clientSecret: CLIENT_PORTAIL.secret,
        redirectUris: [`${portail}/auth/callback`],
        postLogoutRedirectUris: [`${portail}/`],
      },
    ],
    users: demoUsers,
  });

  const suffixe = `${process.pid}_${Date.now()}`;
  let base: Record<string, string>;
  let nettoyerBase: () => Promise<void>;
  if (baseAdmin) {
    const nom = `guichet_e2e_${suffixe}`;
    const c = new Client({ connectionString: baseAdmin });
    await c.connect();
    await c.query(`CREATE DATABASE "${nom}"`);
    await c.end();
    const url = new URL(baseAdmin);
    url.pathname = `/${nom}`;
    base = { DATABASE_URL: url.toString() };
    nettoyerBase = async () => {
      const d = new Client({ connectionString: baseAdmin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${nom}" WITH (FORCE)`);
      await d.end();
    };
  } else {
    base = { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: `.tmp/e2e-${suffixe}.db` };
    nettoyerBase = async () => rmSync(path.join(racine, 'cms', base.DATABASE_FILENAME!), { force: true });
  }

  const fichiers = mkdtempSync(path.join(tmpdir(), 'guichet-e2e-fichiers-'));
  const envCms: Record<string, string> = {
    ...base,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(portCms),
    APP_KEYS: 'e2e-a,e2e-b',
    API_TOKEN_SALT: 'e2e-sel',
    ADMIN_JWT_SECRET: 'e2e-admin',
    TRANSFER_TOKEN_SALT: 'e2e-transfert',
    JWT_SECRET: 'e2e-jwt',
    ENCRYPTION_KEY: 'e2e-chiffrement',
    STRAPI_TELEMETRY_DISABLED: 'true',
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
    OIDC_ISSUER: oidc.issuer,
    PORTAL_URL: portail,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.smtpPort),
    SMTP_IGNORE_TLS: 'true',
    FICHIERS_DIR: fichiers,
    CORS_ORIGINS: portail,
    ...(redis ? { REDIS_URL: redis, BULLMQ_PREFIX: `guichet-e2e-${suffixe}` } : {}),
  };
  const strapiBin = path.join(racine, 'node_modules/@strapi/strapi/bin/strapi.js');
  const processus: ChildProcess[] = [lancer('cms', [strapiBin, 'start'], path.join(racine, 'cms'), envCms, journal)];

  const arreter = async () => {
    for (const p of processus.reverse()) await arreterProcessus(p);
    await oidc.close();
    await smtp.close();
    if (redis) {
      const connexion = new IORedis(redis, { maxRetriesPerRequest: null });
      const file = new Queue('guichet-actions', { prefix: envCms.BULLMQ_PREFIX!, connection: connexion });
      await file.obliterate({ force: true }).catch(() => undefined);
      await file.close();
      connexion.disconnect();
    }
    await nettoyerBase();
    rmSync(fichiers, { recursive: true, force: true });
  };

  try {
    await attendreHttp(`${cms}/_health`, 180_000, processus[0]);
    if (redis) processus.push(lancer('worker', [path.join(racine, 'cms/scripts/worker.js')], racine, envCms, journal));
    processus.push(
      lancer(
        'portail',
        [path.join(racine, 'portal/dist/server/entry.mjs')],
        path.join(racine, 'portal'),
        {
          HOST: '127.0.0.1',
          PORT: String(portPortail),
          CMS_URL: cms,
          PUBLIC_URL: portail,
          OIDC_ISSUER: oidc.issuer,
          OIDC_CLIENT_ID: CLIENT_PORTAIL.id,
          OIDC_CLIENT_SECRET: CLIENT_PORTAIL.secret,
          SESSION_SECRET: 'e2e-session-secret-0123456789abcdef',
        },
        journal,
      ),
    );
    await attendreHttp(`${portail}/`);
  } catch (erreur) {
    console.error(journal.join(''));
    await arreter();
    throw erreur;
  }
  return { portail, cms, courriels: smtp.httpUrl, base: base.DATABASE_URL ?? 'sqlite', arreter };
}
