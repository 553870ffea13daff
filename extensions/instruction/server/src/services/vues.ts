import { codesDeVue, dispositionDeVue, type Donnees, type Modele, type Vue } from '@guichet/formulaires';
import type { Guide } from '../../../domain';
import { etatDelai, ligneDeVie, statutPourUsager } from '../../../domain';
import { optionsCalendrier } from './calendrier';
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
  const situation = etatDelai(guide, dossierPourDomaine(d), maintenant, optionsCalendrier());
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
  const vue = projeterVue(formulaire.modele, 'usager', d);
  return {
    ...resumeUsager(d, dispositif.guide),
    modele: vue.modele,
    modeleVersion: formulaire.numero,
    referentiels: formulaire.referentiels,
    typeProfil: d.typeProfil,
    donnees: vue.donnees,
    pieces: pieces.map(pieceVue),
    ligneDeVie: ligneDeVie(dispositif.guide, dossierPourDomaine(d)),
    onglets: vue.onglets,
    conversationOuverte: d.conversationOuverte,
  };
}

/**
 * One view of the dossier as the statuts' `onglet` actions left it (dossier.onglets[vue]): a `masque` onglet is
 * removed from the view's layout, and the values of the fields placed only in masked onglets are not sent (hiding
 * must not leak them); `onglets` lists the states set, so a client can open the `modifiable` ones for editing
 * (services/editions-usager.ts accepts those edits).
 */
export function projeterVue(modele: Modele, vue: Vue, d: Pick<DossierLigne, 'onglets' | 'donnees'>) {
  const etats = d.onglets[vue] ?? {};
  const disposition = dispositionDeVue(modele, vue);
  const masques = new Set(Object.keys(etats).filter((code) => etats[code] === 'masque'));
  if (masques.size === 0) return { modele, donnees: d.donnees, onglets: etats };
  const visibles = { ...disposition, onglets: disposition.onglets.filter((o) => !masques.has(o.code)) };
  const restants = new Set(codesDeVue({ ...modele, vues: { usager: visibles } }, 'usager'));
  const caches = new Set(codesDeVue(modele, vue).filter((code) => !restants.has(code)));
  const donnees: Donnees = Object.fromEntries(Object.entries(d.donnees).filter(([code]) => !caches.has(code)));
  return { modele: { ...modele, vues: { ...modele.vues, [vue]: visibles } }, donnees, onglets: etats };
}

/**
 * What the agents' detail adds for the statuts' actions (to spread into services/dossiers-agent.ts `detail`): the
 * agent view without its masked onglets, the onglets' states and whether the conversation is open.
 */
export function complementsAgent(modele: Modele, d: DossierLigne) {
  const vue = projeterVue(modele, 'agent', d);
  return { modele: vue.modele, donnees: vue.donnees, onglets: vue.onglets, conversationOuverte: d.conversationOuverte };
}
