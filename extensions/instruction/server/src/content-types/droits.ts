/**
 * Content types of the rights and territories (issue 4): profils métiers, the matrix profil × dispositif, agents'
 * memberships, territoire types, territoires and secteurs. All are internal (no Content Manager): they are edited
 * through the « Habilitations » page, whose API validates what the Content Manager would not (INSEE codes, rights).
 * Memberships are link tables (not JSON arrays) so that the agent scope is one indexed SQL query (ADR 0013).
 */
const interne = { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } };
const sansBrouillon = { draftAndPublish: false };

export const profilMetier = {
  kind: 'collectionType',
  collectionName: 'instruction_profils_metiers',
  info: { singularName: 'profil-metier', pluralName: 'profils-metiers', displayName: 'Profil métier' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    code: { type: 'string', required: true, unique: true },
    libelle: { type: 'string', required: true },
    description: { type: 'text' },
  },
};

/** One cell of the matrix: what a profil métier may do on a dispositif (no row: nothing). */
export const habilitation = {
  kind: 'collectionType',
  collectionName: 'instruction_matrice_habilitations',
  info: { singularName: 'habilitation', pluralName: 'habilitations', displayName: 'Habilitation' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    profilMetierId: { type: 'integer', required: true },
    dispositifId: { type: 'integer', required: true },
    // One boolean column per right: the scope filters on `voir` in SQL on both dialects.
    voir: { type: 'boolean', default: false },
    instruire: { type: 'boolean', default: false },
    decider: { type: 'boolean', default: false },
    exporter: { type: 'boolean', default: false },
    configurer: { type: 'boolean', default: false },
  },
};

/** An agent (admin user) holds profils métiers; their rights on a dispositif are the union over them. */
export const agentProfil = {
  kind: 'collectionType',
  collectionName: 'instruction_agents_profils',
  info: { singularName: 'agent-profil', pluralName: 'agents-profils', displayName: 'Profil d’un agent' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    adminUserId: { type: 'integer', required: true },
    profilMetierId: { type: 'integer', required: true },
  },
};

/**
 * The territoires (and optionally secteurs) an agent is limited to. No row: every territoire. A row with a secteur
 * also names its territoire, so the scope only ever reads `territoire_id`.
 */
export const agentPerimetre = {
  kind: 'collectionType',
  collectionName: 'instruction_agents_perimetres',
  info: { singularName: 'agent-perimetre', pluralName: 'agents-perimetres', displayName: 'Périmètre d’un agent' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    adminUserId: { type: 'integer', required: true },
    territoireId: { type: 'integer', required: true },
    secteurId: { type: 'integer' },
  },
};

export const typeTerritoire = {
  kind: 'collectionType',
  collectionName: 'instruction_types_territoires',
  info: { singularName: 'type-territoire', pluralName: 'types-territoires', displayName: 'Type de territoire' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    code: { type: 'string', required: true, unique: true },
    libelle: { type: 'string', required: true },
    /** Whether territoires of this type take part in automatic sectorisation (one type usually does). */
    sectorisation: { type: 'boolean', default: true },
  },
};

export const territoire = {
  kind: 'collectionType',
  collectionName: 'instruction_territoires',
  info: { singularName: 'territoire', pluralName: 'territoires', displayName: 'Territoire' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    code: { type: 'string', required: true, unique: true },
    nom: { type: 'string', required: true },
    typeCode: { type: 'string', required: true },
    /** INSEE codes of its communes (checked against @etalab/decoupage-administratif when written). */
    communes: { type: 'json' },
  },
};

export const secteur = {
  kind: 'collectionType',
  collectionName: 'instruction_secteurs',
  info: { singularName: 'secteur', pluralName: 'secteurs', displayName: 'Secteur' },
  options: sansBrouillon,
  pluginOptions: interne,
  attributes: {
    code: { type: 'string', required: true, unique: true },
    nom: { type: 'string', required: true },
    territoireId: { type: 'integer', required: true },
    /** INSEE codes, a subset of its territoire's communes. */
    communes: { type: 'json' },
  },
};
