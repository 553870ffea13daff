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

it('une page qui couvre trois dispositifs coûte autant de requêtes qu’une page d’un seul', async () => {
  const knex = instance.strapi.db.connection;
  const demo = await knex('instruction_dispositifs').first();
  const copie = async (slug: string) => {
    const { id: _id, ...colonnes } = demo;
    for (const [cle, valeur] of Object.entries(colonnes)) {
      if (valeur !== null && typeof valeur === 'object' && !(valeur instanceof Date))
        colonnes[cle] = JSON.stringify(valeur);
    }
    const [ligne] = await knex('instruction_dispositifs')
      .insert({ ...colonnes, slug, titre: slug, document_id: `${slug}-0000000000000000`.slice(0, 24) })
      .returning('id');
    return Number(typeof ligne === 'object' ? ligne.id : ligne);
  };
  const [d2, d3] = [await copie('listes-deux'), await copie('listes-trois')];
  const partout = await creerAgent(instance.strapi, 'listes-partout@agents.test', [demo.id, d2, d3]);
  const plusRecents = await knex('instruction_dossiers').orderBy('id', 'desc').limit(3).select('id');
  await knex('instruction_dossiers').where({ id: plusRecents[1].id }).update({ dispositif_id: d2 });
  await knex('instruction_dossiers').where({ id: plusRecents[2].id }).update({ dispositif_id: d3 });

  const appel = (chemin: string, entete: Record<string, string>) =>
    compterRequetes(instance.strapi, async () => {
      await request(instance.http).get(chemin).set(entete).expect(200);
    });
  const agentEn = { Authorization: `Bearer ${partout.jeton}` };
  const [un, trois] = [
    await appel('/instruction/dossiers?limite=1', agentEn),
    await appel('/instruction/dossiers?limite=25', agentEn),
  ];
  expect(trois).toBe(un);
  const autre = await creerUsager(instance.strapi, 'sub-listes-seul');
  await deposerDossier(instance.strapi, autre);
  const [seul, plusieurs] = [
    await appel('/api/usagers/dossiers', { Authorization: `Bearer ${autre.jwt}` }),
    await appel('/api/usagers/dossiers', { Authorization: `Bearer ${usager.jwt}` }),
  ];
  expect(plusieurs).toBe(seul);
});
