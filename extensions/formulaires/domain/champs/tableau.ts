/**
 * Tables: rows of cells, each column typed like a simple field. A cell is validated by the definition of its
 * column's type (colonnes.ts), so a cell's message names its column exactly as a field's message names its field.
 *
 * Rows are either fixed (`lignes`: one per year, per expense item…; row i of the value is lignes[i], stored even when
 * empty so positions never shift) or free (the citizen adds rows, up to `lignesMax`; empty rows are dropped).
 * Stored rows carry every column, null for an empty cell, so exports and letters see a regular grid.
 *
 * Required columns: a row the citizen started must have its required cells (a required checkbox column must be
 * checked, as a required box must). When the table itself is required and
 * has fixed rows, every fixed row must be complete as soon as one is filled (an entirely empty table is just empty,
 * and `requis` on the table reports it). Calcul columns are computed with `contexte.calculer` over the row's cells,
 * in column order (a calcul may use an earlier one), only for rows that have a value.
 */
import { z } from 'zod';
import {
  TYPES_COLONNE,
  type ChampTableau,
  type ColonneTableau,
  type LigneTableau,
  type Scalaire,
  type Valeur,
} from '../modele';
import { err, ok, type Result } from '../result';
import { champDeColonne, lireCellule, validerCellule } from './colonnes';
import {
  doublons,
  erreurFormat,
  estObjetSimple,
  lireSimple,
  probleme,
  schemaCode,
  schemaEntierPositif,
  schemaOptions,
  schemaTexteNonVide,
} from './commun';
import { messages, messagesModele as m } from './messages';
import { schemaDecimales } from './nombre';
import { arrondir } from './nombres';
import type { ContexteChamp, DefinitionChamp, Probleme, SaisieBrute } from './types';
import { estLigneVide, estVide } from './vide';

export const LIGNES_MAX_PAR_DEFAUT = 50;
const LIGNES_MAX_ADMISES = 500;
/** A calcul column without `decimales` is usually an amount (quantity × unit price): cents are the safe default. */
const DECIMALES_CALCUL_PAR_DEFAUT = 2;
/**
 * Rows a post may carry, empty ones included: `code__lignes` is a number the form posts, and a forged huge one (or a
 * huge JSON array) must not make the server loop.
 */
const LIGNES_BRUTES_MAX = 1000;
export const SUFFIXE_LIGNES = '__lignes';

const estScalaire = (valeur: Valeur | null): valeur is Scalaire =>
  valeur === null || ['string', 'number', 'boolean'].includes(typeof valeur);

/** One posted row after its cells went through their columns; `saisie` columns only (calculs come later). */
interface LigneAnalysee {
  valeurs: LigneTableau;
  /** The first cell whose value is malformed, in column order. */
  erreur?: { colonne: ColonneTableau; probleme: Probleme };
  /** The citizen typed something in it (a malformed cell counts). */
  remplie: boolean;
}

function analyserLigne(tableau: ChampTableau, brute: Record<string, unknown>, contexte: ContexteChamp): LigneAnalysee {
  const valeurs: LigneTableau = {};
  let erreur: LigneAnalysee['erreur'];
  let remplie = false;
  for (const colonne of tableau.colonnes) {
    const champ = champDeColonne(colonne, colonne.code);
    if (champ === null) continue;
    const verdict = validerCellule(champ, Object.hasOwn(brute, colonne.code) ? brute[colonne.code] : null, contexte);
    if (!verdict.ok) {
      erreur ??= { colonne, probleme: verdict.error };
      remplie = true;
      valeurs[colonne.code] = null;
      continue;
    }
    // Column types all store scalars; the guard only narrows the type.
    const cellule = estScalaire(verdict.value) ? verdict.value : null;
    valeurs[colonne.code] = cellule;
    if (!estVide(champ, cellule)) remplie = true;
  }
  return { valeurs, erreur, remplie };
}

function problemeDeCellule(tableau: ChampTableau, index: number, colonne: ColonneTableau, message: string): Probleme {
  const ligne = messages.ligne(index, tableau.lignes?.[index]?.libelle);
  return {
    code: 'CELLULE',
    message: messages.cellule(tableau, ligne, message),
    cellule: { ligne: index, colonne: colonne.code },
  };
}

/** The first bad cell in reading order (row by row, column by column): malformed, or required and empty. */
function premiereCelluleFautive(
  tableau: ChampTableau,
  lignes: readonly LigneAnalysee[],
  tableauRempli: boolean,
): Probleme | null {
  const toutesLesLignesFixes = tableau.lignes !== undefined && tableau.requis && tableauRempli;
  for (const [index, ligne] of lignes.entries()) {
    const exigerRequis = ligne.remplie || toutesLesLignesFixes;
    for (const colonne of tableau.colonnes) {
      if (ligne.erreur?.colonne === colonne) {
        return problemeDeCellule(tableau, index, colonne, ligne.erreur.probleme.message);
      }
      const champ = champDeColonne(colonne, colonne.code);
      if (champ !== null && exigerRequis && colonne.requis && estVide(champ, ligne.valeurs[colonne.code])) {
        return problemeDeCellule(tableau, index, colonne, messages.requis(champ));
      }
    }
  }
  return null;
}

/** Every column in order, calcul cells computed from the row's cells (and earlier calculs). */
function completerLigne(tableau: ChampTableau, ligne: LigneAnalysee, contexte: ContexteChamp): LigneTableau {
  const valeurs: LigneTableau = { ...ligne.valeurs };
  const resultat: LigneTableau = {};
  for (const colonne of tableau.colonnes) {
    if (colonne.type === 'calcul') {
      const calcule =
        ligne.remplie && colonne.formule !== undefined ? contexte.calculer(colonne.formule, valeurs) : null;
      valeurs[colonne.code] =
        calcule === null || !Number.isFinite(calcule)
          ? null
          : arrondir(calcule, colonne.decimales ?? DECIMALES_CALCUL_PAR_DEFAUT);
    }
    resultat[colonne.code] = valeurs[colonne.code] ?? null;
  }
  return resultat;
}

function validerTableau(
  tableau: ChampTableau,
  valeur: unknown,
  contexte: ContexteChamp,
): Result<Valeur | null, Probleme> {
  if (valeur === null || valeur === undefined) return ok(null);
  if (!Array.isArray(valeur)) return erreurFormat(tableau);
  const lignesBrutes: readonly unknown[] = valeur;
  if (tableau.lignes !== undefined && lignesBrutes.length !== tableau.lignes.length) return erreurFormat(tableau);
  const lignesMax = tableau.lignesMax ?? LIGNES_MAX_PAR_DEFAUT;
  if (lignesBrutes.length > Math.max(lignesMax, LIGNES_BRUTES_MAX)) {
    return probleme('TROP_LONG', messages.tropDeLignes(tableau, lignesMax, lignesBrutes.length));
  }
  const colonnes = new Set(tableau.colonnes.map((colonne) => colonne.code));

  const analysees: LigneAnalysee[] = [];
  for (const brute of lignesBrutes) {
    if (!estObjetSimple(brute)) return erreurFormat(tableau);
    const inconnue = Object.keys(brute).find((cle) => !colonnes.has(cle));
    if (inconnue !== undefined) return probleme('FORMAT', messages.colonneInconnue(tableau, inconnue));
    analysees.push(analyserLigne(tableau, brute, contexte));
  }
  const remplies = analysees.filter((ligne) => ligne.remplie).length;
  const fautive = premiereCelluleFautive(tableau, analysees, remplies > 0);
  if (fautive !== null) return err(fautive);
  if (remplies === 0) return ok(null);

  if (tableau.lignes === undefined && remplies > lignesMax) {
    return probleme('TROP_LONG', messages.tropDeLignes(tableau, lignesMax, remplies));
  }
  const gardees = tableau.lignes === undefined ? analysees.filter((ligne) => ligne.remplie) : analysees;
  return ok(gardees.map((ligne) => completerLigne(tableau, ligne, contexte)));
}

/**
 * `code__lignes=N` says the table was on the page with N rows; cells are `code.<row>.<column>` (a checkbox cell also
 * posts `code.<row>.<column>__present=1`). A fixed table always reads all its rows. A row's missing cell is empty.
 */
function lireTableau(tableau: ChampTableau, saisie: SaisieBrute): unknown {
  const annonce = lireSimple(saisie, `${tableau.code}${SUFFIXE_LIGNES}`);
  if (annonce === undefined) return undefined;
  if (tableau.lignes === undefined && (typeof annonce !== 'string' || !/^\d+$/.test(annonce))) {
    // Not a row count: kept, so that validation reports a malformed table instead of silently emptying it.
    return annonce;
  }
  const nombre = tableau.lignes?.length ?? Math.min(Number(annonce), LIGNES_BRUTES_MAX);
  return Array.from({ length: nombre }, (_, index) => {
    const ligne: Record<string, unknown> = {};
    for (const colonne of tableau.colonnes) {
      const champ = champDeColonne(colonne, `${tableau.code}.${index}.${colonne.code}`);
      if (champ !== null) ligne[colonne.code] = lireCellule(champ, saisie) ?? null;
    }
    return ligne;
  });
}

const schemaColonne = z.strictObject({
  code: schemaCode,
  libelle: schemaTexteNonVide,
  type: z.enum(TYPES_COLONNE, { error: m.typeColonneInconnu }),
  requis: z.boolean(),
  options: schemaOptions.optional(),
  formule: schemaTexteNonVide.max(2000, { error: m.texteTropLong }).optional(),
  decimales: schemaDecimales.optional(),
});

function problemesDuTableau(tableau: ChampTableau): string[] {
  const problemes = [
    ...doublons(tableau.colonnes.map((colonne) => colonne.code)).map((code) => m.colonneEnDouble(tableau.code, code)),
    ...doublons((tableau.lignes ?? []).map((ligne) => ligne.code)).map((code) => m.ligneEnDouble(tableau.code, code)),
  ];
  for (const colonne of tableau.colonnes) {
    if (colonne.type !== 'liste') continue;
    const options = colonne.options ?? [];
    if (options.length === 0) problemes.push(m.colonneSansOption(tableau.code, colonne.code));
    for (const valeur of doublons(options.map((option) => option.valeur))) {
      problemes.push(m.optionDeColonneEnDouble(tableau.code, colonne.code, valeur));
    }
  }
  // A calcul column's formula (present, parsed, reading existing columns) is checked with the model (coherence-modele.ts).
  return problemes;
}

/** "3 lignes": the rows that hold something (a fixed table stores its empty rows too). */
function lisibleTableau(valeur: Valeur): string | null {
  if (!Array.isArray(valeur)) return String(valeur);
  const lignes: readonly unknown[] = valeur;
  const remplies = lignes.filter((ligne) => estObjetSimple(ligne) && !estLigneVide(ligne)).length;
  return remplies === 0 ? null : messages.nombreDeLignes(remplies);
}

export const definitionTableau: DefinitionChamp<ChampTableau> = {
  type: 'tableau',
  schema: z.object({
    type: z.literal('tableau'),
    colonnes: z.array(schemaColonne).min(1, { error: m.tableauSansColonne }),
    lignes: z
      .array(z.strictObject({ code: schemaCode, libelle: schemaTexteNonVide }))
      .min(1, { error: m.tableauSansLigne })
      .optional(),
    lignesMax: schemaEntierPositif.max(LIGNES_MAX_ADMISES, { error: m.lignesMaxTropGrand }).optional(),
  }),
  problemes: problemesDuTableau,
  valider: validerTableau,
  lire: lireTableau,
  lisible: (_champ, valeur) => lisibleTableau(valeur),
};
