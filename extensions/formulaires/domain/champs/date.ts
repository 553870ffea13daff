/**
 * Calendar dates, stored as ISO strings (YYYY-MM-DD): they sort as strings and have no time zone, as a date of birth
 * has none.
 */
import { z } from 'zod';
import { dateFrancaiseVersIso, estDateIso } from '../date-iso';
import type { ChampDate } from '../modele';
import { ok } from '../result';
import { erreurFormat, lireConverti, probleme, problemesDeBornes } from './commun';
import { messages, messagesModele as m } from './messages';
import { formaterDate } from './typographie';
import type { DefinitionChamp } from './types';

const schemaDateIso = z.string().refine(estDateIso, { error: m.dateInvalide });

export const definitionDate: DefinitionChamp<ChampDate> = {
  type: 'date',
  schema: z.object({ type: z.literal('date'), min: schemaDateIso.optional(), max: schemaDateIso.optional() }),
  problemes: (champ) => problemesDeBornes(champ),
  valider(champ, valeur) {
    if (valeur === null || valeur === undefined) return ok(null);
    if (typeof valeur !== 'string') return erreurFormat(champ);
    const date = valeur.trim();
    if (date === '') return ok(null);
    if (!estDateIso(date)) return erreurFormat(champ);
    // Bounds are inclusive.
    if ((champ.min !== undefined && date < champ.min) || (champ.max !== undefined && date > champ.max)) {
      return probleme('HORS_BORNES', messages.dateHorsBornes(champ, champ.min, champ.max));
    }
    return ok(date);
  },
  // Date pickers send YYYY-MM-DD; a text box fallback gets JJ/MM/AAAA, as the hint tells citizens to type.
  lire: (champ, saisie) => lireConverti(champ, saisie, (texte) => dateFrancaiseVersIso(texte) ?? texte),
  lisible: (_champ, valeur) => (typeof valeur === 'string' ? formaterDate(valeur) : String(valeur)),
};
