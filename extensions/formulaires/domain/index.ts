/** Public API of @guichet/formulaires: pure functions shared by the portal (display, early validation) and the server. */
export type {
  Adresse,
  Champ,
  ChampAge,
  ChampCalcul,
  ChampDate,
  ChampJustificatif,
  ChampListe,
  ChampMontant,
  ChampTableau,
  ChampTexte,
  ColonneTableau,
  Disposition,
  DonneesConnecteur,
  Donnees,
  LigneTableau,
  Ligne,
  Modele,
  Onglet,
  OptionListe,
  Scalaire,
  Section,
  ServiceApiParticulier,
  SourcePrechargement,
  TypeChamp,
  TypeColonne,
  TypeProfil,
  Valeur,
  Vue,
} from './modele';
export {
  champsDeVue,
  champsDuModele,
  codesDeVue,
  dispositionDeVue,
  SERVICES_API_PARTICULIER,
  SOURCES_PRECHARGEMENT,
  TYPES_CALCULES,
  TYPES_CHAMP,
  TYPES_COLONNE,
  TYPES_CONNECTEUR,
  TYPES_PROFIL,
  TYPES_SANS_VALEUR,
  VUES,
} from './modele';
export type { Result } from './result';
export {
  LONGUEUR_CODE_MAX,
  MOTIF_CODE,
  schemaChamp,
  schemaDisposition,
  schemaModele,
  validerModele,
} from './schema-modele';
export { lireSaisie, type SaisieBrute } from './lire-saisie';
export {
  donneesAEnregistrer,
  validerDonnees,
  type ErreurChamp,
  type OptionsValidation,
  type ValidationDonnees,
} from './valider-donnees';
export {
  conditionRemplie,
  elementsVisibles,
  evaluerFormulaire,
  type ContexteEvaluation,
  type EtatFormulaire,
  type Visibilite,
} from './evaluation';
export {
  arrondir,
  calculerAge,
  definition,
  DEFINITIONS,
  estVide,
  type CodeErreurChamp,
  type ContexteChamp,
} from './champs';
export { analyserExpression, FONCTIONS_EXPRESSION, MOTS_RESERVES } from './expression';
export { differenceModeles, type Changement, type NatureChangement } from './difference';
export {
  construireExport,
  FORMAT_EXPORT,
  lireExport,
  referentielsUtilises,
  schemaJsonExport,
  serialiserExport,
  VERSION_FORMAT_EXPORT,
  type DocumentExport,
  type EntreeReferentielExport,
  type ListeReferentielExport,
} from './export';
export { formaterDate, formaterMontant, valeurLisible } from './format';
export { estDateIso } from './date-iso';
export { arrondirCentimes, parserMontant } from './montant';
export { entreGuillemets, messagesChamp } from './messages';
export { emplacement, MESSAGES_ZOD, messageZodParDefaut } from './problemes-zod';
export { prechargerDonnees, type SourcesPrechargement } from './prechargement';
