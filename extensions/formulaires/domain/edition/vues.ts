/**
 * Whole views: copy one onto another, drop the agent's or the partner's (it then falls back to the citizen's), list
 * the fields a view leaves out, and the layout as it is saved (no placeholder lignes).
 */
import { dispositionDeVue, type Champ, type Disposition, type Modele, type Vue } from '../modele';

/** The layout of view `de` becomes the layout of view `vers` (shared, never mutated: later edits copy the path). */
export function copierVue(modele: Modele, de: Vue, vers: Vue): Modele {
  if (de === vers) return modele;
  const source = dispositionDeVue(modele, de);
  if (modele.vues[vers] === source) return modele;
  return { ...modele, vues: { ...modele.vues, [vers]: source } };
}

/** Removes the agent's or the partner's layout: the view shows the citizen's again. The citizen's view stays. */
export function retirerVue(modele: Modele, vue: Exclude<Vue, 'usager'>): Modele {
  if (modele.vues[vue] === undefined) return modele;
  const { [vue]: _retiree, ...vues } = modele.vues;
  return { ...modele, vues };
}

/** The view has a layout of its own (the citizen's always has). */
export function vueDefinie(modele: Modele, vue: Vue): boolean {
  return modele.vues[vue] !== undefined;
}

/** Fields defined in the model but placed nowhere in the view, in the model's order. */
export function champsNonPlaces(modele: Modele, vue: Vue): Champ[] {
  const places = new Set(
    dispositionDeVue(modele, vue).onglets.flatMap((o) => o.sections.flatMap((s) => s.lignes.flatMap((l) => l.champs))),
  );
  return modele.champs.filter((champ) => !places.has(champ.code));
}

/** The layout without the empty lignes the builder keeps while a field is being chosen; same reference if none. */
export function sansLignesVides(disposition: Disposition): Disposition {
  const vide = disposition.onglets.some((o) => o.sections.some((s) => s.lignes.some((l) => l.champs.length === 0)));
  if (!vide) return disposition;
  return {
    ...disposition,
    onglets: disposition.onglets.map((o) => ({
      ...o,
      sections: o.sections.map((s) => ({ ...s, lignes: s.lignes.filter((l) => l.champs.length > 0) })),
    })),
  };
}
