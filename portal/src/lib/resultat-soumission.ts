/** What a POST of the dossier form comes to (src/lib/soumission.ts): a redirection, or the form shown again. */
import type { PieceApi } from './contrat';
import type { ErreurAffichee } from './formulaire';
import type { Notice } from './session';

/** About a field (code), one of its table cells, or the whole form (champ ''). */
export type ErreurSaisie = ErreurAffichee;

/** Success: post/redirect/get, to the form (anchored on an element) or to the dossier page after a deposit. */
export interface Redirection {
  issue: 'redirection';
  vers: 'formulaire' | 'dossier';
  /** Id of the element to scroll to. */
  ancre?: string;
  /** « Ajouter une ligne »: the table and how many rows to show. */
  lignes?: { champ: string; nombre: number };
  notice: Notice;
}

/** The form rendered again, with the errors and exactly what was typed. */
export interface Reaffichage {
  issue: 'reaffichage';
  statut: 400 | 409 | 422 | 429 | 502;
  saisie: URLSearchParams;
  erreurs: ErreurSaisie[];
  /** The dossier changed elsewhere (stale version). */
  conflit: boolean;
  /** The version the next POST starts from: the one just saved, else the one the citizen started from. */
  version: number;
  pieces: PieceApi[];
  /** Files that did go through while something else failed. */
  notice?: Notice;
  reessayerDansS?: number;
  /** Tables to show with more rows than posted (« Ajouter une ligne » pressed while something was refused). */
  lignesDemandees?: Record<string, number>;
}

export type ResultatSoumission = { issue: 'csrf' } | Redirection | Reaffichage;
