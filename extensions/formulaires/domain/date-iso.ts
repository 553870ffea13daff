/**
 * Calendar dates as ISO strings (YYYY-MM-DD). Plain arithmetic instead of `Date`: `new Date('2026-02-30')` rolls over
 * to March and reads in the process time zone, and a date of birth has no time zone at all.
 */
const MOTIF_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a French user types when the browser shows a plain text box instead of a date picker. */
const MOTIF_FRANCAIS = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

function joursDansLeMois(annee: number, mois: number): number {
  if (mois === 2) return estBissextile(annee) ? 29 : 28;
  return [4, 6, 9, 11].includes(mois) ? 30 : 31;
}

/** True only for a real calendar day: 2026-02-30 and 2026-13-01 are refused. */
export function estDateIso(texte: string): boolean {
  const morceaux = MOTIF_ISO.exec(texte);
  if (!morceaux) return false;
  const annee = Number(morceaux[1]);
  const mois = Number(morceaux[2]);
  const jour = Number(morceaux[3]);
  if (annee < 1 || mois < 1 || mois > 12 || jour < 1) return false;
  return jour <= joursDansLeMois(annee, mois);
}

/** "31/1/2026" → "2026-01-31"; anything else → null. The calendar check is left to `estDateIso`. */
export function dateFrancaiseVersIso(texte: string): string | null {
  const morceaux = MOTIF_FRANCAIS.exec(texte);
  if (!morceaux) return null;
  const [, jour = '', mois = '', annee = ''] = morceaux;
  return `${annee}-${mois.padStart(2, '0')}-${jour.padStart(2, '0')}`;
}
