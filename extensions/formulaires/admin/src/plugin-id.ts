export const PLUGIN_ID = 'formulaires';

/** The RBAC action every page and admin route of the plugin requires. */
export const PERMISSION_CONFIGURER = [{ action: 'plugin::formulaires.modeles.configurer', subject: null }];

/** Absolute paths of the plugin's pages (relative links from splat routes resolve differently across router versions). */
export const CHEMINS = {
  liste: `/plugins/${PLUGIN_ID}`,
  referentiels: `/plugins/${PLUGIN_ID}/referentiels`,
  modele: (id: number) => `/plugins/${PLUGIN_ID}/modeles/${id}`,
};
