/**
 * A dossier model (modèle de dossier): what the citizen fills on the portal and the agent reads in the admin.
 * The foundation keeps one level of sections; onglets, lignes, views and versions arrive with the form generator.
 */
export type TypeChamp = 'texte' | 'date' | 'liste' | 'montant' | 'justificatif';

export interface OptionListe {
  valeur: string;
  libelle: string;
}

interface ChampCommun {
  /** Technical name, unique in the model: `[a-z][a-z0-9_]*`. */
  code: string;
  libelle: string;
  /** Hint shown under the label. */
  aide?: string;
  requis: boolean;
}

export interface ChampTexte extends ChampCommun {
  type: 'texte';
  longueurMax?: number;
}
export interface ChampDate extends ChampCommun {
  type: 'date';
  /** Inclusive bounds, ISO dates (YYYY-MM-DD). */
  min?: string;
  max?: string;
}
export interface ChampListe extends ChampCommun {
  type: 'liste';
  options: OptionListe[];
}
export interface ChampMontant extends ChampCommun {
  type: 'montant';
  /** Bounds in euros (may be negative). */
  min?: number;
  max?: number;
}
export interface ChampJustificatif extends ChampCommun {
  type: 'justificatif';
  /** Accepted MIME types, checked on the server by magic bytes. */
  formats: string[];
  /** Maximum size in bytes. */
  tailleMax: number;
}

export type Champ = ChampTexte | ChampDate | ChampListe | ChampMontant | ChampJustificatif;

export interface Section {
  code: string;
  titre: string;
  champs: Champ[];
}

export interface Modele {
  sections: Section[];
}

/**
 * Values as stored on a dossier: field code → normalised value. `validerDonnees` never puts justificatifs here (their
 * pièces are uploaded and counted separately); `number[]` stays in the union for adapters that attach pièce ids.
 */
export type Valeur = string | number | number[] | null;
export type Donnees = Record<string, Valeur>;

/** Every field of the model in display order: validation and error summaries follow the order the citizen reads. */
export function champsDuModele(modele: Modele): Champ[] {
  return modele.sections.flatMap((section) => section.champs);
}
