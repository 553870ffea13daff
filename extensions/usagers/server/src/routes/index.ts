export default {
  'content-api': {
    type: 'content-api',
    routes: [
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
    ],
  },
};
