import { trouverDispositif, type DispositifLigne } from '../../repositories/dispositifs';
import { trouverDossierParId, type DossierLigne } from '../../repositories/dossiers';
import { lireEvenements, type OutboxLigne } from '../../repositories/outbox';
import type { Db } from '../../repositories/sql';
import type { CacheLot, Evenement, TypeEffet } from './types';

/**
 * Actions that leave the dossier row as it was: the next row of the same dossier may reuse the dossier read for this
 * one. After any other action the dossier is read again (it may have changed a field, the agent, the statut…).
 */
const LECTURE_SEULE = new Set<TypeEffet>(['webhook', 'courriel', 'sms']);

export const laisseLeDossier = (type: TypeEffet) => LECTURE_SEULE.has(type);

/**
 * The reads of one batch job, each done once for the batch: a bulk transition leaves two rows or more per dossier,
 * all of the same dispositif, and re-reading the dispositif (its whole guide) and the dossier for every row made the
 * database the bottleneck of delivery. Nothing is kept beyond the batch: the next batch reads afresh.
 */
export function creerCacheLot(db: () => Db, lignes: OutboxLigne[]): CacheLot {
  const dossiers = new Map<number, Promise<DossierLigne | null>>();
  const dispositifs = new Map<number, Promise<DispositifLigne | null>>();
  let evenements: Promise<Map<number, Evenement>> | undefined;
  const memo = <T>(cache: Map<number, Promise<T>>, id: number, lire: () => Promise<T>): Promise<T> => {
    let p = cache.get(id);
    if (!p) {
      p = lire();
      cache.set(id, p);
      // A failed read is not kept: the row fails (and is retried), the next row reads again.
      p.catch(() => cache.delete(id));
    }
    return p;
  };
  return {
    dossier: (id) => memo(dossiers, id, () => trouverDossierParId(db(), id)),
    oublierDossier: (id) => void dossiers.delete(id),
    dispositif: (id) => memo(dispositifs, id, () => trouverDispositif(db(), id)),
    async evenement(historiqueId) {
      // The history lines of every row of the batch in one query, at the first row that needs one.
      evenements ??= lireEvenements(db(), [...new Set(lignes.map((l) => l.historiqueId))]);
      const lus = await evenements.catch((erreur) => {
        evenements = undefined;
        throw erreur;
      });
      return lus.get(historiqueId) ?? null;
    },
  };
}

/**
 * Runs a batch's rows: the rows of one dossier one after the other, in their order (as the guide lists the actions),
 * and up to `concurrence` dossiers at once. `executer` reports the actions' failures; a throw (the database failing
 * while recording one) stops its runner and fails the batch once the other runners are done.
 */
export async function executerParDossier(
  lignes: OutboxLigne[],
  concurrence: number,
  executer: (ligne: OutboxLigne) => Promise<void>,
): Promise<void> {
  const groupes = new Map<number, OutboxLigne[]>();
  for (const ligne of [...lignes].sort((a, b) => a.id - b.id)) {
    const groupe = groupes.get(ligne.dossierId);
    if (groupe) groupe.push(ligne);
    else groupes.set(ligne.dossierId, [ligne]);
  }
  const file = [...groupes.values()];
  const coureur = async () => {
    for (let groupe = file.shift(); groupe; groupe = file.shift()) {
      for (const ligne of groupe) await executer(ligne);
    }
  };
  // Every runner ends before the job does (a job failing while rows still run would be retried over them).
  const fins = await Promise.allSettled(
    Array.from({ length: Math.max(1, Math.min(concurrence, file.length)) }, coureur),
  );
  const echec = fins.find((f) => f.status === 'rejected');
  if (echec) throw echec.reason;
}

/**
 * Group commit over a short window: the rows finishing within `fenetreMs` of each other are marked delivered by ONE
 * statement (a batch's deliveries finish a few milliseconds apart, rarely in the same turn of the event loop). Each
 * caller still waits for ITS row to be written; a worker killed in between loses at most this window's marks: those
 * rows run again, with the same key.
 */
export function regrouperSurFenetre(
  ecrire: (ids: number[]) => Promise<void>,
  fenetreMs: number,
  taille = 200,
): (id: number) => Promise<void> {
  let attente: { id: number; ok: () => void; ko: (e: unknown) => void }[] = [];
  let minuterie: NodeJS.Timeout | undefined;

  function vider() {
    minuterie = undefined;
    const lot = attente;
    attente = [];
    ecrire(lot.map((a) => a.id)).then(
      () => lot.forEach((a) => a.ok()),
      (erreur) => lot.forEach((a) => a.ko(erreur)),
    );
  }

  return (id) =>
    new Promise<void>((ok, ko) => {
      attente.push({ id, ok, ko });
      if (attente.length >= taille) {
        clearTimeout(minuterie);
        vider();
      } else minuterie ??= setTimeout(vider, fenetreMs);
    });
}
