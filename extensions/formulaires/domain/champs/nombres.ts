/**
 * Numbers with a chosen number of decimals: reading what citizens type, rounding, French display. montant.ts does
 * the same for cents only; these generalise it to the `decimales` of nombre and calcul fields.
 */
import { arrondirCentimes } from '../montant';
import { ESPACE_FINE_INSECABLE, ESPACE_INSECABLE } from './typographie';

/** Like montant.ts's motif, with any number of decimals: `decimales` decides later how many are allowed. */
const MOTIF_NOMBRE = /^([+-]?)(\d+)(?:[.,](\d+))?$/;

/**
 * "1 234,5", "-12", "1234.567", "1 234" (any kind of space, typographic minus) → a number, or null when it is not one
 * (the caller keeps the text so that validation can say what is wrong).
 */
export function parserNombre(texte: string): number | null {
  // \s covers U+00A0 and U+202F, which browsers and spreadsheets paste as thousands separators.
  const compact = texte.replace(/\s+/g, '').replace(/^\u2212/, '-');
  const morceaux = MOTIF_NOMBRE.exec(compact);
  if (!morceaux) return null;
  const [, signe = '', entiers = '', decimales = '0'] = morceaux;
  const nombre = Number(`${signe}${entiers}.${decimales}`);
  if (!Number.isFinite(nombre)) return null;
  return nombre === 0 ? 0 : nombre;
}

/** Decimal places of the shortest decimal writing of a number: 1.5 → 1, 1e-7 → 7, 120 → 0. */
export function nombreDeDecimales(nombre: number): number {
  if (!Number.isFinite(nombre) || Number.isInteger(nombre)) return 0;
  const [mantisse = '', exposant = '0'] = nombre.toExponential().split('e');
  const chiffres = mantisse.split('.')[1]?.length ?? 0;
  return Math.max(0, chiffres - Number(exposant));
}

/**
 * Rounds half away from zero on the DECIMAL value (as montant.ts's arrondirCentimes): 1.005 → 1.01 although the
 * binary 1.005 is 1.00499…. Shifting the exponent of the shortest decimal writing avoids that artefact.
 */
export function arrondir(nombre: number, decimales: number): number {
  if (!Number.isFinite(nombre)) return nombre;
  const [mantisse = '0', exposant = '0'] = Math.abs(nombre).toExponential().split('e');
  const decale = Math.round(Number(`${mantisse}e${Number(exposant) + decimales}`));
  const arrondi = (Math.sign(nombre) * decale) / 10 ** decimales;
  // -0 would print as "-0" and fail equality checks against 0.
  return arrondi === 0 ? 0 : arrondi;
}

/**
 * 1234.5 → "1 234,5" (narrow no-break spaces, decimal comma). With `decimales`, exactly that many digits after the
 * comma ("12,50"), as a computed value is shown with the precision the administrator chose.
 */
export function formaterNombre(nombre: number, decimales?: number): string {
  if (!Number.isFinite(nombre)) return String(nombre);
  const valeur = decimales === undefined ? nombre : arrondir(nombre, decimales);
  const absolu = Math.abs(valeur);
  // toFixed writes plain digits up to 1e21; beyond, the exponent form is the only honest writing.
  if (absolu >= 1e21) return String(valeur);
  const ecrit = absolu.toFixed(Math.min(100, decimales ?? nombreDeDecimales(absolu)));
  const [entiers = '0', fraction] = ecrit.split('.');
  const groupes = entiers.replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_FINE_INSECABLE);
  const signe = valeur < 0 ? '-' : '';
  return `${signe}${groupes}${fraction === undefined ? '' : `,${fraction}`}`;
}

/**
 * 1234.5 → "1 234,50 €", 10000 → "10 000 €": cents only when there are some, as in French official texts. Same
 * output as ../format.ts's formaterMontant.
 */
export function formaterMontant(montant: number): string {
  if (!Number.isFinite(montant)) return String(montant);
  const arrondi = arrondirCentimes(montant);
  return `${formaterNombre(arrondi, Number.isInteger(arrondi) ? 0 : 2)}${ESPACE_INSECABLE}€`;
}
