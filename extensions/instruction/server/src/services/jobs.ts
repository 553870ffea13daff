import type { Core } from '@strapi/strapi';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { FILE_OUTBOX } from '../constants';
import {
  changerEtat,
  listerATransmettre,
  marquerLivres,
  mettreEnFile,
  type OutboxLigne,
  prendreOutbox,
  rendreALOutbox,
} from '../repositories/outbox';
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

  async function executer(outboxId: number): Promise<void> {
    // Nothing to do when the row is already delivered (a job run twice).
    const ligne = await prendre(outboxId);
    if (!ligne) return;
    try {
      await strapi.plugin('instruction').service('effets').executer(ligne);
      await livrer(ligne.id);
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
      throw erreur;
    }
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
      const types = new Map(lignes.map((l) => [l.id, l.type]));
      const pris = await mettreEnFile(
        knex(),
        lignes.map((l) => l.id),
        new Date(),
        oubliee,
      );
      try {
        await file.addBulk(
          pris.map((id) => ({
            name: types.get(id)!,
            data: { outboxId: id },
            opts: {
              // The same row queued twice (relayed again after a lost job) is one job while the first exists.
              jobId: `outbox-${id}`,
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
          worker = new Worker(FILE_OUTBOX, async (job) => executer(Number(job.data.outboxId)), {
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
