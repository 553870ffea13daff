import request from 'supertest';
import { compter, creerUsager, PDF_MINIMAL, SAISIE_VALIDE } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

let instance: Instance;
let jean: { id: number; jwt: string };
let marie: { id: number; jwt: string };
const api = () => request(instance.http);
const en = (u: { jwt: string }) => ({ Authorization: `Bearer ${u.jwt}` });
const SLUG = 'aide-projets-associatifs';

beforeAll(async () => {
  // Actions are covered by instruction-actions.test.ts; here the outbox rows are only counted.
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  await instance.strapi.plugin('instruction').service('demo').seed();
  jean = await creerUsager(instance.strapi, 'sub-jean');
  marie = await creerUsager(instance.strapi, 'sub-marie', 'Marie', 'Curie');
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

async function nouveauBrouillon(u = jean) {
  const res = await api().post('/api/usagers/dossiers').set(en(u)).send({ dispositif: SLUG }).expect(201);
  return res.body.data as { numero: string; version: number };
}

describe('catalogue public', () => {
  it('liste le dispositif publié et sert son modèle', async () => {
    const liste = await api().get('/api/instruction/catalogue').expect(200);
    expect(liste.body.data).toEqual([expect.objectContaining({ slug: SLUG, titre: 'Aide aux projets associatifs' })]);
    const detail = await api().get(`/api/instruction/catalogue/${SLUG}`).expect(200);
    const types = new Set(detail.body.data.modele.champs.map((c: { type: string }) => c.type));
    // The demo model shows the generator: at least 15 field types, conditions and calculations.
    expect(types.size).toBeGreaterThanOrEqual(15);
    expect([...types]).toEqual(expect.arrayContaining(['calcul', 'tableau', 'adresse', 'iban', 'siret', 'age']));
    expect(detail.body.data.modele.vues.usager.onglets.map((o: { code: string }) => o.code)).toEqual([
      'projet',
      'association',
    ]);
    expect(detail.body.data.modeleVersion).toBe(1);
    expect(detail.body.data.referentiels.cantons).toContainEqual({ valeur: 'peronne', libelle: 'Péronne' });
    expect(detail.body.data).not.toHaveProperty('guide');
  });
});

describe('brouillon', () => {
  it('refuse un usager non connecté', async () => {
    const res = await api().post('/api/usagers/dossiers').send({ dispositif: SLUG });
    expect([401, 403]).toContain(res.status);
  });

  it('crée un brouillon numéroté, puis l’enregistre en vérifiant les formats', async () => {
    const brouillon = await nouveauBrouillon();
    expect(brouillon.numero).toMatch(/^\d{4}-\d{6}$/);
    expect(brouillon).toMatchObject({ etat: 'brouillon', statutLibelle: null, version: 1 });

    const invalide = await api()
      .put(`/api/usagers/dossiers/${brouillon.numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: { date_debut: '2027-02-30', montant_demande: 'beaucoup', categorie: 'inconnue' } })
      .expect(422);
    const champs = invalide.body.error.details.erreurs.map((e: { champ: string }) => e.champ).sort();
    expect(champs).toEqual(['categorie', 'date_debut', 'montant_demande']);
    for (const e of invalide.body.error.details.erreurs) expect(e.message).toMatch(/[«»]/);

    const partiel = await api()
      .put(`/api/usagers/dossiers/${brouillon.numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: { intitule: '  Mon projet ' } })
      .expect(200);
    expect(partiel.body.data).toMatchObject({ version: 2, donnees: { intitule: 'Mon projet' } });

    const perime = await api()
      .put(`/api/usagers/dossiers/${brouillon.numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: {} })
      .expect(409);
    expect(perime.body.error.name).toBe('VERSION_PERIMEE');
  });

  it('refuse les corps inattendus (clé inconnue, champ hors modèle, corps trop gros)', async () => {
    const { numero } = await nouveauBrouillon();
    await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: {}, etat: 'depose' })
      .expect(400);
    const horsModele = await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .send({ version: 1, donnees: { statut: 'accepte' } })
      .expect(422);
    expect(horsModele.body.error.details.erreurs[0]).toMatchObject({ champ: 'statut', code: 'CHAMP_INCONNU' });
    const gros = await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ version: 1, donnees: { intitule: 'x'.repeat(2 * 1024 * 1024) } }));
    expect(gros.status).toBe(413);
  });
});

describe('entrées malformées', () => {
  it('JSON invalide → 400 ; clés de pollution de prototype → 422 sans effet ; numéro mal formé → 404', async () => {
    const { numero } = await nouveauBrouillon();
    const invalide = await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .set('Content-Type', 'application/json')
      .send('{"version": 1, "donnees": {');
    expect(invalide.status).toBe(400);

    const pollution = await api()
      .put(`/api/usagers/dossiers/${numero}`)
      .set(en(jean))
      .set('Content-Type', 'application/json')
      .send(
        '{"version": 1, "donnees": {"__proto__": {"pollue": true}, "constructor": {"prototype": {"pollue": true}}}}',
      );
    expect([400, 422]).toContain(pollution.status);
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();

    await api().get('/api/usagers/dossiers/..%2F..%2Fadmin').set(en(jean)).expect(404);
    await api().get("/api/usagers/dossiers/2026-000001' OR '1'='1").set(en(jean)).expect(404);
  });
});

describe('justificatifs', () => {
  it('accepte un PDF, refuse un faux PDF et un fichier trop gros', async () => {
    const { numero } = await nouveauBrouillon();
    const ok = await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'budget')
      .attach('fichier', PDF_MINIMAL, 'budget.pdf')
      .expect(201);
    expect(ok.body.data).toMatchObject({
      champ: 'budget',
      nature: 'justificatif',
      type: 'application/pdf',
      nom: 'budget.pdf',
    });

    const faux = await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'budget')
      .attach('fichier', Buffer.from('<html>pas un pdf</html>'), 'budget.pdf')
      .expect(422);
    expect(faux.body.error.details.erreurs[0]).toMatchObject({ champ: 'budget', code: 'FORMAT_REFUSE' });

    const gros = Buffer.concat([PDF_MINIMAL, Buffer.alloc(6 * 1024 * 1024)]);
    const trop = await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'budget')
      .attach('fichier', gros, 'budget.pdf')
      .expect(413);
    expect(trop.body.error.details.erreurs[0].code).toBe('TROP_VOLUMINEUX');

    // Beyond the transport limit (PIECE_TAILLE_MAX, 10 MB) the upload is cut off while streaming.
    const enorme = Buffer.concat([PDF_MINIMAL, Buffer.alloc(11 * 1024 * 1024)]);
    const coupe = await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'budget')
      .attach('fichier', enorme, 'enorme.pdf');
    expect(coupe.status).toBe(413);

    const inconnu = await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'intitule')
      .attach('fichier', PDF_MINIMAL, 'x.pdf')
      .expect(422);
    expect(inconnu.body.error.name).toBe('CHAMP_INCONNU');

    const fichier = await api()
      .get(`/api/usagers/dossiers/${numero}/pieces/${ok.body.data.id}/fichier`)
      .set(en(jean))
      .buffer(true)
      .expect(200);
    expect(fichier.headers['content-disposition']).toMatch(/^attachment/);
    expect(fichier.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(fichier.body as Buffer, PDF_MINIMAL)).toBe(0);

    await api().get(`/api/usagers/dossiers/${numero}/pieces/${ok.body.data.id}/fichier`).set(en(marie)).expect(404);
    const detail = await api().get(`/api/usagers/dossiers/${numero}`).set(en(jean)).expect(200);
    expect(detail.body.data.pieces).toHaveLength(1);
  });
});

describe('dépôt', () => {
  it('exige les champs obligatoires et le justificatif, puis dépose une seule fois par clé', async () => {
    const { numero } = await nouveauBrouillon();
    const cle = 'cle-idempotence-0001';
    await api()
      .post(`/api/usagers/dossiers/${numero}/depot`)
      .set(en(jean))
      .send({ version: 1, donnees: SAISIE_VALIDE })
      .expect(400);

    const incomplet = await api()
      .post(`/api/usagers/dossiers/${numero}/depot`)
      .set(en(jean))
      .set('Idempotency-Key', cle)
      .send({ version: 1, donnees: { intitule: 'Projet' } })
      .expect(422);
    const codes = Object.fromEntries(
      incomplet.body.error.details.erreurs.map((e: { champ: string; code: string }) => [e.champ, e.code]),
    );
    expect(codes).toEqual({ date_debut: 'REQUIS', categorie: 'REQUIS', montant_demande: 'REQUIS', budget: 'REQUIS' });

    await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'budget')
      .attach('fichier', PDF_MINIMAL, 'budget.pdf')
      .expect(201);
    const depot = await api()
      .post(`/api/usagers/dossiers/${numero}/depot`)
      .set(en(jean))
      .set('Idempotency-Key', cle)
      .send({ version: 1, donnees: SAISIE_VALIDE })
      .expect(200);
    expect(depot.body.data).toMatchObject({
      etat: 'depose',
      statutLibelle: 'Reçu',
      version: 2,
      donnees: SAISIE_VALIDE,
    });
    expect(depot.body.data.ligneDeVie.map((e: { etat: string }) => e.etat)).toEqual(['en_cours', 'a_venir', 'a_venir']);

    const rejoue = await api()
      .post(`/api/usagers/dossiers/${numero}/depot`)
      .set(en(jean))
      .set('Idempotency-Key', cle)
      .send({ version: 1, donnees: SAISIE_VALIDE })
      .expect(200);
    expect(rejoue.body.data).toEqual(depot.body.data);
    const knex = instance.strapi.db.connection;
    const dossier = await knex('instruction_dossiers').where({ numero }).first();
    expect(await compter(instance.strapi, 'instruction_historiques', { dossier_id: dossier.id })).toBe(1);
    expect(
      (await knex('instruction_outbox').where({ dossier_id: dossier.id })).map((l: { type: string }) => l.type),
    ).toEqual(['courriel']);

    await api()
      .post(`/api/usagers/dossiers/${numero}/depot`)
      .set(en(jean))
      .set('Idempotency-Key', 'une-autre-cle-0002')
      .send({ version: 2, donnees: SAISIE_VALIDE })
      .expect(409);
    await api().put(`/api/usagers/dossiers/${numero}`).set(en(jean)).send({ version: 2, donnees: {} }).expect(409);
  });
});

describe('dépôts concurrents', () => {
  it('deux dépôts simultanés avec la même clé : une seule transition, la même réponse pour les deux', async () => {
    const { numero } = await nouveauBrouillon();
    await api()
      .post(`/api/usagers/dossiers/${numero}/pieces`)
      .set(en(jean))
      .field('champ', 'budget')
      .attach('fichier', PDF_MINIMAL, 'budget.pdf')
      .expect(201);
    const envoyer = () =>
      api()
        .post(`/api/usagers/dossiers/${numero}/depot`)
        .set(en(jean))
        .set('Idempotency-Key', 'double-clic-000000001')
        .send({ version: 1, donnees: SAISIE_VALIDE });
    const [a, b] = await Promise.all([envoyer(), envoyer()]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(a.body.data).toEqual(b.body.data);
    const dossier = await instance.strapi.db.connection('instruction_dossiers').where({ numero }).first();
    expect(await compter(instance.strapi, 'instruction_historiques', { dossier_id: dossier.id })).toBe(1);
    expect(await compter(instance.strapi, 'instruction_outbox', { dossier_id: dossier.id })).toBe(1);
  });
});

describe('périmètre', () => {
  it('un autre usager reçoit 404 et ne voit pas le dossier dans sa liste', async () => {
    const { numero } = await nouveauBrouillon(jean);
    await api().get(`/api/usagers/dossiers/${numero}`).set(en(marie)).expect(404);
    await api().put(`/api/usagers/dossiers/${numero}`).set(en(marie)).send({ version: 1, donnees: {} }).expect(404);
    const liste = await api().get('/api/usagers/dossiers').set(en(marie)).expect(200);
    expect(liste.body.data.map((d: { numero: string }) => d.numero)).not.toContain(numero);
    const sienne = await api().get('/api/usagers/dossiers').set(en(jean)).expect(200);
    expect(sienne.body.data.map((d: { numero: string }) => d.numero)).toContain(numero);
  });

  it('un jeton d’API, même « full access », n’est pas un usager : 401 sans requête de jeton', async () => {
    const jeton = await instance.strapi
      .service('admin::api-token')
      .create({ name: 'jeton-complet', type: 'full-access', lifespan: null, description: '' });
    const refus = await api()
      .get('/api/usagers/dossiers')
      .set({ Authorization: `Bearer ${jeton.accessKey}` });
    expect(refus.status).toBe(401);
    expect(refus.body.data ?? null).toBeNull();
    // The citizen's own JWT is checked by users-permissions alone: the API-token table is never read.
    const lues: string[] = [];
    const ecouter = (q: { sql: string }) => lues.push(q.sql);
    instance.strapi.db.connection.on('query', ecouter);
    try {
      await api().get('/api/usagers/dossiers').set(en(jean)).expect(200);
    } finally {
      instance.strapi.db.connection.removeListener('query', ecouter);
    }
    expect(lues.length).toBeGreaterThan(0);
    expect(lues.filter((sql) => sql.includes('strapi_api_tokens'))).toEqual([]);
  });
});
