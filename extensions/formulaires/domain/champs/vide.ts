/**
 * What counts as "not filled in" for `requis`, per type. Validation already turns blank input into null; these are
 * the other values that must not satisfy a required field.
 */
import type { Champ, Valeur } from '../modele';
import { estObjetSimple } from './commun';

/** A table row whose cells are all empty (null, blank text, an unchecked box). */
export function estLigneVide(ligne: unknown): boolean {
  if (!estObjetSimple(ligne)) return false;
  return Object.values(ligne).every((cellule) => cellule === null || cellule === '' || cellule === false);
}

/**
 * True for null, undefined, a blank string, [] and {}; also for an unchecked case_a_cocher (a required box must be
 * checked), a table whose rows are all empty and an address without text. 0 is a value.
 */
export function estVide(champ: Pick<Champ, 'type'>, valeur: Valeur | null | undefined): boolean {
  if (valeur === null || valeur === undefined) return true;
  if (typeof valeur === 'string') return valeur.trim() === '';
  if (typeof valeur === 'boolean') return champ.type === 'case_a_cocher' && !valeur;
  if (typeof valeur === 'number') return false;
  if (Array.isArray(valeur)) {
    const elements: readonly unknown[] = valeur;
    return elements.length === 0 || (champ.type === 'tableau' && elements.every(estLigneVide));
  }
  if (champ.type === 'adresse') return typeof valeur.libelle !== 'string' || valeur.libelle.trim() === '';
  return Object.keys(valeur).length === 0;
}
