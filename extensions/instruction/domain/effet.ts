/**
 * Effects are what a transition asks the outside world to do, as data. The server stores them in the outbox in the
 * same transaction as the new state and runs them after commit: nothing here sends or generates anything.
 */
import type { Action } from './action';
import type { Statut } from './guide';

/** Actions the engine applies itself rather than leaving them to the server. */
type ActionInterne = Extract<Action, { type: 'sauter_etapes' }>;
export type ActionExterne = Exclude<Action, ActionInterne>;

/**
 * One action of the statut entered, for one dossier. `ordre` is the action's position in the statut: with the id of
 * the history line it forms the outbox key, so a retried delivery is recognised (see the server's outbox).
 */
export type Effet = ActionExterne & { ordre: number; dossierId: number };

const estExterne = (action: Action): action is ActionExterne => action.type !== 'sauter_etapes';

/**
 * The effects of entering a statut, in the statut's action order: the worker runs them in that order, so an email
 * can attach the document generated just before it. Each is a deep copy: the outbox serialises it later, and a
 * caller changing it must not change the guide.
 */
export function effetsDuStatut(statut: Statut, dossierId: number): Effet[] {
  return statut.actions.flatMap((action, ordre): Effet[] =>
    estExterne(action) ? [{ ...copie(action), ordre, dossierId }] : [],
  );
}

/** Actions are plain JSON (validated by schemaAction): arrays, plain objects and scalars, copied as such. */
function copie<T>(valeur: T): T {
  if (Array.isArray(valeur)) return valeur.map(copie) as T;
  if (typeof valeur !== 'object' || valeur === null) return valeur;
  const resultat: Record<string, unknown> = {};
  for (const [cle, contenu] of Object.entries(valeur)) resultat[cle] = copie(contenu);
  return resultat as T;
}
