import request from 'supertest';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager, SAISIE_VALIDE } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';
import { executeursTiers } from '../../extensions/instruction/server/src/services/effets/tiers';
import { trouverDossierParId } from '../../extensions/instruction/server/src/repositories/dossiers';
import { trouverDispositif } from '../../extensions/instruction/server/src/repositories/dispositifs';
import { enregistrerTerritoire } from '../../extensions/instruction/server/src/repositories/territoires';

/**
 * Agents' operations on dossiers (issue 4): assignment (manual and automatic), classement, drapeaux, soft deletion,
 * links, duplication, batch updates, creation by an agent. Every write: compare-and-set (409), scope (404), French
 * refusals (422), journaled.
 */
let instance: Instance;
let claire: { id: number; jeton: string };
let lea: { id: number; jeton: string };
let paul: { id: number; jeton: string };
let jean: { id: number; jwt: string };
let dispositifId: number;
const api = () => request(instance.http);
const knex = () => instance.strapi.db.connection;
const en = (a: { jeton: string }) => ({ Authorization: `Bearer ${a.jeton}` });
const lire = (numero: string, agent = claire) => api().get(`/instruction/dossiers/${numero}`).set(en(agent));
const put = (numero: string, quoi: string, corps: Record<string, unknown>, agent = claire) =>
  api().put(`/instruction/dossiers/${numero}/${quoi}`).set(en(agent)).send(corps);

/** The dossier's journal entries (action and parsed details), oldest first. */
async function journal(numero: string) {
  const { id } = await knex()('instruction_dossiers').where({ numero }).first();
  const lignes = await knex()('instruction_journal').where({ dossier_id: id }).orderBy('sequence');
  return lignes.map((l: { action: string; details: unknown }) => ({
    action: l.action,
    details: typeof l.details === 'string' ? JSON.parse(l.details) : l.details,
  }));
}

const reglerDispositif = (colonnes: Record<string, unknown>) =>
  knex()('instruction_dispositifs').where({ id: dispositifId }).update(colonnes);

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  ({ dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed());
  claire = await creerAgent(instance.strapi, 'claire@operations.test', [dispositifId]);
  lea = await creerAgent(instance.strapi, 'lea@operations.test', [dispositifId], ['lire', 'instruire']);
  paul = await creerAgent(instance.strapi, 'paul@operations.test', []);
  jean = await creerUsager(instance.strapi, 'jean-operations');
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

describe('affectation', () => {
  it('affecte à un agent habilité, journalise, filtre la liste ; 409, 404 et 422 sinon', async () => {
    const numero = await deposerDossier(instance.strapi, jean);
    const possibles = await api().get(`/instruction/dossiers/${numero}/agents-possibles`).set(en(claire)).expect(200);
    const ids = possibles.body.data.map((a: { id: number }) => a.id);
    expect(ids).toEqual(expect.arrayContaining([claire.id, lea.id]));
    expect(ids).not.toContain(paul.id);

    const res = await put(numero, 'affectation', { version: 2, agentId: lea.id }).expect(200);
    expect(res.body.data).toMatchObject({ agentId: lea.id, agentNom: 'Agent lea', version: 3 });
    expect((await journal(numero)).at(-1)).toEqual({
      action: 'dossier.affecte',
      details: { de: null, vers: lea.id, agent: 'Agent lea', mode: 'manuel' },
    });
    expect(res.body.data.journal).toMatchObject({ integre: true });

    const perime = await put(numero, 'affectation', { version: 2, agentId: claire.id }).expect(409);
    expect(perime.body.error.message).toMatch(/modifié entre-temps/);
    const intrus = await put(numero, 'affectation', { version: 3, agentId: paul.id }).expect(422);
    expect(intrus.body.error.details.erreurs).toEqual([
      { champ: 'agentId', code: 'AGENT_NON_HABILITE', message: expect.stringMatching(/n’est pas habilité/) },
    ]);
    await put(numero, 'affectation', { version: 3, agentId: claire.id }, paul).expect(404);
    await put(numero, 'affectation', { version: 3, agentId: 'moi' }).expect(400);

    const mesDossiers = await api().get('/instruction/dossiers?agent=moi').set(en(lea)).expect(200);
    expect(mesDossiers.body.data.map((d: { numero: string }) => d.numero)).toEqual([numero]);
    expect(mesDossiers.body.data[0]).toMatchObject({ agentId: lea.id, agentNom: 'Agent lea', drapeaux: [] });
    const sansAgent = await api().get('/instruction/dossiers?agent=aucun').set(en(claire)).expect(200);
    expect(sansAgent.body.data.map((d: { numero: string }) => d.numero)).not.toContain(numero);
    await api().get('/instruction/dossiers?agent=personne').set(en(claire)).expect(400);

    const retire = await put(numero, 'affectation', { version: 3, agentId: null }).expect(200);
    expect(retire.body.data).toMatchObject({ agentId: null, version: 4 });
  });

  it('affecte automatiquement au dépôt l’agent habilité le moins chargé, le plus petit id à égalité', async () => {
    await knex()('instruction_dossiers').update({ agent_id: null });
    await reglerDispositif({ affectation_auto: 'agent' });
    try {
      const numeros = [];
      for (let i = 0; i < 3; i++) numeros.push(await deposerDossier(instance.strapi, jean));
      const lignes = await knex()('instruction_dossiers').whereIn('numero', numeros).orderBy('id');
      const affectes = lignes.map((l: { agent_id: number }) => Number(l.agent_id));
      // Three agents hold « instruire » (the demo agent, claire, lea): one each, in id order.
      expect(new Set(affectes).size).toBe(3);
      expect([...affectes].sort((a, b) => a - b)).toEqual(affectes);
      expect(affectes).toEqual(expect.arrayContaining([claire.id, lea.id]));
      // Part of the deposit: the version is the deposit's, the journal names the automatic assignment.
      expect(lignes.map((l: { version: number }) => Number(l.version))).toEqual([2, 2, 2]);
      expect((await journal(numeros[2]!)).map((e: { action: string }) => e.action)).toEqual([
        'dossier.depose',
        'dossier.affecte',
      ]);
      expect((await journal(numeros[2]!)).at(-1)!.details).toMatchObject({ mode: 'automatique', vers: affectes[2] });
    } finally {
      await reglerDispositif({ affectation_auto: 'aucune' });
    }
  });
});

describe('affectation automatique par territoire', () => {
  it('sectorise au dépôt d’après l’adresse du dossier, dans la transaction du dépôt', async () => {
    const territoireId = await enregistrerTerritoire(
      knex(),
      { code: 'amiens-operations', nom: 'Amiens', typeCode: 'canton', communes: ['80021'] },
      new Date(),
    );
    await reglerDispositif({ affectation_auto: 'territoire' });
    try {
      const lieu = {
        libelle: '8 boulevard du Port 80000 Amiens',
        codePostal: '80000',
        commune: 'Amiens',
        codeInsee: '80021',
      };
      const numero = await deposerDossier(instance.strapi, jean, undefined, { ...SAISIE_VALIDE, lieu });
      const ligne = await knex()('instruction_dossiers').where({ numero }).first();
      expect(Number(ligne.territoire_id)).toBe(territoireId);
      expect(Number(ligne.version)).toBe(2);
      expect((await journal(numero)).at(-1)).toEqual({
        action: 'dossier.sectorise',
        details: { territoireId, secteurId: null },
      });
    } finally {
      await reglerDispositif({ affectation_auto: 'aucune' });
    }
  });
});

describe('classement et drapeaux', () => {
  const CLASSIFICATION = [
    {
      code: 'culture',
      libelle: 'Culture',
      enfants: [
        { code: 'musique', libelle: 'Musique' },
        { code: 'theatre', libelle: 'Théâtre' },
      ],
    },
    { code: 'sport', libelle: 'Sport' },
  ];

  it('classe selon l’arbre du dispositif, refuse un chemin inconnu en français', async () => {
    await reglerDispositif({ classification: JSON.stringify(CLASSIFICATION) });
    const numero = await deposerDossier(instance.strapi, jean);
    const res = await put(numero, 'classement', { version: 2, classement: ['culture', 'musique'] }).expect(200);
    expect(res.body.data).toMatchObject({ classement: ['culture', 'musique'], version: 3 });
    expect(res.body.data.classification).toEqual(CLASSIFICATION);
    expect((await journal(numero)).at(-1)).toEqual({
      action: 'dossier.classe',
      details: { de: null, vers: 'Culture › Musique' },
    });

    const inconnu = await put(numero, 'classement', { version: 3, classement: ['culture', 'cinema'] }).expect(422);
    expect(inconnu.body.error.details.erreurs).toEqual([
      {
        champ: 'classement.1',
        code: 'CLASSEMENT_INVALIDE',
        message: '« cinema » n’est pas une sous-rubrique de « Culture ».',
      },
    ]);
    await put(numero, 'classement', { version: 3, classement: ['a', 'b', 'c', 'd', 'e'] }).expect(400);
    await put(numero, 'classement', { version: 2, classement: ['sport'] }).expect(409);
    await put(numero, 'classement', { version: 3, classement: ['sport'] }, paul).expect(404);
    const vide = await put(numero, 'classement', { version: 3, classement: [] }).expect(200);
    expect(vide.body.data.classement).toEqual([]);
  });

  it('pose les drapeaux (ordre fixe), les montre dans la liste et filtre dessus', async () => {
    const numero = await deposerDossier(instance.strapi, jean);
    const res = await put(numero, 'drapeaux', { version: 2, drapeaux: ['urgent', 'prioritaire'] }).expect(200);
    expect(res.body.data).toMatchObject({ drapeaux: ['prioritaire', 'urgent'], version: 3 });
    expect((await journal(numero)).at(-1)).toEqual({
      action: 'dossier.drapeaux_modifies',
      details: { de: null, vers: 'prioritaire,urgent' },
    });
    await put(numero, 'drapeaux', { version: 3, drapeaux: ['rouge'] }).expect(400);
    await put(numero, 'drapeaux', { version: 3, drapeaux: ['urgent', 'urgent'] }).expect(400);
    await put(numero, 'drapeaux', { version: 2, drapeaux: [] }).expect(409);

    const urgents = await api().get('/instruction/dossiers?drapeau=urgent').set(en(claire)).expect(200);
    expect(urgents.body.data.map((d: { numero: string }) => d.numero)).toEqual([numero]);
    expect(urgents.body.data[0].drapeaux).toEqual(['prioritaire', 'urgent']);
    const signales = await api().get('/instruction/dossiers?drapeau=signale').set(en(claire)).expect(200);
    expect(signales.body.data).toEqual([]);
  });
});

describe('suppression', () => {
  it('supprime avec « décider », le numéro recopié et un motif ; le dossier disparaît partout', async () => {
    const numero = await deposerDossier(instance.strapi, jean);
    const supprimer = (corps: Record<string, unknown>, agent = claire) =>
      api().delete(`/instruction/dossiers/${numero}`).set(en(agent)).send(corps);

    const sansDroit = await supprimer({ version: 2, confirmation: numero, motif: 'Doublon' }, lea).expect(403);
    expect(sansDroit.body.error.message).toMatch(/droit « décider »/);
    const mauvais = await supprimer({ version: 2, confirmation: '2026-000000', motif: 'Doublon' }).expect(422);
    expect(mauvais.body.error.details.erreurs[0]).toMatchObject({ champ: 'confirmation' });
    expect(mauvais.body.error.message).toContain(numero);
    const sansMotif = await supprimer({ version: 2, confirmation: numero, motif: '  ' }).expect(422);
    expect(sansMotif.body.error.details.erreurs[0]).toMatchObject({ champ: 'motif', code: 'MOTIF_OBLIGATOIRE' });
    await supprimer({ version: 1, confirmation: numero, motif: 'Doublon' }).expect(409);
    await supprimer({ version: 2, confirmation: numero, motif: 'Doublon' }, paul).expect(404);
    await supprimer({ version: 2, confirmation: numero }).expect(400);

    const ok = await supprimer({ version: 2, confirmation: numero, motif: 'Doublon du dossier précédent' }).expect(200);
    expect(ok.body.data).toEqual({ numero, supprime: true });
    const ligne = await knex()('instruction_dossiers').where({ numero }).first();
    expect(ligne.supprime_le).not.toBeNull();
    expect(Number(ligne.supprime_par_agent_id)).toBe(claire.id);
    expect(ligne.motif_suppression).toBe('Doublon du dossier précédent');
    expect((await journal(numero)).at(-1)).toEqual({
      action: 'dossier.supprime',
      details: { motif: 'Doublon du dossier précédent' },
    });

    await lire(numero).expect(404);
    await supprimer({ version: 3, confirmation: numero, motif: 'Encore' }).expect(404);
    await api()
      .get(`/api/usagers/dossiers/${numero}`)
      .set({ Authorization: `Bearer ${jean.jwt}` })
      .expect(404);
    const liste = await api().get('/instruction/dossiers').set(en(claire)).expect(200);
    expect(liste.body.data.map((d: { numero: string }) => d.numero)).not.toContain(numero);

    // The admin's fetch client cannot send a DELETE body: the same operation as a POST.
    const autre = await deposerDossier(instance.strapi, jean);
    await api()
      .post(`/instruction/dossiers/${autre}/suppression`)
      .set(en(claire))
      .send({ version: 2, confirmation: autre, motif: 'Test' })
      .expect(200);
    await lire(autre).expect(404);
  });
});

describe('dossiers liés et duplication', () => {
  it('lie un dossier à un parent, refuse les boucles, journalise des deux côtés', async () => {
    const a = await deposerDossier(instance.strapi, jean);
    const b = await deposerDossier(instance.strapi, jean);
    const lie = await put(b, 'parent', { version: 2, parent: a }).expect(200);
    expect(lie.body.data).toMatchObject({ parent: a, version: 3 });
    expect((await lire(a).expect(200)).body.data).toMatchObject({ enfants: [b], version: 2 });
    expect((await journal(b)).at(-1)).toEqual({ action: 'dossier.lie', details: { parent: a, ancienParent: null } });
    expect((await journal(a)).at(-1)).toEqual({ action: 'dossier.lie', details: { enfantAjoute: b } });

    const boucle = await put(a, 'parent', { version: 2, parent: b }).expect(422);
    expect(boucle.body.error).toMatchObject({ name: 'LIEN_CIRCULAIRE' });
    expect(boucle.body.error.message).toMatch(/boucle/);
    await put(a, 'parent', { version: 2, parent: a }).expect(422);
    const inconnu = await put(a, 'parent', { version: 2, parent: '2026-999999' }).expect(422);
    expect(inconnu.body.error.details.erreurs[0]).toMatchObject({ champ: 'parent', code: 'PARENT_INTROUVABLE' });
    await put(b, 'parent', { version: 2, parent: null }).expect(409);

    const delie = await put(b, 'parent', { version: 3, parent: null }).expect(200);
    expect(delie.body.data.parent).toBeNull();
    expect((await journal(a)).at(-1)).toEqual({ action: 'dossier.lie', details: { enfantRetire: b } });
  });

  it('duplique avec ou sans lien : nouveau dossier déposé, mêmes données, sans renvoyer les actions', async () => {
    const original = await deposerDossier(instance.strapi, jean);
    const avecLien = await api()
      .post(`/instruction/dossiers/${original}/duplication`)
      .set(en(claire))
      .send({ lier: true })
      .expect(201);
    const copie = avecLien.body.data;
    expect(copie.numero).not.toBe(original);
    expect(copie).toMatchObject({ statut: 'recu', etat: 'depose', version: 2, parent: original, creeParAgent: true });
    expect(copie.donnees).toEqual(SAISIE_VALIDE);
    expect(copie.historique.at(-1)).toMatchObject({ nature: 'depot', vers: 'recu', acteurNom: 'Agent claire' });
    const idCopie = Number((await knex()('instruction_dossiers').where({ numero: copie.numero }).first()).id);
    expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: idCopie })).toBe(0);
    expect((await journal(copie.numero)).at(-1)).toEqual({
      action: 'dossier.duplique',
      details: { original, lie: 1 },
    });
    expect((await journal(original)).at(-1)).toEqual({
      action: 'dossier.duplique',
      details: { copie: copie.numero, lie: 1 },
    });
    // The citizen sees the copy among their dossiers.
    const siens = await api()
      .get('/api/usagers/dossiers')
      .set({ Authorization: `Bearer ${jean.jwt}` })
      .expect(200);
    expect(siens.body.data.map((d: { numero: string }) => d.numero)).toContain(copie.numero);

    const sansLien = await api()
      .post(`/instruction/dossiers/${original}/duplication`)
      .set(en(claire))
      .send({ lier: false })
      .expect(201);
    expect(sansLien.body.data.parent).toBeNull();
    await api().post(`/instruction/dossiers/${original}/duplication`).set(en(paul)).send({ lier: false }).expect(404);
    await api().post(`/instruction/dossiers/${original}/duplication`).set(en(claire)).send({}).expect(400);
  });
});

describe('modifications en masse', () => {
  it('modifie les champs de la vue agent sur une sélection, avec des échecs par dossier en français', async () => {
    const [a, b, c] = [
      await deposerDossier(instance.strapi, jean),
      await deposerDossier(instance.strapi, jean),
      await deposerDossier(instance.strapi, jean),
    ];
    const res = await api()
      .post('/instruction/dossiers/modifications-en-masse')
      .set(en(claire))
      .send({
        champs: { description: 'Commission du 12 mars' },
        dossiers: [
          { numero: a, version: 2 },
          { numero: b, version: 1 },
          { numero: '2026-999998', version: 2 },
          { numero: c, version: 2 },
        ],
      })
      .expect(200);
    expect(res.body.data.reussis).toEqual([a, c]);
    expect(res.body.data.echecs).toEqual([
      { numero: b, code: 'VERSION_PERIMEE', message: expect.stringContaining(`Le dossier ${b} a été modifié`) },
      { numero: '2026-999998', code: 'INTROUVABLE', message: 'Le dossier 2026-999998 est introuvable.' },
    ]);
    expect(res.body.data.bilan).toEqual({
      reussis: 2,
      echecs: 2,
      parCode: { VERSION_PERIMEE: 1, INTROUVABLE: 1 },
    });
    const relu = (await lire(a).expect(200)).body.data;
    expect(relu).toMatchObject({ version: 3, donnees: { ...SAISIE_VALIDE, description: 'Commission du 12 mars' } });
    expect((await journal(c)).at(-1)).toEqual({
      action: 'dossier.donnees_modifiees',
      details: { champs: 'description', enMasse: 1 },
    });
    expect((await lire(b).expect(200)).body.data.version).toBe(2);

    const invalide = await api()
      .post('/instruction/dossiers/modifications-en-masse')
      .set(en(claire))
      .send({ champs: { montant_demande: 20000 }, dossiers: [{ numero: b, version: 2 }] })
      .expect(200);
    expect(invalide.body.data.echecs).toEqual([
      {
        numero: b,
        code: 'SAISIE_INVALIDE',
        message: expect.stringMatching(/^Le dossier .* n’a pas été modifié : montant_demande/),
      },
    ]);
    await api()
      .post('/instruction/dossiers/modifications-en-masse')
      .set(en(claire))
      .send({ champs: {}, dossiers: [{ numero: b, version: 2 }] })
      .expect(400);
  });
});

describe('création par un agent', () => {
  it('crée un individu, le retrouve sans accents, et dépose un dossier pour lui', async () => {
    const cree = await api()
      .post('/instruction/tiers/individus')
      .set(en(claire))
      .send({ nom: 'Durand', prenom: 'Élodie', dateNaissance: '1985-04-12', adresse: { commune: 'Valence' } })
      .expect(201);
    expect(cree.body.data).toEqual({
      id: expect.any(Number),
      nom: 'Durand',
      prenom: 'Élodie',
      dateNaissance: '1985-04-12',
      commune: 'Valence',
    });
    const trouves = await api().get('/instruction/tiers/individus?q=elodie%20DUR').set(en(lea)).expect(200);
    expect(trouves.body.data).toEqual([cree.body.data]);
    expect((await api().get('/instruction/tiers/individus?q=zzz').set(en(claire)).expect(200)).body.data).toEqual([]);
    await api().get('/instruction/tiers/individus?q=elodie').set(en(paul)).expect(403);
    const court = await api().get('/instruction/tiers/individus?q=e').set(en(claire)).expect(422);
    expect(court.body.error.details.erreurs).toEqual([
      { champ: 'q', code: 'SAISIE_INVALIDE', message: 'Tapez au moins deux lettres.' },
    ]);
    const invalide = await api()
      .post('/instruction/tiers/individus')
      .set(en(claire))
      .send({ prenom: 'Sans nom', dateNaissance: '1985-02-31', email: 'pas-un-courriel' })
      .expect(422);
    expect(invalide.body.error.details.erreurs).toEqual([
      { champ: 'nom', code: 'SAISIE_INVALIDE', message: 'Ce champ est obligatoire.' },
      { champ: 'dateNaissance', code: 'SAISIE_INVALIDE', message: 'Cette date n’existe pas.' },
      { champ: 'email', code: 'SAISIE_INVALIDE', message: 'Adresse électronique invalide.' },
    ]);

    const ouverts = await api().get('/instruction/creation/dispositifs').set(en(lea)).expect(200);
    expect(ouverts.body.data).toEqual([
      { slug: 'aide-projets-associatifs', titre: 'Aide aux projets associatifs', creationAnonyme: false },
    ]);
    expect((await api().get('/instruction/creation/dispositifs').set(en(paul)).expect(200)).body.data).toEqual([]);

    const dossier = await api()
      .post('/instruction/dossiers')
      .set(en(claire))
      .send({
        dispositif: 'aide-projets-associatifs',
        individuId: cree.body.data.id,
        donnees: { intitule: 'Au guichet' },
      })
      .expect(201);
    expect(dossier.body.data).toMatchObject({
      statut: 'recu',
      etat: 'depose',
      version: 2,
      creeParAgent: true,
      donnees: { intitule: 'Au guichet' },
    });
    const ligne = await knex()('instruction_dossiers').where({ numero: dossier.body.data.numero }).first();
    expect(Number(ligne.individu_id)).toBe(cree.body.data.id);
    expect(Number(ligne.cree_par_agent_id)).toBe(claire.id);
    expect((await journal(dossier.body.data.numero)).map((e: { action: string }) => e.action)).toEqual([
      'dossier.cree_par_agent',
    ]);
    // No citizen account behind this individu: the technical account, blocked, and no email queued.
    const usager = await knex()('up_users').where({ id: ligne.usager_id }).first();
    expect(usager).toMatchObject({ username: 'guichet-anonyme' });
    expect(Boolean(usager.blocked)).toBe(true);
    expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: ligne.id })).toBe(0);
  });

  it('crée un dossier anonyme seulement si le dispositif l’autorise ; refuse le reste en français', async () => {
    const creer = (corps: Record<string, unknown>, agent = claire) =>
      api().post('/instruction/dossiers').set(en(agent)).send(corps);
    const refuse = await creer({ dispositif: 'aide-projets-associatifs', anonyme: true }).expect(422);
    expect(refuse.body.error.details.erreurs).toEqual([
      { champ: 'anonyme', code: 'ANONYME_INTERDIT', message: 'Ce dispositif n’accepte pas de dossier anonyme.' },
    ]);
    await reglerDispositif({ creation_anonyme: true });
    const anonyme = await creer({ dispositif: 'aide-projets-associatifs', anonyme: true }).expect(201);
    const ligne = await knex()('instruction_dossiers').where({ numero: anonyme.body.data.numero }).first();
    const individu = await knex()('usagers_individus').where({ id: ligne.individu_id }).first();
    expect(individu).toMatchObject({ nom: 'Anonyme' });
    expect(Boolean(individu.anonyme)).toBe(true);

    await creer({ dispositif: 'inconnu', anonyme: true }).expect(404);
    await creer({ dispositif: 'aide-projets-associatifs', anonyme: true }, paul).expect(404);
    const sansIndividu = await creer({ dispositif: 'aide-projets-associatifs', individuId: 999999 }).expect(422);
    expect(sansIndividu.body.error.details.erreurs[0]).toMatchObject({ champ: 'individuId' });
    await creer({ dispositif: 'aide-projets-associatifs' }).expect(400);
    const saisie = await creer({
      dispositif: 'aide-projets-associatifs',
      anonyme: true,
      donnees: { montant_demande: 20000 },
    }).expect(422);
    expect(saisie.body.error.details.erreurs[0]).toMatchObject({ champ: 'montant_demande', code: 'HORS_BORNES' });
  });
});

describe('actions creer_individu et creer_profil', () => {
  /** Runs a tiers executor as the dispatcher would, for an outbox row of key `cle`. */
  async function executer(
    type: 'creer_individu' | 'creer_profil',
    numero: string,
    cle: string,
    correspondances: Record<string, string>,
  ) {
    const { id } = await knex()('instruction_dossiers').where({ numero }).first();
    const dossier = (await trouverDossierParId(knex(), Number(id)))!;
    const dispositif = (await trouverDispositif(knex(), dossier.dispositifId))!;
    const effet = { type, correspondances, ordre: 0, dossierId: dossier.id };
    const ligne = {
      id: 0,
      cle,
      dossierId: dossier.id,
      historiqueId: 0,
      type,
      payload: effet,
      etat: 'en_cours',
      tentatives: 1,
    };
    const ctx = { strapi: instance.strapi, ligne, dossier, dispositif } as never;
    await (executeursTiers[type] as (e: unknown, c: unknown) => Promise<void>)(effet, ctx);
    return Number(id);
  }

  it('crée l’individu du dossier une seule fois par ligne, puis le met à jour ; crée et relie le profil', async () => {
    const numero = await deposerDossier(instance.strapi, jean);
    const individus = await compter(instance.strapi, 'usagers_individus', {});
    const id = await executer('creer_individu', numero, 'h1:0', { intitule: 'nom', date_debut: 'dateNaissance' });
    await executer('creer_individu', numero, 'h1:0', { intitule: 'nom' });
    expect(await compter(instance.strapi, 'usagers_individus', {})).toBe(individus + 1);
    const dossier = await knex()('instruction_dossiers').where({ id }).first();
    expect(Number(dossier.version)).toBe(3);
    const individu = await knex()('usagers_individus').where({ id: dossier.individu_id }).first();
    expect(individu).toMatchObject({ nom: SAISIE_VALIDE.intitule, recherche: 'festival de la vallee' });
    expect((await journal(numero)).at(-1)).toEqual({
      action: 'tiers.individu_enregistre',
      details: { individuId: Number(dossier.individu_id), cree: 1, proprietes: 'dateNaissance,nom', cle: 'h1:0' },
    });

    await executer('creer_individu', numero, 'h2:0', { categorie: 'prenom' });
    expect(await compter(instance.strapi, 'usagers_individus', {})).toBe(individus + 1);
    expect((await knex()('usagers_individus').where({ id: dossier.individu_id }).first()).prenom).toBe('culture');

    await executer('creer_profil', numero, 'h3:0', { intitule: 'nom' });
    await executer('creer_profil', numero, 'h3:0', { intitule: 'nom' });
    const profils = await knex()('usagers_profils').where({ nom: SAISIE_VALIDE.intitule });
    expect(profils).toHaveLength(1);
    expect(profils[0]).toMatchObject({ type: 'famille' });
    expect(
      await compter(instance.strapi, 'usagers_membres', { profil_id: profils[0].id, individu_id: dossier.individu_id }),
    ).toBe(1);
    // The dossier is now filed for that profil: a citizen member of it sees it, another citizen does not.
    const relie = await knex()('instruction_dossiers').where({ id }).first();
    expect([Number(relie.profil_id), Number(relie.version)]).toEqual([Number(profils[0].id), 4]);
    const membre = await creerUsager(instance.strapi, 'membre-du-profil');
    const etranger = await creerUsager(instance.strapi, 'etranger-au-profil');
    const voir = (u: { jwt: string }) =>
      api().get(`/api/usagers/dossiers/${numero}`).set('Authorization', `Bearer ${u.jwt}`);
    await voir(membre).expect(404);
    const maintenant = new Date();
    const [individuMembre] = await knex()('usagers_individus')
      .insert({
        document_id: 'membre-profil-0000000001',
        created_at: maintenant,
        updated_at: maintenant,
        type: 'adulte',
        nom: 'Membre',
        usager_id: membre.id,
      })
      .returning('id');
    await knex()('usagers_membres').insert({
      document_id: 'membre-profil-0000000002',
      created_at: maintenant,
      updated_at: maintenant,
      profil_id: profils[0].id,
      individu_id: typeof individuMembre === 'object' ? individuMembre.id : individuMembre,
    });
    expect((await voir(membre).expect(200)).body.data.numero).toBe(numero);
    await voir(etranger).expect(404);

    const sansNom = await deposerDossier(instance.strapi, jean);
    await expect(executer('creer_individu', sansNom, 'h4:0', { description: 'nom' })).rejects.toThrow(/nom est vide/);
  });
});

describe('modifications répétées par l’usager', () => {
  it('après trop de modifications dans la période, passe une fois au statut prévu ; seuls les onglets ouverts changent', async () => {
    const numero = await deposerDossier(instance.strapi, jean);
    const citoyen = { Authorization: `Bearer ${jean.jwt}` };
    const enregistrer = (version: number, donnees: Record<string, unknown>) =>
      api().put(`/api/usagers/dossiers/${numero}`).set(citoyen).send({ version, donnees });

    const ferme = await enregistrer(2, { ...SAISIE_VALIDE, description: 'Ajout' }).expect(409);
    expect(ferme.body.error.name).toBe('DEJA_DEPOSE');
    await knex()('instruction_dossiers')
      .where({ numero })
      .update({ onglets: JSON.stringify({ usager: { projet: 'modifiable' } }) });
    await reglerDispositif({
      editions_repetees: JSON.stringify({ seuil: 2, periodeHeures: 24, statut: 'en_instruction' }),
    });
    try {
      const verrouille = await enregistrer(2, { ...SAISIE_VALIDE, siret: '73282932000074' }).expect(422);
      expect(verrouille.body.error.details.erreurs).toEqual([
        { champ: 'siret', code: 'CHAMP_NON_MODIFIABLE', message: 'Ce champ ne peut plus être modifié.' },
      ]);
      await enregistrer(1, { ...SAISIE_VALIDE, description: 'v0' }).expect(409);

      let version = 2;
      for (const description of ['v1', 'v2']) {
        const res = await enregistrer(version, { ...SAISIE_VALIDE, description }).expect(200);
        version = res.body.data.version;
        expect(res.body.data.statutLibelle).toBe('Reçu');
      }
      const troisieme = await enregistrer(version, { ...SAISIE_VALIDE, description: 'v3' }).expect(200);
      expect(troisieme.body.data.donnees.description).toBe('v3');
      const agent = (await lire(numero).expect(200)).body.data;
      expect(agent).toMatchObject({ statut: 'en_instruction', version: version + 2 });
      expect(agent.historique.at(-1)).toMatchObject({ vers: 'en_instruction', acteurNom: 'Modifications répétées' });
      const actions = (await journal(numero)).map((e: { action: string }) => e.action);
      expect(actions.filter((a: string) => a === 'dossier.donnees_modifiees')).toHaveLength(3);
      expect((await journal(numero)).at(-1)).toEqual({
        action: 'dossier.editions_repetees',
        details: { editions: 3, seuil: 2, periodeHeures: 24, statut: 'en_instruction', de: 'recu' },
      });

      // Once: a fourth edit changes the data, never the statut again.
      await enregistrer(agent.version, { ...SAISIE_VALIDE, description: 'v4' }).expect(200);
      const apres = await journal(numero);
      expect(apres.filter((e: { action: string }) => e.action === 'dossier.editions_repetees')).toHaveLength(1);
    } finally {
      await reglerDispositif({ editions_repetees: null });
    }
  });
});

describe('transfert vers un autre dispositif (correction)', () => {
  it('change de dispositif et de statut avec un motif, journalisé ; 409, 404, 422 sinon', async () => {
    const { inserer, nouveauDocumentId } = await import('../../extensions/instruction/server/src/repositories/sql');
    const demo = await knex()('instruction_dispositifs').where({ id: dispositifId }).first();
    const copie = (slug: string, modeleCode: string) => {
      const ligne: Record<string, unknown> = {};
      for (const [cle, valeur] of Object.entries(demo)) {
        if (cle === 'id') continue;
        ligne[cle] =
          valeur !== null && typeof valeur === 'object' && !(valeur instanceof Date) ? JSON.stringify(valeur) : valeur;
      }
      return { ...ligne, document_id: nouveauDocumentId(), slug, titre: `Copie ${slug}`, modele_code: modeleCode };
    };
    const memeModele = await inserer(knex(), 'instruction_dispositifs', copie('aide-bis', demo.modele_code));
    const autreModele = await inserer(knex(), 'instruction_dispositifs', copie('aide-autre', 'autre_modele'));
    await instance.strapi
      .plugin('instruction')
      .service('droits')
      .habiliterAgent({
        adminUserId: claire.id,
        profil: { code: 'transfert-claire', libelle: 'Transferts' },
        dispositifIds: [memeModele, autreModele],
        droits: ['voir', 'instruire', 'decider'],
      });
    const numero = await deposerDossier(instance.strapi, jean);
    const transferer = (corps: Record<string, unknown>, agent = claire) =>
      api().post(`/instruction/dossiers/${numero}/transfert`).set(en(agent)).send(corps);

    const sansMotif = await transferer({ version: 2, dispositif: 'aide-bis', vers: 'en_instruction', motif: ' ' });
    expect(sansMotif.status).toBe(400);
    const autre = await transferer({ version: 2, dispositif: 'aide-autre', vers: 'recu', motif: 'Erreur de dépôt' });
    expect([autre.status, autre.body.error.name]).toEqual([422, 'MODELE_DIFFERENT']);
    const inconnu = await transferer({ version: 2, dispositif: 'aide-fantome', vers: 'recu', motif: 'x' });
    expect([inconnu.status, inconnu.body.error.name]).toEqual([404, 'DISPOSITIF_INTROUVABLE']);
    // Léa instructs the source dispositif but holds no right on the target: it does not exist for her.
    const lea404 = await transferer({ version: 2, dispositif: 'aide-bis', vers: 'recu', motif: 'x' }, lea);
    expect([lea404.status, lea404.body.error.name]).toEqual([404, 'DISPOSITIF_INTROUVABLE']);
    await transferer({ version: 1, dispositif: 'aide-bis', vers: 'recu', motif: 'x' }).expect(409);

    const { id } = await knex()('instruction_dossiers').where({ numero }).first();
    const outboxAvant = await compter(instance.strapi, 'instruction_outbox', { dossier_id: id });
    const ok = await transferer({
      version: 2,
      dispositif: 'aide-bis',
      vers: 'en_instruction',
      motif: 'Mauvais dispositif',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({
      dispositif: { slug: 'aide-bis' },
      statut: 'en_instruction',
      version: 3,
      donnees: SAISIE_VALIDE,
    });
    expect(ok.body.data.historique.at(-1)).toMatchObject({ nature: 'correction', motif: 'Mauvais dispositif' });
    expect((await journal(numero)).at(-1)).toEqual({
      action: 'dossier.transfere',
      details: {
        de: 'aide-projets-associatifs',
        vers: 'aide-bis',
        statut: 'en_instruction',
        motif: 'Mauvais dispositif',
        actionsExecutees: 0,
      },
    });
    // A correction runs the target statut's actions only when asked.
    expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: id })).toBe(outboxAvant);
  });
});

describe('transferts possibles (formulaire de transfert)', () => {
  it('liste les autres dispositifs au même formulaire où l’agent décide, avec leurs statuts ; 404 hors périmètre', async () => {
    const { inserer, nouveauDocumentId } = await import('../../extensions/instruction/server/src/repositories/sql');
    const demo = await knex()('instruction_dispositifs').where({ id: dispositifId }).first();
    const copie = (slug: string, modeleCode: string) => {
      const ligne: Record<string, unknown> = {};
      for (const [cle, valeur] of Object.entries(demo)) {
        if (cle === 'id') continue;
        ligne[cle] =
          valeur !== null && typeof valeur === 'object' && !(valeur instanceof Date) ? JSON.stringify(valeur) : valeur;
      }
      return { ...ligne, document_id: nouveauDocumentId(), slug, titre: `Cible ${slug}`, modele_code: modeleCode };
    };
    const cible = await inserer(knex(), 'instruction_dispositifs', copie('aide-cible', demo.modele_code));
    const voirSeulement = await inserer(knex(), 'instruction_dispositifs', copie('aide-vue', demo.modele_code));
    const autreModele = await inserer(knex(), 'instruction_dispositifs', copie('aide-autre-form', 'autre_form'));
    // Agents of their own, so that the dispositifs other describes create do not show up here.
    const marc = await creerAgent(instance.strapi, 'marc@transferts.test', [dispositifId, cible, autreModele]);
    const droits = instance.strapi.plugin('instruction').service('droits');
    await droits.habiliterAgent({
      adminUserId: marc.id,
      profil: { code: 'transferts-marc-vue', libelle: 'Vue seule' },
      dispositifIds: [voirSeulement],
      droits: ['voir', 'instruire'],
    });
    const sansDecision = await creerAgent(
      instance.strapi,
      'ines@transferts.test',
      [dispositifId, cible],
      ['voir', 'instruire'],
    );
    const numero = await deposerDossier(instance.strapi, jean);
    const possibles = (agent: { jeton: string }) =>
      api().get(`/instruction/dossiers/${numero}/transferts-possibles`).set(en(agent));

    const res = await possibles(marc).expect(200);
    expect(res.body.data).toEqual([
      {
        slug: 'aide-cible',
        titre: 'Cible aide-cible',
        statuts: expect.arrayContaining([
          { code: 'recu', libelle: 'Reçu', etape: expect.any(String) },
          { code: 'en_instruction', libelle: expect.any(String), etape: expect.any(String) },
        ]),
      },
    ]);
    // Without « décider » on the dossier's dispositif, no transfer is possible at all.
    expect((await possibles(sansDecision).expect(200)).body.data).toEqual([]);
    await possibles(paul).expect(404);

    // What the list offers, the transfer accepts.
    const ok = await api()
      .post(`/instruction/dossiers/${numero}/transfert`)
      .set(en(marc))
      .send({ version: 2, dispositif: 'aide-cible', vers: 'en_instruction', motif: 'Erreur d’aiguillage' });
    expect([ok.status, ok.body.data.dispositif.slug]).toEqual([200, 'aide-cible']);
    // From the target, the dossier's former dispositif is now the possible one.
    expect((await possibles(marc).expect(200)).body.data.map((d: { slug: string }) => d.slug)).toEqual([
      'aide-projets-associatifs',
    ]);
  });
});
