/** Onglets of one view: add, edit (titre, code, condition), move, delete. Deleting an onglet unplaces its fields. */
import { dispositionDeVue, type Modele, type Onglet, type Vue } from '../modele';
import { modifierOnglets } from './chemins';
import { codeDepuisLibelle, codeUnique } from './codes';
import { deplacerA, insererA, remplacerA, retirerA } from './tableaux';

/** What the builder edits on an onglet or a section; an empty condition removes it. */
export interface ProprietesConteneur {
  titre?: string;
  code?: string;
  condition?: string;
}

/** A new, empty onglet at `index` (default: last); its code comes from the title, unique among the view's onglets. */
export function ajouterOnglet(modele: Modele, vue: Vue, titre: string, index?: number): Modele {
  const pris = new Set(dispositionDeVue(modele, vue).onglets.map((o) => o.code));
  const onglet: Onglet = { code: codeUnique(codeDepuisLibelle(titre, 'onglet'), pris), titre, sections: [] };
  return modifierOnglets(modele, vue, (onglets) => insererA(onglets, index ?? onglets.length, onglet));
}

export function modifierOnglet(modele: Modele, vue: Vue, index: number, proprietes: ProprietesConteneur): Modele {
  return modifierOnglets(modele, vue, (onglets) => remplacerA(onglets, index, (o) => appliquer(o, proprietes)));
}

/** Moves an onglet to position `vers` (clamped): up is `index - 1`, down `index + 1`. */
export function deplacerOnglet(modele: Modele, vue: Vue, de: number, vers: number): Modele {
  return modifierOnglets(modele, vue, (onglets) => deplacerA(onglets, de, vers));
}

export function supprimerOnglet(modele: Modele, vue: Vue, index: number): Modele {
  return modifierOnglets(modele, vue, (onglets) => retirerA(onglets, index));
}

/** Applies titre/code/condition to an onglet or a section; same reference when nothing changes. */
export function appliquer<T extends { titre: string; code: string; condition?: string }>(
  element: T,
  proprietes: ProprietesConteneur,
): T {
  let resultat = element;
  if (proprietes.titre !== undefined && proprietes.titre !== element.titre) {
    resultat = { ...resultat, titre: proprietes.titre };
  }
  if (proprietes.code !== undefined && proprietes.code !== element.code) {
    resultat = { ...resultat, code: proprietes.code };
  }
  if (proprietes.condition !== undefined) {
    const condition = proprietes.condition.trim() === '' ? undefined : proprietes.condition;
    if (condition !== element.condition) {
      const { condition: _ancienne, ...sansCondition } = resultat;
      resultat = (condition === undefined ? sansCondition : { ...sansCondition, condition }) as T;
    }
  }
  return resultat;
}
