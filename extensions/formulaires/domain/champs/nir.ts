/**
 * The NIR (numéro de sécurité sociale): 13 characters and a 2-digit key, stored without spaces, displayed grouped
 * as on a carte Vitale (1 84 12 76 451 089 46).
 *
 * What is accepted, position by position:
 * - sex: 1 or 2; also 3, 4, 7 and 8, the provisional numbers (NIA) given to people being registered, often born
 *   abroad, who must be able to file with the number they have;
 * - year of birth: any two digits;
 * - month: 01 to 12, or 20 to 42 and 50 to 99, which INSEE uses when the month of birth is unknown;
 * - département: two digits, or 2A / 2B for Corsica (99 for people born abroad);
 * - commune (or country) and order number: three digits each;
 * - key: 97 − (the 13-digit number mod 97), computed with 2A read as 19 and 2B as 18.
 */
import { z } from 'zod';
import type { ChampNir } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple, probleme } from './commun';
import { messages } from './messages';
import type { DefinitionChamp } from './types';

const MOTIF_NIR = /^([123478])(\d{2})(\d{2})(\d{2}|2[AB])(\d{3})(\d{3})(\d{2})$/;

function moisValide(mois: number): boolean {
  return (mois >= 1 && mois <= 12) || (mois >= 20 && mois <= 42) || mois >= 50;
}

/** The key of the first 13 characters. 13 digits stay below 2^53, so plain numbers compute it exactly. */
export function cleNir(treizeCaracteres: string): number {
  const numero = Number(treizeCaracteres.replace('2A', '19').replace('2B', '18'));
  return 97 - (numero % 97);
}

type AnalyseNir = { nir: string } | { erreur: 'FORMAT' | 'CLE_INVALIDE' };

/** Spaces (and dots, as some people type them) are dropped; 2a/2b are read as 2A/2B. */
export function analyserNir(saisie: string): AnalyseNir {
  const nir = saisie.replace(/[\s.]/g, '').toUpperCase();
  const morceaux = MOTIF_NIR.exec(nir);
  if (!morceaux || !moisValide(Number(morceaux[3]))) return { erreur: 'FORMAT' };
  return cleNir(nir.slice(0, 13)) === Number(nir.slice(13)) ? { nir } : { erreur: 'CLE_INVALIDE' };
}

/** "184127645108946" → "1 84 12 76 451 089 46". Anything else is returned unchanged, so a page never breaks. */
export function formaterNir(nir: string): string {
  const morceaux = MOTIF_NIR.exec(nir);
  return morceaux ? morceaux.slice(1).join(' ') : nir;
}

export const definitionNir: DefinitionChamp<ChampNir> = {
  type: 'nir',
  schema: z.object({ type: z.literal('nir') }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    if (valeur.trim() === '') return ok(null);
    const analyse = analyserNir(valeur);
    if ('nir' in analyse) return ok(analyse.nir);
    return analyse.erreur === 'CLE_INVALIDE' ? probleme('CLE_INVALIDE', messages.cleNir(champ)) : erreurFormat(champ);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => (typeof valeur === 'string' ? formaterNir(valeur) : String(valeur)),
};
