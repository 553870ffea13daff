import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { FILE_OUTBOX } from '../constants';
import {
  changerEtat,
  listerATransmettre,
  marquerLivres,
  mettreEnFile,
  type OutboxLigne,
  prendreLot,
  prendreOutbox,
  rendreALOutbox,
} from '../repositories/outbox';
import { executerParDossier, regrouperSurFenetre } from './effets/lot';
import type { CacheLot } from './effets/types';
import { regrouper } from './regroupement';

const TENTATIVES_MAX = 5;
const INTERVALLE_RELAIS_MS = Number(process.env.OUTBOX_INTERVALLE_MS || 2000);
/** A row queued this long ago and still not done is queued again (its job was lost with a flushed Redis). */
const FILE_OUBLIEE_MS = 5 * 60 * 1000;
/** Rows claimed and queued per relay round (one UPDATE, one Queue.addBulk); rounds follow while rows wait. */
const TAILLE_RELAIS = 500;
/** Jobs one worker process runs at once: actions mostly wait on I/O (SMTP, HTTP, LibreOffice in its own process). */
const CONCURRENCE = Math.max(1, Number(process.env.OUTBOX_CONCURRENCE || 2));
/**
 * Outbox rows per job. One job per row cost a job's Redis round trips plus the dossier, dispositif and history reads
 * for every action; a batch shares them (services/effets/lot.ts). A row that fails is retried alone: the retried job
 * finds the delivered rows `livre` and leaves them.
 */
const TAILLE_LOT = Math.max(1, Number(process.env.OUTBOX_TAILLE_LOT || 50));
/** Dossiers of one batch whose actions run at once (the actions of one dossier run one after the other). */
const CONCURRENCE_LOT = Math.max(1, Number(process.env.OUTBOX_CONCURRENCE_LOT || 4));
/** Deliveries finishing within this window are marked `livre` together (a SIGKILL replays at most this window). */
const FENETRE_LIVRE_MS = Number(process.env.OUTBOX_FENETRE_MS ?? 20);
/**
 * How long a job's lock lasts without renewal: when a worker dies (kill -9), its jobs are handed to another worker
 * after about this delay (BullMQ's stalled-job check runs at the same interval). BullMQ's default is 30 s.
 */
const VERROU_MS = Number(process.env.OUTBOX_VERROU_MS || 30000);

/**
 * The outbox relay and the job runner. Transitions write outbox rows in their transaction; this service moves
 * them to BullMQ (or, without REDIS_URL, runs them in this process: development only) and runs them.
 * Every process relays; only worker processes (or JOBS_WORKER_INLINE=true) consume the queue.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const knex = () => strapi.db.connection;
  const redisUrl = process.env.REDIS_URL;
  // Separate instances (tests, several collectivités on one Redis) must not consume each other's jobs.
  const prefix = process.env.BULLMQ_PREFIX || 'guichet';
  const consommateur = !redisUrl || process.env.GUICHET_ROLE === 'worker' || process.env.JOBS_WORKER_INLINE === 'true';
  let file: Queue | undefined;
  let worker: Worker | undefined;
  const connexions: IORedis[] = [];
  let minuterie: NodeJS.Timeout | undefined;
  let relaisEnCours: Promise<void> | undefined;
  let relancer = false;
  let arrete = false;
  let demarre = false;

  // One statement reads and claims the rows of the jobs starting together, one marks those finishing together.
  const prendre = regrouper<OutboxLigne>((ids) => prendreOutbox(knex(), ids, new Date()));
  const livrer = regrouper<never>((ids) => marquerLivres(knex(), ids, new Date()));
  // A batch's rows finish milliseconds apart: they wait a short window to share the statement.
  const livrerDuLot = regrouperSurFenetre((ids) => marquerLivres(knex(), ids, new Date()), FENETRE_LIVRE_MS);

  const effets = () => strapi.plugin('instruction').service('effets');

  /** Runs a claimed row and records the outcome: `livre`, or back to the queue (retry), or `echec` when worn out. */
  async function executerLigne(ligne: OutboxLigne, lot?: CacheLot): Promise<{ erreur?: unknown; epuise?: boolean }> {
    try {
      await effets().executer(ligne, lot);
      await (lot ? livrerDuLot(ligne.id) : livrer(ligne.id));
      return {};
    } catch (erreur) {
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      const epuise = ligne.tentatives >= TENTATIVES_MAX;
      await changerEtat(
        knex(),
        ligne.id,
        ['en_cours'],
        epuise ? 'echec' : redisUrl ? 'en_file' : 'a_traiter',
        new Date(),
        { erreur: message },
      );
      strapi.log.warn(`[instruction] action ${ligne.cle} (${ligne.type}) en échec : ${message}`);
      return { erreur, epuise };
    }
  }

  /** One row (no Redis, tests, jobs queued one per row by an earlier version). */
  async function executer(outboxId: number): Promise<void> {
    // Nothing to do when the row is already delivered (a job run twice).
    const ligne = await prendre(outboxId);
    if (!ligne) return;
    const { erreur } = await executerLigne(ligne);
    if (erreur) throw erreur;
  }

  /**
   * A batch job: claims its rows in one statement, runs them sharing their reads, and fails (→ BullMQ retries it with
   * backoff) only while one of them is to be retried; the retry runs those rows alone, the others being `livre`.
   */
  async function executerLot(ids: number[], reprise: boolean): Promise<void> {
    const lignes = await prendreLot(knex(), ids, new Date(), reprise);
    if (lignes.length === 0) return;
    const lot = effets().cacheLot(lignes) as CacheLot;
    let aReessayer = 0;
    let abandonnees = 0;
    let premiere: unknown;
    await executerParDossier(lignes, CONCURRENCE_LOT, async (ligne) => {
      const { erreur, epuise } = await executerLigne(ligne, lot);
      if (!erreur) return;
      premiere ??= erreur;
      if (epuise) abandonnees++;
      else aReessayer++;
    });
    if (aReessayer > 0) {
      throw new Error(`${aReessayer} action(s) sur ${lignes.length} à réessayer : ${(premiere as Error).message}`);
    }
    // Only worn-out rows failed: they are `echec` (shown to agents), nothing left for a retry to do.
    if (abandonnees > 0)
      throw new UnrecoverableError(`${abandonnees} action(s) abandonnée(s) après ${TENTATIVES_MAX} essais`);
  }

  /** A job's rows: a batch (`ids`) or, queued by an earlier version, one row (`outboxId`). */
  function traiterJob(job: Job): Promise<void> {
    if (Array.isArray(job.data.ids)) return executerLot(job.data.ids.map(Number), job.attemptsStarted > 1);
    return executer(Number(job.data.outboxId));
  }

  /**
   * Moves waiting rows to the queue by pages: each page is claimed in one UPDATE and queued with one addBulk, and
   * pages follow until none is full (a bulk transition leaves thousands). Without Redis, one page runs here.
   */
  async function relayer(): Promise<void> {
    for (;;) {
      const oubliee = new Date(Date.now() - FILE_OUBLIEE_MS);
      const lignes = await listerATransmettre(knex(), TAILLE_RELAIS, oubliee);
      if (arrete || lignes.length === 0) return;
      if (!file) {
        for (const ligne of lignes) {
          if (arrete) return;
          await executer(ligne.id).catch(() => undefined);
        }
        return;
      }
      const pris = await mettreEnFile(
        knex(),
        lignes.map((l) => l.id),
        new Date(),
        oubliee,
      );
      try {
        await file.addBulk(
          lots(pris).map((ids) => ({
            name: 'actions',
            data: { ids },
            opts: {
              // The same rows queued twice (Redis unreachable while adding them, relayed again) are one job.
              jobId: idJob(ids),
              attempts: TENTATIVES_MAX,
              backoff: { type: 'exponential', delay: 1000 },
              removeOnComplete: { age: 24 * 3600 },
              removeOnFail: { age: 7 * 24 * 3600 },
            },
          })),
        );
      } catch (erreur) {
        // Redis unreachable: the rows go back to the outbox and are relayed when Redis returns. Nothing is lost.
        await rendreALOutbox(knex(), pris, new Date());
        strapi.log.warn(
          `[instruction] file d'attente indisponible, nouvel essai plus tard : ${(erreur as Error).message}`,
        );
        return;
      }
      if (lignes.length < TAILLE_RELAIS) return;
    }
  }

  /** The claimed rows in batches of TAILLE_LOT, in id order (a dossier's rows are adjacent). */
  function lots(ids: number[]): number[][] {
    const tries = [...ids].sort((a, b) => a - b);
    const resultat: number[][] = [];
    for (let i = 0; i < tries.length; i += TAILLE_LOT) resultat.push(tries.slice(i, i + TAILLE_LOT));
    return resultat;
  }

  /** Deterministic per set of rows: one row keeps the id it had with one job per row. */
  function idJob(ids: number[]): string {
    if (ids.length === 1) return `outbox-${ids[0]}`;
    const empreinte = createHash('sha256').update(ids.join(',')).digest('hex').slice(0, 16);
    return `outbox-${ids[0]}-${ids.at(-1)}-${empreinte}`;
  }

  function signaler(): void {
    if (arrete || !demarre) return;
    if (relaisEnCours) {
      relancer = true;
      return;
    }
    relaisEnCours = relayer()
      .catch((erreur) => {
        strapi.log.error(`[instruction] relais de l'outbox : ${(erreur as Error).message}`);
      })
      .finally(() => {
        relaisEnCours = undefined;
        if (relancer) {
          relancer = false;
          signaler();
        }
      });
  }

  function connexion(options: Record<string, unknown>): IORedis {
    const c = new IORedis(redisUrl!, { maxRetriesPerRequest: null, ...options });
    c.on('error', () => undefined); // reconnection is automatic; failures surface through add() and the worker
    connexions.push(c);
    return c;
  }

  return {
    executer,
    signaler,
    /** Test hook: resolves when the relay has nothing left in flight. */
    async attendreRelais() {
      while (relaisEnCours) await relaisEnCours;
    },

    async demarrer() {
      if (process.env.JOBS_DISABLED === 'true') return;
      demarre = true;
      if (redisUrl) {
        // Adding fails fast while Redis is down (no offline queue), so the row stays in the outbox.
        file = new Queue(FILE_OUTBOX, { prefix, connection: connexion({ enableOfflineQueue: false }) });
        // A lost connection is reported by the relay (add() fails and the rows wait); without a listener BullMQ
        // prints every reconnection attempt's stack.
        file.on('error', () => undefined);
        if (consommateur) {
          worker = new Worker(FILE_OUTBOX, traiterJob, {
            prefix,
            connection: connexion({}),
            concurrency: CONCURRENCE,
            lockDuration: VERROU_MS,
            stalledInterval: VERROU_MS,
            // BullMQ fails a job stalled more than once (its worker died twice): its row would stay `en_cours` with
            // no job left. Each stall means a dead worker, not a faulty action, so allow several before giving up.
            maxStalledCount: 5,
          });
          worker.on('error', (e) => strapi.log.warn(`[instruction] worker : ${e.message}`));
        }
      } else {
        strapi.log.warn(
          '[instruction] REDIS_URL absent : les actions s’exécutent dans ce processus (réservé au développement).',
        );
      }
      minuterie = setInterval(signaler, INTERVALLE_RELAIS_MS);
      minuterie.unref();
      signaler();
    },

    async arreter() {
      arrete = true;
      if (minuterie) clearInterval(minuterie);
      while (relaisEnCours) await relaisEnCours;
      await worker?.close();
      await file?.close();
      for (const c of connexions) c.disconnect();
    },
  };
};
