import request from 'supertest';
import { attendre } from './helpers/attendre';
import { demarrerBoiteMail } from './helpers/boite-mail';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerRedisPrive, redisServerDisponible } from './helpers/redis-prive';
import { exigerLibreOffice } from './helpers/services';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let boite: Awaited<ReturnType<typeof demarrerBoiteMail>>;
let redis: Awaited<ReturnType<typeof demarrerRedisPrive>>;

const testRedis = redisServerDisponible() ? it : it.skip;

beforeAll(async () => {
  if (testRedis === it.skip) return;
  exigerLibreOffice();
  boite = await demarrerBoiteMail();
  redis = await demarrerRedisPrive();
  process.env.REDIS_URL = redis.url;
  process.env.OUTBOX_INTERVALLE_MS = '300';
  instance = await demarrerStrapi({ redisUrl: redis.url });
  await instance.strapi.plugin('editique').service('demo').seed();
});
afterAll(async () => {
  await instance?.arreter();
  await redis?.fermer();
  await boite?.fermer();
  delete process.env.OUTBOX_INTERVALLE_MS;
});

testRedis(
  'Redis arrêté pendant une transition : rien n’est perdu, le courriel part une seule fois à son retour',
  async () => {
    const { strapi } = instance;
    const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
    const agent = await creerAgent(strapi, 'redis@agents.test', [dispositifId]);
    const usager = await creerUsager(strapi, 'sub-redis', 'Noé', 'Bernard');
    const numero = await deposerDossier(strapi, usager);
    await boite.attendre((m) => m.some((x) => x.Subject.includes(numero)));

    await redis.arreter();
    await request(instance.http)
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .send({ vers: 'en_instruction', version: 2 })
      .expect(200);
    const dossier = await strapi.db.connection('instruction_dossiers').where({ numero }).first();
    await new Promise((ok) => setTimeout(ok, 1500));
    expect(await compter(strapi, 'instruction_outbox', { dossier_id: dossier.id, etat: 'livre' })).toBe(1);
    expect((await boite.messages()).filter((m) => m.Subject.includes(numero))).toHaveLength(1);

    await redis.demarrer();
    await attendre(
      async () => (await compter(strapi, 'instruction_outbox', { dossier_id: dossier.id, etat: 'livre' })) === 3,
      'actions livrées après le retour de Redis',
      90_000,
    );
    await new Promise((ok) => setTimeout(ok, 1500));
    const courriels = (await boite.messages()).filter((m) => m.Subject.includes(numero));
    expect(courriels).toHaveLength(2);
    expect(await compter(strapi, 'instruction_pieces', { dossier_id: dossier.id, nature: 'document' })).toBe(1);
  },
);
