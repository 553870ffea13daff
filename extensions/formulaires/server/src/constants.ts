export const UID = {
  modele: 'plugin::formulaires.modele',
  version: 'plugin::formulaires.version-modele',
  entree: 'plugin::formulaires.champ-referentiel',
  referentiel: 'plugin::formulaires.referentiel',
} as const;

export const TABLE = {
  modeles: 'formulaires_modeles',
  versions: 'formulaires_versions',
  entrees: 'formulaires_referentiel_champs',
  referentiels: 'formulaires_referentiels',
} as const;

/** RBAC action of the admin (Strapi permission engine): every admin route of the plugin requires it. */
export const ACTIONS_RBAC = {
  configurer: 'plugin::formulaires.modeles.configurer',
} as const;

/** Caps on what one request lists (the référentiel des champs and the lists are administrator-sized). */
export const LIMITES = {
  entreesParPage: 1000,
  modelesParPage: 1000,
  longueurRecherche: 100,
} as const;
