/** Public API of the instruction domain: the guide engine, pure and shared by the server, the admin and the portal. */
export type {
  Action,
  Delai,
  Droit,
  Etape,
  Guide,
  IconeStatut,
  Statut,
  StatutTrouve,
  TransitionPossible,
} from './guide';
export {
  avanceLigneDeVie,
  DROITS,
  DROITS_PAR_DEFAUT,
  droitsRequis,
  estMasqueAuxAgents,
  ICONES_STATUT,
  indexEtape,
  trouverStatut,
} from './guide';
export type {
  DestinataireCourriel,
  DestinataireSms,
  ProprieteIndividu,
  ProprieteProfil,
  TypeAction,
  ValeurAction,
} from './action';
export {
  ETATS_ONGLET,
  LIBELLES_ACTION,
  PROPRIETES_INDIVIDU,
  PROPRIETES_PROFIL,
  TYPES_ACTION,
  VUES_ONGLET,
} from './action';
export type { Acteur, Changement, DossierInstruction, EtatDossier, Evenement, NatureChangement } from './dossier';
export { effetsDuStatut, type ActionExterne, type Effet } from './effet';
export type { CodeErreurDomaine, ErreurDomaine } from './erreurs';
export type { Result } from './result';
export { MOTIF_CODE, MOTIF_SECRET_WEBHOOK, schemaAction } from './schema-action';
export { messagesGuide, schemaGuide, validerGuide } from './schema-guide';
export {
  construireDocumentGuide,
  FORMAT_EXPORT_GUIDE,
  lireDocumentGuide,
  lireTexteGuide,
  schemaDocumentGuide,
  schemaJsonGuide,
  serialiserGuide,
  VERSION_FORMAT_EXPORT_GUIDE,
  type DocumentGuide,
} from './export-guide';
export { transition, type ContexteTransition, type ResultatOuErreur, type ResultatTransition } from './transition';
export { DROIT_CORRECTION } from './correction';
export {
  bilanEnMasse,
  transitionEnMasse,
  type BilanEnMasse,
  type EvenementEnMasse,
  type ResultatEnMasse,
} from './en-masse';
export { transitionsDisponibles, type TransitionDisponible } from './transitions-disponibles';
export {
  etapeCourante,
  LIBELLE_BROUILLON,
  LIBELLE_PAR_DEFAUT,
  ligneDeVie,
  positionLigneDeVie,
  statutPourUsager,
  type EtapeLigneDeVie,
  type EtatEtape,
} from './ligne-de-vie';
export { echeance, etatDelai, SEUIL_BIENTOT, type EtatDelai, type OptionsDelai, type SituationDelai } from './delai';
export {
  ajouterJours,
  compterJoursOuvres,
  dateEnFrance,
  estFerie,
  estOuvre,
  joursFeries,
  type OptionsCalendrier,
} from './calendrier';
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
export {
  indexerTerritoires,
  MESSAGES_SECTORISATION,
  normaliserNomCommune,
  sectoriser,
  type AdresseASectoriser,
  type CommunePostale,
  type IndexTerritoires,
  type RaisonEchec,
  type Referentiel,
  type ResultatSectorisation,
  type SecteurSectorisable,
  type TerritoireSectorisable,
} from './sectorisation';
export {
  CORPS_MESSAGE_MAX,
  cleStockee,
  MESSAGES_AFFICHES_MAX,
  MESSAGES_ERREUR_MESSAGE,
  nomAgentAffiche,
  nomUsagerAffiche,
  peutEcrire,
  validerCle,
  validerCorps,
  type CodeErreurMessage,
  type ErreurMessage,
} from './message';
