/**
 * « Tout enregistrer » in an order the server accepts. Each request is validated as a whole model, so a view may
 * only place fields the saved definitions have, and definitions may only lose fields no saved view places. Renaming
 * or deleting a placed field therefore takes three steps: the definitions with the old fields kept, then the views,
 * then the definitions without them. (An atomic save of the whole model would make this unnecessary.)
 */
import { VUES, type Champ, type Disposition, type Modele, type Vue } from '../modele';

export type Etape =
  | { nature: 'champs'; champs: Champ[]; finale: boolean }
  | { nature: 'vue'; vue: Vue; disposition: Disposition | undefined };

export function planEnregistrement(enregistre: Modele, local: Modele): Etape[] {
  const champsModifies = local.champs !== enregistre.champs;
  const vues: Etape[] = VUES.filter((vue) => local.vues[vue] !== enregistre.vues[vue]).map((vue) => ({
    nature: 'vue',
    vue,
    disposition: local.vues[vue],
  }));
  if (!champsModifies) return vues;
  const finale: Etape = { nature: 'champs', champs: local.champs, finale: true };
  if (vues.length === 0) return [finale];
  const codes = new Set(local.champs.map((champ) => champ.code));
  const retires = enregistre.champs.filter((champ) => !codes.has(champ.code));
  if (retires.length === 0) return [finale, ...vues];
  return [{ nature: 'champs', champs: [...local.champs, ...retires], finale: false }, ...vues, finale];
}
