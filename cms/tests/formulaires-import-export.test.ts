import fs from 'fs';
import path from 'path';
import request from 'supertest';
import type { Modele } from '@guichet/formulaires';
import { compterTables, creerAdministrateur, en, lisible, type Administrateur } from './helpers/formulaires';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let admin: Administrateur;
let modeleId: number;
let premierExport: string;
const api = () => request(instance.http);

const ENTREE_SIRET = {
  categorie: 'Entreprise',
  section: 'La structure',
  champ: { code: 'siret_structure', type: 'siret', libelle: 'SIRET de la structure', requis: true },
};
const LISTE_COMMUNES = {
  code: 'communes',
  titre: 'Communes du département',
  options: [
    { valeur: '80021', libelle: 'Amiens' },
    { valeur: '80001', libelle: 'Abbeville' },
  ],
};
const MODELE: Modele = {
  champs: [
    { code: 'nom', type: 'texte', libelle: 'Nom de l’association', requis: true },
    { code: 'commune', type: 'liste_referentiel', libelle: 'Commune', requis: true, referentiel: 'communes' },
    { ...(ENTREE_SIRET.champ as Modele['champs'][number]), origine: 'siret_structure' },
  ],
  vues: {
    usager: {
      onglets: [
        {
          code: 'structure',
          titre: 'La structure',
          sections: [
            {
              code: 'identite',
              titre: 'Identité',
              lignes: [{ champs: ['nom'] }, { champs: ['commune', 'siret_structure'] }],
            },
          ],
        },
      ],
    },
  },
};

function exporter(id: number, requete = '') {
  return api().get(`/formulaires/modeles/${id}/export${requete}`).set(en(admin)).buffer(true).parse(texteBrut);
}
// supertest parses JSON bodies; exports are compared byte for byte, so keep the text.
function texteBrut(res: request.Response, fin: (erreur: Error | null, corps: string) => void) {
  let corps = '';
  res.setEncoding('utf8');
  res.on('data', (morceau: string) => (corps += morceau));
  res.on('end', () => fin(null, corps));
}

/** A document whose writes would all succeed except the last one, to prove that nothing stays half-written. */
async function piegerInsertionModele(code: string) {
  const knex = instance.strapi.db.connection;
  if (String(knex.client.config.client).startsWith('p')) {
    await knex.raw(`CREATE OR REPLACE FUNCTION test_piege() RETURNS trigger AS $$
      BEGIN IF NEW.code = '${code}' THEN RAISE EXCEPTION 'piège'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql`);
    await knex.raw(
      `CREATE TRIGGER test_piege BEFORE INSERT ON formulaires_modeles FOR EACH ROW EXECUTE FUNCTION test_piege()`,
    );
  } else {
    await knex.raw(`CREATE TRIGGER test_piege BEFORE INSERT ON formulaires_modeles WHEN NEW.code = '${code}'
      BEGIN SELECT RAISE(ABORT, 'piège'); END`);
  }
}

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  admin = await creerAdministrateur(instance.strapi, 'admin@formulaires.test', 'super-admin');
  await api().post('/formulaires/referentiels').set(en(admin)).send(LISTE_COMMUNES).expect(201);
  await api().post('/formulaires/referentiel-champs').set(en(admin)).send(ENTREE_SIRET).expect(201);
  const cree = await api()
    .post('/formulaires/modeles')
    .set(en(admin))
    .send({ code: 'subvention', titre: 'Subvention aux associations', contenu: MODELE })
    .expect(201);
  modeleId = cree.body.data.id;
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

describe('export', () => {
  it('télécharge le document canonique, avec les entrées et les listes utilisées', async () => {
    const res = await exporter(modeleId).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['content-disposition']).toBe('attachment; filename="modele-subvention.json"');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    premierExport = res.body as string;
    expect(premierExport.endsWith('}\n')).toBe(true);
    const document = JSON.parse(premierExport);
    expect(document).toEqual({
      format: 'guichet.modele',
      versionFormat: 1,
      modele: { code: 'subvention', titre: 'Subvention aux associations', contenu: MODELE },
      referentielChamps: [ENTREE_SIRET],
      referentiels: [LISTE_COMMUNES],
    });
  });

  it('exporte une version publiée avec ?version=', async () => {
    await api().post(`/formulaires/modeles/${modeleId}/publier`).set(en(admin)).send({ revision: 1 }).expect(201);
    const res = await exporter(modeleId, '?version=1').expect(200);
    expect(res.body).toBe(premierExport);
    await exporter(modeleId, '?version=2').expect(404);
    await exporter(modeleId, '?format=xml').expect(400);
  });

  it('publie le schéma JSON du document, le même que docs/schemas', async () => {
    const res = await api().get('/formulaires/schema').set(en(admin)).expect(200);
    const publie = path.resolve(__dirname, '..', '..', 'docs', 'schemas', 'modele-export.schema.json');
    expect(res.body).toEqual(JSON.parse(fs.readFileSync(publie, 'utf8')));
  });
});

describe('import', () => {
  it('réimporter le même document ne change rien, et l’export reste identique à l’octet près', async () => {
    const avant = await compterTables(instance.strapi);
    const res = await api()
      .post('/formulaires/import')
      .set(en(admin))
      .send({ document: JSON.parse(premierExport) })
      .expect(201);
    expect(res.body.meta).toEqual({
      modele: 'inchange',
      referentiels: { communes: 'inchange' },
      referentielChamps: { siret_structure: 'inchange' },
    });
    expect(res.body.data).toMatchObject({ id: modeleId, code: 'subvention', revision: 1 });
    expect(await compterTables(instance.strapi)).toEqual(avant);
    expect((await exporter(modeleId).expect(200)).body).toBe(premierExport);
  });

  it('importé sous un autre code, crée un modèle dont l’export ne diffère que par le code', async () => {
    const document = JSON.parse(premierExport);
    document.modele.code = 'subvention_copie';
    const res = await api().post('/formulaires/import').set(en(admin)).send({ document }).expect(201);
    expect(res.body.meta.modele).toBe('cree');
    expect(res.body.data).toMatchObject({
      code: 'subvention_copie',
      revision: 1,
      versionPubliee: null,
      contenu: MODELE,
    });
    const copie = await exporter(res.body.data.id).expect(200);
    expect(copie.headers['content-disposition']).toBe('attachment; filename="modele-subvention_copie.json"');
    expect(copie.body).toBe(premierExport.replace('"code": "subvention"', '"code": "subvention_copie"'));
  });

  it('met à jour le brouillon du modèle de même code (révision + 1) et les listes modifiées, et le dit', async () => {
    const document = JSON.parse(premierExport);
    document.modele.contenu.champs[0].libelle = 'Nom de la structure';
    document.referentiels[0].options.push({ valeur: '80630', libelle: 'Saint-Quentin-en-Tourmont' });
    const res = await api().post('/formulaires/import').set(en(admin)).send({ document }).expect(201);
    expect(res.body.meta).toEqual({
      modele: 'modifie',
      referentiels: { communes: 'modifie' },
      referentielChamps: { siret_structure: 'inchange' },
    });
    expect(res.body.data).toMatchObject({ id: modeleId, revision: 2, versionPubliee: 1, modifie: true });
    const listes = await api().get('/formulaires/referentiels').set(en(admin)).expect(200);
    expect(listes.body.data[0].options).toHaveLength(3);
  });

  it('refuse un document invalide (422) et n’écrit rien, même ce qui était valide', async () => {
    const avant = await compterTables(instance.strapi);
    const document = JSON.parse(premierExport);
    document.modele.code = 'nouveau_modele';
    document.referentiels.push({ code: 'nouvelle_liste', titre: 'Nouvelle', options: [] });
    document.modele.contenu.champs.push({
      code: 'departement',
      type: 'liste_referentiel',
      libelle: 'Département',
      requis: false,
      referentiel: 'departements',
    });
    const res = await api().post('/formulaires/import').set(en(admin)).send({ document }).expect(422);
    expect(res.body.error.details.code).toBe('IMPORT_INVALIDE');
    expect(res.body.error.details.problemes.map(lisible)).toEqual([
      'Le modèle utilise la liste « departements », absente du fichier : exportez-le à nouveau avec ses listes.',
    ]);
    expect(await compterTables(instance.strapi)).toEqual(avant);

    const pasUnExport = await api()
      .post('/formulaires/import')
      .set(en(admin))
      .send({ document: { format: 'autre' } });
    expect(pasUnExport.status).toBe(422);
    expect(pasUnExport.body.error.details.problemes.length).toBeGreaterThan(0);
    await api().post('/formulaires/import').set(en(admin)).send({}).expect(400);
    await api()
      .post('/formulaires/import')
      .set(en(admin))
      .send({ document: JSON.parse(premierExport), en_plus: 1 })
      .expect(400);
    expect(await compterTables(instance.strapi)).toEqual(avant);
  });

  it('une écriture qui échoue en cours d’import annule tout le reste (une seule transaction)', async () => {
    await piegerInsertionModele('piege');
    const avant = await compterTables(instance.strapi);
    const document = JSON.parse(premierExport);
    document.modele.code = 'piege';
    document.referentiels[0].options = [{ valeur: 'x', libelle: 'Liste modifiée puis annulée' }];
    document.referentielChamps.push({
      categorie: 'Identité',
      section: 'Le demandeur',
      champ: { code: 'prenom', type: 'texte', libelle: 'Prénom', requis: true },
    });
    document.modele.contenu.champs[0].origine = 'prenom';
    await api().post('/formulaires/import').set(en(admin)).send({ document }).expect(500);
    expect(await compterTables(instance.strapi)).toEqual(avant);
    const listes = await api().get('/formulaires/referentiels').set(en(admin)).expect(200);
    expect(listes.body.data[0].options).toHaveLength(3);
  });
});

describe('export impossible', () => {
  it('refuse (422) d’exporter un modèle dont une entrée d’origine a disparu du référentiel', async () => {
    const entrees = await api().get('/formulaires/referentiel-champs?q=siret').set(en(admin)).expect(200);
    await api().delete(`/formulaires/referentiel-champs/${entrees.body.data[0].id}`).set(en(admin)).expect(204);
    const res = await api().get(`/formulaires/modeles/${modeleId}/export`).set(en(admin)).expect(422);
    expect(res.body.error.details.problemes.map(lisible)).toEqual([
      'Le champ « siret_structure » provient de l’entrée « siret_structure » du référentiel des champs, qui n’existe plus.',
    ]);
  });
});
