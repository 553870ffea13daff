import request from 'supertest';
import { compter, creerUsager, SAISIE_VALIDE } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/**
 * Dossiers filed for a profil (association, famille, entreprise): the citizen chooses one of the profils they belong
 * to, and every citizen member of it sees and completes the dossier (DESIGN rule 1). Memberships come from the tiers
 * tables (an individu that is the citizen's account, member of the profil).
 */
let instance: Instance;
let jean: { id: number; jwt: string };
let paul: { id: number; jwt: string };
let marie: { id: number; jwt: string };
let asso: number;
const api = () => request(instance.http);
const en = (u: { jwt: string }) => ({ Authorization: `Bearer ${u.jwt}` });
const SLUG = 'aide-projets-associatifs';

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  await instance.strapi.plugin('instruction').service('demo').seed();
  jean = await creerUsager(instance.strapi, 'sub-jean-profils');
  paul = await creerUsager(instance.strapi, 'sub-paul-profils', 'Paul', 'Martin');
  marie = await creerUsager(instance.strapi, 'sub-marie-profils', 'Marie', 'Curie');
  const knex = instance.strapi.db.connection;
  const maintenant = new Date();
  let n = 0;
  const meta = () => ({
    document_id: `profils-usager-${String(++n).padStart(9, '0')}`,
    created_at: maintenant,
    updated_at: maintenant,
  });
  const inserer = async (table: string, valeurs: Record<string, unknown>) => {
    const [ligne] = await knex(table)
      .insert({ ...meta(), ...valeurs })
      .returning('id');
    return Number(typeof ligne === 'object' ? ligne.id : ligne);
  };
  asso = await inserer('usagers_profils', {
    type: 'association',
    nom: 'Les Amis du Festival',
    iban: 'FR7630006000011234567890189',
  });
  for (const u of [jean, paul]) {
    const individu = await inserer('usagers_individus', { type: 'adulte', nom: 'Membre', usager_id: u.id });
    await inserer('usagers_membres', { profil_id: asso, individu_id: individu, role: 'tresorier' });
  }
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

it('liste les profils de l’usager, sans coordonnées bancaires ; aucun pour un non-membre', async () => {
  const res = await api().get('/api/usagers/profils').set(en(jean)).expect(200);
  expect(res.body.data).toEqual([{ id: asso, type: 'association', nom: 'Les Amis du Festival' }]);
  expect(res.text).not.toContain('FR76');
  expect((await api().get('/api/usagers/profils').set(en(marie)).expect(200)).body.data).toEqual([]);
  expect([401, 403]).toContain((await api().get('/api/usagers/profils')).status);
});

it('dépose pour un profil : les autres membres le voient et le complètent, pas les autres usagers', async () => {
  const cree = await api()
    .post('/api/usagers/dossiers')
    .set(en(jean))
    .send({ dispositif: SLUG, profil: asso })
    .expect(201);
  const { numero } = cree.body.data;
  expect(cree.body.data.typeProfil).toBe('association');
  const ligne = await instance.strapi.db.connection('instruction_dossiers').where({ numero }).first();
  expect(Number(ligne.profil_id)).toBe(asso);

  const liste = await api().get('/api/usagers/dossiers').set(en(paul)).expect(200);
  const profil = { id: asso, type: 'association', nom: 'Les Amis du Festival' };
  expect(liste.body.data.find((d: { numero: string }) => d.numero === numero)).toMatchObject({ profil });
  expect(cree.body.data.profil).toEqual(profil);
  await api()
    .put(`/api/usagers/dossiers/${numero}`)
    .set(en(paul))
    .send({ version: 1, donnees: { ...SAISIE_VALIDE, intitule: 'Saisi par Paul' } })
    .expect(200);
  expect(
    (await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200)).body.data.donnees.intitule,
  ).toBe('Saisi par Paul');

  await api().get(`/api/usagers/dossiers/${numero}`).set(en(marie)).expect(404);
  // A dossier filed in one's own name says so.
  const perso = await api().post('/api/usagers/dossiers').set(en(jean)).send({ dispositif: SLUG }).expect(201);
  expect(perso.body.data).toMatchObject({ profil: null, typeProfil: 'particulier' });
  const autres = await api().get('/api/usagers/dossiers').set(en(marie)).expect(200);
  expect(autres.body.data.map((d: { numero: string }) => d.numero)).not.toContain(numero);
});

it('refuse un profil dont l’usager n’est pas membre (422 sur le champ, rien de créé)', async () => {
  const avant = await compter(instance.strapi, 'instruction_dossiers', {});
  const res = await api()
    .post('/api/usagers/dossiers')
    .set(en(marie))
    .send({ dispositif: SLUG, profil: asso })
    .expect(422);
  expect(res.body.error.details.erreurs).toEqual([
    {
      champ: 'profil',
      code: 'PROFIL_INCONNU',
      message: 'Vous ne faites pas partie de ce profil : choisissez-en un autre ou déposez en votre nom.',
    },
  ]);
  await api().post('/api/usagers/dossiers').set(en(marie)).send({ dispositif: SLUG, profil: 'asso' }).expect(400);
  expect(await compter(instance.strapi, 'instruction_dossiers', {})).toBe(avant);
});
