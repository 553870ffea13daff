import request from 'supertest';
import { verifierJournal } from '../../extensions/instruction/server/src/repositories/journal';
import { attendre } from './helpers/attendre';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerPostgresPrive } from './helpers/postgres-prive';
import { ecouter } from './helpers/ecoute';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/**
 * Fault test (issue 5): Postgres restarts while agents move dossiers. Requests fail fast with 503 (never a 500,
 * never a hang), the pool recovers without restarting Strapi, and every dossier is either fully transitioned
 * (state, history, journal, outbox) or untouched. The test runs its own Postgres server: the machine's is never
 * stopped.
 */
let pg: Awaited<ReturnType<typeof demarrerPostgresPrive>>;
let instance: Instance;
let url: string;
let agent: { jeton: string };
let numeros: string[];
const N = 24;

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  pg = await demarrerPostgresPrive();
  instance = await demarrerStrapi({ baseUrl: pg.url, redis: false });
  url = await ecouter(instance);
  const { strapi } = instance;
  const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
  agent = await creerAgent(strapi, 'panne@agents.test', [dispositifId]);
  const usager = await creerUsager(strapi, 'sub-panne-pg', 'Inès', 'Roux');
  numeros = [];
  for (let i = 0; i < N; i++) numeros.push(await deposerDossier(strapi, usager));
});
afterAll(async () => {
  await pg?.demarrer().catch(() => undefined);
  await instance?.arreter();
  await pg?.fermer();
  delete process.env.JOBS_DISABLED;
});

const transition = (numero: string) =>
  request(url)
    .post(`/instruction/dossiers/${numero}/transitions`)
    .set({ Authorization: `Bearer ${agent.jeton}` })
    .send({ vers: 'en_instruction', version: 2 });

it('Postgres redémarre sous charge : 503 rapides, reprise du pool, aucune transition à moitié écrite', async () => {
  const { strapi } = instance;
  const knex = () => strapi.db.connection;

  // Load: every dossier moved at once while the server is stopped in the middle.
  const enCours = numeros.map((numero, i) =>
    new Promise((ok) => setTimeout(ok, i * 15)).then(() => transition(numero)),
  );
  await new Promise((ok) => setTimeout(ok, 120));
  await pg.arreter();
  const reponses = await Promise.all(enCours);
  for (const r of reponses) expect([200, 503]).toContain(r.status);
  expect(reponses.some((r) => r.status === 503)).toBe(true);

  // While it is down: a clear 503 at once, not a 500 nor a request waiting for the pool's timeout.
  const debut = Date.now();
  const pendantPanne = await request(url)
    .get('/instruction/dossiers')
    .set({ Authorization: `Bearer ${agent.jeton}` });
  const duree = Date.now() - debut;
  expect(pendantPanne.status).toBe(503);
  expect(pendantPanne.headers['retry-after']).toBe('5');
  expect(pendantPanne.body.error).toMatchObject({
    name: 'SERVICE_INDISPONIBLE',
    message: 'Le service est momentanément indisponible. Réessayez dans quelques instants.',
  });
  expect(duree).toBeLessThan(5000);

  // Back: the same Strapi process serves again once Postgres accepts connections.
  await pg.demarrer();
  await attendre(
    async () =>
      (
        await request(url)
          .get('/instruction/dossiers')
          .set({ Authorization: `Bearer ${agent.jeton}` })
      ).status === 200,
    'le pool se rétablit',
    30_000,
  );

  // Every dossier is whole: moved with its history, journal and outbox rows, or not moved at all.
  const lignes = await knex()('instruction_dossiers').whereIn('numero', numeros);
  expect(lignes).toHaveLength(N);
  for (const [i, numero] of numeros.entries()) {
    const d = lignes.find((l: { numero: string }) => l.numero === numero);
    const historiques = await compter(strapi, 'instruction_historiques', { dossier_id: d.id });
    const outbox = await compter(strapi, 'instruction_outbox', { dossier_id: d.id });
    expect((await verifierJournal(knex(), Number(d.id))).integre).toBe(true);
    const journalStatut = await compter(strapi, 'instruction_journal', {
      dossier_id: d.id,
      action: 'dossier.statut_change',
    });
    if (d.statut === 'en_instruction') {
      expect([Number(d.version), historiques, outbox, journalStatut]).toEqual([3, 2, 3, 1]);
    } else {
      // An acknowledged transition is never lost.
      expect(reponses[i]!.status).toBe(503);
      expect([d.statut, Number(d.version), historiques, outbox, journalStatut]).toEqual(['recu', 2, 1, 1, 0]);
    }
  }

  // The untouched ones can simply be retried.
  for (const [i, numero] of numeros.entries()) {
    const d = lignes.find((l: { numero: string }) => l.numero === numero);
    if (d.statut !== 'en_instruction') expect((await transition(numero)).status).toBe(200);
    else expect(reponses[i]!.status === 200 || reponses[i]!.status === 503).toBe(true);
  }
  expect(await compter(strapi, 'instruction_dossiers', { statut: 'en_instruction' })).toBe(N);
});
