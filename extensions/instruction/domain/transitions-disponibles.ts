/** The buttons an agent sees on a dossier: the transitions its current statut offers. */
import type { DossierInstruction } from './dossier';
import { trouverStatut, type Guide } from './guide';

export interface TransitionDisponible {
  vers: string;
  libelle: string;
}

/**
 * Transitions offered from the dossier's current statut, in the guide's order. Drafts and closed dossiers offer
 * none, and a target missing from the guide is left out rather than shown as a button that would fail.
 */
export function transitionsDisponibles(guide: Guide, dossier: DossierInstruction): TransitionDisponible[] {
  if (dossier.etat !== 'depose' || dossier.statut === null) return [];
  const courant = trouverStatut(guide, dossier.statut);
  if (!courant) return [];
  return courant.statut.transitions.flatMap((possible) => {
    const cible = trouverStatut(guide, possible.vers);
    return cible ? [{ vers: possible.vers, libelle: possible.libelle ?? cible.statut.libelle }] : [];
  });
}
