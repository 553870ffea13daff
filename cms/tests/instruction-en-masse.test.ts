import request from 'supertest';
import {
  lireJournal,
  journaliser,
  verifierJournal,
} from '../../extensions/instruction/server/src/repositories/journal';
import { inserer, nouveauDocumentId } from '../../extensions/instruction/server/src/repositories/sql';
import { deposerDossier } from './helpers/depot';
import { compter, creerAgent, creerUsager } from './helpers/fabriques';
import { demarrerStrapi, type Instance } from './helpers/strapi';

/**
 * Instruction en masse: one transition applied to up to 1,000 dossiers, each decided and written on its own
 * (compare-and-set on its version), failures reported per dossier in French.
 */
let instance: Instance;
let claire: { id: number; jeton: string };
let lecteur: { id: number; jeton: string };
let dispositifId: number;
let autreDispositifId: number;
let usagerJwt: string;
const api = () => request(instance.http);
const knex = () => instance.strapi.db.connection;
const en = (a: { jeton: string }) => ({ Authorization: `Bearer ${a.jeton}` });
const enMasse = (agent: { jeton: string }, corps: Record<string, unknown>) =>
  api().post('/instruction/dossiers/transitions-en-masse').set(en(agent)).send(corps);

/** Rows copied as they are: JSON values re-serialised (jsonb comes back as objects on Postgres). */
function copie(ligne: Record<string, unknown>, changements: Record<string, unknown>) {
  const resultat: Record<string, unknown> = {};
  for (const [cle, valeur] of Object.entries(ligne)) {
    if (cle === 'id') continue;
    resultat[cle] =
      valeur !== null && typeof valeur === 'object' && !(valeur instanceof Date) ? JSON.stringify(valeur) : valeur;
  }
  return { ...resultat, document_id: nouveauDocumentId(), ...changements };
}

let sequence = 0;
/**
 * `n` deposited dossiers, fast: one is filed through the citizen API, the others are copies of its rows (dossier,
 * history, journal re-chained for each copy) under fresh numeros, in one transaction.
 */
async function dossiersDeposes(n: number, options: { dispositifId?: number } = {}) {
  const numeroModele = await deposerDossier(instance.strapi, { jwt: usagerJwt });
  const modele = await knex()('instruction_dossiers').where({ numero: numeroModele }).first();
  const historiques = await knex()('instruction_historiques').where({ dossier_id: modele.id }).orderBy('id');
  const journal = await lireJournal(knex(), Number(modele.id));
  const numeros: string[] = [];
  if (n > 1 || options.dispositifId) {
    await knex().transaction(async (trx) => {
      for (let i = 0; i < n - (options.dispositifId ? 0 : 1); i++) {
        sequence += 1;
        const numero = `${String(numeroModele).slice(0, 4)}-9${String(sequence).padStart(8, '0')}`;
        const id = await inserer(
          trx,
          'instruction_dossiers',
          copie(modele, {
            numero,
            cle_depot: `${modele.cle_depot}-${sequence}`,
            ...(options.dispositifId ? { dispositif_id: options.dispositifId } : {}),
          }),
        );
        for (const h of historiques) await inserer(trx, 'instruction_historiques', copie(h, { dossier_id: id }));
        for (const e of journal) {
          await journaliser(trx, {
            dossierId: id,
            date: e.date,
            acteur: e.acteur,
            action: e.action,
            details: e.details,
          });
        }
        numeros.push(numero);
      }
    });
  }
  if (!options.dispositifId) numeros.unshift(numeroModele);
  return numeros;
}

const idDe = async (numero: string) => Number((await knex()('instruction_dossiers').where({ numero }).first()).id);

beforeAll(async () => {
  process.env.JOBS_DISABLED = 'true';
  instance = await demarrerStrapi({ redis: false });
  ({ dispositifId } = await instance.strapi.plugin('instruction').service('demo').seed());
  // A second dispositif, on which no agent of this file is habilitated.
  const demo = await knex()('instruction_dispositifs').where({ id: dispositifId }).first();
  autreDispositifId = await inserer(
    knex(),
    'instruction_dispositifs',
    copie(demo, { slug: 'autre-dispositif', titre: 'Autre dispositif' }),
  );
  claire = await creerAgent(instance.strapi, 'claire@en-masse.test', [dispositifId]);
  lecteur = await creerAgent(instance.strapi, 'lecteur@en-masse.test', [dispositifId], ['lire']);
  usagerJwt = (await creerUsager(instance.strapi, 'sub-en-masse')).jwt;
});
afterAll(async () => {
  await instance?.arreter();
  delete process.env.JOBS_DISABLED;
});

it('fait passer 1 000 dossiers déposés au statut suivant, avec historique, actions et journal', async () => {
  const numeros = await dossiersDeposes(1000);
  expect(new Set(numeros).size).toBe(1000);
  const historiquesAvant = await compter(instance.strapi, 'instruction_historiques', {});
  const outboxAvant = await compter(instance.strapi, 'instruction_outbox', {});
  const journalAvant = await compter(instance.strapi, 'instruction_journal', {});

  const debut = performance.now();
  const res = await enMasse(claire, {
    vers: 'en_instruction',
    dossiers: numeros.map((numero) => ({ numero, version: 2 })),
  }).expect(200);
  const duree = performance.now() - debut;
  console.log(`instruction en masse : 1 000 dossiers en ${Math.round(duree)} ms (${knex().client.config.client})`);

  expect(res.body.data.echecs).toEqual([]);
  expect(res.body.data.reussis).toEqual(numeros);
  expect(res.body.data.bilan).toEqual({ reussis: 1000, echecs: 0, parCode: {} });
  expect(await compter(instance.strapi, 'instruction_historiques', {})).toBe(historiquesAvant + 1000);
  // « En cours d’instruction » has two actions (a courriel and a document): one outbox row each, per dossier.
  expect(await compter(instance.strapi, 'instruction_outbox', {})).toBe(outboxAvant + 2000);
  expect(await compter(instance.strapi, 'instruction_journal', {})).toBe(journalAvant + 1000);
  const [{ n }] = await knex()('instruction_dossiers')
    .whereIn('numero', numeros)
    .where({ statut: 'en_instruction', etape: 'instruction', version: 3 })
    .count('* as n');
  expect(Number(n)).toBe(1000);
  // Written by batches of multi-row statements: every chain must still verify, entry by entry.
  const ids = (await knex()('instruction_dossiers').whereIn('numero', numeros).select('id')).map((d) => Number(d.id));
  const verifications = await Promise.all(ids.map((id) => verifierJournal(knex(), id)));
  expect(verifications.filter((v) => !v.integre)).toEqual([]);
  // One history line, two outbox rows with distinct keys and one journal entry per dossier, nothing shared.
  const historiques = await knex()('instruction_historiques')
    .whereIn('dossier_id', ids)
    .where({ vers: 'en_instruction' })
    .pluck('id');
  expect(new Set(historiques).size).toBe(1000);
  const cles = await knex()('instruction_outbox').whereIn('historique_id', historiques).pluck('cle');
  expect(cles).toHaveLength(2000);
  expect(new Set(cles).size).toBe(2000);

  for (const numero of [numeros[0]!, numeros[499]!, numeros[999]!]) {
    const id = await idDe(numero);
    expect(await verifierJournal(knex(), id)).toMatchObject({ integre: true });
    const derniere = await knex()('instruction_journal').where({ dossier_id: id }).orderBy('sequence', 'desc').first();
    expect(derniere.action).toBe('dossier.statut_change');
    const detail = await api().get(`/instruction/dossiers/${numero}`).set(en(claire)).expect(200);
    expect(detail.body.data).toMatchObject({ statut: 'en_instruction', version: 3, journal: { integre: true } });
    expect(detail.body.data.historique.at(-1)).toMatchObject({
      de: 'recu',
      vers: 'en_instruction',
      acteurNom: 'Agent claire',
    });
    expect(detail.body.data.livraisons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'courriel' }),
        expect.objectContaining({ type: 'document' }),
      ]),
    );
  }
}, 300000);

it('sélection mixte : version périmée, hors périmètre, refus du guide échouent seuls, les autres passent', async () => {
  const numeros = await dossiersDeposes(6);
  const [horsPerimetre] = await dossiersDeposes(1, { dispositifId: autreDispositifId });
  // One already taken in charge: « en_instruction → en_instruction » is not in the guide.
  const dejaPris = numeros[1]!;
  await api()
    .post(`/instruction/dossiers/${dejaPris}/transitions`)
    .set(en(claire))
    .send({ vers: 'en_instruction', version: 2 })
    .expect(200);
  const perime = numeros[3]!;
  const historiquesAvant = await compter(instance.strapi, 'instruction_historiques', {});

  const selection = [
    ...numeros.map((numero) => ({ numero, version: numero === perime ? 1 : numero === dejaPris ? 3 : 2 })),
    { numero: horsPerimetre!, version: 2 },
  ];
  const res = await enMasse(claire, { vers: 'en_instruction', dossiers: selection }).expect(200);
  expect(res.body.data.reussis).toEqual(numeros.filter((n) => n !== perime && n !== dejaPris));
  expect(res.body.data.echecs).toEqual([
    {
      numero: dejaPris,
      code: 'TRANSITION_NON_AUTORISEE',
      // French typography: the guillemets hold narrow no-break spaces (\s matches them).
      message: expect.stringMatching(
        new RegExp(`^Le dossier ${dejaPris} ne peut pas passer du statut «\\sEn cours d’instruction\\s» au statut`),
      ),
    },
    {
      numero: perime,
      code: 'VERSION_PERIMEE',
      message: expect.stringMatching(/^Le dossier .* a été modifié entre-temps/),
    },
    // Never « hors périmètre »: the answer is the same as for a numero that does not exist.
    { numero: horsPerimetre, code: 'INTROUVABLE', message: `Le dossier ${horsPerimetre} est introuvable.` },
  ]);
  expect(res.body.data.bilan).toEqual({
    reussis: 4,
    echecs: 3,
    parCode: { TRANSITION_NON_AUTORISEE: 1, VERSION_PERIMEE: 1, INTROUVABLE: 1 },
  });
  expect(await compter(instance.strapi, 'instruction_historiques', {})).toBe(historiquesAvant + 4);
  const inexistant = await enMasse(claire, {
    vers: 'en_instruction',
    dossiers: [{ numero: '2099-000000001', version: 2 }],
  }).expect(200);
  expect(inexistant.body.data.echecs).toEqual([
    { numero: '2099-000000001', code: 'INTROUVABLE', message: 'Le dossier 2099-000000001 est introuvable.' },
  ]);
  // The dossier of the other dispositif did not move.
  expect(await knex()('instruction_dossiers').where({ numero: horsPerimetre }).first()).toMatchObject({
    statut: 'recu',
  });
});

it('refuse chaque dossier à un agent sans le droit d’instruire, et rien n’est écrit', async () => {
  const numeros = await dossiersDeposes(3);
  const historiquesAvant = await compter(instance.strapi, 'instruction_historiques', {});
  const res = await enMasse(lecteur, {
    vers: 'en_instruction',
    dossiers: numeros.map((numero) => ({ numero, version: 2 })),
  });
  // The route's RBAC action comes with the Instructeur role; the right on the transition is the habilitation's.
  expect(res.status).toBe(200);
  expect(res.body.data.reussis).toEqual([]);
  expect(res.body.data.echecs).toEqual(
    numeros.map((numero) => ({
      numero,
      code: 'DROITS_INSUFFISANTS',
      message: expect.stringMatching(
        new RegExp(
          `^Passer le dossier ${numero} au statut «\\sEn cours d’instruction\\s» demande le droit .*instruire`,
        ),
      ),
    })),
  );
  expect(res.body.data.bilan).toEqual({ reussis: 0, echecs: 3, parCode: { DROITS_INSUFFISANTS: 3 } });
  expect(await compter(instance.strapi, 'instruction_historiques', {})).toBe(historiquesAvant);
});

it('refuse les requêtes malformées (400)', async () => {
  const numeros = await dossiersDeposes(1);
  await enMasse(claire, { vers: 'en_instruction', dossiers: [] }).expect(400);
  await enMasse(claire, {
    vers: 'en_instruction',
    dossiers: [
      { numero: numeros[0], version: 2 },
      { numero: numeros[0], version: 2 },
    ],
  }).expect(400);
  await enMasse(claire, { vers: 'en_instruction', dossiers: [{ numero: numeros[0], version: 2 }], extra: 1 }).expect(
    400,
  );
  await enMasse(claire, { vers: 'en_instruction', dossiers: [{ numero: numeros[0], version: 2, statut: 'x' }] }).expect(
    400,
  );
  const trop = Array.from({ length: 1001 }, (_, i) => ({ numero: `2026-${String(i).padStart(9, '0')}`, version: 2 }));
  await enMasse(claire, { vers: 'en_instruction', dossiers: trop }).expect(400);
  await api()
    .post('/instruction/dossiers/transitions-en-masse')
    .send({ vers: 'en_instruction', dossiers: [] })
    .expect(401);
});

it('deux instructions en masse simultanées sur la même sélection : chaque dossier ne change qu’une fois', async () => {
  const numeros = await dossiersDeposes(200);
  const ids = await Promise.all(numeros.map(idDe));
  const historiquesAvant = await compter(instance.strapi, 'instruction_historiques', {});
  const outboxAvant = await compter(instance.strapi, 'instruction_outbox', {});
  const corps = { vers: 'en_instruction', dossiers: numeros.map((numero) => ({ numero, version: 2 })) };
  const [a, b] = await Promise.all([enMasse(claire, corps), enMasse(claire, corps)]);
  expect(a.status).toBe(200);
  expect(b.status).toBe(200);
  const reussis = [...a.body.data.reussis, ...b.body.data.reussis];
  expect(reussis.sort()).toEqual([...numeros].sort());
  const echecs = [...a.body.data.echecs, ...b.body.data.echecs];
  expect(echecs).toHaveLength(200);
  expect(new Set(echecs.map((e: { code: string }) => e.code))).toEqual(new Set(['VERSION_PERIMEE']));
  expect(await compter(instance.strapi, 'instruction_historiques', {})).toBe(historiquesAvant + 200);
  expect(await compter(instance.strapi, 'instruction_outbox', {})).toBe(outboxAvant + 400);
  const [{ n }] = await knex()('instruction_dossiers').whereIn('id', ids).where({ version: 3 }).count('* as n');
  expect(Number(n)).toBe(200);
  expect(await verifierJournal(knex(), ids[100]!)).toMatchObject({ integre: true });
}, 120000);

it('une transition qui garde l’étape ne touche pas à la date d’entrée dans l’étape de chaque dossier', async () => {
  // A statut of the same étape as « En cours d'instruction », reachable from it.
  const ligne = await knex()('instruction_dispositifs').where({ id: dispositifId }).first();
  const guide = typeof ligne.guide === 'string' ? JSON.parse(ligne.guide) : ligne.guide;
  const instruction = guide.etapes.find((e: { code: string }) => e.code === 'instruction');
  const enInstruction = instruction.statuts.find((s: { code: string }) => s.code === 'en_instruction');
  instruction.statuts.push({
    code: 'complement',
    libelle: 'Complément demandé',
    visibleUsager: true,
    cloture: false,
    transitions: [],
    actions: [],
  });
  enInstruction.transitions.push({ vers: 'complement', libelle: 'Demander un complément' });
  await knex()('instruction_dispositifs')
    .where({ id: dispositifId })
    .update({ guide: JSON.stringify(guide) });

  const numeros = await dossiersDeposes(3);
  await enMasse(claire, { vers: 'en_instruction', dossiers: numeros.map((numero) => ({ numero, version: 2 })) }).expect(
    200,
  );
  // Each dossier entered the étape at its own date.
  const entrees = [
    new Date('2026-01-05T08:00:00Z'),
    new Date('2026-02-05T08:00:00Z'),
    new Date('2026-03-05T08:00:00Z'),
  ];
  for (const [i, numero] of numeros.entries()) {
    await knex()('instruction_dossiers').where({ numero }).update({ entree_etape_le: entrees[i] });
  }
  const res = await enMasse(claire, {
    vers: 'complement',
    dossiers: numeros.map((numero) => ({ numero, version: 3 })),
  }).expect(200);
  expect(res.body.data.bilan).toEqual({ reussis: 3, echecs: 0, parCode: {} });
  for (const [i, numero] of numeros.entries()) {
    const d = await knex()('instruction_dossiers').where({ numero }).first();
    expect(d).toMatchObject({ statut: 'complement', etape: 'instruction', version: 4 });
    expect(new Date(d.entree_etape_le).toISOString()).toBe(entrees[i]!.toISOString());
    expect(await verifierJournal(knex(), Number(d.id))).toMatchObject({ integre: true });
  }
});
