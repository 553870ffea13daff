/**
 * The dossier form on the portal: ids that tie labels, hints, errors and the error summary together, the context a
 * dossier is validated in (its model, référentiels, profile type, today), and local validation with the same domain
 * code the CMS runs (the CMS stays the authority).
 */
import {
  champsDeVue,
  lireSaisie,
  TYPES_CALCULES,
  TYPES_CONNECTEUR,
  validerDonnees,
  type Champ,
  type Donnees,
  type ErreurChamp,
  type Modele,
  type OptionListe,
  type SaisieBrute,
  type TypeProfil,
} from '@guichet/formulaires';
import type { DossierDetail, PieceApi } from './contrat';

/** Stable element ids, used by the error summary links, aria-describedby and aria-labelledby. */
export const ids = {
  /** The field's first control: what its label points at and what the error summary links to. */
  champ: (code: string) => `champ-${code}`,
  /** The n-th radio or checkbox of a group (the first one is the field's id). */
  option: (code: string, index: number) => (index === 0 ? `champ-${code}` : `champ-${code}-${index}`),
  aide: (code: string) => `champ-${code}-aide`,
  erreur: (code: string) => `champ-${code}-erreur`,
  /** The caption of a table, the header of one of its columns or rows, one cell and its error. */
  legende: (code: string) => `champ-${code}-legende`,
  colonne: (code: string, colonne: string) => `champ-${code}-col-${colonne}`,
  ligne: (code: string, ligne: number) => `champ-${code}-ligne-${ligne}`,
  cellule: (code: string, ligne: number, colonne: string) => `champ-${code}-${ligne}-${colonne}`,
  erreurCellule: (code: string, ligne: number, colonne: string) => `champ-${code}-${ligne}-${colonne}-erreur`,
  onglet: (code: string) => `onglet-${code}`,
  section: (code: string) => `section-${code}`,
};

/** Where a dossier's values are read and checked: its model, the options of its lists, who it is for, and today. */
export interface ContexteFormulaire {
  modele: Modele;
  referentiels: Record<string, OptionListe[]>;
  profil: TypeProfil;
  /** ISO date (YYYY-MM-DD): ages and `@aujourdhui` are computed at this date. */
  aujourdhui: string;
}

/** The dossier's context; an older CMS that sends no référentiels or profile type gets the defaults. */
export function contexteDuDossier(dossier: DossierDetail, aujourdhui: string): ContexteFormulaire {
  return {
    modele: dossier.modele,
    referentiels: dossier.referentiels ?? {},
    profil: dossier.typeProfil ?? 'particulier',
    aujourdhui,
  };
}

/** URLSearchParams → the raw shape lireSaisie reads (a repeated name gives an array). */
export function saisieBrute(formulaire: URLSearchParams): SaisieBrute {
  const brut: SaisieBrute = {};
  for (const cle of new Set(formulaire.keys())) {
    const valeurs = formulaire.getAll(cle);
    brut[cle] = valeurs.length === 1 ? valeurs[0] : valeurs;
  }
  return brut;
}

/** Number of pièces per justificatif field, for the "required" check at deposit. */
export function piecesParChamp(pieces: PieceApi[]): Record<string, number> {
  const compte: Record<string, number> = {};
  for (const piece of pieces) {
    if (piece.nature !== 'justificatif' || piece.champ === null) continue;
    compte[piece.champ] = (compte[piece.champ] ?? 0) + 1;
  }
  return compte;
}

/** Fields of the citizen's view whose value the citizen types (not computed, not from a connector, not a file). */
export function champsSaisis(modele: Modele): Champ[] {
  return champsDeVue(modele, 'usager').filter(
    (champ) =>
      !TYPES_CALCULES.includes(champ.type) &&
      !TYPES_CONNECTEUR.includes(champ.type) &&
      champ.type !== 'note' &&
      champ.type !== 'justificatif',
  );
}

/**
 * The values the form stands for: `conserver` (the stored data) for the typed fields the post did not carry (fields
 * below a file not read yet, a form showing part of the model), then what was posted.
 */
export function candidats(
  modele: Modele,
  formulaire: URLSearchParams | undefined,
  conserver?: Donnees,
): Record<string, unknown> {
  const valeurs: Record<string, unknown> = {};
  if (conserver) {
    for (const champ of champsSaisis(modele)) {
      if (Object.hasOwn(conserver, champ.code)) valeurs[champ.code] = conserver[champ.code];
    }
  }
  if (formulaire) Object.assign(valeurs, lireSaisie(modele, saisieBrute(formulaire), 'usager'));
  return valeurs;
}

export interface VerificationLocale {
  valide: boolean;
  donnees: Donnees;
  erreurs: ErreurChamp[];
}

/**
 * Early feedback with the domain rules the CMS applies: formats for a draft, formats and required fields (including
 * justificatifs) for a deposit. Hidden fields are dropped, computed ones computed. `conserver` as for `candidats`;
 * `existantes` (the stored data) feeds conditions and formulas that read connector data.
 */
export function verifierSaisie(
  contexte: ContexteFormulaire,
  formulaire: URLSearchParams,
  mode: 'brouillon' | 'depot',
  pieces: PieceApi[],
  existantes: Donnees,
  conserver?: Donnees,
): VerificationLocale {
  const { valide, donnees, erreurs } = validerDonnees(
    contexte.modele,
    candidats(contexte.modele, formulaire, conserver),
    {
      mode,
      vue: 'usager',
      aujourdhui: contexte.aujourdhui,
      profil: contexte.profil,
      referentiels: contexte.referentiels,
      piecesParChamp: piecesParChamp(pieces),
      donneesExistantes: existantes,
    },
  );
  return { valide, donnees, erreurs };
}

/** An error as the form shows it: about a field, one of its table cells, or the whole form (champ ''). */
export interface ErreurAffichee {
  champ: string;
  message: string;
  cellule?: { ligne: number; colonne: string } | undefined;
}

/** The first error about a field as a whole (not one of its cells). */
export function erreurDuChamp(erreurs: readonly ErreurAffichee[], code: string): string | undefined {
  return erreurs.find((e) => e.champ === code && !e.cellule)?.message;
}

/** The first error about one cell of a table. */
export function erreurDeCellule(
  erreurs: readonly ErreurAffichee[],
  code: string,
  ligne: number,
  colonne: string,
): string | undefined {
  return erreurs.find((e) => e.champ === code && e.cellule?.ligne === ligne && e.cellule.colonne === colonne)?.message;
}

/**
 * The id the error summary links to for an error: the cell at fault in a table, else the field's first control
 * (for a table without a cell: its first cell, or « Ajouter une ligne » when it has no row). Undefined for errors
 * about the whole form or about fields the citizen's view does not show.
 */
export function cibleErreur(
  modele: Modele,
  erreur: ErreurAffichee,
  nombreDeLignes: (code: string) => number,
): string | undefined {
  if (erreur.champ === '') return undefined;
  const champ = champsDeVue(modele, 'usager').find((c) => c.code === erreur.champ);
  if (!champ) return undefined;
  if (champ.type !== 'tableau') return ids.champ(champ.code);
  if (erreur.cellule) return ids.cellule(champ.code, erreur.cellule.ligne, erreur.cellule.colonne);
  const premiere = champ.colonnes.find((colonne) => colonne.type !== 'calcul');
  return premiere && nombreDeLignes(champ.code) > 0 ? ids.cellule(champ.code, 0, premiere.code) : ids.champ(champ.code);
}
