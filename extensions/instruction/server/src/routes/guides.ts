import { ACTIONS_RBAC } from '../constants';
import { exige } from './exige';

/**
 * Admin routes of the guide editor (« Configurer les dispositifs »). The editor reads a guide with its revision and
 * saves it back with that revision: a guide changed in between (another administrator, an import) answers 409.
 */
export const routesGuides: unknown[] = [
  {
    method: 'GET',
    path: '/configuration/dispositifs',
    handler: 'guides.listerDispositifs',
    config: exige(ACTIONS_RBAC.configurer),
  },
  {
    method: 'GET',
    path: '/configuration/dispositifs/:slug/guide',
    handler: 'guides.lire',
    config: exige(ACTIONS_RBAC.configurer),
  },
  {
    method: 'PUT',
    path: '/configuration/dispositifs/:slug/guide',
    handler: 'guides.enregistrer',
    config: exige(ACTIONS_RBAC.configurer),
  },
];
