/**
 * The part of a dossier the instruction engine reads and writes. The server maps its rows to this shape; the
 * dossier's form values, pièces and messages live elsewhere and do not take part in transitions.
 */

/** Lifecycle independent of any guide: a draft, a submitted dossier being instructed, a closed one. */
export type EtatDossier = 'brouillon' | 'depose' | 'cloture';

export interface DossierInstruction {
  id: number;
  /** Public reference given to the citizen, e.g. "2026-000042" (see formaterNumeroDossier). */
  numero: string;
  etat: EtatDossier;
  /** Null while the dossier is a draft: statuts belong to the guide, which starts at submission. */
  statut: string | null;
  /**
   * Where the dossier stands on the ligne de vie (see ligne-de-vie.ts `etapeCourante`): the étape of its statut,
   * unless the statut does not advance the ligne de vie or an action skipped étapes.
   */
  etape: string | null;
  /**
   * When the dossier entered its current étape: the délai of the étape runs from this day. Optional because rows
   * written before délais existed do not have it; the engine sets it whenever the étape changes.
   */
  entreeEtapeLe?: Date | null;
  /** Incremented by every transition; the server writes with compare-and-set on it (stale write → 409). */
  version: number;
}

export interface Acteur {
  type: 'usager' | 'agent' | 'systeme';
  id: number;
  /** Display name, copied into the history so that it survives the account. */
  nom?: string;
}

export type Evenement =
  /** The citizen submits the draft: it enters the guide's statutDepot. */
  | { type: 'deposer' }
  /** A transition offered by the current statut, fired by an agent (with the right) or by a connector. */
  | { type: 'changer_statut'; vers: string }
  /**
   * An agent puts the dossier in any statut of the guide, outside the transitions: to repair a mistake, including a
   * wrong clôture. Journaled with its motif; the statut's actions run only when `executerActions` is true.
   */
  | { type: 'corriger'; vers: string; motif: string; executerActions?: boolean };

export type NatureChangement = 'depot' | 'transition' | 'correction';

/** One line of the dossier's history, written in the same transaction as the new state. */
export interface Changement {
  nature: NatureChangement;
  de: string | null;
  vers: string;
  /** Positions on the ligne de vie before and after (see DossierInstruction.etape). */
  etapeDe: string | null;
  etapeVers: string;
  /** True when the dossier now stands further along the ligne de vie than before. */
  avanceLigneDeVie: boolean;
  /** Étapes jumped over by a `sauter_etapes` action, in order (the étape landed in is etapeVers). */
  etapesSautees: string[];
  /** Why an agent corrected the dossier; only on corrections. */
  motif?: string;
  date: Date;
  acteur: Acteur;
}
