/**
 * Malformed input across the citizen and agent APIs (issue 5, fault tests): random bodies and query strings
 * (fast-check), prototype-pollution keys, workflow fields posted by a citizen, huge pages, deep populate, filters on
 * private fields, `lookup[…]`, filters nested 1,000 deep, 10 MB JSON, invalid UTF-8 — always a 4xx (or a 200 for
 * what happens to be valid), never a 5xx nor a hang; and canary values planted in another citizen's dossier, in
 * private columns and an admin's password hash never appear in any response.
 */
import fc from 'fast-check';
import request from 'supertest';
import { deposerDossier } from './helpers/depot';
import { creerAgent, creerUsager, SAISIE_VALIDE } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

const CANARI = 'CANARI-7f3a9c';
const SLUG = 'aide-projets-associatifs';
let instance: Instance;
let jean: Awaited<ReturnType<typeof creerUsager>>;
let brouillon: { numero: string };
/** Jean's deposited dossier: its conversation accepts messages, so the fuzz reaches the write path. */
let depose: string;
let agent: Awaited<ReturnType<typeof creerAgent>>;
/** The agent's bcrypt hash: an admin secret that no response, citizen or agent, may ever carry. */
let empreinteAgent: string;
const api = () => request(instance.http);
const en = (u: { jwt: string }) => ({ Authorization: `Bearer ${u.jwt}` });

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  await instance.strapi.plugin('instruction').service('demo').seed();
  jean = await creerUsager(instance.strapi, 'jean-fuzz');
  const marie = await creerUsager(instance.strapi, 'marie-fuzz', 'Marie', CANARI);
  const autre = (await api().post('/api/usagers/dossiers').set(en(marie)).send({ dispositif: SLUG }).expect(201)).body
    .data;
  await api()
    .put(`/api/usagers/dossiers/${autre.numero}`)
    .set(en(marie))
    .send({ version: 1, donnees: { ...SAISIE_VALIDE, intitule: `${CANARI} projet de Marie` } })
    .expect(200);
  // A private column of Jean's own draft: the deposit key is never shown back, even to its owner.
  brouillon = (await api().post('/api/usagers/dossiers').set(en(jean)).send({ dispositif: SLUG }).expect(201)).body
    .data;
  await instance.strapi.db
    .connection('instruction_dossiers')
    .where({ numero: brouillon.numero })
    .update({ cle_depot: `${CANARI}-cle` });
  depose = await deposerDossier(instance.strapi, jean);
  // A message in Marie's conversation: its text is a canary too.
  const dossierMarie = await instance.strapi.db
    .connection('instruction_dossiers')
    .where({ numero: autre.numero })
    .first();
  const maintenant = new Date();
  await instance.strapi.db.connection('instruction_messages').insert({
    document_id: 'canari-message-000000001',
    created_at: maintenant,
    updated_at: maintenant,
    dossier_id: dossierMarie.id,
    auteur: 'agent',
    auteur_id: 1,
    auteur_nom: 'Claire D.',
    corps: `${CANARI} message pour Marie`,
    envoye_le: maintenant,
  });
  const { dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed();
  agent = await creerAgent(instance.strapi, 'agent-fuzz@agents.test', [dispositifId]);
  empreinteAgent = (await instance.strapi.db.connection('admin_users').where({ id: agent.id }).first()).password;
  expect(empreinteAgent).toMatch(/^\$2[aby]\$/);
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

function sansCanari(res: request.Response): void {
  expect(res.status).toBeLessThan(500);
  expect(res.text ?? '').not.toContain(CANARI);
  expect(res.text ?? '').not.toContain(empreinteAgent);
}

/** `filters[$and][0][$and][0]…[intitule][$eq]=x` nested `profondeur` levels deep: qs must cut it, not recurse. */
function filtreImbrique(profondeur: number): string {
  return `filters${'[$and][0]'.repeat(profondeur)}[intitule][$eq]=x`;
}

const clesDangereuses = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'etat',
  'statut',
  'version',
  'donnees',
  'usagerId',
  'cleDepot',
  'intitule',
  'montant_demande',
  'lieu',
  'depenses',
);
const valeurQuelconque = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(clesDangereuses, fc.string(), { maxKeys: 3 }),
);
const corpsQuelconque = fc.oneof(
  fc.dictionary(clesDangereuses, valeurQuelconque, { maxKeys: 5 }),
  fc.record({ version: fc.integer(), donnees: fc.dictionary(clesDangereuses, valeurQuelconque, { maxKeys: 6 }) }),
  fc.record({
    version: fc.constant(1),
    donnees: fc.dictionary(fc.string({ maxLength: 20 }), valeurQuelconque, { maxKeys: 6 }),
  }),
);

describe('corps quelconques (fast-check)', () => {
  it('PUT et dépôt d’un brouillon : jamais de 5xx, jamais de donnée d’autrui', async () => {
    await fc.assert(
      fc.asyncProperty(corpsQuelconque, fc.boolean(), async (corps, depot) => {
        const chemin = `/api/usagers/dossiers/${brouillon.numero}${depot ? '/depot' : ''}`;
        const requete = depot
          ? api().post(chemin).set(en(jean)).set('Idempotency-Key', 'cle-fuzz-0001')
          : api().put(chemin).set(en(jean));
        sansCanari(await requete.set('Content-Type', 'application/json').send(JSON.stringify(corps)));
      }),
      { numRuns: 150 },
    );
    expect(({} as Record<string, unknown>).pollue).toBeUndefined();
  });

  it('paramètres de requête quelconques (filtres sur champs privés, populate, pagination énorme)', async () => {
    const parametre = fc.oneof(
      fc.constantFrom(
        'filters[cleDepot][$startsWith]=CAN',
        'filters[donnees][$contains]=CANARI',
        'filters[usagerId][$ne]=0',
        'populate=*',
        'populate[dispositif][populate]=*',
        'pagination[pageSize]=1000000000',
        'pagination[page]=-1',
        'sort=cleDepot:asc',
        'fields[0]=cleDepot',
        'limite=1e9',
        'avant=abc',
        'lookup[usagerId]=1',
        'lookup[cleDepot][$notNull]=true',
        'filters[usager][password][$startsWith]=$2',
        filtreImbrique(1000),
      ),
      fc
        .tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }))
        .map(([cle, valeur]) => `${encodeURIComponent(cle)}=${encodeURIComponent(valeur)}`),
    );
    const chemins = fc.constantFrom(
      '/api/usagers/dossiers',
      `/api/usagers/dossiers/${brouillon.numero}`,
      `/api/usagers/dossiers/${brouillon.numero}/messages`,
      '/api/usagers/profils',
      '/api/instruction/catalogue',
      `/api/instruction/catalogue/${SLUG}`,
      '/api/users',
      '/api/users/me',
      '/api/instruction/dossiers',
    );
    await fc.assert(
      fc.asyncProperty(chemins, fc.array(parametre, { maxLength: 4 }), async (chemin, parametres) => {
        sansCanari(
          await api()
            .get(`${chemin}?${parametres.join('&')}`)
            .set(en(jean)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('paramètres quelconques sur l’API des agents : jamais de 5xx, ni brouillon d’usager, ni secret d’admin', async () => {
    const parametre = fc.oneof(
      fc.constantFrom(
        'limite=1000000000',
        'limite=-5',
        'avant=0x10',
        'filters[usagerId][$ne]=0',
        'populate[usager][populate]=*',
        'q=%00',
        'etat=brouillon',
        'statut[]=a&statut[]=b',
        filtreImbrique(1000),
      ),
      fc
        .tuple(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }))
        .map(([cle, valeur]) => `${encodeURIComponent(cle)}=${encodeURIComponent(valeur)}`),
    );
    const chemins = fc.constantFrom(
      '/instruction/dossiers',
      `/instruction/dossiers/${brouillon.numero}`,
      '/instruction/habilitations',
      '/admin/users/me',
    );
    await fc.assert(
      fc.asyncProperty(chemins, fc.array(parametre, { maxLength: 4 }), async (chemin, parametres) => {
        const res = await api()
          .get(`${chemin}?${parametres.join('&')}`)
          .set('Authorization', `Bearer ${agent.jeton}`);
        sansCanari(res);
        // A citizen's draft is not the agent's business, whatever the query says.
        expect(res.text ?? '').not.toContain(brouillon.numero);
      }),
      { numRuns: 100 },
    );
    // The token works: the refusals above are the API's doing, not a bad sign-in.
    await api().get('/instruction/dossiers').set('Authorization', `Bearer ${agent.jeton}`).expect(200);
  });

  it('messages : corps, clés d’idempotence et numéros quelconques — jamais de 5xx ni le message d’un autre', async () => {
    // Weighted towards what the API accepts, so that every run also reaches the write path (asserted below), not
    // only the refusals: about one draw in five is a valid message in Jean's own deposited dossier.
    const corps = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({ corps: fc.string({ minLength: 1, maxLength: 50 }).filter((t) => t.trim() !== '') }),
      },
      fc.record({ corps: fc.oneof(fc.string({ maxLength: 50 }), fc.integer(), fc.constant(null)) }),
      fc.dictionary(clesDangereuses, valeurQuelconque, { maxKeys: 3 }),
      fc.record({ corps: fc.constant('x'.repeat(6000)) }),
    );
    const cle = fc.oneof(fc.string({ maxLength: 120 }), {
      weight: 3,
      arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{8,100}$/),
    });
    const numero = fc.oneof(
      { weight: 4, arbitrary: fc.constant(depose) },
      fc.constant(brouillon.numero),
      fc.string({ minLength: 1, maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(corps, cle, numero, async (c, k, n) => {
        const chemin = `/api/usagers/dossiers/${encodeURIComponent(n)}/messages`;
        const envoi = api().post(chemin).set(en(jean)).set('Content-Type', 'application/json');
        // A header value must be a visible ASCII string: what a browser could send at all.
        if (/^[\x21-\x7e]+$/.test(k)) envoi.set('Idempotency-Key', k);
        sansCanari(await envoi.send(JSON.stringify(c)));
        sansCanari(await api().get(chemin).set(en(jean)));
      }),
      { numRuns: 100 },
    );
    // The write path was reached: some of those bodies were valid messages in Jean's own conversation.
    const fil = await api().get(`/api/usagers/dossiers/${depose}/messages`).set(en(jean)).expect(200);
    expect(fil.body.data.length).toBeGreaterThan(0);
  });

  it('numéros de dossier quelconques : 404 ou 400, jamais le dossier d’un autre ni une 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        // "." and ".." are path segments, not numbers: the URL would name the list or its parent.
        fc.string({ minLength: 1, maxLength: 40 }).filter((n) => !/^\.+$/.test(n)),
        async (numero) => {
          const res = await api()
            .get(`/api/usagers/dossiers/${encodeURIComponent(numero)}`)
            .set(en(jean));
          sansCanari(res);
          // Whatever the path resolves to, a dossier shown is Jean's own.
          if (res.status === 200 && res.body?.data?.numero) expect(res.body.data.numero).toBe(brouillon.numero);
          else if (res.status !== 200) expect([400, 404]).toContain(res.status);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('entrées hostiles précises', () => {
  it('les champs de workflow envoyés par un usager sont refusés (400) et rien ne change', async () => {
    for (const corps of [
      { version: 1, donnees: {}, etat: 'depose' },
      { version: 1, donnees: {}, statut: 'accepte' },
      { version: 1, donnees: {}, usagerId: 1 },
    ]) {
      sansCanari(await api().put(`/api/usagers/dossiers/${brouillon.numero}`).set(en(jean)).send(corps).expect(400));
    }
    const relu = await api().get(`/api/usagers/dossiers/${brouillon.numero}`).set(en(jean)).expect(200);
    expect(relu.body.data).toMatchObject({ etat: 'brouillon', statutLibelle: null });
    expect(relu.body.data).not.toHaveProperty('cleDepot');
  });

  it('10 Mo de JSON → 413 ; UTF-8 invalide → 400', async () => {
    const gros = await api()
      .put(`/api/usagers/dossiers/${brouillon.numero}`)
      .set(en(jean))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ version: 1, donnees: { intitule: 'x'.repeat(10 * 1024 * 1024) } }));
    expect(gros.status).toBe(413);
    const invalide = Buffer.concat([
      Buffer.from('{"version":1,"donnees":{"intitule":"'),
      Buffer.from([0xc3, 0x28]),
      Buffer.from('"}}'),
    ]);
    const utf8 = await api()
      .put(`/api/usagers/dossiers/${brouillon.numero}`)
      .set(en(jean))
      .set('Content-Type', 'application/json')
      .send(invalide);
    expect(utf8.status).toBeGreaterThanOrEqual(400);
    expect(utf8.status).toBeLessThan(500);
  });

  it('l’API users-permissions ne liste pas les comptes et /users/me ne montre aucun secret', async () => {
    const liste = await api().get('/api/users').set(en(jean));
    expect([401, 403, 404]).toContain(liste.status);
    sansCanari(liste);
    const moi = await api().get('/api/users/me').set(en(jean));
    sansCanari(moi);
    expect(moi.text).not.toMatch(/password|resetPasswordToken|confirmationToken/);
  });
});
