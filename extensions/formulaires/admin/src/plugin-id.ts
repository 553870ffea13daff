export const PLUGIN_ID = 'formulaires';

/** The RBAC action every page and admin route of the plugin requires. */
export const PERMISSION_CONFIGURER = [{ action: 'plugin::formulaires.modeles.configurer', subject: null }];
