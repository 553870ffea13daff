/**
 * Citizens' routes authenticate with the users-permissions JWT only: an API token is never a citizen (the controllers
 * would refuse it anyway), and not trying that strategy first saves its lookup query on every request.
 */
const SEUL_JWT_USAGER = ['users-permissions'];

interface Route {
  method: string;
  path: string;
  handler: string;
  config?: { auth: false | { scope?: string[]; strategies?: string[] } };
}

const enUsager = (route: Route): Route =>
  route.config?.auth === false
    ? route
    : { ...route, config: { ...route.config, auth: { ...route.config?.auth, strategies: SEUL_JWT_USAGER } } };

const routes: Route[] = [
  // Authenticated by the OIDC access token itself, verified in the controller.
  { method: 'POST', path: '/session', handler: 'session.ouvrir', config: { auth: false } },
  { method: 'GET', path: '/profils', handler: 'dossiers.profils' },
  { method: 'GET', path: '/dossiers', handler: 'dossiers.lister' },
  { method: 'POST', path: '/dossiers', handler: 'dossiers.creer' },
  { method: 'GET', path: '/dossiers/:numero', handler: 'dossiers.detail' },
  { method: 'PUT', path: '/dossiers/:numero', handler: 'dossiers.enregistrer' },
  { method: 'POST', path: '/dossiers/:numero/depot', handler: 'dossiers.deposer' },
  // Filling a connector field writes the brouillon: it takes the same right as saving it.
  {
    method: 'POST',
    path: '/dossiers/:numero/connecteurs/:champ',
    handler: 'dossiers.remplirConnecteur',
    config: { auth: { scope: ['plugin::usagers.dossiers.enregistrer'] } },
  },
  { method: 'POST', path: '/dossiers/:numero/pieces', handler: 'dossiers.ajouterPiece' },
  { method: 'DELETE', path: '/dossiers/:numero/pieces/:id', handler: 'dossiers.retirerPiece' },
  { method: 'GET', path: '/dossiers/:numero/pieces/:id/fichier', handler: 'dossiers.fichier' },
  { method: 'POST', path: '/dossiers/:numero/demandes/:id/piece', handler: 'demandes.repondre' },
  { method: 'GET', path: '/dossiers/:numero/messages', handler: 'messages.lister' },
  { method: 'POST', path: '/dossiers/:numero/messages', handler: 'messages.envoyer' },
];

export default {
  'content-api': { type: 'content-api', routes: routes.map(enUsager) },
};
