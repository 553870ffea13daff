import request from 'supertest';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let claire: { id: number; jeton: string };
let horsPerimetre: { id: number; jeton: string };
let numero: string;
const api = () => request(instance.http);
const en = (a: { jeton: string }) => ({ Authorization: `Bearer ${a.jeton}` });

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  claire = await creerAgent(instance.strapi, 'claire@agents.test', [dispositifId]);
  horsPerimetre = await creerAgent(instance.strapi, 'paul@agents.test', []);
  const jean = await creerUsager(instance.strapi, 'sub-jean');
  numero = await deposerDossier(instance.strapi, jean);
  // A brouillon is the citizen's business: agents never see it.
  await api()
    .post('/api/usagers/dossiers')
    .set({ Authorization: `Bearer ${jean.jwt}` })
    .send({ dispositif: 'aide-projets-associatifs' })
    .expect(201);
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

describe('portefeuille de l’agent', () => {
  it('liste les dossiers déposés des dispositifs où l’agent est habilité, et eux seuls', async () => {
    const liste = await api().get('/instruction/dossiers').set(en(claire)).expect(200);
    expect(liste.body.data).toEqual([expect.objectContaining({ numero, statut: 'recu', statutLibelle: 'Reçu' })]);
    const vide = await api().get('/instruction/dossiers').set(en(horsPerimetre)).expect(200);
    expect(vide.body.data).toEqual([]);
  });

  it('répond 404 (pas 403) à un agent hors périmètre, pour le dossier, la transition et les fichiers', async () => {
    await api().get(`/instruction/dossiers/${numero}`).set(en(horsPerimetre)).expect(404);
    await api()
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set(en(horsPerimetre))
      .send({ vers: 'en_instruction', version: 2 })
      .expect(404);
    await api().get(`/instruction/dossiers/${numero}/pieces/1/fichier`).set(en(horsPerimetre)).expect(404);
  });

  it('refuse les paramètres inconnus et les pages trop grandes', async () => {
    await api().get('/instruction/dossiers?limite=1000').set(en(claire)).expect(400);
    await api().get('/instruction/dossiers?filters[donnees][$ne]=x').set(en(claire)).expect(400);
  });

  it('refuse un appel sans jeton d’administration', async () => {
    await api().get('/instruction/dossiers').expect(401);
  });
});

describe('changement de statut', () => {
  it('suit le guide : transition autorisée, historique, une ligne d’outbox par action', async () => {
    const detail = await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200);
    expect(detail.body.data.transitions).toEqual([{ vers: 'en_instruction', libelle: 'Prendre en charge' }]);
    expect(detail.body.data.usager).toEqual({ prenom: 'Jean', nom: 'Dupont', email: 'sub-jean@example.fr' });

    const interdit = await api()
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set(en(claire))
      .send({ vers: 'accepte', version: 2 })
      .expect(422);
    expect(interdit.body.error.name).toBe('TRANSITION_NON_AUTORISEE');
    await api()
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set(en(claire))
      .send({ vers: 'en_instruction' })
      .expect(400);

    const ok = await api()
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set(en(claire))
      .send({ vers: 'en_instruction', version: 2 })
      .expect(200);
    expect(ok.body.data).toMatchObject({ statut: 'en_instruction', version: 3 });
    expect(ok.body.data.historique.map((h: { vers: string }) => h.vers)).toEqual(['recu', 'en_instruction']);
    expect(ok.body.data.historique[1].acteurNom).toBe('Agent claire');
    expect(ok.body.data.livraisons.map((l: { type: string }) => l.type)).toEqual(['courriel', 'courriel', 'document']);

    const perime = await api()
      .post(`/instruction/dossiers/${numero}/transitions`)
      .set(en(claire))
      .send({ vers: 'accepte', version: 2 })
      .expect(409);
    expect(perime.body.error.message).toMatch(/modifié entre-temps/);
  });

  it('deux transitions simultanées : une seule réussit, l’autre reçoit 409, un seul historique', async () => {
    const jean = await creerUsager(instance.strapi, 'sub-concurrence');
    const autre = await deposerDossier(instance.strapi, jean);
    const envois = await Promise.all(
      ['en_instruction', 'en_instruction'].map((vers) =>
        api().post(`/instruction/dossiers/${autre}/transitions`).set(en(claire)).send({ vers, version: 2 }),
      ),
    );
    expect(envois.map((r) => r.status).sort()).toEqual([200, 409]);
    const knex = instance.strapi.db.connection;
    const dossier = await knex('instruction_dossiers').where({ numero: autre }).first();
    expect(await compter(instance.strapi, 'instruction_historiques', { dossier_id: dossier.id })).toBe(2);
    expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: dossier.id, type: 'document' })).toBe(1);
  });
});

describe('droits de l’habilitation', () => {
  it('un agent qui instruit sans décider ne voit ni ne déclenche les transitions qui demandent « décider » (403)', async () => {
    const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
    const instructeur = await creerAgent(instance.strapi, 'lea@agents.test', [dispositifId], ['lire', 'instruire']);
    const jean = await creerUsager(instance.strapi, 'sub-droits');
    const dossier = await deposerDossier(instance.strapi, jean);

    const recu = await api().get(`/instruction/dossiers/${dossier}`).set(en(instructeur)).expect(200);
    expect(recu.body.data.droits).toEqual(['instruire']);
    expect(recu.body.data.transitions).toEqual([{ vers: 'en_instruction', libelle: 'Prendre en charge' }]);
    await api()
      .post(`/instruction/dossiers/${dossier}/transitions`)
      .set(en(instructeur))
      .send({ vers: 'en_instruction', version: 2 })
      .expect(200);

    const enInstruction = await api().get(`/instruction/dossiers/${dossier}`).set(en(instructeur)).expect(200);
    expect(enInstruction.body.data.transitions).toEqual([]);
    const refus = await api()
      .post(`/instruction/dossiers/${dossier}/transitions`)
      .set(en(instructeur))
      .send({ vers: 'accepte', version: 3 })
      .expect(403);
    expect(refus.body.error).toMatchObject({ name: 'DROITS_INSUFFISANTS' });
    expect(refus.body.error.message).toMatch(/demande le droit «\u00A0décider\u00A0»/);

    // The agent who holds « décider » sees both decisions and takes one; nothing was written by the refusal.
    const decideur = await api().get(`/instruction/dossiers/${dossier}`).set(en(claire)).expect(200);
    expect(decideur.body.data.version).toBe(3);
    expect(decideur.body.data.transitions.map((t: { vers: string }) => t.vers)).toEqual(['accepte', 'refuse']);
    await api()
      .post(`/instruction/dossiers/${dossier}/transitions`)
      .set(en(claire))
      .send({ vers: 'accepte', version: 3 })
      .expect(200);
  });

  it('un droit inconnu dans l’habilitation n’accorde rien', async () => {
    const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
    const lecteur = await creerAgent(instance.strapi, 'max@agents.test', [dispositifId], ['lire', 'Instruire', 'tout']);
    const jean = await creerUsager(instance.strapi, 'sub-lecteur');
    const dossier = await deposerDossier(instance.strapi, jean);
    const detail = await api().get(`/instruction/dossiers/${dossier}`).set(en(lecteur)).expect(200);
    expect(detail.body.data).toMatchObject({ droits: [], transitions: [] });
    await api()
      .post(`/instruction/dossiers/${dossier}/transitions`)
      .set(en(lecteur))
      .send({ vers: 'en_instruction', version: 2 })
      .expect(403);
  });
});

describe('délais', () => {
  const JOUR = 24 * 3600 * 1000;

  it('montre le délai de l’étape dans la liste et le détail, en retard quand l’entrée dans l’étape est ancienne', async () => {
    const knex = instance.strapi.db.connection;
    const jean = await creerUsager(instance.strapi, 'sub-delais');
    const dossier = await deposerDossier(instance.strapi, jean);
    const ligne = await knex('instruction_dossiers').where({ numero: dossier }).first();
    expect(ligne.entree_etape_le).not.toBeNull();
    const depot = await knex('instruction_historiques').where({ dossier_id: ligne.id }).first();
    expect(depot).toMatchObject({ nature: 'depot', etape_vers: 'depot', motif: null });
    expect(Boolean(depot.avance_ligne_de_vie)).toBe(true);
    const sautees = typeof depot.etapes_sautees === 'string' ? JSON.parse(depot.etapes_sautees) : depot.etapes_sautees;
    expect(sautees).toEqual([]);

    // « Dépôt » gives 5 working days from the day the dossier entered it.
    const frais = await api().get(`/instruction/dossiers/${dossier}`).set(en(claire)).expect(200);
    expect(frais.body.data.delai).toEqual({
      etat: 'dans_les_temps',
      jours: 5,
      echeance: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });

    // 15 calendar days back always hold more than 5 working days, holidays included.
    await knex('instruction_dossiers')
      .where({ id: ligne.id })
      .update({ entree_etape_le: new Date(Date.now() - 15 * JOUR) });
    const liste = await api().get('/instruction/dossiers').set(en(claire)).expect(200);
    const enRetard = liste.body.data.find((d: { numero: string }) => d.numero === dossier);
    expect(enRetard.delai).toMatchObject({ etat: 'en_retard' });
    expect(enRetard.delai.jours).toBeGreaterThanOrEqual(1);
    const detail = await api().get(`/instruction/dossiers/${dossier}`).set(en(claire)).expect(200);
    expect(detail.body.data.delai).toEqual(enRetard.delai);

    // Entering « Instruction » (no délai) restarts the clock of the new étape: no indicator.
    const avant = Date.now();
    const suite = await api()
      .post(`/instruction/dossiers/${dossier}/transitions`)
      .set(en(claire))
      .send({ vers: 'en_instruction', version: 2 })
      .expect(200);
    expect(suite.body.data.delai).toBeNull();
    const apres = await knex('instruction_dossiers').where({ id: ligne.id }).first();
    expect(new Date(apres.entree_etape_le).getTime()).toBeGreaterThanOrEqual(avant - 1000);
    expect(suite.body.data.historique.at(-1)).toMatchObject({
      nature: 'transition',
      etapeVers: 'instruction',
      avanceLigneDeVie: true,
      etapesSautees: [],
      motif: null,
    });
  });

  it('un dossier qui ne sait pas quand il est entré dans son étape n’a pas de délai (rien n’est rétro-calculé)', async () => {
    const knex = instance.strapi.db.connection;
    const jean = await creerUsager(instance.strapi, 'sub-ancien');
    const dossier = await deposerDossier(instance.strapi, jean);
    await knex('instruction_dossiers').where({ numero: dossier }).update({ entree_etape_le: null });
    const liste = await api().get('/instruction/dossiers').set(en(claire)).expect(200);
    expect(liste.body.data.find((d: { numero: string }) => d.numero === dossier).delai).toBeNull();
  });
});

describe('journal', () => {
  it('chaîne le dépôt, les changements de statut et les lectures de pièces ; refuse toute modification', async () => {
    const { strapi } = instance;
    const knex = strapi.db.connection;
    const dossier = await knex('instruction_dossiers').where({ numero }).first();
    const piece = await knex('instruction_pieces').where({ dossier_id: dossier.id }).first();
    await api().get(`/instruction/dossiers/${numero}/pieces/${piece.id}/fichier`).set(en(claire)).expect(200);

    const detail = await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200);
    expect(detail.body.data.journal).toEqual({ integre: true, entrees: 3 });
    const actions = (await knex('instruction_journal').where({ dossier_id: dossier.id }).orderBy('sequence')).map(
      (l: { action: string }) => l.action,
    );
    expect(actions).toEqual(['dossier.depose', 'dossier.statut_change', 'piece.consultee']);

    await expect(
      knex('instruction_journal').where({ dossier_id: dossier.id }).update({ action: 'autre' }),
    ).rejects.toThrow(/ajout seul/);
    await expect(knex('instruction_journal').where({ dossier_id: dossier.id }).delete()).rejects.toThrow(/ajout seul/);

    // A forged entry appended by hand (bypassing the service) breaks the chain, and the agent sees it.
    const derniere = await knex('instruction_journal')
      .where({ dossier_id: dossier.id })
      .orderBy('sequence', 'desc')
      .first();
    await knex('instruction_journal').insert({
      dossier_id: dossier.id,
      sequence: Number(derniere.sequence) + 1,
      date: new Date(),
      acteur_type: 'agent',
      acteur_id: 999,
      action: 'dossier.statut_change',
      details: JSON.stringify({ vers: 'accepte' }),
      empreinte_precedente: derniere.empreinte,
      empreinte: 'f'.repeat(64),
    });
    const apres = await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200);
    expect(apres.body.data.journal).toEqual({ integre: false, entrees: 4, rompuA: 4 });
  });
});
