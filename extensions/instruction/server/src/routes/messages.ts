import { ACTIONS_RBAC } from '../constants';
import { exige } from './exige';

/**
 * Admin routes of a dossier's conversation. Reading takes « lire »; writing and opening or closing take « instruire »
 * (RBAC here, and the matrix's « instruire » on the dossier's dispositif in the service); the scope is the service's.
 */
export const routesMessages = [
  {
    method: 'GET',
    path: '/dossiers/:numero/messages',
    handler: 'messages.lister',
    config: exige(ACTIONS_RBAC.lire),
  },
  {
    method: 'POST',
    path: '/dossiers/:numero/messages',
    handler: 'messages.envoyer',
    config: exige(ACTIONS_RBAC.instruire),
  },
  {
    method: 'PUT',
    path: '/dossiers/:numero/conversation',
    handler: 'messages.conversation',
    config: exige(ACTIONS_RBAC.instruire),
  },
];
