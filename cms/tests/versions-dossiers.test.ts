/**
 * Issue 3's end-to-end promise on versions: a model created and published through the admin API, a dossier filed on
 * version 1, version 2 published with a new required field — the first dossier is still validated, deposited and
 * shown with version 1 (citizen and agent), while a new dossier gets version 2 and its rules.
 */
import request from 'supertest';
import type { Champ } from '@guichet/formulaires';
import { GUIDE_DEMO } from '../../extensions/instruction/server/src/demo/dispositif-demo';
import { creerAgent, creerUsager } from './helpers/fabriques';
import { creerAdministrateur, en as enAdmin, modeleSimple, type Administrateur } from './helpers/formulaires';
import { demarrerStrapi, type Instance } from './helpers/strapi';

const SLUG = 'aide-velo';
let instance: Instance;
let admin: Administrateur;
let jean: Awaited<ReturnType<typeof creerUsager>>;
let agent: Awaited<ReturnType<typeof creerAgent>>;
let modeleId: number;
const api = () => request(instance.http);
const enUsager = (u: { jwt: string }) => ({ Authorization: `Bearer ${u.jwt}` });

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  await instance.strapi.plugin('instruction').service('demo').seed();
  admin = await creerAdministrateur(instance.strapi, 'admin@versions.test', 'super-admin');
  jean = await creerUsager(instance.strapi, 'jean-versions');

  const cree = await api()
    .post('/formulaires/modeles')
    .set(enAdmin(admin))
    .send({ code: 'aide_velo', titre: 'Aide au vélo', contenu: modeleSimple() })
    .expect(201);
  modeleId = cree.body.data.id;
  await api()
    .post(`/formulaires/modeles/${modeleId}/publier`)
    .set(enAdmin(admin))
    .send({ revision: cree.body.data.revision })
    .expect(201);

  const dispositif = await instance.strapi.documents('plugin::instruction.dispositif' as never).create({
    data: {
      slug: SLUG,
      titre: 'Aide au vélo',
      resume: 'Une aide pour acheter un vélo.',
      publie: true,
      modeleCode: 'aide_velo',
      guide: GUIDE_DEMO,
    } as never,
  });
  agent = await creerAgent(instance.strapi, 'agent@versions.test', [Number((dispositif as { id: number }).id)]);
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

/** Version 2: a required amount, placed in the citizen's view. */
async function publierVersion2() {
  const detail = (await api().get(`/formulaires/modeles/${modeleId}`).set(enAdmin(admin)).expect(200)).body.data;
  const revenus: Champ = { code: 'revenus', type: 'montant', libelle: 'Revenus du foyer', requis: true, min: 0 };
  const champs = await api()
    .put(`/formulaires/modeles/${modeleId}/champs`)
    .set(enAdmin(admin))
    .send({ revision: detail.revision, champs: [...detail.contenu.champs, revenus] })
    .expect(200);
  const disposition = structuredClone(champs.body.data.contenu.vues.usager);
  disposition.onglets[0].sections[0].lignes.push({ champs: ['revenus'] });
  const vue = await api()
    .put(`/formulaires/modeles/${modeleId}/vues/usager`)
    .set(enAdmin(admin))
    .send({ revision: champs.body.data.revision, disposition })
    .expect(200);
  const publie = await api()
    .post(`/formulaires/modeles/${modeleId}/publier`)
    .set(enAdmin(admin))
    .send({ revision: vue.body.data.revision })
    .expect(201);
  expect(publie.body.data.numero).toBe(2);
}

async function nouveauDossier() {
  const res = await api().post('/api/usagers/dossiers').set(enUsager(jean)).send({ dispositif: SLUG }).expect(201);
  return res.body.data as { numero: string; version: number; modeleVersion: number };
}

async function deposer(numero: string, version: number, donnees: Record<string, unknown>) {
  return api()
    .post(`/api/usagers/dossiers/${numero}/depot`)
    .set(enUsager(jean))
    .set('Idempotency-Key', `cle-${numero}-${version}`)
    .send({ version, donnees });
}

describe('versions de modèle et dossiers', () => {
  it('un dossier garde la version sur laquelle il a été créé, un nouveau prend la dernière', async () => {
    const premier = await nouveauDossier();
    expect(premier.modeleVersion).toBe(1);
    // A hidden field is not kept: « conjoint » is shown to married people only.
    const brouillon = await api()
      .put(`/api/usagers/dossiers/${premier.numero}`)
      .set(enUsager(jean))
      .send({ version: 1, donnees: { nom: 'Dupont', situation: 'celibataire', conjoint: 'Martin' } })
      .expect(200);
    expect(brouillon.body.data.donnees).toEqual({ nom: 'Dupont', situation: 'celibataire' });

    await publierVersion2();

    const relu = await api().get(`/api/usagers/dossiers/${premier.numero}`).set(enUsager(jean)).expect(200);
    expect(relu.body.data.modeleVersion).toBe(1);
    expect(relu.body.data.modele.champs.map((c: Champ) => c.code)).toEqual(['nom', 'situation', 'conjoint']);
    const depot = await deposer(premier.numero, 2, { nom: 'Dupont', situation: 'celibataire' });
    expect(depot.status).toBe(200);
    expect(depot.body.data.etat).toBe('depose');

    const second = await nouveauDossier();
    expect(second.modeleVersion).toBe(2);
    const refuse = await deposer(second.numero, 1, { nom: 'Durand', situation: 'celibataire' });
    expect(refuse.status).toBe(422);
    expect(refuse.body.error.details.erreurs).toEqual([expect.objectContaining({ champ: 'revenus', code: 'REQUIS' })]);

    const vuAgent = await api()
      .get(`/instruction/dossiers/${premier.numero}`)
      .set({ Authorization: `Bearer ${agent.jeton}` })
      .expect(200);
    expect(vuAgent.body.data.modeleVersion).toBe(1);
    expect(vuAgent.body.data.modele.champs.map((c: Champ) => c.code)).not.toContain('revenus');
  });

  it('un dispositif dont le modèle n’est pas publié refuse les nouveaux dossiers (409)', async () => {
    await api()
      .post('/formulaires/modeles')
      .set(enAdmin(admin))
      .send({ code: 'brouillon_seul', titre: 'Jamais publié', contenu: modeleSimple() })
      .expect(201);
    await instance.strapi.documents('plugin::instruction.dispositif' as never).create({
      data: {
        slug: 'pas-encore',
        titre: 'Pas encore',
        resume: 'Bientôt.',
        publie: true,
        modeleCode: 'brouillon_seul',
        guide: GUIDE_DEMO,
      } as never,
    });
    const res = await api().post('/api/usagers/dossiers').set(enUsager(jean)).send({ dispositif: 'pas-encore' });
    expect(res.status).toBe(409);
    expect(res.body.error.name).toBe('MODELE_NON_PUBLIE');
  });
});
