import request from 'supertest';
import type { Modele } from '@guichet/formulaires';
import { GUIDE_DEMO } from '../../extensions/instruction/server/src/demo/dispositif-demo';
import { attendre } from './helpers/attendre';
import { creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';
import { demarrerStubApiParticulier } from './helpers/stub-api-particulier';

const SLUG = 'tarif-cantine';
const JETON_PARTICULIER = 'jeton-api-particulier-de-test-0123456789';
const JETON_R2P = 'jeton-api-r2p-de-test-0123456789';

/** A model with both connector types in the citizen's view, and one connector the agent only sees. */
const MODELE: Modele = {
  champs: [
    { code: 'intitule', type: 'texte', libelle: 'Nom de l’enfant', requis: false, longueurMax: 100 },
    { code: 'qf', type: 'api_particulier', libelle: 'Quotient familial', requis: false, service: 'quotient_familial' },
    { code: 'identite', type: 'api_r2p', libelle: 'État civil et adresse', requis: false },
    {
      code: 'etudiant',
      type: 'api_particulier',
      libelle: 'Statut étudiant',
      requis: false,
      service: 'statut_etudiant',
    },
  ],
  vues: {
    usager: {
      onglets: [
        {
          code: 'foyer',
          titre: 'Votre foyer',
          sections: [
            {
              code: 'famille',
              titre: 'Famille',
              lignes: [{ champs: ['intitule'] }, { champs: ['qf'] }, { champs: ['identite'] }],
            },
          ],
        },
      ],
    },
    agent: {
      onglets: [
        {
          code: 'instruction',
          titre: 'Instruction',
          sections: [
            { code: 'controle', titre: 'Contrôle', lignes: [{ champs: ['intitule', 'qf'] }, { champs: ['etudiant'] }] },
          ],
        },
      ],
    },
  },
};

let instance: Instance;
let stub: Awaited<ReturnType<typeof demarrerStubApiParticulier>>;
let jean: { id: number; jwt: string };
let marie: { id: number; jwt: string };
const api = () => request(instance.http);
const en = (u: { jwt: string }) => ({ Authorization: `Bearer ${u.jwt}` });
const remplir = (numero: string, champ: string, u = jean) =>
  api().post(`/api/usagers/dossiers/${numero}/connecteurs/${champ}`).set(en(u));

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  stub = await demarrerStubApiParticulier();
  process.env.API_PARTICULIER_URL = stub.url;
  process.env.API_PARTICULIER_JETON = JETON_PARTICULIER;
  process.env.API_R2P_URL = stub.url;
  process.env.API_R2P_JETON = JETON_R2P;
  instance = await demarrerStrapi({ redis: false });
  const strapi = instance.strapi;
  await strapi
    .plugin('formulaires')
    .service('installation')
    .installerModele({ code: 'tarif_cantine', titre: 'Tarif de la cantine', contenu: MODELE }, { publier: true });
  await strapi.documents('plugin::instruction.dispositif' as never).create({
    data: {
      slug: SLUG,
      titre: 'Tarif de la cantine',
      resume: 'Un tarif selon le quotient familial.',
      modeleCode: 'tarif_cantine',
      guide: GUIDE_DEMO,
      publie: true,
    } as never,
  });
  jean = await creerUsager(strapi, 'sub-jean-connecteurs', 'Jean', 'Dupont');
  marie = await creerUsager(strapi, 'sub-marie-connecteurs', 'Marie', 'Curie');
});
afterAll(async () => {
  await instance?.arreter();
  await stub?.fermer();
  for (const v of ['JOBS_DISABLED', 'API_PARTICULIER_URL', 'API_PARTICULIER_JETON', 'API_R2P_URL', 'API_R2P_JETON'])
    delete process.env[v];
});
beforeEach(() => {
  stub.repondre('normal');
  stub.vider();
});

async function nouveauBrouillon(u = jean) {
  const res = await api().post('/api/usagers/dossiers').set(en(u)).send({ dispositif: SLUG }).expect(201);
  return res.body.data as { numero: string; version: number; donnees: Record<string, unknown> };
}

/** Everything the instance logged while `action` ran, as one string. */
async function journauxPendant(action: () => Promise<unknown>): Promise<string> {
  const log = instance.strapi.log as unknown as Record<string, (...args: unknown[]) => unknown>;
  const lignes: unknown[] = [];
  const originaux = Object.fromEntries(['error', 'warn', 'info', 'debug'].map((n) => [n, log[n]]));
  for (const niveau of Object.keys(originaux)) {
    log[niveau] = (...args: unknown[]) => {
      lignes.push(...args);
      return originaux[niveau]!.apply(instance.strapi.log, args);
    };
  }
  try {
    await action();
  } finally {
    Object.assign(log, originaux);
  }
  return JSON.stringify(lignes);
}

describe('connecteurs API Particulier et API R2P', () => {
  it('remplit le quotient familial avec les seules données retenues, jeton dans X-Api-Key', async () => {
    const { numero } = await nouveauBrouillon();
    const res = await remplir(numero, 'qf').send({ version: 1 }).expect(200);

    expect(res.body.data.version).toBe(2);
    expect(res.body.data.donnees.qf).toEqual({
      quotientFamilial: 650,
      annee: 2026,
      mois: 4,
      regime: 'CNAF',
      nombreAllocataires: 1,
      nombreEnfants: 2,
    });
    // Nothing of the household's names or address is kept.
    expect(JSON.stringify(res.body.data.donnees)).not.toMatch(/BOULEVARD|LÉA|HUGO|DUPONT/);

    expect(stub.requetes).toHaveLength(1);
    const [requete] = stub.requetes;
    expect(requete).toMatchObject({ methode: 'GET', chemin: '/api/v2/composition-familiale-v2' });
    expect(requete!.entetes['x-api-key']).toBe(JETON_PARTICULIER);
    expect(requete!.entetes.authorization).toBeUndefined();
    expect(requete!.parametres.get('nomNaissance')).toBe('Dupont');
    expect(requete!.parametres.getAll('prenoms[]')).toEqual(['Jean']);

    // The detail reads it back, for the citizen.
    const detail = await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200);
    expect(detail.body.data.donnees.qf.quotientFamilial).toBe(650);
  });

  it('remplit un champ API R2P avec un jeton Bearer, sans l’identifiant fiscal', async () => {
    const { numero } = await nouveauBrouillon();
    const res = await remplir(numero, 'identite').send({ version: 1 }).expect(200);
    expect(res.body.data.donnees.identite).toEqual({
      nomNaissance: 'DUPONT',
      nomUsage: null,
      prenoms: 'JEAN',
      dateNaissance: '1980-06-27',
      lieuNaissance: 'AMIENS',
      adresse: '8 Boulevard du Port 80000 Amiens',
      codePostal: '80000',
      commune: 'Amiens',
    });
    expect(JSON.stringify(res.body.data.donnees)).not.toContain('1234567890123');
    expect(stub.requetes.map((r) => r.chemin)).toEqual(['/r2p/v1/personnes']);
    expect(stub.requetes[0]!.entetes.authorization).toBe(`Bearer ${JETON_R2P}`);
    expect(stub.requetes[0]!.entetes['x-api-key']).toBeUndefined();
  });

  it('un autre usager reçoit 404 et le fournisseur n’est pas appelé', async () => {
    const { numero } = await nouveauBrouillon();
    const res = await remplir(numero, 'qf', marie).send({ version: 1 }).expect(404);
    expect(res.body.error.name).toBe('INTROUVABLE');
    const anonyme = await api().post(`/api/usagers/dossiers/${numero}/connecteurs/qf`).send({ version: 1 });
    expect([401, 403]).toContain(anonyme.status);
    expect(stub.requetes).toHaveLength(0);
    const intact = (await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200)).body.data;
    expect(intact.version).toBe(1);
    expect(intact.donnees).not.toHaveProperty('qf');
  });

  it('version périmée → 409 sans appel ; corps inattendu → 400', async () => {
    const { numero } = await nouveauBrouillon();
    await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: { intitule: 'Léa' } })
      .expect(200);
    const perime = await remplir(numero, 'qf').send({ version: 1 }).expect(409);
    expect(perime.body.error.name).toBe('VERSION_PERIMEE');
    await remplir(numero, 'qf')
      .send({ version: 2, donnees: { qf: { quotientFamilial: 1 } } })
      .expect(400);
    await remplir(numero, 'qf').send({}).expect(400);
    expect(stub.requetes).toHaveLength(0);
  });

  it('un enregistrement pendant l’appel au fournisseur l’emporte : 409 par compare-and-set, rien d’écrasé', async () => {
    const { numero } = await nouveauBrouillon();
    stub.repondre('lent');
    const appel = remplir(numero, 'qf')
      .send({ version: 1 })
      .then((r) => r);
    await attendre(async () => stub.requetes.length === 1, 'appel au fournisseur', 5_000);
    await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: { intitule: 'Léa' } })
      .expect(200);
    const res = await appel;
    expect(res.status).toBe(409);
    expect(res.body.error.name).toBe('VERSION_PERIMEE');
    const apres = (await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200)).body.data;
    expect(apres).toMatchObject({ version: 2, donnees: { intitule: 'Léa' } });
    expect(apres.donnees).not.toHaveProperty('qf');
  });

  it('fournisseur en panne → 502 en français, données inchangées, ni jeton ni identité dans les journaux', async () => {
    const { numero } = await nouveauBrouillon();
    await remplir(numero, 'qf').send({ version: 1 }).expect(200);
    const avant = (await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200)).body.data;

    stub.repondre('panne');
    let res!: request.Response;
    const journaux = await journauxPendant(async () => {
      res = await remplir(numero, 'qf').send({ version: 2 });
    });
    expect(res.status).toBe(502);
    expect(res.body.error.name).toBe('CONNECTEUR_INDISPONIBLE');
    expect(res.body.error.message).toMatch(/^Le service .* ne répond pas\. Réessayez plus tard ou saisissez /);
    expect(journaux).toContain('503');
    for (const secret of [JETON_PARTICULIER, 'Dupont', 'network_error']) expect(journaux).not.toContain(secret);

    const apres = (await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200)).body.data;
    expect(apres.version).toBe(avant.version);
    expect(apres.donnees).toEqual(avant.donnees);
  });

  it('fournisseur muet → 502 après le délai de 5 s', async () => {
    const { numero } = await nouveauBrouillon();
    stub.repondre('muet');
    const debut = Date.now();
    const res = await remplir(numero, 'qf').send({ version: 1 }).expect(502);
    const duree = Date.now() - debut;
    expect(res.body.error.name).toBe('CONNECTEUR_INDISPONIBLE');
    expect(duree).toBeGreaterThanOrEqual(4_500);
    expect(duree).toBeLessThan(15_000);
    const apres = (await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200)).body.data;
    expect(apres.version).toBe(1);
    expect(apres.donnees).not.toHaveProperty('qf');
  }, 30_000);

  it('personne inconnue du fournisseur (404) → 422 « Aucune information trouvée »', async () => {
    const { numero } = await nouveauBrouillon();
    stub.repondre('introuvable');
    const res = await remplir(numero, 'qf').send({ version: 1 }).expect(422);
    expect(res.body.error.name).toBe('AUCUNE_INFORMATION');
    expect(res.body.error.message).toMatch(/^Aucune information trouvée /);
    expect(res.body.error.details.erreurs).toEqual([expect.objectContaining({ champ: 'qf' })]);
  });

  it('champ inconnu, non connecteur ou hors de la vue usager → 422 CHAMP_INCONNU', async () => {
    const { numero } = await nouveauBrouillon();
    for (const champ of ['inexistant', 'intitule', 'etudiant', 'Qf', '__proto__']) {
      const res = await remplir(numero, champ).send({ version: 1 }).expect(422);
      expect(res.body.error.name).toBe('CHAMP_INCONNU');
      expect(res.body.error.details.erreurs).toHaveLength(1);
      expect(res.body.error.details.erreurs[0]).toMatchObject({ code: 'CHAMP_INCONNU' });
    }
    expect(stub.requetes).toHaveLength(0);
  });

  it('l’enregistrement du brouillon par le portail garde les données du connecteur, même falsifiées en entrée', async () => {
    const { numero } = await nouveauBrouillon();
    const rempli = (await remplir(numero, 'qf').send({ version: 1 }).expect(200)).body.data;

    const sans = await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .send({ version: 2, donnees: { intitule: 'Léa' } })
      .expect(200);
    expect(sans.body.data.donnees).toEqual({ intitule: 'Léa', qf: rempli.donnees.qf });

    // A value posted for a connector field is ignored: only the server fills it.
    const falsifie = await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .send({ version: 3, donnees: { intitule: 'Léa', qf: { quotientFamilial: 1 } } })
      .expect(200);
    expect(falsifie.body.data.donnees.qf).toEqual(rempli.donnees.qf);
    const detail = await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200);
    expect(detail.body.data.donnees.qf).toEqual(rempli.donnees.qf);
  });

  it('dossier déposé → 409, sans appel', async () => {
    const { numero } = await nouveauBrouillon();
    await api()
      .post(`/api/usagers/dossiers/${numero}/depot`)
      .set(en(jean))
      .set('Idempotency-Key', `connecteurs-${Date.now()}-depot`)
      .send({ version: 1, donnees: { intitule: 'Léa' } })
      .expect(200);
    stub.vider();
    const res = await remplir(numero, 'qf').send({ version: 2 }).expect(409);
    expect(res.body.error.name).toBe('DEJA_DEPOSE');
    expect(stub.requetes).toHaveLength(0);
  });
});
