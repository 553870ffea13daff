/**
 * Bank details: IBAN and BIC, checked with ibantools (country formats, IBAN check digits, and for French IBANs the
 * RIB key). Stored in electronic format (no spaces, capitals); an IBAN is displayed in groups of four.
 */
import { electronicFormatIBAN, friendlyFormatIBAN, isValidBIC, validateIBAN, ValidationErrorsIBAN } from 'ibantools';
import { z } from 'zod';
import type { ChampBic, ChampIban } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple, probleme } from './commun';
import { messages } from './messages';
import type { DefinitionChamp } from './types';

/**
 * Countries whose IBAN a "French" account may have: France, Monaco and the overseas territories that keep their own
 * ISO code in IBANs but use the French banking format (FRkk + 23 characters). All are in ibantools' country list.
 */
export const PAYS_IBAN_FRANCAIS: ReadonlySet<string> = new Set([
  'FR',
  'MC',
  'GF',
  'GP',
  'MQ',
  'RE',
  'YT',
  'NC',
  'PF',
  'PM',
  'TF',
  'WF',
  'BL',
  'MF',
]);

/** Errors that mean "well formed, but a digit is wrong": worth a message about the check digits, not the format. */
const ERREURS_DE_CLE: ReadonlySet<ValidationErrorsIBAN> = new Set([
  ValidationErrorsIBAN.WrongIBANChecksum,
  ValidationErrorsIBAN.WrongAccountBankBranchChecksum,
]);

export const definitionIban: DefinitionChamp<ChampIban> = {
  type: 'iban',
  schema: z.object({ type: z.literal('iban'), etranger: z.boolean() }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    // electronicFormatIBAN drops ordinary spaces and dashes; copy-paste also brings no-break spaces.
    const iban = electronicFormatIBAN(valeur.replace(/\s+/g, '')) ?? '';
    if (iban === '') return ok(null);
    // The country first: a foreign account is refused for what it is, even with a typo in it.
    if (!champ.etranger && /^[A-Z]{2}/.test(iban) && !PAYS_IBAN_FRANCAIS.has(iban.slice(0, 2))) {
      return probleme('FORMAT', messages.ibanEtranger(champ));
    }
    const verdict = validateIBAN(iban);
    if (verdict.valid) return ok(iban);
    const erreurDeCle = verdict.errorCodes.length > 0 && verdict.errorCodes.every((code) => ERREURS_DE_CLE.has(code));
    return erreurDeCle ? probleme('CLE_INVALIDE', messages.cleIban(champ)) : erreurFormat(champ);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => (typeof valeur === 'string' ? (friendlyFormatIBAN(valeur) ?? valeur) : String(valeur)),
};

export const definitionBic: DefinitionChamp<ChampBic> = {
  type: 'bic',
  schema: z.object({ type: z.literal('bic') }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    const bic = valeur.replace(/\s+/g, '').toUpperCase();
    if (bic === '') return ok(null);
    // isValidBIC checks the shape (8 or 11 characters) and that characters 5-6 are a known country.
    return isValidBIC(bic) ? ok(bic) : erreurFormat(champ);
  },
  lire: (champ, saisie) => lireSimple(saisie, champ.code),
  lisible: (_champ, valeur) => (typeof valeur === 'string' ? valeur : String(valeur)),
};
