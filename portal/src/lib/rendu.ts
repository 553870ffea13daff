/**
 * Everything a field of the dossier form needs to render, gathered once per page: where its shown value comes from
 * (the post being shown again, else the stored data), the computed preview, the options of référentiels, errors,
 * pièces, and the tables' row counts.
 */
import type { Donnees, OptionListe } from '@guichet/formulaires';
import type { PieceApi } from './contrat';
import type { ErreurAffichee } from './formulaire';
import type { SourceSaisie } from './saisie-affichee';

export interface ContexteRendu extends SourceSaisie {
  /** Computed fields (calcul, âge, calcul columns), from the validation preview of the values shown. */
  calcules: Donnees;
  referentiels: Record<string, OptionListe[]>;
  erreurs: readonly ErreurAffichee[];
  pieces: PieceApi[];
  /** The portal's own upload limit (justificatifs announce the smaller of it and the model's). */
  tailleMaxPortail: number;
  /** Rows asked for with « Ajouter une ligne », by table code. */
  lignesDemandees: Record<string, number>;
  /** Today's date (ISO): date pickers of connector data, ages. */
  aujourdhui: string;
}
