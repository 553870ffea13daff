import { ACTIONS_RBAC } from '../constants';
import { exige } from './exige';
import { routesDemandes } from './demandes';
import { routesDroits } from './droits';
import { routesGuides } from './guides';
import { routesMessages } from './messages';
import { routesOperations } from './operations';

export default {
  'content-api': {
    type: 'content-api',
    routes: [
      // The catalogue is public: published dispositifs only, no private field.
      { method: 'GET', path: '/catalogue', handler: 'catalogue.lister', config: { auth: false } },
      { method: 'GET', path: '/catalogue/:slug', handler: 'catalogue.detail', config: { auth: false } },
    ],
  },
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/dossiers', handler: 'dossiersAgent.lister', config: exige(ACTIONS_RBAC.lire) },
      {
        method: 'GET',
        path: '/dispositifs/:slug/guide',
        handler: 'guides.exporter',
        config: exige(ACTIONS_RBAC.configurer),
      },
      {
        method: 'PUT',
        path: '/dispositifs/:slug/guide',
        handler: 'guides.importer',
        config: exige(ACTIONS_RBAC.configurer),
      },
      { method: 'GET', path: '/dossiers/:numero', handler: 'dossiersAgent.detail', config: exige(ACTIONS_RBAC.lire) },
      {
        method: 'POST',
        path: '/dossiers/:numero/transitions',
        handler: 'dossiersAgent.transition',
        config: exige(ACTIONS_RBAC.instruire),
      },
      {
        // Instruction en masse; the engine checks the transition's rights dossier by dossier (refusals in the answer).
        method: 'POST',
        path: '/dossiers/transitions-en-masse',
        handler: 'dossiersAgent.transitionsEnMasse',
        config: exige(ACTIONS_RBAC.instruire),
      },
      {
        // The engine also requires the habilitation's « decider » right on the dossier's dispositif (else 403).
        method: 'POST',
        path: '/dossiers/:numero/corrections',
        handler: 'dossiersAgent.correction',
        config: exige(ACTIONS_RBAC.instruire),
      },
      {
        method: 'PUT',
        path: '/dossiers/:numero/donnees',
        handler: 'dossiersAgent.donnees',
        config: exige(ACTIONS_RBAC.instruire),
      },
      {
        method: 'GET',
        path: '/dossiers/:numero/pieces/:id/fichier',
        handler: 'dossiersAgent.fichier',
        config: exige(ACTIONS_RBAC.lire),
      },
      ...routesDroits,
      ...routesGuides,
      ...routesOperations,
      ...routesDemandes,
      ...routesMessages,
    ],
  },
};
