/** Display helpers for pages: file sizes, accepted formats, timestamps, values of a dossier. */
import { formaterDate } from '@guichet/formulaires';
import { fr } from '../i18n/fr';

const ESPACE_FINE = '\u202F';

function decimalFrancais(n: number, decimales: number): string {
  const [entier = '0', fraction] = n.toFixed(decimales).split('.');
  const groupes = entier.replace(/\B(?=(\d{3})+(?!\d))/g, ESPACE_FINE);
  return fraction && Number(fraction) !== 0 ? `${groupes},${fraction.replace(/0+$/, '')}` : groupes;
}

/** 1536 → "1,5 Ko", 10485760 → "10 Mo" (binary units, as file managers show them). */
export function tailleLisible(octets: number): string {
  if (octets < 1024) return fr.fichiers.octets(String(octets));
  if (octets < 1024 * 1024) return fr.fichiers.ko(decimalFrancais(octets / 1024, 1));
  return fr.fichiers.mo(decimalFrancais(octets / (1024 * 1024), 1));
}

/** ["application/pdf", "image/jpeg"] → "PDF ou JPEG". */
export function formatsLisibles(formats: string[]): string {
  const noms = [...new Set(formats.map((f) => fr.fichiers.formats[f] ?? f.split('/').pop()?.toUpperCase() ?? f))];
  if (noms.length <= 1) return noms.join('');
  return `${noms.slice(0, -1).join(', ')} ${fr.fichiers.ou} ${noms[noms.length - 1]}`;
}

/** The calendar day of an ISO timestamp in Paris time, as "31/01/2026". */
export function dateDuJour(horodatage: string | null | undefined): string {
  if (!horodatage) return '';
  const date = new Date(horodatage);
  if (Number.isNaN(date.getTime())) return horodatage;
  // en-CA formats as YYYY-MM-DD; formaterDate then gives the French form without depending on ICU's fr data.
  const iso = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
  return formaterDate(iso);
}

/** ISO date (YYYY-MM-DD) of an ISO timestamp, for <time datetime>. */
export function dateIso(horodatage: string | null | undefined): string | undefined {
  if (!horodatage) return undefined;
  const date = new Date(horodatage);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** Shared with the admin and the letters: one way to display a stored value. */
export { valeurLisible } from '@guichet/formulaires';
