/**
 * The dossier form on the portal: what a field's input shows (stored value or what was just typed), ids that tie
 * labels, hints and errors together, and local validation with the same domain code the CMS runs.
 */
import {
  champsDuModele,
  lireSaisie,
  validerDonnees,
  type Champ,
  type Donnees,
  type ErreurChamp,
  type Modele,
  type SaisieBrute,
  type Valeur,
} from '@guichet/formulaires';
import type { PieceApi } from './contrat';

/** Stable element ids, used by the error summary links and aria-describedby. */
export const ids = {
  champ: (code: string) => `champ-${code}`,
  aide: (code: string) => `champ-${code}-aide`,
  erreur: (code: string) => `champ-${code}-erreur`,
};

/** What an input shows for a stored value: French decimal comma for amounts, ISO for date pickers. */
export function valeurPourSaisie(champ: Champ, valeur: Valeur | undefined): string {
  if (valeur === null || valeur === undefined || Array.isArray(valeur)) return '';
  if (champ.type === 'montant' && typeof valeur === 'number') {
    const [entier = '0', decimales] = valeur.toFixed(2).split('.');
    return decimales === '00' ? entier : `${entier},${decimales}`;
  }
  return String(valeur);
}

/** Values to show in the form: what the citizen just typed when re-rendering after an error, else the stored data. */
export function valeursAffichees(modele: Modele, donnees: Donnees, saisie?: URLSearchParams): Record<string, string> {
  const valeurs: Record<string, string> = {};
  for (const champ of champsDuModele(modele)) {
    if (champ.type === 'justificatif') continue;
    const tape = saisie?.get(champ.code);
    valeurs[champ.code] = tape ?? valeurPourSaisie(champ, donnees[champ.code]);
  }
  return valeurs;
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

export interface VerificationLocale {
  valide: boolean;
  donnees: Donnees;
  erreurs: ErreurChamp[];
}

/**
 * Early feedback with the domain rules the CMS applies (the CMS stays the authority): formats for a draft, formats
 * and required fields (including justificatifs) for a deposit. `conserver` (the stored data) fills the fields the
 * form did not send, so that saving part of a form does not erase the rest (the CMS replaces the whole data).
 */
export function verifierSaisie(
  modele: Modele,
  formulaire: URLSearchParams,
  mode: 'brouillon' | 'depot',
  pieces: PieceApi[],
  conserver?: Donnees,
): VerificationLocale {
  const candidats: Record<string, unknown> = {};
  if (conserver) {
    for (const champ of champsDuModele(modele)) {
      if (champ.type !== 'justificatif' && Object.hasOwn(conserver, champ.code))
        candidats[champ.code] = conserver[champ.code];
    }
  }
  Object.assign(candidats, lireSaisie(modele, saisieBrute(formulaire)));
  return validerDonnees(modele, candidats, { mode, piecesParChamp: piecesParChamp(pieces) });
}

/** Errors indexed by field code (first message wins), for the fields themselves. */
export function erreursParChamp(erreurs: { champ: string; message: string }[]): Record<string, string> {
  const parChamp: Record<string, string> = {};
  for (const erreur of erreurs) parChamp[erreur.champ] ??= erreur.message;
  return parChamp;
}
