/**
 * Benchmark (issue 4): instruction en masse of 10,000 deposited dossiers whose target statut runs two actions
 * (webhooks to a local receiver), end to end through the outbox, against ONE hand-written SQL statement doing the
 * same state, history and outbox writes on a fresh copy of the same data, measured in the same run.
 *
 *   npm run bench -- transition        (Postgres and Redis: DATABASE_URL, REDIS_URL, or REQUIRE_SERVICES=1)
 *   BENCH_PETIT=1 …                    smoke run (200 dossiers, one run, no worker kill), part of the test suite
 *
 * Ours: POST /instruction/dossiers/transitions-en-masse in calls of 1,000 (the API in this process), then the relay
 * moves the outbox to BullMQ, one job per batch of up to 50 rows, and worker PROCESSES (cms/scripts/worker.js)
 * deliver; timed until the last outbox row is `livre`. Reported twice: « écritures » (the API calls) and « bout en bout » (until the 20,000th delivery).
 * Then a fault run (not in the medians): the worker is killed with SIGKILL mid-delivery and another started; the
 * receiver must end with exactly 2 × 10,000 distinct X-Guichet-Cle and every row `livre`. Delivery is
 * at-least-once with an idempotency key: a row whose POST left before the kill is sent again with the SAME key, so
 * « exactly once » is per key at the receiver (and, for our own effects, by the key's uniqueness in our tables).
 */
import request from 'supertest';
import { enregistrer, type ResultatBench, lancerEnLigneDeCommande } from './lib/mesure';
import {
  attendreQue,
  demarrerGuichetReel,
  demarrerRecepteur,
  type GuichetReel,
  lancerWorker,
  servicesReels,
  type Worker,
} from './lib/guichet-reel';
import { preparerScenario, type Scenario, semerDossiers, STATUT_CIBLE } from './lib/semis';

const TAILLE_APPEL = 1000;
const CONCURRENCE = Number(process.env.BENCH_CONCURRENCE || 16);
/** Worker processes consuming the queue (a deployment scales them out); the fault run kills one of them. */
const WORKERS = Number(process.env.BENCH_WORKERS || 2);

interface Contexte {
  guichet: GuichetReel;
  scenario: Scenario;
}

const outboxMax = async ({ guichet }: Contexte) =>
  Number((await guichet.strapi.db.connection('instruction_outbox').max({ m: 'id' }))[0]?.m ?? 0);

async function compterOutbox({ guichet }: Contexte, apres: number, etat: string): Promise<number> {
  const [{ n }] = await guichet.strapi.db
    .connection('instruction_outbox')
    .where('id', '>', apres)
    .where({ etat })
    .count({ n: '*' });
  return Number(n);
}

/** Ours: the bulk transition through the API, then until every outbox row of this run is delivered. */
async function nous(ctx: Contexte, n: number, pendant?: (apres: number) => Promise<void>) {
  const { guichet, scenario } = ctx;
  const { numeros, version } = await semerDossiers(guichet.strapi.db.connection, scenario.modeleId, n);
  const apres = await outboxMax(ctx);
  const suivi = pendant?.(apres);
  const debut = performance.now();
  for (let i = 0; i < numeros.length; i += TAILLE_APPEL) {
    const lot = numeros.slice(i, i + TAILLE_APPEL);
    const res = await request(guichet.strapi.server.httpServer)
      .post('/instruction/dossiers/transitions-en-masse')
      .set({ Authorization: `Bearer ${scenario.agent.jeton}` })
      .send({ vers: STATUT_CIBLE, dossiers: lot.map((numero) => ({ numero, version })) });
    if (res.status !== 200 || res.body.data.bilan.reussis !== lot.length) {
      throw new Error(`instruction en masse : ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
    }
  }
  const ecritures = performance.now() - debut;
  await attendreQue(async () => (await compterOutbox(ctx, apres, 'livre')) === 2 * n, 'livraisons', 900_000, 50);
  const boutEnBout = performance.now() - debut;
  await suivi;
  if (process.env.BENCH_DETAIL === '1') {
    const [t] = await guichet.strapi.db
      .connection('instruction_outbox')
      .where('id', '>', apres)
      .select(
        guichet.strapi.db.connection.raw(
          `min(created_at) c0, max(created_at) c1, min(mis_en_file_le) f0, max(mis_en_file_le) f1,
           min(livre_le) l0, max(livre_le) l1, max(tentatives) t`,
        ),
      );
    console.log('détail', JSON.stringify(t));
  }
  const echecs = await compterOutbox(ctx, apres, 'echec');
  if (echecs > 0) throw new Error(`${echecs} actions en échec`);
  return { ecritures, boutEnBout, apres };
}

/**
 * The baseline: ONE statement (CTE) writing the same dossier state, history lines and outbox rows as ours, with the
 * values ours wrote (read back from a run of ours). Its outbox rows are written `livre` so that the relay leaves
 * them alone (same write cost); it writes no journal (ours also seals a hash-chained journal entry per dossier).
 */
async function reference(ctx: Contexte, n: number, apresNous: number): Promise<number> {
  const knex = ctx.guichet.strapi.db.connection;
  const h = await knex('instruction_historiques').where('vers', STATUT_CIBLE).orderBy('id', 'desc').first();
  const d = await knex('instruction_dossiers').where({ id: h.dossier_id }).first();
  const actions = await knex('instruction_outbox')
    .where('id', '>', apresNous)
    .where({ historique_id: h.id })
    .orderBy('id');
  const { ids, version } = await semerDossiers(knex, ctx.scenario.modeleId, n);
  const maintenant = new Date();
  const debut = performance.now();
  const { rowCount } = await knex.raw(
    `WITH maj AS (
       UPDATE instruction_dossiers SET etat = ?, statut = ?, etape = ?, entree_etape_le = ?, updated_at = ?,
         version = version + 1
       WHERE id = ANY(?::int[]) AND version = ? RETURNING id
     ), hist AS (
       INSERT INTO instruction_historiques (document_id, created_at, updated_at, published_at, dossier_id, de, vers,
         etape_de, etape_vers, nature, motif, avance_ligne_de_vie, etapes_sautees, acteur_type, acteur_id, acteur_nom,
         date)
       SELECT 'h' || substr(md5(random()::text), 1, 23), ?, ?, ?, maj.id, ?, ?, ?, ?, ?, NULL, ?, ?::jsonb, ?, ?, ?, ?
       FROM maj RETURNING id, dossier_id
     )
     INSERT INTO instruction_outbox (document_id, created_at, updated_at, published_at, cle, dossier_id,
       historique_id, type, payload, etat, tentatives)
     SELECT 'o' || substr(md5(random()::text), 1, 23), ?, ?, ?, hist.id || ':' || a.ordre, hist.dossier_id, hist.id,
       a.type, jsonb_set(a.payload, '{dossierId}', to_jsonb(hist.dossier_id)), 'livre', 0
     FROM hist CROSS JOIN jsonb_to_recordset(?::jsonb) AS a(ordre int, type text, payload jsonb)`,
    [
      d.etat,
      d.statut,
      d.etape,
      maintenant,
      maintenant,
      ids,
      version,
      maintenant,
      maintenant,
      maintenant,
      h.de,
      h.vers,
      h.etape_de,
      h.etape_vers,
      h.nature,
      h.avance_ligne_de_vie,
      JSON.stringify(h.etapes_sautees),
      h.acteur_type,
      h.acteur_id,
      h.acteur_nom,
      maintenant,
      maintenant,
      maintenant,
      maintenant,
      JSON.stringify(
        actions.map((a: { cle: string; type: string; payload: unknown }) => ({
          ordre: Number(a.cle.split(':')[1]),
          type: a.type,
          // jsonb may come back as text, depending on the pg type parsers Strapi installs.
          payload: typeof a.payload === 'string' ? JSON.parse(a.payload) : a.payload,
        })),
      ),
    ],
  );
  const duree = performance.now() - debut;
  if (rowCount !== 2 * n) throw new Error(`référence : ${rowCount} lignes d'outbox au lieu de ${2 * n}`);
  return duree;
}

/** The fault run: SIGKILL of the worker once a quarter of the deliveries is through, another worker started. */
async function panne(ctx: Contexte, n: number, workers: Worker[], recepteur: { distinctes(): number }) {
  let tueA = 0;
  const { apres } = await nous(ctx, n, async () => {
    await attendreQue(async () => recepteur.distinctes() >= n / 2, 'premières livraisons', 600_000, 20);
    tueA = recepteur.distinctes();
    await workers[0]!.tuer();
    workers[0] = lancerWorker(ctx.guichet, { concurrence: CONCURRENCE, verrouMs: 5000 });
  });
  return { tueA, livrees: await compterOutbox(ctx, apres, 'livre'), apres };
}

const mediane = (valeurs: number[]) => {
  const t = [...valeurs].sort((a, b) => a - b);
  const m = Math.floor(t.length / 2);
  return t.length % 2 ? t[m]! : (t[m - 1]! + t[m]!) / 2;
};
const arrondi = (n: number) => Math.round(n);
const debit = (n: number, ms: number) => Math.round((n / ms) * 1000);

export async function executer(petit = process.env.BENCH_PETIT === '1'): Promise<ResultatBench[]> {
  const services = servicesReels();
  if (!services)
    throw new Error('Ce benchmark demande Postgres et Redis : DATABASE_URL et REDIS_URL (ou REQUIRE_SERVICES=1).');
  const n = petit ? 200 : Number(process.env.BENCH_DOSSIERS || 10_000);
  const executions = petit ? 1 : Number(process.env.BENCH_EXECUTIONS || 5);
  const recepteur = await demarrerRecepteur();
  const guichet = await demarrerGuichetReel(services.base, services.redis);
  const workers = Array.from({ length: WORKERS }, () =>
    lancerWorker(guichet, { concurrence: CONCURRENCE, verrouMs: 5000 }),
  );
  try {
    const ctx: Contexte = { guichet, scenario: await preparerScenario(guichet.strapi, recepteur.url) };
    // Warm-up (also waits for the worker process to boot): one small run of each.
    const chauffe = await nous(ctx, Math.min(n, 500));
    await reference(ctx, Math.min(n, 500), chauffe.apres);
    const ecritures: number[] = [];
    const boutEnBout: number[] = [];
    const references: number[] = [];
    for (let i = 0; i < executions; i++) {
      const r = await nous(ctx, n);
      ecritures.push(r.ecritures);
      boutEnBout.push(r.boutEnBout);
      references.push(await reference(ctx, n, r.apres));
      console.log(
        `exécution ${i + 1}/${executions} : écritures ${arrondi(r.ecritures)} ms, bout en bout ${arrondi(r.boutEnBout)} ms, référence ${arrondi(references.at(-1)!)} ms`,
      );
    }
    let bilanPanne = 'panne non jouée (petite taille ou BENCH_PANNE=0)';
    if (!petit && process.env.BENCH_PANNE !== '0') {
      recepteur.vider();
      const p = await panne(ctx, n, workers, recepteur);
      const attendues = 2 * n;
      if (recepteur.distinctes() !== attendues || p.livrees !== attendues) {
        throw new Error(
          `panne : ${recepteur.distinctes()} clés distinctes reçues, ${p.livrees} lignes livrées, ${attendues} attendues`,
        );
      }
      bilanPanne = `un worker tué (SIGKILL) après ${p.tueA} livraisons puis relancé : ${recepteur.distinctes()} clés distinctes reçues sur ${attendues}, toutes les lignes livre, ${recepteur.doublons()} livraison(s) répétée(s) avec la même clé`;
      console.log(bilanPanne);
    }
    const [e, b, ref] = [mediane(ecritures), mediane(boutEnBout), mediane(references)];
    const taille = `${n} dossiers × 2 actions webhook, appels de ${TAILLE_APPEL}, ${executions} exécution(s) après échauffement, ${WORKERS} processus worker (chacun ${CONCURRENCE} jobs à la fois, un job par lot de ${process.env.OUTBOX_TAILLE_LOT || 50} lignes d'outbox, ${process.env.OUTBOX_CONCURRENCE_LOT || 4} dossiers à la fois par lot)`;
    const commun = {
      baseline:
        'une instruction SQL écrite à la main (CTE : UPDATE dossiers → INSERT historique → INSERT outbox), mêmes écritures sauf le journal chaîné',
      ratioSens: 'plus_bas_meilleur' as const,
      unit: `ms pour ${n} dossiers`,
      date: new Date().toISOString().slice(0, 10),
      command: 'npm run bench -- transition',
    };
    return [
      {
        ...commun,
        id: 'transition-en-masse-10k-ecritures',
        what: `Instruction en masse par l'API : état (CAS par dossier), historique, 2 lignes d'outbox, journal chaîné — ${debit(n, e)} dossiers/s`,
        ratio: Math.round((e / ref) * 100) / 100,
        goal: '≥ 500 dossiers/s',
        medians: { nous: arrondi(e), baseline: arrondi(ref) },
        dataSize: taille,
      },
      {
        ...commun,
        id: 'transition-en-masse-10k-bout-en-bout',
        what: `Même instruction en masse jusqu'à la livraison des ${2 * n} actions par le worker — ${debit(n, b)} dossiers/s`,
        ratio: Math.round((b / ref) * 100) / 100,
        goal: `≥ 500 dossiers/s ; exactement ${2 * n} clés distinctes reçues malgré un worker tué`,
        medians: { nous: arrondi(b), baseline: arrondi(ref) },
        dataSize: `${taille} ; ${bilanPanne}`,
      },
    ];
  } finally {
    await Promise.all(workers.map((w) => w.arreter()));
    await guichet.arreter();
    await recepteur.fermer();
  }
}

if (require.main === module) {
  lancerEnLigneDeCommande(async () => {
    const resultats = await executer();
    if (process.env.BENCH_PETIT !== '1') for (const r of resultats) enregistrer(r, __dirname);
    return resultats;
  });
}
