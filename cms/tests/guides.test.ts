/**
 * A dispositif's guide is checked by the domain before it is written (Content Manager or code): an invalid guide is
 * refused with its problems in French and nothing is written.
 */
import request from 'supertest';
import { GUIDE_DEMO } from '../../extensions/instruction/server/src/demo/dispositif-demo';
import { creerAdministrateur, en, lisible } from './helpers/formulaires';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
const UID = 'plugin::instruction.dispositif';
const base = { titre: 'Aide test', resume: 'Résumé.', publie: false, modeleCode: 'aide_test' };

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

function guideCasse() {
  const guide = structuredClone(GUIDE_DEMO);
  guide.etapes[0]!.statuts[0]!.transitions.push({ vers: 'statut_fantome' });
  return guide;
}

describe('validation du guide à l’enregistrement d’un dispositif', () => {
  it('accepte le guide de démonstration, refuse un guide incohérent sans rien écrire', async () => {
    const documents = instance.strapi.documents(UID as never);
    const cree = await documents.create({ data: { ...base, slug: 'aide-test', guide: GUIDE_DEMO } as never });
    await expect(
      documents.create({ data: { ...base, slug: 'aide-cassee', guide: guideCasse() } as never }),
    ).rejects.toThrow(/Le guide d’instruction contient des erreurs : .*statut_fantome/);
    await expect(
      documents.update({
        documentId: (cree as { documentId: string }).documentId,
        data: { guide: guideCasse() } as never,
      }),
    ).rejects.toThrow(/statut_fantome/);
    const relu = await instance.strapi.db.query(UID).findOne({ where: { slug: 'aide-test' } });
    expect(JSON.stringify(relu.guide)).not.toContain('statut_fantome');
    expect(await instance.strapi.db.query(UID).count({ where: { slug: 'aide-cassee' } })).toBe(0);
  });

  it('refuse des réglages incohérents (classification, éditions répétées vers un statut absent) sans rien écrire', async () => {
    const documents = instance.strapi.documents(UID as never);
    await expect(
      documents.create({
        data: {
          ...base,
          slug: 'aide-reglages',
          guide: GUIDE_DEMO,
          classification: [{ code: 'Culture!', libelle: 'Culture' }],
          editionsRepetees: { seuil: 3, periodeHeures: 24, statut: 'statut_fantome' },
        } as never,
      }),
    ).rejects.toThrow(
      /Les réglages du dispositif contiennent des erreurs : Classification \(0\.code\) : code invalide.*; Éditions répétées : le statut « statut_fantome » n’existe pas dans le guide\./,
    );
    expect(await instance.strapi.db.query(UID).count({ where: { slug: 'aide-reglages' } })).toBe(0);
    const cree = await documents.create({
      data: {
        ...base,
        slug: 'aide-reglages',
        guide: GUIDE_DEMO,
        classification: [{ code: 'culture', libelle: 'Culture', enfants: [{ code: 'musique', libelle: 'Musique' }] }],
        editionsRepetees: { seuil: 3, periodeHeures: 24, statut: 'en_instruction' },
      } as never,
    });
    expect(cree).toMatchObject({ slug: 'aide-reglages' });
  });

  it('le Content Manager répond 400 avec les problèmes', async () => {
    const admin = await creerAdministrateur(instance.strapi, 'admin@guides.test', 'super-admin');
    const res = await request(instance.http)
      .post(`/content-manager/collection-types/${UID}`)
      .set(en(admin))
      .send({ ...base, slug: 'aide-cm', guide: guideCasse() });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error)).toContain('statut_fantome');
  });
});

describe('export et import du guide d’un dispositif', () => {
  it('exporte le guide canonique, réimporte une version modifiée, refuse un fichier invalide sans rien écrire', async () => {
    const { serialiserGuide } = await import('../../extensions/instruction/domain');
    const admin = await creerAdministrateur(instance.strapi, 'config@guides.test', 'super-admin');
    const exporte = await request(instance.http)
      .get('/instruction/dispositifs/aide-test/guide')
      .set(en(admin))
      .expect(200);
    expect(exporte.headers['content-disposition']).toContain('guide-aide-test.json');
    expect(exporte.text).toBe(serialiserGuide(GUIDE_DEMO));

    const document = JSON.parse(exporte.text);
    document.guide.etapes[0].libelle = 'Réception du dossier';
    await request(instance.http)
      .put('/instruction/dispositifs/aide-test/guide')
      .set(en(admin))
      .send({ document })
      .expect(200);
    const relu = await request(instance.http)
      .get('/instruction/dispositifs/aide-test/guide')
      .set(en(admin))
      .expect(200);
    expect(JSON.parse(relu.text).guide.etapes[0].libelle).toBe('Réception du dossier');

    const casse = { ...document, guide: guideCasse() };
    const refuse = await request(instance.http)
      .put('/instruction/dispositifs/aide-test/guide')
      .set(en(admin))
      .send({ document: casse })
      .expect(422);
    expect(refuse.body.error.details.problemes.join(' ')).toContain('statut_fantome');
    const inchange = await request(instance.http)
      .get('/instruction/dispositifs/aide-test/guide')
      .set(en(admin))
      .expect(200);
    expect(inchange.text).toBe(relu.text);
    await request(instance.http).get('/instruction/dispositifs/inconnu/guide').set(en(admin)).expect(404);
  });

  it('exige « Configurer les dispositifs » (un instructeur reçoit 403)', async () => {
    const sansDroit = await creerAdministrateur(instance.strapi, 'lecteur@guides.test', 'sans-droit');
    await request(instance.http).get('/instruction/dispositifs/aide-test/guide').set(en(sansDroit)).expect(403);
    await request(instance.http)
      .put('/instruction/dispositifs/aide-test/guide')
      .set(en(sansDroit))
      .send({ document: {} })
      .expect(403);
  });
});

/**
 * An administrator whose role holds only « Configurer les dispositifs » (the guide editor's permission), with a profil
 * métier that « configures » `dispositifIds` (default: every dispositif existing now) — not a Super Admin, who
 * configures everything.
 */
async function creerConfigurateurDispositifs(email: string, dispositifIds?: number[]) {
  const { strapi } = instance;
  const roles = strapi.service('admin::role');
  const code = 'test-instruction-configurateur';
  const existant = await strapi.db.query('admin::role').findOne({ where: { code } });
  const role = existant ?? (await roles.create({ name: 'Test configurateur dispositifs', code, description: 'Test' }));
  await roles.assignPermissions(role.id, [
    { action: 'plugin::instruction.dispositifs.configurer', subject: null, conditions: [], properties: {} },
  ]);
  const password = 'Guides-Test-2026';
  const utilisateur = await strapi.service('admin::user').create({
    email,
    firstname: 'Dominique',
    lastname: 'Config',
    password,
    isActive: true,
    registrationToken: null,
    roles: [role.id],
  });
  const tous = (await strapi.db.connection('instruction_dispositifs').select('id')).map((l: { id: number }) => l.id);
  await strapi
    .plugin('instruction')
    .service('droits')
    .habiliterAgent({
      adminUserId: Number(utilisateur.id),
      profil: { code: `configurateur-${email.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`, libelle: `Config ${email}` },
      dispositifIds: dispositifIds ?? tous.map(Number),
      droits: ['configurer'],
    });
  const res = await request(instance.http).post('/admin/login').send({ email, password }).expect(200);
  return { id: Number(utilisateur.id), jeton: res.body.data.token as string };
}

describe('éditeur de guides (configuration des dispositifs)', () => {
  const chemin = '/instruction/configuration/dispositifs/aide-editeur/guide';

  beforeAll(async () => {
    await instance.strapi
      .documents(UID as never)
      .create({ data: { ...base, titre: 'Aide à l’édition', slug: 'aide-editeur', guide: GUIDE_DEMO } as never });
  });

  it('liste les dispositifs avec leur nombre d’étapes, lit un guide avec sa révision et l’enregistre', async () => {
    const config = await creerConfigurateurDispositifs('editeur@guides.test');
    const liste = await request(instance.http)
      .get('/instruction/configuration/dispositifs')
      .set(en(config))
      .expect(200);
    const ligne = liste.body.data.find((d: { slug: string }) => d.slug === 'aide-editeur');
    expect(ligne).toEqual({ slug: 'aide-editeur', titre: 'Aide à l’édition', publie: false, etapes: 3 });
    const titres = liste.body.data.map((d: { titre: string }) => d.titre);
    expect(titres).toEqual([...titres].sort((a: string, b: string) => a.localeCompare(b, 'fr')));
    expect(Object.keys(ligne)).not.toContain('guide');

    const lu = await request(instance.http).get(chemin).set(en(config)).expect(200);
    expect(lu.body.data.guide).toEqual(GUIDE_DEMO);
    expect(lu.body.data.revision).toMatch(/^[0-9a-f]{32}$/);

    const guide = structuredClone(GUIDE_DEMO);
    guide.etapes.splice(2, 0, {
      code: 'commission',
      libelle: 'Commission',
      delai: { jours: 30, ouvres: false },
      statuts: [
        {
          code: 'en_commission',
          libelle: 'En commission',
          visibleUsager: false,
          cloture: false,
          transitions: [{ vers: 'accepte', libelle: 'Accorder', droits: ['decider'] }],
          actions: [{ type: 'conversation', etat: 'fermee' }],
        },
      ],
    });
    guide.etapes[1]!.statuts[0]!.transitions.push({ vers: 'en_commission', libelle: 'Présenter en commission' });
    const enregistre = await request(instance.http)
      .put(chemin)
      .set(en(config))
      .send({ guide, revision: lu.body.data.revision })
      .expect(200);
    expect(enregistre.body.data.guide).toEqual(guide);
    expect(enregistre.body.data.revision).not.toBe(lu.body.data.revision);

    const relu = await request(instance.http).get(chemin).set(en(config)).expect(200);
    expect(relu.body.data).toEqual(enregistre.body.data);
    const apres = await request(instance.http).get('/instruction/configuration/dispositifs').set(en(config));
    expect(apres.body.data.find((d: { slug: string }) => d.slug === 'aide-editeur').etapes).toBe(4);
  });

  it('refuse une révision périmée (409) et un guide incohérent (422), sans rien écrire', async () => {
    const config = await creerConfigurateurDispositifs('editeur2@guides.test');
    const avant = await request(instance.http).get(chemin).set(en(config)).expect(200);
    const { revision } = avant.body.data;

    const premier = structuredClone(avant.body.data.guide);
    premier.etapes[0].libelle = 'Arrivée';
    await request(instance.http).put(chemin).set(en(config)).send({ guide: premier, revision }).expect(200);

    const second = structuredClone(avant.body.data.guide);
    second.etapes[0].libelle = 'Réception';
    const perime = await request(instance.http).put(chemin).set(en(config)).send({ guide: second, revision });
    expect(perime.status).toBe(409);
    expect(perime.body.error.message).toMatch(/modifié par quelqu’un d’autre/);

    const courant = await request(instance.http).get(chemin).set(en(config)).expect(200);
    expect(courant.body.data.guide.etapes[0].libelle).toBe('Arrivée');
    const incoherent = await request(instance.http)
      .put(chemin)
      .set(en(config))
      .send({ guide: guideCasse(), revision: courant.body.data.revision });
    expect(incoherent.status).toBe(422);
    expect(incoherent.body.error.details.problemes.join(' ')).toContain('statut_fantome');
    const inchange = await request(instance.http).get(chemin).set(en(config)).expect(200);
    expect(inchange.body.data).toEqual(courant.body.data);

    // Two administrators saving at the same moment from the same revision: exactly one wins.
    const simultanes = await Promise.all(
      ['Arrivée A', 'Arrivée B'].map((libelle) => {
        const g = structuredClone(courant.body.data.guide);
        g.etapes[0].libelle = libelle;
        return request(instance.http)
          .put(chemin)
          .set(en(config))
          .send({ guide: g, revision: courant.body.data.revision });
      }),
    );
    expect(simultanes.map((r) => r.status).sort()).toEqual([200, 409]);

    await request(instance.http).put(chemin).set(en(config)).send({ guide: premier }).expect(400);
    await request(instance.http)
      .get('/instruction/configuration/dispositifs/inconnu/guide')
      .set(en(config))
      .expect(404);
    await request(instance.http)
      .put('/instruction/configuration/dispositifs/inconnu/guide')
      .set(en(config))
      .send({ guide: GUIDE_DEMO, revision: revision })
      .expect(404);
  });

  it('refuse de retirer un statut ou une étape où se trouvent des dossiers (422), à l’enregistrement comme à l’import', async () => {
    const config = await creerConfigurateurDispositifs('editeur3@guides.test');
    const courant = await request(instance.http).get(chemin).set(en(config)).expect(200);
    const dispositif = await instance.strapi.db.query(UID).findOne({ where: { slug: 'aide-editeur' } });
    await instance.strapi.db.query('plugin::instruction.dossier').create({
      data: {
        numero: 'GUIDE-TEST-1',
        dispositifId: dispositif.id,
        usagerId: 1,
        etat: 'depose',
        statut: 'recu',
        etape: 'depot',
        modeleVersionId: 1,
        version: 1,
      },
    });
    const sansRecu = structuredClone(courant.body.data.guide);
    sansRecu.etapes[0].code = 'arrivee';
    sansRecu.etapes[0].statuts[0].code = 'recu_en_ligne';
    sansRecu.statutDepot = 'recu_en_ligne';
    const refuse = await request(instance.http)
      .put(chemin)
      .set(en(config))
      .send({ guide: sansRecu, revision: courant.body.data.revision });
    expect(refuse.status).toBe(422);
    expect(refuse.body.error.details.problemes.map(lisible)).toEqual([
      'Le statut « recu » a été retiré du guide alors que 1 dossier s’y trouve : gardez-le (il peut être masqué des listes) ou déplacez d’abord ces dossiers par une correction.',
      'L’étape « depot » a été retirée du guide alors que 1 dossier s’y trouve : gardez-la ou déplacez d’abord ces dossiers par une correction.',
    ]);
    const importe = await request(instance.http)
      .put('/instruction/dispositifs/aide-editeur/guide')
      .set(en(config))
      .send({ document: { format: 'guichet.guide', versionFormat: 1, guide: sansRecu } });
    expect(importe.status).toBe(422);
    expect(importe.body.error.details.problemes.join(' ')).toContain('1 dossier s’y trouve');
    const inchange = await request(instance.http).get(chemin).set(en(config)).expect(200);
    expect(inchange.body.data).toEqual(courant.body.data);
  });

  it('exige « Configurer les dispositifs » (403 sans elle, même avec « Configurer les formulaires »)', async () => {
    const sansDroit = await creerAdministrateur(instance.strapi, 'sans@editeur.test', 'sans-droit');
    const formulaires = await creerAdministrateur(instance.strapi, 'formulaires@editeur.test', 'configurateur');
    for (const admin of [sansDroit, formulaires]) {
      await request(instance.http).get('/instruction/configuration/dispositifs').set(en(admin)).expect(403);
      await request(instance.http).get(chemin).set(en(admin)).expect(403);
      await request(instance.http)
        .put(chemin)
        .set(en(admin))
        .send({ guide: GUIDE_DEMO, revision: '0'.repeat(32) })
        .expect(403);
    }
    await request(instance.http).get('/instruction/configuration/dispositifs').expect(401);
  });
});

describe('périmètre de configuration', () => {
  it('un administrateur qui n’est pas Super Admin ne configure que les dispositifs où son profil « configure »', async () => {
    const { strapi } = instance;
    const documents = strapi.documents(UID as never);
    const a = (await documents.create({ data: { ...base, slug: 'aide-config-a', guide: GUIDE_DEMO } as never })) as {
      id: number;
    };
    await documents.create({ data: { ...base, slug: 'aide-config-b', guide: GUIDE_DEMO } as never });
    const { jeton } = await creerConfigurateurDispositifs('configurateur@guides.test', [Number(a.id)]);
    const moi = { Authorization: `Bearer ${jeton}` };

    const liste = await request(instance.http).get('/instruction/configuration/dispositifs').set(moi).expect(200);
    expect(liste.body.data.map((d: { slug: string }) => d.slug)).toEqual(['aide-config-a']);
    const lu = await request(instance.http)
      .get('/instruction/configuration/dispositifs/aide-config-a/guide')
      .set(moi)
      .expect(200);
    await request(instance.http)
      .put('/instruction/configuration/dispositifs/aide-config-a/guide')
      .set(moi)
      .send({ guide: lu.body.data.guide, revision: lu.body.data.revision })
      .expect(200);
    for (const [methode, chemin] of [
      ['get', '/instruction/configuration/dispositifs/aide-config-b/guide'],
      ['get', '/instruction/dispositifs/aide-config-b/guide'],
    ] as const) {
      const r = await request(instance.http)[methode](chemin).set(moi);
      expect([chemin, r.status]).toEqual([chemin, 404]);
    }
    const ecriture = await request(instance.http)
      .put('/instruction/configuration/dispositifs/aide-config-b/guide')
      .set(moi)
      .send({ guide: lu.body.data.guide, revision: lu.body.data.revision });
    expect(ecriture.status).toBe(404);
    const import404 = await request(instance.http)
      .put('/instruction/dispositifs/aide-config-b/guide')
      .set(moi)
      .send({ document: {} });
    expect(import404.status).toBe(404);
  });
});
