/**
 * Effects are what a transition asks the outside world to do, as data. The server stores them in the outbox in the
 * same transaction as the new state and runs them after commit: nothing here sends or generates anything.
 */
import type { Statut } from './guide';

export type Effet =
  | { type: 'courriel'; ordre: number; dossierId: number; modele: string; destinataires: Array<'usager'> }
  | { type: 'document'; ordre: number; dossierId: number; modele: string; nomFichier: string };

/**
 * The effects of entering a statut, numbered in the statut's action order: the worker runs them in that order, so
 * an email can attach the document generated just before it.
 */
export function effetsDuStatut(statut: Statut, dossierId: number): Effet[] {
  return statut.actions.map((action, ordre): Effet => {
    switch (action.type) {
      case 'courriel':
        return { type: 'courriel', ordre, dossierId, modele: action.modele, destinataires: [...action.destinataires] };
      case 'document':
        return { type: 'document', ordre, dossierId, modele: action.modele, nomFichier: action.nomFichier };
    }
  });
}
