/**
 * A dossier model (modèle de dossier): the field definitions of a dispositif's form, and one layout per view.
 *
 * Fields are defined once (`champs`, unique codes) and placed in views: the citizen's (usager), the agent's and the
 * partner's. A view is onglets → sections → lignes of one or two fields. A field placed in no view of the citizen is
 * an agent-only annotation: the citizen never sees it, never posts it. A published model is frozen as a version; a
 * dossier is always validated and displayed with the version it was filed on.
 */

export const TYPES_CHAMP = [
  'texte',
  'texte_long',
  'nombre',
  'montant',
  'calcul',
  'date',
  'age',
  'case_a_cocher',
  'boutons_radio',
  'cases_multiples',
  'liste',
  'liste_referentiel',
  'telephone',
  'email',
  'adresse',
  'nir',
  'iban',
  'bic',
  'siret',
  'tableau',
  'note',
  'texte_riche',
  'justificatif',
  'api_particulier',
  'api_r2p',
] as const;
export type TypeChamp = (typeof TYPES_CHAMP)[number];

export const VUES = ['usager', 'agent', 'partenaire'] as const;
export type Vue = (typeof VUES)[number];

/** Who a dossier is filed for; display conditions may depend on it (`@profil = 'association'`). */
export const TYPES_PROFIL = ['particulier', 'association', 'entreprise'] as const;
export type TypeProfil = (typeof TYPES_PROFIL)[number];

export interface OptionListe {
  /** The key: stored on the dossier, used by conditions and calculations (a numeric key counts as a number). */
  valeur: string;
  libelle: string;
}

/** Where a field's initial value comes from when a dossier is created (préchargement). */
export const SOURCES_PRECHARGEMENT = [
  'individu.nom',
  'individu.prenom',
  'individu.date_naissance',
  'individu.email',
  'individu.telephone',
  'individu.adresse',
  'profil.raison_sociale',
  'profil.siret',
  'profil.adresse',
  'profil.email',
] as const;
export type SourcePrechargement = (typeof SOURCES_PRECHARGEMENT)[number];

interface ChampCommun {
  /** Technical name, unique in the model: `[a-z][a-z0-9_]*`. Conditions and formulas refer to fields by it. */
  code: string;
  libelle: string;
  /** Hint shown under the label. */
  aide?: string;
  requis: boolean;
  /** Display condition in the expression language; absent means always shown. A hidden field is neither required nor kept. */
  condition?: string;
  prechargement?: SourcePrechargement;
  /** Code of the référentiel des champs entry this field was taken from. */
  origine?: string;
}

export interface ChampTexte extends ChampCommun {
  type: 'texte';
  longueurMax?: number;
  /** Input mask: 9 = digit, A = letter, * = letter or digit, anything else is literal (e.g. "AA-999-AA"). */
  masque?: string;
}
export interface ChampTexteLong extends ChampCommun {
  type: 'texte_long';
  longueurMax?: number;
}
export interface ChampNombre extends ChampCommun {
  type: 'nombre';
  min?: number;
  max?: number;
  /** Decimal places allowed; 0 (the default) means whole numbers. */
  decimales?: number;
}
export interface ChampMontant extends ChampCommun {
  type: 'montant';
  /** Bounds in euros (may be negative). */
  min?: number;
  max?: number;
}
export interface ChampCalcul extends ChampCommun {
  type: 'calcul';
  /** Expression over other fields, computed by the server (and previewed by the portal); never typed in. */
  formule: string;
  decimales: number;
  /** How the result reads: a plain number or an amount in euros. */
  unite?: 'nombre' | 'euros';
}
export interface ChampDate extends ChampCommun {
  type: 'date';
  /** Inclusive bounds, ISO dates (YYYY-MM-DD). */
  min?: string;
  max?: string;
}
export interface ChampAge extends ChampCommun {
  type: 'age';
  /** Code of the date field the age is computed from, in whole years at the date of the computation. */
  champDate: string;
}
export interface ChampCaseACocher extends ChampCommun {
  type: 'case_a_cocher';
}
export interface ChampBoutonsRadio extends ChampCommun {
  type: 'boutons_radio';
  options: OptionListe[];
}
export interface ChampCasesMultiples extends ChampCommun {
  type: 'cases_multiples';
  options: OptionListe[];
  minChoix?: number;
  maxChoix?: number;
}
export interface ChampListe extends ChampCommun {
  type: 'liste';
  options: OptionListe[];
}
export interface ChampListeReferentiel extends ChampCommun {
  type: 'liste_referentiel';
  /** Code of an administrator-managed list; its options are read at validation time, so editing it updates every model. */
  referentiel: string;
}
export interface ChampTelephone extends ChampCommun {
  type: 'telephone';
  /** Mask as for texte; absent means a French number (10 digits from 0, or +33 / 0033) or an international +NN number. */
  masque?: string;
}
export interface ChampEmail extends ChampCommun {
  type: 'email';
}
export interface ChampAdresse extends ChampCommun {
  type: 'adresse';
  /** Show the located address on a map (portal and admin). */
  carte: boolean;
}
export interface ChampNir extends ChampCommun {
  type: 'nir';
}
export interface ChampIban extends ChampCommun {
  type: 'iban';
  /** Accept accounts outside France (any valid IBAN); otherwise FR/MC and the French overseas codes only. */
  etranger: boolean;
}
export interface ChampBic extends ChampCommun {
  type: 'bic';
}
export interface ChampSiret extends ChampCommun {
  type: 'siret';
}
export const TYPES_COLONNE = ['texte', 'nombre', 'montant', 'date', 'liste', 'case_a_cocher', 'calcul'] as const;
export type TypeColonne = (typeof TYPES_COLONNE)[number];
export interface ColonneTableau {
  code: string;
  libelle: string;
  type: TypeColonne;
  /** Required in every row. */
  requis: boolean;
  /** For liste columns. */
  options?: OptionListe[];
  /** For calcul columns: an expression over the other cells of the same row. */
  formule?: string;
  decimales?: number;
}
export interface LigneFixe {
  code: string;
  libelle: string;
}
export interface ChampTableau extends ChampCommun {
  type: 'tableau';
  colonnes: ColonneTableau[];
  /** Labelled rows (e.g. one per year); absent means the citizen adds rows, up to `lignesMax`. */
  lignes?: LigneFixe[];
  lignesMax?: number;
}
export interface ChampNote extends ChampCommun {
  type: 'note';
  /** Static text shown in the form (plain text, paragraphs separated by blank lines). */
  contenu: string;
}
export interface ChampTexteRiche extends ChampCommun {
  type: 'texte_riche';
  longueurMax?: number;
}
export interface ChampJustificatif extends ChampCommun {
  type: 'justificatif';
  /** Document type shown to citizens and agents (e.g. "Relevé d'identité bancaire"). */
  typeDocument?: string;
  /** Accepted MIME types, checked on the server by magic bytes. */
  formats: string[];
  /** Maximum size in bytes. */
  tailleMax: number;
}
export const SERVICES_API_PARTICULIER = ['quotient_familial', 'statut_etudiant', 'statut_demandeur_emploi'] as const;
export type ServiceApiParticulier = (typeof SERVICES_API_PARTICULIER)[number];
export interface ChampApiParticulier extends ChampCommun {
  type: 'api_particulier';
  service: ServiceApiParticulier;
}
export interface ChampApiR2p extends ChampCommun {
  type: 'api_r2p';
}

export type Champ =
  | ChampTexte
  | ChampTexteLong
  | ChampNombre
  | ChampMontant
  | ChampCalcul
  | ChampDate
  | ChampAge
  | ChampCaseACocher
  | ChampBoutonsRadio
  | ChampCasesMultiples
  | ChampListe
  | ChampListeReferentiel
  | ChampTelephone
  | ChampEmail
  | ChampAdresse
  | ChampNir
  | ChampIban
  | ChampBic
  | ChampSiret
  | ChampTableau
  | ChampNote
  | ChampTexteRiche
  | ChampJustificatif
  | ChampApiParticulier
  | ChampApiR2p;

/** Fields whose value the server computes: never posted, never required of anyone. */
export const TYPES_CALCULES: readonly TypeChamp[] = ['calcul', 'age'];
/** Fields without a value of their own. */
export const TYPES_SANS_VALEUR: readonly TypeChamp[] = ['note', 'justificatif'];
/** Fields filled by a connector (API Particulier, API R2P), not typed by the citizen. */
export const TYPES_CONNECTEUR: readonly TypeChamp[] = ['api_particulier', 'api_r2p'];

export interface Ligne {
  /** One or two field codes (two columns on wide screens, stacked on phones). */
  champs: string[];
}
export interface Section {
  code: string;
  titre: string;
  condition?: string;
  lignes: Ligne[];
}
export interface Onglet {
  code: string;
  titre: string;
  condition?: string;
  sections: Section[];
}
export interface Disposition {
  onglets: Onglet[];
}

export interface Modele {
  champs: Champ[];
  /** The citizen's view is required; the agent's and the partner's fall back to it when absent. */
  vues: { usager: Disposition; agent?: Disposition; partenaire?: Disposition };
}

export interface Adresse {
  /** The full address as shown ("8 Boulevard du Port 80000 Amiens"). */
  libelle: string;
  codePostal?: string;
  commune?: string;
  /** INSEE code of the commune (used for sectorisation). */
  codeInsee?: string;
  longitude?: number;
  latitude?: number;
}
export type Scalaire = string | number | boolean | null;
export type LigneTableau = Record<string, Scalaire>;
/** Data returned by a connector, stored as read. */
export type DonneesConnecteur = Record<string, Scalaire>;

/**
 * Values as stored on a dossier: field code → normalised value. Justificatifs are never here (their pièces are
 * uploaded and counted separately); notes have no value.
 */
export type Valeur = Scalaire | string[] | number[] | Adresse | LigneTableau[] | DonneesConnecteur;
export type Donnees = Record<string, Valeur>;

/** The view a layout is read from: absent agent/partner views fall back to the citizen's. */
export function dispositionDeVue(modele: Modele, vue: Vue): Disposition {
  return modele.vues[vue] ?? modele.vues.usager;
}

/** Field codes placed in a view, in reading order. */
export function codesDeVue(modele: Modele, vue: Vue): string[] {
  return dispositionDeVue(modele, vue).onglets.flatMap((onglet) =>
    onglet.sections.flatMap((section) => section.lignes.flatMap((ligne) => ligne.champs)),
  );
}

/**
 * Every field of the model in the citizen's reading order, then the fields placed only elsewhere: validation and
 * error summaries follow the order people read.
 */
export function champsDuModele(modele: Modele): Champ[] {
  const parCode = new Map(modele.champs.map((champ) => [champ.code, champ]));
  const ordre = [...new Set([...codesDeVue(modele, 'usager'), ...modele.champs.map((champ) => champ.code)])];
  return ordre.flatMap((code) => parCode.get(code) ?? []);
}

/** The fields of one view, in its reading order. */
export function champsDeVue(modele: Modele, vue: Vue): Champ[] {
  const parCode = new Map(modele.champs.map((champ) => [champ.code, champ]));
  return [...new Set(codesDeVue(modele, vue))].flatMap((code) => parCode.get(code) ?? []);
}
