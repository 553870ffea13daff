/**
 * Content types of the instruction plugin. High-volume tables (dossiers, historique, outbox, pièces) have no
 * draft & publish and no i18n; they are read through our own indexed SQL (repositories/), never deep populate.
 * Cross-table references are plain integer columns for the same reason.
 */
const cacheDuBuilder = { 'content-manager': { visible: true }, 'content-type-builder': { visible: false } };
const interne = { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } };

export const dispositif = {
  kind: 'collectionType',
  collectionName: 'instruction_dispositifs',
  info: { singularName: 'dispositif', pluralName: 'dispositifs', displayName: 'Dispositif' },
  options: { draftAndPublish: false },
  pluginOptions: cacheDuBuilder,
  attributes: {
    slug: { type: 'string', required: true, unique: true, regex: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
    titre: { type: 'string', required: true },
    resume: { type: 'text', required: true },
    description: { type: 'text' },
    publie: { type: 'boolean', default: false },
    /** Code of the formulaires model; new dossiers are filed on its latest published version. */
    modeleCode: { type: 'string', required: true },
    guide: { type: 'json', required: true },
    /** Who a dossier may be about, among adulte, enfant, contact (empty: the applicant themself). */
    typesBeneficiaire: { type: 'json' },
    /** Whether a dossier may be filed without a citizen account (agents file it for them, or the « Anonyme » user). */
    depotHorsCompte: { type: 'boolean', default: false },
    /** Where the portal sends the citizen after submission (a path of the portal; default: the dossier page). */
    pageApresDepot: { type: 'string' },
    /** Classification tree (1 to 4 levels) agents file the dossiers of this dispositif under. */
    classification: { type: 'json' },
    /** Agents may create a dossier for the « Anonyme » individu when the applicant is not known yet. */
    creationAnonyme: { type: 'boolean', default: false },
    /** Retention: months after clôture before anonymisation, and what is kept (see the RGPD issue). */
    conservation: { type: 'json' },
    /** Repeated edits by the citizen: { seuil, periodeHeures, statut } moves the dossier to `statut` automatically. */
    editionsRepetees: { type: 'json' },
    /** Automatic assignment on deposit: none, the territoire from the address, or the least loaded agent. */
    affectationAuto: { type: 'enumeration', enum: ['aucune', 'territoire', 'agent'], default: 'aucune' },
  },
};

export const dossier = {
  kind: 'collectionType',
  collectionName: 'instruction_dossiers',
  info: { singularName: 'dossier', pluralName: 'dossiers', displayName: 'Dossier' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    numero: { type: 'string', required: true, unique: true },
    dispositifId: { type: 'integer', required: true },
    usagerId: { type: 'integer', required: true },
    etat: { type: 'enumeration', enum: ['brouillon', 'depose', 'cloture'], required: true, default: 'brouillon' },
    statut: { type: 'string' },
    etape: { type: 'string' },
    donnees: { type: 'json', private: true },
    /** The model version the dossier was created on: it is always validated and displayed with it. */
    modeleVersionId: { type: 'integer', required: true },
    /** Who the dossier is filed for (display conditions read it). */
    typeProfil: { type: 'enumeration', enum: ['particulier', 'association', 'entreprise'], default: 'particulier' },
    version: { type: 'integer', required: true, default: 1 },
    deposeLe: { type: 'datetime' },
    /** When the dossier entered its current étape: the étape's délai runs from it. Null on older rows (no délai). */
    entreeEtapeLe: { type: 'datetime' },
    cleDepot: { type: 'string', private: true },
    /** The agent (admin user id) the dossier is assigned to. */
    agentId: { type: 'integer' },
    /** The territoire (and secteur) the dossier belongs to: set by sectorisation or by an agent. */
    territoireId: { type: 'integer' },
    secteurId: { type: 'integer' },
    /** The individu the dossier is about (the beneficiary); null when it is the applicant themself. */
    individuId: { type: 'integer' },
    /**
     * The profil (famille, association, entreprise) the dossier is filed for: every citizen member of that profil sees
     * and works on it, as its filer does (DESIGN rule 1). Set at creation or by the `creer_profil` action.
     */
    profilId: { type: 'integer' },
    /** The path of codes in the dispositif's classification (1 to 4 levels). */
    classement: { type: 'json' },
    /** Flags among prioritaire, urgent, signale. */
    drapeaux: { type: 'json' },
    /** Linked dossiers: the parent of this one (its children point to it). */
    parentId: { type: 'integer' },
    /** Per view, the onglets an action made visible, hidden or editable: { usager: { code: etat } }. */
    onglets: { type: 'json' },
    conversationOuverte: { type: 'boolean', default: true },
    /** Who created the dossier when an agent did (null: the citizen). */
    creeParAgentId: { type: 'integer' },
    /** Soft deletion: the dossier disappears from every list and route; the row stays until the purge. */
    supprimeLe: { type: 'datetime' },
    supprimeParAgentId: { type: 'integer' },
    motifSuppression: { type: 'text' },
  },
};

export const historique = {
  kind: 'collectionType',
  collectionName: 'instruction_historiques',
  info: { singularName: 'historique', pluralName: 'historiques', displayName: 'Historique de statut' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    dossierId: { type: 'integer', required: true },
    de: { type: 'string' },
    vers: { type: 'string', required: true },
    etapeDe: { type: 'string' },
    etapeVers: { type: 'string', required: true },
    /** depot, transition or correction; null on rows written before corrections existed. */
    nature: { type: 'string' },
    /** Why an agent corrected the dossier (corrections only). */
    motif: { type: 'text' },
    avanceLigneDeVie: { type: 'boolean' },
    /** Étapes jumped over by a `sauter_etapes` action, in order. */
    etapesSautees: { type: 'json' },
    acteurType: { type: 'string', required: true },
    acteurId: { type: 'integer' },
    acteurNom: { type: 'string' },
    date: { type: 'datetime', required: true },
  },
};

export const outbox = {
  kind: 'collectionType',
  collectionName: 'instruction_outbox',
  info: { singularName: 'outbox', pluralName: 'outboxes', displayName: 'Action à exécuter' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    cle: { type: 'string', required: true, unique: true },
    dossierId: { type: 'integer', required: true },
    historiqueId: { type: 'integer', required: true },
    type: { type: 'string', required: true },
    payload: { type: 'json', required: true },
    etat: { type: 'enumeration', enum: ['a_traiter', 'en_file', 'en_cours', 'livre', 'echec'], default: 'a_traiter' },
    tentatives: { type: 'integer', default: 0 },
    erreur: { type: 'text' },
    misEnFileLe: { type: 'datetime' },
    livreLe: { type: 'datetime' },
  },
};

export const piece = {
  kind: 'collectionType',
  collectionName: 'instruction_pieces',
  info: { singularName: 'piece', pluralName: 'pieces', displayName: 'Pièce' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    dossierId: { type: 'integer', required: true },
    champ: { type: 'string' },
    nature: { type: 'enumeration', enum: ['justificatif', 'document'], required: true },
    nom: { type: 'string', required: true },
    type: { type: 'string', required: true },
    taille: { type: 'integer', required: true },
    chemin: { type: 'string', required: true, private: true },
    empreinte: { type: 'string', private: true },
    cleOutbox: { type: 'string', unique: true },
  },
};

export const journal = {
  kind: 'collectionType',
  collectionName: 'instruction_journal',
  info: { singularName: 'journal', pluralName: 'journaux', displayName: 'Journal' },
  options: { draftAndPublish: false },
  pluginOptions: interne,
  attributes: {
    dossierId: { type: 'integer', required: true },
    sequence: { type: 'integer', required: true },
    date: { type: 'datetime', required: true },
    acteurType: { type: 'string', required: true },
    acteurId: { type: 'integer' },
    acteurNom: { type: 'string' },
    action: { type: 'string', required: true },
    details: { type: 'json', required: true },
    empreintePrecedente: { type: 'string', required: true },
    empreinte: { type: 'string', required: true },
  },
};
