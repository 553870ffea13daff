/**
 * Equality, ordering and membership. Conditions compare stored values with literals typed by an administrator, so
 * the rules favour what the administrator means: a checkbox group "equals" each checked key, an option key "2" equals
 * the number 2, and comparing with an unfilled field is simply false rather than an error shown to a citizen.
 */
import { estObjet, texteEnNombre, type ValeurExpression } from './valeurs';

/** A number for comparison purposes: numbers, numeric strings and booleans (vrai = 1); nul and other texts are not. */
function nombrePourComparaison(valeur: ValeurExpression): number | null {
  if (typeof valeur === 'number') return valeur;
  if (typeof valeur === 'boolean') return valeur ? 1 : 0;
  if (typeof valeur === 'string') return texteEnNombre(valeur);
  return null;
}

/** Two scalars, lists or objects are equal with the language's loose-but-predictable rules. */
function egalStrict(a: ValeurExpression, b: ValeurExpression): boolean {
  // nul and "" both mean "not filled in": `champ = ''` is true for an unfilled field. nul is never 0.
  if (a === null || b === null) return (a === null || a === '') && (b === null || b === '');
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((element, index) => egalStrict(element, b[index] ?? null));
  }
  if (estObjet(a) || estObjet(b)) {
    if (!estObjet(a) || !estObjet(b)) return false;
    const cles = Object.keys(a);
    if (cles.length !== Object.keys(b).length) return false;
    return cles.every((cle) => Object.hasOwn(b, cle) && egalStrict(a[cle] ?? null, b[cle] ?? null));
  }
  // Number against number, numeric string or boolean: option keys and checkboxes meet numbers here.
  const na = nombrePourComparaison(a);
  const nb = nombrePourComparaison(b);
  return na !== null && nb !== null && na === nb;
}

/**
 * `=`: a list against a non-list means membership (`equipements = 'velo'` is true when 'velo' is checked); otherwise
 * the loose equality above.
 */
export function egal(a: ValeurExpression, b: ValeurExpression): boolean {
  if (Array.isArray(a) && !Array.isArray(b)) return a.some((element) => egalStrict(element, b));
  if (Array.isArray(b) && !Array.isArray(a)) return b.some((element) => egalStrict(a, element));
  return egalStrict(a, b);
}

export type OperateurOrdre = '<' | '<=' | '>' | '>=';

function selonOrdre(difference: number, operateur: OperateurOrdre): boolean {
  switch (operateur) {
    case '<':
      return difference < 0;
    case '<=':
      return difference <= 0;
    case '>':
      return difference > 0;
    case '>=':
      return difference >= 0;
  }
}

/**
 * `< <= > >=`: numerically when both sides read as numbers (a numeric key against a number, or two numeric keys),
 * as texts otherwise, which orders ISO dates correctly. Anything involving nul, a list or an object is false: an
 * unfilled amount is neither above nor below a threshold.
 */
export function comparer(a: ValeurExpression, b: ValeurExpression, operateur: OperateurOrdre): boolean {
  if (a === null || b === null || typeof a === 'object' || typeof b === 'object') return false;
  const na = nombrePourComparaison(a);
  const nb = nombrePourComparaison(b);
  if (na !== null && nb !== null) return selonOrdre(na - nb, operateur);
  if (typeof a === 'string' && typeof b === 'string') return selonOrdre(a < b ? -1 : a > b ? 1 : 0, operateur);
  // A number against a text that is not one: no order makes sense.
  return false;
}

/**
 * `x dans liste`: x is one of the elements; a list on the left is in when ANY of its elements is (a checkbox group
 * against the keys that qualify). A right-hand side that is not a list is read as a list of one.
 */
export function dans(element: ValeurExpression, ensemble: ValeurExpression): boolean {
  if (Array.isArray(element)) return element.some((valeur) => dans(valeur, ensemble));
  if (Array.isArray(ensemble)) return ensemble.some((valeur) => egalStrict(element, valeur));
  return egalStrict(element, ensemble);
}
