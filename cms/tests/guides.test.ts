/**
 * A dispositif's guide is checked by the domain before it is written (Content Manager or code): an invalid guide is
 * refused with its problems in French and nothing is written.
 */
import request from 'supertest';
import { GUIDE_DEMO } from '../../extensions/instruction/server/src/demo/dispositif-demo';
import { creerAdministrateur, en } from './helpers/formulaires';
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
