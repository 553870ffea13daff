import request from 'supertest';
import {
  creerAdministrateur,
  en,
  lisible,
  modeleDeNChamps,
  modeleSimple,
  texte,
  type Administrateur,
} from './helpers/formulaires';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let admin: Administrateur;
let configurateur: Administrateur;
let sansDroit: Administrateur;
const api = () => request(instance.http);

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  admin = await creerAdministrateur(instance.strapi, 'admin@formulaires.test', 'super-admin');
  configurateur = await creerAdministrateur(instance.strapi, 'config@formulaires.test', 'configurateur');
  sansDroit = await creerAdministrateur(instance.strapi, 'lecteur@formulaires.test', 'sans-droit');
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

async function creer(code: string, contenu = modeleSimple()) {
  const res = await api()
    .post('/formulaires/modeles')
    .set(en(admin))
    .send({ code, titre: `Modèle ${code}`, contenu })
    .expect(201);
  return res.body.data as { id: number; revision: number; contenu: typeof contenu };
}

describe('droits', () => {
  it('exige l’action « Configurer les formulaires » sur chaque route', async () => {
    await api().get('/formulaires/modeles').expect(401);
    for (const [methode, chemin] of [
      ['get', '/formulaires/modeles'],
      ['post', '/formulaires/modeles'],
      ['get', '/formulaires/modeles/1'],
      ['put', '/formulaires/modeles/1'],
      ['put', '/formulaires/modeles/1/champs'],
      ['put', '/formulaires/modeles/1/vues/agent'],
      ['post', '/formulaires/modeles/1/publier'],
      ['get', '/formulaires/modeles/1/versions/1'],
      ['get', '/formulaires/modeles/1/difference?de=1'],
      ['get', '/formulaires/modeles/1/export'],
      ['post', '/formulaires/import'],
      ['get', '/formulaires/schema'],
      ['get', '/formulaires/referentiel-champs'],
      ['post', '/formulaires/referentiel-champs'],
      ['put', '/formulaires/referentiel-champs/1'],
      ['delete', '/formulaires/referentiel-champs/1'],
      ['get', '/formulaires/referentiels'],
      ['post', '/formulaires/referentiels'],
      ['put', '/formulaires/referentiels/1'],
    ] as const) {
      const res = await api()[methode](chemin).set(en(sansDroit)).send({});
      expect([chemin, res.status]).toEqual([chemin, 403]);
    }
  });

  it('un administrateur qui a seulement cette action peut travailler ; le super administrateur l’a d’office', async () => {
    await api().get('/formulaires/modeles').set(en(configurateur)).expect(200);
    await api().get('/formulaires/modeles').set(en(admin)).expect(200);
  });
});

describe('création et brouillon', () => {
  it('crée un modèle vide, le liste et le détaille', async () => {
    const cree = await api()
      .post('/formulaires/modeles')
      .set(en(configurateur))
      .send({ code: 'vide', titre: 'Un modèle vide' })
      .expect(201);
    expect(cree.body.data).toMatchObject({
      code: 'vide',
      titre: 'Un modèle vide',
      revision: 1,
      versionPubliee: null,
      modifie: true,
      contenu: { champs: [], vues: { usager: { onglets: [] } } },
      versions: [],
      dispositifs: [],
    });
    const liste = await api().get('/formulaires/modeles').set(en(admin)).expect(200);
    expect(liste.body.data).toEqual([
      expect.objectContaining({ id: cree.body.data.id, code: 'vide', versionPubliee: null, modifie: true }),
    ]);
    expect(liste.body.data[0]).not.toHaveProperty('contenu');
    await api().get(`/formulaires/modeles/${cree.body.data.id}`).set(en(admin)).expect(200);
    await api().get('/formulaires/modeles/999999').set(en(admin)).expect(404);
    await api().get('/formulaires/modeles/abc').set(en(admin)).expect(404);
  });

  it('refuse un code déjà pris (409), un code ou un titre invalides (422), une clé inconnue (400)', async () => {
    const pris = await api().post('/formulaires/modeles').set(en(admin)).send({ code: 'vide', titre: 'Autre' });
    expect(pris.status).toBe(409);
    expect(pris.body.error.details.code).toBe('CODE_PRIS');
    const invalide = await api().post('/formulaires/modeles').set(en(admin)).send({ code: 'Mauvais Code', titre: ' ' });
    expect(invalide.status).toBe(422);
    expect(invalide.body.error.details.problemes.map(lisible)).toEqual([
      'code : le code doit commencer par une lettre minuscule et ne contenir que des lettres minuscules sans accent, des chiffres et « _ »',
      'titre : ne doit pas être vide',
    ]);
    const inconnue = await api()
      .post('/formulaires/modeles')
      .set(en(admin))
      .send({ code: 'autre', titre: 'Autre', couleur: 'rouge' });
    expect(inconnue.status).toBe(400);
    expect(inconnue.body.error.details.problemes).toEqual(['Requête : clé inconnue : couleur']);
  });

  it('enregistre les champs puis chaque vue, en comparant la révision', async () => {
    const { id } = await creer('aide_vacances', { champs: [], vues: { usager: { onglets: [] } } });
    const { champs, vues } = modeleSimple();
    // Fields first: placed nowhere yet, which is allowed (an agent-only annotation until placed).
    const r2 = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs, titre: 'Aide aux vacances' })
      .expect(200);
    expect(r2.body.data).toMatchObject({ revision: 2, titre: 'Aide aux vacances', contenu: { champs } });

    const r3 = await api()
      .put(`/formulaires/modeles/${id}/vues/usager`)
      .set(en(admin))
      .send({ revision: 2, disposition: vues.usager })
      .expect(200);
    expect(r3.body.data.contenu.vues).toEqual({ usager: vues.usager });

    const agent = { onglets: [{ code: 'instruction', titre: 'Instruction', sections: [] }] };
    const r4 = await api()
      .put(`/formulaires/modeles/${id}/vues/agent`)
      .set(en(admin))
      .send({ revision: 3, disposition: agent })
      .expect(200);
    const r5 = await api()
      .put(`/formulaires/modeles/${id}/vues/partenaire`)
      .set(en(admin))
      .send({ revision: r4.body.data.revision, disposition: vues.usager })
      .expect(200);
    expect(r5.body.data.contenu.vues).toEqual({ usager: vues.usager, agent, partenaire: vues.usager });
    expect(r5.body.data.revision).toBe(5);

    // null removes the agent's view (it falls back to the citizen's); the citizen's view cannot be removed.
    const r6 = await api()
      .put(`/formulaires/modeles/${id}/vues/agent`)
      .set(en(admin))
      .send({ revision: 5, disposition: null })
      .expect(200);
    expect(r6.body.data.contenu.vues).toEqual({ usager: vues.usager, partenaire: vues.usager });
    const usager = await api()
      .put(`/formulaires/modeles/${id}/vues/usager`)
      .set(en(admin))
      .send({ revision: 6, disposition: null })
      .expect(422);
    expect(usager.body.error.details.problemes).toHaveLength(1);
    await api()
      .put(`/formulaires/modeles/${id}/vues/inconnue`)
      .set(en(admin))
      .send({ revision: 6, disposition: null })
      .expect(400);
  });

  it('répond 409 REVISION_PERIMEE à une révision périmée, sans rien écrire', async () => {
    const { id } = await creer('perime');
    await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs: modeleSimple().champs })
      .expect(200);
    const perime = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(configurateur))
      .send({ revision: 1, champs: [] })
      .expect(409);
    expect(perime.body.error).toMatchObject({
      status: 409,
      name: 'REVISION_PERIMEE',
      message: "Ce modèle a été modifié par quelqu'un d'autre : rechargez la page.",
      details: { code: 'REVISION_PERIMEE' },
    });
    const detail = await api().get(`/formulaires/modeles/${id}`).set(en(admin)).expect(200);
    expect(detail.body.data.revision).toBe(2);
    expect(detail.body.data.contenu.champs).toHaveLength(3);
  });

  it('refuse un modèle invalide (422) avec des problèmes en français, et n’écrit rien', async () => {
    const { id } = await creer('invalide');
    const { champs } = modeleSimple();
    const doublon = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs: [...champs, texte('nom', 'Nom encore')] })
      .expect(422);
    expect(doublon.body.error.details.code).toBe('MODELE_INVALIDE');
    expect(doublon.body.error.details.problemes.map(lisible)).toContain(
      'Le code de champ « nom » est utilisé 2 fois : chaque champ du modèle doit avoir un code unique.',
    );

    const condition = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs: [...champs, texte('autre', 'Autre', { condition: 'inconnu = 1' })] })
      .expect(422);
    expect(condition.body.error.details.problemes.map(lisible)).toEqual([
      "La condition ou la formule de le champ « autre » utilise le champ « inconnu », qui n'existe pas.",
    ]);
    const syntaxe = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs: [...champs, texte('autre', 'Autre', { condition: "situation = = 'x'" })] })
      .expect(422);
    expect(syntaxe.body.error.details.problemes).toHaveLength(1);
    expect(lisible(syntaxe.body.error.details.problemes[0])).toMatch(
      /^La condition ou la formule de le champ « autre » est invalide/,
    );

    const vue = {
      onglets: [
        { code: 'o', titre: 'Onglet', sections: [{ code: 's', titre: 'S', lignes: [{ champs: ['fantome'] }] }] },
      ],
    };
    const place = await api()
      .put(`/formulaires/modeles/${id}/vues/agent`)
      .set(en(admin))
      .send({ revision: 1, disposition: vue })
      .expect(422);
    expect(place.body.error.details.problemes.map(lisible)).toEqual([
      "Vue agent : le champ « fantome » est placé dans la vue mais n'existe pas dans le modèle.",
    ]);

    const forme = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs: [{ code: 'x', type: 'texte', libelle: 'X' }] })
      .expect(422);
    expect(forme.body.error.details.problemes).toEqual(['champ 1 › requis : valeur manquante']);

    await api().put(`/formulaires/modeles/${id}/champs`).set(en(admin)).send({ revision: 1 }).expect(400);
    const detail = await api().get(`/formulaires/modeles/${id}`).set(en(admin)).expect(200);
    expect(detail.body.data.revision).toBe(1);
  });
});

describe('enregistrement du brouillon entier', () => {
  it('renomme un champ placé dans une vue en une seule écriture ; refuse un contenu invalide ou périmé', async () => {
    const { id } = await creer('renommage_atomique');
    const detail = (await api().get(`/formulaires/modeles/${id}`).set(en(admin)).expect(200)).body.data;
    const contenu = JSON.parse(JSON.stringify(detail.contenu).replaceAll('"nom"', '"nom_famille"'));
    // Saving the fields alone, or the view alone, would leave a view pointing to a field that does not exist.
    await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: detail.revision, champs: contenu.champs })
      .expect(422);
    const enregistre = await api()
      .put(`/formulaires/modeles/${id}`)
      .set(en(admin))
      .send({ revision: detail.revision, titre: 'Renommé', contenu })
      .expect(200);
    expect(enregistre.body.data).toMatchObject({ revision: detail.revision + 1, titre: 'Renommé', contenu });

    const invalide = await api()
      .put(`/formulaires/modeles/${id}`)
      .set(en(admin))
      .send({ revision: detail.revision + 1, contenu: { ...contenu, champs: [] } })
      .expect(422);
    expect(invalide.body.error.details.problemes.join(' ')).toMatch(/n'existe pas dans le modèle/);
    await api()
      .put(`/formulaires/modeles/${id}`)
      .set(en(admin))
      .send({ revision: detail.revision, contenu })
      .expect(409);
    await api().put(`/formulaires/modeles/${id}`).set(en(admin)).send({ revision: 3, contenu, extra: 1 }).expect(400);
  });
});

describe('publication et versions', () => {
  let id: number;

  it('publie la version 1, puis refuse de republier un brouillon identique (409 RIEN_A_PUBLIER)', async () => {
    ({ id } = await creer('logement'));
    const v1 = await api().post(`/formulaires/modeles/${id}/publier`).set(en(admin)).send({ revision: 1 }).expect(201);
    expect(v1.body.data).toEqual({ numero: 1, publieLe: expect.any(String), publiePar: 'Camille admin' });
    const detail = await api().get(`/formulaires/modeles/${id}`).set(en(admin)).expect(200);
    expect(detail.body.data).toMatchObject({ versionPubliee: 1, modifie: false, revision: 1 });
    expect(detail.body.data.versions).toEqual([v1.body.data]);

    const rien = await api()
      .post(`/formulaires/modeles/${id}/publier`)
      .set(en(admin))
      .send({ revision: 1 })
      .expect(409);
    expect(rien.body.error.details.code).toBe('RIEN_A_PUBLIER');
    await api().post(`/formulaires/modeles/${id}/publier`).set(en(admin)).send({ revision: 7 }).expect(409);
    await api().post(`/formulaires/modeles/${id}/publier`).set(en(admin)).send({}).expect(400);
  });

  it('publie la version 2 après un changement ; la version 1 garde son contenu ; la différence liste les changements', async () => {
    const { champs } = modeleSimple();
    const nouveaux = [
      { ...champs[0], libelle: 'Nom de famille' },
      champs[1],
      texte('telephone_fixe', 'Téléphone fixe'),
    ];
    const r2 = await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 1, champs: nouveaux })
      .expect(422); // « conjoint » is still placed in the citizen's view
    expect(r2.body.error.details.problemes.map(lisible)).toEqual([
      "Vue usager : le champ « conjoint » est placé dans la vue mais n'existe pas dans le modèle.",
    ]);
    // Each save must leave a valid model: unplace « conjoint », then replace the fields, then place the new one.
    const section = (code: string, titre: string, lignes: string[][]) => ({
      code,
      titre,
      lignes: lignes.map((l) => ({ champs: l })),
    });
    const usager = (sections: ReturnType<typeof section>[]) => ({
      onglets: [{ code: 'demande', titre: 'Demande', sections }],
    });
    const demandeur = section('demandeur', 'Le demandeur', [['nom'], ['situation']]);
    await api()
      .put(`/formulaires/modeles/${id}/vues/usager`)
      .set(en(admin))
      .send({ revision: 1, disposition: usager([demandeur]) })
      .expect(200);
    await api()
      .put(`/formulaires/modeles/${id}/champs`)
      .set(en(admin))
      .send({ revision: 2, champs: nouveaux })
      .expect(200);
    const apres = await api()
      .put(`/formulaires/modeles/${id}/vues/usager`)
      .set(en(admin))
      .send({ revision: 3, disposition: usager([demandeur, section('contact', 'Contact', [['telephone_fixe']])]) })
      .expect(200);
    expect(apres.body.data).toMatchObject({ modifie: true, versionPubliee: 1, revision: 4 });

    const v2 = await api()
      .post(`/formulaires/modeles/${id}/publier`)
      .set(en(configurateur))
      .send({ revision: 4 })
      .expect(201);
    expect(v2.body.data.numero).toBe(2);

    const version1 = await api().get(`/formulaires/modeles/${id}/versions/1`).set(en(admin)).expect(200);
    expect(version1.body.data).toEqual({ numero: 1, publieLe: expect.any(String), contenu: modeleSimple() });
    const version2 = await api().get(`/formulaires/modeles/${id}/versions/2`).set(en(admin)).expect(200);
    expect(version2.body.data.contenu.champs.map((c: { code: string }) => c.code)).toEqual([
      'nom',
      'situation',
      'telephone_fixe',
    ]);
    await api().get(`/formulaires/modeles/${id}/versions/3`).set(en(admin)).expect(404);

    const difference = await api().get(`/formulaires/modeles/${id}/difference?de=1&a=2`).set(en(admin)).expect(200);
    expect(
      difference.body.data.map((c: { nature: string; objet: string; code: string }) => [c.nature, c.objet, c.code]),
    ).toEqual([
      ['modifie', 'champ', 'nom'],
      ['ajoute', 'champ', 'telephone_fixe'],
      ['supprime', 'champ', 'conjoint'],
      ['ajoute', 'section', 'contact'],
    ]);
    expect(difference.body.data[0].proprietes).toEqual(['libelle']);
    const rienDeNeuf = await api()
      .get(`/formulaires/modeles/${id}/difference?de=2&a=brouillon`)
      .set(en(admin))
      .expect(200);
    expect(rienDeNeuf.body.data).toEqual([]);
    await api().get(`/formulaires/modeles/${id}/difference?de=9`).set(en(admin)).expect(404);
    await api().get(`/formulaires/modeles/${id}/difference?de=1&filters=x`).set(en(admin)).expect(400);
  });

  it('refuse de publier un champ « liste sur référentiel » dont la liste n’existe pas', async () => {
    const { id: autre } = await creer('avec_liste', {
      champs: [
        { code: 'commune', type: 'liste_referentiel', libelle: 'Commune', requis: true, referentiel: 'communes' },
      ],
      vues: { usager: { onglets: [] } },
    });
    const refus = await api()
      .post(`/formulaires/modeles/${autre}/publier`)
      .set(en(admin))
      .send({ revision: 1 })
      .expect(422);
    expect(refus.body.error.details.problemes.map(lisible)).toEqual([
      'Le champ « commune » utilise la liste « communes », qui n’existe pas : créez-la dans les référentiels avant de publier.',
    ]);
    await api()
      .post('/formulaires/referentiels')
      .set(en(admin))
      .send({ code: 'communes', titre: 'Communes', options: [{ valeur: '80021', libelle: 'Amiens' }] })
      .expect(201);
    await api().post(`/formulaires/modeles/${autre}/publier`).set(en(admin)).send({ revision: 1 }).expect(201);
  });
});

describe('écritures simultanées', () => {
  it('deux enregistrements sur la même révision : un seul passe, l’autre reçoit 409', async () => {
    const { id } = await creer('simultane');
    const champs = modeleSimple().champs;
    const reponses = await Promise.all(
      [0, 1, 2].map((i) =>
        api()
          .put(`/formulaires/modeles/${id}/champs`)
          .set(en(admin))
          .send({ revision: 1, champs, titre: `Titre ${i}` }),
      ),
    );
    expect(reponses.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const detail = await api().get(`/formulaires/modeles/${id}`).set(en(admin)).expect(200);
    expect(detail.body.data.revision).toBe(2);
  });

  it('deux publications du même brouillon : une seule version est écrite', async () => {
    const { id } = await creer('publication_simultanee');
    const reponses = await Promise.all(
      [0, 1].map(() => api().post(`/formulaires/modeles/${id}/publier`).set(en(admin)).send({ revision: 1 })),
    );
    expect(reponses.map((r) => r.status).sort()).toEqual([201, 409]);
    const detail = await api().get(`/formulaires/modeles/${id}`).set(en(admin)).expect(200);
    expect(detail.body.data.versions).toHaveLength(1);
  });
});

describe('un grand modèle', () => {
  it('enregistre et publie un modèle de 200 champs', async () => {
    const grand = modeleDeNChamps(200);
    const { id } = await creer('grand', { champs: [], vues: { usager: { onglets: [] } } });
    const corps = { revision: 1, champs: grand.champs };
    const debut = performance.now();
    await api().put(`/formulaires/modeles/${id}/champs`).set(en(admin)).send(corps).expect(200);
    const champsMs = performance.now() - debut;
    const vue = { revision: 2, disposition: grand.vues.usager };
    await api().put(`/formulaires/modeles/${id}/vues/usager`).set(en(admin)).send(vue).expect(200);
    const publication = performance.now();
    await api().post(`/formulaires/modeles/${id}/publier`).set(en(admin)).send({ revision: 3 }).expect(201);
    const publicationMs = performance.now() - publication;
    const octets = Buffer.byteLength(JSON.stringify(corps)) + Buffer.byteLength(JSON.stringify(vue));
    console.log(
      `modèle de 200 champs : corps ${Math.round(octets / 1024)} Kio, enregistrement des champs ${Math.round(champsMs)} ms, publication ${Math.round(publicationMs)} ms`,
    );
  });
});
