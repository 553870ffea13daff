/** Public API of the instruction domain: the guide engine, pure and shared by the server, the admin and the portal. */
export type { Action, Etape, Guide, Statut, StatutTrouve, TransitionPossible } from './guide';
export { trouverStatut } from './guide';
export type { Acteur, Changement, DossierInstruction, EtatDossier, Evenement } from './dossier';
export { effetsDuStatut, type Effet } from './effet';
export type { CodeErreurDomaine, ErreurDomaine } from './erreurs';
export type { Result } from './result';
export { MOTIF_CODE, messagesGuide, schemaGuide, validerGuide } from './schema-guide';
export { transition, type ContexteTransition, type ResultatTransition } from './transition';
export { transitionsDisponibles, type TransitionDisponible } from './transitions-disponibles';
export {
  LIBELLE_BROUILLON,
  LIBELLE_PAR_DEFAUT,
  ligneDeVie,
  statutPourUsager,
  type EtapeLigneDeVie,
  type EtatEtape,
} from './ligne-de-vie';
export { formaterNumeroDossier } from './numero';
export {
  contenuAEmpreindre,
  EMPREINTE_INITIALE,
  verifierChaine,
  type ActionJournal,
  type DetailsJournal,
  type EntreeJournal,
  type EntreeScellee,
  type VerificationJournal,
} from './journal';
