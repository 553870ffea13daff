/**
 * What part of the selection an element of the tree shows, as a string: memoised elements compare it instead of the
 * selection object, so selecting something re-renders only the elements it enters or leaves.
 */
import type { Champ, Onglet, Section } from '../../../../../domain/modele';
import type { Selection } from '../etat';

export function marqueOnglet(selection: Selection, index: number, onglet: Onglet): string {
  if (!selection) return '';
  if (selection.nature === 'champ') {
    const ici = onglet.sections.some((s) => s.lignes.some((l) => l.champs.includes(selection.code)));
    return ici ? `champ:${selection.code}` : '';
  }
  if (selection.chemin.onglet !== index) return '';
  if (selection.nature === 'onglet') return 'onglet';
  return selection.nature === 'section'
    ? `section:${selection.chemin.section}`
    : `ligne:${selection.chemin.section}:${selection.chemin.ligne}`;
}

export function marqueSection(selection: Selection, onglet: number, index: number, section: Section): string {
  if (!selection) return '';
  if (selection.nature === 'champ') {
    return section.lignes.some((l) => l.champs.includes(selection.code)) ? `champ:${selection.code}` : '';
  }
  if (selection.nature === 'onglet' || selection.chemin.onglet !== onglet || selection.chemin.section !== index) {
    return '';
  }
  return selection.nature === 'section' ? 'section' : `ligne:${selection.chemin.ligne}`;
}

/** The same definitions for every field the element places (the map is rebuilt on each edit; its entries are not). */
export function memesChamps(
  codes: Iterable<string>,
  a: ReadonlyMap<string, Champ>,
  b: ReadonlyMap<string, Champ>,
): boolean {
  if (a === b) return true;
  for (const code of codes) if (a.get(code) !== b.get(code)) return false;
  return true;
}

export function codesDeSection(section: Section): string[] {
  return section.lignes.flatMap((l) => l.champs);
}

export function codesDOnglet(onglet: Onglet): string[] {
  return onglet.sections.flatMap(codesDeSection);
}
