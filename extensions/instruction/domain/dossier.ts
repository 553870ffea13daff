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
  etape: string | null;
  /** Incremented by every transition; the server writes with compare-and-set on it (stale write → 409). */
  version: number;
}

export interface Acteur {
  type: 'usager' | 'agent' | 'systeme';
  id: number;
  /** Display name, copied into the history so that it survives the account. */
  nom?: string;
}

export type Evenement = { type: 'deposer' } | { type: 'changer_statut'; vers: string };

/** One line of the dossier's history, written in the same transaction as the new state. */
export interface Changement {
  de: string | null;
  vers: string;
  etapeDe: string | null;
  etapeVers: string;
  date: Date;
  acteur: Acteur;
}
