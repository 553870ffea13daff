import request from 'supertest';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/** Corrections: an agent holding « décider » puts a dossier in any statut of the guide, with a motif, journaled. */
let instance: Instance;
let claire: { id: number; jeton: string };
let lea: { jeton: string };
let paul: { jeton: string };
const api = () => request(instance.http);
const en = (a: { jeton: string }) => ({ Authorization: `Bearer ${a.jeton}` });
const corriger = (numero: string, agent: { jeton: string }, corps: Record<string, unknown>) =>
  api().post(`/instruction/dossiers/${numero}/corrections`).set(en(agent)).send(corps);

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  claire = await creerAgent(instance.strapi, 'claire@corrections.test', [dispositifId]);
  lea = await creerAgent(instance.strapi, 'lea@corrections.test', [dispositifId], ['lire', 'instruire']);
  paul = await creerAgent(instance.strapi, 'paul@corrections.test', []);
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

/** A dossier taken in charge: statut « en_instruction », étape « instruction », version 3. */
async function dossierEnInstruction(sub: string) {
  const numero = await deposerDossier(instance.strapi, await creerUsager(instance.strapi, sub));
  await api()
    .post(`/instruction/dossiers/${numero}/transitions`)
    .set(en(claire))
    .send({ vers: 'en_instruction', version: 2 })
    .expect(200);
  const ligne = await instance.strapi.db.connection('instruction_dossiers').where({ numero }).first();
  return { numero, id: Number(ligne.id) };
}

const MOTIF = 'Pris en charge par erreur : le budget n’a pas été vérifié.';

it('ramène un dossier à un statut d’une étape antérieure, avec son motif dans l’historique et le journal', async () => {
  const knex = instance.strapi.db.connection;
  const { numero, id } = await dossierEnInstruction('sub-corrige');
  const outboxAvant = await compter(instance.strapi, 'instruction_outbox', { dossier_id: id });

  const res = await corriger(numero, claire, { version: 3, vers: 'recu', motif: `  ${MOTIF} ` }).expect(200);
  expect(res.body.data).toMatchObject({ statut: 'recu', etat: 'depose', version: 4 });
  expect(res.body.data.historique.at(-1)).toMatchObject({
    nature: 'correction',
    de: 'en_instruction',
    vers: 'recu',
    etapeVers: 'depot',
    motif: MOTIF,
    avanceLigneDeVie: false,
    acteurNom: 'Agent claire',
  });
  // Back in « Dépôt »: its délai runs again from today, and the étape's buttons are offered again.
  expect(res.body.data.delai).toMatchObject({ etat: 'dans_les_temps', jours: 5 });
  expect(res.body.data.transitions).toEqual([{ vers: 'en_instruction', libelle: 'Prendre en charge' }]);
  expect(res.body.data.journal).toEqual({ integre: true, entrees: 3 });

  const entree = await knex('instruction_journal').where({ dossier_id: id }).orderBy('sequence', 'desc').first();
  expect(entree.action).toBe('dossier.corrige');
  const details = typeof entree.details === 'string' ? JSON.parse(entree.details) : entree.details;
  expect(details).toEqual({ de: 'en_instruction', vers: 'recu', etape: 'depot', motif: MOTIF, actionsExecutees: 0 });
  // The statut's actions run only on request: no outbox row.
  expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: id })).toBe(outboxAvant);
});

it('exécute les actions du statut quand l’agent le demande, et rouvre un dossier clôturé', async () => {
  const { numero, id } = await dossierEnInstruction('sub-rouvre');
  await api()
    .post(`/instruction/dossiers/${numero}/transitions`)
    .set(en(claire))
    .send({ vers: 'refuse', version: 3 })
    .expect(200);
  const outboxAvant = await compter(instance.strapi, 'instruction_outbox', { dossier_id: id });

  const res = await corriger(numero, claire, {
    version: 4,
    vers: 'en_instruction',
    motif: 'Refus prononcé sur le mauvais dossier.',
    executerActions: true,
  }).expect(200);
  expect(res.body.data).toMatchObject({ statut: 'en_instruction', etat: 'depose', version: 5 });
  expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: id })).toBe(outboxAvant + 2);
});

it('refuse une correction sans motif (422, en français), sur une version périmée (409), hors périmètre (404)', async () => {
  const { numero, id } = await dossierEnInstruction('sub-refus');
  const historiques = await compter(instance.strapi, 'instruction_historiques', { dossier_id: id });

  for (const corps of [
    { version: 3, vers: 'recu' },
    { version: 3, vers: 'recu', motif: '   ' },
  ]) {
    const sansMotif = await corriger(numero, claire, corps).expect(422);
    expect(sansMotif.body.error).toMatchObject({ name: 'MOTIF_OBLIGATOIRE' });
    expect(sansMotif.body.error.message).toMatch(/Indiquez le motif de la correction/);
    expect(sansMotif.body.error.details.erreurs).toEqual([
      { champ: 'motif', code: 'MOTIF_OBLIGATOIRE', message: sansMotif.body.error.message },
    ]);
  }

  const perime = await corriger(numero, claire, { version: 2, vers: 'recu', motif: MOTIF }).expect(409);
  expect(perime.body.error.message).toMatch(/modifié entre-temps/);

  await corriger(numero, paul, { version: 3, vers: 'recu', motif: MOTIF }).expect(404);
  // The form lists the guide's statuts to the agent who may correct, and to them only.
  const vueClaire = await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200);
  expect(vueClaire.body.data.corrections.map((c: { vers: string }) => c.vers)).toEqual([
    'recu',
    'en_instruction',
    'accepte',
    'refuse',
  ]);
  const vueLea = await api().get(`/instruction/dossiers/${numero}`).set(en(lea)).expect(200);
  expect(vueLea.body.data.corrections).toEqual([]);
  const sansDroit = await corriger(numero, lea, { version: 3, vers: 'recu', motif: MOTIF }).expect(403);
  expect(sansDroit.body.error).toMatchObject({ name: 'DROITS_INSUFFISANTS' });

  const identique = await corriger(numero, claire, { version: 3, vers: 'en_instruction', motif: MOTIF }).expect(422);
  expect(identique.body.error.name).toBe('CORRECTION_SANS_CHANGEMENT');
  await corriger(numero, claire, { version: 3, vers: 'inconnu', motif: MOTIF }).expect(422);
  await corriger(numero, claire, { version: 3, vers: 'recu', motif: MOTIF, statut: 'x' }).expect(400);
  await corriger(numero, claire, { version: 3, vers: 'recu', motif: 'x'.repeat(2001) }).expect(400);

  // Nothing was written by the refusals.
  expect(await compter(instance.strapi, 'instruction_historiques', { dossier_id: id })).toBe(historiques);
});
