/**
 * French display of values (portal pages, admin, letters). Written by hand rather than with
 * `Intl.NumberFormat('fr-FR')` because ICU data differs between Node builds and browsers (small-icu, separator
 * changes), and these strings are asserted in tests and shown in validation messages. The number and date
 * formatting lives with the field types (champs/), which need it for their messages; this file adds the display of a
 * stored value.
 */
import { definition } from './champs';
import { formaterNombre } from './champs/nombres';
import type { Champ, OptionListe, Valeur } from './modele';

export { formaterMontant } from './champs/nombres';
export { ESPACE_FINE_INSECABLE, ESPACE_INSECABLE, formaterDate } from './champs/typographie';

/** 12345 → "12 345" (narrow no-break spaces), for counts such as a maximum length. */
export function grouperMilliers(entier: number): string {
  return formaterNombre(Math.trunc(entier), 0);
}

/** A stored value as people read it (portal, admin, letters), or null when the field is empty or holds files. */
export function valeurLisible(
  champ: Champ,
  valeur: Valeur | undefined,
  contexte: { referentiels: Readonly<Record<string, readonly OptionListe[]>> } = { referentiels: {} },
): string | null {
  if (valeur === null || valeur === undefined || valeur === '') return null;
  return definition(champ).lisible(champ, valeur, contexte);
}
