/**
 * Where an element sits in a view: onglets and sections by position (their codes may be edited or repeated while
 * the administrator types), lignes by position too (they have no code). Each helper rebuilds only the path from the
 * model down to the element it changes, so the rest of the model keeps its references (cheap, and React can skip it).
 */
import {
  dispositionDeVue,
  type Disposition,
  type Ligne,
  type Modele,
  type Onglet,
  type Section,
  type Vue,
} from '../modele';
import { remplacerA } from './tableaux';

export interface CheminOnglet {
  onglet: number;
}
export interface CheminSection extends CheminOnglet {
  section: number;
}
export interface CheminLigne extends CheminSection {
  ligne: number;
}

/**
 * The model with one view's layout transformed. Editing the agent's or the partner's view while it is absent (it
 * then shows the citizen's) starts from a copy of the citizen's layout: what the administrator sees is what they edit.
 */
export function modifierDisposition(modele: Modele, vue: Vue, transformer: (d: Disposition) => Disposition): Modele {
  const avant = dispositionDeVue(modele, vue);
  const apres = transformer(avant);
  if (apres === avant) return modele;
  return { ...modele, vues: { ...modele.vues, [vue]: apres } };
}

export function modifierOnglets(modele: Modele, vue: Vue, transformer: (onglets: Onglet[]) => Onglet[]): Modele {
  return modifierDisposition(modele, vue, (disposition) => {
    const onglets = transformer(disposition.onglets);
    return onglets === disposition.onglets ? disposition : { ...disposition, onglets };
  });
}

export function modifierSections(
  modele: Modele,
  vue: Vue,
  onglet: number,
  transformer: (sections: Section[]) => Section[],
): Modele {
  return modifierOnglets(modele, vue, (onglets) =>
    remplacerA(onglets, onglet, (o) => {
      const sections = transformer(o.sections);
      return sections === o.sections ? o : { ...o, sections };
    }),
  );
}

export function modifierLignes(
  modele: Modele,
  vue: Vue,
  chemin: CheminSection,
  transformer: (lignes: Ligne[]) => Ligne[],
): Modele {
  return modifierSections(modele, vue, chemin.onglet, (sections) =>
    remplacerA(sections, chemin.section, (s) => {
      const lignes = transformer(s.lignes);
      return lignes === s.lignes ? s : { ...s, lignes };
    }),
  );
}

/**
 * Every section of a view passed through `transformer`; onglets and sections it returns unchanged keep their
 * reference, so a change in one place does not look like a change everywhere.
 */
export function modifierChaqueSection(
  modele: Modele,
  vue: Vue,
  transformer: (section: Section, chemin: CheminSection) => Section,
): Modele {
  return modifierOnglets(modele, vue, (onglets) => {
    let change = false;
    const resultat = onglets.map((onglet, o) => {
      let ongletChange = false;
      const sections = onglet.sections.map((section, s) => {
        const nouvelle = transformer(section, { onglet: o, section: s });
        if (nouvelle !== section) ongletChange = true;
        return nouvelle;
      });
      if (!ongletChange) return onglet;
      change = true;
      return { ...onglet, sections };
    });
    return change ? resultat : onglets;
  });
}

export function ongletA(modele: Modele, vue: Vue, chemin: CheminOnglet): Onglet | undefined {
  return dispositionDeVue(modele, vue).onglets[chemin.onglet];
}

export function sectionA(modele: Modele, vue: Vue, chemin: CheminSection): Section | undefined {
  return ongletA(modele, vue, chemin)?.sections[chemin.section];
}

export function ligneA(modele: Modele, vue: Vue, chemin: CheminLigne): Ligne | undefined {
  return sectionA(modele, vue, chemin)?.lignes[chemin.ligne];
}

/** Where a field is placed in a view, if it is. */
export function cheminDuChamp(modele: Modele, vue: Vue, code: string): (CheminLigne & { colonne: number }) | undefined {
  const onglets = dispositionDeVue(modele, vue).onglets;
  for (const [o, onglet] of onglets.entries()) {
    for (const [s, section] of onglet.sections.entries()) {
      for (const [l, ligne] of section.lignes.entries()) {
        const colonne = ligne.champs.indexOf(code);
        if (colonne >= 0) return { onglet: o, section: s, ligne: l, colonne };
      }
    }
  }
  return undefined;
}
