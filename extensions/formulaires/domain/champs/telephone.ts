/**
 * Telephone numbers. Without a mask, numbers are stored in E.164 (+33612345678): one spelling per number, whatever
 * the citizen typed, and the form SMS gateways expect. They are displayed the French way (06 12 34 56 78).
 *
 * Accepted: French numbers (0X XX XX XX XX, +33 X XX XX XX XX, 0033 X…, with spaces, dots, dashes or "(0)"), and
 * international numbers written with + or 00 (8 to 15 digits with the country code, the E.164 range).
 *
 * Overseas departments and collectivities dial 10-digit numbers like mainland France (0590…, 0692…), but their
 * international code is their own (+590, +262…), not +33: "+33 692…" does not reach Réunion from abroad. Their
 * numbers are therefore stored with their own code (0692 12 34 56 → +262692123456) and still displayed the French way.
 */
import { z } from 'zod';
import type { ChampTelephone } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple, normaliserTexte, probleme } from './commun';
import { appliquerMasque, exempleDeMasque, schemaMasque } from './masque';
import { messages } from './messages';
import type { DefinitionChamp } from './types';

interface Outremer {
  indicatif: string;
  /** First three digits of the national number (after the 0) that belong to this code. */
  prefixes: readonly string[];
  /**
   * Saint-Pierre-et-Miquelon's own numbers have 6 digits; mainland France reaches them as 0508 + those 6 digits, so
   * the prefix is the dialling code, not part of the number.
   */
  prefixeHorsNumero?: boolean;
}

const OUTREMER: readonly Outremer[] = [
  { indicatif: '590', prefixes: ['590', '690', '691'] }, // Guadeloupe, Saint-Barthélemy, Saint-Martin
  { indicatif: '594', prefixes: ['594', '694'] }, // Guyane
  { indicatif: '596', prefixes: ['596', '696', '697'] }, // Martinique
  { indicatif: '262', prefixes: ['262', '263', '269', '639', '692', '693'] }, // La Réunion, Mayotte
  { indicatif: '508', prefixes: ['508'], prefixeHorsNumero: true }, // Saint-Pierre-et-Miquelon
];

/** The 9 digits after the leading 0 of a French number → E.164. */
function e164Francais(neufChiffres: string): string {
  const outremer = OUTREMER.find((zone) => zone.prefixes.includes(neufChiffres.slice(0, 3)));
  if (outremer === undefined) return `+33${neufChiffres}`;
  return `+${outremer.indicatif}${outremer.prefixeHorsNumero === true ? neufChiffres.slice(3) : neufChiffres}`;
}

/** E.164 → the national 10-digit writing when the number is French (mainland or overseas), otherwise null. */
function numeroNational(e164: string): string | null {
  const metropole = /^\+33(\d{9})$/.exec(e164);
  if (metropole) return `0${metropole[1] ?? ''}`;
  for (const zone of OUTREMER) {
    if (!e164.startsWith(`+${zone.indicatif}`)) continue;
    const reste = e164.slice(zone.indicatif.length + 1);
    if (zone.prefixeHorsNumero === true && /^\d{6}$/.test(reste)) return `0${zone.prefixes[0] ?? ''}${reste}`;
    if (/^\d{9}$/.test(reste) && zone.prefixes.includes(reste.slice(0, 3))) return `0${reste}`;
  }
  return null;
}

/** A number as typed → E.164, or null when it is not a telephone number. */
export function normaliserTelephone(saisie: string): string | null {
  // "+33 (0)6 …" is a common mixed writing: the (0) is the national prefix, not a digit of the number.
  const compact = saisie.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '');
  const national = /^0([1-9]\d{8})$/.exec(compact);
  if (national) return e164Francais(national[1] ?? '');
  // +33 or 0033, with the national 0 sometimes kept by habit ("+33 06…").
  const francais = /^(?:\+|00)330?([1-9]\d{8})$/.exec(compact);
  if (francais) return e164Francais(francais[1] ?? '');
  // A +33 number of the wrong length is a French number mistyped, not a foreign one.
  if (/^(?:\+|00)33/.test(compact)) return null;
  const international = /^(?:\+|00)([1-9]\d{7,14})$/.exec(compact);
  return international ? `+${international[1] ?? ''}` : null;
}

/** "+33612345678" → "06 12 34 56 78"; other countries stay in E.164, whose grouping varies by country. */
export function formaterTelephone(e164: string): string {
  const national = numeroNational(e164);
  return national === null ? e164 : (national.match(/\d{2}/g) ?? []).join(' ');
}

export const definitionTelephone: DefinitionChamp<ChampTelephone> = {
  type: 'telephone',
  schema: z.object({ type: z.literal('telephone'), masque: schemaMasque.optional() }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    const texte = normaliserTexte(valeur);
    if (texte === '') return ok(null);
    // A mask is the administrator's choice of format (a foreign or internal numbering): it replaces the French rules.
    if (champ.masque !== undefined) {
      const masquee = appliquerMasque(champ.masque, texte);
      return masquee === null
        ? probleme('FORMAT', messages.masque(champ, champ.masque, exempleDeMasque(champ.masque)))
        : ok(masquee);
    }
    const numero = normaliserTelephone(texte);
    return numero === null ? erreurFormat(champ) : ok(numero);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible(champ, valeur) {
    if (typeof valeur !== 'string') return String(valeur);
    return champ.masque === undefined ? formaterTelephone(valeur) : valeur;
  },
};
