import type { Modele, Vue } from '../../../../domain/modele';
import { cheminDuChamp, ligneA } from '../../../../domain/edition/chemins';
import { placerChamp, placerDansNouvelleLigne } from '../../../../domain/edition/placement';
import type { Selection } from './etat';

/**
 * A field just created (or taken from the référentiel) goes where the administrator is working: into the selected
 * ligne if it has room, else a new ligne of the selected section (or of the selected field's section). Nowhere
 * when nothing is selected: it then shows among the unplaced fields.
 */
export function placerPresDeLaSelection(modele: Modele, vue: Vue, code: string, selection: Selection): Modele {
  if (!selection || selection.nature === 'onglet') return modele;
  if (selection.nature === 'ligne') {
    const ligne = ligneA(modele, vue, selection.chemin);
    if (ligne && ligne.champs.length < 2) return placerChamp(modele, vue, code, selection.chemin);
    return placerDansNouvelleLigne(modele, vue, code, selection.chemin, selection.chemin.ligne + 1);
  }
  if (selection.nature === 'section') return placerDansNouvelleLigne(modele, vue, code, selection.chemin);
  const position = cheminDuChamp(modele, vue, selection.code);
  return position ? placerDansNouvelleLigne(modele, vue, code, position, position.ligne + 1) : modele;
}
