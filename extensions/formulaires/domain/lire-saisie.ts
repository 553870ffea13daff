/**
 * From an HTML form post to candidate values. HTML forms only send strings; each field type reads its own names
 * (see the conventions in champs/index.ts) and deliberately keeps what it cannot read, so that validation can tell
 * the citizen precisely what is wrong (FORMAT) instead of silently dropping it.
 */
import { definition, type SaisieBrute } from './champs';
import { champsDeVue, type Modele, type Vue } from './modele';

export type { SaisieBrute };

/**
 * Reads the fields of one view from a form post. Fields absent from the post stay absent (a form may show only part
 * of the model), an emptied field becomes null, fields outside the view are not read, and computed fields, connector
 * data and justificatifs are never read (the server sets them or they are uploaded separately).
 */
export function lireSaisie(modele: Modele, brut: SaisieBrute, vue: Vue = 'usager'): Record<string, unknown> {
  const candidats: Record<string, unknown> = {};
  for (const champ of champsDeVue(modele, vue)) {
    const valeur = definition(champ).lire(champ, brut);
    if (valeur !== undefined) candidats[champ.code] = valeur;
  }
  return candidats;
}
