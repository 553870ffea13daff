/**
 * A moment as French readers say it, in Paris time: « 28 novembre 2026 à 14 h 05 », « 1er mars 2026 à 9 h 30 ».
 * Built from numeric parts and the month names of the translation file, so it does not depend on the ICU data the
 * server was built with (like dateDuJour in src/lib/affichage.ts).
 */
import { fr } from '../i18n/fr';

const PARTIES = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function dateHeureLisible(horodatage: string): string {
  const date = new Date(horodatage);
  if (Number.isNaN(date.getTime())) return horodatage;
  const parties = PARTIES.formatToParts(date);
  const partie = (type: Intl.DateTimeFormatPartTypes) => parties.find((p) => p.type === type)?.value ?? '';
  const mois = fr.messages.mois[Number(partie('month')) - 1] ?? partie('month');
  const jour = Number(partie('day'));
  return fr.messages.dateHeure(
    jour === 1 ? '1er' : String(jour),
    mois,
    partie('year'),
    // « 9 h 30 », not « 09 h 30 ».
    String(Number(partie('hour'))),
    partie('minute'),
  );
}
