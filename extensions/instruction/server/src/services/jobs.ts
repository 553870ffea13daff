import type { Core } from '@strapi/strapi';
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { FILE_OUTBOX } from '../constants';
import { changerEtat, listerATransmettre, trouverOutbox } from '../repositories/outbox';

const TENTATIVES_MAX = 5;
const INTERVALLE_RELAIS_MS = Number(process.env.OUTBOX_INTERVALLE_MS || 2000);
/** A row queued this long ago and still not done is queued again (its job was lost with a flushed Redis). */
const FILE_OUBLIEE_MS = 5 * 60 * 1000;

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

  async function executer(outboxId: number): Promise<void> {
    const ligne = await trouverOutbox(knex(), outboxId);
    if (!ligne || ligne.etat === 'livre') return;
    const pris = await changerEtat(
      knex(),
      ligne.id,
      ['a_traiter', 'en_file', 'en_cours', 'echec'],
      'en_cours',
      new Date(),
      { incrementerTentatives: true },
    );
    if (!pris) return;
    try {
      await strapi.plugin('instruction').service('effets').executer(ligne);
      await changerEtat(knex(), ligne.id, ['en_cours'], 'livre', new Date(), { erreur: null });
    } catch (erreur) {
      const message = erreur instanceof Error ? erreur.message : String(erreur);
      const epuise = ligne.tentatives + 1 >= TENTATIVES_MAX;
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

  async function relayer(): Promise<void> {
    const lignes = await listerATransmettre(knex(), 100, new Date(Date.now() - FILE_OUBLIEE_MS));
    for (const ligne of lignes) {
      if (arrete) return;
      if (!file) {
        await executer(ligne.id).catch(() => undefined);
        continue;
      }
      if (!(await changerEtat(knex(), ligne.id, [ligne.etat], 'en_file', new Date()))) continue;
      try {
        await file.add(
          ligne.type,
          { outboxId: ligne.id },
          {
            jobId: `outbox-${ligne.id}`,
            attempts: TENTATIVES_MAX,
            backoff: { type: 'exponential', delay: 1000 },
            removeOnComplete: { age: 24 * 3600 },
            removeOnFail: { age: 7 * 24 * 3600 },
          },
        );
      } catch (erreur) {
        // Redis unreachable: the row goes back to the outbox and is relayed when Redis returns. Nothing is lost.
        await changerEtat(knex(), ligne.id, ['en_file'], 'a_traiter', new Date());
        strapi.log.warn(
          `[instruction] file d'attente indisponible, nouvel essai plus tard : ${(erreur as Error).message}`,
        );
        return;
      }
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
        if (consommateur) {
          worker = new Worker(FILE_OUTBOX, async (job) => executer(Number(job.data.outboxId)), {
            prefix,
            connection: connexion({}),
            concurrency: 2,
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
