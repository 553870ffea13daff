import request from 'supertest';
import {
  attendreQue,
  demarrerGuichetReel,
  demarrerRecepteur,
  type GuichetReel,
  lancerWorker,
  type Worker,
} from '../../bench/lib/guichet-reel';
import { preparerScenario, type Scenario, semerDossiers, STATUT_CIBLE } from '../../bench/lib/semis';
import { urlBase, urlRedis } from './helpers/services';

/**
 * Fault test (issue 4, notes §2.4 F2): the worker PROCESS is killed with SIGKILL in the middle of delivering the
 * actions of an instruction en masse, another one is started; every action is delivered, exactly once per
 * idempotency key at the receiver. Delivery is at-least-once: an action whose POST left before the kill is sent again
 * by the new worker with the SAME X-Guichet-Cle, which the receiver drops (the bench counts those repeats).
 * Needs Postgres and Redis (the worker is a separate process on the same database and queue): it runs in the
 * Postgres + Redis suite, and REQUIRE_SERVICES=1 makes their absence a failure.
 */
const base = urlBase();
const redis = urlRedis();
const avecServices = base?.startsWith('postgres') && redis ? it : it.skip;
if (!base?.startsWith('postgres') || !redis) {
  if (process.env.REQUIRE_SERVICES === '1' && process.env.TEST_BASE !== 'sqlite') {
    throw new Error('fautes-worker : Postgres et Redis sont requis (REQUIRE_SERVICES=1).');
  }
}

const N = 300;
let guichet: GuichetReel;
let recepteur: Awaited<ReturnType<typeof demarrerRecepteur>>;
let scenario: Scenario;
const tenir: { worker?: Worker } = {};

beforeAll(async () => {
  if (avecServices === it.skip) return;
  recepteur = await demarrerRecepteur();
  guichet = await demarrerGuichetReel(base!, redis!);
  // Short locks: the killed worker's jobs are handed over after ~3 s instead of BullMQ's 30 s.
  tenir.worker = lancerWorker(guichet, { concurrence: 4, verrouMs: 3000 });
  scenario = await preparerScenario(guichet.strapi, recepteur.url);
}, 120_000);
afterAll(async () => {
  await tenir.worker?.arreter();
  await guichet?.arreter();
  await recepteur?.fermer();
});

avecServices(
  'worker tué (SIGKILL) en pleine livraison puis relancé : 600 actions livrées, une fois chacune par clé, aucune en échec',
  async () => {
    const knex = guichet.strapi.db.connection;
    const { numeros, version } = await semerDossiers(knex, scenario.modeleId, N);
    const apres = Number((await knex('instruction_outbox').max({ m: 'id' }))[0]?.m ?? 0);
    const res = await request(guichet.strapi.server.httpServer)
      .post('/instruction/dossiers/transitions-en-masse')
      .set({ Authorization: `Bearer ${scenario.agent.jeton}` })
      .send({ vers: STATUT_CIBLE, dossiers: numeros.map((numero) => ({ numero, version })) })
      .expect(200);
    expect(res.body.data.bilan).toEqual({ reussis: N, echecs: 0, parCode: {} });

    // Mid-delivery: some actions delivered, most not yet.
    await attendreQue(async () => recepteur.distinctes() >= 20, 'premières livraisons', 90_000, 10);
    const avantPanne = recepteur.distinctes();
    await tenir.worker!.tuer();
    expect(tenir.worker!.processus.signalCode).toBe('SIGKILL');
    expect(avantPanne).toBeLessThan(2 * N);
    tenir.worker = lancerWorker(guichet, { concurrence: 4, verrouMs: 3000 });

    const livrees = async () =>
      Number(
        (await knex('instruction_outbox').where('id', '>', apres).where({ etat: 'livre' }).count({ n: '*' }))[0]!.n,
      );
    await attendreQue(async () => (await livrees()) === 2 * N, 'toutes les actions livrées', 100_000, 200);

    const lignes: { cle: string; etat: string }[] = await knex('instruction_outbox')
      .where('id', '>', apres)
      .select(['cle', 'etat']);
    expect(lignes).toHaveLength(2 * N);
    expect(lignes.filter((l) => l.etat !== 'livre')).toEqual([]);
    // Exactly the 600 keys of the outbox, each received at least once, nothing else.
    expect(recepteur.cles()).toEqual(new Set(lignes.map((l) => l.cle)));
    expect(recepteur.distinctes()).toBe(2 * N);
    console.log(
      `fautes-worker : worker tué après ${avantPanne} livraisons ; ${recepteur.distinctes()} clés distinctes, ` +
        `${recepteur.doublons()} livraison(s) répétée(s) avec la même clé`,
    );
  },
  150_000,
);
