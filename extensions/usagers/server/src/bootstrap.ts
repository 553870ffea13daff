import type { Core } from '@strapi/strapi';

/** Actions the "Usager" role may call; everything else in the content API stays closed to citizens. */
const ACTIONS_USAGER = [
  'plugin::usagers.dossiers.lister',
  'plugin::usagers.dossiers.creer',
  'plugin::usagers.dossiers.detail',
  'plugin::usagers.dossiers.enregistrer',
  'plugin::usagers.dossiers.deposer',
  'plugin::usagers.dossiers.ajouterPiece',
  'plugin::usagers.dossiers.retirerPiece',
  'plugin::usagers.dossiers.fichier',
];

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const roles = strapi.db.query('plugin::users-permissions.role');
  const role =
    (await roles.findOne({ where: { type: 'usager' } })) ??
    (await roles.create({
      data: { name: 'Usager', description: 'Usager connecté par OpenID Connect', type: 'usager' },
    }));
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const action of ACTIONS_USAGER) {
    if (!(await permissions.findOne({ where: { action, role: role.id } })))
      await permissions.create({ data: { action, role: role.id } });
  }
};
