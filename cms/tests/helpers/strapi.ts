import fs from 'fs';
import path from 'path';
import { Client } from 'pg';
import { createStrapi, type Core } from '@strapi/strapi';
import { urlBase, urlRedis } from './services';

const appDir = path.resolve(__dirname, '..', '..');

export interface Instance {
  strapi: Core.Strapi;
  http: Core.Strapi['server']['httpServer'];
  arreter(): Promise<void>;
}

/** Removes this instance's queue from the shared Redis, so test runs leave nothing behind. */
async function viderFile(url: string, prefix: string): Promise<void> {
  const { Queue } = await import('bullmq');
  const { default: IORedis } = await import('ioredis');
  const connexion = new IORedis(url, { maxRetriesPerRequest: null });
  const file = new Queue('guichet-actions', { prefix, connection: connexion });
  await file.obliterate({ force: true }).catch(() => undefined);
  await file.close();
  connexion.disconnect();
}

/** A private database per test file: a fresh Postgres database, or a fresh SQLite file. */
async function preparerBase(baseImposee?: string): Promise<() => Promise<void>> {
  const suffixe = `${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const base = baseImposee ?? urlBase();
  if (base) {
    const nom = `guichet_test_${suffixe}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${nom}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${nom}`;
    process.env.DATABASE_URL = url.toString();
    return async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${nom}" WITH (FORCE)`);
      await c.end();
      process.env.DATABASE_URL = base;
    };
  }
  delete process.env.DATABASE_URL;
  process.env.DATABASE_CLIENT = 'sqlite';
  process.env.DATABASE_FILENAME = `.tmp/test-${suffixe}.db`;
  const fichier = path.join(appDir, process.env.DATABASE_FILENAME);
  return async () => {
    for (const f of [fichier, `${fichier}-wal`, `${fichier}-shm`]) fs.rmSync(f, { force: true });
  };
}

/** `baseUrl`: a Postgres server of the test's own (fault tests), whatever the suite's database. */
export async function demarrerStrapi(
  options: { redis?: boolean; redisUrl?: string; baseUrl?: string } = {},
): Promise<Instance> {
  const nettoyerBase = await preparerBase(options.baseUrl);
  const redis = options.redisUrl ?? (options.redis === false ? undefined : urlRedis());
  if (redis) {
    process.env.REDIS_URL = redis;
    process.env.JOBS_WORKER_INLINE = 'true';
    process.env.BULLMQ_PREFIX = `guichet-test-${process.pid}-${Date.now()}`;
  } else delete process.env.REDIS_URL;
  process.env.FICHIERS_DIR = fs.mkdtempSync(path.join(require('os').tmpdir(), 'guichet-fichiers-'));
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  strapi.server.mount();
  return {
    strapi,
    http: strapi.server.httpServer,
    async arreter() {
      await strapi.destroy();
      if (redis) await viderFile(redis, process.env.BULLMQ_PREFIX!);
      await nettoyerBase();
      fs.rmSync(process.env.FICHIERS_DIR!, { recursive: true, force: true });
    },
  };
}
