import type { Core } from '@strapi/strapi';

/** Actions the "Usager" role may call; everything else in the content API stays closed to citizens. */
const ACTIONS_USAGER = [
  'plugin::usagers.dossiers.lister',
  'plugin::usagers.dossiers.profils',
  'plugin::usagers.dossiers.creer',
  'plugin::usagers.dossiers.detail',
  'plugin::usagers.dossiers.enregistrer',
  'plugin::usagers.dossiers.deposer',
  'plugin::usagers.dossiers.ajouterPiece',
  'plugin::usagers.dossiers.retirerPiece',
  'plugin::usagers.dossiers.fichier',
  'plugin::usagers.demandes.repondre',
  'plugin::usagers.messages.lister',
  'plugin::usagers.messages.envoyer',
];

/**
 * Citizens only come in through OIDC: users-permissions' own registration and password sign-in stay closed,
 * whatever the Users & Permissions settings page was left at.
 */
async function fermerInscriptionLocale(strapi: Core.Strapi) {
  const reglages = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const avances = ((await reglages.get()) ?? {}) as Record<string, unknown>;
  if (avances.allow_register !== false) await reglages.set({ value: { ...avances, allow_register: false } });
  const publicRole = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (publicRole) {
    await strapi.db.query('plugin::users-permissions.permission').deleteMany({
      where: { role: publicRole.id, action: { $startsWith: 'plugin::users-permissions.auth.' } },
    });
  }
}

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await fermerInscriptionLocale(strapi);
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
