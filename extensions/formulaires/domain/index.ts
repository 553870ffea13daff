/** Public API of @guichet/formulaires: pure functions shared by the portal (display, early validation) and the server. */
export type {
  Champ,
  ChampDate,
  ChampJustificatif,
  ChampListe,
  ChampMontant,
  ChampTexte,
  Donnees,
  Modele,
  OptionListe,
  Section,
  TypeChamp,
  Valeur,
} from './modele';
export { champsDuModele } from './modele';
export type { Result } from './result';
export { MOTIF_CODE, schemaModele, validerModele } from './schema-modele';
export { lireSaisie, type SaisieBrute } from './lire-saisie';
export {
  LONGUEUR_MAX_PAR_DEFAUT,
  validerDonnees,
  type CodeErreurChamp,
  type ErreurChamp,
  type OptionsValidation,
  type ValidationDonnees,
} from './valider-donnees';
export { formaterDate, formaterMontant, valeurLisible } from './format';
export { estDateIso } from './date-iso';
export { arrondirCentimes, parserMontant } from './montant';
export { messagesChamp } from './messages';
export { emplacement, MESSAGES_ZOD, messageZodParDefaut } from './problemes-zod';
