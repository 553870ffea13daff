/**
 * SIRET numbers (an establishment of a company or an association): 14 digits, the SIREN (9) then the establishment
 * number (5). Stored without spaces, displayed as INSEE writes it (732 829 320 00074).
 *
 * The check is Luhn's (the `siret` package), with La Poste's exception: its establishments (SIREN 356 000 000) are
 * numbered beyond what Luhn allows, and are valid when the sum of their 14 digits is a multiple of 5.
 * Its head office, 356 000 000 00048, passes Luhn as well.
 */
// The package has no types of its own; this file is where it is used, so its declaration travels with it to every
// program that compiles the domain (server, portal), whatever their tsconfig includes.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="./siret-module.d.ts" />
import isSIRET from 'siret';
import { z } from 'zod';
import type { ChampSiret } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple, probleme } from './commun';
import { messages } from './messages';
import type { DefinitionChamp } from './types';

const SIREN_LA_POSTE = '356000000';

export function estSiretValide(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  if (isSIRET(siret)) return true;
  const somme = [...siret].reduce((total, chiffre) => total + Number(chiffre), 0);
  return siret.startsWith(SIREN_LA_POSTE) && somme % 5 === 0;
}

/** "73282932000074" → "732 829 320 00074"; anything else unchanged, so a page never breaks. */
export function formaterSiret(siret: string): string {
  const morceaux = /^(\d{3})(\d{3})(\d{3})(\d{5})$/.exec(siret);
  return morceaux ? morceaux.slice(1).join(' ') : siret;
}

export const definitionSiret: DefinitionChamp<ChampSiret> = {
  type: 'siret',
  schema: z.object({ type: z.literal('siret') }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    // People copy SIRETs from letters and Kbis extracts with spaces, sometimes dots.
    const siret = valeur.replace(/[\s.]/g, '');
    if (siret === '') return ok(null);
    if (!/^\d{14}$/.test(siret)) return erreurFormat(champ);
    return estSiretValide(siret) ? ok(siret) : probleme('CLE_INVALIDE', messages.cleSiret(champ));
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => (typeof valeur === 'string' ? formaterSiret(valeur) : String(valeur)),
};
