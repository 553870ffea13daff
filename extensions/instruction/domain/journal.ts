import type { Acteur } from './dossier';

/**
 * The journal: who did what to a dossier, and when. Entries are chained per dossier: each carries the fingerprint
 * of the previous one, so deleting, reordering or editing an entry breaks the chain. The fingerprint itself
 * (SHA-256) is computed by the adapter; the domain fixes what is fingerprinted, byte for byte.
 */
export type ActionJournal =
  | 'dossier.depose'
  | 'dossier.statut_change'
  | 'dossier.corrige'
  | 'dossier.donnees_modifiees'
  // Agents' operations on dossiers (issue 4): assignment, classement, flags, links, duplication, deletion, creation.
  | 'dossier.affecte'
  | 'dossier.sectorise'
  | 'dossier.classe'
  | 'dossier.drapeaux_modifies'
  | 'dossier.lie'
  | 'dossier.duplique'
  | 'dossier.supprime'
  | 'dossier.transfere'
  | 'dossier.cree_par_agent'
  | 'dossier.editions_repetees'
  | 'tiers.individu_enregistre'
  | 'tiers.profil_enregistre'
  // Effects of the statuts' actions (issue 4); `action.non_executee`: a recipient skipped (no agent assigned…).
  | 'dossier.onglet_modifie'
  | 'dossier.conversation_modifiee'
  | 'dossier.doublon_detecte'
  // Justificatifs asked after deposit: asked by a statut's action, sent by the citizen, cancelled by an agent.
  | 'dossier.justificatif_demande'
  | 'dossier.justificatif_fourni'
  | 'dossier.justificatif_annule'
  | 'action.non_executee'
  | 'piece.consultee'
  // The conversation: one entry per message sent (its id and author's side, never its text).
  | 'message.envoye';

export type DetailsJournal = Record<string, string | number | null>;

export interface EntreeJournal {
  dossierId: number;
  /** 1, 2, 3… per dossier; unique with dossierId, so two writers can never fork the chain. */
  sequence: number;
  date: Date;
  acteur: Acteur;
  action: ActionJournal;
  details: DetailsJournal;
  empreintePrecedente: string;
}

/** The fingerprint that stands before the first entry of a chain. */
export const EMPREINTE_INITIALE = '0'.repeat(64);

function trier(details: DetailsJournal): DetailsJournal {
  return Object.fromEntries(Object.entries(details).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Canonical text of an entry: fixed field order, sorted detail keys, ISO date. Same input → same bytes. */
export function contenuAEmpreindre(entree: EntreeJournal): string {
  return JSON.stringify([
    entree.empreintePrecedente,
    entree.dossierId,
    entree.sequence,
    entree.date.toISOString(),
    entree.acteur.type,
    entree.acteur.id,
    entree.acteur.nom ?? null,
    entree.action,
    trier(entree.details),
  ]);
}

export interface EntreeScellee extends EntreeJournal {
  empreinte: string;
}

export type VerificationJournal =
  | { integre: true; entrees: number }
  | { integre: false; entrees: number; rompuA: number };

/**
 * Checks a dossier's chain given a fingerprint function: sequences must run 1..n without gaps, each entry must
 * point to the previous fingerprint and carry its own.
 */
export function verifierChaine(entrees: EntreeScellee[], empreindre: (contenu: string) => string): VerificationJournal {
  let precedente = EMPREINTE_INITIALE;
  for (const [index, entree] of entrees.entries()) {
    const attendue = empreindre(contenuAEmpreindre(entree));
    if (entree.sequence !== index + 1 || entree.empreintePrecedente !== precedente || entree.empreinte !== attendue) {
      return { integre: false, entrees: entrees.length, rompuA: index + 1 };
    }
    precedente = entree.empreinte;
  }
  return { integre: true, entrees: entrees.length };
}
