/**
 * Validation of a dossier's values against its model. The portal runs it to show errors next to the fields, the
 * server runs it again as the authority. A draft may be incomplete but never malformed; a deposit must be complete.
 */
import { estDateIso } from './date-iso';
import { messagesChamp as msg } from './messages';
import {
  champsDuModele,
  type Champ,
  type ChampDate,
  type ChampListe,
  type ChampMontant,
  type ChampTexte,
  type Donnees,
  type Modele,
  type Valeur,
} from './modele';
import { arrondirCentimes } from './montant';
import { err, ok, type Result } from './result';

export type CodeErreurChamp = 'REQUIS' | 'FORMAT' | 'TROP_LONG' | 'HORS_BORNES' | 'OPTION_INCONNUE' | 'CHAMP_INCONNU';

export interface ErreurChamp {
  /** The field code, used as the anchor of the error summary link. */
  champ: string;
  code: CodeErreurChamp;
  message: string;
}

export interface OptionsValidation {
  /** 'brouillon' checks formats only; 'depot' also requires the required fields. */
  mode: 'brouillon' | 'depot';
  /** Number of pièces already uploaded per justificatif field (they live outside `donnees`). */
  piecesParChamp?: Record<string, number>;
}

export interface ValidationDonnees {
  valide: boolean;
  /** Normalised values of the model's fields that are valid; an emptied field is null (a draft may clear it). */
  donnees: Donnees;
  /** In the order of the form, unknown fields last. */
  erreurs: ErreurChamp[];
}

/** Text fields without an explicit limit still get one: a dossier is not a place for megabytes of text. */
export const LONGUEUR_MAX_PAR_DEFAUT = 2000;

type Probleme = { code: CodeErreurChamp; message: string };

export function validerDonnees(
  modele: Modele,
  donnees: Record<string, unknown>,
  options: OptionsValidation,
): ValidationDonnees {
  const exigerRequis = options.mode === 'depot';
  const erreurs: ErreurChamp[] = [];
  const normalisees: Donnees = {};
  const champs = champsDuModele(modele);
  const signaler = (champ: string, probleme: Probleme): void => {
    erreurs.push({ champ, ...probleme });
  };

  for (const champ of champs) {
    if (champ.type === 'justificatif') {
      if (exigerRequis && champ.requis && nombreDePieces(options.piecesParChamp, champ.code) < 1) {
        signaler(champ.code, { code: 'REQUIS', message: msg.requis(champ) });
      }
      continue;
    }
    const fourni = Object.hasOwn(donnees, champ.code);
    const verdict = fourni ? validerValeur(champ, donnees[champ.code]) : ok(null);
    if (!verdict.ok) {
      signaler(champ.code, verdict.error);
    } else if (verdict.value === null && exigerRequis && champ.requis) {
      signaler(champ.code, { code: 'REQUIS', message: msg.requis(champ) });
    } else if (fourni) {
      normalisees[champ.code] = verdict.value;
    }
  }

  const codesConnus = new Set(champs.map((champ) => champ.code));
  for (const code of Object.keys(donnees)) {
    if (!codesConnus.has(code)) signaler(code, { code: 'CHAMP_INCONNU', message: msg.champInconnu(code) });
  }

  return { valide: erreurs.length === 0, donnees: normalisees, erreurs };
}

function nombreDePieces(pieces: Record<string, number> | undefined, code: string): number {
  return pieces !== undefined && Object.hasOwn(pieces, code) ? (pieces[code] ?? 0) : 0;
}

/** One value against its field; null means "empty", which only the caller can judge (draft or deposit). */
function validerValeur(champ: Exclude<Champ, { type: 'justificatif' }>, valeur: unknown): Result<Valeur, Probleme> {
  if (valeur === null || valeur === undefined) return ok(null);
  switch (champ.type) {
    case 'texte':
      return validerTexte(champ, valeur);
    case 'date':
      return validerDate(champ, valeur);
    case 'montant':
      return validerMontant(champ, valeur);
    case 'liste':
      return validerListe(champ, valeur);
  }
}

function validerTexte(champ: ChampTexte, valeur: unknown): Result<Valeur, Probleme> {
  if (typeof valeur !== 'string') return err({ code: 'FORMAT', message: msg.format(champ) });
  // Textareas post line breaks as CRLF and some keyboards produce decomposed accents: count what the citizen sees.
  const texte = valeur.replace(/\r\n?/g, '\n').normalize('NFC').trim();
  if (texte === '') return ok(null);
  const longueurMax = champ.longueurMax ?? LONGUEUR_MAX_PAR_DEFAUT;
  const longueur = [...texte].length;
  if (longueur > longueurMax) return err({ code: 'TROP_LONG', message: msg.tropLong(champ, longueurMax, longueur) });
  return ok(texte);
}

function validerDate(champ: ChampDate, valeur: unknown): Result<Valeur, Probleme> {
  if (typeof valeur !== 'string') return err({ code: 'FORMAT', message: msg.format(champ) });
  const date = valeur.trim();
  if (date === '') return ok(null);
  if (!estDateIso(date)) return err({ code: 'FORMAT', message: msg.format(champ) });
  // ISO dates sort as strings; bounds are inclusive.
  if ((champ.min !== undefined && date < champ.min) || (champ.max !== undefined && date > champ.max)) {
    return err({ code: 'HORS_BORNES', message: msg.dateHorsBornes(champ, champ.min, champ.max) });
  }
  return ok(date);
}

/**
 * Numbers only: strings are read by `lireSaisie`, so a string reaching this point was not an amount. Rounding comes
 * before the bounds, so that 10 000,004 € passes a 10 000 € maximum as the stored 10 000 € would.
 */
function validerMontant(champ: ChampMontant, valeur: unknown): Result<Valeur, Probleme> {
  if (typeof valeur === 'string' && valeur.trim() === '') return ok(null);
  if (typeof valeur !== 'number' || !Number.isFinite(valeur))
    return err({ code: 'FORMAT', message: msg.format(champ) });
  const montant = arrondirCentimes(valeur);
  if ((champ.min !== undefined && montant < champ.min) || (champ.max !== undefined && montant > champ.max)) {
    return err({ code: 'HORS_BORNES', message: msg.montantHorsBornes(champ, champ.min, champ.max) });
  }
  return ok(montant);
}

function validerListe(champ: ChampListe, valeur: unknown): Result<Valeur, Probleme> {
  if (typeof valeur !== 'string') return err({ code: 'FORMAT', message: msg.format(champ) });
  const choix = valeur.trim();
  if (choix === '') return ok(null);
  if (!champ.options.some((option) => option.valeur === choix)) {
    return err({ code: 'OPTION_INCONNUE', message: msg.optionInconnue(champ) });
  }
  return ok(choix);
}
