/**
 * A real Guichet for end-to-end benchmarks and fault tests: a private Postgres database, Strapi booted in this
 * process as the API (it relays the outbox but never consumes the queue), worker processes (cms/scripts/worker.js,
 * GUICHET_ROLE=worker) that can be killed with SIGKILL, a webhook receiver counting distinct X-Guichet-Cle, and
 * thousands of deposited dossiers seeded in SQL. Shared by bench/transition-en-masse-10k.bench.ts and
 * cms/tests/fautes-worker.test.ts.
 */
import '../../cms/tests/helpers/env';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { compileStrapi, createStrapi, type Core } from '@strapi/strapi';

const appDir = path.resolve(__dirname, '..', '..', 'cms');
export const SECRET_WEBHOOK = 'WEBHOOK_BENCH';

export interface GuichetReel {
  strapi: Core.Strapi;
  /** Environment of this instance, for the worker processes (same database, same queue prefix). */
  env: Record<string, string>;
  arreter(): Promise<void>;
}

/** Whether Postgres and Redis are configured (DATABASE_URL / REDIS_URL, or their defaults under REQUIRE_SERVICES=1). */
export function servicesReels(): { base: string; redis: string } | null {
  const exiger = process.env.REQUIRE_SERVICES === '1';
  const base = process.env.DATABASE_URL || (exiger ? 'postgres://postgres@127.0.0.1:5432/postgres' : '');
  const redis = process.env.REDIS_URL || (exiger ? 'redis://127.0.0.1:6379' : '');
  return base.startsWith('postgres') && redis ? { base, redis } : null;
}

/** Boots the API on a fresh database `guichet_bench_…` of `base`, with its own BullMQ prefix on `redis`. */
export async function demarrerGuichetReel(base: string, redis: string): Promise<GuichetReel> {
  if (!existsSync(path.join(appDir, 'dist', 'config', 'database.js'))) await compileStrapi({ appDir });
  const nom = `guichet_bench_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${nom}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${nom}`;
  const fichiers = mkdtempSync(path.join(tmpdir(), 'guichet-bench-fichiers-'));
  const env: Record<string, string> = {
    DATABASE_URL: url.toString(),
    REDIS_URL: redis,
    BULLMQ_PREFIX: `guichet-bench-${process.pid}-${Date.now()}`,
    FICHIERS_DIR: fichiers,
    [SECRET_WEBHOOK]: 'secret-de-banc-d-essai',
  };
  const sauvegarde = { ...process.env };
  Object.assign(process.env, env);
  // This process is the API: it writes and relays the outbox, the worker processes consume the queue.
  delete process.env.JOBS_WORKER_INLINE;
  delete process.env.JOBS_DISABLED;
  delete process.env.GUICHET_ROLE;
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist') }).load();
  strapi.server.mount();
  return {
    strapi,
    env,
    async arreter() {
      await strapi.destroy();
      const { Queue } = await import('bullmq');
      const { default: IORedis } = await import('ioredis');
      const connexion = new IORedis(redis, { maxRetriesPerRequest: null });
      const file = new Queue('guichet-actions', { prefix: env.BULLMQ_PREFIX, connection: connexion });
      await file.obliterate({ force: true }).catch(() => undefined);
      await file.close();
      connexion.disconnect();
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${nom}" WITH (FORCE)`);
      await c.end();
      rmSync(fichiers, { recursive: true, force: true });
      for (const cle of Object.keys(process.env)) if (!(cle in sauvegarde)) delete process.env[cle];
      Object.assign(process.env, sauvegarde);
    },
  };
}

export interface Worker {
  processus: ChildProcess;
  /** kill -9: the worker dies mid-job, its locks expire and another worker takes its jobs over. */
  tuer(): Promise<void>;
  arreter(): Promise<void>;
}

/** Starts cms/scripts/worker.js on the instance's database and queue (a separate Strapi process, ~10–20 s to boot). */
export function lancerWorker(guichet: GuichetReel, options: { concurrence: number; verrouMs: number }): Worker {
  // BENCH_WORKER_NODE_ARGS: e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to profile the workers only.
  const args = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const processus = spawn(process.execPath, [...args, path.join(appDir, 'scripts', 'worker.js')], {
    cwd: appDir,
    env: {
      ...process.env,
      ...guichet.env,
      GUICHET_ROLE: 'worker',
      OUTBOX_CONCURRENCE: String(options.concurrence),
      OUTBOX_VERROU_MS: String(options.verrouMs),
      JOBS_WORKER_INLINE: '',
      JOBS_DISABLED: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const fin = new Promise<void>((ok) => processus.once('exit', () => ok()));
  return {
    processus,
    async tuer() {
      if (processus.exitCode === null && processus.signalCode === null) processus.kill('SIGKILL');
      await fin;
    },
    async arreter() {
      if (processus.exitCode === null && processus.signalCode === null) processus.kill('SIGTERM');
      await fin;
    },
  };
}

/**
 * A webhook receiver on this machine: answers 200 at once and counts each X-Guichet-Cle. Delivery is at-least-once
 * (a worker killed after the POST and before marking the row delivered sends it again, with the same key), so the
 * receiver's « exactly once » is per distinct key, as any receiver of ours is told to do.
 */
export async function demarrerRecepteur() {
  const cles = new Map<string, number>();
  let recus = 0;
  const serveur: Server = createServer((req, res) => {
    const cle = req.headers['x-guichet-cle'];
    req.resume();
    req.on('end', () => {
      recus++;
      if (typeof cle === 'string') cles.set(cle, (cles.get(cle) ?? 0) + 1);
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  serveur.keepAliveTimeout = 60_000;
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const { port } = serveur.address() as AddressInfo;
  return {
    url: (chemin: string) => `http://127.0.0.1:${port}${chemin}`,
    /** Distinct keys received since the last vider(). */
    distinctes: () => cles.size,
    cles: () => new Set(cles.keys()),
    recus: () => recus,
    doublons: () => recus - cles.size,
    vider() {
      cles.clear();
      recus = 0;
    },
    fermer: () =>
      new Promise<void>((ok) => {
        serveur.closeAllConnections();
        serveur.close(() => ok());
      }),
  };
}

/** Waits until `condition` holds, checking every `pasMs`; fails after `delaiMs` with `quoi`. */
export async function attendreQue(condition: () => Promise<boolean>, quoi: string, delaiMs: number, pasMs = 100) {
  const fin = Date.now() + delaiMs;
  while (!(await condition())) {
    if (Date.now() > fin) throw new Error(`Délai dépassé : ${quoi}`);
    await new Promise((ok) => setTimeout(ok, pasMs));
  }
}
