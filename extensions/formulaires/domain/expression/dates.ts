/**
 * Calendar arithmetic for age(), annee() and jours_entre(). Dates are plain ISO strings (YYYY-MM-DD), compared
 * component by component: `Date` would read them in the process time zone, roll 2026-02-30 over to March and map
 * years below 100 to the twentieth century, none of which a date of birth deserves.
 */
import type { ValeurExpression } from './valeurs';

export interface DateCalendrier {
  annee: number;
  mois: number;
  jour: number;
}

/** YYYY-MM-DD, optionally followed by a time ("2026-01-31T10:00:00Z" as an @aujourdhui timestamp may be). */
const MOTIF_ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** What a French user types into a plain text box: 31/01/2026. */
const MOTIF_FRANCAIS = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

export function estBissextile(annee: number): boolean {
  return (annee % 4 === 0 && annee % 100 !== 0) || annee % 400 === 0;
}

export function joursDansLeMois(annee: number, mois: number): number {
  if (mois === 2) return estBissextile(annee) ? 29 : 28;
  return mois === 4 || mois === 6 || mois === 9 || mois === 11 ? 30 : 31;
}

/** A real calendar day read from a value, or null (2026-02-30, "abc", nul, a number are not dates). */
export function lireDate(valeur: ValeurExpression): DateCalendrier | null {
  if (typeof valeur !== 'string') return null;
  const texte = valeur.trim();
  const iso = MOTIF_ISO.exec(texte);
  const francais = iso ? null : MOTIF_FRANCAIS.exec(texte);
  const annee = Number(iso ? iso[1] : francais?.[3]);
  const mois = Number(iso ? iso[2] : francais?.[2]);
  const jour = Number(iso ? iso[3] : francais?.[1]);
  if (!iso && !francais) return null;
  if (annee < 1 || mois < 1 || mois > 12 || jour < 1 || jour > joursDansLeMois(annee, mois)) return null;
  return { annee, mois, jour };
}

/**
 * Whole years from `naissance` to `date`. Someone born on 29 February has their birthday on 28 February in common
 * years: French law counts periods « de quantième à quantième » and, when the day does not exist in the month, ends
 * them on its last day (code de procédure civile, art. 641). A date before the birth gives null (a data error).
 */
export function ageRevolu(naissance: DateCalendrier, date: DateCalendrier): number | null {
  const jourAnniversaire = Math.min(naissance.jour, joursDansLeMois(date.annee, naissance.mois));
  const anniversairePasse =
    date.mois > naissance.mois || (date.mois === naissance.mois && date.jour >= jourAnniversaire);
  const age = date.annee - naissance.annee - (anniversairePasse ? 0 : 1);
  return age < 0 ? null : age;
}

/** Days since 0000-03-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), free of `Date`. */
function numeroDeJour({ annee, mois, jour }: DateCalendrier): number {
  const a = mois <= 2 ? annee - 1 : annee;
  const ere = Math.floor(a / 400);
  const anneeDeLEre = a - ere * 400;
  const jourDeLAnnee = Math.floor((153 * (mois + (mois > 2 ? -3 : 9)) + 2) / 5) + jour - 1;
  const jourDeLEre = anneeDeLEre * 365 + Math.floor(anneeDeLEre / 4) - Math.floor(anneeDeLEre / 100) + jourDeLAnnee;
  return ere * 146097 + jourDeLEre;
}

/** Signed number of days from `debut` to `fin` (positive when `fin` is later). */
export function joursEntre(debut: DateCalendrier, fin: DateCalendrier): number {
  return numeroDeJour(fin) - numeroDeJour(debut);
}
