import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import request from 'supertest';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { attendreQue } from '../../bench/lib/guichet-reel';
import { preparerScenario, type Scenario, semerDossiers, STATUT_CIBLE } from '../../bench/lib/semis';
import { urlBase, urlRedis } from './helpers/services';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/**
 * The worker runs the outbox in batch jobs (services/jobs.ts, services/effets/lot.ts): one job for up to 50 rows.
 * A receiver refuses one key twice: that row is retried alone, with backoff, and the rows of its batch already
 * delivered are not sent again. Postgres and Redis (the dossiers are seeded with Postgres SQL).
 */
const base = urlBase();
const redis = urlRedis();
const avecServices = base?.startsWith('postgres') && redis ? it : it.skip;
if ((!base?.startsWith('postgres') || !redis) && process.env.REQUIRE_SERVICES === '1') {
  if (process.env.TEST_BASE !== 'sqlite') throw new Error('actions-lot : Postgres et Redis sont requis.');
}

const N = 60;
let instance: Instance;
let scenario: Scenario;
let serveur: Server;
const recus = new Map<string, number>();
let refusee: string | undefined;

beforeAll(async () => {
  if (avecServices === it.skip) return;
  serveur = createServer((req, res) => {
    const cle = String(req.headers['x-guichet-cle']);
    req.resume();
    req.on('end', () => {
      recus.set(cle, (recus.get(cle) ?? 0) + 1);
      // The chosen key is refused at its first two deliveries.
      refusee ??= cle;
      res.writeHead(cle === refusee && recus.get(cle)! <= 2 ? 503 : 200).end('ok');
    });
  });
  await new Promise<void>((ok) => serveur.listen(0, '127.0.0.1', ok));
  const { port } = serveur.address() as AddressInfo;
  process.env.WEBHOOK_BENCH = 'secret-du-test-lot';
  process.env.OUTBOX_INTERVALLE_MS = '300';
  instance = await demarrerStrapi({ redisUrl: redis });
  scenario = await preparerScenario(instance.strapi, (chemin) => `http://127.0.0.1:${port}${chemin}`);
}, 120_000);
afterAll(async () => {
  await instance?.arreter();
  serveur?.closeAllConnections();
  await new Promise((ok) => serveur?.close(ok));
  delete process.env.OUTBOX_INTERVALLE_MS;
});

avecServices(
  'actions livrées par lots : une action refusée repart seule, les autres de son lot ne sont pas renvoyées',
  async () => {
    const knex = instance.strapi.db.connection;
    const { ids, numeros, version } = await semerDossiers(knex, scenario.modeleId, N);
    await request(instance.http)
      .post('/instruction/dossiers/transitions-en-masse')
      .set({ Authorization: `Bearer ${scenario.agent.jeton}` })
      .send({ vers: STATUT_CIBLE, dossiers: numeros.map((numero) => ({ numero, version })) })
      .expect(200);

    const lignes = async () =>
      (await knex('instruction_outbox').whereIn('dossier_id', ids).select('cle', 'etat', 'tentatives', 'erreur')) as {
        cle: string;
        etat: string;
        tentatives: number;
        erreur: string | null;
      }[];
    await attendreQue(
      async () => (await lignes()).every((l) => l.etat === 'livre'),
      'toutes les actions livrées',
      60_000,
      100,
    );
    const fin = await lignes();
    expect(fin).toHaveLength(2 * N);
    expect(new Set(recus.keys())).toEqual(new Set(fin.map((l) => l.cle)));
    // The refused key: two refusals then the delivery, three attempts; every other key once, at the first attempt.
    expect(recus.get(refusee!)).toBe(3);
    expect(fin.find((l) => l.cle === refusee)).toMatchObject({ tentatives: 3, erreur: null });
    const autres = fin.filter((l) => l.cle !== refusee);
    expect(autres.every((l) => recus.get(l.cle) === 1 && Number(l.tentatives) === 1)).toBe(true);

    // Batches, not one job per row: 120 rows in a handful of jobs.
    const connexion = new IORedis(redis!, { maxRetriesPerRequest: null });
    const file = new Queue('guichet-actions', { prefix: process.env.BULLMQ_PREFIX, connection: connexion });
    const { completed } = await file.getJobCounts('completed');
    await file.close();
    connexion.disconnect();
    expect(completed).toBeGreaterThan(0);
    expect(completed).toBeLessThanOrEqual((2 * N) / 10);
  },
  120_000,
);
