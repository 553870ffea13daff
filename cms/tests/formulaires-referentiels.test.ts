import request from 'supertest';
import type { Modele } from '@guichet/formulaires';
import { creerAdministrateur, en, lisible, type Administrateur } from './helpers/formulaires';
import { compterRequetes } from './helpers/requetes-sql';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let admin: Administrateur;
const api = () => request(instance.http);
const versions = () => instance.strapi.plugin('formulaires').service('versions');
const installation = () => instance.strapi.plugin('formulaires').service('installation');

const entree = (categorie: string, section: string, code: string, libelle: string, aide?: string) => ({
  categorie,
  section,
  champ: { code, type: 'texte', libelle, requis: false, ...(aide ? { aide } : {}) },
});

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  admin = await creerAdministrateur(instance.strapi, 'admin@formulaires.test', 'super-admin');
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

describe('référentiel des champs', () => {
  const ids: Record<string, number> = {};

  it('crée des entrées et les liste par catégorie, section puis code', async () => {
    for (const e of [
      entree('Identité', 'Le demandeur', 'prenom', 'Prénom'),
      entree('Identité', 'Le demandeur', 'nom_naissance', 'Nom de naissance'),
      entree('Identité', 'Coordonnées', 'courriel', 'Adresse électronique', 'Nous vous écrirons à cette adresse.'),
      entree('Entreprise', 'La structure', 'raison_sociale', 'Raison sociale'),
      entree('Scolarité', 'L’élève', 'classe_eleve', 'Classe de l’élève'),
      entree('Œuvres', 'Le projet', 'taux_100', 'Part de l’Œuvre financée à 100_%'),
    ]) {
      const res = await api().post('/formulaires/referentiel-champs').set(en(admin)).send(e).expect(201);
      expect(res.body.data).toEqual({ id: expect.any(Number), ...e });
      ids[e.champ.code] = res.body.data.id;
    }
    const liste = await api().get('/formulaires/referentiel-champs').set(en(admin)).expect(200);
    expect(liste.body.data.map((e: { champ: { code: string } }) => e.champ.code)).toEqual([
      'raison_sociale',
      'courriel',
      'nom_naissance',
      'prenom',
      'taux_100',
      'classe_eleve',
    ]);
  });

  it.each([
    ['prenom', ['prenom']],
    ['PRÉNOM', ['prenom']],
    ['élève', ['classe_eleve']],
    ['ELEVE', ['classe_eleve']],
    ['oeuvre', ['taux_100']],
    ['œuvre', ['taux_100']],
    ['Scolarité', []], // categories are a filter, not searched
    ['électronique', ['courriel']],
    ['écrirons', ['courriel']], // the aide
    ['nom_', ['nom_naissance']],
    ['_', ['raison_sociale', 'nom_naissance', 'taux_100', 'classe_eleve']],
    ['%', ['taux_100']],
    ['100_%', ['taux_100']],
    ['  ', ['raison_sociale', 'courriel', 'nom_naissance', 'prenom', 'taux_100', 'classe_eleve']],
  ])('cherche %j sans tenir compte de la casse ni des accents', async (q, attendus) => {
    const res = await api().get('/formulaires/referentiel-champs').query({ q }).set(en(admin)).expect(200);
    expect([q, res.body.data.map((e: { champ: { code: string } }) => e.champ.code)]).toEqual([q, attendus]);
  });

  it('filtre par catégorie, refuse les paramètres inconnus', async () => {
    const res = await api()
      .get('/formulaires/referentiel-champs')
      .query({ categorie: 'Identité', q: 'nom' })
      .set(en(admin))
      .expect(200);
    expect(res.body.data.map((e: { champ: { code: string } }) => e.champ.code)).toEqual(['nom_naissance', 'prenom']);
    await api().get('/formulaires/referentiel-champs?tri=code').set(en(admin)).expect(400);
    await api()
      .get(`/formulaires/referentiel-champs?q=${'x'.repeat(101)}`)
      .set(en(admin))
      .expect(400);
  });

  it('refuse un code déjà pris (409), un champ invalide (422), une clé inconnue (400)', async () => {
    const pris = await api()
      .post('/formulaires/referentiel-champs')
      .set(en(admin))
      .send(entree('Autre', 'Autre', 'prenom', 'Prénom usuel'));
    expect(pris.status).toBe(409);
    expect(lisible(pris.body.error.message)).toBe(
      'Le code « prenom » est déjà utilisé par une autre entrée du référentiel des champs.',
    );
    const invalide = await api()
      .post('/formulaires/referentiel-champs')
      .set(en(admin))
      .send({
        categorie: '',
        section: 'S',
        champ: {
          code: 'situation',
          type: 'liste',
          libelle: 'Situation',
          requis: true,
          options: [
            { valeur: 'a', libelle: 'A' },
            { valeur: 'a', libelle: 'A bis' },
          ],
        },
      })
      .expect(422);
    expect(invalide.body.error.details.problemes.map(lisible)).toEqual(['categorie : ne doit pas être vide']);
    const doublon = await api()
      .post('/formulaires/referentiel-champs')
      .set(en(admin))
      .send({
        categorie: 'C',
        section: 'S',
        champ: {
          code: 'situation',
          type: 'liste',
          libelle: 'Situation',
          requis: true,
          options: [
            { valeur: 'a', libelle: 'A' },
            { valeur: 'a', libelle: 'A bis' },
          ],
        },
      })
      .expect(422);
    expect(doublon.body.error.details.problemes.map(lisible)).toEqual([
      'La liste « situation » propose plusieurs fois la valeur « a ».',
    ]);
    await api()
      .post('/formulaires/referentiel-champs')
      .set(en(admin))
      .send({ ...entree('C', 'S', 'autre', 'Autre'), id: 3 })
      .expect(400);
  });

  it('modifie une entrée (la recherche suit), refuse de lui donner le code d’une autre, la supprime', async () => {
    const modifiee = await api()
      .put(`/formulaires/referentiel-champs/${ids.prenom}`)
      .set(en(admin))
      .send(entree('Identité', 'Le demandeur', 'prenom', 'Prénom usuel', 'Celui de tous les jours.'))
      .expect(200);
    expect(modifiee.body.data.champ.libelle).toBe('Prénom usuel');
    const trouvee = await api().get('/formulaires/referentiel-champs?q=usuel').set(en(admin)).expect(200);
    expect(trouvee.body.data.map((e: { id: number }) => e.id)).toEqual([ids.prenom]);
    await api()
      .put(`/formulaires/referentiel-champs/${ids.prenom}`)
      .set(en(admin))
      .send(entree('Identité', 'Le demandeur', 'courriel', 'Prénom'))
      .expect(409);
    await api()
      .put('/formulaires/referentiel-champs/999999')
      .set(en(admin))
      .send(entree('Identité', 'Le demandeur', 'inconnu', 'Inconnu'))
      .expect(404);
    await api().delete(`/formulaires/referentiel-champs/${ids.prenom}`).set(en(admin)).expect(204);
    await api().delete(`/formulaires/referentiel-champs/${ids.prenom}`).set(en(admin)).expect(404);
  });
});

describe('listes (référentiels) et versions vues par les autres plugins', () => {
  let listeId: number;
  const MODELE: Modele = {
    champs: [
      { code: 'commune', type: 'liste_referentiel', libelle: 'Commune', requis: true, referentiel: 'communes' },
      { code: 'quartier', type: 'texte', libelle: 'Quartier', requis: false },
    ],
    vues: {
      usager: {
        onglets: [
          {
            code: 'o',
            titre: 'Adresse',
            sections: [{ code: 's', titre: 'Adresse', lignes: [{ champs: ['commune', 'quartier'] }] }],
          },
        ],
      },
    },
  };

  it('crée, liste et modifie une liste ; refuse un code pris (409) et des options en double (422)', async () => {
    const cree = await api()
      .post('/formulaires/referentiels')
      .set(en(admin))
      .send({ code: 'communes', titre: 'Communes', options: [{ valeur: '80021', libelle: 'Amiens' }] })
      .expect(201);
    listeId = cree.body.data.id;
    expect(cree.body.data).toEqual({
      id: listeId,
      code: 'communes',
      titre: 'Communes',
      options: [{ valeur: '80021', libelle: 'Amiens' }],
    });
    await api()
      .post('/formulaires/referentiels')
      .set(en(admin))
      .send({ code: 'communes', titre: 'Encore', options: [] })
      .expect(409);
    const doublon = await api()
      .post('/formulaires/referentiels')
      .set(en(admin))
      .send({
        code: 'pays',
        titre: 'Pays',
        options: [
          { valeur: 'fr', libelle: 'France' },
          { valeur: 'fr', libelle: 'France bis' },
        ],
      })
      .expect(422);
    expect(doublon.body.error.details.problemes.map(lisible)).toEqual([
      'options : la valeur « fr » figure plusieurs fois',
    ]);
    await api()
      .put(`/formulaires/referentiels/${listeId}`)
      .set(en(admin))
      .send({ code: 'autre', titre: 'Communes', options: [] })
      .expect(400);
    const liste = await api().get('/formulaires/referentiels').set(en(admin)).expect(200);
    expect(liste.body.data.map((l: { code: string }) => l.code)).toEqual(['communes']);
  });

  it('installe et publie un modèle par code, de façon idempotente', async () => {
    const v1 = await installation().installerModele(
      { code: 'adresse', titre: 'Adresse', contenu: MODELE },
      { publier: true },
    );
    expect(v1).toMatchObject({ modeleCode: 'adresse', numero: 1, contenu: MODELE });
    const encore = await installation().installerModele(
      { code: 'adresse', titre: 'Adresse', contenu: MODELE },
      { publier: true },
    );
    expect(encore).toEqual(v1);
    const change = { ...MODELE, champs: [MODELE.champs[0]!, { ...MODELE.champs[1]!, requis: true }] } as Modele;
    const brouillon = await installation().installerModele(
      { code: 'adresse', titre: 'Adresse', contenu: change },
      { publier: false },
    );
    expect(brouillon).toEqual(v1);
    const v2 = await installation().installerModele(
      { code: 'adresse', titre: 'Adresse', contenu: change },
      { publier: true },
    );
    expect(v2).toMatchObject({ numero: 2, modeleId: v1.modeleId });
    await expect(
      installation().installerModele({ code: 'adresse', titre: 'Adresse', contenu: { champs: 1 } }, { publier: true }),
    ).rejects.toMatchObject({ status: 422, code: 'MODELE_INVALIDE' });

    await installation().installerReferentiel({
      code: 'pays',
      titre: 'Pays',
      options: [{ valeur: 'fr', libelle: 'France' }],
    });
    await installation().installerReferentiel({
      code: 'pays',
      titre: 'Pays',
      options: [{ valeur: 'fr', libelle: 'France' }],
    });
    await installation().installerEntree(entree('Adresse', 'Adresse', 'quartier', 'Quartier'));
    await installation().installerEntree(entree('Adresse', 'Adresse', 'quartier', 'Quartier ou lieu-dit'));
    const entrees = await api().get('/formulaires/referentiel-champs?categorie=Adresse').set(en(admin)).expect(200);
    expect(entrees.body.data.map((e: { champ: { libelle: string } }) => e.champ.libelle)).toEqual([
      'Quartier ou lieu-dit',
    ]);
    const listes = await api().get('/formulaires/referentiels').set(en(admin)).expect(200);
    expect(listes.body.data.map((l: { code: string }) => l.code)).toEqual(['communes', 'pays']);
  });

  it('versionCourante et version(id) : la version publiée, mise en cache, 404 si inconnue', async () => {
    const courante = await versions().versionCourante('adresse');
    expect(courante).toMatchObject({ modeleCode: 'adresse', numero: 2 });
    expect(await versions().versionCourante('inconnu')).toBeNull();
    expect(await versions().versionCourante('invalide')).toBeNull();

    const premiere = await versions().version(courante.id - 1);
    expect(premiere).toMatchObject({ numero: 1, contenu: MODELE });
    expect(await compterRequetes(instance.strapi, () => versions().version(courante.id - 1))).toBe(0);
    expect(Object.isFrozen(premiere.contenu.champs[0])).toBe(true);
    await expect(versions().version(999999)).rejects.toMatchObject({ status: 404, code: 'VERSION_INTROUVABLE' });
    await expect(versions().version(Number.NaN)).rejects.toMatchObject({ status: 404 });
  });

  it('une liste modifiée vaut aussitôt pour chaque modèle qui l’utilise (optionsReferentiels)', async () => {
    const version = await versions().versionCourante('adresse');
    expect(await versions().optionsReferentiels(version.contenu)).toEqual({
      communes: [{ valeur: '80021', libelle: 'Amiens' }],
    });
    const options = [
      { valeur: '80021', libelle: 'Amiens' },
      { valeur: '80001', libelle: 'Abbeville' },
    ];
    const modifiee = await api()
      .put(`/formulaires/referentiels/${listeId}`)
      .set(en(admin))
      .send({ titre: 'Communes de la Somme', options })
      .expect(200);
    expect(modifiee.body.data).toEqual({ id: listeId, code: 'communes', titre: 'Communes de la Somme', options });
    expect(await versions().optionsReferentiels(version.contenu)).toEqual({ communes: options });
    const sansListe: Modele = {
      champs: [{ code: 'x', type: 'liste_referentiel', libelle: 'X', requis: false, referentiel: 'absente' }],
      vues: { usager: { onglets: [] } },
    };
    expect(await versions().optionsReferentiels(sansListe)).toEqual({ absente: [] });
    await api().put('/formulaires/referentiels/999999').set(en(admin)).send({ titre: 'X', options: [] }).expect(404);
  });
});

describe('listes servies en SQL', () => {
  it('le nombre de requêtes ne dépend pas du nombre de lignes listées', async () => {
    const chemins = ['/formulaires/modeles', '/formulaires/referentiel-champs', '/formulaires/referentiels'];
    const mesurer = async () => {
      const comptes: number[] = [];
      for (const chemin of chemins) {
        comptes.push(await compterRequetes(instance.strapi, () => api().get(chemin).set(en(admin)).expect(200)));
      }
      return comptes;
    };
    const avant = await mesurer();
    for (let i = 0; i < 15; i++) {
      await installation().installerEntree(entree('Volume', 'Volume', `volume_${i}`, `Volume ${i}`));
      await installation().installerReferentiel({ code: `liste_${i}`, titre: `Liste ${i}`, options: [] });
      await installation().installerModele(
        { code: `modele_${i}`, titre: `Modèle ${i}`, contenu: { champs: [], vues: { usager: { onglets: [] } } } },
        { publier: false },
      );
    }
    expect(await mesurer()).toEqual(avant);
  });
});
