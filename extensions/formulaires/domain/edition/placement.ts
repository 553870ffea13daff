/**
 * Placing fields in a view. A field appears at most once per view: placing it somewhere moves it from where it was,
 * and a ligne left without fields by that move disappears.
 */
import { type Ligne, type Modele, type Section, type Vue } from '../modele';
import { ligneA, modifierChaqueSection, sectionA, type CheminLigne, type CheminSection } from './chemins';
import { insererA } from './tableaux';

/**
 * Puts field `code` in an existing ligne, at `colonne` (0 = left, 1 = right; default: after the field already there).
 * A ligne already holding two other fields is left as it is, as is an unknown field.
 */
export function placerChamp(modele: Modele, vue: Vue, code: string, cible: CheminLigne, colonne?: number): Modele {
  const ligne = ligneA(modele, vue, cible);
  if (!ligne || !existe(modele, code)) return modele;
  const autres = ligne.champs.filter((c) => c !== code);
  if (autres.length >= 2) return modele;
  const champs = insererA(autres, colonne ?? autres.length, code);
  if (memes(champs, ligne.champs)) return modele;
  return modifierChaqueSection(modele, vue, (section, chemin) => {
    const estCible = memeSection(chemin, cible);
    if (!estCible && !contient(section, code)) return section;
    const lignes = section.lignes.flatMap((l, index) =>
      estCible && index === cible.ligne ? [{ champs }] : sansLeChamp(l, code),
    );
    return { ...section, lignes };
  });
}

/** Puts field `code` alone in a new ligne at `index` of a section (default: last), moving it if it was placed. */
export function placerDansNouvelleLigne(
  modele: Modele,
  vue: Vue,
  code: string,
  cible: CheminSection,
  index?: number,
): Modele {
  if (!sectionA(modele, vue, cible) || !existe(modele, code)) return modele;
  return modifierChaqueSection(modele, vue, (section, chemin) => {
    const estCible = memeSection(chemin, cible);
    if (!estCible && !contient(section, code)) return section;
    // Positions are those the administrator saw: remove the field after inserting its new ligne.
    const lignes: Array<Ligne | null> = section.lignes.map((l) =>
      l.champs.includes(code) ? (sansLeChamp(l, code)[0] ?? null) : l,
    );
    const avecNouvelle = estCible ? insererA(lignes, index ?? lignes.length, { champs: [code] }) : lignes;
    return { ...section, lignes: avecNouvelle.filter((l): l is Ligne => l !== null) };
  });
}

/** Takes a field out of one view (it stays defined in the model, and placed in the other views). */
export function retirerDeLaVue(modele: Modele, vue: Vue, code: string): Modele {
  return modifierChaqueSection(modele, vue, (section) =>
    contient(section, code) ? { ...section, lignes: section.lignes.flatMap((l) => sansLeChamp(l, code)) } : section,
  );
}

/** The ligne without `code`; nothing when the field was its only one (an already empty ligne is kept). */
function sansLeChamp(ligne: Ligne, code: string): Ligne[] {
  if (!ligne.champs.includes(code)) return [ligne];
  const champs = ligne.champs.filter((c) => c !== code);
  return champs.length === 0 ? [] : [{ champs }];
}

function contient(section: Section, code: string): boolean {
  return section.lignes.some((l) => l.champs.includes(code));
}

function existe(modele: Modele, code: string): boolean {
  return modele.champs.some((champ) => champ.code === code);
}

function memeSection(a: CheminSection, b: CheminSection): boolean {
  return a.onglet === b.onglet && a.section === b.section;
}

function memes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, i) => code === b[i]);
}
