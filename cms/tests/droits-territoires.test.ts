import request from 'supertest';
import { deposerDossier } from './helpers/depot';
import { creerAgent, creerUsager, SAISIE_VALIDE } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';
import { ADMIN_DEMO } from '../../extensions/instruction/server/src/services/demo';
import { trouverDossierParId } from '../../extensions/instruction/server/src/repositories/dossiers';
import { dispositifsAvecDroit } from '../../extensions/instruction/server/src/repositories/habilitations';
import { analyserDossier, sectoriserDossier } from '../../extensions/instruction/server/src/services/sectorisation';

/**
 * Rights and territories (ADR 0013): the profils métiers × dispositifs matrix and the agents' territoires limit
 * every read and action (out of scope → 404), the matrix is administered and exported as CSV, and sectorisation
 * finds a dossier's territoire from its address (INSEE code, or a postal code shared by several communes).
 */
type Agent = { id: number; jeton: string };
let instance: Instance;
let admin: { jeton: string };
let dispositifId: number;
let autreDispositifId: number;
let nord: number;
let sud: number;
let seez: number;
const agents: Record<'nord' | 'sud' | 'partout' | 'lecteur' | 'autre', Agent> = {} as never;
const dossiers: Record<'nord' | 'sud' | 'sans', string> = {} as never;
const api = () => request(instance.http);
const en = (a: { jeton: string }) => ({ Authorization: `Bearer ${a.jeton}` });
const knex = () => instance.strapi.db.connection;

async function numerosVus(agent: Agent): Promise<string[]> {
  const res = await api().get('/instruction/dossiers?limite=100').set(en(agent)).expect(200);
  const connus = new Set(Object.values(dossiers));
  return res.body.data
    .map((d: { numero: string }) => d.numero)
    .filter((n: string) => connus.has(n))
    .sort();
}

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  ({ dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed());
  const demo = await knex()('instruction_dispositifs').where({ id: dispositifId }).first();
  const { id: _id, document_id: _d, ...copie } = demo;
  const [ligne] = await knex()('instruction_dispositifs')
    .insert({
      ...copie,
      document_id: 'autredispositifterritoires0',
      slug: 'autre-dispositif',
      titre: 'Autre dispositif',
    })
    .returning('id');
  autreDispositifId = typeof ligne === 'object' ? Number(ligne.id) : Number(ligne);
  const connexion = await api().post('/admin/login').send({ email: ADMIN_DEMO.email, password: ADMIN_DEMO.password });
  admin = { jeton: connexion.body.data.token };

  await api()
    .post('/instruction/territoires/types')
    .set(en(admin))
    .send({ code: 'mds', libelle: 'Maison des solidarités' })
    .expect(200);
  const territoire = (code: string, nom: string, communes: string[]) =>
    api().post('/instruction/territoires').set(en(admin)).send({ code, nom, typeCode: 'mds', communes });
  nord = (await territoire('nord', 'Haute-Tarentaise nord', ['73054']).expect(201)).body.data.id;
  sud = (await territoire('sud', 'Versant du soleil', ['73077', '73176']).expect(201)).body.data.id;
  await api()
    .put(`/instruction/territoires/${nord}/communes`)
    .set(en(admin))
    .send({ communes: ['73054', '73285'] })
    .expect(200);
  seez = (
    await api()
      .post('/instruction/territoires/secteurs')
      .set(en(admin))
      .send({ code: 'seez', nom: 'Séez', territoireId: nord, communes: ['73285'] })
      .expect(201)
  ).body.data.id;

  agents.nord = await creerAgent(instance.strapi, 'nord@territoires.test', [dispositifId], undefined, [nord]);
  agents.sud = await creerAgent(instance.strapi, 'sud@territoires.test', [dispositifId], undefined, [sud]);
  agents.partout = await creerAgent(instance.strapi, 'partout@territoires.test', [dispositifId]);
  agents.lecteur = await creerAgent(instance.strapi, 'lecteur@territoires.test', [dispositifId], ['voir'], [nord]);
  agents.autre = await creerAgent(instance.strapi, 'autre@territoires.test', [autreDispositifId]);

  const jean = await creerUsager(instance.strapi, 'sub-territoires');
  for (const [cle, territoireId] of [
    ['nord', nord],
    ['sud', sud],
    ['sans', null],
  ] as const) {
    dossiers[cle] = await deposerDossier(instance.strapi, jean);
    await knex()('instruction_dossiers').where({ numero: dossiers[cle] }).update({ territoire_id: territoireId });
  }
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

describe('périmètre des agents : profil métier × dispositif, et territoires', () => {
  it('chaque agent voit exactement les dossiers de ses territoires ; sans territoire : ceux des agents sans limite', async () => {
    expect(await numerosVus(agents.nord)).toEqual([dossiers.nord]);
    expect(await numerosVus(agents.sud)).toEqual([dossiers.sud]);
    expect(await numerosVus(agents.lecteur)).toEqual([dossiers.nord]);
    expect(await numerosVus(agents.partout)).toEqual([dossiers.nord, dossiers.sud, dossiers.sans].sort());
    expect(await numerosVus(agents.autre)).toEqual([]);
  });

  it('répond 404 à un agent d’un autre territoire ou d’un autre profil : détail, transition, corrections, pièces, données', async () => {
    const numero = dossiers.nord;
    const { version } = await knex()('instruction_dossiers').where({ numero }).first();
    for (const agent of [agents.sud, agents.autre]) {
      await api().get(`/instruction/dossiers/${numero}`).set(en(agent)).expect(404);
      await api()
        .post(`/instruction/dossiers/${numero}/transitions`)
        .set(en(agent))
        .send({ vers: 'en_instruction', version })
        .expect(404);
      await api()
        .post(`/instruction/dossiers/${numero}/corrections`)
        .set(en(agent))
        .send({ vers: 'accepte', version, motif: 'Essai hors périmètre' })
        .expect(404);
      await api().get(`/instruction/dossiers/${numero}/pieces/1/fichier`).set(en(agent)).expect(404);
      await api()
        .put(`/instruction/dossiers/${numero}/donnees`)
        .set(en(agent))
        .send({ version, donnees: SAISIE_VALIDE })
        .expect(404);
    }
    await api().get(`/instruction/dossiers/${numero}`).set(en(agents.nord)).expect(200);
    const apres = await knex()('instruction_dossiers').where({ numero }).first();
    expect(apres.version).toBe(version);
  });

  it('l’instruction en masse ignore les dossiers hors territoire (introuvables) et traite les autres', async () => {
    const version = async (numero: string) => (await knex()('instruction_dossiers').where({ numero }).first()).version;
    const res = await api()
      .post('/instruction/dossiers/transitions-en-masse')
      .set(en(agents.sud))
      .send({
        vers: 'en_instruction',
        dossiers: [
          { numero: dossiers.nord, version: await version(dossiers.nord) },
          { numero: dossiers.sans, version: await version(dossiers.sans) },
          { numero: dossiers.sud, version: await version(dossiers.sud) },
        ],
      })
      .expect(200);
    expect(res.body.data.reussis).toEqual([dossiers.sud]);
    expect(res.body.data.echecs.map((e: { numero: string }) => e.numero).sort()).toEqual(
      [dossiers.nord, dossiers.sans].sort(),
    );
    const nordApres = await knex()('instruction_dossiers').where({ numero: dossiers.nord }).first();
    expect(nordApres.statut).toBe('recu');
  });

  it('« voir » sans « instruire » : le dossier s’ouvre, la transition est refusée (403)', async () => {
    const detail = await api().get(`/instruction/dossiers/${dossiers.nord}`).set(en(agents.lecteur)).expect(200);
    expect(detail.body.data).toMatchObject({ droits: [], transitions: [] });
    const refus = await api()
      .post(`/instruction/dossiers/${dossiers.nord}/transitions`)
      .set(en(agents.lecteur))
      .send({ vers: 'en_instruction', version: detail.body.data.version })
      .expect(403);
    expect(refus.body.error.name).toBe('DROITS_INSUFFISANTS');
    // What exports and settings will ask: the dispositifs where the agent holds a given right.
    expect(await dispositifsAvecDroit(knex(), agents.lecteur.id, 'voir')).toEqual([dispositifId]);
    expect(await dispositifsAvecDroit(knex(), agents.lecteur.id, 'instruire')).toEqual([]);
    expect(await dispositifsAvecDroit(knex(), agents.autre.id, 'decider')).toEqual([autreDispositifId]);
  });
});

describe('territoires et sectorisation', () => {
  it('refuse des codes INSEE inconnus en les listant (422), sans rien écrire', async () => {
    const res = await api()
      .put(`/instruction/territoires/${sud}/communes`)
      .set(en(admin))
      .send({ communes: ['73077', '99999', 'ABCDE'] })
      .expect(422);
    expect(res.body.error.name).toBe('COMMUNES_INCONNUES');
    expect(res.body.error.message).toBe('Ces codes INSEE sont inconnus : 99999, ABCDE.');
    expect(res.body.error.details.erreurs).toEqual([
      { champ: 'communes', code: 'COMMUNE_INCONNUE', message: '« 99999 » n’est pas le code INSEE d’une commune.' },
      { champ: 'communes', code: 'COMMUNE_INCONNUE', message: '« ABCDE » n’est pas le code INSEE d’une commune.' },
    ]);
    const liste = await api().get('/instruction/territoires').set(en(admin)).expect(200);
    const versant = liste.body.data.territoires.find((t: { id: number }) => t.id === sud);
    expect(versant.communes).toEqual([
      { code: '73077', nom: 'Les Chapelles' },
      { code: '73176', nom: 'Montvalezan' },
    ]);
  });

  it('trouve le territoire et le secteur d’un dossier par son code INSEE, ou par un code postal partagé', async () => {
    const jean = await creerUsager(instance.strapi, 'sub-sectorisation');
    const deposer = async (lieu: Record<string, string>) => {
      const numero = await deposerDossier(instance.strapi, jean, undefined, { ...SAISIE_VALIDE, lieu });
      const { id } = await knex()('instruction_dossiers').where({ numero }).first();
      return (await trouverDossierParId(knex(), Number(id)))!;
    };
    const parInsee = await deposer({
      libelle: '1 place de la Mairie 73700 Séez',
      codePostal: '73700',
      codeInsee: '73285',
    });
    expect(await sectoriserDossier(knex(), parInsee)).toEqual({ territoireId: nord, secteurId: seez });
    // Inside a transaction too (the service never reads outside the db it is given: SQLite would deadlock).
    expect(await knex().transaction((trx) => sectoriserDossier(trx, parInsee))).toEqual({
      territoireId: nord,
      secteurId: seez,
    });

    // 73700 serves Bourg-Saint-Maurice and Séez (nord) and Les Chapelles and Montvalezan (sud).
    const partage = await deposer({ libelle: 'Chef-lieu 73700', codePostal: '73700' });
    expect(await sectoriserDossier(knex(), partage)).toBeNull();
    expect(await analyserDossier(knex(), partage)).toEqual({
      ok: false,
      raison: 'code_postal_ambigu',
      territoireIds: [nord, sud].sort((a, b) => a - b),
    });
    const nomme = await deposer({
      libelle: 'Chef-lieu 73700 Montvalezan',
      codePostal: '73700',
      commune: 'Montvalezan',
    });
    expect(await sectoriserDossier(knex(), nomme)).toEqual({ territoireId: sud, secteurId: null });
    // Nothing was written by the service.
    const apres = await knex()('instruction_dossiers').whereIn('id', [parInsee.id, partage.id, nomme.id]);
    expect(apres.map((d: { territoire_id: unknown }) => d.territoire_id)).toEqual([null, null, null]);
  });
});

describe('administration des habilitations', () => {
  it('réserve l’API à « Configurer les dispositifs » (403 pour un instructeur)', async () => {
    await api().get('/instruction/habilitations/matrice').set(en(agents.partout)).expect(403);
    await api().get('/instruction/habilitations/export.csv').set(en(agents.partout)).expect(403);
  });

  it('écrit une cellule, refuse une matrice avec un profil inconnu sans rien changer, exporte le CSV exact', async () => {
    const profil = await api()
      .post('/instruction/habilitations/profils')
      .set(en(admin))
      .send({ code: 'controleur', libelle: 'Contrôleur', description: 'Relit les décisions' })
      .expect(201);
    const controleur = profil.body.data.id as number;
    await api()
      .post('/instruction/habilitations/profils')
      .set(en(admin))
      .send({ code: 'controleur', libelle: 'Autre' })
      .expect(409);
    await api()
      .put('/instruction/habilitations/matrice/cellule')
      .set(en(admin))
      .send({ profilMetierId: controleur, dispositifId: autreDispositifId, droits: ['voir', 'exporter'] })
      .expect(200);
    await api()
      .put('/instruction/habilitations/matrice/cellule')
      .set(en(admin))
      .send({ profilMetierId: controleur, dispositifId, droits: ['tout'] })
      .expect(400);

    const avant = (await api().get('/instruction/habilitations/matrice').set(en(admin)).expect(200)).body.data;
    expect(avant.droits.map((d: { libelle: string }) => d.libelle)).toEqual([
      'Voir',
      'Instruire',
      'Décider',
      'Exporter',
      'Configurer',
    ]);
    expect(avant.cellules).toContainEqual({
      profilMetierId: controleur,
      dispositifId: autreDispositifId,
      droits: ['voir', 'exporter'],
    });
    const refus = await api()
      .put('/instruction/habilitations/matrice')
      .set(en(admin))
      .send({ cellules: [{ profilMetierId: 999999, dispositifId, droits: ['voir'] }] })
      .expect(422);
    expect(refus.body.error.message).toBe('Profils métiers inconnus : 999999.');
    const inchangee = (await api().get('/instruction/habilitations/matrice').set(en(admin)).expect(200)).body.data;
    expect(inchangee.cellules).toEqual(avant.cellules);

    // The whole matrix at once: only the controleur's two cells remain.
    await api()
      .put('/instruction/habilitations/matrice')
      .set(en(admin))
      .send({
        cellules: [
          { profilMetierId: controleur, dispositifId, droits: ['voir', 'decider'] },
          { profilMetierId: controleur, dispositifId: autreDispositifId, droits: [] },
        ],
      })
      .expect(200);
    // Nobody else keeps « voir »: the agents' lists are empty now.
    expect(await numerosVus(agents.partout)).toEqual([]);

    const csv = await api().get('/instruction/habilitations/export.csv').set(en(admin)).expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="habilitations.csv"');
    const profils = (await api().get('/instruction/habilitations/profils').set(en(admin)).expect(200)).body.data;
    expect(profils.map((p: { libelle: string }) => p.libelle)).toEqual([
      'Contrôleur',
      'Instructeur',
      'Profil de autre@territoires.test',
      'Profil de lecteur@territoires.test',
      'Profil de nord@territoires.test',
      'Profil de partout@territoires.test',
      'Profil de sud@territoires.test',
    ]);
    const lignes = ['Profil métier;Code profil;Dispositif;Slug dispositif;Voir;Instruire;Décider;Exporter;Configurer'];
    for (const p of profils) {
      const controle = p.code === 'controleur';
      lignes.push(
        `${p.libelle};${p.code};Aide aux projets associatifs;aide-projets-associatifs;${controle ? 'Oui;Non;Oui;Non;Non' : 'Non;Non;Non;Non;Non'}`,
        `${p.libelle};${p.code};Autre dispositif;autre-dispositif;Non;Non;Non;Non;Non`,
      );
    }
    expect(csv.text).toBe(`\uFEFF${lignes.join('\r\n')}\r\n`);
  });

  it('donne ses profils et territoires à un agent ; un secteur hors de ses territoires est refusé', async () => {
    const refus = await api()
      .put(`/instruction/habilitations/agents/${agents.sud.id}`)
      .set(en(admin))
      .send({ profilMetierIds: [], territoireIds: [sud], secteurIds: [seez] })
      .expect(422);
    expect(refus.body.error.name).toBe('SECTEUR_HORS_TERRITOIRES');
    const ok = await api()
      .put(`/instruction/habilitations/agents/${agents.sud.id}`)
      .set(en(admin))
      .send({ profilMetierIds: [], territoireIds: [sud, nord], secteurIds: [seez] })
      .expect(200);
    expect(ok.body.data).toEqual({
      adminUserId: agents.sud.id,
      profilMetierIds: [],
      territoireIds: [sud, nord],
      secteurIds: [seez],
    });
    const liste = (await api().get('/instruction/habilitations/agents').set(en(admin)).expect(200)).body.data;
    expect(liste.find((a: { id: number }) => a.id === agents.sud.id)).toMatchObject({
      email: 'sud@territoires.test',
      secteurIds: [seez],
    });
  });
});
