/**
 * French typography of values and messages. These primitives live here, below ../format.ts and ../messages.ts,
 * because those import this folder's registry: importing them back would make a cycle in which a module can be read
 * before it has loaded. ../format.ts may re-export them.
 */
import { estDateIso } from '../date-iso';

/** Between a number and its unit, inside guillemets: a line never starts with « » or €. */
export const ESPACE_INSECABLE = '\u00A0';
/** Between thousands, as Intl's fr-FR writes them. */
export const ESPACE_FINE_INSECABLE = '\u202F';

/** « texte » with the no-break spaces French typography requires inside guillemets. */
export function entreGuillemets(texte: string): string {
  return `«${ESPACE_INSECABLE}${texte}${ESPACE_INSECABLE}»`;
}

/** "2026-01-31" → "31/01/2026". Anything that is not an ISO date is returned unchanged, so a page never breaks. */
export function formaterDate(iso: string): string {
  if (!estDateIso(iso)) return iso;
  const [annee, mois, jour] = iso.split('-');
  return `${jour}/${mois}/${annee}`;
}
