/** What agents and citizens see of a dossier's progress: the lifeline of étapes and the statut shown to the citizen. */
import type { DossierInstruction } from './dossier';
import { trouverStatut, type Guide } from './guide';

export type EtatEtape = 'passee' | 'en_cours' | 'a_venir';

export interface EtapeLigneDeVie {
  code: string;
  libelle: string;
  etat: EtatEtape;
}

/**
 * The guide's étapes in order, relative to the dossier's current étape. A draft has not started any étape. A closed
 * dossier has finished its current étape (passee); the étapes after it stay a_venir (e.g. "Paiement" after a refusal):
 * the display may grey them out using the dossier's etat. The étape `aide` is left out: it is guidance for agents.
 */
export function ligneDeVie(guide: Guide, dossier: DossierInstruction): EtapeLigneDeVie[] {
  const courante = etapeCourante(guide, dossier);
  const indexCourant = courante === null ? -1 : guide.etapes.findIndex((etape) => etape.code === courante);
  return guide.etapes.map((etape, index) => ({
    code: etape.code,
    libelle: etape.libelle,
    etat: etatEtape(index, indexCourant, dossier.etat === 'cloture'),
  }));
}

function etatEtape(index: number, indexCourant: number, cloture: boolean): EtatEtape {
  if (indexCourant < 0 || index > indexCourant) return 'a_venir';
  if (index < indexCourant || cloture) return 'passee';
  return 'en_cours';
}

/** The statut decides the étape; the stored étape is only a fallback when the guide no longer knows the statut. */
function etapeCourante(guide: Guide, dossier: DossierInstruction): string | null {
  if (dossier.etat === 'brouillon') return null;
  const trouve = dossier.statut === null ? undefined : trouverStatut(guide, dossier.statut);
  return trouve?.etape.code ?? dossier.etape;
}

export const LIBELLE_BROUILLON = 'Brouillon';
export const LIBELLE_PAR_DEFAUT = 'En cours de traitement';

/**
 * The libellé the citizen sees. Internal statuts (visibleUsager false, e.g. "Attente de commission") show the
 * libellé of their étape instead, so the citizen knows where the dossier stands without seeing internal steps.
 */
export function statutPourUsager(guide: Guide, dossier: DossierInstruction): string {
  if (dossier.etat === 'brouillon') return LIBELLE_BROUILLON;
  const trouve = dossier.statut === null ? undefined : trouverStatut(guide, dossier.statut);
  if (trouve) return trouve.statut.visibleUsager ? trouve.statut.libelle : trouve.etape.libelle;
  const etape = guide.etapes.find((candidate) => candidate.code === dossier.etape);
  return etape?.libelle ?? LIBELLE_PAR_DEFAUT;
}
