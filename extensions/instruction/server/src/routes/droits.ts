import { ACTIONS_RBAC } from '../constants';
import { exige } from './exige';

/**
 * Admin routes: profils métiers, matrice des habilitations, agents, territoires (issue 4). All need the RBAC action
 * « Configurer les dispositifs »: deciding who sees what is configuration, not instruction.
 */
const route = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler: `droits.${handler}`,
  config: exige(ACTIONS_RBAC.configurer),
});

export const routesDroits: unknown[] = [
  route('GET', '/habilitations/profils', 'listerProfils'),
  route('POST', '/habilitations/profils', 'creerProfil'),
  route('PUT', '/habilitations/profils/:id', 'modifierProfil'),
  route('DELETE', '/habilitations/profils/:id', 'supprimerProfil'),
  route('GET', '/habilitations/matrice', 'matrice'),
  route('PUT', '/habilitations/matrice', 'remplacerMatrice'),
  route('PUT', '/habilitations/matrice/cellule', 'ecrireCellule'),
  route('GET', '/habilitations/export.csv', 'exporterCsv'),
  route('GET', '/habilitations/agents', 'listerAgents'),
  route('PUT', '/habilitations/agents/:id', 'modifierAgent'),
  route('GET', '/territoires', 'territoires'),
  route('POST', '/territoires/types', 'enregistrerType'),
  route('POST', '/territoires', 'creerTerritoire'),
  route('PUT', '/territoires/:id', 'modifierTerritoire'),
  route('PUT', '/territoires/:id/communes', 'definirCommunes'),
  route('POST', '/territoires/secteurs', 'creerSecteur'),
  route('PUT', '/territoires/secteurs/:id', 'modifierSecteur'),
];
