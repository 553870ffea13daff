/**
 * What entering a statut does, as configuration. Each action becomes an effect (effet.ts) that the server runs after
 * commit, in the statut's order — except `sauter_etapes`, which the engine applies itself since it moves the dossier
 * on the ligne de vie. The zod schemas of these shapes are in schema-action.ts.
 */

/** Who receives an email: the citizen, the agent the dossier is assigned to, or a fixed address. */
export type DestinataireCourriel = 'usager' | 'agent_affecte' | { adresse: string };
export type DestinataireSms = 'usager' | 'agent_affecte';

/** A value written into a dossier field by `modifier_champs` (a JSON scalar; the model validates it on write). */
export type ValeurAction = string | number | boolean | null;

/** Form views of the dossier model (see @guichet/formulaires VUES): the citizen's, the agents', the partners'. */
export const VUES_ONGLET = ['usager', 'agent', 'partenaire'] as const;
export const ETATS_ONGLET = ['visible', 'masque', 'modifiable'] as const;

/** Properties of an individu (adulte, enfant, contact) that dossier data can fill. */
export const PROPRIETES_INDIVIDU = [
  'civilite',
  'nom',
  'nomNaissance',
  'prenom',
  'dateNaissance',
  'communeNaissance',
  'email',
  'telephone',
  'adresse',
] as const;
/** Properties of a profil (famille, association, entreprise…) that dossier data can fill. */
export const PROPRIETES_PROFIL = ['nom', 'siret', 'rna', 'email', 'telephone', 'adresse', 'iban', 'bic'] as const;
export type ProprieteIndividu = (typeof PROPRIETES_INDIVIDU)[number];
export type ProprieteProfil = (typeof PROPRIETES_PROFIL)[number];

export type Action =
  | { type: 'courriel'; modele: string; destinataires: DestinataireCourriel[]; joindreJustificatifs?: boolean }
  | { type: 'sms'; modele: string; destinataires: DestinataireSms[] }
  | { type: 'modifier_champs'; champs: Array<{ champ: string; valeur: ValeurAction }> }
  | { type: 'affecter'; mode: 'agent'; agentId: number }
  | { type: 'affecter'; mode: 'territoire' }
  /** Moves the ligne de vie forward to `vers` (an étape after the statut's own); see entrer.ts. */
  | { type: 'sauter_etapes'; vers: string }
  | {
      type: 'onglet';
      onglet: string;
      vue: (typeof VUES_ONGLET)[number];
      etat: (typeof ETATS_ONGLET)[number];
    }
  /** Moves the linked dossiers (the parent, or every child) to `statut` of THEIR guide, through their own transition. */
  | { type: 'statut_dossier_lie'; lien: 'parent' | 'enfants'; statut: string }
  | { type: 'demander_justificatif'; typeDocument: string; message: string }
  | { type: 'document'; modele: string; nomFichier: string }
  /** Same applicant and/or beneficiary on the dispositif; when found, the dossier may move to `statutSiDoublon`. */
  | { type: 'detecter_doublon'; critere: 'demandeur' | 'beneficiaire' | 'les_deux'; statutSiDoublon?: string }
  /** field code → property: creates the individu, or updates the one the dossier is about. */
  | { type: 'creer_individu'; correspondances: Record<string, ProprieteIndividu> }
  | { type: 'creer_profil'; correspondances: Record<string, ProprieteProfil> }
  | { type: 'conversation'; etat: 'ouverte' | 'fermee' }
  /**
   * A signed POST. `secret` names an environment variable (WEBHOOK_…) holding the signing key: the key itself never
   * enters the guide, which is exported, versioned and shown in the admin.
   */
  | { type: 'webhook'; url: string; secret: string };

export type TypeAction = Action['type'];

/** How the admin names each action; also the list of action types, in the order the admin offers them. */
export const LIBELLES_ACTION: Readonly<Record<TypeAction, string>> = {
  courriel: 'Envoyer un courriel',
  sms: 'Envoyer un SMS',
  document: 'Générer un document',
  modifier_champs: 'Modifier des champs du dossier',
  affecter: 'Affecter le dossier',
  sauter_etapes: 'Sauter des étapes',
  onglet: 'Afficher, masquer ou ouvrir un onglet',
  statut_dossier_lie: 'Changer le statut d’un dossier lié',
  demander_justificatif: 'Demander un justificatif',
  detecter_doublon: 'Détecter un doublon',
  creer_individu: 'Créer ou mettre à jour un individu',
  creer_profil: 'Créer ou mettre à jour un profil',
  conversation: 'Ouvrir ou fermer la conversation',
  webhook: 'Appeler un webhook',
};

export const TYPES_ACTION = Object.keys(LIBELLES_ACTION) as TypeAction[];
