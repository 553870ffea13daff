/** What agents and citizens see of a dossier's progress: the lifeline of étapes and the statut shown to the citizen. */
import type { DossierInstruction } from './dossier';
import { avanceLigneDeVie, indexEtape, trouverStatut, type Etape, type Guide } from './guide';

export type EtatEtape = 'passee' | 'en_cours' | 'a_venir';

export interface EtapeLigneDeVie {
  code: string;
  libelle: string;
  etat: EtatEtape;
}

/**
 * The guide's étapes in order, relative to the dossier's current étape. A draft has not started any étape. A closed
 * dossier has finished its current étape (passee); the étapes after it stay a_venir (e.g. "Paiement" after a refusal):
 * the display may grey them out using the dossier's etat. The étape `aide` and `delai` are left out: they are for agents.
 */
export function ligneDeVie(guide: Guide, dossier: DossierInstruction): EtapeLigneDeVie[] {
  const indexCourant = positionLigneDeVie(guide, dossier);
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

/**
 * Index of the étape where the dossier stands on the ligne de vie, -1 for a draft or when nothing is known. The
 * engine writes that étape in `dossier.etape`; reading, a statut that advances the ligne de vie wins over an EARLIER
 * stored étape (a row written before the statut moved, or by an older version), while a later stored étape is kept:
 * étapes skipped by `sauter_etapes`. A statut that does not advance the ligne de vie leaves the stored étape.
 */
export function positionLigneDeVie(guide: Guide, dossier: DossierInstruction): number {
  if (dossier.etat === 'brouillon') return -1;
  const stockee = indexEtape(guide, dossier.etape);
  const trouve = dossier.statut === null ? undefined : trouverStatut(guide, dossier.statut);
  if (!trouve) return stockee;
  const duStatut = indexEtape(guide, trouve.etape.code);
  if (avanceLigneDeVie(trouve.statut)) return Math.max(duStatut, stockee);
  return stockee >= 0 ? stockee : duStatut;
}

/** The étape where the dossier stands (see positionLigneDeVie), if any. */
export function etapeCourante(guide: Guide, dossier: DossierInstruction): Etape | undefined {
  return guide.etapes[positionLigneDeVie(guide, dossier)];
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
  if (trouve?.statut.visibleUsager) return trouve.statut.libelle;
  return etapeCourante(guide, dossier)?.libelle ?? LIBELLE_PAR_DEFAUT;
}
