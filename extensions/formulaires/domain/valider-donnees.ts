/**
 * Validation of a dossier's values against its model, for one view. The portal runs it to show errors next to the
 * fields, the server runs it again as the authority. A draft may be incomplete but never malformed; a deposit must be
 * complete. Hidden fields (display conditions) are neither required nor kept; computed fields are recomputed here and
 * never taken from the input.
 */
import { definition, estVide, type CodeErreurChamp, type ContexteChamp, type Probleme } from './champs';
import {
  calculerFormule,
  environnement,
  evaluerFormulaire,
  type ContexteEvaluation,
  type Visibilite,
} from './evaluation';
import { messagesChamp as msg } from './messages';
import {
  champsDeVue,
  TYPES_CALCULES,
  TYPES_CONNECTEUR,
  type Champ,
  type Donnees,
  type Modele,
  type OptionListe,
  type TypeProfil,
  type Valeur,
  type Vue,
} from './modele';

export interface ErreurChamp {
  /** The field code, used as the anchor of the error summary link. */
  champ: string;
  code: CodeErreurChamp;
  message: string;
  /** For a table: the cell at fault, so the summary can link to it. */
  cellule?: { ligne: number; colonne: string };
}

export interface OptionsValidation {
  /** 'brouillon' checks formats only; 'depot' also requires the required fields. */
  mode: 'brouillon' | 'depot';
  /** Whose form this is; only the fields placed in this view may be posted. Default: usager. */
  vue?: Vue;
  /** Today, ISO date (ages, `@aujourdhui`). */
  aujourdhui: string;
  profil?: TypeProfil;
  /** Options of administrator-managed lists, by code. */
  referentiels?: Readonly<Record<string, readonly OptionListe[]>>;
  /** Number of pièces already uploaded per justificatif field (they live outside `donnees`). */
  piecesParChamp?: Record<string, number>;
  /**
   * The dossier's stored values. Fields outside this view (agent annotations) and connector data are read from here
   * by conditions and formulas, never changed by this validation.
   */
  donneesExistantes?: Donnees;
}

export interface ValidationDonnees {
  valide: boolean;
  /** Normalised values of the view's shown fields (computed ones included); hidden and empty fields are absent. */
  donnees: Donnees;
  /** In the order of the form, unknown fields last. */
  erreurs: ErreurChamp[];
  visibilite: Visibilite;
}

const NON_SAISISSABLES = new Set<string>([...TYPES_CALCULES, ...TYPES_CONNECTEUR, 'note']);

export function validerDonnees(
  modele: Modele,
  donnees: Record<string, unknown>,
  options: OptionsValidation,
): ValidationDonnees {
  const vue = options.vue ?? 'usager';
  const contexte: ContexteEvaluation = { vue, profil: options.profil, aujourdhui: options.aujourdhui };
  const champs = champsDeVue(modele, vue);
  const codesVue = new Set(champs.map((champ) => champ.code));
  const { valeurs, problemes } = normaliser(champs, donnees, contexteChamp(options, contexte));

  const etat = evaluerFormulaire(modele, { ...valeursHorsVue(modele, codesVue, options), ...valeurs }, contexte);

  const erreurs: ErreurChamp[] = [];
  const retenues: Donnees = {};
  for (const champ of champs) {
    if (!etat.visibilite.champs.has(champ.code)) continue;
    const probleme = problemes.get(champ.code) ?? manque(champ, etat.valeurs[champ.code], options);
    if (probleme !== undefined) erreurs.push({ champ: champ.code, ...probleme });
    const valeur = etat.valeurs[champ.code];
    if (probleme === undefined && valeur !== undefined && !TYPES_CONNECTEUR.includes(champ.type)) {
      retenues[champ.code] = valeur;
    }
  }
  for (const code of Object.keys(donnees)) {
    if (!codesVue.has(code)) erreurs.push({ champ: code, code: 'CHAMP_INCONNU', message: msg.champInconnu(code) });
  }
  return { valide: erreurs.length === 0, donnees: retenues, erreurs, visibilite: etat.visibilite };
}

/** Each posted value through its field type; computed and connector fields are ignored (the server sets them). */
function normaliser(
  champs: Champ[],
  donnees: Record<string, unknown>,
  contexte: ContexteChamp,
): { valeurs: Record<string, Valeur>; problemes: Map<string, Probleme> } {
  const valeurs: Record<string, Valeur> = {};
  const problemes = new Map<string, Probleme>();
  for (const champ of champs) {
    if (NON_SAISISSABLES.has(champ.type) || !Object.hasOwn(donnees, champ.code)) continue;
    const verdict = definition(champ).valider(champ, donnees[champ.code], contexte);
    if (!verdict.ok) problemes.set(champ.code, verdict.error);
    else if (verdict.value !== null) valeurs[champ.code] = verdict.value;
  }
  return { valeurs, problemes };
}

/** Values this view does not edit but conditions and formulas may read: other views' fields and connector data. */
function valeursHorsVue(modele: Modele, codesVue: Set<string>, options: OptionsValidation): Record<string, Valeur> {
  const existantes = options.donneesExistantes ?? {};
  const valeurs: Record<string, Valeur> = {};
  for (const champ of modele.champs) {
    const lisible = !codesVue.has(champ.code) || TYPES_CONNECTEUR.includes(champ.type);
    if (lisible && Object.hasOwn(existantes, champ.code)) valeurs[champ.code] = existantes[champ.code]!;
  }
  return valeurs;
}

/** Required-field check, at deposit only. Computed fields are never required of anyone. */
function manque(champ: Champ, valeur: Valeur | undefined, options: OptionsValidation): Probleme | undefined {
  if (options.mode !== 'depot' || !champ.requis || TYPES_CALCULES.includes(champ.type) || champ.type === 'note') {
    return undefined;
  }
  const vide =
    champ.type === 'justificatif'
      ? nombreDePieces(options.piecesParChamp, champ.code) < 1
      : valeur === undefined || estVide(champ, valeur);
  return vide ? { code: 'REQUIS', message: msg.requis(champ) } : undefined;
}

function contexteChamp(options: OptionsValidation, contexte: ContexteEvaluation): ContexteChamp {
  return {
    referentiels: options.referentiels ?? {},
    aujourdhui: options.aujourdhui,
    calculer: (formule, valeurs) => calculerFormule(formule, environnement(valeurs, contexte)),
  };
}

function nombreDePieces(pieces: Record<string, number> | undefined, code: string): number {
  return pieces !== undefined && Object.hasOwn(pieces, code) ? (pieces[code] ?? 0) : 0;
}

/**
 * What to store after a validation of one view: the view's retained values replace its fields (a hidden or emptied
 * field disappears), every other field (other views, connector data) keeps its stored value.
 */
export function donneesAEnregistrer(modele: Modele, vue: Vue, existantes: Donnees, retenues: Donnees): Donnees {
  const codesVue = new Set(champsDeVue(modele, vue).map((champ) => champ.code));
  const resultat: Donnees = {};
  for (const champ of modele.champs) {
    const editeParLaVue = codesVue.has(champ.code) && !TYPES_CONNECTEUR.includes(champ.type);
    const source = editeParLaVue ? retenues : existantes;
    if (Object.hasOwn(source, champ.code)) resultat[champ.code] = source[champ.code]!;
  }
  return resultat;
}
