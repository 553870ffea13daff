import request from 'supertest';
import { attendre } from './helpers/attendre';
import { demarrerBoiteMail } from './helpers/boite-mail';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { exigerLibreOffice } from './helpers/services';
import { ecouter } from './helpers/ecoute';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/**
 * Fault test (issue 5): 50 agents' requests move the same dossier at the same instant. The compare-and-set on the
 * dossier's version lets exactly one through; the 49 others get 409 with the French message, and the statut's
 * actions (an email and a generated letter) run once.
 */
let instance: Instance;
let url: string;
let boite: Awaited<ReturnType<typeof demarrerBoiteMail>>;

beforeAll(async () => {
  exigerLibreOffice();
  boite = await demarrerBoiteMail();
  instance = await demarrerStrapi();
  url = await ecouter(instance);
  await instance.strapi.plugin('editique').service('demo').seed();
});
afterAll(async () => {
  await instance?.arreter();
  await boite?.fermer();
});

it('50 transitions simultanées sur un dossier : une réussit, 49 reçoivent 409, une seule lettre', async () => {
  const { strapi } = instance;
  const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
  const agent = await creerAgent(strapi, 'concurrence@agents.test', [dispositifId]);
  const usager = await creerUsager(strapi, 'sub-concurrence', 'Ana', 'Costa');
  const numero = await deposerDossier(strapi, usager);
  const dossier = await strapi.db.connection('instruction_dossiers').where({ numero }).first();

  const reponses = await Promise.all(
    Array.from({ length: 50 }, () =>
      request(url)
        .post(`/instruction/dossiers/${numero}/transitions`)
        .set({ Authorization: `Bearer ${agent.jeton}` })
        .send({ vers: 'en_instruction', version: 2 }),
    ),
  );

  const statuts = reponses.map((r) => r.status).sort();
  expect(statuts.filter((s) => s === 200)).toHaveLength(1);
  expect(statuts.filter((s) => s === 409)).toHaveLength(49);
  for (const r of reponses.filter((x) => x.status === 409)) {
    expect(r.body.error).toMatchObject({
      name: 'VERSION_PERIMEE',
      message: expect.stringMatching(/modifié entre-temps/),
    });
  }
  const apres = await strapi.db.connection('instruction_dossiers').where({ id: dossier.id }).first();
  expect([apres.statut, Number(apres.version)]).toEqual(['en_instruction', 3]);
  expect(await compter(strapi, 'instruction_historiques', { dossier_id: dossier.id, vers: 'en_instruction' })).toBe(1);

  // Deposit email + the statut's email and letter: three rows, all delivered, and only one letter on the dossier.
  await attendre(
    async () => (await compter(strapi, 'instruction_outbox', { dossier_id: dossier.id, etat: 'livre' })) === 3,
    'actions livrées',
    90_000,
  );
  expect(await compter(strapi, 'instruction_outbox', { dossier_id: dossier.id })).toBe(3);
  expect(await compter(strapi, 'instruction_pieces', { dossier_id: dossier.id, nature: 'document' })).toBe(1);
  await new Promise((ok) => setTimeout(ok, 500));
  const courriels = (await boite.messages()).filter((m) => m.Subject.includes(numero));
  expect(courriels).toHaveLength(2);
});
