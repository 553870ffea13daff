/**
 * French display of values (portal pages, messages). Written by hand rather than with `Intl.NumberFormat('fr-FR')`
 * because ICU data differs between Node builds and browsers (small-icu, separator changes), and these strings are
 * asserted in tests and shown in validation messages.
 */
import { estDateIso } from './date-iso';
import { arrondirCentimes } from './montant';
import { definition } from './champs';
import type { Champ, OptionListe, Valeur } from './modele';

/** French typography: narrow no-break space between thousands, no-break space before the currency sign. */
export const ESPACE_FINE_INSECABLE = '\u202F';
export const ESPACE_INSECABLE = '\u00A0';

/** 1234.5 → "1 234,50 €", 10000 → "10 000 €": cents are shown only when there are some, as in French official texts. */
export function formaterMontant(montant: number): string {
  // A non-finite amount is a bug upstream; showing it beats throwing in the middle of a page render.
  if (!Number.isFinite(montant)) return String(montant);
  const centimesTotal = Math.round(Math.abs(arrondirCentimes(montant)) * 100);
  const euros = Math.floor(centimesTotal / 100);
  const centimes = centimesTotal % 100;
  const signe = montant < 0 && centimesTotal > 0 ? '-' : '';
  const groupes = grouperMilliers(euros);
  const partieDecimale = centimes > 0 ? `,${String(centimes).padStart(2, '0')}` : '';
  return `${signe}${groupes}${partieDecimale}${ESPACE_INSECABLE}€`;
}

/** 12345 → "12 345" (narrow no-break spaces), for counts such as a maximum length. */
export function grouperMilliers(entier: number): string {
  return String(Math.trunc(entier)).replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_FINE_INSECABLE);
}

/** "2026-01-31" → "31/01/2026". Anything that is not an ISO date is returned unchanged, so a page never breaks. */
export function formaterDate(iso: string): string {
  if (!estDateIso(iso)) return iso;
  const [annee, mois, jour] = iso.split('-');
  return `${jour}/${mois}/${annee}`;
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
