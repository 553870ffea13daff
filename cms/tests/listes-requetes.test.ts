import request from 'supertest';
import { deposerDossier } from './helpers/depot';
import { creerAgent, creerUsager } from './helpers/fabriques';
import { compterRequetes } from './helpers/requetes-sql';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/** Lists are served by our own SQL: the number of statements must not grow with the page size. */
let instance: Instance;
let agent: { jeton: string };
let usager: { jwt: string };

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  agent = await creerAgent(instance.strapi, 'listes@agents.test', [dispositifId]);
  usager = await creerUsager(instance.strapi, 'sub-listes');
  for (let i = 0; i < 25; i++) await deposerDossier(instance.strapi, usager);
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

it('la liste de l’agent coûte autant de requêtes pour 1 dossier que pour 25', async () => {
  const page = (limite: number) =>
    compterRequetes(instance.strapi, async () => {
      const res = await request(instance.http)
        .get(`/instruction/dossiers?limite=${limite}`)
        .set({ Authorization: `Bearer ${agent.jeton}` })
        .expect(200);
      expect(res.body.data).toHaveLength(limite);
    });
  const [une, vingtCinq] = [await page(1), await page(25)];
  expect(une).toBeGreaterThan(0);
  expect(vingtCinq).toBe(une);
});

it('la liste de l’usager coûte autant de requêtes pour 1 dossier que pour 25', async () => {
  const autre = await creerUsager(instance.strapi, 'sub-listes-un');
  await deposerDossier(instance.strapi, autre);
  const liste = (u: { jwt: string }, attendu: number) =>
    compterRequetes(instance.strapi, async () => {
      const res = await request(instance.http)
        .get('/api/usagers/dossiers')
        .set({ Authorization: `Bearer ${u.jwt}` })
        .expect(200);
      expect(res.body.data).toHaveLength(attendu);
    });
  const [un, vingtCinq] = [await liste(autre, 1), await liste(usager, 25)];
  expect(un).toBeGreaterThan(0);
  expect(vingtCinq).toBe(un);
});
