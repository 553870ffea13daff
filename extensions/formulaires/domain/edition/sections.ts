/**
 * Sections of one view: add, edit, move (within an onglet or to another one), delete. Deleting a section unplaces
 * its fields (they stay defined in the model).
 */
import { dispositionDeVue, type Modele, type Section, type Vue } from '../modele';
import { modifierOnglets, modifierSections, sectionA, type CheminSection } from './chemins';
import { codeDepuisLibelle, codeUnique } from './codes';
import { appliquer, type ProprietesConteneur } from './onglets';
import { dansLesBornes, deplacerA, insererA, remplacerA, retirerA } from './tableaux';

/** A new, empty section in an onglet; its code comes from the title, unique among the view's sections. */
export function ajouterSection(modele: Modele, vue: Vue, onglet: number, titre: string, index?: number): Modele {
  const pris = new Set(dispositionDeVue(modele, vue).onglets.flatMap((o) => o.sections.map((s) => s.code)));
  const section: Section = { code: codeUnique(codeDepuisLibelle(titre, 'section'), pris), titre, lignes: [] };
  return modifierSections(modele, vue, onglet, (sections) => insererA(sections, index ?? sections.length, section));
}

export function modifierSection(
  modele: Modele,
  vue: Vue,
  chemin: CheminSection,
  proprietes: ProprietesConteneur,
): Modele {
  return modifierSections(modele, vue, chemin.onglet, (sections) =>
    remplacerA(sections, chemin.section, (s) => appliquer(s, proprietes)),
  );
}

/**
 * Moves a section to position `cible.index` of onglet `cible.onglet` (clamped). Within one onglet, up is
 * `section - 1` and down `section + 1`; to another onglet, the index is counted in the destination.
 */
export function deplacerSection(
  modele: Modele,
  vue: Vue,
  chemin: CheminSection,
  cible: { onglet: number; index: number },
): Modele {
  if (cible.onglet === chemin.onglet) {
    return modifierSections(modele, vue, chemin.onglet, (sections) => deplacerA(sections, chemin.section, cible.index));
  }
  const section = sectionA(modele, vue, chemin);
  if (!section || !dansLesBornes(dispositionDeVue(modele, vue).onglets, cible.onglet)) return modele;
  return modifierOnglets(modele, vue, (onglets) =>
    onglets.map((onglet, index) => {
      if (index === chemin.onglet) return { ...onglet, sections: retirerA(onglet.sections, chemin.section) };
      if (index === cible.onglet) return { ...onglet, sections: insererA(onglet.sections, cible.index, section) };
      return onglet;
    }),
  );
}

export function supprimerSection(modele: Modele, vue: Vue, chemin: CheminSection): Modele {
  return modifierSections(modele, vue, chemin.onglet, (sections) => retirerA(sections, chemin.section));
}
