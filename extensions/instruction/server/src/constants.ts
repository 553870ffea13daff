export const UID = {
  dispositif: 'plugin::instruction.dispositif',
  dossier: 'plugin::instruction.dossier',
  historique: 'plugin::instruction.historique',
  outbox: 'plugin::instruction.outbox',
  piece: 'plugin::instruction.piece',
  habilitation: 'plugin::instruction.habilitation',
  journal: 'plugin::instruction.journal',
  profilMetier: 'plugin::instruction.profil-metier',
  agentProfil: 'plugin::instruction.agent-profil',
  agentPerimetre: 'plugin::instruction.agent-perimetre',
  typeTerritoire: 'plugin::instruction.type-territoire',
  territoire: 'plugin::instruction.territoire',
  secteur: 'plugin::instruction.secteur',
} as const;

export const TABLE = {
  dispositifs: 'instruction_dispositifs',
  dossiers: 'instruction_dossiers',
  historiques: 'instruction_historiques',
  outbox: 'instruction_outbox',
  pieces: 'instruction_pieces',
  /** The matrix: one row per (profil métier, dispositif), one boolean column per right (ADR 0013: a new table). */
  habilitations: 'instruction_matrice_habilitations',
  journal: 'instruction_journal',
  profilsMetiers: 'instruction_profils_metiers',
  agentsProfils: 'instruction_agents_profils',
  agentsPerimetres: 'instruction_agents_perimetres',
  typesTerritoires: 'instruction_types_territoires',
  territoires: 'instruction_territoires',
  secteurs: 'instruction_secteurs',
  /** The tiers live in the usagers plugin; instruction reads and writes them with its own SQL. */
  individus: 'usagers_individus',
  profils: 'usagers_profils',
  membres: 'usagers_membres',
} as const;

/**
 * RBAC actions of the admin (Strapi permission engine): what an admin user may call at all. The matrix of profils
 * métiers then scopes them per dispositif, and territoires per dossier (repositories/habilitations.ts).
 */
export const ACTIONS_RBAC = {
  lire: 'plugin::instruction.dossiers.lire',
  instruire: 'plugin::instruction.dossiers.instruire',
  configurer: 'plugin::instruction.dispositifs.configurer',
} as const;

export const FILE_OUTBOX = 'guichet-actions';
