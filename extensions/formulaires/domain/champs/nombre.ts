/**
 * Numbers typed by the citizen: nombre (with a number of decimals) and montant (euros, rounded to cents).
 *
 * Only numbers are valid candidates: strings are read by `lire` (French input), so a string reaching `valider` was not
 * a number and is reported as such; a blank string is an emptied field.
 */
import { z } from 'zod';
import type { ChampMontant, ChampNombre } from '../modele';
import { arrondirCentimes, parserMontant } from '../montant';
import { ok } from '../result';
import { erreurFormat, lireConverti, probleme, problemesDeBornes } from './commun';
import { messages, messagesModele as m } from './messages';
import { formaterMontant, formaterNombre, nombreDeDecimales, parserNombre } from './nombres';
import type { DefinitionChamp } from './types';

const DECIMALES_MAX = 10;
export const schemaDecimales = z
  .int({ error: m.decimales })
  .min(0, { error: m.decimales })
  .max(DECIMALES_MAX, { error: m.decimales });
const borne = z.number({ error: m.nombreAttendu }).optional();

/** A number, or "empty" for null, undefined and blank strings; anything else is not a number. */
function nombreCandidat(valeur: unknown): number | null | 'invalide' {
  if (valeur === null || valeur === undefined) return null;
  if (typeof valeur === 'string') return valeur.trim() === '' ? null : 'invalide';
  return typeof valeur === 'number' && Number.isFinite(valeur) ? valeur : 'invalide';
}

const horsBornes = (valeur: number, min: number | undefined, max: number | undefined): boolean =>
  (min !== undefined && valeur < min) || (max !== undefined && valeur > max);

export const definitionNombre: DefinitionChamp<ChampNombre> = {
  type: 'nombre',
  schema: z.object({ type: z.literal('nombre'), min: borne, max: borne, decimales: schemaDecimales.optional() }),
  problemes: (champ) => problemesDeBornes(champ),
  valider(champ, valeur) {
    const nombre = nombreCandidat(valeur);
    if (nombre === null) return ok(null);
    // Too many decimals is refused, not rounded: 2,5 children is a typing error, not 3 (or 2) children.
    if (nombre === 'invalide' || nombreDeDecimales(nombre) > (champ.decimales ?? 0)) return erreurFormat(champ);
    if (horsBornes(nombre, champ.min, champ.max)) {
      return probleme('HORS_BORNES', messages.nombreHorsBornes(champ, champ.min, champ.max));
    }
    return ok(nombre);
  },
  lire: (champ, saisie) => lireConverti(champ, saisie, (texte) => parserNombre(texte) ?? texte),
  lisible: (_champ, valeur) => (typeof valeur === 'number' ? formaterNombre(valeur) : String(valeur)),
};

export const definitionMontant: DefinitionChamp<ChampMontant> = {
  type: 'montant',
  schema: z.object({ type: z.literal('montant'), min: borne, max: borne }),
  problemes: (champ) => problemesDeBornes(champ),
  valider(champ, valeur) {
    const nombre = nombreCandidat(valeur);
    if (nombre === null) return ok(null);
    if (nombre === 'invalide') return erreurFormat(champ);
    // Rounding comes before the bounds, so that 10 000,004 € passes a 10 000 € maximum as the stored 10 000 € would.
    const montant = arrondirCentimes(nombre);
    if (horsBornes(montant, champ.min, champ.max)) {
      return probleme('HORS_BORNES', messages.montantHorsBornes(champ, champ.min, champ.max));
    }
    return ok(montant);
  },
  lire: (champ, saisie) => lireConverti(champ, saisie, (texte) => parserMontant(texte) ?? texte),
  lisible: (_champ, valeur) => (typeof valeur === 'number' ? formaterMontant(valeur) : String(valeur)),
};
