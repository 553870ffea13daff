/**
 * Computed values as the form shows them (calcul and âge fields, calcul columns of tables). Shared by the page
 * (server render) and the form script (live preview): no Node dependency.
 */
import {
  valeurLisible,
  type Champ,
  type ChampTableau,
  type ColonneTableau,
  type LigneTableau,
  type OptionListe,
  type Valeur,
} from '@guichet/formulaires';

const ESPACE_FINE_INSECABLE = '\u202F';
/** What the domain rounds a calcul column to when the model says nothing (cents: quantity × unit price). */
export const DECIMALES_CALCUL_PAR_DEFAUT = 2;

/**
 * 1234.5 with 2 decimals → "1 234,50" (narrow no-break spaces between thousands, decimal comma); without
 * `decimales`, as many as the number has.
 */
export function nombreLisible(nombre: number, decimales?: number): string {
  if (!Number.isFinite(nombre)) return String(nombre);
  const ecrit = decimales === undefined ? String(Math.abs(nombre)) : Math.abs(nombre).toFixed(Math.max(0, decimales));
  const [entier = '0', fraction] = ecrit.split('.');
  const groupes = entier.replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_FINE_INSECABLE);
  const signe = nombre < 0 && Number(`${entier}.${fraction ?? 0}`) !== 0 ? '-' : '';
  return `${signe}${groupes}${fraction ? `,${fraction}` : ''}`;
}

/** A calcul cell of a table, or '' when it could not be computed yet. */
export function valeurCellule(colonne: ColonneTableau, valeur: Valeur | undefined): string {
  return typeof valeur === 'number' ? nombreLisible(valeur, colonne.decimales ?? DECIMALES_CALCUL_PAR_DEFAUT) : '';
}

/** A calcul or âge field, or null when it could not be computed yet. */
export function valeurCalculee(
  champ: Champ,
  valeur: Valeur | undefined,
  referentiels: Readonly<Record<string, readonly OptionListe[]>>,
): string | null {
  return valeurLisible(champ, valeur, { referentiels });
}

/** The rows of a table in the validation preview (their calcul columns computed), when it holds rows. */
export function lignesCalculees(valeur: Valeur | undefined): LigneTableau[] | undefined {
  if (!Array.isArray(valeur)) return undefined;
  const lignes = valeur as unknown[];
  return lignes.every((l) => typeof l === 'object' && l !== null && !Array.isArray(l))
    ? (lignes as LigneTableau[])
    : undefined;
}

/**
 * The computed row of each row shown. The domain keeps every fixed row but drops the empty free rows, so the rows it
 * computed line up with the rows shown once the empty ones are skipped (a row counts as filled when one of its
 * input cells holds something, as the domain decides).
 */
export function alignerLignes(
  champ: ChampTableau,
  affichees: readonly Record<string, string>[],
  calculees: readonly LigneTableau[] | undefined,
): (LigneTableau | undefined)[] {
  if (!calculees) return affichees.map(() => undefined);
  if (champ.lignes) return affichees.map((_ligne, index) => calculees[index]);
  const saisies = champ.colonnes.filter((colonne) => colonne.type !== 'calcul');
  let suivante = 0;
  return affichees.map((ligne) =>
    saisies.some((colonne) => (ligne[colonne.code] ?? '').trim() !== '') ? calculees[suivante++] : undefined,
  );
}
