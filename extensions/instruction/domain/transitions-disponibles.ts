/** The buttons an agent sees on a dossier: the transitions its current statut offers, that this agent may fire. */
import type { DossierInstruction } from './dossier';
import { droitsRequis, estMasqueAuxAgents, trouverStatut, type Droit, type Guide } from './guide';

export interface TransitionDisponible {
  vers: string;
  libelle: string;
}

/**
 * Transitions offered from the dossier's current statut, in the guide's order. Drafts and closed dossiers offer
 * none; a target missing from the guide is left out rather than shown as a button that would fail, and so are
 * statuts reserved to connectors (masqueAgents) and, when `droits` is given, transitions requiring another right.
 */
export function transitionsDisponibles(
  guide: Guide,
  dossier: DossierInstruction,
  droits?: readonly Droit[],
): TransitionDisponible[] {
  if (dossier.etat !== 'depose' || dossier.statut === null) return [];
  const courant = trouverStatut(guide, dossier.statut);
  if (!courant) return [];
  return courant.statut.transitions.flatMap((possible) => {
    const cible = trouverStatut(guide, possible.vers);
    if (!cible || estMasqueAuxAgents(cible.statut)) return [];
    if (droits && !droitsRequis(possible).some((droit) => droits.includes(droit))) return [];
    return [{ vers: possible.vers, libelle: possible.libelle ?? cible.statut.libelle }];
  });
}
