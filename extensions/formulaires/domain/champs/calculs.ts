/**
 * Values the server computes: calcul (a formula over other fields) and age (whole years since a date). They are
 * never read from a form post; `valider` normalises the computed number so that the orchestrator stores it the same
 * way whoever computed it (server or portal preview).
 */
import { z } from 'zod';
import { estDateIso } from '../date-iso';
import type { ChampAge, ChampCalcul } from '../modele';
import { ok } from '../result';
import { erreurFormat, probleme, rienALire, schemaCode, schemaTexteNonVide } from './commun';
import { messages, messagesModele as m } from './messages';
import { schemaDecimales } from './nombre';
import { arrondir, formaterMontant, formaterNombre } from './nombres';
import type { DefinitionChamp } from './types';

/** Nobody filing a dossier is older; a larger age means a wrong date, not a centenarian. */
export const AGE_MAX = 150;

export const definitionCalcul: DefinitionChamp<ChampCalcul> = {
  type: 'calcul',
  schema: z.object({
    type: z.literal('calcul'),
    formule: schemaTexteNonVide.max(2000, { error: m.texteTropLong }),
    decimales: schemaDecimales,
    unite: z.enum(['nombre', 'euros'], { error: m.uniteInconnue }).optional(),
  }),
  // Whether the formula parses and reads existing fields is a model-wide rule (coherence-modele.ts).
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'number' || !Number.isFinite(valeur)) return erreurFormat(champ);
    return ok(arrondir(valeur, champ.decimales));
  },
  lire: rienALire,
  lisible(champ, valeur) {
    if (typeof valeur !== 'number') return String(valeur);
    return champ.unite === 'euros' ? formaterMontant(valeur) : formaterNombre(valeur, champ.decimales);
  },
};

export const definitionAge: DefinitionChamp<ChampAge> = {
  type: 'age',
  schema: z.object({ type: z.literal('age'), champDate: schemaCode }),
  // That champDate names a date field of the model is a model-wide rule (coherence-modele.ts).
  problemes: () => [],
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'number' || !Number.isInteger(valeur)) return erreurFormat(champ);
    if (valeur < 0 || valeur > AGE_MAX) return probleme('HORS_BORNES', messages.ageHorsBornes(champ, AGE_MAX));
    return ok(valeur);
  },
  lire: rienALire,
  lisible: (_champ, valeur) => (typeof valeur === 'number' ? messages.age(valeur) : String(valeur)),
};

/**
 * Age in whole years on `aujourdhui` of someone born on `dateNaissance` (both ISO), or null when a date is invalid
 * or the birth is in the future.
 *
 * A birthday is reached when the (month, day) of today is at least that of the birth. Someone born on 29 February
 * therefore turns a year older on 1 March in non-leap years (28 February < 29 February): a birthday that does not
 * exist this year is reached once it has passed, so nobody is ever counted older before their birthday (an age
 * condition such as "18 or over" then never opens a day early).
 */
export function calculerAge(dateNaissance: string, aujourdhui: string): number | null {
  if (!estDateIso(dateNaissance) || !estDateIso(aujourdhui) || dateNaissance > aujourdhui) return null;
  const annees = Number(aujourdhui.slice(0, 4)) - Number(dateNaissance.slice(0, 4));
  // "MM-DD" strings compare as dates within a year.
  return aujourdhui.slice(5) < dateNaissance.slice(5) ? annees - 1 : annees;
}
