/**
 * Lignes of one section: add, move (within a section or to another one), delete, swap the two columns. A ligne holds
 * one or two field codes; the builder may hold an empty ligne while the administrator picks its field (they are
 * dropped before saving, see `sansLignesVides`).
 */
import type { Ligne, Modele, Vue } from '../modele';
import {
  ligneA,
  modifierChaqueSection,
  modifierLignes,
  sectionA,
  type CheminLigne,
  type CheminSection,
} from './chemins';
import { deplacerA, insererA, remplacerA, retirerA } from './tableaux';

/** A ligne at `index` (default: last) holding `champs` (0 to 2 codes; use `placerChamp` to move placed fields). */
export function ajouterLigne(
  modele: Modele,
  vue: Vue,
  chemin: CheminSection,
  champs: string[] = [],
  index?: number,
): Modele {
  const ligne: Ligne = { champs: champs.slice(0, 2) };
  return modifierLignes(modele, vue, chemin, (lignes) => insererA(lignes, index ?? lignes.length, ligne));
}

/**
 * Moves a ligne to position `cible.index` of section `cible` (clamped). Within one section up is `ligne - 1` and
 * down `ligne + 1`; to another section the index is counted in the destination.
 */
export function deplacerLigne(
  modele: Modele,
  vue: Vue,
  chemin: CheminLigne,
  cible: CheminSection & { index: number },
): Modele {
  if (cible.onglet === chemin.onglet && cible.section === chemin.section) {
    return modifierLignes(modele, vue, chemin, (lignes) => deplacerA(lignes, chemin.ligne, cible.index));
  }
  const ligne = ligneA(modele, vue, chemin);
  if (!ligne || !sectionA(modele, vue, cible)) return modele;
  return modifierChaqueSection(modele, vue, (section, { onglet, section: s }) => {
    if (onglet === chemin.onglet && s === chemin.section) {
      return { ...section, lignes: retirerA(section.lignes, chemin.ligne) };
    }
    if (onglet === cible.onglet && s === cible.section) {
      return { ...section, lignes: insererA(section.lignes, cible.index, ligne) };
    }
    return section;
  });
}

/** Removes a ligne; its fields become unplaced in this view. */
export function supprimerLigne(modele: Modele, vue: Vue, chemin: CheminLigne): Modele {
  return modifierLignes(modele, vue, chemin, (lignes) => retirerA(lignes, chemin.ligne));
}

/** Swaps the left and right fields of a two-column ligne. */
export function inverserColonnes(modele: Modele, vue: Vue, chemin: CheminLigne): Modele {
  return modifierLignes(modele, vue, chemin, (lignes) =>
    remplacerA(lignes, chemin.ligne, (ligne) =>
      ligne.champs.length === 2 ? { champs: [...ligne.champs].reverse() } : ligne,
    ),
  );
}
