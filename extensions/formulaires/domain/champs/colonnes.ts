/**
 * A table column as a field: each cell is validated and read by the definition of its column's type, through a
 * pseudo-field carrying the column's label and settings.
 */
import type {
  ChampCaseACocher,
  ChampDate,
  ChampListe,
  ChampMontant,
  ChampNombre,
  ChampTexte,
  ColonneTableau,
  Valeur,
} from '../modele';
import type { Result } from '../result';
import { definitionCaseACocher } from './case-a-cocher';
import { definitionListe } from './choix';
import { definitionDate } from './date';
import { definitionMontant, definitionNombre } from './nombre';
import { definitionTexte } from './textes';
import type { ContexteChamp, Probleme, SaisieBrute } from './types';

export type ChampColonne = ChampTexte | ChampNombre | ChampMontant | ChampDate | ChampListe | ChampCaseACocher;

/** The field a cell is validated as: the column's type, label and settings, never required on its own. */
export function champDeColonne(colonne: ColonneTableau, code: string): ChampColonne | null {
  const commun = { code, libelle: colonne.libelle, requis: false };
  switch (colonne.type) {
    case 'texte':
      return { ...commun, type: 'texte' };
    case 'nombre':
      return { ...commun, type: 'nombre', decimales: colonne.decimales };
    case 'montant':
      return { ...commun, type: 'montant' };
    case 'date':
      return { ...commun, type: 'date' };
    case 'liste':
      return { ...commun, type: 'liste', options: colonne.options ?? [] };
    case 'case_a_cocher':
      return { ...commun, type: 'case_a_cocher' };
    case 'calcul':
      return null;
  }
}

export function validerCellule(
  champ: ChampColonne,
  valeur: unknown,
  contexte: ContexteChamp,
): Result<Valeur | null, Probleme> {
  switch (champ.type) {
    case 'texte':
      return definitionTexte.valider(champ, valeur, contexte);
    case 'nombre':
      return definitionNombre.valider(champ, valeur, contexte);
    case 'montant':
      return definitionMontant.valider(champ, valeur, contexte);
    case 'date':
      return definitionDate.valider(champ, valeur, contexte);
    case 'liste':
      return definitionListe.valider(champ, valeur, contexte);
    case 'case_a_cocher':
      return definitionCaseACocher.valider(champ, valeur, contexte);
  }
}

export function lireCellule(champ: ChampColonne, saisie: SaisieBrute): unknown {
  switch (champ.type) {
    case 'texte':
      return definitionTexte.lire(champ, saisie);
    case 'nombre':
      return definitionNombre.lire(champ, saisie);
    case 'montant':
      return definitionMontant.lire(champ, saisie);
    case 'date':
      return definitionDate.lire(champ, saisie);
    case 'liste':
      return definitionListe.lire(champ, saisie);
    case 'case_a_cocher':
      return definitionCaseACocher.lire(champ, saisie);
  }
}
