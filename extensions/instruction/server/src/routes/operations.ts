import { ACTIONS_RBAC } from '../constants';
import { exige } from './exige';

const instruire = exige(ACTIONS_RBAC.instruire);

/**
 * Admin routes: dossier operations by agents (issue 4). Every route loads the dossier through the agent's scope
 * (out of scope → 404); the services check the habilitation's rights on the dossier's dispositif on top of RBAC.
 */
export const routesOperations = [
  { method: 'POST', path: '/dossiers', handler: 'operations.creerDossier', config: instruire },
  {
    method: 'POST',
    path: '/dossiers/modifications-en-masse',
    handler: 'operations.modificationsEnMasse',
    config: instruire,
  },
  {
    method: 'GET',
    path: '/dossiers/:numero/agents-possibles',
    handler: 'operations.agentsPossibles',
    config: exige(ACTIONS_RBAC.lire),
  },
  { method: 'PUT', path: '/dossiers/:numero/affectation', handler: 'operations.affectation', config: instruire },
  { method: 'PUT', path: '/dossiers/:numero/classement', handler: 'operations.classement', config: instruire },
  { method: 'PUT', path: '/dossiers/:numero/drapeaux', handler: 'operations.drapeaux', config: instruire },
  { method: 'PUT', path: '/dossiers/:numero/parent', handler: 'operations.parent', config: instruire },
  { method: 'POST', path: '/dossiers/:numero/duplication', handler: 'operations.duplication', config: instruire },
  // A correction towards another dispositif (same form model); the service requires « décider » on both.
  { method: 'POST', path: '/dossiers/:numero/transfert', handler: 'operations.transfert', config: instruire },
  // The targets the transfer form offers: same form model, « décider » held there.
  {
    method: 'GET',
    path: '/dossiers/:numero/transferts-possibles',
    handler: 'operations.transfertsPossibles',
    config: exige(ACTIONS_RBAC.lire),
  },
  // Soft deletion; the service also requires « décider » on the dossier's dispositif (else 403).
  { method: 'DELETE', path: '/dossiers/:numero', handler: 'operations.suppression', config: instruire },
  // The same, for clients that cannot send a DELETE body (the admin's fetch client).
  { method: 'POST', path: '/dossiers/:numero/suppression', handler: 'operations.suppression', config: instruire },
  { method: 'GET', path: '/creation/dispositifs', handler: 'operations.dispositifsOuverts', config: instruire },
  { method: 'GET', path: '/tiers/individus', handler: 'operations.rechercherIndividus', config: instruire },
  { method: 'POST', path: '/tiers/individus', handler: 'operations.creerIndividu', config: instruire },
];
