/**
 * Fields taken from the référentiel des champs: the entry's definition is copied (editing the référentiel later does
 * not change models), remembers where it came from (`origine`), and gets a code free in the model.
 */
import type { Champ, Modele } from '../modele';
import { ajouterChamp, prochainCode } from './champs';

/** The definition a référentiel entry gives in this model: same settings, `origine` = the entry's code, free code. */
export function champDepuisReferentiel(modele: Modele, entree: Champ): Champ {
  return { ...entree, origine: entree.code, code: prochainCode(modele, entree.code) };
}

/** Adds the entry's field to the model (not placed; see placerDansNouvelleLigne). */
export function ajouterDepuisReferentiel(modele: Modele, entree: Champ): Modele {
  return ajouterChamp(modele, champDepuisReferentiel(modele, entree));
}
