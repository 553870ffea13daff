export const UID = {
  dispositif: 'plugin::instruction.dispositif',
  dossier: 'plugin::instruction.dossier',
  historique: 'plugin::instruction.historique',
  outbox: 'plugin::instruction.outbox',
  piece: 'plugin::instruction.piece',
  habilitation: 'plugin::instruction.habilitation',
  journal: 'plugin::instruction.journal',
} as const;

export const TABLE = {
  dispositifs: 'instruction_dispositifs',
  dossiers: 'instruction_dossiers',
  historiques: 'instruction_historiques',
  outbox: 'instruction_outbox',
  pieces: 'instruction_pieces',
  habilitations: 'instruction_habilitations',
  journal: 'instruction_journal',
  /** The tiers live in the usagers plugin; instruction reads and writes them with its own SQL. */
  individus: 'usagers_individus',
  profils: 'usagers_profils',
  membres: 'usagers_membres',
} as const;

/** RBAC actions of the admin (Strapi permission engine); the habilitations table scopes them per dispositif. */
export const ACTIONS_RBAC = {
  lire: 'plugin::instruction.dossiers.lire',
  instruire: 'plugin::instruction.dossiers.instruire',
  configurer: 'plugin::instruction.dispositifs.configurer',
} as const;

export const FILE_OUTBOX = 'guichet-actions';
