import request from 'supertest';
import { attendre } from './helpers/attendre';
import { demarrerBoiteMail } from './helpers/boite-mail';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { exigerLibreOffice } from './helpers/services';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let boite: Awaited<ReturnType<typeof demarrerBoiteMail>>;

beforeAll(async () => {
  exigerLibreOffice();
  boite = await demarrerBoiteMail();
  instance = await demarrerStrapi();
  await instance.strapi.plugin('editique').service('demo').seed();
});
afterAll(async () => {
  await instance?.arreter();
  await boite?.fermer();
});

it('un changement de statut envoie le courriel et joint la lettre PDF, une seule fois, après le commit', async () => {
  const { strapi } = instance;
  const { dispositifId } = await strapi.plugin('instruction').service('demo').seed();
  const agent = await creerAgent(strapi, 'actions@agents.test', [dispositifId]);
  const usager = await creerUsager(strapi, 'sub-actions', 'Léa', 'Martin');
  const numero = await deposerDossier(strapi, usager);

  await boite.attendre((m) => m.some((x) => x.Subject.includes(numero)));
  await request(instance.http)
    .post(`/instruction/dossiers/${numero}/transitions`)
    .set({ Authorization: `Bearer ${agent.jeton}` })
    .send({ vers: 'en_instruction', version: 2 })
    .expect(200);

  const messages = await boite.attendre((m) => m.filter((x) => x.Subject.includes(numero)).length >= 2);
  const pourDossier = messages.filter((x) => x.Subject.includes(numero));
  expect(pourDossier.map((m) => m.To[0]!.Address)).toEqual([usager.email, usager.email]);
  expect(pourDossier.some((m) => /En cours d’instruction/.test(m.Subject))).toBe(true);

  const dossier = await strapi.db.connection('instruction_dossiers').where({ numero }).first();
  await attendre(
    async () => (await compter(strapi, 'instruction_outbox', { dossier_id: dossier.id, etat: 'livre' })) === 3,
    'trois actions livrées',
  );
  const lettre = await strapi.db
    .connection('instruction_pieces')
    .where({ dossier_id: dossier.id, nature: 'document' })
    .first();
  expect(lettre).toMatchObject({ nom: 'accuse-de-reception.pdf', type: 'application/pdf' });

  const telechargement = await request(instance.http)
    .get(`/api/usagers/dossiers/${numero}/pieces/${lettre.id}/fichier`)
    .set({ Authorization: `Bearer ${usager.jwt}` })
    .buffer(true)
    .expect(200);
  expect((telechargement.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');

  // Delivering a row again (a retried job) changes nothing: no second letter, no second email.
  const jobs = strapi.plugin('instruction').service('jobs');
  const lignes = await strapi.db.connection('instruction_outbox').where({ dossier_id: dossier.id });
  for (const ligne of lignes) await jobs.executer(Number(ligne.id));
  expect(await compter(strapi, 'instruction_pieces', { dossier_id: dossier.id, nature: 'document' })).toBe(1);
  await new Promise((ok) => setTimeout(ok, 500));
  expect((await boite.messages()).filter((x) => x.Subject.includes(numero))).toHaveLength(2);
});
