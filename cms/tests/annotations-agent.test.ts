/**
 * An agent corrects a dossier's answers through the agent view: validated with the dossier's model version,
 * compare-and-set on the version, journaled (field codes only), out of scope → 404.
 */
import request from 'supertest';
import { creerAgent, creerUsager, SAISIE_VALIDE } from './helpers/fabriques';
import { deposerDossier } from './helpers/depot';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let claire: Awaited<ReturnType<typeof creerAgent>>;
let paul: Awaited<ReturnType<typeof creerAgent>>;
let numero: string;
const api = () => request(instance.http);
const en = (a: { jeton: string }) => ({ Authorization: `Bearer ${a.jeton}` });

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  claire = await creerAgent(instance.strapi, 'claire@annotations.test', [dispositifId]);
  paul = await creerAgent(instance.strapi, 'paul@annotations.test', []);
  numero = await deposerDossier(instance.strapi, await creerUsager(instance.strapi, 'jean-annotations'));
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

describe('corrections par l’agent', () => {
  it('corrige un champ, garde les autres, journalise les codes modifiés', async () => {
    const avant = (await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200)).body.data;
    const res = await api()
      .put(`/instruction/dossiers/${numero}/donnees`)
      .set(en(claire))
      .send({ version: avant.version, donnees: { intitule: 'Festival corrigé', description: 'Ajout de l’agent' } })
      .expect(200);
    expect(res.body.data.donnees).toEqual({
      ...SAISIE_VALIDE,
      intitule: 'Festival corrigé',
      description: 'Ajout de l’agent',
    });
    expect(res.body.data.version).toBe(avant.version + 1);
    expect(res.body.data.journal).toMatchObject({ integre: true, entrees: avant.journal.entrees + 1 });
    const [entree] = await instance.strapi.db
      .connection('instruction_journal')
      .where({ action: 'dossier.donnees_modifiees' })
      .select('details');
    expect(JSON.stringify(entree)).toContain('description,intitule');
    expect(JSON.stringify(entree)).not.toContain('corrigé');
  });

  it('refuse une version périmée (409), une valeur invalide (422) et un agent hors périmètre (404)', async () => {
    const actuel = (await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200)).body.data;
    const perime = await api()
      .put(`/instruction/dossiers/${numero}/donnees`)
      .set(en(claire))
      .send({ version: actuel.version - 1, donnees: { intitule: 'Trop tard' } });
    expect(perime.status).toBe(409);
    const invalide = await api()
      .put(`/instruction/dossiers/${numero}/donnees`)
      .set(en(claire))
      .send({ version: actuel.version, donnees: { montant_demande: 20000, statut: 'accepte' } });
    expect(invalide.status).toBe(422);
    expect(invalide.body.error.details.erreurs.map((e: { champ: string; code: string }) => [e.champ, e.code])).toEqual([
      ['montant_demande', 'HORS_BORNES'],
      ['statut', 'CHAMP_INCONNU'],
    ]);
    await api()
      .put(`/instruction/dossiers/${numero}/donnees`)
      .set(en(paul))
      .send({ version: actuel.version, donnees: { intitule: 'Intrus' } })
      .expect(404);
    const relu = (await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200)).body.data;
    expect(relu.version).toBe(actuel.version);
    expect(relu.donnees.intitule).toBe('Festival corrigé');
  });
});
