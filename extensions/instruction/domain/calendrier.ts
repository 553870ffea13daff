/**
 * French calendar days as ISO strings (YYYY-MM-DD), for délais: plain day arithmetic in UTC, so the process time
 * zone never shifts a day, and public holidays from @socialgouv/jours-feries (pure JS, no I/O).
 */
// The package ships no types; the reference makes its declaration visible to every program that compiles this file
// (the portal's and the usagers plugin's too, whose tsconfig does not include domain/types).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./types/jours-feries.d.ts" />
import getJoursFeries from '@socialgouv/jours-feries';

export interface OptionsCalendrier {
  /**
   * Moselle, Bas-Rhin and Haut-Rhin add Vendredi saint and the Saint-Étienne (26 December) to the national holidays.
   * Default: metropolitan France. (Overseas days, e.g. the abolition of slavery, are not in the package.)
   */
  alsaceMoselle?: boolean;
}

const MOTIF_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PAR_JOUR = 86_400_000;

/** Days since 1970-01-01 for a real calendar day; RangeError otherwise (a bug in the caller, not user input). */
function numeroJour(iso: string): number {
  const morceaux = MOTIF_ISO.exec(iso);
  const ms = morceaux ? Date.UTC(Number(morceaux[1]), Number(morceaux[2]) - 1, Number(morceaux[3])) : NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso) {
    throw new RangeError(`Date invalide (attendu : AAAA-MM-JJ) : ${iso}`);
  }
  return ms / MS_PAR_JOUR;
}

const isoDuJour = (numero: number): string => new Date(numero * MS_PAR_JOUR).toISOString().slice(0, 10);

export function ajouterJours(iso: string, jours: number): string {
  return isoDuJour(numeroJour(iso) + jours);
}

/** `a` minus `de`, in days: 1 from a day to the next. */
export function ecartEnJours(de: string, a: string): number {
  return numeroJour(a) - numeroJour(de);
}

export function estWeekEnd(iso: string): boolean {
  const jour = new Date(numeroJour(iso) * MS_PAR_JOUR).getUTCDay();
  return jour === 0 || jour === 6;
}

const cacheFeries = new Map<string, ReadonlySet<string>>();

/** The public holidays of a year, as ISO days (memoised: the list depends only on the year and the region). */
export function joursFeries(annee: number, options: OptionsCalendrier = {}): ReadonlySet<string> {
  const cle = `${annee}:${options.alsaceMoselle === true}`;
  const connus = cacheFeries.get(cle);
  if (connus) return connus;
  // The package builds local-midnight Dates, some by adding 24 h multiples across a DST change (Ascension from
  // Easter): read each at local noon so that a one-hour shift never changes the day, whatever the time zone.
  const jours = new Set(
    Object.values(getJoursFeries(annee, { alsace: options.alsaceMoselle === true })).map((date) => {
      const midi = new Date(date.getTime() + MS_PAR_JOUR / 2);
      const mm = String(midi.getMonth() + 1).padStart(2, '0');
      const jj = String(midi.getDate()).padStart(2, '0');
      return `${midi.getFullYear()}-${mm}-${jj}`;
    }),
  );
  cacheFeries.set(cle, jours);
  return jours;
}

export function estFerie(iso: string, options: OptionsCalendrier = {}): boolean {
  return joursFeries(Number(iso.slice(0, 4)), options).has(iso);
}

/** A working day (jour ouvré): Monday to Friday, not a public holiday. */
export function estOuvre(iso: string, options: OptionsCalendrier = {}): boolean {
  return !estWeekEnd(iso) && !estFerie(iso, options);
}

/** Working days d with de < d ≤ a (0 when a ≤ de). */
export function compterJoursOuvres(de: string, a: string, options: OptionsCalendrier = {}): number {
  let compte = 0;
  for (let jour = ajouterJours(de, 1); ecartEnJours(jour, a) >= 0; jour = ajouterJours(jour, 1)) {
    if (estOuvre(jour, options)) compte += 1;
  }
  return compte;
}

const jourEnFrance = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in France at an instant: a dossier moved at 23:30 UTC in summer moved "tomorrow" in Paris. */
export function dateEnFrance(instant: Date): string {
  const parties = Object.fromEntries(jourEnFrance.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parties.year}-${parties.month}-${parties.day}`;
}
