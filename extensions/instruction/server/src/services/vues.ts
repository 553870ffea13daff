import type { Guide } from '../../../domain';
import { etatDelai, ligneDeVie, statutPourUsager } from '../../../domain';
import type { DispositifLigne } from '../repositories/dispositifs';
import type { DossierLigne } from '../repositories/dossiers';
import type { PieceLigne } from '../repositories/pieces';
import type { ModeleDossier } from './modeles';

/** Shapes sent to the portal (see extensions/usagers/contracts/portail.ts): nothing private leaves. */
export function dossierPourDomaine(d: DossierLigne) {
  return {
    id: d.id,
    numero: d.numero,
    etat: d.etat,
    statut: d.statut,
    etape: d.etape,
    entreeEtapeLe: d.entreeEtapeLe,
    version: d.version,
  };
}

/** The délai of the dossier's current étape, as the agent's list and detail show it; null when none runs. */
export function delaiVue(guide: Guide, d: DossierLigne, maintenant: Date) {
  const situation = etatDelai(guide, dossierPourDomaine(d), maintenant);
  return situation ? { etat: situation.etat, jours: situation.jours, echeance: situation.echeance } : null;
}

export function resumeUsager(d: DossierLigne, guide: Guide) {
  return {
    numero: d.numero,
    dispositif: { slug: d.dispositifSlug, titre: d.dispositifTitre },
    etat: d.etat,
    statutLibelle: d.etat === 'brouillon' ? null : statutPourUsager(guide, dossierPourDomaine(d)),
    version: d.version,
    creeLe: d.creeLe.toISOString(),
    deposeLe: d.deposeLe?.toISOString() ?? null,
  };
}

export function pieceVue(p: PieceLigne) {
  return { id: p.id, champ: p.champ, nature: p.nature, nom: p.nom, type: p.type, taille: p.taille, creeLe: p.creeLe };
}

export function detailUsager(
  d: DossierLigne,
  dispositif: DispositifLigne,
  formulaire: ModeleDossier,
  pieces: PieceLigne[],
) {
  return {
    ...resumeUsager(d, dispositif.guide),
    modele: formulaire.modele,
    modeleVersion: formulaire.numero,
    referentiels: formulaire.referentiels,
    typeProfil: d.typeProfil,
    donnees: d.donnees,
    pieces: pieces.map(pieceVue),
    ligneDeVie: ligneDeVie(dispositif.guide, dossierPourDomaine(d)),
  };
}
