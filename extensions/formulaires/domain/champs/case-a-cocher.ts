/**
 * A single checkbox, stored as a boolean. An unchecked box posts nothing in HTML, so the form adds a hidden
 * `code__present=1`: with it, a missing `code` means "unchecked" (false); without it, the box was not on the page.
 * "Required" means "must be checked" (a declaration, a consent): `estVide` counts false as empty for this type.
 */
import { z } from 'zod';
import type { ChampCaseACocher } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireSimple } from './commun';
import { messages } from './messages';
import type { DefinitionChamp } from './types';

/** The value the portal gives checkboxes (`<input type="checkbox" value="oui">`). */
export const VALEUR_COCHEE = 'oui';
export const SUFFIXE_PRESENCE = '__present';

export const definitionCaseACocher: DefinitionChamp<ChampCaseACocher> = {
  type: 'case_a_cocher',
  schema: z.object({ type: z.literal('case_a_cocher') }),
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    return typeof valeur === 'boolean' ? ok(valeur) : erreurFormat(champ);
  },
  lire(champ, saisie) {
    const cochee = lireSimple(saisie, champ.code);
    const presente = lireSimple(saisie, `${champ.code}${SUFFIXE_PRESENCE}`) !== undefined;
    if (cochee === VALEUR_COCHEE) return true;
    if (cochee === undefined || cochee === null) return presente ? false : undefined;
    // Another value (a tampered form): kept, so that validation reports it.
    return cochee;
  },
  lisible: (_champ, valeur) => (valeur === true ? messages.oui : valeur === false ? messages.non : String(valeur)),
};
