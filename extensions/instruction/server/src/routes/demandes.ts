import { ACTIONS_RBAC } from '../constants';
import { exige } from './exige';

/** Admin routes of the justificatifs asked after deposit; the service loads the dossier through the agent's scope. */
export const routesDemandes = [
  {
    method: 'POST',
    path: '/dossiers/:numero/demandes/:id/annulation',
    handler: 'demandes.annuler',
    config: exige(ACTIONS_RBAC.instruire),
  },
];
